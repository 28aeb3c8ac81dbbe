// SPDX-License-Identifier: GPL-2.0-or-later
#include "emergency/emergency_units.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "access/session.h"
#include "storage/database.h"
#include "storage/record_writer.h"

namespace grid::emergency {

namespace {

// A building's outline is widened by this many metres before the unit's outlines are united, so a unit of nearby
// buildings draws as one shape on the map.
constexpr double kOutlineMargin = 6.0;

// Position of (x, y) on a Hilbert curve over a 2^16 × 2^16 lattice: buildings close on the curve are close on the map.
unsigned long long hilbertIndex(unsigned x, unsigned y) {
  unsigned long long d = 0;
  for (unsigned s = 1u << 15; s > 0; s >>= 1) {
    const unsigned rx = (x & s) ? 1 : 0, ry = (y & s) ? 1 : 0;
    d += static_cast<unsigned long long>(s) * s * ((3 * rx) ^ ry);
    if (ry == 0) {
      if (rx == 1) {
        x = s - 1 - x;
        y = s - 1 - y;
      }
      std::swap(x, y);
    }
  }
  return d;
}

struct Building {
  long long id = -1, gridId = -1, estateId = -1, households = 0;
  double x = 0, y = 0;
  unsigned long long order = 0;
};

Status unitExists(Database& db, long long unitId, long long* community = nullptr) {
  auto statement = db.prepare("SELECT community_id FROM emergency_unit WHERE id = ?");
  if (!statement) return statement.error();
  statement->bind(1, unitId);
  auto row = statement->step();
  if (!row) return row.error();
  if (!*row)
    return makeError(
        ErrorCode::NotFound,
        "no emergency unit " + std::to_string(unitId) + "; `gridctl emergency units DB --community CODE` lists them",
        {.table = "emergency_unit"});
  if (community) *community = statement->int64(0);
  return {};
}

//! The unit's outline: its buildings widened and united (NULL when it has none).
Status redrawOutline(RecordWriter& writer, const Actor& actor, RecordChange& change, long long unitId) {
  Database& db = writer.database();
  auto statement = db.prepare(
      "SELECT AsText(CastToMultiPolygon(GUnion(ST_Buffer(b.geom, ?)))) FROM emergency_unit_building u "
      "JOIN main.building b ON b.id = u.building_id WHERE u.unit_id = ? AND b.geom IS NOT NULL");
  if (!statement) return statement.error();
  statement->bind(1, kOutlineMargin).bind(2, unitId);
  if (auto row = statement->step(); !row) return row.error();
  const Value geom = statement->isNull(0) ? Value(null()) : Value(Wkt{statement->text(0)});
  return updateRecorded(writer, actor, "emergency_unit", unitId, {{"geom", geom}}, change);
}

//! Puts \a buildingIds in unit \a unitId: their rows updated (or added), the outlines of the units they left redrawn.
Status placeBuildings(RecordWriter& writer, const Actor& actor, RecordChange& change, long long unitId,
                      long long communityId, const std::vector<long long>& buildingIds, bool redraw = true) {
  Database& db = writer.database();
  std::set<long long> left;
  for (long long building : buildingIds) {
    auto where = db.prepare(
        "SELECT b.id, g.community_id, u.id, coalesce(u.unit_id, -1) FROM main.building b LEFT JOIN main.grid g ON "
        "g.id = b.grid_id LEFT JOIN emergency_unit_building u ON u.building_id = b.id WHERE b.id = ?");
    if (!where) return where.error();
    where->bind(1, building);
    auto row = where->step();
    if (!row) return row.error();
    if (!*row) return makeError(ErrorCode::NotFound, "no building " + std::to_string(building), {.table = "building"});
    if (where->isNull(1) || where->int64(1) != communityId)
      return makeError(ErrorCode::InvalidInput,
                       "building " + std::to_string(building) +
                           " is not in the unit's community; a unit holds "
                           "buildings of one community",
                       {.table = "building", .recordId = building});
    if (where->isNull(2)) {
      auto id = insertRecorded(writer, actor, "emergency_unit_building",
                               {{"building_id", building}, {"unit_id", unitId}}, change);
      if (!id) return id.error();
    } else if (where->int64(3) != unitId) {
      if (where->int64(3) >= 0) left.insert(where->int64(3));
      if (auto s =
              updateRecorded(writer, actor, "emergency_unit_building", where->int64(2), {{"unit_id", unitId}}, change);
          !s)
        return s;
    }
  }
  if (!redraw) return {};
  left.insert(unitId);
  for (long long unit : left)
    if (auto s = redrawOutline(writer, actor, change, unit); !s) return s;
  return {};
}

struct Staffer {
  long long id = -1;
  std::string name, phone;
};

Result<std::optional<Staffer>> staffer(Database& db, long long staffId) {
  auto statement = db.prepare("SELECT id, name, coalesce(work_phone, '') FROM staff WHERE id = ? AND active = 1");
  if (!statement) return statement.error();
  statement->bind(1, staffId);
  auto row = statement->step();
  if (!row) return row.error();
  if (!*row) return std::optional<Staffer>();
  return std::optional<Staffer>(Staffer{statement->int64(0), statement->text(1), statement->text(2)});
}

}  // namespace

std::string memberRoleName(const std::string& role, bool english) {
  if (role == "responsible") return english ? "Responsible" : "负责人";
  if (role == "deputy") return english ? "Deputy" : "副负责人";
  if (role == "volunteer") return english ? "Volunteer" : "志愿者";
  return role;
}

Result<AssignReport> assignUnits(Database& db, const Clock& clock, const Actor& actor, long long communityId,
                                 const AssignOptions& options, Progress* progress) {
  if (options.maxHouseholds < 1)
    return makeError(ErrorCode::InvalidInput, "a unit holds at least 1 household (--max-households)");
  if (auto s = requirePermission(db, "emergency", "write"); !s) return s.error();
  auto community = db.prepare("SELECT name FROM main.community WHERE id = ?");
  if (!community) return community.error();
  community->bind(1, communityId);
  if (auto row = community->step(); !row || !*row)
    return row ? makeError(ErrorCode::NotFound, "no community " + std::to_string(communityId)) : Error(row.error());

  // The community's live buildings in no unit, with their households (registered, else estimated) and centres.
  std::vector<Building> buildings;
  auto rows = db.prepare(
      "SELECT b.id, b.grid_id, coalesce(b.estate_id, -1), coalesce((SELECT count(*) FROM main.household h WHERE "
      "h.building_id = b.id AND h.logout = 0), 0), coalesce(b.household_estimate, 0), ST_X(ST_Centroid(b.geom)), "
      "ST_Y(ST_Centroid(b.geom)) FROM main.building b JOIN main.grid g ON g.id = b.grid_id WHERE g.community_id = ? "
      "AND b.logout = 0 AND b.geom IS NOT NULL AND NOT EXISTS (SELECT 1 FROM emergency_unit_building u WHERE "
      "u.building_id = b.id AND u.unit_id IS NOT NULL)");
  if (!rows) return rows.error();
  rows->bind(1, communityId);
  if (auto s = rows->forEachRow([&](const Statement& r) {
        Building b;
        b.id = r.int64(0);
        b.gridId = r.int64(1);
        b.estateId = r.int64(2);
        b.households = r.int64(3) > 0 ? r.int64(3) : r.int64(4);
        b.x = r.real(5);
        b.y = r.real(6);
        buildings.push_back(b);
      });
      !s)
    return s.error();
  AssignReport report;
  if (buildings.empty()) return report;
  double minX = buildings[0].x, minY = buildings[0].y, maxX = minX, maxY = minY;
  for (const Building& b : buildings) {
    minX = std::min(minX, b.x), maxX = std::max(maxX, b.x);
    minY = std::min(minY, b.y), maxY = std::max(maxY, b.y);
  }
  const double span = std::max({maxX - minX, maxY - minY, 1.0});
  for (Building& b : buildings)
    b.order = hilbertIndex(static_cast<unsigned>((b.x - minX) / span * 65535.0),
                           static_cast<unsigned>((b.y - minY) / span * 65535.0));
  // Groups: an estate's buildings, else a grid's loose buildings; each split into chunks of about maxHouseholds.
  std::map<std::pair<int, long long>, std::vector<Building>> groups;
  for (const Building& b : buildings)
    groups[b.estateId >= 0 ? std::pair(0, b.estateId) : std::pair(1, b.gridId)].push_back(b);

  std::size_t done = 0;
  auto change = recordedEdit(db, clock, [&](RecordWriter& writer, RecordChange& c) -> Status {
    for (auto& [key, members] : groups) {
      if (progress) {
        if (progress->isCancelled()) return makeError(ErrorCode::Cancelled, "Cancelled; nothing was written.");
        progress->report(static_cast<double>(done) / static_cast<double>(buildings.size()), "units");
      }
      done += members.size();
      std::sort(members.begin(), members.end(), [](const Building& a, const Building& b) { return a.order < b.order; });
      long long total = 0;
      for (const Building& b : members) total += b.households;
      const long long chunks = std::max(1LL, (total + options.maxHouseholds - 1) / options.maxHouseholds);
      const double target = static_cast<double>(total) / static_cast<double>(chunks);
      std::vector<std::vector<const Building*>> parts(1);
      long long sum = 0;
      for (const Building& b : members) {
        if (!parts.back().empty() && static_cast<double>(sum + b.households) > target * 1.15 &&
            static_cast<long long>(parts.size()) < chunks) {
          parts.emplace_back();
          sum = 0;
        }
        parts.back().push_back(&b);
        sum += b.households;
      }
      // Names: the estate's (or grid's) name, numbered when split.
      std::string base;
      {
        auto name = db.prepare(key.first == 0 ? "SELECT name FROM main.estate WHERE id = ?"
                                              : "SELECT name FROM main.grid WHERE id = ?");
        if (!name) return name.error();
        name->bind(1, key.second);
        if (auto row = name->step(); !row) return row.error();
        base = name->text(0);
      }
      for (std::size_t p = 0; p < parts.size(); ++p) {
        const std::string name = base + "应急单元" + (parts.size() > 1 ? std::to_string(p + 1) : std::string());
        // The unit's grid: the one most of its buildings are in (ties: its first building's).
        std::map<long long, int> gridVotes;
        for (const Building* b : parts[p]) ++gridVotes[b->gridId];
        long long gridId = parts[p].front()->gridId;
        for (const auto& [g, votes] : gridVotes)
          if (votes > gridVotes[gridId]) gridId = g;
        std::vector<long long> ids;
        for (const Building* b : parts[p]) ids.push_back(b->id);
        auto unit = insertRecorded(writer, actor, "emergency_unit",
                                   {{"community_id", communityId},
                                    {"grid_id", gridId},
                                    {"estate_id", key.first == 0 ? Value(key.second) : Value(null())},
                                    {"name", name},
                                    {"created_at", clock.nowIso()}},
                                   c);
        if (!unit) return unit.error();
        if (auto s = placeBuildings(writer, actor, c, *unit, communityId, ids); !s) return s;
        ++report.unitsCreated;
        report.buildingsAssigned += static_cast<int>(parts[p].size());
        // Members: building leaders of its buildings, the estate's property leader, the grid's worker.
        std::string in;
        for (long long id : ids) in += (in.empty() ? "" : ",") + std::to_string(id);
        std::vector<long long> staff;
        auto leaders = db.prepare(
            "SELECT staff_id FROM main.staff_assignment WHERE end_date IS NULL AND ((role_code = "
            "'BUILDING_LEADER' AND level = 'building' AND target_id IN (" +
            in +
            ")) OR (role_code = 'PROPERTY_LEADER' AND level = 'estate' AND target_id = ?1)) GROUP BY staff_id "
            "ORDER BY min(role_code), min(id)");
        if (!leaders) return leaders.error();
        leaders->bind(1, key.first == 0 ? key.second : -1LL);
        if (auto s = leaders->forEachRow([&](const Statement& r) { staff.push_back(r.int64(0)); }); !s) return s;
        auto worker = db.prepare(
            "SELECT staff_id FROM main.staff_assignment WHERE role_code = 'GRID_WORKER' AND level = 'grid' AND "
            "end_date IS NULL AND target_id = ? ORDER BY position_type = 'full_time' DESC, id LIMIT 1");
        if (!worker) return worker.error();
        worker->bind(1, gridId);
        if (auto row = worker->step(); !row)
          return row.error();
        else if (*row && std::find(staff.begin(), staff.end(), worker->int64(0)) == staff.end())
          staff.push_back(worker->int64(0));
        int added = 0;
        for (long long id : staff) {
          auto person = staffer(db, id);
          if (!person) return person.error();
          if (!*person || added >= 4) continue;
          auto member = insertRecorded(writer, actor, "emergency_unit_member",
                                       {{"unit_id", *unit},
                                        {"role", std::string(added == 0 ? "responsible" : "deputy")},
                                        {"staff_id", id},
                                        {"name", (*person)->name},
                                        {"phone", (*person)->phone.empty() ? Value(null()) : Value((*person)->phone)}},
                                       c);
          if (!member) return member.error();
          ++added;
        }
      }
    }
    return {};
  });
  if (!change) return change.error();
  report.change = std::move(*change);
  if (progress) progress->report(1.0, "units");
  return report;
}

Result<std::vector<Unit>> loadUnits(Database& db, const Clock& clock, long long communityId, bool withVulnerable,
                                    bool english) {
  std::vector<Unit> units;
  std::map<long long, std::size_t> at;
  auto statement = db.prepare(
      "SELECT u.id, u.community_id, coalesce(u.grid_id, -1), coalesce(u.estate_id, -1), u.name, "
      "coalesce(g.grid_code, ''), coalesce(g.name, ''), coalesce(u.shelter, ''), coalesce(u.shelter_capacity, -1), "
      "coalesce(u.supplies, ''), coalesce(u.notes, '') FROM emergency_unit u LEFT JOIN main.grid g ON g.id = "
      "u.grid_id WHERE u.community_id = ? ORDER BY g.grid_code, u.name, u.id");
  if (!statement) return statement.error();
  statement->bind(1, communityId);
  if (auto s = statement->forEachRow([&](const Statement& r) {
        Unit u;
        u.id = r.int64(0);
        u.communityId = r.int64(1);
        u.gridId = r.int64(2);
        u.estateId = r.int64(3);
        u.name = r.text(4);
        u.gridCode = r.text(5);
        u.gridName = r.text(6);
        u.shelter = r.text(7);
        u.shelterCapacity = r.int64(8);
        u.supplies = r.text(9);
        u.notes = r.text(10);
        at[u.id] = units.size();
        units.push_back(std::move(u));
      });
      !s)
    return s.error();
  auto buildings = db.prepare(
      "SELECT ub.unit_id, b.id, b.name, (SELECT count(*) FROM household h WHERE h.building_id = b.id AND h.logout = "
      "0), (SELECT count(*) FROM person p JOIN household h ON h.id = p.household_id WHERE h.building_id = b.id AND "
      "h.logout = 0 AND p.logout = 0) FROM emergency_unit_building ub JOIN main.building b ON b.id = ub.building_id "
      "JOIN emergency_unit u ON u.id = ub.unit_id WHERE u.community_id = ? ORDER BY b.name, b.id");
  if (!buildings) return buildings.error();
  buildings->bind(1, communityId);
  if (auto s = buildings->forEachRow([&](const Statement& r) {
        Unit& u = units[at[r.int64(0)]];
        u.buildings.push_back({r.int64(1), r.text(2), r.int64(3)});
        u.households += r.int64(3);
        u.persons += r.int64(4);
      });
      !s)
    return s.error();
  auto members = db.prepare(
      "SELECT m.unit_id, m.id, m.role, coalesce(m.staff_id, -1), m.name, coalesce(m.phone, '') FROM "
      "emergency_unit_member m JOIN emergency_unit u ON u.id = m.unit_id WHERE u.community_id = ? AND m.active = 1 "
      "ORDER BY m.role = 'responsible' DESC, m.role = 'deputy' DESC, m.id");
  if (!members) return members.error();
  members->bind(1, communityId);
  if (auto s = members->forEachRow([&](const Statement& r) {
        units[at[r.int64(0)]].members.push_back({r.int64(1), r.text(2), r.int64(3), r.text(4), r.text(5)});
      });
      !s)
    return s.error();
  if (!withVulnerable) return units;
  // Persons the reader may see (the scope views), with an active priority tag, in the units' buildings.
  const std::string today = clock.today();
  auto vulnerable = db.prepare(
      std::string("SELECT ub.unit_id, p.id, h.id, p.name, b.name || coalesce(' ' || hs.room_no, ''), group_concat(") +
      (english ? "cv.name_en" : "cv.name_zh") +
      ", '、'), coalesce(p.mobile_masked, h.home_phone_masked, ''), coalesce(CAST(strftime('%Y', ?2) AS INTEGER) - "
      "CAST(substr("
      "p.birth_date, 1, 4) AS INTEGER), -1) FROM person p JOIN household h ON h.id = p.household_id JOIN "
      "emergency_unit_building ub ON ub.building_id = h.building_id JOIN emergency_unit u ON u.id = ub.unit_id JOIN "
      "main.building b ON b.id = h.building_id LEFT JOIN main.house hs ON hs.id = h.house_id JOIN person_care c ON "
      "c.person_id = p.id AND (c.end_date IS NULL OR c.end_date >= ?2) JOIN main.code_value cv ON cv.domain = "
      "'emergency_priority' AND cv.code = c.care_code WHERE u.community_id = ?1 AND p.logout = 0 AND h.logout = 0 "
      "GROUP BY ub.unit_id, p.id, h.id, p.name, b.name, hs.room_no, p.mobile_masked, h.home_phone_masked, "
      "p.birth_date ORDER BY b.name, hs.room_no, p.id");
  if (!vulnerable) return vulnerable.error();
  vulnerable->bind(1, communityId).bind(2, today);
  if (auto s = vulnerable->forEachRow([&](const Statement& r) {
        units[at[r.int64(0)]].vulnerable.push_back(
            {r.int64(1), r.int64(2), r.text(3), r.text(4), r.text(5), r.text(6), static_cast<int>(r.int64(7))});
      });
      !s)
    return s.error();
  return units;
}

Result<UnitCheck> checkUnits(Database& db, long long communityId) {
  UnitCheck check;
  auto count = db.prepare(
      "SELECT count(*) FROM main.building b JOIN main.grid g ON g.id = b.grid_id WHERE g.community_id = ? AND "
      "b.logout = 0");
  if (!count) return count.error();
  count->bind(1, communityId);
  if (auto row = count->step(); !row) return row.error();
  check.buildings = count->int64(0);
  auto list = [&](const std::string& sql, std::vector<std::pair<long long, std::string>>& out) -> Status {
    auto statement = db.prepare(sql);
    if (!statement) return statement.error();
    statement->bind(1, communityId);
    return statement->forEachRow([&](const Statement& r) { out.push_back({r.int64(0), r.text(1)}); });
  };
  if (auto s = list("SELECT b.id, b.name FROM main.building b JOIN main.grid g ON g.id = b.grid_id WHERE "
                    "g.community_id = ? AND b.logout = 0 AND NOT EXISTS (SELECT 1 FROM emergency_unit_building u "
                    "WHERE u.building_id = b.id AND u.unit_id IS NOT NULL) ORDER BY b.id",
                    check.withoutUnit);
      !s)
    return s.error();
  if (auto s = list("SELECT b.id, b.name FROM main.building b JOIN main.grid g ON g.id = b.grid_id JOIN "
                    "emergency_unit_building ub ON ub.building_id = b.id JOIN emergency_unit u ON u.id = ub.unit_id "
                    "WHERE g.community_id = ?1 AND b.logout = 0 AND u.community_id <> ?1 ORDER BY b.id",
                    check.inOtherCommunity);
      !s)
    return s.error();
  if (auto s = list("SELECT u.id, u.name FROM emergency_unit u WHERE u.community_id = ? AND EXISTS (SELECT 1 FROM "
                    "emergency_unit_building b WHERE b.unit_id = u.id) AND NOT EXISTS (SELECT 1 FROM "
                    "emergency_unit_member m WHERE m.unit_id = u.id AND m.role = 'responsible' AND m.active = 1) "
                    "ORDER BY u.id",
                    check.withoutResponsible);
      !s)
    return s.error();
  if (auto s = list("SELECT u.id, u.name FROM emergency_unit u WHERE u.community_id = ? AND NOT EXISTS (SELECT 1 "
                    "FROM emergency_unit_building b WHERE b.unit_id = u.id) ORDER BY u.id",
                    check.empty);
      !s)
    return s.error();
  return check;
}

Result<std::pair<long long, RecordChange>> createUnit(Database& db, const Clock& clock, const Actor& actor,
                                                      long long communityId, const std::string& name,
                                                      const std::vector<long long>& buildingIds) {
  if (name.empty()) return makeError(ErrorCode::InvalidInput, "give the unit a name", {.field = "name"});
  if (buildingIds.empty()) return makeError(ErrorCode::InvalidInput, "select the unit's buildings first");
  long long unitId = -1;
  auto change = recordedEdit(db, clock, [&](RecordWriter& writer, RecordChange& c) -> Status {
    auto grid = db.prepare("SELECT grid_id FROM main.building WHERE id = ?");
    if (!grid) return grid.error();
    grid->bind(1, buildingIds.front());
    if (auto row = grid->step(); !row) return row.error();
    auto unit = insertRecorded(writer, actor, "emergency_unit",
                               {{"community_id", communityId},
                                {"grid_id", grid->isNull(0) ? Value(null()) : Value(grid->int64(0))},
                                {"name", name},
                                {"created_at", clock.nowIso()}},
                               c);
    if (!unit) return unit.error();
    unitId = *unit;
    return placeBuildings(writer, actor, c, unitId, communityId, buildingIds);
  });
  if (!change) return change.error();
  return std::pair(unitId, std::move(*change));
}

Result<RecordChange> moveBuildings(Database& db, const Clock& clock, const Actor& actor, long long unitId,
                                   const std::vector<long long>& buildingIds) {
  long long community = -1;
  if (auto s = unitExists(db, unitId, &community); !s) return s.error();
  return recordedEdit(db, clock, [&](RecordWriter& writer, RecordChange& c) {
    return placeBuildings(writer, actor, c, unitId, community, buildingIds);
  });
}

Result<RecordChange> setUnitDetails(Database& db, const Clock& clock, const Actor& actor, long long unitId,
                                    const UnitDetails& details) {
  if (auto s = unitExists(db, unitId); !s) return s.error();
  if (details.name.empty()) return makeError(ErrorCode::InvalidInput, "a unit needs a name", {.field = "name"});
  auto text = [](const std::string& s) { return s.empty() ? Value(null()) : Value(s); };
  return recordedEdit(db, clock, [&](RecordWriter& writer, RecordChange& c) {
    return updateRecorded(
        writer, actor, "emergency_unit", unitId,
        {{"name", details.name},
         {"shelter", text(details.shelter)},
         {"shelter_capacity", details.shelterCapacity >= 0 ? Value(details.shelterCapacity) : Value(null())},
         {"supplies", text(details.supplies)},
         {"notes", text(details.notes)}},
        c);
  });
}

Result<RecordChange> addMember(Database& db, const Clock& clock, const Actor& actor, long long unitId,
                               const std::string& role, long long staffId, const std::string& name,
                               const std::string& phone) {
  if (auto s = unitExists(db, unitId); !s) return s.error();
  if (role != "responsible" && role != "deputy" && role != "volunteer")
    return makeError(ErrorCode::InvalidInput, "role is responsible, deputy or volunteer, not \"" + role + "\"",
                     {.field = "role"});
  std::string memberName = name, memberPhone = phone;
  if (staffId >= 0) {
    auto person = staffer(db, staffId);
    if (!person) return person.error();
    if (!*person)
      return makeError(ErrorCode::NotFound,
                       "no active staff member " + std::to_string(staffId) + " (`gridctl staff` lists the register)",
                       {.table = "staff", .field = "staff_id"});
    memberName = (*person)->name;
    if (memberPhone.empty()) memberPhone = (*person)->phone;
  } else if (role != "volunteer") {
    return makeError(ErrorCode::InvalidInput, "the " + role + " person comes from the staff register: give a staff id",
                     {.field = "staff_id"});
  } else if (memberName.empty()) {
    return makeError(ErrorCode::InvalidInput, "a volunteer needs a name", {.field = "name"});
  }
  return recordedEdit(db, clock, [&](RecordWriter& writer, RecordChange& c) -> Status {
    if (role == "responsible") {  // the previous responsible person stays, as a deputy
      auto old = db.prepare(
          "SELECT id FROM emergency_unit_member WHERE unit_id = ? AND role = 'responsible' AND "
          "active = 1");
      if (!old) return old.error();
      old->bind(1, unitId);
      std::vector<long long> ids;
      if (auto s = old->forEachRow([&](const Statement& r) { ids.push_back(r.int64(0)); }); !s) return s;
      for (long long id : ids)
        if (auto s = updateRecorded(writer, actor, "emergency_unit_member", id, {{"role", std::string("deputy")}}, c);
            !s)
          return s;
    }
    auto id = insertRecorded(writer, actor, "emergency_unit_member",
                             {{"unit_id", unitId},
                              {"role", role},
                              {"staff_id", staffId >= 0 ? Value(staffId) : Value(null())},
                              {"name", memberName},
                              {"phone", memberPhone.empty() ? Value(null()) : Value(memberPhone)}},
                             c);
    return id ? Status{} : Status(id.error());
  });
}

Result<std::vector<UnitMember>> staffChoices(Database& db, long long communityId) {
  auto staff = db.prepare(
      "SELECT DISTINCT s.id, s.name, coalesce(s.work_phone, '') FROM main.staff s JOIN main.staff_assignment a ON "
      "a.staff_id = s.id AND a.end_date IS NULL WHERE s.active = 1 AND ((a.level = 'grid' AND a.target_id IN (SELECT "
      "id FROM main.grid WHERE community_id = ?1)) OR (a.level = 'community' AND a.target_id = ?1) OR (a.level = "
      "'building' AND a.target_id IN (SELECT b.id FROM main.building b JOIN main.grid g ON g.id = b.grid_id WHERE "
      "g.community_id = ?1))) ORDER BY s.name, s.id");
  if (!staff) return staff.error();
  staff->bind(1, communityId);
  std::vector<UnitMember> out;
  if (auto s = staff->forEachRow([&](const Statement& r) {
        out.push_back({-1, {}, r.int64(0), r.text(1), r.text(2)});
      });
      !s)
    return s.error();
  return out;
}

Result<long long> unitCommunity(Database& db, long long unitId) {
  long long community = -1;
  if (auto s = unitExists(db, unitId, &community); !s) return s.error();
  return community;
}

Result<RecordChange> removeMember(Database& db, const Clock& clock, const Actor& actor, long long memberId) {
  return recordedEdit(db, clock, [&](RecordWriter& writer, RecordChange& c) {
    return updateRecorded(writer, actor, "emergency_unit_member", memberId, {{"active", 0LL}}, c);
  });
}

}  // namespace grid::emergency
