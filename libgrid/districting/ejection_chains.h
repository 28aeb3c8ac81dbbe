// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <vector>

#include "districting/planner.h"

namespace grid::districting::detail {

/**
 * Minimal-change mending of \a assign against the current plan \a current, by single-unit moves only: a grid out
 * of tolerance passes one boundary unit to a neighbour (or takes one from it), which passes one on in turn, until a
 * grid absorbs the difference within tolerance; shortest chains first, up to \a maxDepth moves. Returns grids
 * mended. Grids stay contiguous after every move; locked units and grids never change.
 */
int mendWithChains(const UnitGraph& graph, std::vector<int>& assign, const std::vector<int>& current,
                   const PlanOptions& options, int maxDepth);

//! Every unit away from its grid in \a current goes back when both grids stay within tolerance and contiguous.
void returnMovedUnits(const UnitGraph& graph, std::vector<int>& assign, const std::vector<int>& current,
                      const PlanOptions& options);

}  // namespace grid::districting::detail
