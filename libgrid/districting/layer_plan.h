// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <vector>

#include "common/progress.h"
#include "common/result.h"
#include "districting/building_split.h"
#include "districting/planner.h"
#include "districting/tessellation.h"

namespace grid::districting {

//! A building (or address point) of a layer to plan, in a metric CRS.
struct LayerUnit {
  Wkb geometry;
  long long households = 0;
  int entrances = 0;  //!< 单元 (0: unknown); splits an oversized building side by side
  int floors = 0;     //!< floors above ground (0: unknown); splits an oversized building by bands of floors
  bool locked = false;
  int current = -1;  //!< repair: the unit's grid now (−1: none)
};

struct LayerPlanInput {
  std::vector<LayerUnit> units;
  std::vector<Wkb> softBarriers;  //!< streets: cheap to cut along
  std::vector<Wkb> hardBarriers;  //!< water, railways: never inside a grid
  Wkb area;                       //!< the polygon the grids fill (empty: around the units)
  bool splitOversized = true;     //!< cut buildings above the band into parts (entrances, floors, estimate)
  double softFactor = 0.1;        //!< a link across a street costs this share of its boundary length
};

/**
 * A plan for a layer's units: oversized buildings split into parts, the parts and the other units tessellated
 * (barriers applied), planned (propose, or repair when \a repair), and the grids dissolved.
 */
struct LayerPlan {
  std::vector<BuildingSplit> splits;  //!< per input unit
  std::vector<int> unitOf;            //!< per planned unit (part): its input unit
  std::vector<int> partOf;            //!< per planned unit: index into its input unit's parts
  std::vector<Wkb> geometries;        //!< per planned unit: the footprint, or its slice for a part
  Tessellation tessellation;
  UnitGraph graph;            //!< the planned units (households per part) with the tessellation's edges
  Plan plan;                  //!< over the planned units
  std::vector<Wkb> polygons;  //!< per grid
  int splitBuildings = 0;     //!< input units cut into parts
  int parts = 0;              //!< parts they were cut into
};

Result<LayerPlan> planLayer(const LayerPlanInput& input, const PlanOptions& options, bool repair,
                            Progress* progress = nullptr);

//! How good a plan is on real data: the figures `gridctl bench regrid --real` prints.
struct PlanQuality {
  int grids = 0;
  int oversizedGrids = 0;         //!< grids holding a unit that cannot be within (unitsAlone: a tower, a lonely unit)
  int infeasiblePartGrids = 0;    //!< grids of a part (cut off by water or towers) no number of grids divides within
  int feasibleGrids = 0;          //!< the others: the grids that can be within tolerance
  double withinFeasible = 0;      //!< share of the feasible grids within tolerance
  double contiguous = 0;          //!< share of grids in one piece
  double polsbyPopperMedian = 0;  //!< of the grid polygons
  double boundaryOnRoads = 0;     //!< share of boundary between grids along streets
  std::vector<char> gridCannotBeWithin;  //!< per grid of the plan: oversized or in an infeasible part
};

PlanQuality planQuality(const UnitGraph& graph, const Plan& plan, const Tessellation& tessellation,
                        const std::vector<Wkb>& polygons, const PlanOptions& options);

//! The quality of a layer's plan (its graph, plan, tessellation and polygons).
PlanQuality planQuality(const LayerPlan& plan, const PlanOptions& options);

}  // namespace grid::districting
