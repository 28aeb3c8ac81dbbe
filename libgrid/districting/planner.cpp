// SPDX-License-Identifier: GPL-2.0-or-later
// The planner's entry points. The engine is in parts: assignment_state (what a search step keeps up to date),
// initial_partition (METIS and the start of a new plan), local_search, ejection_chains and repair_phases.
#include "districting/planner.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

#include "common/log.h"
#include "districting/assignment_state.h"
#include "districting/ejection_chains.h"
#include "districting/initial_partition.h"
#include "districting/local_search.h"
#include "districting/repair_phases.h"

namespace grid::districting {

using detail::compact;
using detail::metisPartition;
using detail::runLocalSearch;
using detail::startingPartition;

namespace {

Status checkInput(const UnitGraph& graph, const PlanOptions& options) {
  if (options.target <= 0)
    return makeError(ErrorCode::InvalidInput, "The target must be a positive number of households per grid.");
  if (options.tolerance < 0 || options.tolerance >= 1)
    return makeError(ErrorCode::InvalidInput,
                     "The tolerance is a fraction of the target between 0 and 1 (0.10 = ±10 %).");
  if (graph.size() == 0) return makeError(ErrorCode::InvalidInput, "There are no units to assign to grids.");
  for (int u = 0; u < graph.size(); ++u)
    if (graph.weight(u) < 0)
      return makeError(ErrorCode::InvalidInput, "Unit " + std::to_string(u + 1) + " has a negative household count.");
  if (graph.totalWeight() == 0)
    return makeError(ErrorCode::InvalidInput, "The units hold no households, so there is nothing to balance.");
  return {};
}

}  // namespace

std::vector<char> unitsAlone(const UnitGraph& graph, const PlanOptions& options) {
  const double high = options.target * (1 + options.tolerance) + 1e-9,
               low = options.target * (1 - options.tolerance) - 1e-9;
  std::vector<char> alone(static_cast<std::size_t>(graph.size()), 0);
  for (int u = 0; u < graph.size(); ++u) {
    const double w = static_cast<double>(graph.weight(u));
    if (w > high) {
      alone[static_cast<std::size_t>(u)] = 1;
      continue;
    }
    if (w >= low || graph.begin(u) == graph.end(u)) continue;
    bool shareable = false;
    for (int e = graph.begin(u); e < graph.end(u) && !shareable; ++e)
      shareable = w + static_cast<double>(graph.weight(graph.neighbour(e))) <= high;
    alone[static_cast<std::size_t>(u)] = shareable ? 0 : 1;
  }
  return alone;
}

std::vector<int> matchGridsByOverlap(const std::vector<int>& fresh, const std::vector<int>& old,
                                     const std::vector<long long>& weights) {
  int grids = 0;
  for (int g : fresh) grids = std::max(grids, g + 1);
  std::map<std::pair<int, int>, long long> shared;
  for (std::size_t i = 0; i < fresh.size() && i < old.size(); ++i)
    if (fresh[i] >= 0 && old[i] >= 0) shared[{fresh[i], old[i]}] += (i < weights.size() ? weights[i] : 0) + 1;
  std::vector<std::tuple<long long, int, int>> pairs;
  for (const auto& [key, weight] : shared) pairs.emplace_back(weight, key.first, key.second);
  std::sort(pairs.rbegin(), pairs.rend());
  std::vector<int> match(static_cast<std::size_t>(grids), -1);
  std::set<int> taken;
  for (const auto& [weight, g, before] : pairs)
    if (match[static_cast<std::size_t>(g)] < 0 && taken.insert(before).second)
      match[static_cast<std::size_t>(g)] = before;
  return match;
}

Plan evaluatePlan(const UnitGraph& graph, std::vector<int> assignment, const PlanOptions& options,
                  const std::vector<int>* current) {
  Plan plan;
  plan.assignment = std::move(assignment);
  const int n = graph.size();
  int grids = 0;
  for (int g : plan.assignment) grids = std::max(grids, g + 1);
  plan.grids.resize(static_cast<std::size_t>(grids));
  for (int g = 0; g < grids; ++g) plan.grids[static_cast<std::size_t>(g)].grid = g;
  double cut = 0;
  for (int u = 0; u < n; ++u) {
    const int g = plan.assignment[static_cast<std::size_t>(u)];
    if (current && (*current)[static_cast<std::size_t>(u)] != g) ++plan.metrics.unitsMoved;
    if (g < 0) continue;
    GridMetrics& m = plan.grids[static_cast<std::size_t>(g)];
    ++m.units;
    m.households += graph.weight(u);
    for (int e = graph.begin(u); e < graph.end(u); ++e)
      if (plan.assignment[static_cast<std::size_t>(graph.neighbour(e))] != g) {
        m.cutLength += graph.length(e);
        cut += graph.length(e);
      }
  }
  plan.metrics.cutLength = cut / 2;
  // Contiguity: one connected piece per grid.
  std::vector<char> seen(static_cast<std::size_t>(n), 0);
  std::vector<int> pieces(static_cast<std::size_t>(grids), 0), stack;
  for (int s = 0; s < n; ++s) {
    const int g = plan.assignment[static_cast<std::size_t>(s)];
    if (g < 0 || seen[static_cast<std::size_t>(s)]) continue;
    ++pieces[static_cast<std::size_t>(g)];
    seen[static_cast<std::size_t>(s)] = 1;
    stack.assign(1, s);
    while (!stack.empty()) {
      const int u = stack.back();
      stack.pop_back();
      for (int e = graph.begin(u); e < graph.end(u); ++e) {
        const int v = graph.neighbour(e);
        if (!seen[static_cast<std::size_t>(v)] && plan.assignment[static_cast<std::size_t>(v)] == g) {
          seen[static_cast<std::size_t>(v)] = 1;
          stack.push_back(v);
        }
      }
    }
  }
  int within5 = 0, within10 = 0, withinTolerance = 0;
  for (GridMetrics& m : plan.grids) {
    if (m.units == 0) continue;
    ++plan.metrics.grids;
    m.contiguous = pieces[static_cast<std::size_t>(m.grid)] == 1;
    plan.metrics.allContiguous &= m.contiguous;
    m.deviation = (static_cast<double>(m.households) - options.target) / options.target;
    const double d = std::abs(m.deviation);
    plan.metrics.maxAbsDeviation = std::max(plan.metrics.maxAbsDeviation, d);
    within5 += d <= 0.05 + 1e-9;
    within10 += d <= 0.10 + 1e-9;
    withinTolerance += d <= options.tolerance + 1e-9;
  }
  if (plan.metrics.grids > 0) {
    plan.metrics.shareWithin5 = static_cast<double>(within5) / plan.metrics.grids;
    plan.metrics.shareWithin10 = static_cast<double>(within10) / plan.metrics.grids;
    plan.metrics.withinTolerance = static_cast<double>(withinTolerance) / plan.metrics.grids;
  }
  return plan;
}

Result<Plan> metisPlan(const UnitGraph& graph, const PlanOptions& options) {
  if (auto ok = checkInput(graph, options); !ok) return ok.error();
  std::vector<std::string> warnings;
  auto assign = metisPartition(graph, options, warnings, true);
  if (!assign) return assign.error();
  compact(*assign);
  Plan plan = evaluatePlan(graph, std::move(*assign), options);
  plan.warnings = std::move(warnings);
  return plan;
}

namespace {

Result<Plan> proposeCore(const UnitGraph& graph, const PlanOptions& options, Progress* progress, bool regional);

/**
 * Last pass of a new plan: a grid still out of tolerance after the search is stuck in a local optimum the single
 * moves and pair recombinations cannot leave (two big buildings side by side, a corner between towers). It is
 * redrawn from scratch with its neighbours (then with two and three rings of them), with its own grid count and
 * with the count its households call for, from a few seeds; the region's best redraw is kept if it leaves fewer of its
 * grids out of tolerance, still one piece each. \a frozen grids (towers) are never part of a region.
 */
constexpr int kRedrawRings = 3;  //!< neighbourhoods of 1, 2 and 3 rings of grids
constexpr int kRedrawSeeds = 6;  //!< fresh starts per neighbourhood and grid count

void redrawStuckGrids(const UnitGraph& graph, const PlanOptions& options, std::vector<int>& assign,
                      const std::vector<char>& frozen, Progress* progress) {
  const double low = options.target * (1 - options.tolerance) - 1e-9,
               high = options.target * (1 + options.tolerance) + 1e-9;
  auto isFrozen = [&](int g) {
    return static_cast<std::size_t>(g) < frozen.size() && frozen[static_cast<std::size_t>(g)];
  };
  std::vector<char> unitLocked(static_cast<std::size_t>(graph.size()), 0);
  for (std::size_t u = 0; u < options.lockedUnits.size() && u < unitLocked.size(); ++u)
    unitLocked[u] = options.lockedUnits[u];
  std::map<int, int> tries;
  // Bounded work, deterministic (no clock): units redrawn in all regions together, about 10 passes over the graph.
  long long budget = 10LL * graph.size() + 500;
  for (int attempt = 0; attempt < 200 && budget > 0; ++attempt) {
    if (progress && progress->isCancelled()) return;
    int grids = 0;
    for (int g : assign) grids = std::max(grids, g + 1);
    std::vector<long long> load(static_cast<std::size_t>(grids), 0);
    std::vector<int> size(static_cast<std::size_t>(grids), 0);
    std::vector<char> holdsLocked(static_cast<std::size_t>(grids), 0);
    for (int u = 0; u < graph.size(); ++u)
      if (const int g = assign[static_cast<std::size_t>(u)]; g >= 0) {
        load[static_cast<std::size_t>(g)] += graph.weight(u), ++size[static_cast<std::size_t>(g)];
        if (unitLocked[static_cast<std::size_t>(u)]) holdsLocked[static_cast<std::size_t>(g)] = 1;
      }
    auto outside = [&](int g) {
      const double h = static_cast<double>(load[static_cast<std::size_t>(g)]);
      return size[static_cast<std::size_t>(g)] > 0 && (h < low || h > high);
    };
    auto usable = [&](int g) { return !isFrozen(g) && !holdsLocked[static_cast<std::size_t>(g)]; };
    int worst = -1;
    double worstExcess = 0;
    for (int g = 0; g < grids; ++g) {
      if (!outside(g) || !usable(g) || tries[g] >= kRedrawRings) continue;
      const double excess = std::abs(static_cast<double>(load[static_cast<std::size_t>(g)]) - options.target);
      if (excess > worstExcess) worstExcess = excess, worst = g;
    }
    if (worst < 0) return;
    const int radius = ++tries[worst];
    std::set<int> region{worst};
    for (int ring = 0; ring < radius; ++ring) {
      const std::set<int> inner = region;
      for (int u = 0; u < graph.size(); ++u) {
        if (!inner.count(assign[static_cast<std::size_t>(u)])) continue;
        for (int e = graph.begin(u); e < graph.end(u); ++e)
          if (const int h = assign[static_cast<std::size_t>(graph.neighbour(e))]; h >= 0 && usable(h)) region.insert(h);
      }
    }
    std::vector<int> units;
    long long total = 0;
    int outsideBefore = 0;
    for (int g : region) outsideBefore += outside(g);
    for (int u = 0; u < graph.size(); ++u)
      if (region.count(assign[static_cast<std::size_t>(u)])) units.push_back(u), total += graph.weight(u);
    const UnitGraph sub = inducedSubgraph(graph, units);
    std::set<int> counts{static_cast<int>(region.size())};
    counts.insert(std::max(1, static_cast<int>(std::lround(static_cast<double>(total) / options.target))));
    int bestOutside = outsideBefore;
    std::vector<int> best;
    for (int k : counts)
      for (std::uint64_t seed = 0; seed < kRedrawSeeds && bestOutside > 0 && budget > 0; ++seed) {
        budget -= sub.size();
        PlanOptions regionOptions = options;
        regionOptions.grids = k;
        regionOptions.lockedUnits.clear();
        regionOptions.lockedGrids.clear();
        regionOptions.seed = options.seed * 7919 + static_cast<std::uint64_t>(attempt) * 31 + seed + 1;
        auto redrawn = proposeCore(sub, regionOptions, nullptr, false);
        if (!redrawn || !redrawn->metrics.allContiguous) continue;
        int out = 0;
        for (const GridMetrics& m : redrawn->grids)
          out += m.units > 0 && (static_cast<double>(m.households) < low || static_cast<double>(m.households) > high);
        if (out < bestOutside) bestOutside = out, best = redrawn->assignment;
      }
    log::message(log::Level::Debug, "regrid",
                 "redraw of grid " + std::to_string(worst + 1) + " with " + std::to_string(radius) +
                     " ring(s) of neighbours: " + std::to_string(region.size()) + " grids, " + std::to_string(total) +
                     " households, out of tolerance " + std::to_string(outsideBefore) + " → " +
                     std::to_string(bestOutside) + " (work left " + std::to_string(budget) + ")");
    if (best.empty()) continue;
    // The region's grids keep their numbers where they overlap most; extra ones get new numbers.
    std::vector<int> before(units.size());
    for (std::size_t i = 0; i < units.size(); ++i) before[i] = assign[static_cast<std::size_t>(units[i])];
    std::vector<int> number = matchGridsByOverlap(best, before, sub.weights());
    for (int& n : number)
      if (n < 0) n = grids++;
    for (std::size_t i = 0; i < units.size(); ++i)
      assign[static_cast<std::size_t>(units[i])] = number[static_cast<std::size_t>(best[i])];
    for (int g : region) tries.erase(g);
  }
}

Result<Plan> proposeCore(const UnitGraph& graph, const PlanOptions& options, Progress* progress, bool regional) {
  if (progress) progress->report(0, "partitioning");
  std::vector<std::string> warnings;
  std::vector<char> towerGrids;
  auto start = startingPartition(graph, options, warnings, towerGrids);
  if (!start) return start.error();
  PlanOptions free = options;
  free.lockedGrids = towerGrids;  // grids of a new plan have no history to lock, but a tower alone stays alone
  auto searched = runLocalSearch(graph, free, std::move(*start), nullptr, progress, true);
  if (!searched) return searched.error();
  std::vector<int> assign = std::move(searched->assignment);
  if (regional) {
    redrawStuckGrids(graph, options, assign, towerGrids, progress);
    if (progress && progress->isCancelled())
      return makeError(ErrorCode::Cancelled, "Regridding cancelled; nothing was changed.");
    compact(assign);
  }
  Plan plan = evaluatePlan(graph, std::move(assign), options);
  plan.metrics.rounds = searched->rounds;
  plan.warnings = std::move(warnings);
  return plan;
}

}  // namespace

Result<Plan> proposePlan(const UnitGraph& graph, const PlanOptions& options, Progress* progress) {
  if (auto ok = checkInput(graph, options); !ok) return ok.error();
  return proposeCore(graph, options, progress, true);
}

Result<Plan> repairPlan(const UnitGraph& graph, const std::vector<int>& current, const PlanOptions& options,
                        Progress* progress) {
  if (auto ok = checkInput(graph, options); !ok) return ok.error();
  if (current.size() != static_cast<std::size_t>(graph.size()))
    return makeError(ErrorCode::InvalidInput, "The current plan names a grid for " + std::to_string(current.size()) +
                                                  " units, but there are " + std::to_string(graph.size()) + ".");
  std::vector<int> assign = current;
  std::vector<std::string> warnings;
  detail::RepairContext ctx{graph, options, current, warnings};
  int grids = detail::gridCount(current);
  if (auto ok = detail::splitOrDissolveFarGrids(ctx, assign, grids); !ok) return ok.error();
  if (auto ok = detail::fitGridCountToHouseholds(ctx, assign, grids); !ok) return ok.error();
  if (auto ok = detail::gridsForUngriddedParts(ctx, assign, grids); !ok) return ok.error();
  detail::enforceContiguity(graph, assign, options.lockedGrids, options.lockedUnits);
  detail::mendWithChains(graph, assign, current, options, 6);
  auto searched = detail::runLocalSearch(graph, options, std::move(assign), &current, progress, false);
  if (!searched) return searched.error();
  std::vector<int> result = std::move(searched->assignment);
  detail::mendWithChains(graph, result, current, options, 12);
  detail::redrawOutOfToleranceNeighbourhoods(ctx, result);
  detail::returnMovedUnits(graph, result, current, options);
  Plan plan = evaluatePlan(graph, result, options, &current);
  plan.metrics.rounds = searched->rounds;
  plan.warnings = std::move(warnings);
  return plan;
}

}  // namespace grid::districting
