// SPDX-License-Identifier: GPL-2.0-or-later
#include "districting/repair_phases.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "districting/initial_partition.h"
#include "districting/local_search.h"

namespace grid::districting::detail {

std::string RepairContext::gridName(int g) const {
  return static_cast<std::size_t>(g) < options.gridNames.size() ? options.gridNames[static_cast<std::size_t>(g)]
                                                                : "grid " + std::to_string(g + 1);
}

bool RepairContext::gridLocked(int g) const {
  return g >= 0 && static_cast<std::size_t>(g) < options.lockedGrids.size() &&
         options.lockedGrids[static_cast<std::size_t>(g)];
}

bool RepairContext::unitLocked(int u) const {
  return static_cast<std::size_t>(u) < options.lockedUnits.size() && options.lockedUnits[static_cast<std::size_t>(u)];
}

Result<std::vector<int>> RepairContext::partition(const std::vector<int>& units, int k) const {
  PlanOptions partOptions = options;
  partOptions.grids = k;
  partOptions.lockedUnits.clear();
  partOptions.lockedGrids.clear();
  std::vector<std::string> ignored;  // feasibility is reported for the whole plan
  return metisPartition(inducedSubgraph(graph, units), partOptions, ignored);
}

Status splitOrDissolveFarGrids(RepairContext& ctx, std::vector<int>& assign, int& grids) {
  const UnitGraph& graph = ctx.graph;
  const PlanOptions& options = ctx.options;
  std::vector<std::string>& warnings = ctx.warnings;
  std::vector<std::vector<int>> members(static_cast<std::size_t>(grids));
  std::vector<long long> households(static_cast<std::size_t>(grids), 0);
  for (int u = 0; u < graph.size(); ++u)
    if (const int g = assign[static_cast<std::size_t>(u)]; g >= 0)
      members[static_cast<std::size_t>(g)].push_back(u), households[static_cast<std::size_t>(g)] += graph.weight(u);
  const int existing = grids;
  for (int g = 0; g < existing; ++g) {
    const auto& units = members[static_cast<std::size_t>(g)];
    if (units.empty() || ctx.gridLocked(g)) continue;
    const double load = static_cast<double>(households[static_cast<std::size_t>(g)]) / options.target;
    const int k = static_cast<int>(std::lround(load));
    if (std::any_of(units.begin(), units.end(), [&](int u) { return ctx.unitLocked(u); }))
      continue;  // a locked unit keeps its grid whole
    if (k >= 2 && load > 1 + options.tolerance) {
      auto parts = ctx.partition(units, k);
      if (!parts) return parts.error();
      // A grid in pieces (units not connected to each other) gets at least one part per piece: more than k.
      const int made = parts->empty() ? 1 : *std::max_element(parts->begin(), parts->end()) + 1;
      std::vector<long long> partWeight(static_cast<std::size_t>(made), 0);
      for (std::size_t i = 0; i < units.size(); ++i)
        partWeight[static_cast<std::size_t>((*parts)[i])] += graph.weight(units[i]);
      const int keep = static_cast<int>(std::max_element(partWeight.begin(), partWeight.end()) - partWeight.begin());
      for (std::size_t i = 0; i < units.size(); ++i) {
        const int p = (*parts)[i];
        if (p != keep && !ctx.unitLocked(units[i]))
          assign[static_cast<std::size_t>(units[i])] = grids + (p < keep ? p : p - 1);
      }
      grids += made - 1;
      warnings.push_back(ctx.gridName(g) + " held " + std::to_string(households[static_cast<std::size_t>(g)]) +
                         " households, about " + std::to_string(k) + " grids' worth: split into " +
                         std::to_string(made) + ".");
    } else if (k == 0 && existing > 1) {
      for (int u : units) assign[static_cast<std::size_t>(u)] = -1;
      warnings.push_back(ctx.gridName(g) + " held only " + std::to_string(households[static_cast<std::size_t>(g)]) +
                         " households: its units join neighbouring grids.");
    }
  }
  return {};
}

Status fitGridCountToHouseholds(RepairContext& ctx, std::vector<int>& assign, int& grids) {
  const UnitGraph& graph = ctx.graph;
  const PlanOptions& options = ctx.options;
  std::vector<std::string>& warnings = ctx.warnings;
  for (int guard = 0; guard < 1000; ++guard) {
    // Only the grids that may change count (a rebalanced selection has the others locked), with the households
    // that are theirs or have no grid yet.
    std::vector<long long> households(static_cast<std::size_t>(grids), 0);
    std::vector<int> size(static_cast<std::size_t>(grids), 0);
    for (int u = 0; u < graph.size(); ++u)
      if (const int g = assign[static_cast<std::size_t>(u)]; g >= 0)
        households[static_cast<std::size_t>(g)] += graph.weight(u), ++size[static_cast<std::size_t>(g)];
    std::vector<char> holdsLocked(static_cast<std::size_t>(grids), 0);
    for (int u = 0; u < graph.size(); ++u)
      if (const int g = assign[static_cast<std::size_t>(u)]; g >= 0 && ctx.unitLocked(u))
        holdsLocked[static_cast<std::size_t>(g)] = 1;
    long long total = 0;
    for (int u = 0; u < graph.size(); ++u)
      if (const int g = assign[static_cast<std::size_t>(u)]; g < 0 || !ctx.gridLocked(g)) total += graph.weight(u);
    int active = 0, smallest = -1, largest = -1;
    for (int g = 0; g < grids; ++g) {
      if (size[static_cast<std::size_t>(g)] == 0 || ctx.gridLocked(g)) continue;
      ++active;
      if (holdsLocked[static_cast<std::size_t>(g)]) continue;
      if (smallest < 0 || households[static_cast<std::size_t>(g)] < households[static_cast<std::size_t>(smallest)])
        smallest = g;
      if (largest < 0 || households[static_cast<std::size_t>(g)] > households[static_cast<std::size_t>(largest)])
        largest = g;
    }
    if (active == 0) break;
    const double mean = static_cast<double>(total) / active;
    auto hasOpenNeighbour = [&](int grid) {
      for (int u = 0; u < graph.size(); ++u) {
        if (assign[static_cast<std::size_t>(u)] != grid) continue;
        for (int e = graph.begin(u); e < graph.end(u); ++e)
          if (const int h = assign[static_cast<std::size_t>(graph.neighbour(e))];
              h >= 0 && h != grid && !ctx.gridLocked(h))
            return true;
      }
      return false;
    };
    if (mean < options.target * (1 - options.tolerance) && active > 1 && smallest >= 0 && hasOpenNeighbour(smallest)) {
      for (int& g : assign)
        if (g == smallest) g = -1;
      warnings.push_back(std::to_string(total) + " households make " + std::to_string(active) +
                         " grids too small on average: " + ctx.gridName(smallest) + " (" +
                         std::to_string(households[static_cast<std::size_t>(smallest)]) +
                         " households) joins its neighbours.");
    } else if (mean > options.target * (1 + options.tolerance) && largest >= 0 &&
               size[static_cast<std::size_t>(largest)] >= 2) {
      std::vector<int> units;
      for (int u = 0; u < graph.size(); ++u)
        if (assign[static_cast<std::size_t>(u)] == largest) units.push_back(u);
      auto parts = ctx.partition(units, 2);
      if (!parts) return parts.error();
      const int made = parts->empty() ? 1 : *std::max_element(parts->begin(), parts->end()) + 1;  // ≥ 2 if in pieces
      for (std::size_t i = 0; i < units.size(); ++i)
        if ((*parts)[i] >= 1) assign[static_cast<std::size_t>(units[i])] = grids + (*parts)[i] - 1;
      grids += made - 1;
      warnings.push_back(std::to_string(total) + " households make " + std::to_string(active) +
                         " grids too large on average: " + ctx.gridName(largest) + " is split in two.");
    } else {
      break;
    }
  }
  return {};
}

Status gridsForUngriddedParts(RepairContext& ctx, std::vector<int>& assign, int& grids) {
  const UnitGraph& graph = ctx.graph;
  std::vector<std::string>& warnings = ctx.warnings;
  std::vector<int> component;
  const int components = graph.components(component);
  std::vector<char> hasGrid(static_cast<std::size_t>(components), 0);
  for (int u = 0; u < graph.size(); ++u)
    if (assign[static_cast<std::size_t>(u)] >= 0)
      hasGrid[static_cast<std::size_t>(component[static_cast<std::size_t>(u)])] = 1;
  for (int c = 0; c < components; ++c) {
    if (hasGrid[static_cast<std::size_t>(c)]) continue;
    std::vector<int> units;
    for (int u = 0; u < graph.size(); ++u)
      if (component[static_cast<std::size_t>(u)] == c) units.push_back(u);
    auto fresh = ctx.partition(units, 0);
    if (!fresh) return fresh.error();
    int added = 0;
    for (std::size_t i = 0; i < units.size(); ++i) {
      assign[static_cast<std::size_t>(units[i])] = grids + (*fresh)[i];
      added = std::max(added, (*fresh)[i] + 1);
    }
    grids += added;
    warnings.push_back(std::to_string(units.size()) + " unit(s) in a part without any grid got " +
                       std::to_string(added) + " new grid(s).");
  }
  return {};
}

void redrawOutOfToleranceNeighbourhoods(RepairContext& ctx, std::vector<int>& result) {
  const UnitGraph& graph = ctx.graph;
  const PlanOptions& options = ctx.options;
  std::vector<std::string>& warnings = ctx.warnings;
  const std::vector<int>& current = ctx.current;
  std::map<int, int> attempted;  // grid → tries of the regional redraw
  const double low = options.target * (1 - options.tolerance), high = options.target * (1 + options.tolerance);
  for (int attempt = 0; attempt < 64; ++attempt) {
    int gridsNow = 0;
    for (int g : result) gridsNow = std::max(gridsNow, g + 1);
    std::vector<long long> households(static_cast<std::size_t>(gridsNow), 0);
    std::vector<int> size(static_cast<std::size_t>(gridsNow), 0);
    for (int u = 0; u < graph.size(); ++u)
      if (const int g = result[static_cast<std::size_t>(u)]; g >= 0)
        households[static_cast<std::size_t>(g)] += graph.weight(u), ++size[static_cast<std::size_t>(g)];
    auto outside = [&](int g) {
      return size[static_cast<std::size_t>(g)] > 0 &&
             (static_cast<double>(households[static_cast<std::size_t>(g)]) < low - 1e-9 ||
              static_cast<double>(households[static_cast<std::size_t>(g)]) > high + 1e-9);
    };
    std::vector<char> holdsLocked(static_cast<std::size_t>(gridsNow), 0);
    for (int u = 0; u < graph.size(); ++u)
      if (const int g = result[static_cast<std::size_t>(u)]; g >= 0 && ctx.unitLocked(u))
        holdsLocked[static_cast<std::size_t>(g)] = 1;
    auto frozen = [&](int g) { return ctx.gridLocked(g) || holdsLocked[static_cast<std::size_t>(g)] != 0; };
    int worst = -1;
    double worstExcess = 0;
    for (int g = 0; g < gridsNow; ++g) {
      if (!outside(g) || frozen(g) || (attempted.count(g) && attempted[g] > 1)) continue;
      const double excess = std::abs(static_cast<double>(households[static_cast<std::size_t>(g)]) - options.target);
      if (excess > worstExcess) worstExcess = excess, worst = g;
    }
    if (worst < 0) break;
    // The region: the grid and its unfrozen neighbours, one ring further on a second try.
    const int radius = attempted.count(worst) + 1;
    if (radius >= 2)
      attempted[worst] = 99;  // no third try
    else
      attempted[worst] = 1;
    std::set<int> region{worst};
    for (int ring = 0; ring < radius; ++ring) {
      const std::set<int> inner = region;
      for (int u = 0; u < graph.size(); ++u) {
        if (!inner.count(result[static_cast<std::size_t>(u)])) continue;
        for (int e = graph.begin(u); e < graph.end(u); ++e)
          if (const int h = result[static_cast<std::size_t>(graph.neighbour(e))]; h >= 0 && !frozen(h))
            region.insert(h);
      }
    }
    std::vector<int> units;
    long long regionHouseholds = 0;
    int outsideBefore = 0;
    for (int g : region) outsideBefore += outside(g);
    for (int u = 0; u < graph.size(); ++u)
      if (region.count(result[static_cast<std::size_t>(u)])) units.push_back(u), regionHouseholds += graph.weight(u);
    const int k = std::max(1, static_cast<int>(std::lround(static_cast<double>(regionHouseholds) / options.target)));
    if (radius == 1 && k != static_cast<int>(region.size())) {
      // The neighbourhood holds a grid more (or less) than it has: split its fullest grid in two (or dissolve its
      // emptiest) and balance the neighbourhood alone, everything else held. Moves far fewer buildings than a
      // redraw of the neighbourhood.
      const bool more = k > static_cast<int>(region.size());
      int pick = -1;
      for (int g : region)
        if (pick < 0 || (more ? households[static_cast<std::size_t>(g)] > households[static_cast<std::size_t>(pick)]
                              : households[static_cast<std::size_t>(g)] < households[static_cast<std::size_t>(pick)]))
          pick = g;
      std::vector<int> trial = result, members;
      for (int u = 0; u < graph.size(); ++u)
        if (trial[static_cast<std::size_t>(u)] == pick) members.push_back(u);
      bool ready = !more || members.size() >= 2;
      if (ready && more) {
        auto parts = ctx.partition(members, 2);
        ready = parts.ok();
        if (ready)
          for (std::size_t i = 0; i < members.size(); ++i)
            if ((*parts)[i] == 1) trial[static_cast<std::size_t>(members[i])] = gridsNow;
      } else if (ready) {
        for (int u : members) trial[static_cast<std::size_t>(u)] = -1;
      }
      if (ready) {
        PlanOptions held = options;
        held.lockedGrids.assign(static_cast<std::size_t>(gridsNow) + 1, 1);
        for (int g : region) held.lockedGrids[static_cast<std::size_t>(g)] = ctx.gridLocked(g) ? 1 : 0;
        held.lockedGrids[static_cast<std::size_t>(gridsNow)] = 0;
        enforceContiguity(graph, trial, held.lockedGrids, options.lockedUnits);
        auto local = runLocalSearch(graph, held, std::move(trial), &current, nullptr, false);
        if (local.ok()) {
          std::map<int, long long> totals;
          for (int u = 0; u < graph.size(); ++u)
            if (const int g = local->assignment[static_cast<std::size_t>(u)];
                g >= 0 && (region.count(g) || g == gridsNow))
              totals[g] += graph.weight(u);
          int outsideAfter = 0;
          for (const auto& [g, total] : totals)
            outsideAfter += static_cast<double>(total) < low - 1e-9 || static_cast<double>(total) > high + 1e-9;
          const bool unassigned = std::count(local->assignment.begin(), local->assignment.end(), -1) >
                                  std::count(result.begin(), result.end(), -1);
          if (outsideAfter < outsideBefore && !unassigned) {
            result = local->assignment;
            warnings.push_back("The neighbourhood of " + ctx.gridName(worst) +
                               (more ? " gained a grid" : " gave up a grid") + " to bring it within tolerance.");
            attempted.erase(worst);
            continue;
          }
        }
      }
    }
    const UnitGraph regionGraph = inducedSubgraph(graph, units);
    PlanOptions regionOptions = options;
    regionOptions.grids = k;
    regionOptions.lockedGrids.clear();
    regionOptions.lockedUnits.clear();
    regionOptions.seed = options.seed + static_cast<std::uint64_t>(attempt) + 1;
    auto redrawn = proposePlan(regionGraph, regionOptions);
    if (!redrawn) continue;
    const int outsideAfter =
        static_cast<int>(std::lround((1 - redrawn->metrics.withinTolerance) * redrawn->metrics.grids));
    if (outsideAfter >= outsideBefore || !redrawn->metrics.allContiguous) continue;
    // New parts take the old grid numbers they overlap most (households); extra parts get new numbers.
    std::vector<int> before(units.size());
    for (std::size_t i = 0; i < units.size(); ++i) before[i] = result[static_cast<std::size_t>(units[i])];
    std::vector<int> number = matchGridsByOverlap(redrawn->assignment, before, regionGraph.weights());
    for (int& n : number)
      if (n < 0) n = gridsNow++;
    for (std::size_t i = 0; i < units.size(); ++i)
      result[static_cast<std::size_t>(units[i])] = number[static_cast<std::size_t>(redrawn->assignment[i])];
    warnings.push_back("The neighbourhood of " + ctx.gridName(worst) + " was redrawn (" +
                       std::to_string(region.size()) + " grids → " + std::to_string(k) +
                       ") to bring it within tolerance.");
  }
}

}  // namespace grid::districting::detail
