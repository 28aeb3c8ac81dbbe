// SPDX-License-Identifier: GPL-2.0-or-later
// The rules across the fields of each list, patrol logs and visits, and what a new visit changes.
#include "registry/record_saver.h"

namespace grid::registry::detail {

Status Saver::applyRules(const RecordValues& /*values*/) {
  Database& db = c.database;
  auto one = [&](const std::string& sql, const Value& parameter) { return queryId(db, sql, parameter); };
  // An explicit record number for a new record must be free (an import putting exported records back).
  if (m_explicitId > 0) {
    auto taken = one("SELECT id FROM " + m_spec.table + " WHERE id = ?", m_explicitId);
    if (!taken) return taken.error();
    if (taken->has_value()) issue("id", "record " + std::to_string(m_explicitId) + " already exists");
    set("id", m_explicitId);
  }
  switch (m_kind) {
    case ListKind::Persons: {
      if (m_idInfo) {
        auto other =
            one("SELECT id FROM person WHERE id_hmac = ? AND logout = 0", c.cipher.lookupHash(m_idInfo->normalized));
        if (!other) return other.error();
        if (other->has_value() && **other != m_id)
          issue("id_number", "this ID number belongs to person " + std::to_string(**other) +
                                 "; open that record instead of adding it twice");
        const std::string sex = m_idInfo->sex == Sex::Male ? "M" : "F";
        const std::string birth = isoBirthDate(*m_idInfo);
        if (const Value* g = field("gender"); g && std::holds_alternative<std::string>(*g) && text("gender") != sex)
          issue("gender",
                "does not match the ID number (its 17th digit says " + std::string(sex == "M" ? "男" : "女") + ")");
        else if (!g || std::holds_alternative<std::monostate>(*g))
          set("gender", sex);
        if (const Value* b = field("birth_date");
            b && std::holds_alternative<std::string>(*b) && text("birth_date") != birth)
          issue("birth_date", "does not match the birth date in the ID number (" + birth + ")");
        else if (!b || std::holds_alternative<std::monostate>(*b))
          set("birth_date", birth);
      }
      if (!m_idInfo && m_id >= 0 && !text("gender").empty()) {
        // The masked copy keeps the last four characters, and with them the 17th digit that gives the sex.
        auto stored =
            c.database.prepare("SELECT coalesce(id_masked, '') FROM person WHERE id = ? AND id_type = 'resident_id'");
        if (!stored) return stored.error();
        stored->bind(1, m_id);
        auto row = stored->step();
        if (!row) return row.error();
        if (*row && stored->text(0).size() == 18 && std::isdigit(static_cast<unsigned char>(stored->text(0)[16]))) {
          const std::string sex = (stored->text(0)[16] - '0') % 2 ? "M" : "F";
          if (text("gender") != sex)
            issue("gender",
                  "does not match the ID number (its 17th digit says " + std::string(sex == "M" ? "男" : "女") + ")");
        }
      }
      if (const Value* h = field("household_id"); h && std::holds_alternative<long long>(*h)) {
        auto grid = one("SELECT coalesce(grid_id, -1) FROM household WHERE id = ? AND logout = 0", *h);
        if (!grid) return grid.error();
        if (!grid->has_value())
          issue("household_id",
                "household " + std::to_string(std::get<long long>(*h)) + " does not exist or has moved out");
        else
          set("grid_id", **grid >= 0 ? Value(**grid) : null());
      } else if (m_id < 0) {
        issue("household_id", "a new person belongs to a household; choose one");
      }
      stampPeople();
      break;
    }
    case ListKind::Households: {
      if (m_id < 0) {
        const std::string building = m_extra.count("building_id") ? m_extra.at("building_id") : "";
        const std::string unit = m_extra.count("unit") ? m_extra.at("unit") : "1";
        const std::string room = m_extra.count("room") ? m_extra.at("room") : "";
        auto buildingId = parseInteger(building);
        auto unitNo = parseInteger(unit);
        if (!buildingId) issue("building", "a new household lives in a building; choose one");
        if (!unitNo || *unitNo < 1) issue("unit", "\"" + unit + "\" is not a unit number");
        if (room.empty()) issue("room", "is required; enter the room number (1203)");
        if (buildingId && unitNo && !room.empty()) {
          auto grid = one("SELECT coalesce(grid_id, -1) FROM building WHERE id = ? AND logout = 0", *buildingId);
          if (!grid) return grid.error();
          if (!grid->has_value()) {
            issue("building", "building " + building + " does not exist");
          } else {
            m_dwelling = {*buildingId, *unitNo, room};
            set("building_id", *buildingId);
            set("grid_id", **grid >= 0 ? Value(**grid) : null());
          }
        }
      }
      stampPeople();
      break;
    }
    case ListKind::KeyPersons: {
      if (isNull("person_id") && m_extra.count("id_number") && !masked(m_extra.at("id_number")) &&
          !m_extra.at("id_number").empty()) {
        // A sheet may name the person by the full ID number instead of the person number.
        auto info = validateIdNumber(m_extra.at("id_number"), c.clock.today());
        if (!info) {
          issue("id_number", info.error().message);
        } else {
          auto found =
              one("SELECT id FROM person WHERE id_hmac = ? AND logout = 0", c.cipher.lookupHash(info->normalized));
          if (!found) return found.error();
          if (!found->has_value())
            issue("id_number", "no resident has this ID number; register the person first");
          else
            set("person_id", **found);
        }
        m_issues.erase(
            std::remove_if(m_issues.begin(), m_issues.end(), [](const FieldIssue& i) { return i.key == "person_id"; }),
            m_issues.end());
      }
      if (const Value* p = field("person_id"); p && std::holds_alternative<long long>(*p)) {
        auto grid = one("SELECT coalesce(grid_id, -1) FROM person WHERE id = ?", *p);
        if (!grid) return grid.error();
        if (!grid->has_value())
          issue("person_id", "person " + std::to_string(std::get<long long>(*p)) + " does not exist");
        else
          set("grid_id", **grid >= 0 ? Value(**grid) : null());
      }
      if (m_id >= 0) set("updated_at", c.clock.nowIso());
      break;
    }
    case ListKind::KeyPlaces: {
      const bool hasPoint = !m_point[0].empty() || !m_point[1].empty();
      if (hasPoint && (m_point[0].empty() || m_point[1].empty())) {
        if (!hasIssue("x") && !hasIssue("y")) issue(m_point[0].empty() ? "x" : "y", "a point needs both X and Y");
      } else if (hasPoint)
        set("geom", Wkt{"POINT(" + m_point[0] + " " + m_point[1] + ")"});
      const Value* building = field("building_id");
      if (building && std::holds_alternative<long long>(*building)) {
        auto grid = one("SELECT coalesce(grid_id, -1) FROM building WHERE id = ?", *building);
        if (!grid) return grid.error();
        if (!grid->has_value()) {
          issue("building_id", "building " + std::to_string(std::get<long long>(*building)) + " does not exist");
        } else {
          if (isNull("grid_id") && **grid >= 0) set("grid_id", **grid);
          if (!hasPoint) m_pointFromBuilding = std::get<long long>(*building);
        }
      }
      if (isNull("grid_id") && hasPoint && m_issues.empty()) {
        auto statement =
            db.prepare("SELECT id FROM grid WHERE retired_at IS NULL AND ST_Contains(geom, MakePoint(?, ?, " +
                       std::to_string(db.srid()) + ")) LIMIT 1");
        if (!statement) return statement.error();
        statement->bind(1, std::strtod(m_point[0].c_str(), nullptr)).bind(2, std::strtod(m_point[1].c_str(), nullptr));
        auto row = statement->step();
        if (!row) return row.error();
        if (*row) set("grid_id", statement->int64(0));
      }
      if (m_id < 0 && isNull("grid_id") && !hasIssue("grid"))
        issue("grid", "the place needs a grid: enter the grid code, a building or X/Y");
      if (m_id >= 0) set("updated_at", c.clock.nowIso());
      break;
    }
    case ListKind::KeyMatters: {
      if (!text("serial_number").empty()) {
        auto other = one("SELECT id FROM key_matter WHERE serial_number = ?", text("serial_number"));
        if (!other) return other.error();
        if (other->has_value() && **other != m_id)
          issue("serial_number", "\"" + text("serial_number") + "\" is already matter " + std::to_string(**other));
      }
      if (m_id < 0 && !field("registrant")) set("registrant", c.actor.name);
      break;
    }
    case ListKind::Entries: {
      if (m_id < 0) {
        if (c.target.id < 0) issue("title", "an entry belongs to a ledger; open one first");
        set("ledger_level", levelCode(c.target.level));
        set("target_id", c.target.id);
        if (!field("recorded_by")) set("recorded_by", c.actor.name);
        if (!field("status")) set("status", std::string("open"));
      }
      break;
    }
    case ListKind::PatrolLogs:
      return patrolRules();
  }
  return {};
}

Status Saver::patrolRules() {
  Database& db = c.database;
  auto one = [&](const std::string& sql, const Value& parameter) { return queryId(db, sql, parameter); };
  if (const Value* t = field("work_time"); t && std::holds_alternative<std::string>(*t)) {
    const std::string raw = text("work_time");
    const std::size_t separator = raw.find_first_of(" T");
    const std::string day = parseDate(raw.substr(0, separator));
    std::string time = separator == std::string::npos ? "" : trimmed(raw.substr(separator + 1));
    const bool utc = !time.empty() && time.back() == 'Z';  // kept as written: a sheet round trip changes nothing
    if (utc) time.pop_back();
    int hour = -1, minute = -1, second = 0;
    const bool timeOk =
        time.empty() || (std::sscanf(time.c_str(), "%d:%d:%d", &hour, &minute, &second) >= 2 && hour >= 0 &&
                         hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60);
    if (day.empty() || !timeOk) {
      issue("work_time", "\"" + shownInMessage(raw) + "\" is not a date and time; write it as 2026-03-17 09:30");
    } else if (day > c.clock.today()) {
      issue("work_time", day + " lies in the future; a visit is logged after it happened");
    } else {
      char buffer[32];
      if (time.empty())
        std::snprintf(buffer, sizeof buffer, "%s", day.c_str());
      else
        std::snprintf(buffer, sizeof buffer, "%sT%02d:%02d:%02d%s", day.c_str(), hour, minute, second, utc ? "Z" : "");
      set("work_time", std::string(buffer));
      m_visitDay = day;
    }
  }
  const bool objectGiven = field("object_type") || field("object_id");
  std::string type = text("object_type");
  long long objectId = -1;
  if (const Value* o = field("object_id"); o && std::holds_alternative<long long>(*o))
    objectId = std::get<long long>(*o);
  if (m_id >= 0 && objectGiven) {  // an edit naming only one of the two keeps the other
    auto current = db.prepare(
        "SELECT CASE WHEN key_matter_id IS NOT NULL THEN 'key_matter' ELSE "
        "coalesce(object_type, 'grid') END, coalesce(key_matter_id, object_id, -1) "
        "FROM patrol_log WHERE id = ?");
    if (!current) return current.error();
    current->bind(1, m_id);
    auto row = current->step();
    if (!row) return row.error();
    if (*row && type.empty()) type = current->text(0);
    if (*row && objectId < 0 && !field("object_id")) objectId = current->int64(1);
  }
  if (m_id < 0 && type.empty()) type = objectId >= 0 ? "" : "grid";
  if (m_id < 0 && type.empty()) issue("object_type", "say what was visited (网格巡查, 楼栋, 住户, 重点人员 …)");
  m_visitType = type;
  if ((m_id < 0 || objectGiven) && !type.empty()) {
    if (type == "grid") {
      set("object_type", null());
      set("object_id", null());
      set("key_matter_id", null());
      if (isNull("grid_id") && c.target.level == LedgerLevel::Grid && c.target.id >= 0) set("grid_id", c.target.id);
      if (isNull("grid_id") && !hasIssue("grid")) issue("grid", "a grid patrol names its grid; enter the grid code");
    } else if (objectId < 0) {
      issue("object_id", "enter the number of the visited " + type);
    } else {
      static const std::map<std::string, std::string> kGridOf = {
          {"building", "SELECT coalesce(grid_id, -1) FROM building WHERE id = ? AND logout = 0"},
          {"household", "SELECT coalesce(grid_id, -1) FROM household WHERE id = ? AND logout = 0"},
          {"key_person", "SELECT coalesce(grid_id, -1) FROM key_person WHERE id = ? AND logout = 0"},
          {"key_place", "SELECT coalesce(grid_id, -1) FROM key_place WHERE id = ? AND logout = 0"},
          {"key_matter", "SELECT coalesce(grid_id, -1) FROM key_matter WHERE id = ?"}};
      auto grid = one(kGridOf.at(type), objectId);
      if (!grid) return grid.error();
      if (!grid->has_value() || **grid < 0) {
        issue("object_id", type + " " + std::to_string(objectId) + " does not exist, has moved out or lies in no grid");
      } else {
        const Value* given = field("grid_id");
        if (given && std::holds_alternative<long long>(*given) && std::get<long long>(*given) != **grid)
          issue("grid",
                "the visited " + type + " lies in another grid; leave the grid code empty, it follows the record");
        set("grid_id", **grid);
        m_visitObject = objectId;
        if (type == "key_matter") {
          set("key_matter_id", objectId);
          set("object_type", null());
          set("object_id", null());
        } else {
          set("key_matter_id", null());
        }
      }
    }
  }
  if (m_id < 0) {
    set("recorded_by", db.auditActor(c.actor).name);
    set("recorded_at", c.clock.nowIso());
    if (isNull("has_exception")) set("has_exception", 0LL);
  }
  if (const Value* s = field("staff_id"); s && std::holds_alternative<long long>(*s)) {
    auto staff = one("SELECT id FROM staff WHERE id = ?", *s);
    if (!staff) return staff.error();
    if (!staff->has_value()) issue("staff_id", "staff " + std::to_string(std::get<long long>(*s)) + " does not exist");
  } else if (m_id < 0 && !isNull("grid_id")) {
    std::optional<long long> staff;
    if (const Actor& who = db.auditActor(c.actor); who.userId >= 0) {
      auto own = one("SELECT staff_id FROM app_user WHERE id = ?", who.userId);
      if (!own) return own.error();
      staff = *own;
    }
    if (!staff) {
      auto worker =
          one("SELECT staff_id FROM staff_assignment WHERE role_code = 'GRID_WORKER' AND level = 'grid' AND "
              "target_id = ? AND end_date IS NULL ORDER BY position_type = 'full_time' DESC, id LIMIT 1",
              *field("grid_id"));
      if (!worker) return worker.error();
      staff = *worker;
    }
    if (staff) set("staff_id", *staff);
  }
  if (!text("next_due").empty() && !m_visitDay.empty() && text("next_due") < m_visitDay)
    issue("next_due", text("next_due") + " is before the visit (" + m_visitDay + ")");
  if (m_id < 0 && m_issues.empty()) {
    static const std::map<std::string, std::string> kPoint = {
        {"grid", "SELECT AsText(PointOnSurface(geom)) FROM grid WHERE id = ?"},
        {"building", "SELECT AsText(PointOnSurface(geom)) FROM building WHERE id = ?"},
        {"household",
         "SELECT AsText(PointOnSurface(b.geom)) FROM household h JOIN building b ON b.id = h.building_id "
         "WHERE h.id = ?"},
        {"key_person",
         "SELECT AsText(PointOnSurface(b.geom)) FROM key_person k JOIN person p ON p.id = k.person_id "
         "JOIN household h ON h.id = p.household_id JOIN building b ON b.id = h.building_id WHERE k.id = ?"},
        {"key_place", "SELECT AsText(geom) FROM key_place WHERE id = ?"},
        {"key_matter", "SELECT AsText(geom) FROM key_matter WHERE id = ?"}};
    auto point = db.prepare(kPoint.at(type));
    if (!point) return point.error();
    point->bind(1, type == "grid" ? *field("grid_id") : Value(m_visitObject));
    auto row = point->step();
    if (!row) return row.error();
    if (*row && !point->isNull(0)) set("geom", Wkt{point->text(0)});
  }
  return {};
}

Status Saver::visitEffects(RecordWriter& writer, RecordChange& change) {
  if (m_id >= 0 || m_visitObject < 0 || m_visitDay.empty()) return {};
  Database& db = c.database;
  if (m_visitType == "household") {
    auto count = queryId(db, "SELECT visit_count FROM household WHERE id = ?", m_visitObject);
    if (!count) return count.error();
    return updateRecorded(writer, c.actor, "household", m_visitObject, {{"visit_count", count->value_or(0) + 1}},
                          change);
  }
  if (m_visitType != "key_person") return {};
  auto current = db.prepare(
      "SELECT coalesce(last_visit_date, ''), category_code, coalesce(risk_colour, '') "
      "FROM key_person WHERE id = ?");
  if (!current) return current.error();
  current->bind(1, m_visitObject);
  auto row = current->step();
  if (!row) return row.error();
  if (!*row || current->text(0) > m_visitDay) return {};  // a late entry of an older visit changes nothing
  std::string next = text("next_due");
  if (next.empty()) {
    auto rules = loadVisitRules(db);
    if (!rules) return rules.error();
    if (const VisitRule* rule = ruleFor(*rules, "key_person", {current->text(1)}, current->text(2)))
      next = addInterval(m_visitDay, rule->every, rule->unit);
  }
  return updateRecorded(writer, c.actor, "key_person", m_visitObject,
                        {{"last_visit_date", m_visitDay}, {"next_visit_due", next.empty() ? null() : Value(next)}},
                        change);
}

}  // namespace grid::registry::detail
