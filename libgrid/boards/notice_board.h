// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>
#include <vector>

#include "common/actor.h"
#include "common/clock.h"
#include "common/result.h"
#include "storage/value.h"

namespace grid {

class Database;

//! One person on a notice board: staff only, never a resident. Work phone by design (DOMAIN.md §4.2, §7).
struct BoardMember {
  std::string roleCode;      //!< GRID_LEADER, GRID_WORKER, GRID_INSTRUCTOR, POLICE_OFFICER, PARTY_SECRETARY,
                             //!< PROPERTY_LEADER, BUILDING_LEADER
  std::string positionType;  //!< full_time | part_time for grid workers
  std::string name;
  std::string workPhone;
  std::string duties;  //!< from the assignment; empty → the role's standard duties
  std::string post;    //!< what the role covers: a building or estate name for chiefs
  Blob photo;          //!< empty → a neutral placeholder is printed
};

//! Everything a grid notice board (网格公示牌) prints, read from the database in one go.
struct BoardContent {
  long long gridId = -1;
  std::string gridCode, gridName, communityName, streetName;
  std::string scopeText, serviceHours, supervisionPhone, gridPhone, communityPhone, communityAddress;
  std::string partyBranch;
  long long buildings = 0, households = 0;
  std::vector<BoardMember>
      members;  //!< in board order: grid leader, workers, instructor, police, party, property, buildings
  struct Hotline {
    std::string label;  //!< e.g. a property company's name
    std::string phone;
  };
  std::vector<Hotline> hotlines;  //!< property companies serving the grid's buildings
  std::string qrToken, qrUrl;
  std::string printDate;  //!< YYYY-MM-DD

  //! The published content as JSON (photos as SHA-256): what notice_board.content_json stores.
  std::string toJson() const;
};

//! Which grids to print: every active grid of a community or of a street, by code, in code order.
struct BoardScope {
  std::string communityCode;  //!< 12-digit community code
  std::string streetCode;     //!< 9-digit street code
  std::vector<std::string> gridCodes;
};
Result<std::vector<long long>> boardGrids(Database& database, const BoardScope& scope);

/**
 * Reads a grid's board: names, codes, counts, active staff assignments (start ≤ today, no end or end ≥ today),
 * the grid's QR token (issued, audited, when it has none). Only staff names, roles, photos and work phones are
 * read; no resident data.
 */
Result<BoardContent> loadBoardContent(Database& database, long long gridId, const Actor& actor, const Clock& clock);

/**
 * Records that \a content was printed: a new notice_board version when the content differs from the last
 * published one (an audited insert), otherwise nothing. Returns the version number in force.
 */
Result<long long> recordBoardPublication(Database& database, const BoardContent& content, const Actor& actor,
                                         const Clock& clock);

}  // namespace grid
