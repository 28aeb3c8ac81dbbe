// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/hierarchy_query.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "storage/database.h"
#include "support/test_support.h"

namespace grid {
namespace {

class HierarchyQueryTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir = new test::TempDir();
    sample = new test::SampleDatabase(test::createSampleDatabase(*dir));
  }
  static void TearDownTestSuite() {
    delete sample;
    delete dir;
  }
  static Database& db() { return *sample->db; }
  static inline test::TempDir* dir = nullptr;
  static inline test::SampleDatabase* sample = nullptr;
};

TEST_F(HierarchyQueryTest, GridsAreFoundByCodeOnlyWhileLive) {
  auto grids = listGrids(db());
  ASSERT_TRUE(grids.ok()) << grids.error().describe();
  ASSERT_FALSE(grids->empty());
  EXPECT_TRUE(
      std::is_sorted(grids->begin(), grids->end(), [](const GridRef& a, const GridRef& b) { return a.code < b.code; }));
  for (const GridRef& grid : *grids) {
    auto id = gridIdByCode(db(), grid.code);
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(id->has_value()) << grid.code;
    EXPECT_EQ(**id, grid.id);
  }
  auto none = gridIdByCode(db(), "999999999999999");
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value());
  // A retired grid is no longer found.
  const GridRef& first = grids->front();
  ASSERT_TRUE(db().exec("UPDATE grid SET retired_at = '2026-01-01' WHERE id = " + std::to_string(first.id)).ok());
  auto retired = gridIdByCode(db(), first.code);
  ASSERT_TRUE(retired.ok());
  EXPECT_FALSE(retired->has_value());
  ASSERT_TRUE(db().exec("UPDATE grid SET retired_at = NULL WHERE id = " + std::to_string(first.id)).ok());
}

TEST_F(HierarchyQueryTest, FirstPlacesAreTheFirstOfEachLevel) {
  auto places = firstPlaces(db());
  ASSERT_TRUE(places.ok()) << places.error().describe();
  auto text = [&](const std::string& sql) {
    auto value = db().queryText(sql);
    EXPECT_TRUE(value.ok()) << sql;
    return value.ok() ? *value : std::string();
  };
  EXPECT_EQ(places->district, text("SELECT admin_code FROM district ORDER BY id LIMIT 1"));
  EXPECT_EQ(places->community, text("SELECT admin_code FROM community ORDER BY id LIMIT 1"));
  EXPECT_EQ(places->grid.substr(0, 12), places->community) << "the sample's first grid lies in its first community";
  EXPECT_EQ(places->street, text("SELECT admin_code FROM street ORDER BY id LIMIT 1"));
  EXPECT_EQ(places->community.rfind(places->street.substr(0, 9), 0), 0u) << "the community lies in the street";

  test::TempDir empty;
  auto blank = test::createDatabase(empty);
  ASSERT_TRUE(blank);
  auto nothing = firstPlaces(*blank);
  ASSERT_TRUE(nothing.ok());
  EXPECT_TRUE(nothing->district.empty() && nothing->grid.empty());
}

TEST_F(HierarchyQueryTest, CommunitiesAreListedAndFoundByCode) {
  auto communities = listCommunities(db());
  ASSERT_TRUE(communities.ok());
  ASSERT_FALSE(communities->empty());
  auto found = findCommunity(db(), communities->front().code);
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->id, communities->front().id);
  auto missing = findCommunity(db(), "000000000000");
  EXPECT_FALSE(missing.ok());
}

}  // namespace
}  // namespace grid
