// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>
#include <vector>

#include "common/result.h"
#include "registry/list_spec.h"

namespace grid {
class Database;
}

namespace grid::registry {

//! The profile page of a ledger (台账概况): what the community, area, grid, building or estate holds and who serves it.
struct LedgerProfile {
  LedgerTarget target;
  std::string name;    //!< 和平社区第1网格, 3号楼, 和平花园 …
  std::string code;    //!< division code, grid code or building code (empty for areas and estates)
  std::string parent;  //!< where it lies: community (and area), or the estate's property company
  long long buildings = 0, households = 0, persons = 0, partyMembers = 0;
  long long keyPersons = 0, keyPlaces = 0, keyMatters = 0;  //!< active ones; matters: not closed
  long long openEntries = 0;                                //!< ledger entries not yet resolved or closed
  struct Post {
    std::string role;  //!< staff_role code
    std::string name;
    std::string phone;  //!< work phone (public on notice boards)
  };
  std::vector<Post> staff;  //!< current posts at this level (and grid workers of a grid)
  struct PartyOrg {
    std::string name, secretary;
    long long members = 0;
  };
  std::vector<PartyOrg> partyOrgs;      //!< the organisations serving this level (支部建在网格上)
  std::vector<std::string> facilities;  //!< key places that serve residents, "classification code|name"
};

Result<LedgerProfile> loadLedgerProfile(Database& database, const LedgerTarget& target);

/**
 * A ledger named on the command line: community:ADMIN_CODE (12 digits), area:ID, grid:GRID_CODE (15 digits),
 * building:BUILDING_CODE (18 digits) or building:ID, property:ID (an estate). Unknown ones are named in the error.
 */
Result<LedgerTarget> parseLedgerTarget(Database& database, const std::string& text);

//! Ledgers that exist at \a level inside community \a communityId (id, name), in a sensible order.
Result<std::vector<std::pair<long long, std::string>>> ledgersOf(Database& database, long long communityId,
                                                                 LedgerLevel level);

}  // namespace grid::registry
