// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>
#include <vector>

#include "common/result.h"

namespace grid {

class Database;

struct ProfileResident {
  long long personId = -1;
  std::string name;
  std::string relation;  //!< GB/T 4761 name, e.g. 户主
  std::string idMasked;  //!< 110101********1234; the full number is never loaded here
  std::string gender;
  std::string birthDate;
};

struct ProfileDwelling {
  long long houseId = -1;
  int unit = 1;
  int floor = 1;
  std::string room;
  long long householdId = -1;   //!< -1: no household lives here
  std::string householdType;    //!< code_value name, e.g. 户籍户
  bool vacant = false;          //!< a vacant household (空挂户): nobody to link
  long long linkMemberId = -1;  //!< the party member linked to the household (党员联户), -1: none
  std::string linkMemberName;
  bool partyHousehold = false;  //!< a party member lives here (党员家庭)
  bool partyPlaque = false;     //!< the 党员家庭 plaque is up (挂牌亮户)
  std::vector<ProfileResident> residents;
};

struct ProfileStaff {
  std::string role;  //!< code_value name, e.g. 网格员
  std::string name;
  std::string phone;  //!< work phone (public on notice boards)
};

//! What a grid worker sees on opening a building: the floors × rooms grid, residents, the grid and its staff.
struct BuildingProfile {
  long long buildingId = -1;
  std::string name, code, address, type;
  int floors = 0, units = 1;
  std::string gridCode, gridName;
  std::vector<ProfileDwelling> dwellings;  //!< by unit, floor (top first), room
  std::vector<ProfileStaff> staff;         //!< building chief, grid chief, grid workers, property chief
  long long households = 0, persons = 0;
};

//! Loads the profile of an active building; NotFound for an unknown or moved-out building.
Result<BuildingProfile> loadBuildingProfile(Database& database, long long buildingId);

}  // namespace grid
