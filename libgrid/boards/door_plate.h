// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>
#include <vector>

#include "common/actor.h"
#include "common/clock.h"
#include "common/result.h"

namespace grid {

class Database;

//! What one QR door plate (一户一码) shows: the dwelling's address and the household's token; no resident data.
struct DoorPlate {
  long long householdId = -1;
  std::string buildingName;
  int unit = 1;
  std::string room;
  std::string gridName, communityName;
  std::string token, url;
};

/**
 * The plates of every active household in \a gridIds, in address order (building, unit, room). Households
 * without a valid token get one (audited inserts; run inside the caller's transaction to keep it all-or-nothing).
 */
Result<std::vector<DoorPlate>> loadDoorPlates(Database& database, const std::vector<long long>& gridIds,
                                              const Actor& actor, const Clock& clock);

}  // namespace grid
