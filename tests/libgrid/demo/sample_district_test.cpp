// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/sample_district.h"

#include <gtest/gtest.h>

#include "ledger/id_number.h"
#include "storage/database_key.h"
#include "support/test_support.h"

namespace grid {
namespace {

SampleSummary build(const test::TempDir& dir, const std::string& name, unsigned seed, std::string* firstNames) {
  auto db = test::createDatabase(dir, name);
  auto key = createDatabaseKey(*db);
  EXPECT_TRUE(key.ok());
  FixedClock clock("2026-11-23T08:00:00Z");
  auto summary = writeSampleDistrict(*db, *key, clock, Actor::system("test"), seed);
  EXPECT_TRUE(summary.ok()) << (summary.ok() ? "" : summary.error().describe());
  *firstNames = *db->queryText("SELECT group_concat(name, ',') FROM (SELECT name FROM person ORDER BY id LIMIT 20)");
  // Every stored ID number decrypts to a valid one.
  auto ids = db->prepare("SELECT id_cipher FROM person");
  while (*ids->step()) EXPECT_TRUE(validateIdNumber(*key->decrypt(ids->blob(0)), "2026-11-23").ok());
  return summary.ok() ? *summary : SampleSummary{};
}

TEST(SampleDistrict, IsDeterministicForASeed) {
  test::TempDir dir;
  std::string a, b, c;
  const SampleSummary first = build(dir, "a.sqlite", 7, &a);
  const SampleSummary second = build(dir, "b.sqlite", 7, &b);
  const SampleSummary third = build(dir, "c.sqlite", 8, &c);
  EXPECT_EQ(first.households, second.households);
  EXPECT_EQ(first.persons, second.persons);
  EXPECT_EQ(a, b);
  EXPECT_NE(a, c);
  EXPECT_EQ(first.grids, 4);
  EXPECT_EQ(first.buildings, 52);
  EXPECT_GT(first.households, 1000);
}

TEST(SampleDistrict, RefusesANonEmptyDatabase) {
  test::TempDir dir;
  std::string names;
  build(dir, "a.sqlite", 1, &names);
  auto db = Database::open(dir.file("a.sqlite"));
  ASSERT_TRUE(db.ok());
  FixedClock clock("2026-11-23T08:00:00Z");
  auto again = writeSampleDistrict(**db, FieldCipher::generate(), clock, Actor::system("test"), 1);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::Conflict);
}

TEST(SampleDistrict, CancelledRunWritesNothing) {
  test::TempDir dir;
  auto db = test::createDatabase(dir);
  FixedClock clock("2026-11-23T08:00:00Z");
  Progress progress;
  progress.cancel();
  auto result = writeSampleDistrict(*db, FieldCipher::generate(), clock, Actor::system("test"), 1, &progress);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM grid"), 0);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM audit_log"), 0);
}

}  // namespace
}  // namespace grid
