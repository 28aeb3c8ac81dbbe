// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/building_profile.h"

#include <map>

#include "storage/database.h"

namespace grid {

Result<BuildingProfile> loadBuildingProfile(Database& database, long long buildingId) {
  BuildingProfile profile;
  auto header = database.prepare(
      "SELECT b.id, b.name, coalesce(b.building_code, ''), coalesce(b.address, ''), "
      "coalesce((SELECT name_zh FROM code_value WHERE domain = 'building_type' AND code = b.type_code), ''), "
      "b.floors_above, b.units_count, coalesce(g.grid_code, ''), coalesce(g.name, ''), b.grid_id, b.estate_id "
      "FROM building b LEFT JOIN grid g ON g.id = b.grid_id WHERE b.id = ? AND b.logout = 0");
  if (!header) return header.error();
  header->bind(1, buildingId);
  auto row = header->step();
  if (!row) return row.error();
  if (!*row)
    return makeError(ErrorCode::NotFound,
                     "Building " + std::to_string(buildingId) + " does not exist or has been removed.",
                     {.table = "building", .recordId = buildingId});
  profile.buildingId = header->int64(0);
  profile.name = header->text(1);
  profile.code = header->text(2);
  profile.address = header->text(3);
  profile.type = header->text(4);
  profile.floors = static_cast<int>(header->int64(5));
  profile.units = static_cast<int>(header->int64(6));
  profile.gridCode = header->text(7);
  profile.gridName = header->text(8);
  const long long gridId = header->isNull(9) ? -1 : header->int64(9);
  const long long estateId = header->isNull(10) ? -1 : header->int64(10);

  auto dwellings = database.prepare(
      "SELECT h.id, h.unit_no, h.floor, h.room_no, coalesce(hh.id, -1), "
      "coalesce((SELECT name_zh FROM code_value WHERE domain = 'household_type' AND code = hh.household_type), ''), "
      "CASE WHEN hh.household_type = 'vacant' THEN 1 ELSE 0 END, "
      "coalesce((SELECT l.party_member_id FROM party_link l WHERE l.household_id = hh.id AND l.end_date IS NULL "
      "  ORDER BY l.id LIMIT 1), -1), "
      "coalesce((SELECT p.name FROM party_link l JOIN party_member pm ON pm.id = l.party_member_id "
      "  JOIN person p ON p.id = pm.person_id WHERE l.household_id = hh.id AND l.end_date IS NULL ORDER BY l.id "
      "  LIMIT 1), ''), "
      "coalesce(hh.party_plaque, 0), "
      "EXISTS (SELECT 1 FROM person p JOIN party_member pm ON pm.person_id = p.id WHERE p.household_id = hh.id "
      "  AND p.logout = 0 AND pm.active = 1) "
      "FROM house h LEFT JOIN household hh ON hh.house_id = h.id AND hh.logout = 0 "
      "WHERE h.building_id = ? AND h.logout = 0 ORDER BY h.unit_no, h.floor DESC, h.room_no");
  if (!dwellings) return dwellings.error();
  dwellings->bind(1, buildingId);
  std::map<long long, std::size_t> byHousehold;
  if (auto s = dwellings->forEachRow([&](const Statement& r) {
        ProfileDwelling d;
        d.houseId = r.int64(0);
        d.unit = static_cast<int>(r.int64(1));
        d.floor = static_cast<int>(r.int64(2));
        d.room = r.text(3);
        d.householdId = r.int64(4);
        d.householdType = r.text(5);
        d.vacant = r.int64(6) == 1;
        d.linkMemberId = r.int64(7);
        d.linkMemberName = r.text(8);
        d.partyPlaque = r.int64(9) == 1;
        d.partyHousehold = r.int64(10) == 1;
        if (d.householdId >= 0) {
          byHousehold[d.householdId] = profile.dwellings.size();
          ++profile.households;
        }
        profile.dwellings.push_back(std::move(d));
      });
      !s)
    return s.error();

  auto residents = database.prepare(
      "SELECT p.household_id, p.id, p.name, "
      "coalesce((SELECT name_zh FROM code_value WHERE domain = 'relation' AND code = p.relation_code), ''), "
      "coalesce(p.id_masked, ''), coalesce(p.gender, ''), coalesce(p.birth_date, '') "
      "FROM person p JOIN household hh ON hh.id = p.household_id "
      "WHERE hh.building_id = ? AND p.logout = 0 AND hh.logout = 0 ORDER BY p.household_id, p.relation_code, p.id");
  if (!residents) return residents.error();
  residents->bind(1, buildingId);
  if (auto s = residents->forEachRow([&](const Statement& r) {
        auto it = byHousehold.find(r.int64(0));
        if (it == byHousehold.end()) return;
        profile.dwellings[it->second].residents.push_back(
            {r.int64(1), r.text(2), r.text(3), r.text(4), r.text(5), r.text(6)});
        ++profile.persons;
      });
      !s)
    return s.error();

  auto staff = database.prepare(
      "SELECT coalesce((SELECT name_zh FROM code_value WHERE domain = 'staff_role' AND code = a.role_code), "
      "a.role_code) "
      "|| CASE a.position_type WHEN 'full_time' THEN '（专职）' WHEN 'part_time' THEN '（兼职）' ELSE '' END, "
      "s.name, coalesce(s.work_phone, '') FROM staff_assignment a JOIN staff s ON s.id = a.staff_id "
      "WHERE a.end_date IS NULL AND s.active = 1 AND ((a.level = 'building' AND a.target_id = ?1) "
      "OR (a.level = 'grid' AND a.target_id = ?2) OR (a.level = 'estate' AND a.target_id = ?3)) "
      "ORDER BY CASE a.role_code WHEN 'BUILDING_LEADER' THEN 0 WHEN 'GRID_LEADER' THEN 1 WHEN 'GRID_WORKER' THEN 2 "
      "WHEN 'PROPERTY_LEADER' THEN 3 ELSE 4 END, s.id");
  if (!staff) return staff.error();
  staff->bind(1, buildingId).bind(2, gridId).bind(3, estateId);
  if (auto s = staff->forEachRow([&](const Statement& r) {
        profile.staff.push_back({r.text(0), r.text(1), r.text(2)});
      });
      !s)
    return s.error();
  return profile;
}

}  // namespace grid
