// SPDX-License-Identifier: GPL-2.0-or-later
// The regrid engine on fuzzed units (overlapping, duplicate, collinear, zero-weight squares): tessellation, graph,
// propose and repair never crash, and every plan gives each unit a grid within range.
#include <cstdlib>
#include <cstring>

#include "districting/planner.h"
#include "districting/tessellation.h"
#include "districting/unit_graph.h"

using namespace grid;
using namespace grid::districting;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  constexpr std::size_t kUnitBytes = 6;  // x, y (int16 each, metres), size, households
  if (size < 2 + kUnitBytes) return 0;
  const int target = 20 + data[0];
  const std::size_t count = std::min<std::size_t>((size - 2) / kUnitBytes, 200);
  std::vector<Wkb> units;
  std::vector<long long> weights;
  std::vector<int> current;
  for (std::size_t i = 0; i < count; ++i) {
    const std::uint8_t* u = data + 2 + i * kUnitBytes;
    std::int16_t x, y;
    std::memcpy(&x, u, 2);
    std::memcpy(&y, u + 2, 2);
    const double side = 1 + u[4] % 60;
    units.push_back(rectangleWkb(500000.0 + x, 2500000.0 + y, 500000.0 + x + side, 2500000.0 + y + side));
    weights.push_back(u[5]);
    current.push_back(u[5] % 4 == 0 ? -1 : u[5] % 3);
  }
  auto cells = tessellate(units, {});
  if (!cells) return 0;
  UnitGraph graph(weights, cells->edges);
  PlanOptions options;
  options.target = target;
  options.maxRounds = 20;
  options.seed = data[1];
  for (auto plan : {proposePlan(graph, options), repairPlan(graph, current, options)}) {
    if (!plan) continue;
    if (plan->assignment.size() != units.size()) std::abort();
    for (int grid : plan->assignment)
      if (grid < 0 || grid >= static_cast<int>(plan->grids.size())) std::abort();
  }
  return 0;
}
