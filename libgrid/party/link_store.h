// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <map>
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

//! What one link edit wrote, so that it can be undone: the links it created and the links it ended.
struct LinkChange {
  std::vector<long long> created;  //!< party_link ids inserted
  std::vector<long long> ended;    //!< party_link ids whose end_date was set
  bool empty() const { return created.empty() && ended.empty(); }
};

/**
 * Writes \a links as current member → household links (assigned by the organisation, starting today), one
 * transaction through RecordWriter. Refuses a household that got a link since the suggestion was made.
 */
Result<LinkChange> acceptLinks(Database& database, const Clock& clock, const Actor& actor,
                               const std::vector<SuggestedLink>& links);

/**
 * Links member \a memberId to \a households (the link editor), one audited transaction. Households the member
 * already links are skipped. Refused, with nothing written: an inactive or exempt member; more households than the
 * member's room under \a limit (< 0: the member's own link_limit); a household that is moved out, vacant, or
 * already linked to another member.
 */
Result<LinkChange> linkHouseholds(Database& database, const Clock& clock, const Actor& actor, long long memberId,
                                  const std::vector<long long>& households, int limit = -1);

//! Ends member \a memberId's current links to \a households (end_date = today); households not linked are skipped.
Result<LinkChange> unlinkHouseholds(Database& database, const Clock& clock, const Actor& actor, long long memberId,
                                    const std::vector<long long>& households);

//! Undoes \a change: its created links are removed and its ended links are current again; one audited transaction.
Status revertLinkChange(Database& database, const Clock& clock, const Actor& actor, const LinkChange& change);

//! Active, occupied households in \a buildings without a current link, in building, unit, floor, room order (the
//! households a click on those buildings offers to the chosen member).
Result<std::vector<long long>> unlinkedHouseholdsIn(Database& database, const std::vector<long long>& buildings);

//! Households in \a buildings currently linked to member \a memberId.
Result<std::vector<long long>> memberHouseholdsIn(Database& database, long long memberId,
                                                  const std::vector<long long>& buildings);

//! "建设村3号 2-302" labels (building, unit-room) of households \a households, for previews; id → label.
Result<std::map<long long, std::string>> householdLabels(Database& database, const std::vector<long long>& households);

//! A member in the link editor's list.
struct MemberLinks {
  long long memberId = -1;
  std::string name;
  long long buildingId = -1;  //!< home building
  std::string buildingName;
  long long gridId = -1;
  int limit = 5;                      //!< the member's own link_limit
  std::string exemptCode;             //!< link_exemption code; empty when not exempt
  std::vector<long long> households;  //!< currently linked households
};

//! The community's active party members with their current links, by name.
Result<std::vector<MemberLinks>> loadMemberLinks(Database& database, const std::string& communityCode);

//! The buildings of the households party member \a memberId currently links (for showing them on the map).
Result<std::vector<long long>> linkedBuildings(Database& database, long long memberId);

}  // namespace grid::party
