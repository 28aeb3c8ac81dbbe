// SPDX-License-Identifier: GPL-2.0-or-later
#include "checks/validator.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <tuple>

#include "checks/statistics.h"
#include "demo/sample_district.h"
#include "storage/database_key.h"
#include "storage/hierarchy_query.h"
#include "storage/record_writer.h"
#include "support/test_support.h"

namespace grid {
namespace {

using Planted = std::set<std::tuple<std::string, std::string, long long>>;  // rule, table, record

Planted found(const ValidationReport& report) {
  Planted out;
  for (const Violation& v : report.violations) out.insert({v.rule, v.table, v.recordId});
  return out;
}

//! Each test works on its own copy of one sample district built for the suite.
class ValidatorTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    suiteDir = new test::TempDir();
    ASSERT_TRUE(test::createSampleDatabase(*suiteDir).key);
  }
  static void TearDownTestSuite() { delete suiteDir; }

  void SetUp() override {
    std::filesystem::copy_file(suiteDir->file("sample.sqlite"), dir.file("copy.sqlite"));
    std::filesystem::create_directories(dir.file("keys"));
    auto sampleDb = Database::open(suiteDir->file("sample.sqlite"));
    ASSERT_TRUE(sampleDb.ok());
    // The copy shares the database id, so it shares the key: copy the key into this test's key store.
    const std::string id = *(*sampleDb)->meta("database_id");
    setenv("GRIDSTATION_KEY_DIR", suiteDir->file("keys").c_str(), 1);
    auto loaded = KeyStore::load(id);
    ASSERT_TRUE(loaded.ok());
    key = std::make_unique<FieldCipher>(*loaded);
    auto opened = Database::open(dir.file("copy.sqlite"));
    ASSERT_TRUE(opened.ok());
    db = std::move(*opened);
    writer = std::make_unique<RecordWriter>(*db, clock);
  }

  ValidationReport validate() {
    auto report = validateDatabase(*db, key.get());
    EXPECT_TRUE(report.ok()) << (report.ok() ? "" : report.error().describe());
    return report.ok() ? *report : ValidationReport{};
  }

  static test::TempDir* suiteDir;
  test::TempDir dir;
  std::unique_ptr<Database> db;
  std::unique_ptr<FieldCipher> key;
  FixedClock clock{"2026-11-23T09:00:00Z"};
  std::unique_ptr<RecordWriter> writer;
  Actor actor = Actor::system("test");
};
test::TempDir* ValidatorTest::suiteDir = nullptr;

TEST_F(ValidatorTest, SampleDistrictSatisfiesAllRules) {
  const ValidationReport report = validate();
  for (const Violation& v : report.violations) ADD_FAILURE() << v.line();
  EXPECT_TRUE(report.notes.empty());
}

TEST_F(ValidatorTest, ListsEachPlantedViolationAndNothingElse) {
  // 1. Grid 2 reaches 50 m west into grid 1 (grid 1's buildings stand further west).
  ASSERT_TRUE(
      db->exec("UPDATE grid SET geom = CastToMultiPolygon(GeomFromText("
               "'POLYGON((535450 2510400,536000 2510400,536000 2510800,535450 2510800,535450 2510400))', 4547)) "
               "WHERE sequence = 2")
          .ok());
  // 2. A building in no grid.
  auto orphan = writer->insert(
      actor, "building",
      {{"name", "无主楼"},
       {"geom", Wkt{"POLYGON((535100 2510020,535120 2510020,535120 2510040,535100 2510040,535100 2510020))"}}});
  ASSERT_TRUE(orphan.ok()) << orphan.error().describe();
  // 3. A person whose stored ID number has a wrong check character (e.g. typed in before validation existed).
  const long long household = test::count(*db, "SELECT min(id) FROM household");
  auto person = writer->insert(
      actor, "person",
      {{"household_id", household},
       {"name", "错号"},
       {"grid_id", test::count(*db, "SELECT grid_id FROM household WHERE id = " + std::to_string(household))},
       {"id_cipher", key->encrypt("440310198503174212")}});
  ASSERT_TRUE(person.ok());

  const long long grid1 = test::count(*db, "SELECT id FROM grid WHERE sequence = 1");
  const Planted expected{
      {"grids-overlap", "grid", grid1}, {"building-in-no-grid", "building", *orphan}, {"id-number", "person", *person}};
  const ValidationReport report = validate();
  EXPECT_EQ(found(report), expected);
  for (const Violation& v : report.violations) {
    EXPECT_FALSE(v.message.empty());
    if (v.rule == "id-number") {
      EXPECT_NE(v.line().find("440310********4212"), std::string::npos) << "ID numbers are shown masked";
      EXPECT_EQ(v.line().find("198503174212"), std::string::npos);
    }
    if (v.rule == "grids-overlap") EXPECT_NE(v.message.find("440310001002-002"), std::string::npos) << v.message;
  }
}

TEST_F(ValidatorTest, FindsGridsOutsideTheirCommunity) {
  ASSERT_TRUE(
      db->exec("UPDATE grid SET geom = CastToMultiPolygon(GeomFromText("
               "'POLYGON((534900 2510000,535500 2510000,535500 2510400,534900 2510400,534900 2510000))', 4547)) "
               "WHERE sequence = 3")
          .ok());
  const ValidationReport report = validate();
  const long long grid3 = test::count(*db, "SELECT id FROM grid WHERE sequence = 3");
  EXPECT_EQ(found(report), (Planted{{"grid-outside-community", "grid", grid3}}));
  ASSERT_EQ(report.violations.size(), 1u);
  EXPECT_NE(report.violations[0].message.find("40000 m²"), std::string::npos) << report.violations[0].message;
}

TEST_F(ValidatorTest, FindsBuildingsOutsideOrAcrossTheirGrid) {
  // Building recorded in grid 1 but moved into grid 2's area; another straddling grids 3 and 4.
  const long long moved =
      test::count(*db, "SELECT min(b.id) FROM building b JOIN grid g ON g.id = b.grid_id WHERE g.sequence = 1");
  ASSERT_TRUE(
      db->exec("UPDATE building SET geom = ST_Translate(geom, 500, 0, 0) WHERE id = " + std::to_string(moved)).ok());
  auto straddling = writer->insert(
      actor, "building",
      {{"name", "跨界楼"},
       {"grid_id", test::count(*db, "SELECT id FROM grid WHERE sequence = 3")},
       {"geom", Wkt{"POLYGON((535460 2510150,535510 2510150,535510 2510170,535460 2510170,535460 2510150))"}}});
  ASSERT_TRUE(straddling.ok());
  const Planted report = found(validate());
  EXPECT_TRUE(report.count({"building-outside-its-grid", "building", moved}));
  EXPECT_TRUE(report.count({"building-crosses-grids", "building", moved}));
  EXPECT_TRUE(report.count({"building-crosses-grids", "building", *straddling}));
  EXPECT_EQ(report.size(), 3u);
}

TEST_F(ValidatorTest, FindsHouseholdsOutsideBuildingsAndRecordsNotFollowingTheirBuilding) {
  const long long household = test::count(*db, "SELECT min(id) FROM household");
  const long long other = test::count(*db, "SELECT max(id) FROM household");
  ASSERT_TRUE(
      db->exec("UPDATE household SET house_id = NULL, building_id = NULL WHERE id = " + std::to_string(household))
          .ok());
  ASSERT_TRUE(db->exec("UPDATE household SET grid_id = (SELECT id FROM grid WHERE sequence = 1) WHERE id = " +
                       std::to_string(other))
                  .ok());
  const Planted report = found(validate());
  EXPECT_TRUE(report.count({"household-without-building", "household", household}));
  EXPECT_TRUE(report.count({"household-grid-mismatch", "household", other}));
}

TEST_F(ValidatorTest, FindsMalformedCodesAndUnknownCodeValues) {
  ASSERT_TRUE(db->exec("UPDATE grid SET grid_code = '440310001003001' WHERE sequence = 1").ok());
  ASSERT_TRUE(db->exec("UPDATE person SET relation_code = '03' WHERE id = (SELECT min(id) FROM person)").ok());
  const Planted report = found(validate());
  const long long grid1 = test::count(*db, "SELECT id FROM grid WHERE sequence = 1");
  EXPECT_TRUE(report.count({"grid-code", "grid", grid1}));
  EXPECT_TRUE(report.count({"unknown-code", "person", test::count(*db, "SELECT min(id) FROM person")}));
}

TEST_F(ValidatorTest, FindsStoredCountsThatDifferFromTheRecords) {
  ASSERT_TRUE(
      db->exec("UPDATE grid_stats SET persons = persons + 5 WHERE grid_id = (SELECT id FROM grid WHERE sequence = 2)")
          .ok());
  const long long grid2 = test::count(*db, "SELECT id FROM grid WHERE sequence = 2");
  EXPECT_EQ(found(validate()), (Planted{{"grid-stats", "grid", grid2}}));
}

TEST_F(ValidatorTest, SaysWhenIdNumbersCouldNotBeChecked) {
  auto report = validateDatabase(*db, nullptr);
  ASSERT_TRUE(report.ok());
  ASSERT_EQ(report->notes.size(), 1u);
  EXPECT_NE(report->notes[0].find("key"), std::string::npos);
}

TEST_F(ValidatorTest, ValidationCanBeCancelled) {
  Progress progress;
  progress.cancel();
  auto report = validateDatabase(*db, key.get(), &progress);
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.error().code, ErrorCode::Cancelled);
}

TEST_F(ValidatorTest, HierarchyNestsLevelsAndSumsCountsUpwards) {
  auto nodes = loadHierarchy(*db);
  ASSERT_TRUE(nodes.ok()) << nodes.error().describe();
  std::map<HierarchyLevel, int> perLevel;
  long long gridHouseholds = 0;
  for (const HierarchyNode& node : *nodes) {
    ++perLevel[node.level];
    if (node.level == HierarchyLevel::Grid) {
      gridHouseholds += node.households;
      EXPECT_EQ(node.parentLevel, HierarchyLevel::Area) << "sample grids lie in areas";
      EXPECT_EQ(node.households,
                test::count(*db, "SELECT count(*) FROM household WHERE grid_id = " + std::to_string(node.id)));
    }
  }
  EXPECT_EQ(perLevel[HierarchyLevel::Street], 1);
  EXPECT_EQ(perLevel[HierarchyLevel::Community], 1);
  EXPECT_EQ(perLevel[HierarchyLevel::Area], 2);
  EXPECT_EQ(perLevel[HierarchyLevel::Grid], 4);
  EXPECT_EQ(nodes->front().level, HierarchyLevel::Street);
  EXPECT_EQ(nodes->front().households, gridHouseholds);
  EXPECT_EQ(nodes->front().persons, test::count(*db, "SELECT count(*) FROM person WHERE logout = 0"));
  // Moving a person out shows at once.
  ASSERT_TRUE(db->exec("UPDATE person SET logout = 1 WHERE id = (SELECT min(id) FROM person)").ok());
  EXPECT_EQ(loadHierarchy(*db)->front().persons, nodes->front().persons - 1);
}

TEST_F(ValidatorTest, StatisticsCountLevelsAndHouseholdsPerGrid) {
  auto stats = computeStatistics(*db);
  ASSERT_TRUE(stats.ok());
  std::map<std::string, long long> counts(stats->counts.begin(), stats->counts.end());
  EXPECT_EQ(counts["streets"], 1);
  EXPECT_EQ(counts["communities"], 1);
  EXPECT_EQ(counts["grids"], 4);
  EXPECT_EQ(counts["buildings"], 52);
  EXPECT_EQ(counts["households"], test::count(*db, "SELECT count(*) FROM household"));
  const auto& h = stats->householdsPerGrid;
  EXPECT_EQ(h.count, 4);
  EXPECT_EQ(h.minimum, test::count(*db, "SELECT min(n) FROM (SELECT count(*) n FROM household GROUP BY grid_id)"));
  EXPECT_EQ(h.maximum, test::count(*db, "SELECT max(n) FROM (SELECT count(*) n FROM household GROUP BY grid_id)"));
  EXPECT_LE(h.minimum, h.median);
  EXPECT_LE(h.median, h.maximum);
  // Moving every household of one grid out shows up as a zero minimum.
  ASSERT_TRUE(db->exec("DROP TRIGGER household_no_delete").ok());
  ASSERT_TRUE(
      db->exec("UPDATE household SET logout = 1 WHERE grid_id = (SELECT id FROM grid WHERE sequence = 4)").ok());
  EXPECT_EQ(computeStatistics(*db)->householdsPerGrid.minimum, 0);
}

}  // namespace
}  // namespace grid
