// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "common/actor.h"
#include "common/clock.h"
#include "common/result.h"
#include "storage/record_change.h"

namespace grid {
class Database;
}

namespace grid::party {

// ---- Party organisations per grid (党组织: committee → branches → groups) ----------------------------------------

struct PartyOrgInfo {
  long long id = -1;
  long long parentId = -1;
  std::string kind;  //!< committee, general_branch, branch, group
  std::string name;
  long long gridId = -1;  //!< -1: not tied to one grid (the committee)
  std::string gridCode, gridName;
  long long secretaryStaffId = -1;
  std::string secretaryName;
  int members = 0;    //!< active members in it
  int inService = 0;  //!< of those, in-service members registered with the community (在职党员报到)
};

struct PartyOrgOverview {
  long long communityId = -1;
  std::vector<PartyOrgInfo> orgs;                                  //!< committee first, then by grid code and name
  std::vector<std::pair<long long, std::string>> gridsWithoutOrg;  //!< grid id, name: no branch or group in them
};

//! The party organisations of community \a communityCode with their member counts, and its grids that have none.
Result<PartyOrgOverview> loadPartyOrgs(Database& database, const std::string& communityCode);

struct PartyOrgRequest {
  long long parentId = -1;  //!< -1: the community's committee (none for a committee)
  std::string kind = "branch";
  std::string name;
  long long gridId = -1;            //!< -1: not tied to a grid
  long long secretaryStaffId = -1;  //!< -1: none
};

/**
 * Creates a party organisation in community \a communityCode; one audited transaction. Refused with a message
 * naming the field: an empty or duplicate name, an unknown kind, a grid or parent outside the community, a
 * branch or group without a grid, an inactive secretary.
 */
Result<RecordChange> createPartyOrg(Database& database, const Clock& clock, const Actor& actor,
                                    const std::string& communityCode, const PartyOrgRequest& request);

//! Renames \a orgId and sets its kind, parent, grid and secretary to \a request; the same checks as creation.
Result<RecordChange> updatePartyOrg(Database& database, const Clock& clock, const Actor& actor, long long orgId,
                                    const PartyOrgRequest& request);

//! Moves members \a memberIds to organisation \a orgId (same community); members already in it are skipped.
Result<RecordChange> moveMembers(Database& database, const Clock& clock, const Actor& actor,
                                 const std::vector<long long>& memberIds, long long orgId);

// ---- In-service member registration (在职党员报到) ----------------------------------------------------------------

struct InServiceMember {
  long long memberId = -1;
  long long personId = -1;
  std::string name;
  std::string buildingName;  //!< where they live
  std::string workplaceOrg;  //!< their workplace party organisation
  std::string date;          //!< registered with the community on
  long long orgId = -1;      //!< the community branch or group they report to
  std::string orgName;
  int links = 0;  //!< current household links
};

//! The community's in-service members registered with it, by date (newest first).
Result<std::vector<InServiceMember>> loadInServiceMembers(Database& database, const std::string& communityCode);

struct InServiceRequest {
  long long personId = -1;
  std::string workplaceOrg;
  std::string date;      //!< YYYY-MM-DD, not in the future
  long long orgId = -1;  //!< -1: the branch of the grid the person lives in (else the committee)
};

/**
 * Registers resident \a request.personId as an in-service party member of the community they live in: creates
 * their party_member record (or marks an existing one) with the workplace organisation and date, and records
 * their political status as 中共党员 when it said otherwise. One audited transaction. Refused with a message naming
 * the field: an unknown or moved-out person, a person living outside any grid, an empty workplace organisation, a
 * malformed or future date, an organisation of another community, a member already registered.
 */
Result<RecordChange> registerInService(Database& database, const Clock& clock, const Actor& actor,
                                       const InServiceRequest& request);

struct ResidentHit {
  long long personId = -1;
  std::string name;
  std::string idMasked;  //!< 110101********1234
  std::string buildingName;
  bool partyMember = false;
  bool inService = false;
};

//! Current residents of community \a communityCode whose name starts with \a namePrefix, by name; at most \a limit.
Result<std::vector<ResidentHit>> findResidents(Database& database, const std::string& communityCode,
                                               const std::string& namePrefix, int limit = 50);

//! Ends member \a memberId's registration (they moved or changed job); the member record and links stay.
Result<RecordChange> endInService(Database& database, const Clock& clock, const Actor& actor, long long memberId);

// ---- 挂牌亮户: the 党员家庭 plaque on party households -----------------------------------------------------------

struct PartyHousehold {
  long long householdId = -1;
  long long buildingId = -1;
  long long gridId = -1;
  std::string label;                 //!< "建设村3号 2-302"
  std::vector<std::string> members;  //!< active party members living in it
  bool plaque = false;
};

//! The community's active households with at least one active party member, by building and room.
Result<std::vector<PartyHousehold>> loadPartyHouseholds(Database& database, const std::string& communityCode);

/**
 * Puts up (\a on) or takes down the 党员家庭 plaque on \a households; households already so are skipped. Refused,
 * with nothing written: a moved-out household, or — putting one up — a household without an active party member.
 */
Result<RecordChange> setPartyPlaque(Database& database, const Clock& clock, const Actor& actor,
                                    const std::vector<long long>& households, bool on);

// ---- Coverage overlay: households coloured by their linked member -----------------------------------------------

struct HouseholdLink {
  long long householdId = -1;
  long long buildingId = -1;
  long long memberId = -1;  //!< -1: no current link
  int unit = 1, floor = 1;
  bool plaque = false;
};

struct LinkColouring {
  std::vector<HouseholdLink> households;  //!< active, occupied households, by building, unit, floor, room
  std::map<long long, int> memberColour;  //!< member id → colour index in [0, colours)
  std::map<long long, std::string> memberName;
};

/**
 * The community's households with their linked member, and a colour per member for the coverage overlay. Members
 * whose households lie within four places of each other in a building's unit/floor/room order (where the overlay
 * draws their dots side by side) get different colours whenever \a colours allows: greedy colouring, members with
 * most such neighbours first.
 */
Result<LinkColouring> loadLinkColouring(Database& database, const std::string& communityCode, int colours = 10);

}  // namespace grid::party
