// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/progress.h"
#include "common/result.h"
#include "districting/unit_graph.h"

namespace grid::districting {

/**
 * What a plan aims for. Households per grid should be target ± tolerance·target. The search minimises, in this
 * order of weight:
 *  - propose: tolerance violations ≫ squared deviation from the target ≫ boundary length between grids (compact
 *    grids cut little) — weights below;
 *  - repair and rebalance: tolerance violations ≫ units moved from the current plan ≫ squared deviation ≫ cut,
 *    because a community wants its grids mended, not redrawn.
 * Contiguity is never traded: every grid stays connected in the unit graph after every step.
 */
struct PlanOptions {
  double target = 300;
  double tolerance = 0.10;
  int grids = 0;  //!< propose: fixed number of grids; 0 = round(households / target) per connected part
  std::uint64_t seed = 1;
  std::vector<char> lockedUnits;  //!< per unit, non-zero = never moves (empty: none)
  std::vector<char> lockedGrids;  //!< per grid of the current plan, non-zero = keeps exactly its units (empty: none)
  //! Multiplies the cut-length term (1: a median edge ≈ a deviation of 1 % of target, squared). 20 measured best
  //! on the real extracts (bench regrid --real): boundaries follow streets and grids are more compact, with the
  //! same balance; a cut across a street costs a tenth of its length (applyBarriers).
  double cutWeight = 20.0;
  double moveWeight =
      1.0;  //!< repair: multiplies the moved-unit term (1: a move ≈ a deviation of 10 % of target, squared)
  int maxRounds = 200;          //!< search rounds (each tries every adjacent grid pair and every boundary unit)
  double timeLimitSeconds = 0;  //!< 0 = no limit; else the search stops after this long with the best plan so far
  std::vector<std::string> gridNames;  //!< repair: the current grids' names (codes) for messages; else "grid N"
};

struct GridMetrics {
  int grid = -1;
  int units = 0;
  long long households = 0;
  double deviation = 0;  //!< (households − target) / target
  bool contiguous = true;
  double cutLength = 0;  //!< boundary shared with other grids
};

struct PlanMetrics {
  int grids = 0;  //!< non-empty grids
  double maxAbsDeviation = 0;
  double shareWithin5 = 0;     //!< fraction of grids within ±5 %
  double shareWithin10 = 0;    //!< fraction of grids within ±10 % (or the plan's tolerance, see withinTolerance)
  double withinTolerance = 0;  //!< fraction of grids within the plan's tolerance
  int unitsMoved = 0;          //!< against the current plan (0 without one)
  bool allContiguous = true;
  double cutLength = 0;  //!< total boundary between grids
  int rounds = 0;        //!< search rounds run
};

struct Plan {
  std::vector<int> assignment;  //!< grid per unit, 0-based; repair keeps the current plan's grid numbers
  std::vector<GridMetrics> grids;
  PlanMetrics metrics;
  std::vector<std::string> warnings;  //!< feasibility: oversized units, parts too small or too large for the tolerance
};

//! Grids from scratch: METIS k-way with contiguous parts per connected part of the graph, then local search.
Result<Plan> proposePlan(const UnitGraph& graph, const PlanOptions& options, Progress* progress = nullptr);

//! Mends \a current (grid per unit, −1 for units without one, e.g. new buildings) with as few moves as it can.
//! Grids keep their numbers; locked grids and units keep their assignment. Rebalancing a selection of grids is a
//! repair with every other grid locked.
Result<Plan> repairPlan(const UnitGraph& graph, const std::vector<int>& current, const PlanOptions& options,
                        Progress* progress = nullptr);

//! The reference: METIS's contiguous k-way partition alone, no local search.
Result<Plan> metisPlan(const UnitGraph& graph, const PlanOptions& options);

//! Metrics of any assignment (grid per unit, −1 = none), against \a current when given.
Plan evaluatePlan(const UnitGraph& graph, std::vector<int> assignment, const PlanOptions& options,
                  const std::vector<int>* current = nullptr);

/**
 * Units whose grid cannot be within tolerance whatever the plan: above the band (target × (1 + tolerance)), or
 * below it with every neighbour too big to share a grid with inside the band (a grid is connected, so it would
 * have to take one). A new plan gives each its own grid and reports those grids apart.
 */
std::vector<char> unitsAlone(const UnitGraph& graph, const PlanOptions& options);

/**
 * For each grid of \a fresh (0 … its largest number), the grid of \a old it shares the most with — weight = the
 * units' \a weights (households) + 1 each, so empty buildings count too — one to one, greedily from the largest
 * overlap; −1 when no old grid is left for it. Units without a grid on either side are ignored. Used wherever a
 * redrawn plan must keep the numbers (and so the codes) of the grids it continues.
 */
std::vector<int> matchGridsByOverlap(const std::vector<int>& fresh, const std::vector<int>& old,
                                     const std::vector<long long>& weights);

}  // namespace grid::districting
