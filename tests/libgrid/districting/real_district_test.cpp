// SPDX-License-Identifier: GPL-2.0-or-later
// The regrid engine on real buildings (the Nanjing Xinjiekou OSM extract kept in tests/data/real): balance, towers
// cut into parts, barriers, streets preferred, and libraries kept off standard output. Lattices never show what
// real data does (heavy-tailed household counts, towers next to villas, gaps, enclaves).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "common/clock.h"
#include "common/log.h"
#include "districting/building_split.h"
#include "districting/community_plan.h"
#include "districting/layer_plan.h"
#include "districting/planner.h"
#include "geo/crs.h"
#include "io/vector_import.h"
#include "storage/database.h"
#include "support/test_support.h"

#ifndef GRIDSTATION_REAL_DATA
#error "GRIDSTATION_REAL_DATA must point at tests/data/real"
#endif

namespace grid::districting {
namespace {

const std::string kNanjing = std::string(GRIDSTATION_REAL_DATA) + "/nanjing-xinjiekou-osm/";

//! The Nanjing extract's residential buildings with the households `gridctl import` estimates, its streets and
//! water, in the Gauss-Krüger zone of 118.8° E; imported once for all tests.
class RealDistrictTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir = new test::TempDir;
    auto db = test::createDatabaseInCrs(*dir, "nj.sqlite", *gaussKrugerEpsgForLongitude(118.8));  // either backend
    ASSERT_TRUE(db);
    const FixedClock clock("2026-12-01T09:00:00+08:00");
    auto report = importVector(*db, kNanjing + "nanjing_xinjiekou_buildings.gpkg", {}, Actor::system("test"), clock);
    ASSERT_TRUE(report.ok()) << report.error().describe();
    input = new LayerPlanInput;
    auto units = db->prepare(
        "SELECT household_estimate, coalesce(floors_above, 0), coalesce(units_count, 0), AsBinary(geom), id "
        "FROM building WHERE household_estimate > 0 ORDER BY id");
    ASSERT_TRUE(units.ok());
    ASSERT_TRUE(units
                    ->forEachRow([&](const Statement& row) {
                      input->units.push_back({row.blob(3), row.int64(0), static_cast<int>(row.int64(2)),
                                              static_cast<int>(row.int64(1)), false, -1});
                    })
                    .ok());
    const std::string crs = "EPSG:" + std::to_string(db->srid());
    auto roads = readBaseMap(kNanjing + "nanjing_xinjiekou.osm", VectorImportKind::Roads, "", crs);
    auto water = readBaseMap(kNanjing + "nanjing_xinjiekou.osm", VectorImportKind::Water, "", crs);
    ASSERT_TRUE(roads.ok() && water.ok());
    input->softBarriers = *roads;
    input->hardBarriers = *water;
  }
  static void TearDownTestSuite() {
    delete input;
    delete dir;
  }

  static test::TempDir* dir;
  static LayerPlanInput* input;
};
test::TempDir* RealDistrictTest::dir = nullptr;
LayerPlanInput* RealDistrictTest::input = nullptr;

TEST_F(RealDistrictTest, TheExtractIsRealAndHeavyTailed) {
  ASSERT_GT(input->units.size(), 1000u);
  const auto largest = std::max_element(input->units.begin(), input->units.end(),
                                        [](const auto& a, const auto& b) { return a.households < b.households; });
  EXPECT_GT(largest->households, 1000) << "towers of several grids' worth are what broke the old planner";
  EXPECT_GT(input->softBarriers.size(), 100u);
  EXPECT_GT(input->hardBarriers.size(), 3u);
}

TEST_F(RealDistrictTest, ProposeBalancesEveryGridThatCanBeBalanced) {
  PlanOptions options;
  auto plan = planLayer(*input, options, false);
  ASSERT_TRUE(plan.ok()) << plan.error().describe();
  const PlanQuality q = planQuality(*plan, options);
  EXPECT_GE(q.withinFeasible, 0.99) << q.feasibleGrids << " grids can be within ±10 %";
  EXPECT_GE(q.feasibleGrids, q.grids - 5) << "only a few grids are cut off by water or hold one lonely building";
  EXPECT_DOUBLE_EQ(q.contiguous, 1.0);
  // Every grid with a polygon, the grids about as many as the households call for.
  long long total = 0;
  for (const auto& u : input->units) total += u.households;
  EXPECT_NEAR(q.grids, static_cast<double>(total) / options.target, 0.05 * static_cast<double>(total) / options.target);
  for (const GridMetrics& m : plan->plan.grids)
    if (m.units > 0) EXPECT_FALSE(plan->polygons[static_cast<std::size_t>(m.grid)].empty()) << "grid " << m.grid;
  // METIS alone on the same buildings (kept whole) for contrast: far from it.
  LayerPlanInput whole = *input;
  whole.splitOversized = false;
  auto reference = planLayer(whole, options, false);
  ASSERT_TRUE(reference.ok());
  auto metis = metisPlan(reference->graph, options);
  ASSERT_TRUE(metis.ok());
  const PlanQuality m = planQuality(reference->graph, *metis, reference->tessellation, {}, options);
  EXPECT_LT(m.withinFeasible, 0.9);
}

TEST_F(RealDistrictTest, OversizedBuildingsAreCutIntoPartsThatGoToSeveralGrids) {
  PlanOptions options;
  auto plan = planLayer(*input, options, false);
  ASSERT_TRUE(plan.ok());
  EXPECT_GT(plan->splitBuildings, 10);
  std::map<int, std::set<int>> gridsOf;  // split building → grids of its parts
  for (std::size_t i = 0; i < plan->unitOf.size(); ++i) {
    const BuildingSplit& split = plan->splits[static_cast<std::size_t>(plan->unitOf[i])];
    const BuildingPart& part = split.parts[static_cast<std::size_t>(plan->partOf[i])];
    EXPECT_LE(part.households, splitThreshold(options)) << "no part is above the band";
    if (split.method != SplitMethod::None) gridsOf[plan->unitOf[i]].insert(plan->plan.assignment[i]);
  }
  const auto biggest = std::max_element(input->units.begin(), input->units.end(),
                                        [](const auto& a, const auto& b) { return a.households < b.households; });
  const int tower = static_cast<int>(biggest - input->units.begin());
  ASSERT_TRUE(gridsOf.count(tower));
  EXPECT_GE(gridsOf[tower].size(), static_cast<std::size_t>(biggest->households / 330))
      << "a tower of " << biggest->households << " households spreads over at least that many grids";
  // Households are conserved by the cut.
  for (const auto& [unit, grids] : gridsOf) {
    long long sum = 0;
    for (const BuildingPart& p : plan->splits[static_cast<std::size_t>(unit)].parts) sum += p.households;
    EXPECT_EQ(sum, input->units[static_cast<std::size_t>(unit)].households);
  }
}

TEST(BuildingSplitTest, EntrancesFloorsSectionsAndEstimates) {
  // Within the band: whole.
  EXPECT_EQ(splitBuilding(300, 4, 18, 330, 30).method, SplitMethod::None);
  // By entrances: 4 单元 of 100 each, below the band, stay whole entrances.
  auto entrances = splitBuilding(400, 4, 18, 330, 30);
  ASSERT_EQ(entrances.method, SplitMethod::Entrances);
  ASSERT_EQ(entrances.parts.size(), 4u);
  EXPECT_EQ(entrances.parts[2].label, "3单元");
  EXPECT_EQ(entrances.parts[2].households, 100);
  // By floors: 33 floors × 10 = 330+ households in bands of 3 floors (30 households each).
  auto floors = splitBuilding(396, 0, 33, 330, 30);
  ASSERT_EQ(floors.method, SplitMethod::Floors);
  EXPECT_EQ(floors.parts.front().firstFloor, 1);
  EXPECT_EQ(floors.parts.back().lastFloor, 33);
  long long sum = 0;
  for (const auto& p : floors.parts) {
    sum += p.households;
    EXPECT_LE(p.households, 40);
  }
  EXPECT_EQ(sum, 396);
  // A slab with 121 households a floor: each floor cut into sections of at most 30.
  auto slab = splitBuilding(2057, 0, 17, 330, 30);
  ASSERT_EQ(slab.method, SplitMethod::Floors);
  EXPECT_EQ(slab.parts.size(), 17u * 5u);
  EXPECT_EQ(slab.parts[6].label, "2层 2/5");
  for (const auto& p : slab.parts) EXPECT_LE(p.households, 30);
  // Floors unknown: equal estimated parts.
  auto estimate = splitBuilding(1000, 0, 0, 330, 30);
  ASSERT_EQ(estimate.method, SplitMethod::Estimate);
  EXPECT_EQ(estimate.parts.size(), 34u);
  EXPECT_EQ(estimate.parts.front().label, "1/34");
}

TEST_F(RealDistrictTest, AHardBarrierAcrossTheDistrictIsNeverInsideAGrid) {
  // A wall 4 m wide across the whole extract, along a north–south line through its middle.
  LayerPlanInput walled = *input;
  std::vector<Wkb> footprints;
  for (const auto& u : walled.units) footprints.push_back(u.geometry);
  auto cells = tessellate(footprints, {});
  ASSERT_TRUE(cells.ok());
  double y0 = 1e18, y1 = -1e18;
  std::vector<double> xs;
  for (const auto& [x, y] : cells->points) y0 = std::min(y0, y), y1 = std::max(y1, y), xs.push_back(x);
  std::nth_element(xs.begin(), xs.begin() + static_cast<std::ptrdiff_t>(xs.size() / 2), xs.end());
  const double middle = xs[xs.size() / 2];
  walled.hardBarriers.push_back(rectangleWkb(middle - 2, y0 - 100, middle + 2, y1 + 100));
  PlanOptions options;
  auto plan = planLayer(walled, options, false);
  ASSERT_TRUE(plan.ok()) << plan.error().describe();
  std::map<int, std::set<bool>> sides;
  for (std::size_t i = 0; i < plan->unitOf.size(); ++i)
    sides[plan->plan.assignment[i]].insert(plan->tessellation.points[i].first < middle);
  int crossing = 0;
  for (const auto& [grid, side] : sides) crossing += side.size() > 1;
  EXPECT_EQ(crossing, 0) << "a grid on both sides of the wall";
  EXPECT_TRUE(plan->plan.metrics.allContiguous);
}

TEST_F(RealDistrictTest, GridBoundariesPreferStreets) {
  PlanOptions options;
  LayerPlanInput indifferent = *input;
  indifferent.softFactor = 1.0;  // streets known (for the measure) but no cheaper to cut along
  auto preferred = planLayer(*input, options, false);
  auto plain = planLayer(indifferent, options, false);
  ASSERT_TRUE(preferred.ok() && plain.ok());
  const double onStreets = boundaryShareOnRoads(preferred->tessellation, preferred->plan.assignment);
  const double without = boundaryShareOnRoads(plain->tessellation, plain->plan.assignment);
  EXPECT_GT(onStreets, without + 0.05) << onStreets << " vs " << without;
  EXPECT_GT(onStreets, 0.45);
}

TEST_F(RealDistrictTest, LibrariesPrintNothingAndMetisComplaintsGoToTheLog) {
  std::vector<std::string> logged;
  log::setSink([&](log::Level, const std::string& source, const std::string& text) {
    if (source == "METIS") logged.push_back(text);
  });
  LayerPlanInput whole = *input;
  whole.splitOversized = false;  // towers kept whole are what makes METIS complain
  PlanOptions options;
  testing::internal::CaptureStdout();
  testing::internal::CaptureStderr();
  auto layered = planLayer(whole, options, false);
  auto metis = layered.ok() ? metisPlan(layered->graph, options) : Result<Plan>(layered.error());
  const std::string out = testing::internal::GetCapturedStdout(), err = testing::internal::GetCapturedStderr();
  log::setSink({});
  ASSERT_TRUE(metis.ok());
  EXPECT_EQ(out, "");
  EXPECT_EQ(err, "");
  ASSERT_FALSE(logged.empty()) << "METIS did not complain on this graph any more; pick another that makes it";
  EXPECT_NE(logged.front().find("***"), std::string::npos) << logged.front();
}

}  // namespace
}  // namespace grid::districting
