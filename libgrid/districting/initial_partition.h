// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>
#include <vector>

#include "common/result.h"
#include "districting/planner.h"

namespace grid::districting::detail {

/**
 * Makes every grid connected: each grid keeps its heaviest connected piece, the other pieces join the neighbouring
 * grid they share the most boundary with. Units with no grid (−1) join a neighbouring grid the same way. Locked
 * grids and units keep theirs.
 */
void enforceContiguity(const UnitGraph& graph, std::vector<int>& assign, const std::vector<char>& lockedGrids,
                       const std::vector<char>& lockedUnits = {});

//! Dense grid numbers 0..G−1 in order of first appearance (empty grids dropped).
void compact(std::vector<int>& assign);

//! The reference: METIS k-way with contiguous parts for each connected part of the graph, k = its households ÷
//! target (or a fixed k shared by households); grid numbers are dense from 0. No repair of what METIS returns.
//! Feasibility warnings are appended to \a warnings.
Result<std::vector<int>> metisPartition(const UnitGraph& graph, const PlanOptions& options,
                                        std::vector<std::string>& warnings, bool contiguous = false);

/**
 * The start of a new plan, built to survive real districts: oversized units get grids of their own, the other
 * units get round(households ÷ target) grids per connected part, drawn by METIS and made exact by bisection.
 * \a towerGrids receives, per grid, whether it is an oversized unit's grid (the search leaves those alone).
 */
Result<std::vector<int>> startingPartition(const UnitGraph& graph, const PlanOptions& options,
                                           std::vector<std::string>& warnings, std::vector<char>& towerGrids);

}  // namespace grid::districting::detail
