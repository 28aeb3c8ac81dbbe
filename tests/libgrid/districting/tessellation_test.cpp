// SPDX-License-Identifier: GPL-2.0-or-later
// Voronoi tessellation of units: adjacency by shared boundary, and grid polygons without gaps or overlaps.
#include "districting/tessellation.h"

#include <gtest/gtest.h>

#include <cstring>
#include <set>

#include "districting/planner.h"

namespace grid::districting {
namespace {

//! side × side buildings of 20 m × 12 m on a 50 m raster (footprints do not touch, as in a real estate).
std::vector<Wkb> buildings(int side) {
  std::vector<Wkb> out;
  for (int r = 0; r < side; ++r)
    for (int c = 0; c < side; ++c) out.push_back(rectangleWkb(c * 50 + 15, r * 50 + 19, c * 50 + 35, r * 50 + 31));
  return out;
}

TEST(TessellationTest, BuildingsThatDoNotTouchGetRookNeighboursWithSharedBoundaryLengths) {
  const int side = 6;
  auto cells = tessellate(buildings(side), rectangleWkb(0, 0, side * 50, side * 50));
  ASSERT_TRUE(cells.ok()) << cells.error().describe();
  std::set<std::pair<int, int>> pairs;
  for (const UnitEdge& e : cells->edges) {
    pairs.emplace(std::min(e.a, e.b), std::max(e.a, e.b));
    EXPECT_NEAR(e.length, 50, 0.01) << e.a << "–" << e.b;
  }
  EXPECT_EQ(pairs.size(), static_cast<std::size_t>(2 * side * (side - 1)));
  for (const auto& [a, b] : pairs) {
    const int ra = a / side, ca = a % side, rb = b / side, cb = b % side;
    EXPECT_EQ(std::abs(ra - rb) + std::abs(ca - cb), 1) << "only rook neighbours share a boundary";
  }
  for (const Wkb& cell : cells->cells) EXPECT_NEAR(polygonArea(cell), 2500, 0.01);
}

TEST(TessellationTest, GridPolygonsCoverTheAreaWithoutGapsOrOverlaps) {
  const int side = 10;
  const Wkb area = rectangleWkb(-20, -35, side * 50 + 10, side * 50 + 40);  // not aligned with the raster
  auto cells = tessellate(buildings(side), area);
  ASSERT_TRUE(cells.ok());
  std::vector<long long> weights(static_cast<std::size_t>(side * side), 30);
  const UnitGraph graph(weights, cells->edges);
  auto plan = proposePlan(graph, PlanOptions{});
  ASSERT_TRUE(plan.ok());
  EXPECT_TRUE(plan->metrics.allContiguous);
  auto polygons = dissolveCells(cells->cells, plan->assignment);
  ASSERT_TRUE(polygons.ok());
  ASSERT_EQ(static_cast<int>(polygons->size()), plan->metrics.grids);
  double sum = 0;
  for (const Wkb& polygon : *polygons) {
    ASSERT_FALSE(polygon.empty());
    sum += polygonArea(polygon);
    EXPECT_GT(polsbyPopper(polygon), 0.3) << "grids are compact";
  }
  EXPECT_NEAR(sum, polygonArea(area), 1e-6 * polygonArea(area)) << "sum of grid areas = area: no gaps, no overlaps";
  // Everything in one grid: the union is the area itself.
  auto whole = dissolveCells(cells->cells, std::vector<int>(weights.size(), 0));
  ASSERT_TRUE(whole.ok());
  EXPECT_NEAR(polygonArea(whole->front()), polygonArea(area), 1e-6 * polygonArea(area));
}

TEST(TessellationTest, PointsAndDuplicateLocationsWorkAndBrokenGeometryIsNamed) {
  // Address points, two of them at the same spot (two entrances geocoded alike).
  std::vector<Wkb> points;
  for (auto [x, y] : {std::pair{0.0, 0.0}, {100.0, 0.0}, {0.0, 100.0}, {100.0, 100.0}, {100.0, 100.0}}) {
    Wkb p{1, 1, 0, 0, 0};
    for (double v : {x, y}) {
      std::uint8_t bytes[sizeof(double)];
      std::memcpy(bytes, &v, sizeof v);
      p.insert(p.end(), bytes, bytes + sizeof v);
    }
    points.push_back(p);
  }
  auto cells = tessellate(points, {});
  ASSERT_TRUE(cells.ok()) << cells.error().describe();
  std::vector<int> component;
  EXPECT_EQ(UnitGraph(std::vector<long long>(5, 10), cells->edges).components(component), 1);
  for (const Wkb& cell : cells->cells) EXPECT_FALSE(cell.empty());

  points[2] = Wkb{1, 3, 0};  // truncated
  auto broken = tessellate(points, {});
  ASSERT_FALSE(broken.ok());
  EXPECT_NE(broken.error().message.find("Unit 3"), std::string::npos) << broken.error().message;
}

}  // namespace
}  // namespace grid::districting
