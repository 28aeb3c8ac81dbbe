// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/district_generator.h"

#include <gtest/gtest.h>

#include "checks/statistics.h"
#include "checks/validator.h"
#include "ledger/id_number.h"
#include "storage/database_key.h"
#include "support/test_support.h"

namespace grid {
namespace {

//! One default-size district for the whole suite (about 4 s).
class DistrictGeneratorTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir = new test::TempDir();
    db = test::createDatabase(*dir, "district.sqlite").release();
    auto created = createDatabaseKey(*db);
    ASSERT_TRUE(created.ok());
    key = new FieldCipher(*created);
    FixedClock clock("2026-11-23T08:00:00Z");
    auto result = generateDistrict(*db, *key, clock, Actor::system("test"), DistrictOptions{});
    ASSERT_TRUE(result.ok()) << result.error().describe();
    summary = *result;
  }
  static void TearDownTestSuite() {
    delete db;
    delete key;
    delete dir;
  }
  static long long count(const std::string& sql) { return test::count(*db, sql); }

  static test::TempDir* dir;
  static Database* db;
  static FieldCipher* key;
  static DistrictSummary summary;
};
test::TempDir* DistrictGeneratorTest::dir = nullptr;
Database* DistrictGeneratorTest::db = nullptr;
FieldCipher* DistrictGeneratorTest::key = nullptr;
DistrictSummary DistrictGeneratorTest::summary;

TEST_F(DistrictGeneratorTest, DefaultSizeMeetsTheDemoFloor) {
  EXPECT_GE(count("SELECT count(*) FROM street"), 2);
  EXPECT_GE(count("SELECT count(*) FROM community"), 8);
  EXPECT_GE(count("SELECT min(n) FROM (SELECT count(*) n FROM area GROUP BY community_id)"), 2);
  EXPECT_LE(count("SELECT max(n) FROM (SELECT count(*) n FROM area GROUP BY community_id)"), 4);
  EXPECT_GE(count("SELECT count(*) FROM building"), 3000);
  EXPECT_GE(count("SELECT count(*) FROM household"), 30000);
  EXPECT_GE(count("SELECT count(*) FROM person"), 70000);
  EXPECT_EQ(summary.households, count("SELECT count(*) FROM household"));
  EXPECT_EQ(summary.persons, count("SELECT count(*) FROM person"));
}

TEST_F(DistrictGeneratorTest, GridsHoldAboutThreeHundredHouseholds) {
  auto stats = computeStatistics(*db);
  ASSERT_TRUE(stats.ok());
  EXPECT_GE(stats->householdsPerGrid.minimum, 180);
  EXPECT_LE(stats->householdsPerGrid.maximum, 420);
  EXPECT_NEAR(stats->householdsPerGrid.median, 290, 30);
}

TEST_F(DistrictGeneratorTest, SatisfiesEveryValidationRule) {
  auto report = validateDatabase(*db, key);
  ASSERT_TRUE(report.ok());
  for (const Violation& v : report->violations) ADD_FAILURE() << v.line();
}

TEST_F(DistrictGeneratorTest, BuildingsDoNotOverlap) {
  EXPECT_EQ(count("SELECT count(*) FROM building a JOIN building b ON b.ROWID IN (SELECT ROWID FROM SpatialIndex "
                  "WHERE f_table_name = 'building' AND search_frame = a.geom) WHERE a.id < b.id "
                  "AND ST_Area(ST_Intersection(a.geom, b.geom)) > 0.01"),
            0);
}

TEST_F(DistrictGeneratorTest, CityPartHasEveryKindOfBuilding) {
  for (const char* type : {"high_rise", "residential", "villa", "shop", "public", "office", "other"})
    EXPECT_GT(count(std::string("SELECT count(*) FROM building WHERE type_code = '") + type + "'"), 0) << type;
  EXPECT_GE(count("SELECT max(floors_above) FROM building"), 18);
  for (const char* place : {"SCHOOL", "HOSPITAL", "TRADE", "CONSTRUCTION", "PARTY_GOV"})
    EXPECT_GT(count(std::string("SELECT count(*) FROM key_place WHERE classification_code = '") + place + "'"), 0)
        << place;
  EXPECT_GT(count("SELECT count(*) FROM estate WHERE property_company_id IS NOT NULL"), 50);
}

TEST_F(DistrictGeneratorTest, IdNumbersAreValidUniqueAndMatchSexAndBirthDate) {
  EXPECT_EQ(count("SELECT count(*) FROM (SELECT id_hmac FROM person GROUP BY id_hmac HAVING count(*) > 1)"), 0);
  auto rows = db->prepare("SELECT id_cipher, gender, birth_date FROM person WHERE id % 97 = 0");
  ASSERT_TRUE(rows.ok());
  int checked = 0;
  while (*rows->step()) {
    auto plain = key->decrypt(rows->blob(0));
    ASSERT_TRUE(plain.ok());
    auto info = validateIdNumber(*plain, "2026-11-23");
    ASSERT_TRUE(info.ok()) << info.error().message;
    EXPECT_EQ(info->sex == Sex::Male ? "M" : "F", rows->text(1));
    EXPECT_EQ(plain->substr(6, 4) + "-" + plain->substr(10, 2) + "-" + plain->substr(12, 2), rows->text(2));
    ++checked;
  }
  EXPECT_GT(checked, 500);
}

TEST_F(DistrictGeneratorTest, HouseholdsHaveHeadsRelationsAndAllTypes) {
  for (const char* type : {"registered", "rental", "floating", "vacant"})
    EXPECT_GT(count(std::string("SELECT count(*) FROM household WHERE household_type = '") + type + "'"), 0) << type;
  EXPECT_EQ(count("SELECT count(*) FROM household WHERE members_count > 0 AND head_person_id IS NULL"), 0);
  EXPECT_EQ(
      count("SELECT count(*) FROM household h JOIN person p ON p.id = h.head_person_id WHERE p.relation_code <> '02'"),
      0);
  EXPECT_EQ(count("SELECT count(*) FROM household h WHERE members_count <> (SELECT count(*) FROM person p WHERE "
                  "p.household_id = h.id)"),
            0);
  EXPECT_GT(count("SELECT count(DISTINCT relation_code) FROM person"), 6);
  EXPECT_GT(count("SELECT count(*) FROM person WHERE population_type = 'floating'"), 1000);
}

TEST_F(DistrictGeneratorTest, StaffFillEveryChiefRoleAndGridWorkers) {
  for (const char* role : {"COMMUNITY_LEADER", "AREA_LEADER", "GRID_LEADER", "BUILDING_LEADER", "PROPERTY_LEADER",
                           "GRID_WORKER", "GRID_INSTRUCTOR", "POLICE_OFFICER"})
    EXPECT_GT(count(std::string("SELECT count(*) FROM staff_assignment WHERE role_code = '") + role + "'"), 0) << role;
  EXPECT_EQ(
      count("SELECT count(*) FROM grid g WHERE NOT EXISTS (SELECT 1 FROM staff_assignment a WHERE a.level = 'grid' "
            "AND a.target_id = g.id AND a.role_code = 'GRID_WORKER' AND a.position_type = 'full_time')"),
      0);
  EXPECT_GT(count("SELECT count(*) FROM staff_assignment WHERE position_type = 'part_time'"), 0);
}

TEST_F(DistrictGeneratorTest, PartyMembersLinkAboutFiveHouseholdsLeavingSomeGaps) {
  const double households = static_cast<double>(count("SELECT count(*) FROM household"));
  const double members = static_cast<double>(count("SELECT count(*) FROM party_member"));
  EXPECT_NEAR(households / members, 5.5, 1.5);
  EXPECT_LE(count("SELECT max(n) FROM (SELECT count(*) n FROM party_link GROUP BY party_member_id)"), 5);
  const double linked = static_cast<double>(count("SELECT count(DISTINCT household_id) FROM party_link"));
  EXPECT_GT(linked / households, 0.90);
  EXPECT_LT(linked / households, 0.995);
}

TEST_F(DistrictGeneratorTest, ThreeListsAndEventsCoverEveryCategoryColourAndState) {
  // RESTRICTED is what a role without the duty sees in place of a category (migration 12), never stored.
  EXPECT_EQ(count("SELECT count(*) FROM code_value v WHERE v.domain = 'key_person_category' AND v.code <> 'RESTRICTED' "
                  "AND NOT EXISTS (SELECT 1 FROM key_person k WHERE k.category_code = v.code)"),
            0);
  for (const char* table : {"key_person", "key_place"})
    EXPECT_EQ(count(std::string("SELECT count(DISTINCT risk_colour) FROM ") + table), 4) << table;
  EXPECT_EQ(count("SELECT count(DISTINCT warning_level) FROM key_matter"), 4);
  // Events come from running the state machine: every status and step state of the loop occurs, and every
  // timeline is consistent (one open lead step at most, every report logged, every event's step at its holder).
  EXPECT_EQ(count("SELECT count(DISTINCT status) FROM event"), 4);  // dealing, complete, closed, verified
  for (int state : {110, 120, 500, 800, 900, 1000, 1100})
    EXPECT_GT(count("SELECT count(*) FROM event_step WHERE state_code = " + std::to_string(state)), 0) << state;
  EXPECT_GT(count("SELECT count(*) FROM event_evaluation WHERE rating = 'dissatisfied'"), 0);
  EXPECT_GT(count("SELECT count(*) FROM event_log WHERE operation_code = 41 AND description LIKE 'skip-level%'"), 0);
  EXPECT_EQ(count("SELECT count(*) FROM event e WHERE NOT EXISTS (SELECT 1 FROM event_log l WHERE l.event_id = e.id "
                  "AND l.operation_code = 10)"),
            0);
  EXPECT_EQ(count("SELECT count(*) FROM (SELECT event_id FROM event_step WHERE role = 'lead' AND state_code IN "
                  "(110, 120, 800) GROUP BY event_id HAVING count(*) > 1)"),
            0);
  EXPECT_EQ(
      count("SELECT count(*) FROM event e JOIN event_step s ON s.event_id = e.id AND s.state_code IN (110, 120, 800) "
            "WHERE s.target_org_level <> e.current_org_level OR s.target_org_id <> e.current_org_id"),
      0);
  EXPECT_EQ(count("SELECT count(*) FROM event_step WHERE red_date IS NULL AND state_code IN (110, 120, 800)"), 0);
  EXPECT_GT(count("SELECT count(*) FROM patrol_log"), 500);
  EXPECT_EQ(count("SELECT count(*) FROM event WHERE occur_date >= '2026-11-02'"), 0) << "no event after the as-of date";
  EXPECT_EQ(count("SELECT count(*) FROM event_log WHERE deal_time >= '2026-11-02'"), 0)
      << "no action after the as-of date";
}

TEST(DistrictGenerator, IsDeterministicForASeedAndDiffersAcrossSeeds) {
  test::TempDir dir;
  auto make = [&](const std::string& name, unsigned seed) {
    auto db = test::createDatabase(dir, name);
    auto key = createDatabaseKey(*db);
    FixedClock clock("2026-11-23T08:00:00Z");
    DistrictOptions options;
    options.seed = seed;
    options.households = 4000;
    EXPECT_TRUE(generateDistrict(*db, *key, clock, Actor::system("test"), options).ok());
    return *db->queryText(
               "SELECT group_concat(x, '|') FROM (SELECT name || AsText(geom) AS x FROM building ORDER BY id LIMIT "
               "50)") +
           *db->queryText(
               "SELECT group_concat(name || birth_date, '|') FROM (SELECT * FROM person ORDER BY id LIMIT 50)");
  };
  const std::string a = make("a.sqlite", 11);
  EXPECT_EQ(a, make("b.sqlite", 11));
  EXPECT_NE(a, make("c.sqlite", 12));
}

TEST(DistrictGenerator, RejectsBadOptionsAndNonEmptyDatabases) {
  test::TempDir dir;
  auto db = test::createDatabase(dir);
  FixedClock clock("2026-11-23T08:00:00Z");
  const FieldCipher key = FieldCipher::generate();
  DistrictOptions tiny;
  tiny.households = 10;
  EXPECT_EQ(generateDistrict(*db, key, clock, Actor::system("t"), tiny).error().code, ErrorCode::InvalidInput);
  DistrictOptions small;
  small.households = 3000;
  ASSERT_TRUE(generateDistrict(*db, key, clock, Actor::system("t"), small).ok());
  EXPECT_EQ(generateDistrict(*db, key, clock, Actor::system("t"), small).error().code, ErrorCode::Conflict);
}

TEST(DistrictGenerator, CancelStopsBeforeTheNextCommunity) {
  test::TempDir dir;
  auto db = test::createDatabase(dir);
  FixedClock clock("2026-11-23T08:00:00Z");
  Progress progress;
  progress.cancel();
  DistrictOptions options;
  options.households = 8000;
  auto result = generateDistrict(*db, FieldCipher::generate(), clock, Actor::system("t"), options, &progress);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM community"), 0);
}

}  // namespace
}  // namespace grid
