// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/layer_filter.h"

#include <cctype>

namespace grid {

namespace {

std::string quoted(const std::string& text) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\'') out += '\'';
    out += c;
  }
  return out + "'";
}

bool isIsoDate(const std::string& text) {
  if (text.size() != 10) return false;
  for (std::size_t i = 0; i < text.size(); ++i)
    if (i == 4 || i == 7 ? text[i] != '-' : !std::isdigit(static_cast<unsigned char>(text[i]))) return false;
  return true;
}

int colourLevel(const std::string& colour) {
  return colour == "red" ? 4 : colour == "orange" ? 3 : colour == "yellow" ? 2 : 1;
}

}  // namespace

RiskLayerSubsets riskLayerSubsets(const RiskLayerFilter& filter) {
  std::string colours, levels;
  for (const std::string& colour : filter.colours) {
    colours += (colours.empty() ? "" : ",") + quoted(colour);
    levels += (levels.empty() ? "" : ",") + std::to_string(colourLevel(colour));
  }
  if (colours.empty()) colours = "''", levels = "-1";
  const std::string community =
      filter.communityId >= 0
          ? " AND grid_id IN (SELECT id FROM grid WHERE community_id = " + std::to_string(filter.communityId) + ")"
          : std::string();
  const std::string since = isIsoDate(filter.since) ? " AND since >= " + quoted(filter.since) : std::string();
  RiskLayerSubsets subsets;
  subsets.places = "colour IN (" + colours + ")";
  if (!filter.category.empty()) subsets.places += " AND category = " + quoted(filter.category);
  subsets.places += since + community;
  subsets.buildings = "level IN (" + levels + ")" + community;
  subsets.matters = (filter.category.empty() ? "colour IN (" + colours + ")" : std::string("0")) + since + community;
  if (filter.communityId >= 0) subsets.grids = "community_id = " + std::to_string(filter.communityId);
  return subsets;
}

std::string buildingsOfCommunitySubset(long long communityId, bool inside) {
  return std::string("logout = 0 AND grid_id ") + (inside ? "IN" : "NOT IN") +
         " (SELECT id FROM grid WHERE community_id = " + std::to_string(communityId) + ")";
}

std::string andScope(const std::string& filter, const std::string& scope) {
  return scope.empty() ? filter : filter.empty() ? scope : "(" + filter + ") AND " + scope;
}

}  // namespace grid
