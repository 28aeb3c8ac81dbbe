// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "model/hierarchy.h"
#include "storage/record_writer.h"

namespace grid {

//! Buildings with their dwellings (房屋). Building codes are the grid code + a 3-digit sequence.
class BuildingRepository {
 public:
  explicit BuildingRepository(RecordWriter& writer) : m_writer(writer) {}

  //! Creates a building; when it is in a grid it gets the next free 18-digit building code of that grid.
  Result<long long> createBuilding(const Actor& actor, const Building& building);
  Result<long long> createHouse(const Actor& actor, const House& house);
  //! Moves a building (and its households and persons) to another grid, in one audited transaction.
  Status moveToGrid(const Actor& actor, long long buildingId, long long gridId);

 private:
  RecordWriter& m_writer;
};

}  // namespace grid
