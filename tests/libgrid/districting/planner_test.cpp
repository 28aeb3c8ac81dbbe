// SPDX-License-Identifier: GPL-2.0-or-later
// The districting engine on lattices: balance, contiguity as an invariant, locks, repair, bad input.
#include "districting/planner.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>

namespace grid::districting {
namespace {

std::vector<long long> randomWeights(int cells, std::uint64_t seed, int low = 10, int high = 90) {
  std::mt19937_64 rng(seed);
  std::uniform_int_distribution<int> households(low, high);
  std::vector<long long> weights(static_cast<std::size_t>(cells));
  for (auto& w : weights) w = households(rng);
  return weights;
}

//! Independent of the engine: every grid's units form one connected piece (BFS over the lattice).
bool everyGridConnected(const UnitGraph& graph, const std::vector<int>& assignment) {
  std::map<int, std::vector<int>> members;
  for (int u = 0; u < graph.size(); ++u) members[assignment[static_cast<std::size_t>(u)]].push_back(u);
  for (const auto& [grid, units] : members) {
    std::set<int> seen{units.front()};
    std::vector<int> stack{units.front()};
    while (!stack.empty()) {
      const int u = stack.back();
      stack.pop_back();
      for (int e = graph.begin(u); e < graph.end(u); ++e) {
        const int v = graph.neighbour(e);
        if (assignment[static_cast<std::size_t>(v)] == grid && seen.insert(v).second) stack.push_back(v);
      }
    }
    if (seen.size() != units.size()) return false;
  }
  return true;
}

double shareWithin(const UnitGraph& graph, const std::vector<int>& assignment, double target, double tolerance) {
  std::map<int, long long> households;
  for (int u = 0; u < graph.size(); ++u) households[assignment[static_cast<std::size_t>(u)]] += graph.weight(u);
  int within = 0;
  for (const auto& [grid, h] : households)
    within += std::abs(static_cast<double>(h) - target) <= tolerance * target + 1e-9;
  return static_cast<double>(within) / static_cast<double>(households.size());
}

TEST(PlannerTest, ProposeBalancesALatticeFarBetterThanMetisAloneAndKeepsGridsConnected) {
  const UnitGraph graph = rookLattice(20, 20, randomWeights(400, 7));
  PlanOptions options;
  auto metis = metisPlan(graph, options);
  auto plan = proposePlan(graph, options);
  ASSERT_TRUE(metis.ok() && plan.ok());
  EXPECT_EQ(plan->metrics.grids, static_cast<int>(std::lround(static_cast<double>(graph.totalWeight()) / 300)));
  EXPECT_TRUE(everyGridConnected(graph, plan->assignment));
  EXPECT_TRUE(plan->metrics.allContiguous);
  const double ours = shareWithin(graph, plan->assignment, 300, 0.10);
  EXPECT_DOUBLE_EQ(ours, plan->metrics.withinTolerance);
  EXPECT_GE(ours, 0.98);
  EXPECT_GT(ours, shareWithin(graph, metis->assignment, 300, 0.10));
  EXPECT_LT(plan->metrics.maxAbsDeviation, metis->metrics.maxAbsDeviation);
}

TEST(PlannerTest, SameSeedSamePlan) {
  const UnitGraph graph = rookLattice(15, 15, randomWeights(225, 3));
  PlanOptions options;
  options.seed = 42;
  auto first = proposePlan(graph, options), second = proposePlan(graph, options);
  ASSERT_TRUE(first.ok() && second.ok());
  EXPECT_EQ(first->assignment, second->assignment);
}

TEST(PlannerTest, AFixedNumberOfGridsIsHonoured) {
  const UnitGraph graph = rookLattice(12, 12, randomWeights(144, 5));
  PlanOptions options;
  options.grids = 9;
  options.target = static_cast<double>(graph.totalWeight()) / 9;
  auto plan = proposePlan(graph, options);
  ASSERT_TRUE(plan.ok());
  EXPECT_EQ(plan->metrics.grids, 9);
  EXPECT_TRUE(everyGridConnected(graph, plan->assignment));
}

TEST(PlannerTest, ContiguityHoldsThroughRandomSequencesOfChangesAndRepairs) {
  std::mt19937_64 rng(11);
  for (int trial = 0; trial < 6; ++trial) {
    std::vector<long long> weights = randomWeights(24 * 24, 100 + static_cast<std::uint64_t>(trial));
    PlanOptions options;
    options.seed = static_cast<std::uint64_t>(trial) + 1;
    auto plan = proposePlan(rookLattice(24, 24, weights), options);
    ASSERT_TRUE(plan.ok());
    std::vector<int> assignment = plan->assignment;
    for (int step = 0; step < 5; ++step) {
      // Households change in a random 10 % of cells (×0.3–2.0); some cells are emptied (demolition).
      std::uniform_int_distribution<int> cell(0, 24 * 24 - 1);
      std::uniform_real_distribution<double> factor(0.3, 2.0);
      for (int i = 0; i < 58; ++i) {
        long long& w = weights[static_cast<std::size_t>(cell(rng))];
        w = i % 10 == 0 ? 0 : std::max(1LL, static_cast<long long>(std::llround(static_cast<double>(w) * factor(rng))));
      }
      const UnitGraph graph = rookLattice(24, 24, weights);
      auto repaired = repairPlan(graph, assignment, options);
      ASSERT_TRUE(repaired.ok()) << repaired.error().describe();
      ASSERT_TRUE(everyGridConnected(graph, repaired->assignment)) << "trial " << trial << " step " << step;
      EXPECT_GE(repaired->metrics.withinTolerance, shareWithin(graph, assignment, 300, 0.10) - 1e-9)
          << "repair never makes balance worse";
      assignment = repaired->assignment;
    }
  }
}

TEST(PlannerTest, RepairMovesFarFewerUnitsThanARedrawAndKeepsGridNumbers) {
  std::vector<long long> weights = randomWeights(30 * 30, 21);
  PlanOptions options;
  auto plan = proposePlan(rookLattice(30, 30, weights), options);
  ASSERT_TRUE(plan.ok());
  std::mt19937_64 rng(5);
  std::uniform_real_distribution<double> factor(0.3, 2.0);
  for (std::size_t i = 0; i < weights.size(); i += 10)
    weights[i] = std::max(1LL, static_cast<long long>(std::llround(static_cast<double>(weights[i]) * factor(rng))));
  const UnitGraph graph = rookLattice(30, 30, weights);
  const double before = shareWithin(graph, plan->assignment, 300, 0.10);
  auto repaired = repairPlan(graph, plan->assignment, options);
  auto redrawn = proposePlan(graph, options);
  ASSERT_TRUE(repaired.ok() && redrawn.ok());
  EXPECT_GT(repaired->metrics.withinTolerance, before);
  EXPECT_GE(repaired->metrics.withinTolerance, 0.95);
  const Plan redrawnAgainstOld = evaluatePlan(graph, redrawn->assignment, options, &plan->assignment);
  EXPECT_LT(repaired->metrics.unitsMoved, graph.size() / 8);
  EXPECT_LT(repaired->metrics.unitsMoved * 4, redrawnAgainstOld.metrics.unitsMoved);
  // Grid numbers survive: most units keep the number they had.
  int same = 0;
  for (int u = 0; u < graph.size(); ++u)
    same += repaired->assignment[static_cast<std::size_t>(u)] == plan->assignment[static_cast<std::size_t>(u)];
  EXPECT_EQ(same, graph.size() - repaired->metrics.unitsMoved);
}

TEST(PlannerTest, RepairPassesASurplusAlongAChainMovingOneBuildingPerLink) {
  // A 4 × 12 lattice of 50-household buildings cut into eight grids of 2 × 3. A tower in the top-left grid grows
  // (+40) and a building in the top-right grid is mostly demolished (−40): one is 10 over the band, the other 10
  // under, three grids apart. A building passed on from grid to grid along the top row mends both: three moves,
  // and nothing less can (each grid in between must give one building and take one).
  const int rows = 4, cols = 12;
  std::vector<long long> weights(rows * cols, 50);
  std::vector<int> current(weights.size());
  for (int r = 0; r < rows; ++r)
    for (int c = 0; c < cols; ++c) current[static_cast<std::size_t>(r * cols + c)] = (r / 2) * 4 + c / 3;
  weights[0] += 40;
  weights[cols - 1] -= 40;
  const UnitGraph graph = rookLattice(rows, cols, weights);
  ASSERT_EQ(shareWithin(graph, current, 300, 0.10), 0.75);
  auto repaired = repairPlan(graph, current, PlanOptions{});
  ASSERT_TRUE(repaired.ok());
  EXPECT_EQ(repaired->metrics.withinTolerance, 1.0);
  EXPECT_EQ(repaired->metrics.unitsMoved, 3);
  EXPECT_TRUE(repaired->metrics.allContiguous);
}

TEST(PlannerTest, LockedUnitsAndLockedGridsNeverMove) {
  std::vector<long long> weights = randomWeights(20 * 20, 9);
  PlanOptions options;
  auto plan = proposePlan(rookLattice(20, 20, weights), options);
  ASSERT_TRUE(plan.ok());
  // Unbalance everything, then repair with grid 0 and grid 5 locked and every 7th unit locked.
  for (std::size_t i = 0; i < weights.size(); i += 3) weights[i] *= 2;
  const UnitGraph graph = rookLattice(20, 20, weights);
  PlanOptions locked = options;
  locked.lockedGrids.assign(static_cast<std::size_t>(plan->metrics.grids), 0);
  locked.lockedGrids[0] = locked.lockedGrids[5] = 1;
  locked.lockedUnits.assign(weights.size(), 0);
  for (std::size_t i = 0; i < weights.size(); i += 7) locked.lockedUnits[i] = 1;
  auto repaired = repairPlan(graph, plan->assignment, locked);
  ASSERT_TRUE(repaired.ok());
  EXPECT_GT(repaired->metrics.unitsMoved, 0) << "the unbalanced plan needed changes";
  for (int u = 0; u < graph.size(); ++u) {
    const int before = plan->assignment[static_cast<std::size_t>(u)],
              after = repaired->assignment[static_cast<std::size_t>(u)];
    if (locked.lockedUnits[static_cast<std::size_t>(u)]) EXPECT_EQ(after, before) << "locked unit " << u;
    if (before == 0 || before == 5) EXPECT_EQ(after, before) << "unit " << u << " of a locked grid";
    if (after == 0 || after == 5) EXPECT_EQ(after, before) << "unit " << u << " moved into a locked grid";
  }
  // Locked units hold in propose too.
  auto proposed = proposePlan(graph, locked);
  ASSERT_TRUE(proposed.ok());
  EXPECT_TRUE(everyGridConnected(graph, proposed->assignment));
}

TEST(PlannerTest, DisconnectedPartsGetTheirOwnGridsAndAnOversizedUnitIsReported) {
  // Two islands of 3×6 cells with no edge between them, and one 420-household building.
  std::vector<long long> weights(36, 50);
  weights[3] = 420;
  std::vector<UnitEdge> edges;
  for (int island = 0; island < 2; ++island)
    for (int r = 0; r < 3; ++r)
      for (int c = 0; c < 6; ++c) {
        const int u = island * 18 + r * 6 + c;
        if (c + 1 < 6) edges.push_back({u, u + 1, 10});
        if (r + 1 < 3) edges.push_back({u, u + 6, 10});
      }
  const UnitGraph graph(weights, edges);
  auto plan = proposePlan(graph, PlanOptions{});
  ASSERT_TRUE(plan.ok());
  EXPECT_TRUE(everyGridConnected(graph, plan->assignment));
  for (int u = 0; u < 18; ++u)
    for (int v = 18; v < 36; ++v)
      ASSERT_NE(plan->assignment[static_cast<std::size_t>(u)], plan->assignment[static_cast<std::size_t>(v)]);
  ASSERT_FALSE(plan->warnings.empty());
  EXPECT_NE(plan->warnings.front().find("420"), std::string::npos) << plan->warnings.front();
}

TEST(PlannerTest, BadInputIsRefusedWithAReason) {
  const UnitGraph empty = rookLattice(4, 4, std::vector<long long>(16, 0));
  auto none = proposePlan(empty, PlanOptions{});
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.error().code, ErrorCode::InvalidInput);
  EXPECT_NE(none.error().message.find("no households"), std::string::npos);

  const UnitGraph graph = rookLattice(4, 4, std::vector<long long>(16, 40));
  PlanOptions wrong;
  wrong.tolerance = 1.5;
  EXPECT_FALSE(proposePlan(graph, wrong).ok());
  wrong = PlanOptions{};
  wrong.target = 0;
  EXPECT_FALSE(proposePlan(graph, wrong).ok());
  auto mismatch = repairPlan(graph, std::vector<int>(5, 0), PlanOptions{});
  ASSERT_FALSE(mismatch.ok());
  EXPECT_NE(mismatch.error().message.find("16"), std::string::npos);
}

TEST(PlannerTest, RepairSplitsGridsHoldingSeveralGridsWorthAndDissolvesTinyOnes) {
  // 12×12 cells of ~50 households: a current plan of three 4-column strips (~2,400 households each) and a
  // 1-cell grid in the corner.
  const std::vector<long long> weights = randomWeights(144, 17, 40, 60);
  const UnitGraph graph = rookLattice(12, 12, weights);
  std::vector<int> current(144);
  for (int u = 0; u < 144; ++u) current[static_cast<std::size_t>(u)] = (u % 12) / 4;
  current[0] = 3;
  PlanOptions options;
  options.gridNames = {"A", "B", "C", "D"};
  auto repaired = repairPlan(graph, current, options);
  ASSERT_TRUE(repaired.ok());
  EXPECT_EQ(repaired->metrics.grids, static_cast<int>(std::lround(static_cast<double>(graph.totalWeight()) / 300)))
      << "as many grids as the households call for";
  EXPECT_GE(repaired->metrics.withinTolerance, 0.9);
  EXPECT_TRUE(everyGridConnected(graph, repaired->assignment));
  EXPECT_NE(repaired->assignment[0], 3) << "the one-cell grid D was dissolved";
  bool namedSplit = false, namedDissolve = false;
  for (const std::string& w : repaired->warnings) {
    namedSplit |= w.rfind("A held ", 0) == 0 && w.find("split into 8") != std::string::npos;
    namedDissolve |= w.rfind("D held only ", 0) == 0;
  }
  EXPECT_TRUE(namedSplit && namedDissolve);
}

TEST(PlannerTest, NewUnitsWithoutAGridJoinANeighbouringOne) {
  std::vector<long long> weights = randomWeights(10 * 10, 4);
  PlanOptions options;
  auto plan = proposePlan(rookLattice(10, 10, weights), options);
  ASSERT_TRUE(plan.ok());
  std::vector<int> current = plan->assignment;
  for (int u : {0, 1, 10, 55}) current[static_cast<std::size_t>(u)] = -1;  // new buildings
  const UnitGraph graph = rookLattice(10, 10, weights);
  auto repaired = repairPlan(graph, current, options);
  ASSERT_TRUE(repaired.ok());
  for (int g : repaired->assignment) EXPECT_GE(g, 0);
  EXPECT_TRUE(everyGridConnected(graph, repaired->assignment));
}

}  // namespace
}  // namespace grid::districting
