// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>
#include <vector>

#include "common/actor.h"
#include "common/clock.h"
#include "common/result.h"
#include "party/link_suggestion.h"

namespace grid {
class Database;
}

namespace grid::party {

//! A community's link situation: its members with room, its unlinked households, and the coverage now.
struct CommunityLinks {
  long long communityId = -1;
  std::string communityName;
  std::vector<LinkMember> members;      //!< active members living in the community, capacity = limit − current links
  std::vector<LinkHousehold> unlinked;  //!< active, non-vacant households without a current link
  long long households = 0;             //!< active, non-vacant households
  long long linked = 0;                 //!< of those, with a current link
  double coverage() const { return households ? static_cast<double>(linked) / static_cast<double>(households) : 1.0; }
};

/**
 * Loads community \a communityCode for link suggestion. Homes are building centroids. A member's capacity is
 * \a limit (or, when \a limit < 0, their own link_limit) minus their current links; members with an exemption
 * (exempt_code: 70+, long absent, …) get none.
 */
Result<CommunityLinks> loadCommunityLinks(Database& database, const std::string& communityCode, int limit = -1);

/**
 * Writes \a links as current member → household links (assigned by the organisation, starting today), one
 * transaction through RecordWriter. Refuses a household that got a link since the suggestion was made.
 */
Result<int> acceptLinks(Database& database, const Clock& clock, const Actor& actor,
                        const std::vector<SuggestedLink>& links);

}  // namespace grid::party
