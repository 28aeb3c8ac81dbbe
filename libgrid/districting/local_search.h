// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <vector>

#include "common/progress.h"
#include "common/result.h"
#include "districting/planner.h"

namespace grid::districting::detail {

struct SearchResult {
  std::vector<int> assignment;
  int rounds = 0;
};

/**
 * The local search over one assignment: recombination of adjacent grid pairs along the best cut of random spanning
 * trees of their union, surplus passed along chains of grids, and single-unit moves that keep both grids
 * contiguous. \a recombine: a new plan (every adjacent pair recombined); otherwise a repair against \a current,
 * which recombines only around grids out of tolerance and counts units moved from \a current.
 */
Result<SearchResult> runLocalSearch(const UnitGraph& graph, const PlanOptions& options, std::vector<int> assignment,
                                    const std::vector<int>* current, Progress* progress, bool recombine);

}  // namespace grid::districting::detail
