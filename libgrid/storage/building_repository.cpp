// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/building_repository.h"

namespace grid {

Result<long long> BuildingRepository::createBuilding(const Actor& actor, const Building& building) {
  if (building.name.empty()) return makeError(ErrorCode::InvalidInput, "A building needs a name.", {.field = "name"});
  if (building.floorsAbove < 0 || building.floorsAbove > 200)
    return makeError(ErrorCode::InvalidInput, "Floors above ground must be 0-200.", {.field = "floors_above"});
  if (building.unitsCount < 1 || building.unitsCount > 50)
    return makeError(ErrorCode::InvalidInput, "A building has 1-50 units (单元).", {.field = "units_count"});
  Database& db = m_writer.database();
  Transaction transaction(db);
  if (!transaction.begun()) return transaction.begun().error();
  Value code = null();
  if (building.gridId >= 0) {
    auto next = db.prepare(
        "SELECT g.grid_code, coalesce(max(CAST(substr(b.building_code, 16, 3) AS INTEGER)), 0) + 1 "
        "FROM grid g LEFT JOIN building b ON b.building_code LIKE g.grid_code || '%' WHERE g.id = ? GROUP BY "
        "g.grid_code");
    if (!next) return next.error();
    next->bind(1, building.gridId);
    auto row = next->step();
    if (!row) return row.error();
    if (!*row || next->isNull(0))
      return makeError(ErrorCode::NotFound, "Grid " + std::to_string(building.gridId) + " does not exist.",
                       {.field = "grid_id"});
    const long long sequence = next->int64(1);
    if (sequence <= 999) {
      std::string suffix = std::to_string(sequence);
      code = next->text(0) + std::string(3 - suffix.size(), '0') + suffix;
    }
  }
  auto id = m_writer.insert(
      actor, "building",
      {{"grid_id", building.gridId >= 0 ? Value(building.gridId) : null()},
       {"estate_id", building.estateId >= 0 ? Value(building.estateId) : null()},
       {"building_code", code},
       {"name", building.name},
       {"address", building.address.empty() ? null() : Value(building.address)},
       {"type_code", building.typeCode},
       {"uses_code", building.usesCode},
       {"structure_code", building.structureCode.empty() ? null() : Value(building.structureCode)},
       {"floors_above", static_cast<long long>(building.floorsAbove)},
       {"floors_below", static_cast<long long>(building.floorsBelow)},
       {"units_count", static_cast<long long>(building.unitsCount)},
       {"has_elevator", static_cast<long long>(building.hasElevator)},
       {"household_estimate",
        building.householdEstimate ? Value(static_cast<long long>(*building.householdEstimate)) : null()},
       {"geom", building.footprint.empty() ? null() : Value(Wkt{building.footprint})}});
  if (!id) return id.error();
  if (auto s = transaction.commit(); !s) return s.error();
  return *id;
}

Result<long long> BuildingRepository::createHouse(const Actor& actor, const House& house) {
  if (house.roomNo.empty())
    return makeError(ErrorCode::InvalidInput, "A dwelling needs a room number.", {.field = "room_no"});
  if (house.areaM2 && *house.areaM2 <= 0)
    return makeError(ErrorCode::InvalidInput, "Floor area must be positive (m²).", {.field = "area_m2"});
  return m_writer.insert(actor, "house",
                         {{"building_id", house.buildingId},
                          {"unit_no", static_cast<long long>(house.unitNo)},
                          {"floor", static_cast<long long>(house.floor)},
                          {"room_no", house.roomNo},
                          {"area_m2", house.areaM2 ? Value(*house.areaM2) : null()},
                          {"is_rental", static_cast<long long>(house.isRental)}});
}

Status BuildingRepository::moveToGrid(const Actor& actor, long long buildingId, long long gridId) {
  Database& db = m_writer.database();
  Transaction transaction(db);
  if (!transaction.begun()) return transaction.begun();
  const std::string now = m_writer.clock().nowIso();
  if (auto s = m_writer.update(actor, "building", buildingId, {{"grid_id", gridId}, {"updated_at", now}}); !s) return s;
  for (const char* sql :
       {"SELECT id FROM household WHERE building_id = ?",
        "SELECT p.id FROM person p JOIN household h ON h.id = p.household_id WHERE h.building_id = ?"}) {
    auto ids = db.prepare(sql);
    if (!ids) return ids.error();
    ids->bind(1, buildingId);
    std::vector<long long> records;
    if (auto s = ids->forEachRow([&](const Statement& row) { records.push_back(row.int64(0)); }); !s) return s;
    const char* table = std::string_view(sql).find("person") != std::string_view::npos ? "person" : "household";
    for (long long id : records)
      if (auto s = m_writer.update(actor, table, id, {{"grid_id", gridId}, {"updated_at", now}}); !s) return s;
  }
  return transaction.commit();
}

}  // namespace grid
