// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <set>
#include <string>
#include <vector>

#include "common/actor.h"
#include "common/clock.h"
#include "common/progress.h"
#include "common/result.h"
#include "districting/planner.h"
#include "districting/tessellation.h"

namespace grid {
class Database;
}

namespace grid::districting {

/**
 * A community's buildings as units for regridding: footprints, households (active, not vacant: the households a
 * grid worker serves), the current grid of each building and the community boundary.
 */
struct CommunityUnits {
  long long communityId = -1;
  std::string communityCode;
  std::string communityName;
  Wkb boundary;                        //!< the community polygon (empty if the community has none)
  std::vector<long long> buildingIds;  //!< per unit; a tower split by 单元 repeats its id, one unit per 单元
  //! Per unit: the 单元 number of a split tower's part (of an estimated one: its part number), 0 = the whole building
  std::vector<int> unitNos;
  //! Per unit: a part of a building without dwellings on record, cut by its estimate (entrances, floors); a
  //! commit files each part as a 单元 (building_unit, unit_no = part number) under its grid.
  std::vector<char> estimatedParts;
  std::vector<std::string> buildingNames;
  std::vector<Wkb> footprints;
  std::vector<long long> households;
  std::vector<int> current;        //!< grid number per building (index into gridIds), −1 = none
  std::vector<long long> gridIds;  //!< the community's active grids, by sequence
  std::vector<std::string> gridCodes;
  std::vector<char> lockedGrids;
  std::vector<Wkb> softBarriers;  //!< streets through the community (base_road): cheap to cut along
  std::vector<Wkb> hardBarriers;  //!< rivers and lakes (base_water): never inside a grid
};

/**
 * Loads community \a communityCode (12-digit code); buildings without a grid inside its boundary come along. A
 * building with more than \a splitAbove households (0: never) and more than one 单元 becomes one unit per 单元:
 * its households by unit, its footprint cut into side-by-side slices, its current grid per 单元 from
 * building_unit (else the building's). Buildings in \a splitBuildings are split by 单元 whatever their size (the
 * redraw mode's manual split).
 */
Result<CommunityUnits> loadCommunityUnits(Database& database, const std::string& communityCode,
                                          long long splitAbove = 0, const std::set<long long>& splitBuildings = {},
                                          long long partSize = 30);

//! A plan for a community, ready to preview or commit: the unit graph, the plan and the grid polygons.
struct CommunityPlan {
  CommunityUnits units;
  Tessellation tessellation;
  Plan plan;
  std::vector<Wkb> polygons;  //!< per plan grid
  bool repair = false;        //!< plan grid g < units.gridIds.size() continues that grid; else matched by overlap
  //! Lock per plan grid to store with the plan (grid.locked), as toggled in redraw mode; empty: locks stay as they are.
  std::vector<char> locks;
};

//! Loads and tessellates the community (barriers applied) without planning: units and tessellation only.
Result<CommunityPlan> prepareCommunity(Database& database, const std::string& communityCode, long long splitAbove = 0,
                                       const std::set<long long>& splitBuildings = {}, long long partSize = 30);

//! The household count above which a building is split by 单元 for \a options: target × (1 + tolerance).
long long splitThreshold(const PlanOptions& options);

//! Households per part when a building without dwellings on record is cut by floors or estimate: the band's width
//! (target × tolerance, at least target ÷ 20), so a grid short of the band can take one more part.
long long splitPartSize(const PlanOptions& options);

//! Tessellates the community and proposes or repairs (\a repair) its grids. Nothing is written.
Result<CommunityPlan> planCommunity(Database& database, const std::string& communityCode, const PlanOptions& options,
                                    bool repair, Progress* progress = nullptr);

//! For each grid of \a plan, the current grid it continues (index into units.gridIds), or −1 for a new grid:
//! repair keeps numbers; a new plan continues the grid it shares most households with (one to one).
std::vector<int> continuedGrids(const CommunityPlan& plan);

struct CommitSummary {
  long long planId = -1;
  int version = 0;
  int gridsKept = 0;
  int gridsAdded = 0;
  int gridsRetired = 0;
  int buildingsMoved = 0;
  long long householdsMoved = 0;
  long long personsMoved = 0;
};

/**
 * Accepts \a plan as the community's new grid plan, in one transaction through RecordWriter (every change
 * audited): a new grid_plan version (the previous one superseded) with a grid_version row per grid; grids that
 * keep units keep their id and 15-digit code and get their new boundary; new grids get the next sequence and
 * code; grids left without units are retired. Buildings that change grid move with their history
 * (building_grid_history), and their households, persons, key persons and key places follow them. Staff
 * assignments stay with their grids. On any error nothing is written.
 */
Result<CommitSummary> commitCommunityPlan(Database& database, const Clock& clock, const Actor& actor,
                                          const CommunityPlan& plan, const PlanOptions& options,
                                          const std::string& note = {});

}  // namespace grid::districting
