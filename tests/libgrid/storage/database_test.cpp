// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/database.h"

#include <gtest/gtest.h>

#include <fstream>

#include "storage/bulk_write_mode.h"
#include "storage/migrations.h"
#include "support/test_support.h"

namespace grid {
namespace {

TEST(Database, NewFileGetsLatestSchemaAndSafeSettings) {
  test::TempDir dir;
  auto db = test::createDatabase(dir);
  ASSERT_TRUE(db);
  EXPECT_EQ(db->userVersion(), Database::latestVersion());
  EXPECT_GE(Database::latestVersion(), 4);
  EXPECT_EQ(db->srid(), 4547);
  EXPECT_EQ(db->meta("database_id")->size(), 32u);
  EXPECT_EQ(db->isServer(), test::onServer());
  if (db->isServer()) return;  // the server's durability is its own configuration
  EXPECT_EQ(*db->queryText("PRAGMA journal_mode"), "wal");
  EXPECT_EQ(*db->queryInt("PRAGMA synchronous"), 2);  // FULL
  EXPECT_EQ(*db->queryInt("PRAGMA foreign_keys"), 1);
}

TEST(Database, MigrationsAreNumberedWithoutGaps) {
  int expected = 1;
  for (const Migration& m : migrations()) EXPECT_EQ(m.version, expected++) << m.name;
}

TEST(Database, SchemaCoversTheWholeDomain) {
  test::TempDir dir;
  auto db = test::createDatabase(dir);
  ASSERT_TRUE(db);
  for (const char* table : {"district",
                            "street",
                            "community",
                            "area",
                            "grid",
                            "grid_plan",
                            "grid_version",
                            "micro_grid",
                            "police_beat",
                            "estate",
                            "property_company",
                            "building",
                            "building_unit",
                            "house",
                            "rental_house",
                            "household",
                            "person",
                            "person_care",
                            "staff",
                            "staff_assignment",
                            "party_org",
                            "party_member",
                            "party_link",
                            "key_person",
                            "key_place",
                            "key_matter",
                            "key_matter_link",
                            "event",
                            "event_step",
                            "event_log",
                            "event_evaluation",
                            "event_delay_request",
                            "duty_catalogue",
                            "escalation_rule",
                            "patrol_log",
                            "patrol_track",
                            "ledger_entry",
                            "notice_board",
                            "app_user",
                            "user_role",
                            "audit_log",
                            "qr_token",
                            "code_domain",
                            "code_value",
                            "base_road",
                            "base_water",
                            "deliberation",
                            "work_calendar"}) {
    EXPECT_TRUE(*db->hasTable(table)) << table;
  }
  EXPECT_FALSE(*db->hasTable("grid_map")) << "a view is not a table";
  EXPECT_FALSE(*db->hasTable("no_such_table"));
  // Spatial indexes on the layers the map queries by extent.
  if (db->isServer()) {
    for (const char* table : {"street", "community", "grid", "building", "key_place", "event"})
      EXPECT_EQ(test::count(*db, std::string("SELECT count(*) FROM pg_indexes WHERE schemaname = 'main' AND "
                                             "tablename = '") +
                                     table + "' AND indexdef LIKE '%USING gist (geom)%'"),
                1)
          << table;
    return;
  }
  for (const char* table : {"street", "community", "grid", "building", "key_place", "event"})
    EXPECT_EQ(
        test::count(*db, std::string("SELECT spatial_index_enabled FROM geometry_columns WHERE f_table_name = '") +
                             table + "'"),
        1)
        << table;
}

TEST(Database, SeedsCodeTables) {
  test::TempDir dir;
  auto db = test::createDatabase(dir);
  ASSERT_TRUE(db);
  EXPECT_EQ(*db->queryText("SELECT name_zh FROM code_value WHERE domain = 'relation' AND code = '02'"), "户主");
  EXPECT_EQ(*db->queryText("SELECT name_zh FROM code_value WHERE domain = 'political' AND code = '13'"), "群众");
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM code_value WHERE domain = 'political'"), 13);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM code_value WHERE domain = 'risk_colour'"), 4);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM code_value WHERE domain = 'nation'"), 58);
  EXPECT_GE(test::count(*db, "SELECT count(*) FROM code_value WHERE domain = 'key_person_category'"), 7);
  EXPECT_GE(test::count(*db, "SELECT count(*) FROM code_value WHERE domain = 'event_type' AND parent_code = 'DISPUTE'"),
            19);
}

TEST(Database, UpgradesAnOlderFileKeepingItsData) {
  if (test::onServer()) GTEST_SKIP() << "a server database starts at the latest schema";
  test::TempDir dir;
  {
    auto old = test::createDatabase(dir, "old.sqlite", 1);
    ASSERT_TRUE(old);
    ASSERT_EQ(old->userVersion(), 1);
    EXPECT_EQ(test::count(*old, "SELECT count(*) FROM code_value"), 0);  // seeds arrive in version 2
    ASSERT_TRUE(old->exec("INSERT INTO street (admin_code, name) VALUES ('440310001', '和平街道')").ok());
  }
  auto db = Database::open(dir.file("old.sqlite"));
  ASSERT_TRUE(db.ok()) << db.error().describe();
  EXPECT_EQ((*db)->userVersion(), Database::latestVersion());
  EXPECT_EQ(*(*db)->queryText("SELECT name FROM street WHERE admin_code = '440310001'"), "和平街道");
  EXPECT_GT(test::count(**db, "SELECT count(*) FROM code_value"), 400);
  EXPECT_EQ(test::count(**db, "SELECT count(*) FROM sqlite_master WHERE name = 'person_no_delete'"), 1);
  EXPECT_EQ((*db)->srid(), 4547);
}

TEST(Database, KeepsTheChosenCrs) {
  if (test::onServer()) GTEST_SKIP() << "files only; the server's CRS is tested in postgres_backend_test";
  test::TempDir dir;
  Database::Options options;
  options.create = true;
  options.srid = 4549;
  auto db = Database::open(dir.file("sh.sqlite"), options);
  ASSERT_TRUE(db.ok());
  EXPECT_EQ((*db)->srid(), 4549);
  EXPECT_EQ(test::count(**db, "SELECT srid FROM geometry_columns WHERE f_table_name = 'building'"), 4549);
  options.srid = 3857;
  auto wrong = Database::open(dir.file("web.sqlite"), options);
  ASSERT_FALSE(wrong.ok());
  EXPECT_NE(wrong.error().message.find("Gauss-Krüger"), std::string::npos);
}

TEST(Database, RefusesMissingForeignAndNewerFiles) {
  if (test::onServer()) GTEST_SKIP() << "files only; the server's refusals are tested in postgres_backend_test";
  test::TempDir dir;
  auto missing = Database::open(dir.file("nope.sqlite"));
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
  EXPECT_NE(missing.error().message.find("gridctl init"), std::string::npos);

  std::ofstream(dir.file("text.sqlite")) << "this is not a database at all, just some text padding it out....";
  auto text = Database::open(dir.file("text.sqlite"));
  ASSERT_FALSE(text.ok());
  EXPECT_EQ(text.error().code, ErrorCode::Unsupported);

  {
    Database::Options options;
    options.create = true;
    options.targetVersion = 0;
    auto other = Database::open(dir.file("other.sqlite"), options);
    ASSERT_TRUE(other.ok());
    ASSERT_TRUE((*other)->exec("CREATE TABLE something (x)").ok());
  }
  auto other = Database::open(dir.file("other.sqlite"));
  ASSERT_FALSE(other.ok());
  EXPECT_NE(other.error().message.find("other tables"), std::string::npos);

  {
    auto db = test::createDatabase(dir, "future.sqlite");
    ASSERT_TRUE(db->exec("PRAGMA user_version = 999").ok());
  }
  auto future = Database::open(dir.file("future.sqlite"));
  ASSERT_FALSE(future.ok());
  EXPECT_NE(future.error().message.find("newer"), std::string::npos);
}

TEST(Database, CheckConstraintsRejectMalformedCodes) {
  test::TempDir dir;
  auto db = test::createDatabase(dir);
  ASSERT_TRUE(db);
  EXPECT_FALSE(db->exec("INSERT INTO street (admin_code, name) VALUES ('44031000', 'x')").ok());
  EXPECT_FALSE(db->exec("INSERT INTO street (admin_code, name) VALUES ('44031000a', 'x')").ok());
  ASSERT_TRUE(db->exec("INSERT INTO street (id, admin_code, name) VALUES (1, '440310001', 's')").ok());
  ASSERT_TRUE(
      db->exec("INSERT INTO community (id, street_id, admin_code, name) VALUES (1, 1, '440310001002', 'c')").ok());
  EXPECT_FALSE(
      db->exec("INSERT INTO grid (community_id, grid_code, sequence, name) VALUES (1, '44031000100200', 1, 'g')").ok());
  EXPECT_FALSE(db->exec("INSERT INTO grid (community_id, grid_code, sequence, name, kind) VALUES (1, "
                        "'440310001002001', 1, 'g', 'other')")
                   .ok());
  EXPECT_FALSE(db->exec("INSERT INTO community (street_id, admin_code, name) VALUES (99, '440310001003', 'c')").ok())
      << "foreign keys must be enforced";
}

TEST(Transaction, RollsBackUnlessCommitted) {
  test::TempDir dir;
  auto db = test::createDatabase(dir);
  ASSERT_TRUE(db);
  {
    Transaction t(*db);
    ASSERT_TRUE(t.begun().ok());
    ASSERT_TRUE(db->exec("INSERT INTO street (admin_code, name) VALUES ('440310001', 's')").ok());
  }
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM street"), 0);
  {
    Transaction outer(*db);
    ASSERT_TRUE(db->exec("INSERT INTO street (admin_code, name) VALUES ('440310001', 's')").ok());
    {
      Transaction inner(*db);
      ASSERT_TRUE(db->exec("INSERT INTO street (admin_code, name) VALUES ('440310002', 't')").ok());
    }  // inner rolled back only
    ASSERT_TRUE(outer.commit().ok());
  }
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM street"), 1);
  EXPECT_EQ(db->transactionDepth(), 0);
}

}  // namespace
}  // namespace grid
