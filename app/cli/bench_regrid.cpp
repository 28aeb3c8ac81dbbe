// SPDX-License-Identifier: GPL-2.0-or-later
// gridctl bench regrid: rook lattices and repair, METIS alone in the same run for reference.
#include <chrono>
#include <cstdio>
#include <random>

#include "bench.h"
#include "districting/planner.h"

namespace grid::bench {
namespace {

using districting::Plan;
using districting::PlanOptions;
using districting::UnitGraph;
using Clock = std::chrono::steady_clock;

double since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

std::vector<long long> latticeWeights(int cells, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::uniform_int_distribution<int> households(10, 90);
  std::vector<long long> weights(static_cast<std::size_t>(cells));
  for (auto& w : weights) w = households(rng);
  return weights;
}

void printPlan(const char* label, const Plan& plan, double seconds) {
  std::printf(
      "    %-34s %7.3f s  grids %4d  within ±10 %% %6.1f %%  ±5 %% %6.1f %%  max |dev| %5.1f %%  contiguous %s  cut "
      "%.0f",
      label, seconds, plan.metrics.grids, 100 * plan.metrics.shareWithin10, 100 * plan.metrics.shareWithin5,
      100 * plan.metrics.maxAbsDeviation, plan.metrics.allContiguous ? "100 %" : "NO", plan.metrics.cutLength);
  if (plan.metrics.rounds > 0) std::printf("  rounds %d", plan.metrics.rounds);
  std::printf("\n");
}

}  // namespace

int runRegridBenchmark(const std::map<std::string, std::string>& options) {
  const std::uint64_t seed = options.count("seed") ? std::stoull(options.at("seed")) : 1;
  PlanOptions plan;
  plan.target = 300;
  plan.tolerance = 0.10;
  plan.seed = seed;
  std::printf("bench regrid: target %.0f ± %.0f %%, rook lattices with 10–90 households per cell (seed %llu)\n",
              plan.target, 100 * plan.tolerance, static_cast<unsigned long long>(seed));
  Plan last;
  std::vector<long long> lastWeights;
  for (int side : {20, 30, 50}) {
    std::vector<long long> weights = latticeWeights(side * side, seed + static_cast<std::uint64_t>(side));
    const UnitGraph graph = districting::rookLattice(side, side, weights);
    std::printf("  %d×%d lattice: %d cells, %lld households\n", side, side, graph.size(), graph.totalWeight());
    auto start = Clock::now();
    auto metis = districting::metisPlan(graph, plan);
    const double metisSeconds = since(start);
    if (!metis) return std::fprintf(stderr, "%s\n", metis.error().describe().c_str()), 2;
    printPlan("METIS contiguous k-way (reference)", *metis, metisSeconds);
    start = Clock::now();
    auto ours = districting::proposePlan(graph, plan);
    const double oursSeconds = since(start);
    if (!ours) return std::fprintf(stderr, "%s\n", ours.error().describe().c_str()), 2;
    printPlan("GridStation propose", *ours, oursSeconds);
    last = *ours;
    lastWeights = weights;
  }

  // Repair: 10 % of the 50×50 cells change by a factor in 0.3–2.0 (new towers, demolition).
  std::mt19937_64 rng(seed * 7 + 3);
  std::uniform_real_distribution<double> factor(0.3, 2.0);
  std::vector<int> cells(lastWeights.size());
  for (std::size_t i = 0; i < cells.size(); ++i) cells[i] = static_cast<int>(i);
  std::shuffle(cells.begin(), cells.end(), rng);
  std::vector<long long> changed = lastWeights;
  for (std::size_t i = 0; i < changed.size() / 10; ++i) {
    long long& w = changed[static_cast<std::size_t>(cells[i])];
    w = std::max(1LL, static_cast<long long>(std::llround(static_cast<double>(w) * factor(rng))));
  }
  const UnitGraph graph = districting::rookLattice(50, 50, changed);
  const Plan before = districting::evaluatePlan(graph, last.assignment, plan);
  std::printf(
      "  repair on the 50×50 lattice after 10 %% of cells changed by ×0.3–2.0: the old plan now has %.1f %% of grids "
      "within ±10 %%\n",
      100 * before.metrics.shareWithin10);
  auto start = Clock::now();
  auto repaired = districting::repairPlan(graph, last.assignment, plan);
  const double repairSeconds = since(start);
  if (!repaired) return std::fprintf(stderr, "%s\n", repaired.error().describe().c_str()), 2;
  printPlan("GridStation repair", *repaired, repairSeconds);
  std::printf("      units moved: %d of %d (%.1f %%; goal ≤ 8 %%)\n", repaired->metrics.unitsMoved, graph.size(),
              100.0 * repaired->metrics.unitsMoved / graph.size());
  start = Clock::now();
  auto fresh = districting::proposePlan(graph, plan);
  const double freshSeconds = since(start);
  if (!fresh) return std::fprintf(stderr, "%s\n", fresh.error().describe().c_str()), 2;
  const Plan freshAgainstOld = districting::evaluatePlan(graph, fresh->assignment, plan, &last.assignment);
  printPlan("redraw from scratch (propose)", *fresh, freshSeconds);
  std::printf("      units in a different grid than before (numbers aside, by best overlap not computed): %d of %d\n",
              freshAgainstOld.metrics.unitsMoved, graph.size());
  return 0;
}

}  // namespace grid::bench
