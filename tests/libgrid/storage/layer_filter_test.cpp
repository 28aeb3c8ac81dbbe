// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/layer_filter.h"

#include <gtest/gtest.h>

#include "storage/database.h"
#include "support/test_support.h"

namespace grid {
namespace {

//! Rows of \a view (over a small table made for the test) that \a where selects.
long long count(Database& db, const std::string& table, const std::string& where) {
  auto n = db.queryInt("SELECT count(*) FROM " + table + (where.empty() ? "" : " WHERE " + where));
  EXPECT_TRUE(n.ok()) << (n.ok() ? "" : n.error().describe()) << " for: " << where;
  return n.ok() ? *n : -1;
}

TEST(LayerFilter, RiskSubsetsSelectTheChosenColoursCategoryDateAndCommunity) {
  test::TempDir dir;
  auto db = test::createDatabase(dir);
  ASSERT_TRUE(db);
  ASSERT_TRUE(
      db->exec("CREATE TEMP TABLE places(colour TEXT, category TEXT, since TEXT, grid_id INTEGER);"
               "CREATE TEMP TABLE levels(level INTEGER, grid_id INTEGER);"
               "CREATE TEMP TABLE grids(id INTEGER, community_id INTEGER);"
               "INSERT INTO grids VALUES (1, 10), (2, 20);"
               "INSERT INTO places VALUES ('red', 'school', '2026-01-05', 1), ('blue', 'market', '2025-06-01', 1),"
               " ('red', 'it''s', '2026-03-01', 2), ('yellow', 'school', '2026-02-01', 2);"
               "INSERT INTO levels VALUES (4, 1), (1, 1), (2, 2);")
          .ok());
  RiskLayerFilter filter;
  auto subsets = riskLayerSubsets(filter);
  EXPECT_EQ(count(*db, "places", subsets.places), 4) << "all four colours by default";
  EXPECT_EQ(count(*db, "levels", subsets.buildings), 3);
  EXPECT_TRUE(subsets.grids.empty());

  filter.colours = {"red"};
  EXPECT_EQ(count(*db, "places", riskLayerSubsets(filter).places), 2);
  EXPECT_EQ(count(*db, "levels", riskLayerSubsets(filter).buildings), 1) << "red is level 4";

  filter.category = "it's";  // quoted, not injected
  EXPECT_EQ(count(*db, "places", riskLayerSubsets(filter).places), 1);
  EXPECT_EQ(riskLayerSubsets(filter).matters.rfind("0", 0), 0u) << "a place category hides every matter";

  filter = {};
  filter.since = "2026-01-31";
  EXPECT_EQ(count(*db, "places", riskLayerSubsets(filter).places), 2);
  filter.since = "2026-01-31' OR '1'='1";  // not a date: ignored
  EXPECT_EQ(count(*db, "places", riskLayerSubsets(filter).places), 4);

  // The community condition names the real grid table; check it against a copy under that name.
  ASSERT_TRUE(db->exec("CREATE TEMP TABLE grid AS SELECT * FROM grids").ok());
  filter = {};
  filter.communityId = 20;
  subsets = riskLayerSubsets(filter);
  EXPECT_EQ(count(*db, "places", subsets.places), 2);
  EXPECT_EQ(count(*db, "levels", subsets.buildings), 1);
  EXPECT_EQ(count(*db, "grids", subsets.grids), 1);

  filter.colours.clear();  // nothing chosen: nothing shown
  EXPECT_EQ(count(*db, "places", riskLayerSubsets(filter).places), 0);
}

TEST(LayerFilter, ScopeIsAddedWithAnd) {
  EXPECT_EQ(andScope("", ""), "");
  EXPECT_EQ(andScope("a = 1", ""), "a = 1");
  EXPECT_EQ(andScope("", "grid_id IN (1)"), "grid_id IN (1)");
  EXPECT_EQ(andScope("a = 1 OR b = 2", "grid_id IN (1)"), "(a = 1 OR b = 2) AND grid_id IN (1)");
}

}  // namespace
}  // namespace grid
