// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/database_copy.h"

#include <gtest/gtest.h>

#include "demo/district_generator.h"
#include "security/crypto.h"
#include "storage/database_key.h"
#include "storage/record_writer.h"
#include "support/test_support.h"

namespace grid {
namespace {

//! A generated district in a file, whichever backend the run tests.
struct FileDistrict {
  std::unique_ptr<Database> db;
  std::unique_ptr<FieldCipher> key;
};
FileDistrict fileDistrict(const test::TempDir& dir, const Clock& clock) {
  FileDistrict district;
  Database::Options options;
  options.create = true;
  auto db = Database::open(dir.file("source.sqlite"), options);
  EXPECT_TRUE(db.ok());
  if (!db.ok()) return district;
  auto key = createDatabaseKey(**db);
  EXPECT_TRUE(key.ok());
  DistrictOptions generate;
  generate.households = 2000;
  auto written = generateDistrict(**db, *key, clock, Actor::system("test"), generate);
  EXPECT_TRUE(written.ok()) << (written.ok() ? "" : written.error().describe());
  district.db = std::move(*db);
  district.key = std::make_unique<FieldCipher>(*key);
  return district;
}

//! What the copy must keep, as one text: counts and exact contents of the tables that matter.
std::string fingerprint(Database& db) {
  std::string out;
  for (const char* query :
       {"SELECT count(*) FROM household", "SELECT count(*) FROM person", "SELECT count(*) FROM building",
        "SELECT count(*) FROM event", "SELECT count(*) FROM party_link",
        "SELECT sum(id) + sum(row_version) FROM person", "SELECT max(id) FROM household",
        "SELECT group_concat(grid_code, ',') FROM (SELECT grid_code FROM grid ORDER BY id) AS g",
        "SELECT group_concat(building_code, ',') FROM (SELECT building_code FROM building ORDER BY id LIMIT 50) AS b",
        "SELECT group_concat(name || ':' || coalesce(id_masked, ''), ',') FROM (SELECT * FROM person ORDER BY id "
        "LIMIT 200) AS p",
        "SELECT group_concat(households || '/' || persons, ',') FROM (SELECT * FROM grid_stats ORDER BY grid_id) AS s",
        "SELECT group_concat(hash, ',') FROM (SELECT hash FROM audit_log ORDER BY id LIMIT 100) AS a",
        "SELECT CAST(round(sum(Area(geom))) AS INTEGER) FROM building",
        "SELECT value FROM gs_meta WHERE key = "
        "'database_id'"}) {
    auto text = db.queryText(query);
    EXPECT_TRUE(text.ok()) << query << ": " << (text.ok() ? "" : text.error().describe());
    out += (text.ok() ? *text : "?") + "\n";
  }
  return out;
}

TEST(DatabaseCopy, AFileAndAServerHoldTheSameDistrictAfterAPushAndAPull) {
  test::TempDir dir;
  FixedClock clock("2026-12-07T10:00:00Z");
  FileDistrict source = fileDistrict(dir, clock);
  ASSERT_TRUE(source.db);
  const std::string before = fingerprint(*source.db);
  const long long audits = test::count(*source.db, "SELECT count(*) FROM audit_log");

  // push: into a new server database (in the file run: a second file)
  auto target = test::createDatabase(dir, "target.sqlite");
  ASSERT_TRUE(target);
  auto pushed = copyDatabase(*source.db, *target, clock, Actor::system("gridctl server push"), "source.sqlite");
  ASSERT_TRUE(pushed.ok()) << pushed.error().describe();
  EXPECT_GT(pushed->tables, 40);
  EXPECT_EQ(fingerprint(*target), before);
  // The audit log has one more row, continuing the copied chain.
  EXPECT_EQ(test::count(*target, "SELECT count(*) FROM audit_log"), audits + 1);
  EXPECT_EQ(*verifyAuditChain(*target), -1) << "the copied chain and the row that continues it";
  EXPECT_EQ(*target->queryText("SELECT reason FROM audit_log ORDER BY id DESC LIMIT 1"), "copied from source.sqlite");
  // The same key opens the copied ID numbers (the database id came along, so the key store finds the key).
  auto cipher = loadDatabaseKey(*target);
  ASSERT_TRUE(cipher.ok()) << cipher.error().describe();
  auto blob = target->prepare("SELECT id_cipher FROM person WHERE id_cipher IS NOT NULL ORDER BY id LIMIT 1");
  ASSERT_TRUE(blob.ok());
  ASSERT_TRUE(*blob->step());
  auto plain = cipher->decrypt(blob->blob(0));
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(plain->size(), 18u);
  // New records continue after the copied ids.
  RecordWriter writer(*target, clock);
  const long long maxStreet = test::count(*target, "SELECT max(id) FROM street");
  auto street = writer.insert(Actor::system("t"), "street", {{"admin_code", "440310099"}, {"name", "新街道"}});
  ASSERT_TRUE(street.ok()) << street.error().describe();
  EXPECT_GT(*street, maxStreet);
  // grid_stats were recounted, not double counted by the triggers while loading
  EXPECT_EQ(test::count(*target, "SELECT sum(households) FROM grid_stats"),
            test::count(*target, "SELECT count(*) FROM household WHERE logout = 0 AND grid_id IS NOT NULL"));

  // Copying into a database that holds records is refused, and writes nothing.
  const long long rows = test::count(*target, "SELECT count(*) FROM household");
  auto again = copyDatabase(*source.db, *target, clock, Actor::system("t"), "again");
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::Conflict);
  EXPECT_EQ(test::count(*target, "SELECT count(*) FROM household"), rows);

  // pull: back into a new file, the same district again.
  Database::Options options;
  options.create = true;
  options.srid = target->srid();
  auto pulled = Database::open(dir.file("pulled.sqlite"), options);
  ASSERT_TRUE(pulled.ok());
  ASSERT_TRUE(copyDatabase(*target, **pulled, clock, Actor::system("gridctl server pull"), "the server").ok());
  EXPECT_EQ(*verifyAuditChain(**pulled), -1);
  EXPECT_EQ(test::count(**pulled, "SELECT count(*) FROM audit_log"), audits + 3);  // + the street and the pull
  EXPECT_EQ(test::count(**pulled, "SELECT count(*) FROM street WHERE name = '新街道'"), 1);
}

TEST(DatabaseCopy, ACancelledCopyLeavesTheTargetEmpty) {
  test::TempDir dir;
  FixedClock clock("2026-12-07T10:00:00Z");
  FileDistrict source = fileDistrict(dir, clock);
  ASSERT_TRUE(source.db);
  auto target = test::createDatabase(dir, "target.sqlite");
  ASSERT_TRUE(target);
  Progress progress([&](double fraction, const std::string&) {
    if (fraction > 0.3) progress.cancel();
  });
  auto copied = copyDatabase(*source.db, *target, clock, Actor::system("t"), "x", &progress);
  ASSERT_FALSE(copied.ok());
  EXPECT_EQ(copied.error().code, ErrorCode::Cancelled);
  EXPECT_EQ(test::count(*target, "SELECT count(*) FROM household"), 0);
  EXPECT_EQ(test::count(*target, "SELECT count(*) FROM audit_log"), 0);
  EXPECT_TRUE(*holdsNoPlaces(*target));
}

}  // namespace
}  // namespace grid
