// SPDX-License-Identifier: GPL-2.0-or-later
// The risk panorama's counts and grid score: consistent with the records, and moved by a planted red place.
#include "checks/risk_summary.h"

#include <gtest/gtest.h>

#include "support/test_support.h"

namespace grid {
namespace {

long long weighted(const std::array<long long, 4>& counts) {
  return 4 * counts[0] + 3 * counts[1] + 2 * counts[2] + counts[3];
}

TEST(RiskSummaryTest, ScoreIsTheColourWeightedCountAndFollowsAPlantedRedPlace) {
  test::TempDir dir;
  FixedClock clock{"2026-11-23T10:00:00Z"};
  auto generated = test::createGeneratedDatabase(dir, clock, Actor::system("test"), 3000);
  ASSERT_TRUE(generated.db);
  Database& db = *generated.db;
  const std::string community = *db.queryText("SELECT admin_code FROM community ORDER BY id LIMIT 1");
  auto risk = loadCommunityRisk(db, community);
  ASSERT_TRUE(risk.ok()) << risk.error().describe();
  ASSERT_FALSE(risk->grids.empty());
  long long persons = 0, places = 0;
  for (const GridRisk& grid : risk->grids) {
    EXPECT_EQ(grid.score, weighted(grid.keyPersons) + weighted(grid.keyPlaces) + weighted(grid.keyMatters))
        << grid.gridCode;
    for (long long n : grid.keyPersons) persons += n;
    for (long long n : grid.keyPlaces) places += n;
  }
  EXPECT_GT(persons + places, 0) << "the demo has key persons and places";
  EXPECT_EQ(persons, test::count(db,
                                 "SELECT count(*) FROM key_person k JOIN grid g ON g.id = k.grid_id JOIN community "
                                 "c ON c.id = g.community_id WHERE c.admin_code = '" +
                                     community + "' AND k.logout = 0 AND k.under_attention = 1"));

  // Plant a red key place in the first grid: red places +1, score +4, and its building turns red on the map view.
  const GridRisk first = risk->grids.front();
  const long long building =
      test::count(db, "SELECT min(id) FROM building WHERE grid_id = " + std::to_string(first.gridId));
  ASSERT_TRUE(db.exec("INSERT INTO key_place (grid_id, building_id, name, classification_code, risk_colour, geom) "
                      "SELECT grid_id, id, '测试场所', 'ENTERTAINMENT', 'red', ST_PointOnSurface(geom) FROM building "
                      "WHERE id = " +
                      std::to_string(building))
                  .ok());
  auto after = loadCommunityRisk(db, community);
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after->grids.front().keyPlaces[0], first.keyPlaces[0] + 1);
  EXPECT_EQ(after->grids.front().score, first.score + 4);
  EXPECT_EQ(after->total.score, risk->total.score + 4);
  EXPECT_EQ(test::count(db, "SELECT level FROM risk_building WHERE id = " + std::to_string(building)), 4);
  EXPECT_EQ(test::count(db, "SELECT count(*) FROM risk_place WHERE name = '测试场所' AND colour = 'red'"), 1);

  auto unknown = loadCommunityRisk(db, "000000000000");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
}

}  // namespace
}  // namespace grid
