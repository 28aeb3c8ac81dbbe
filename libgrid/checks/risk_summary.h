// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <array>
#include <string>
#include <vector>

#include "common/result.h"

namespace grid {

class Database;

//! Risk counts of one grid for the community risk panorama (社区风险全景图). Index 0..3 = red, orange, yellow, blue.
struct GridRisk {
  long long gridId = -1;
  std::string gridCode, gridName;
  std::array<long long, 4> keyPersons{};  //!< under attention, not moved out
  std::array<long long, 4> keyPlaces{};   //!< not closed
  std::array<long long, 4> keyMatters{};  //!< open (not resolved or closed)
  long long score = 0;                    //!< Σ colour level: red 4, orange 3, yellow 2, blue 1 (the risk_grid view)
};

struct CommunityRisk {
  long long communityId = -1;
  std::string communityName;
  std::vector<GridRisk> grids;  //!< by grid code
  GridRisk total;               //!< summed over the grids
};

//! The panorama's counts table for community \a communityCode; NotFound for an unknown code.
Result<CommunityRisk> loadCommunityRisk(Database& database, const std::string& communityCode);

}  // namespace grid
