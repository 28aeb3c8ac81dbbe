// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace grid::sql {

/**
 * What the rewrite of one statement found, for the PostgreSQL backend's statement runner.
 */
struct PostgresStatement {
  std::string text;                 //!< the statement in PostgreSQL's dialect
  int parameterCount = 0;           //!< the highest $n it uses
  std::vector<bool> parameterUsed;  //!< which of $1 … $parameterCount appear (SQLite allows gaps: ?4 without ?1)
  std::string insertTable;  //!< for an INSERT without RETURNING: the table it inserts into (unqualified), else empty
};

/**
 * Rewrites a statement written in GridStation's SQL (SQLite with SpatiaLite, the dialect libgrid speaks) into
 * PostgreSQL with PostGIS, so one libgrid runs on both backends and no dialect leaks above storage. The rewrite is
 * lexical and keeps string literals, quoted names and comments as they are:
 *
 * - `?` and `?NNN` become `$n`;
 * - `INSERT OR IGNORE` becomes `INSERT … ON CONFLICT DO NOTHING`;
 * - `CAST(x AS INTEGER|REAL)` casts to BIGINT and DOUBLE PRECISION (SQLite's integers are 64-bit);
 * - `a IS b` and `a IS NOT b` between values become IS [NOT] DISTINCT FROM (SQLite's null-safe equality);
 * - `LIKE` becomes ILIKE (SQLite's LIKE ignores ASCII case);
 * - the scalar `max(a, b, …)` and `min(a, b, …)` become GREATEST and LEAST;
 * - `group_concat(x[, sep])` becomes string_agg(x::text, sep), `ifnull` COALESCE, `instr` strpos;
 * - `json_each(x)` becomes json_each_text(CAST(x AS json)) (its key and value columns);
 * - SQLite's hints go: `+column` (keeps an index from driving a query), CROSS in `CROSS JOIN … ON`;
 * - SpatiaLite's functions become PostGIS's (GeomFromText → ST_GeomFromText, AsBinary → ST_AsBinary,
 *   MbrMinX → ST_XMin, MbrIntersects(a, b) → a && b, …);
 * - `date(…)`, `strftime(…)` and `julianday(…)` call the compatibility functions of the PostgreSQL schema
 *   (gs_date, gs_strftime, gs_julianday);
 * - `BEGIN IMMEDIATE` becomes BEGIN, `WITHOUT ROWID` goes, `temp.` is pg_temp.
 *
 * What cannot be rewritten lexically (an integer used as a truth value, bare columns beside an aggregate) is written
 * portably in libgrid instead; the parameterised tests run every statement on both backends.
 */
PostgresStatement toPostgres(std::string_view sqliteSql);

}  // namespace grid::sql
