// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

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

}  // namespace grid
