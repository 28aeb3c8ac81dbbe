// SPDX-License-Identifier: GPL-2.0-or-later
// The server backend itself (storage/postgres_backend, storage/server_admin): these run in the server.* copy of
// storage_test, on the throwaway cluster, and skip in the file run.
#include "storage/postgres_backend.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>

#include "storage/migrations.h"
#include "storage/server_admin.h"
#include "support/test_support.h"

namespace grid {
namespace {

#define REQUIRE_SERVER() \
  if (!test::onServer()) GTEST_SKIP() << "runs in the server.* copy of this suite (ctest fixture pg)"

std::vector<std::string> fileTables(Database& db) {
  std::vector<std::string> tables;
  auto list = db.prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'idx_%' "
      "AND sql NOT LIKE '%VIRTUAL%' "
      "ORDER BY name");
  EXPECT_TRUE(list.ok());
  (void)list->forEachRow([&](const Statement& row) { tables.push_back(row.text(0)); });
  // SpatiaLite's own metadata tables
  std::erase_if(tables, [](const std::string& name) {
    for (const char* prefix : {"spatial", "geometry_columns", "views_geometry", "virts_geometry", "SE_", "vector_",
                               "ElementaryGeometries", "KNN", "data_licenses", "spatialite_history", "sql_statements"})
      if (name.rfind(prefix, 0) == 0) return true;
    return false;
  });
  return tables;
}

TEST(ServerBackend, SchemaIsTheFileSchema) {
  REQUIRE_SERVER();
  test::TempDir dir;
  Database::Options options;
  options.create = true;
  auto file = Database::open(dir.file("file.sqlite"), options);
  ASSERT_TRUE(file.ok()) << file.error().describe();
  auto server = test::createServerDatabase();
  ASSERT_TRUE(server);
  EXPECT_EQ(server->userVersion(), Database::latestVersion());
  EXPECT_EQ(serverMigrations().back().version, migrations().back().version) << "same version numbers";

  const std::vector<std::string> tables = fileTables(**file);
  ASSERT_GT(tables.size(), 60u);
  for (const std::string& table : tables) {
    ASSERT_TRUE(*server->hasTable(table)) << table << " is missing on the server";
    EXPECT_EQ(*server->columnsOf(table), *(*file)->columnsOf(table)) << table;
    EXPECT_EQ(*server->geometryColumnsOf(table), *(*file)->geometryColumnsOf(table)) << table;
  }
  // The seeded code tables, permissions and rules are the same rows.
  for (const char* query :
       {"SELECT group_concat(domain || ':' || code || ':' || name_zh, '|') FROM (SELECT * FROM code_value ORDER BY "
        "domain, code) AS x",
        "SELECT group_concat(role_code || ':' || subject || ':' || operation, '|') FROM (SELECT * FROM permission "
        "ORDER BY "
        "role_code, subject, operation) AS x",
        "SELECT group_concat(code || ':' || CAST(minutes AS INTEGER), '|') FROM (SELECT * FROM service_facility_type "
        "ORDER BY code) AS x",
        "SELECT count(*) || ':' || sum(id) FROM duty_catalogue", "SELECT count(*) FROM work_calendar"}) {
    auto onFile = (*file)->queryText(query);
    auto onServer = server->queryText(query);
    ASSERT_TRUE(onFile.ok()) << query << onFile.error().describe();
    ASSERT_TRUE(onServer.ok()) << query << onServer.error().describe();
    EXPECT_EQ(*onServer, *onFile) << query;
    EXPECT_GT(onFile->size(), 0u);
  }
}

TEST(ServerBackend, ValuesComeBackAsTheyWereBound) {
  REQUIRE_SERVER();
  auto db = test::createServerDatabase();
  ASSERT_TRUE(db);
  ASSERT_TRUE(db->exec("CREATE TEMP TABLE v (i BIGINT, r DOUBLE PRECISION, s TEXT, b BYTEA, n BIGINT)").ok());
  const Blob bytes = {0, 1, 0xff, '\\', 'x', 0};
  auto insert = db->prepare("INSERT INTO v (i, r, s, b, n) VALUES (?, ?, ?, ?, ?)");
  ASSERT_TRUE(insert.ok());
  insert->bind(1, 9223372036854775807LL).bind(2, 0.1).bind(3, "网格 'quoted' ?").bind(4, Value(bytes)).bindNull(5);
  ASSERT_TRUE(insert->run().ok());
  auto select = db->prepare("SELECT i, r, s, b, n, i = ?, count(*) OVER () FROM v");
  ASSERT_TRUE(select.ok());
  select->bind(1, 9223372036854775807LL);
  ASSERT_TRUE(*select->step());
  EXPECT_EQ(select->columnCount(), 7);
  EXPECT_EQ(select->columnName(2), "s");
  EXPECT_EQ(select->int64(0), 9223372036854775807LL);
  EXPECT_EQ(std::get<long long>(select->value(0)), 9223372036854775807LL);
  EXPECT_DOUBLE_EQ(select->real(1), 0.1);
  EXPECT_TRUE(std::holds_alternative<double>(select->value(1)));
  EXPECT_EQ(select->text(2), "网格 'quoted' ?");
  EXPECT_EQ(select->blob(3), bytes);
  EXPECT_EQ(std::get<Blob>(select->value(3)), bytes);
  EXPECT_TRUE(select->isNull(4));
  EXPECT_TRUE(std::holds_alternative<std::monostate>(select->value(4)));
  EXPECT_EQ(select->int64(5), 1) << "a truth value reads as 1, as SQLite's";
  EXPECT_EQ(select->text(5), "1");
  EXPECT_FALSE(*select->step());
  // reset runs the statement again with new bindings
  select->reset();
  select->bind(1, 1LL);
  ASSERT_TRUE(*select->step());
  EXPECT_EQ(select->int64(5), 0);
}

TEST(ServerBackend, NewRowsReportTheirIdsAndGivenIdsMoveTheSequence) {
  REQUIRE_SERVER();
  auto db = test::createServerDatabase();
  ASSERT_TRUE(db);
  ASSERT_TRUE(db->exec("INSERT INTO street (admin_code, name) VALUES ('440310001', 'a')").ok());
  const long long first = db->lastInsertId();
  EXPECT_EQ(first, test::count(*db, "SELECT max(id) FROM street"));
  ASSERT_TRUE(db->exec("INSERT INTO street (id, admin_code, name) VALUES (500, '440310002', 'b')").ok());
  EXPECT_EQ(db->lastInsertId(), 500);
  ASSERT_TRUE(db->exec("INSERT INTO street (admin_code, name) VALUES ('440310003', 'c')").ok());
  EXPECT_EQ(db->lastInsertId(), 501) << "a given id moves the sequence past it, as SQLite's rowid";
  // INSERT OR IGNORE of an existing key: no error, no row, the last id unchanged
  auto ignored = db->prepare("INSERT OR IGNORE INTO street (admin_code, name) VALUES (?, 'dup')");
  ASSERT_TRUE(ignored.ok());
  ignored->bind(1, "440310003");
  ASSERT_TRUE(ignored->run().ok());
  EXPECT_EQ(db->lastInsertId(), 501);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM street"), 3);
}

// A whole table read through a cursor, a few rows at a time: every row once, in order, parameters bound; other
// statements may run on the connection between batches; a read stopped halfway and run again starts over.
TEST(ServerBackend, ABatchedReadReturnsEveryRowAndLeavesTheConnectionFree) {
  REQUIRE_SERVER();
  auto db = test::createServerDatabase();
  ASSERT_TRUE(db);
  for (int i = 1; i <= 10; ++i)
    ASSERT_TRUE(db->exec("INSERT INTO street (admin_code, name) VALUES ('4403100" + std::to_string(10 + i) + "', 's" +
                         std::to_string(i) + "')")
                    .ok());
  auto read = db->prepare("SELECT name FROM street WHERE id >= ? ORDER BY id");
  ASSERT_TRUE(read.ok());
  read->fetchInBatches(3).bind(1, 1LL);
  std::vector<std::string> names;
  ASSERT_TRUE(read->forEachRow([&](const Statement& row) {
                    names.push_back(row.text(0));
                    EXPECT_EQ(test::count(*db, "SELECT count(*) FROM street"), 10);  // between the batches
                  })
                  .ok());
  ASSERT_EQ(names.size(), 10u);
  EXPECT_EQ(names.front(), "s1");
  EXPECT_EQ(names.back(), "s10");
  read->reset();
  read->bind(1, 1LL);
  ASSERT_TRUE(read->step().ok());  // stopped after one row: the cursor is closed by the reset
  read->reset();
  read->bind(1, 1LL);
  int again = 0;
  ASSERT_TRUE(read->forEachRow([&](const Statement&) { ++again; }).ok());
  EXPECT_EQ(again, 10);
  auto exact = db->prepare("SELECT name FROM street WHERE name = ?");  // a batch of exactly the rows there are
  ASSERT_TRUE(exact.ok());
  exact->fetchInBatches(1).bind(1, "s4");
  int found = 0;
  ASSERT_TRUE(exact->forEachRow([&](const Statement& row) { found += row.text(0) == "s4"; }).ok());
  EXPECT_EQ(found, 1);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM pg_cursors WHERE name LIKE 'gs\\_rows\\_%'"), 0)
      << "every cursor closed";
}

TEST(ServerBackend, ViolationsAreConflictsNamedAsOnAFile) {
  REQUIRE_SERVER();
  auto db = test::createServerDatabase();
  ASSERT_TRUE(db);
  ASSERT_TRUE(db->exec("INSERT INTO street (id, admin_code, name) VALUES (1, '440310001', 's')").ok());
  auto duplicate = db->exec("INSERT INTO street (admin_code, name) VALUES ('440310001', 't')");
  ASSERT_FALSE(duplicate.ok());
  EXPECT_EQ(duplicate.error().code, ErrorCode::Conflict);
  EXPECT_NE(duplicate.error().message.find("already exists"), std::string::npos) << duplicate.error().message;
  auto malformed = db->exec("INSERT INTO street (admin_code, name) VALUES ('44031000a', 'x')");
  ASSERT_FALSE(malformed.ok());
  EXPECT_EQ(malformed.error().code, ErrorCode::Conflict);
  EXPECT_NE(malformed.error().message.find("required form"), std::string::npos);
  auto orphan = db->exec("INSERT INTO community (street_id, admin_code, name) VALUES (99, '440310001003', 'c')");
  ASSERT_FALSE(orphan.ok());
  EXPECT_NE(orphan.error().message.find("referenced record"), std::string::npos);
  // the audit log's trigger refuses like SQLite's RAISE(ABORT)
  ASSERT_TRUE(
      db->exec("INSERT INTO audit_log (at, actor, action, table_name) VALUES ('2026', 'x', 'insert', 't')").ok());
  auto rewrite = db->exec("UPDATE audit_log SET actor = 'y'");
  ASSERT_FALSE(rewrite.ok());
  EXPECT_EQ(rewrite.error().code, ErrorCode::Conflict);
  EXPECT_NE(rewrite.error().message.find("append-only"), std::string::npos);
}

TEST(ServerBackend, OpeningRefusesWhatIsNotAGridStationServerDatabase) {
  REQUIRE_SERVER();
  const std::string server = test::testServerAddress();
  // no schema yet
  const std::string name = "gs_empty_" + std::to_string(::getpid());
  ASSERT_TRUE(grid::createServerDatabase(server, name).ok());
  auto empty = Database::open(serverAddressOf(server, name));
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().code, ErrorCode::NotFound);
  EXPECT_NE(empty.error().message.find("gridctl server init"), std::string::npos) << empty.error().message;
  // the chosen CRS on a new server database
  Database::Options options;
  options.create = true;
  options.srid = 4549;
  {
    auto created = Database::open(serverAddressOf(server, name), options);
    ASSERT_TRUE(created.ok()) << created.error().describe();
    EXPECT_EQ((*created)->srid(), 4549);
    EXPECT_EQ(test::count(**created,
                          "SELECT srid FROM public.geometry_columns WHERE f_table_schema = 'main' AND "
                          "f_table_name = 'building'"),
              4549);
    ASSERT_TRUE((*created)->setMeta("schema_version", "999").ok());
  }
  auto future = Database::open(serverAddressOf(server, name));
  ASSERT_FALSE(future.ok());
  EXPECT_EQ(future.error().code, ErrorCode::Unsupported);
  EXPECT_NE(future.error().message.find("newer"), std::string::npos);
  EXPECT_TRUE(dropServerDatabase(server, name).ok());
  EXPECT_FALSE(*serverDatabaseExists(server, name));
  // no server there: the address is named, its password is not
  auto nowhere = Database::open("postgresql://someone:secret@127.0.0.1:1/nothing");
  ASSERT_FALSE(nowhere.ok());
  EXPECT_EQ(nowhere.error().code, ErrorCode::Io);
  EXPECT_NE(nowhere.error().message.find("postgresql://someone@127.0.0.1:1/nothing"), std::string::npos)
      << nowhere.error().message;
  EXPECT_EQ(nowhere.error().message.find("secret"), std::string::npos);
  EXPECT_FALSE(createServerDatabase(server, "bad name; DROP").ok());
}

TEST(ServerBackend, ServerMessagesNeverReachTheTerminal) {
  REQUIRE_SERVER();
  auto db = test::createServerDatabase();
  ASSERT_TRUE(db);
  testing::internal::CaptureStdout();
  testing::internal::CaptureStderr();
  const bool ok = db->exec("DO $$ BEGIN RAISE NOTICE 'a notice'; RAISE WARNING 'a warning'; END $$").ok();
  const std::string out = testing::internal::GetCapturedStdout();
  const std::string err = testing::internal::GetCapturedStderr();
  EXPECT_TRUE(ok);
  EXPECT_EQ(out, "");
  EXPECT_EQ(err, "");
}

TEST(ServerBackend, AddressesAreRewrittenAndShownWithoutPasswords) {
  EXPECT_EQ(serverAddressOf("postgresql://u@h:5/postgres", "gs_a"), "postgresql://u@h:5/gs_a");
  EXPECT_EQ(serverAddressOf("postgresql://u@h:5", "gs_a"), "postgresql://u@h:5/gs_a");
  EXPECT_EQ(serverAddressOf("postgres://h/x?sslmode=require", "y"), "postgres://h/y?sslmode=require");
  EXPECT_EQ(serverDatabaseOf("postgresql://u@h:5/district"), "district");
  EXPECT_EQ(serverDatabaseOf("postgresql://u@h:5"), "postgres");
  EXPECT_EQ(pg::displayAddress("postgresql://u:pw@h/d"), "postgresql://u@h/d");
  EXPECT_EQ(pg::displayAddress("postgresql://h/d?user=u&password=pw"), "postgresql://h/d?user=u&password=…");
  EXPECT_EQ(pg::connectionString("pg:district"), "service=district");
  EXPECT_TRUE(Database::isServerAddress("postgresql://h/d"));
  EXPECT_TRUE(Database::isServerAddress("pg:district"));
  EXPECT_FALSE(Database::isServerAddress("/home/pg:x.sqlite"));
  EXPECT_FALSE(Database::isServerAddress("district.sqlite"));
}

}  // namespace
}  // namespace grid
