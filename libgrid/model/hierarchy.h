// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <optional>
#include <string>

namespace grid {

//! Geometry in the database CRS as WKT; empty when the record has no geometry yet.
using GeometryWkt = std::string;

struct District {
  long long id = -1;
  std::string adminCode;  //!< 6 digits, GB/T 2260
  std::string name;
};

struct Street {
  long long id = -1;
  long long districtId = -1;
  std::string adminCode;  //!< 9 digits
  std::string name;
  GeometryWkt boundary;
};

struct Community {
  long long id = -1;
  long long streetId = -1;
  std::string adminCode;  //!< 12-digit NBS code
  std::string name;
  int householdTarget = 300;
  std::string supervisionPhone;
  GeometryWkt boundary;
};

struct Area {
  long long id = -1;
  long long communityId = -1;
  int sequence = 1;
  std::string name;
  GeometryWkt boundary;
};

enum class GridKind { Comprehensive, Dedicated };

struct Grid {
  long long id = -1;
  long long communityId = -1;
  long long areaId = -1;  //!< -1: not in an area
  int sequence = 1;       //!< 1-999; the 15-digit code is the community code + this
  std::string code;       //!< filled by the repository
  std::string name;
  GridKind kind = GridKind::Comprehensive;
  int householdTarget = 300;
  std::string supervisionPhone;
  GeometryWkt boundary;
};

struct Building {
  long long id = -1;
  long long gridId = -1;
  long long estateId = -1;
  std::string name;
  std::string address;
  std::string typeCode = "residential";  //!< code_value domain building_type
  std::string usesCode = "residential";  //!< building_uses
  std::string structureCode;             //!< building_structure
  int floorsAbove = 6;
  int floorsBelow = 0;
  int unitsCount = 1;
  bool hasElevator = false;
  std::optional<int> householdEstimate;
  GeometryWkt footprint;
};

struct House {
  long long id = -1;
  long long buildingId = -1;
  int unitNo = 1;
  int floor = 1;
  std::string roomNo;  //!< e.g. "1203"
  std::optional<double> areaM2;
  bool isRental = false;
};

}  // namespace grid
