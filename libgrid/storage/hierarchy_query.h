// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "common/result.h"

namespace grid {

class Database;

enum class HierarchyLevel { Street, Community, Area, Grid, Building };

//! One node of the administrative tree with live counts of active households and persons below it.
struct HierarchyNode {
  HierarchyLevel level = HierarchyLevel::Street;
  long long id = -1;
  HierarchyLevel parentLevel = HierarchyLevel::Street;
  long long parentId = -1;  //!< -1 for streets
  std::string code;         //!< 9-digit street, 12-digit community, 15-digit grid code; empty for areas
  std::string name;
  long long households = 0;
  long long persons = 0;
  long long linkable = 0;  //!< active, non-vacant households (those a party member should link)
  long long linked = 0;    //!< of those, with a current party-member link
  //! Party-link coverage 0–1; 1 when there is nothing to link.
  double linkCoverage() const { return linkable ? static_cast<double>(linked) / static_cast<double>(linkable) : 1.0; }
};

/**
 * The street → community → area → grid tree in display order (parents before children; streets and communities by
 * code, areas and grids by sequence). A grid outside any area hangs under its community. Counts are summed upwards.
 */
Result<std::vector<HierarchyNode>> loadHierarchy(Database& database);

//! A community as pickers and lookups need it.
struct CommunityRef {
  long long id = -1;
  std::string code;  //!< 12-digit admin code
  std::string name;
};

//! Every community, by code (the community pickers of the workstation).
Result<std::vector<CommunityRef>> listCommunities(Database& database);

//! The community with 12-digit code \a code; NotFound, saying where to look the codes up, when there is none.
Result<CommunityRef> findCommunity(Database& database, const std::string& code);

//! (code, name) pairs of code-table domain \a domain in display order; names in Chinese or, with !\a chinese, in
//! English where the table has them.
Result<std::vector<std::pair<std::string, std::string>>> codeNames(Database& database, const std::string& domain,
                                                                   bool chinese);

//! The active buildings of a grid, by code, with their households and persons (the tree's last level, loaded lazily).
Result<std::vector<HierarchyNode>> loadGridBuildings(Database& database, long long gridId);

//! A live grid as pickers need it.
struct GridRef {
  long long id = -1;
  std::string code, name;
  long long communityId = -1, areaId = -1;  //!< areaId −1 when the grid lies in no area
};
//! The live grids of community \a communityId (by sequence), or of the whole database (\a communityId < 0, by code).
Result<std::vector<GridRef>> listGrids(Database& database, long long communityId = -1);

//! An active building of a community, for the ledger's profile.
struct BuildingRef {
  long long id = -1, gridId = -1;
  std::string name;
};
Result<std::vector<BuildingRef>> listBuildings(Database& database, long long communityId);
//! A building's name (its code when it has none); NotFound when there is no such building.
Result<std::string> buildingName(Database& database, long long buildingId);

//! The grid, community and street a grid lies in, for choosing who receives an event.
struct GridPlace {
  std::string gridName;
  long long communityId = -1, streetId = -1;
  std::string communityName, streetName;
};
Result<GridPlace> gridPlace(Database& database, long long gridId);

//! The live grid containing point (\a x, \a y) in the database CRS, or nullopt (the spatial index narrows the search).
Result<std::optional<long long>> gridAt(Database& database, double x, double y);

//! Every street and community with its number of live grids, by code (a street before its communities).
struct PrintablePlace {
  std::string level, code, name;
  long long grids = 0;
};
Result<std::vector<PrintablePlace>> printablePlaces(Database& database);

//! The 12-digit code of the community a community, area, grid, building or estate ("property") lies in, by its id;
//! empty when there is none.
Result<std::string> communityCodeOf(Database& database, const std::string& level, long long id);

//! The id of the live grid with 15-digit code \a code; nothing when there is none.
Result<std::optional<long long>> gridIdByCode(Database& database, const std::string& code);

//! The first district, street and community (by id) and live grid (by code): where the demo's per-role accounts
//! get their grants. Empty codes when the database has none.
struct FirstPlaces {
  std::string district, street, community, grid;
};
Result<FirstPlaces> firstPlaces(Database& database);

}  // namespace grid
