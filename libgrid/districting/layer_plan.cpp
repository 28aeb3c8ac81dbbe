// SPDX-License-Identifier: GPL-2.0-or-later
#include "districting/layer_plan.h"

#include <algorithm>
#include <cmath>

#include "districting/community_plan.h"

namespace grid::districting {

Result<LayerPlan> planLayer(const LayerPlanInput& input, const PlanOptions& options, bool repair, Progress* progress) {
  LayerPlan out;
  const long long splitAbove = input.splitOversized ? std::llround(options.target * (1 + options.tolerance)) : 0;
  const long long partSize = splitPartSize(options);
  std::vector<long long> weights;
  std::vector<int> current;
  std::vector<char> locked;
  for (std::size_t i = 0; i < input.units.size(); ++i) {
    const LayerUnit& unit = input.units[i];
    BuildingSplit split = splitBuilding(unit.households, unit.entrances, unit.floors, splitAbove, partSize);
    const bool isPolygon = unit.geometry.size() > 5 && (unit.geometry[1] == 3 || unit.geometry[1] == 6);
    if (split.method != SplitMethod::None && !isPolygon) split = splitBuilding(unit.households, 0, 0, 0, partSize);
    std::vector<Wkb> slices;
    if (split.method != SplitMethod::None) {
      slices = sliceFootprint(unit.geometry, static_cast<int>(split.parts.size()));
      ++out.splitBuildings;
      out.parts += static_cast<int>(split.parts.size());
    }
    for (std::size_t p = 0; p < split.parts.size(); ++p) {
      out.unitOf.push_back(static_cast<int>(i));
      out.partOf.push_back(static_cast<int>(p));
      out.geometries.push_back(p < slices.size() && !slices[p].empty() ? slices[p] : unit.geometry);
      weights.push_back(split.parts[p].households);
      current.push_back(unit.current);
      locked.push_back(unit.locked ? 1 : 0);
    }
    out.splits.push_back(std::move(split));
  }
  if (progress) progress->report(0.05, "tessellating");
  auto cells = tessellate(out.geometries, input.area);
  if (!cells) return cells.error();
  out.tessellation = std::move(*cells);
  applyBarriers(out.tessellation, input.hardBarriers, input.softBarriers, input.softFactor);
  out.graph = UnitGraph(std::move(weights), out.tessellation.edges);
  PlanOptions planOptions = options;
  planOptions.lockedUnits = locked;
  auto plan =
      repair ? repairPlan(out.graph, current, planOptions, progress) : proposePlan(out.graph, planOptions, progress);
  if (!plan) return plan.error();
  out.plan = std::move(*plan);
  auto polygons = dissolveCells(out.tessellation.cells, out.plan.assignment, out.geometries, input.area);
  if (!polygons) return polygons.error();
  out.polygons = std::move(*polygons);
  return out;
}

PlanQuality planQuality(const UnitGraph& graph, const Plan& plan, const Tessellation& tessellation,
                        const std::vector<Wkb>& polygons, const PlanOptions& options) {
  PlanQuality q;
  const double high = options.target * (1 + options.tolerance) + 1e-9,
               low = options.target * (1 - options.tolerance) - 1e-9;
  const std::vector<char> alone = unitsAlone(graph, options);
  // Parts of the graph without those units; a part is infeasible when no whole number of grids averages in band.
  std::vector<int> part(static_cast<std::size_t>(graph.size()), -1), stack;
  std::vector<char> infeasible;
  for (int s = 0; s < graph.size(); ++s) {
    if (alone[static_cast<std::size_t>(s)] || part[static_cast<std::size_t>(s)] >= 0) continue;
    const int id = static_cast<int>(infeasible.size());
    long long total = 0;
    part[static_cast<std::size_t>(s)] = id;
    stack.assign(1, s);
    while (!stack.empty()) {
      const int u = stack.back();
      stack.pop_back();
      total += graph.weight(u);
      for (int e = graph.begin(u); e < graph.end(u); ++e)
        if (const int v = graph.neighbour(e);
            !alone[static_cast<std::size_t>(v)] && part[static_cast<std::size_t>(v)] < 0)
          part[static_cast<std::size_t>(v)] = id, stack.push_back(v);
    }
    const double w = static_cast<double>(total);
    const long long kMin = std::max(1LL, static_cast<long long>(std::ceil(w / high)));
    infeasible.push_back(total > 0 && w / static_cast<double>(kMin) < low ? 1 : 0);
  }
  q.gridCannotBeWithin.assign(plan.grids.size(), 0);
  std::vector<char> oversized(plan.grids.size(), 0), allInfeasible(plan.grids.size(), 1);
  for (int u = 0; u < graph.size(); ++u) {
    const int g = plan.assignment[static_cast<std::size_t>(u)];
    if (g < 0) continue;
    if (alone[static_cast<std::size_t>(u)])
      oversized[static_cast<std::size_t>(g)] = 1;
    else if (!infeasible[static_cast<std::size_t>(part[static_cast<std::size_t>(u)])])
      allInfeasible[static_cast<std::size_t>(g)] = 0;
  }
  int within = 0, contiguous = 0;
  std::vector<double> compactness;
  for (const GridMetrics& m : plan.grids) {
    if (m.units == 0) continue;
    ++q.grids;
    contiguous += m.contiguous;
    if (static_cast<std::size_t>(m.grid) < polygons.size() && !polygons[static_cast<std::size_t>(m.grid)].empty())
      compactness.push_back(polsbyPopper(polygons[static_cast<std::size_t>(m.grid)]));
    const std::size_t g = static_cast<std::size_t>(m.grid);
    if (oversized[g] || allInfeasible[g]) {
      q.gridCannotBeWithin[g] = 1;
      ++(oversized[g] ? q.oversizedGrids : q.infeasiblePartGrids);
      continue;
    }
    ++q.feasibleGrids;
    within += std::abs(m.deviation) <= options.tolerance + 1e-9;
  }
  q.withinFeasible = q.feasibleGrids > 0 ? static_cast<double>(within) / q.feasibleGrids : 0;
  q.contiguous = q.grids > 0 ? static_cast<double>(contiguous) / q.grids : 0;
  if (!compactness.empty()) {
    std::sort(compactness.begin(), compactness.end());
    const std::size_t mid = compactness.size() / 2;
    q.polsbyPopperMedian = compactness.size() % 2 ? compactness[mid] : (compactness[mid - 1] + compactness[mid]) / 2;
  }
  q.boundaryOnRoads = boundaryShareOnRoads(tessellation, plan.assignment);
  return q;
}

PlanQuality planQuality(const LayerPlan& plan, const PlanOptions& options) {
  return planQuality(plan.graph, plan.plan, plan.tessellation, plan.polygons, options);
}

}  // namespace grid::districting
