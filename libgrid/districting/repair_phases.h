// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>
#include <vector>

#include "common/result.h"
#include "districting/planner.h"

namespace grid::districting::detail {

//! What every phase of a repair reads, and the warnings they write.
struct RepairContext {
  const UnitGraph& graph;
  const PlanOptions& options;
  const std::vector<int>& current;
  std::vector<std::string>& warnings;

  std::string gridName(int g) const;  //!< the grid's code for messages, else "grid N"
  bool gridLocked(int g) const;
  bool unitLocked(int u) const;
  //! METIS parts of \a units (k = 0: as many as their households call for); numbers from 0.
  Result<std::vector<int>> partition(const std::vector<int>& units, int k) const;
};

/**
 * Phase 1: grids far from the target change their number. One holding k ≥ 2 grids' worth of households is split
 * in k (the part with most households keeps its number); one with less than half a grid's worth is dissolved into
 * its neighbours. Locked grids, and grids holding a locked unit, stay as they are. \a grids grows with new numbers.
 */
Status splitOrDissolveFarGrids(RepairContext& ctx, std::vector<int>& assign, int& grids);

/**
 * Phase 2: if the grids cannot all be within tolerance because there are too many or too few of them for the
 * households, drop the smallest or split the largest (unlocked) grid until the average fits the band.
 */
Status fitGridCountToHouseholds(RepairContext& ctx, std::vector<int>& assign, int& grids);

//! Phase 3: a part of the graph with no grid at all (a new estate across a barrier) gets grids of its own.
Status gridsForUngriddedParts(RepairContext& ctx, std::vector<int>& assign, int& grids);

// Phase 4 is the search itself: ejection chains, the local search against the current plan, chains again.

/**
 * Phase 5, last resort for a grid still out of tolerance (its whole neighbourhood is full, or short): its
 * neighbourhood gains or gives up a grid and is balanced alone, or is redrawn from scratch with its neighbours.
 * Each change is kept only if the region then has fewer grids out of tolerance.
 */
void redrawOutOfToleranceNeighbourhoods(RepairContext& ctx, std::vector<int>& result);

}  // namespace grid::districting::detail
