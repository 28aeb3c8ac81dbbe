// SPDX-License-Identifier: GPL-2.0-or-later
// gridctl bench regrid: rook lattices and repair, METIS alone in the same run for reference.
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <random>
#include <thread>

#include "bench.h"
#include "districting/community_plan.h"
#include "districting/planner.h"
#include "storage/database.h"

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

long peakRss() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;
}

//! Every community of a database planned (propose or repair), one worker per core, each with its own connection.
int runCityBenchmark(const std::map<std::string, std::string>& options) {
  const std::string path = options.at("db");
  const bool repair = options.count("mode") && options.at("mode") == "repair";
  auto db = Database::open(path, Database::readOnlyOptions());
  if (!db) return std::fprintf(stderr, "%s\n", db.error().describe().c_str()), 2;
  std::vector<std::string> communities;
  auto list = (*db)->prepare("SELECT admin_code FROM community ORDER BY id");
  (void)list->forEachRow([&](const Statement& row) { communities.push_back(row.text(0)); });
  const long long buildings = *(*db)->queryInt("SELECT count(*) FROM building");
  const unsigned workers = std::max(1u, std::thread::hardware_concurrency());
  std::printf("bench regrid --db: %zu communities, %lld buildings, %s, %u worker(s)\n", communities.size(), buildings,
              repair ? "repair" : "propose", workers);
  std::atomic<std::size_t> next{0};
  std::mutex mutex;
  long long units = 0, grids = 0, within = 0, moved = 0;
  int failed = 0, discontiguous = 0;
  double maxDeviation = 0;
  std::string firstError;
  const auto start = Clock::now();
  std::vector<std::thread> threads;
  for (unsigned w = 0; w < workers; ++w)
    threads.emplace_back([&] {
      auto connection = Database::open(path, Database::readOnlyOptions());
      if (!connection) return;
      for (std::size_t i = next++; i < communities.size(); i = next++) {
        auto plan = districting::planCommunity(**connection, communities[i], PlanOptions{}, repair);
        std::lock_guard<std::mutex> lock(mutex);
        if (!plan) {
          if (failed++ == 0) firstError = communities[i] + ": " + plan.error().describe();
          continue;
        }
        const auto& m = plan->plan.metrics;
        units += static_cast<long long>(plan->units.buildingIds.size());
        grids += m.grids;
        within += std::lround(m.withinTolerance * m.grids);
        moved += m.unitsMoved;
        discontiguous += !m.allContiguous;
        maxDeviation = std::max(maxDeviation, m.maxAbsDeviation);
      }
    });
  for (auto& t : threads) t.join();
  const double wall = since(start);
  std::printf(
      "  %.1f s wall (goal < 30 s), peak RSS %ld MB (goal < 2048 MB); %lld buildings → %lld grids, within ±10 %% %.2f "
      "%%, "
      "max |deviation| %.1f %%, communities with a non-contiguous grid %d, failed %d%s%s\n",
      wall, peakRss(), units, grids, grids ? 100.0 * static_cast<double>(within) / static_cast<double>(grids) : 0.0,
      100 * maxDeviation, discontiguous, failed, failed ? "; first: " : "", firstError.c_str());
  if (repair)
    std::printf("  buildings moved: %lld (%.1f %%)\n", moved,
                units ? 100.0 * static_cast<double>(moved) / static_cast<double>(units) : 0.0);
  return failed ? 1 : 0;
}

}  // namespace

int runRegridBenchmark(const std::map<std::string, std::string>& options) {
  if (options.count("db")) return runCityBenchmark(options);
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
  // Units in a different grid, after matching each new grid to the old grid it shares most households with.
  const std::vector<int> match = districting::matchGridsByOverlap(fresh->assignment, last.assignment, graph.weights());
  int freshMoved = 0;
  for (int u = 0; u < graph.size(); ++u)
    freshMoved += match[static_cast<std::size_t>(fresh->assignment[static_cast<std::size_t>(u)])] !=
                  last.assignment[static_cast<std::size_t>(u)];
  printPlan("redraw from scratch (propose)", *fresh, freshSeconds);
  std::printf("      units moved (new grids matched to old ones by overlap): %d of %d (%.1f %%)\n", freshMoved,
              graph.size(), 100.0 * freshMoved / graph.size());
  return 0;
}

}  // namespace grid::bench
