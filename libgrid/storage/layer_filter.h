// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>
#include <vector>

namespace grid {

//! What the risk panorama shows: colours (red, orange, yellow, blue), a key-place category, a first date, a community.
struct RiskLayerFilter {
  std::vector<std::string> colours{"red", "orange", "yellow", "blue"};
  std::string category;        //!< key_place_class code; empty = all
  std::string since;           //!< YYYY-MM-DD; empty (or not a date) = any date
  long long communityId = -1;  //!< −1 = every community
};

//! Provider filters (the WHERE clauses of the map layers over the risk_* views), before the user's scope is added.
struct RiskLayerSubsets {
  std::string places;     //!< risk_place and its heat map
  std::string buildings;  //!< risk_building (by level)
  std::string matters;    //!< risk_matter; a chosen place category hides every matter
  std::string grids;      //!< risk_grid; empty = all
};

//! The risk layers' filters for \a filter. Texts are quoted for SQL; only well-formed dates are used.
RiskLayerSubsets riskLayerSubsets(const RiskLayerFilter& filter);

//! A building layer's filter: the live buildings in the grids of community \a communityId (\a inside), or the live
//! buildings of every other grid (context around it).
std::string buildingsOfCommunitySubset(long long communityId, bool inside);
//! \a filter AND \a scope (either may be empty): what a scoped layer's subset string becomes.
std::string andScope(const std::string& filter, const std::string& scope);

}  // namespace grid
