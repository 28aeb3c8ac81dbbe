// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <vector>

#include "common/result.h"

namespace grid::party {

//! A party member who can take households: where they live and how many more households they may link.
struct LinkMember {
  long long id = -1;
  double x = 0, y = 0;  //!< home, in the database CRS (metres)
  int capacity = 0;     //!< link limit minus current links; 0 for exempt members (70+, long absent, …)
};

//! A household without a linked party member, at its building.
struct LinkHousehold {
  long long id = -1;
  double x = 0, y = 0;
};

struct SuggestedLink {
  long long memberId = -1;
  long long householdId = -1;
  double distance = 0;  //!< metres, straight line between the two homes
};

struct LinkSuggestion {
  std::vector<SuggestedLink> links;
  std::vector<long long> uncovered;  //!< households no member could take within the limits
  double totalDistance = 0;
};

/**
 * Member → household links that cover as many unlinked households as the members' capacities allow and, among
 * those, minimise the total distance between homes. A min-cost flow (LEMON's network simplex) over
 * source → member (capacity) → household (1, cost = distance) → sink, with a costly bypass so that a shortfall of
 * capacity leaves households uncovered instead of failing. \a candidates limits each household to its nearest
 * members (0: all), which keeps district-wide runs small; the result is optimal over those arcs.
 */
Result<LinkSuggestion> suggestLinks(const std::vector<LinkMember>& members,
                                    const std::vector<LinkHousehold>& households, int candidates = 0);

}  // namespace grid::party
