// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/sql_dialect.h"

#include <gtest/gtest.h>

namespace grid::sql {
namespace {

std::string pg(std::string_view sql) {
  return toPostgres(sql).text;
}

TEST(SqlDialect, PlaceholdersAreNumberedAsSQLiteNumbersThem) {
  auto statement = toPostgres("SELECT a FROM t WHERE b = ? AND c = ? OR d = ?");
  EXPECT_EQ(statement.text, "SELECT a FROM t WHERE b = $1 AND c = $2 OR d = $3");
  EXPECT_EQ(statement.parameterCount, 3);
  // ?NNN keeps its number; a bare ? after it takes the next one, as in SQLite
  statement = toPostgres("SELECT ?2, ?1, ?");
  EXPECT_EQ(statement.text, "SELECT $2, $1, $3");
  EXPECT_EQ(statement.parameterCount, 3);
  // gaps are allowed: the unused ones are reported, so the runner can type them
  statement = toPostgres("SELECT a WHERE b < ?4 LIMIT ?5");
  EXPECT_EQ(statement.parameterCount, 5);
  EXPECT_EQ(statement.parameterUsed, (std::vector<bool>{false, false, false, true, true}));
}

TEST(SqlDialect, LiteralsQuotedNamesAndCommentsAreKept) {
  EXPECT_EQ(pg("SELECT '?', \"a?\" FROM t -- what? max(a, b)\nWHERE x = 'it''s ? LIKE' /* ? */ AND y = ?"),
            "SELECT '?', \"a?\" FROM t -- what? max(a, b)\nWHERE x = 'it''s ? LIKE' /* ? */ AND y = $1");
}

TEST(SqlDialect, InsertOrIgnoreBecomesOnConflictDoNothing) {
  EXPECT_EQ(pg("INSERT OR IGNORE INTO t (a) VALUES (?)"), "INSERT   INTO t (a) VALUES ($1) ON CONFLICT DO NOTHING");
  EXPECT_EQ(pg("INSERT OR IGNORE INTO t (a) SELECT b FROM u RETURNING id;"),
            "INSERT   INTO t (a) SELECT b FROM u ON CONFLICT DO NOTHING RETURNING id;");
}

TEST(SqlDialect, InsertTableIsReportedWhenNoReturning) {
  EXPECT_EQ(toPostgres("INSERT INTO main.household (a) VALUES (?)").insertTable, "household");
  EXPECT_EQ(toPostgres("insert into Person(a) values (1)").insertTable, "person");
  EXPECT_EQ(toPostgres("INSERT INTO main.\"street\" DEFAULT VALUES").insertTable, "street");
  EXPECT_EQ(toPostgres("INSERT INTO t (a) VALUES (1) RETURNING id").insertTable, "");
  EXPECT_EQ(toPostgres("UPDATE t SET a = 1").insertTable, "");
  // a RETURNING inside a subquery is not the statement's own
  EXPECT_EQ(toPostgres("INSERT INTO t (a) VALUES ((SELECT 1))").insertTable, "t");
}

TEST(SqlDialect, NullSafeComparisonsAndCase) {
  EXPECT_EQ(pg("WHERE a IS ? AND b IS NOT c"), "WHERE a IS NOT DISTINCT FROM $1 AND b IS DISTINCT FROM  c");
  EXPECT_EQ(pg("WHERE a IS NULL AND b IS NOT NULL AND c IS TRUE AND d IS NOT FALSE"),
            "WHERE a IS NULL AND b IS NOT NULL AND c IS TRUE AND d IS NOT FALSE");
  EXPECT_EQ(pg("WHERE a IS DISTINCT FROM b"), "WHERE a IS DISTINCT FROM b");
  EXPECT_EQ(pg("WHERE name LIKE ? ESCAPE '\\' AND x NOT LIKE 'a%'"),
            "WHERE name ILIKE $1 ESCAPE '\\' AND x NOT ILIKE 'a%'");
}

TEST(SqlDialect, UnaryPlusBeforeAColumnGoesButAdditionStays) {
  EXPECT_EQ(pg("WHERE +object_type = 'x' AND (+grid_id IN (1) OR a + b > 0) AND c = +1 AND count(*) + d"),
            "WHERE object_type = 'x' AND (grid_id IN (1) OR a + b > 0) AND c = +1 AND count(*) + d");
}

TEST(SqlDialect, CrossJoinWithOnIsAnInnerJoin) {
  EXPECT_EQ(pg("FROM person p CROSS JOIN person_care c ON c.person_id = p.id CROSS JOIN grid g WHERE x"),
            "FROM person p  JOIN person_care c ON c.person_id = p.id CROSS JOIN grid g WHERE x");
}

TEST(SqlDialect, JsonEachReadsTextValues) {
  EXPECT_EQ(pg("SELECT a.key, a.value FROM json_each(?2) a WHERE ?2 IS NULL"),
            "SELECT a.key, a.value FROM json_each_text(CAST($2 AS json)) a WHERE $2 IS NULL");
}

TEST(SqlDialect, TruthLiteralsSubqueryAliasesAndTotal) {
  EXPECT_EQ(pg("SELECT a FROM t WHERE 1 AND b IN (1, 0) OR 0"), "SELECT a FROM t WHERE TRUE AND b IN (1, 0) OR FALSE");
  EXPECT_EQ(pg("SELECT max(n) FROM (SELECT count(*) AS n FROM e GROUP BY x)"),
            "SELECT max(n) FROM (SELECT count(*) AS n FROM e GROUP BY x) AS gs_subquery1");
  EXPECT_EQ(pg("SELECT * FROM (SELECT 1) s JOIN (SELECT 2) AS r ON 1 JOIN (SELECT 3) WHERE 1"),
            "SELECT * FROM (SELECT 1) s JOIN (SELECT 2) AS r ON TRUE JOIN (SELECT 3) AS gs_subquery1 WHERE TRUE");
  EXPECT_EQ(pg("SELECT total(status) + total(x)"), "SELECT coalesce(sum(status), 0.0) + coalesce(sum(x), 0.0)");
  EXPECT_EQ(pg("SELECT hex(wrapped), name < ? || char(1114111)"),
            "SELECT upper(encode(wrapped, 'hex')), name < $1 || chr(1114111)");
}

TEST(SqlDialect, CastsToSQLiteWidths) {
  EXPECT_EQ(pg("SELECT CAST(v AS INTEGER), CAST(w AS REAL), CAST(x AS TEXT)"),
            "SELECT CAST(v AS BIGINT), CAST(w AS DOUBLE PRECISION), CAST(x AS TEXT)");
}

TEST(SqlDialect, ScalarMaxAndMinAreGreatestAndLeastButAggregatesStay) {
  EXPECT_EQ(pg("SELECT max(a, b), min(a, (SELECT max(c) FROM t), 3), max(d)"),
            "SELECT GREATEST(a, b), LEAST(a, (SELECT max(c) FROM t), 3), max(d)");
}

TEST(SqlDialect, GroupConcatBecomesStringAgg) {
  EXPECT_EQ(pg("SELECT group_concat(id) FROM t"), "SELECT string_agg((id)::text, ',') FROM t");
  EXPECT_EQ(pg("SELECT group_concat(a || b, '; ')"), "SELECT string_agg((a || b)::text, '; ')");
  EXPECT_EQ(pg("SELECT group_concat(DISTINCT code)"), "SELECT string_agg(DISTINCT (code)::text, ',')");
}

TEST(SqlDialect, SpatiaLiteFunctionsBecomePostGIS) {
  EXPECT_EQ(pg("SELECT AsBinary(geom), AsText(PointOnSurface(geom)), Area(geom) FROM building"),
            "SELECT ST_AsBinary(geom), ST_AsText(ST_PointOnSurface(geom)), ST_Area(geom) FROM building");
  EXPECT_EQ(pg("SELECT CastToMultiPolygon(GeomFromText(?, 4547))"),
            "SELECT ST_Multi(ST_GeomFromText($1, CAST(4547 AS INT)))");
  EXPECT_EQ(pg("WHERE MbrMinX(geom) < ? AND MbrIntersects(geom, BuildMbr(1, 2, 3, 4))"),
            "WHERE ST_XMin(geom) < $1 AND ((geom) && ( ST_MakeEnvelope(1, 2, 3, 4)))");
  EXPECT_EQ(pg("SELECT ST_Union(geom), ST_Buffer(geom, 5)"), "SELECT ST_Union(geom), ST_Buffer(geom, 5)");
}

TEST(SqlDialect, SpatialPredicatesAreTruthValues) {
  EXPECT_EQ(pg("WHERE ST_Intersects(a, (SELECT geom FROM c WHERE id = ?)) = 1 AND ST_Contains(a, b) = 0"),
            "WHERE ST_Intersects(a, (SELECT geom FROM c WHERE id = $1))   AND NOT ST_Contains(a, b)  ");
  EXPECT_EQ(pg("WHERE Within(a, b) = 1"), "WHERE ST_Within(a, b)  ");
  EXPECT_EQ(pg("SELECT ST_Intersects(a, b) FROM t"), "SELECT ST_Intersects(a, b) FROM t");
}

TEST(SqlDialect, SpatialIndexLookupsBecomeBoundingBoxTests) {
  EXPECT_EQ(pg("SELECT AsBinary(geom) FROM base_road WHERE kind <> 'path' AND ROWID IN (SELECT ROWID FROM "
               "SpatialIndex WHERE f_table_name = 'base_road' AND search_frame = (SELECT geom FROM community WHERE "
               "id = ?))"),
            "SELECT ST_AsBinary(geom) FROM base_road WHERE kind <> 'path' AND geom && ( (SELECT geom FROM community "
            "WHERE id = $1))");
}

TEST(SqlDialect, TableNamedLikeAFunctionIsNotRenamed) {
  // the table `area` and SpatiaLite's Area(): only the call is renamed
  EXPECT_EQ(pg("INSERT INTO area (name) SELECT Area(geom) FROM main.area JOIN area (x) ON 1"),
            "INSERT INTO area (name) SELECT ST_Area(geom) FROM main.area JOIN area (x) ON TRUE");
  EXPECT_EQ(pg("CREATE TABLE date (a)"), "CREATE TABLE date (a)");
}

TEST(SqlDialect, DateFunctionsAndOtherNames) {
  EXPECT_EQ(pg("SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), date(?), julianday(a) - julianday(b)"),
            "SELECT gs_strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), gs_date($1), gs_julianday(a) - gs_julianday(b)");
  EXPECT_EQ(pg("SELECT ifnull(a, 0), instr(b, 'x') WHERE a == 1"), "SELECT COALESCE(a, 0), strpos(b, 'x') WHERE a = 1");
  // a number or text with a text fallback: text on both (PostgreSQL refuses to mix the types)
  EXPECT_EQ(pg("SELECT id || ':' || coalesce(grid_id, '') || ifnull(f(a, b), '-') FROM t"),
            "SELECT id || ':' || coalesce(CAST(grid_id AS TEXT), '') || COALESCE(CAST(f(a, b) AS TEXT), '-') FROM t");
  EXPECT_EQ(pg("SELECT coalesce(a, b, ''), coalesce(a, '' || b)"), "SELECT coalesce(a, b, ''), coalesce(a, '' || b)");
  EXPECT_EQ(pg("SELECT Contains(geom, MakePoint(?1, ?2, 4547)), MakePoint(1, 2), GUnion(g), IsEmpty(g)"),
            "SELECT ST_Contains(geom, ST_SetSRID(ST_MakePoint($1, $2), CAST(4547 AS INT))), ST_MakePoint(1, 2), "
            "ST_Union(g), ST_IsEmpty(g)");
  EXPECT_EQ(pg("SELECT GeomFromWKB(?, ?), Transform(g, 4326)"),
            "SELECT ST_GeomFromWKB($1, CAST($2 AS INT)), ST_Transform(g, CAST(4326 AS INT))");
  EXPECT_EQ(pg("BEGIN IMMEDIATE"), "BEGIN ");
  EXPECT_EQ(pg("CREATE TEMP TABLE s (a INTEGER PRIMARY KEY) WITHOUT ROWID"),
            "CREATE TEMP TABLE s (a INTEGER PRIMARY KEY)  ");
  EXPECT_EQ(pg("CREATE TEMP VIEW household AS SELECT * FROM main.household WHERE grid_id IN (SELECT id FROM "
               "temp.gs_scope)"),
            "CREATE TEMP VIEW household AS SELECT * FROM main.household WHERE grid_id IN (SELECT id FROM "
            "pg_temp.gs_scope)");
}

}  // namespace
}  // namespace grid::sql
