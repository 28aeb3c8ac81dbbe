// SPDX-License-Identifier: GPL-2.0-or-later
#include "registry/record_edit.h"

#include <cmath>
#include <cstdlib>
#include <map>
#include <set>

#include "ledger/field_text.h"
#include "ledger/id_number.h"
#include "ledger/phone.h"
#include "ledger/text_util.h"
#include "registry/record_saver.h"
#include "registry/visit_rules.h"
#include "security/crypto.h"
#include "storage/database.h"
#include "storage/record_writer.h"

namespace grid::registry {

namespace detail {

Result<RecordChange> Saver::run(const RecordValues& values, std::vector<FieldIssue>* issues) {
  Database& db = c.database;
  if (m_id >= 0) {
    auto exists = queryId(db, "SELECT id FROM " + m_spec.table + " WHERE id = ?", m_id);
    if (!exists) return exists.error();
    if (!exists->has_value())
      return makeError(ErrorCode::NotFound, "Record " + std::to_string(m_id) + " no longer exists.",
                       {.table = m_spec.table, .recordId = m_id});
  }
  if (m_id >= 0) {
    // The ledger bounds every row it touches: a record of another ledger is not this ledger's to change.
    auto inside = inScope(m_id);
    if (!inside) return inside.error();
    if (!*inside) {
      auto where = placeOf(m_id);
      if (!where) return where.error();
      const std::string message = "record " + std::to_string(m_id) + " belongs to " + *where + ", outside " +
                                  scopeName() + "; change it from its own ledger";
      if (issues) *issues = {{"id", message}};
      return makeError(ErrorCode::InvalidInput, "编号: " + message,
                       {.table = m_spec.table, .recordId = m_id, .field = "id"});
    }
  }
  RecordValues withDefaults = values;
  if (m_id < 0) {  // what a new record gets when the form or sheet leaves it out
    const std::string today = c.clock.today();
    const std::vector<std::pair<std::string, std::string>> defaults =
        m_kind == ListKind::Persons
            ? std::vector<std::pair<std::string, std::string>>{{"population_type", "registered"}}
        : m_kind == ListKind::Entries
            ? std::vector<std::pair<std::string, std::string>>{{"recorded_at", today}, {"status", "open"}}
        : m_kind == ListKind::KeyMatters
            ? std::vector<std::pair<std::string, std::string>>{{"registered_at", today}, {"status", "open"}}
        : m_kind == ListKind::KeyPersons || m_kind == ListKind::KeyPlaces
            ? std::vector<std::pair<std::string, std::string>>{{"attention", "normal"}}
            : std::vector<std::pair<std::string, std::string>>{};
    for (const auto& [key, value] : defaults)
      if (!withDefaults.count(key) || trimmed(withDefaults[key]).empty()) withDefaults[key] = value;
    if (m_kind == ListKind::PatrolLogs) {  // now, and the kind of log the visited object calls for
      if (!withDefaults.count("work_time") || trimmed(withDefaults["work_time"]).empty())
        withDefaults["work_time"] = c.clock.nowIso().substr(0, 19);
      if (!withDefaults.count("log_type") || trimmed(withDefaults["log_type"]).empty()) {
        const std::string object = withDefaults.count("object_type") ? trimmed(withDefaults["object_type"]) : "grid";
        withDefaults["log_type"] =
            object == "grid" || object == "网格巡查" || object == "Grid patrol" || object.empty() ? "patrol"
            : object == "key_person" || object == "重点人员" || object == "Key person"            ? "key_person_visit"
                                                                                                  : "routine_visit";
      }
    }
  }
  for (const auto& [key, raw] : withDefaults) convert(key, trimmed(raw));
  if (m_id < 0)
    for (const ListColumn& column : m_spec.columns)
      if (column.required && !withDefaults.count(column.key)) missing(column);
  auto rules = applyRules(withDefaults);
  if (!rules) return rules.error();
  if (issues) *issues = m_issues;
  if (!m_issues.empty()) {
    const ListColumn* column = m_spec.column(m_issues.front().key);
    return makeError(ErrorCode::InvalidInput,
                     (column ? column->zh : m_issues.front().key) + ": " + m_issues.front().message,
                     {.table = m_spec.table, .recordId = m_id, .field = m_issues.front().key});
  }
  std::string outside;
  auto saved = recordedEdit(db, c.clock, [&](RecordWriter& writer, RecordChange& change) -> Status {
    long long written = m_id;
    if (auto s = write(writer, change, &written); !s) return s;
    // What the row sets (a grid code, a building, a point, a household) must keep the record in the ledger.
    auto inside = inScope(written);
    if (!inside) return inside.error();
    if (*inside) return {};
    auto where = placeOf(written);
    if (!where) return where.error();
    outside = "this would put the record in " + *where + ", outside " + scopeName() +
              "; enter a grid, building or point inside it, or use that ledger";
    return makeError(ErrorCode::InvalidInput, outside);  // rolls the save back
  });
  if (!saved && !outside.empty()) {
    const std::string key = m_spec.column("grid") ? "grid" : m_spec.column("building") ? "building" : "id";
    if (issues) *issues = {{key, outside}};
    const ListColumn* column = m_spec.column(key);
    return makeError(ErrorCode::InvalidInput, (column ? column->zh : key) + ": " + outside,
                     {.table = m_spec.table, .recordId = m_id, .field = key});
  }
  return saved;
}

Result<bool> Saver::inScope(long long id) {
  if (c.target.id < 0) return true;
  auto found = queryId(
      c.database, "SELECT t.id FROM " + m_spec.from + " WHERE t.id = ? AND " + scopeCondition(m_spec, c.target), id);
  if (!found) return found.error();
  return found->has_value();
}

Result<std::string> Saver::placeOf(long long id) {
  if (m_kind != ListKind::Entries) {
    auto statement = c.database.prepare("SELECT (SELECT grid_code FROM grid WHERE id = (" + m_spec.gridExpr + ")), (" +
                                        m_spec.buildingExpr + ") FROM " + m_spec.from + " WHERE t.id = ?");
    if (!statement) return statement.error();
    statement->bind(1, id);
    auto row = statement->step();
    if (!row) return row.error();
    if (*row && !statement->isNull(0)) return "grid " + statement->text(0);
    if (*row && !statement->isNull(1)) return "building " + statement->text(1);
    if (*row) return std::string("no grid");
  }
  return std::string("another ledger");
}

std::string Saver::scopeName() const {
  static const std::map<LedgerLevel, std::string> names = {{LedgerLevel::Community, "community"},
                                                           {LedgerLevel::Area, "area"},
                                                           {LedgerLevel::Grid, "grid"},
                                                           {LedgerLevel::Building, "building"},
                                                           {LedgerLevel::Property, "property"}};
  return "the " + names.at(c.target.level) + " ledger " + std::to_string(c.target.id) + " this edit is bounded by";
}

void Saver::set(const std::string& column, Value value) {
  for (auto& [name, v] : m_fields)
    if (name == column) {
      v = std::move(value);
      return;
    }
  m_fields.emplace_back(column, std::move(value));
}

const Value* Saver::field(const std::string& column) const {
  for (const auto& [name, v] : m_fields)
    if (name == column) return &v;
  return nullptr;
}

bool Saver::isNull(const std::string& column) const {
  const Value* v = field(column);
  return !v || std::holds_alternative<std::monostate>(*v);
}

std::string Saver::text(const std::string& column) const {
  const Value* v = field(column);
  return v && std::holds_alternative<std::string>(*v) ? std::get<std::string>(*v) : std::string();
}

void Saver::stampPeople() {
  if (m_id < 0) {
    set("source_state", std::string("entered"));
    set("created_by", c.actor.name);
  } else {
    set("updated_by", c.actor.name);
    set("updated_at", c.clock.nowIso());
  }
}

Status Saver::write(RecordWriter& writer, RecordChange& change, long long* written) {
  Database& db = c.database;
  if (m_kind == ListKind::Households && m_id < 0) {
    auto house = findOrCreateHouse(writer, change, m_dwelling.building, m_dwelling.unit, m_dwelling.room);
    if (!house) return house.error();
    set("house_id", *house);
  }
  long long previousHousehold = -1;
  if (m_kind == ListKind::Persons && m_id >= 0) {
    auto before = queryId(db, "SELECT household_id FROM person WHERE id = ?", m_id);
    if (!before) return before.error();
    previousHousehold = before->value_or(-1);
  }
  long long id = m_id;
  if (m_id < 0) {
    auto inserted = insertRecorded(writer, c.actor, m_spec.table, m_fields, change);
    if (!inserted) return inserted.error();
    id = *inserted;
    *written = id;
  } else if (!m_fields.empty()) {
    if (auto s = updateRecorded(writer, c.actor, m_spec.table, m_id, m_fields, change, c.expectedVersion); !s) return s;
  }
  if (m_kind == ListKind::KeyPlaces && m_pointFromBuilding >= 0) {
    auto statement = db.prepare("SELECT AsText(PointOnSurface(geom)) FROM building WHERE id = ?");
    if (!statement) return statement.error();
    statement->bind(1, m_pointFromBuilding);
    auto row = statement->step();
    if (!row) return row.error();
    if (*row && !statement->isNull(0))
      if (auto s = updateRecorded(writer, c.actor, "key_place", id, {{"geom", Wkt{statement->text(0)}}}, change); !s)
        return s;
  }
  if (m_kind == ListKind::PatrolLogs)
    if (auto s = visitEffects(writer, change); !s) return s;
  if (m_kind == ListKind::Persons) {
    const Value* h = field("household_id");
    const long long household =
        h && std::holds_alternative<long long>(*h) ? std::get<long long>(*h) : previousHousehold;
    for (long long affected : {previousHousehold, household})
      if (affected >= 0)
        if (auto s = recountMembers(writer, change, affected); !s) return s;
    if (m_id < 0 && text("relation_code") == "02" && household >= 0) {
      auto head = queryId(db, "SELECT head_person_id FROM household WHERE id = ?", household);
      if (!head) return head.error();
      if (!head->has_value())
        if (auto s = updateRecorded(writer, c.actor, "household", household, {{"head_person_id", id}}, change); !s)
          return s;
    }
  }
  return {};
}

Result<long long> Saver::findOrCreateHouse(RecordWriter& writer, RecordChange& change, long long building,
                                           long long unit, const std::string& room, const Actor& actor) {
  auto statement =
      writer.database().prepare("SELECT id FROM house WHERE building_id = ? AND unit_no = ? AND room_no = ?");
  if (!statement) return statement.error();
  statement->bind(1, building).bind(2, unit).bind(3, room);
  auto row = statement->step();
  if (!row) return row.error();
  if (*row) return statement->int64(0);
  const long long floor = floorOfRoom(room);
  return insertRecorded(writer, actor, "house",
                        {{"building_id", building}, {"unit_no", unit}, {"floor", floor}, {"room_no", room}}, change);
}

Status Saver::recountMembers(RecordWriter& writer, RecordChange& change, long long household, const Actor& actor) {
  auto count = writer.database().prepare("SELECT count(*) FROM person WHERE household_id = ? AND logout = 0");
  if (!count) return count.error();
  count->bind(1, household);
  auto row = count->step();
  if (!row) return row.error();
  return updateRecorded(writer, actor, "household", household, {{"members_count", count->int64(0)}}, change);
}

Result<long long> Saver::findOrCreateHouse(RecordWriter& writer, RecordChange& change, long long building,
                                           long long unit, const std::string& room) {
  return findOrCreateHouse(writer, change, building, unit, room, c.actor);
}

}  // namespace detail

using detail::queryId;
using detail::Saver;

Result<RecordChange> saveRecord(const SaveContext& context, ListKind kind, long long id, const RecordValues& values,
                                std::vector<FieldIssue>* issues) {
  return Saver(context, kind, id).run(values, issues);
}

Result<RecordChange> logVisit(const SaveContext& context, const RecordValues& values, const Blob& photo,
                              const std::string& photoName, std::vector<FieldIssue>* issues) {
  constexpr std::size_t kMaximumPhoto = 10 * 1024 * 1024;
  if (photo.size() > kMaximumPhoto)
    return makeError(ErrorCode::InvalidInput, "The photo is larger than 10 MB; take a smaller one.",
                     {.field = "photo"});
  Transaction transaction(context.database);
  if (!transaction.begun()) return transaction.begun().error();
  auto saved = saveRecord(context, ListKind::PatrolLogs, -1, values, issues);
  if (!saved) return saved;
  if (!photo.empty()) {
    long long id = -1;
    for (const auto& [table, created] : saved->created)
      if (table == "patrol_log") id = created;
    RecordWriter writer(context.database, context.clock);
    if (auto s =
            updateRecorded(writer, context.actor, "patrol_log", id,
                           {{"photo", photo}, {"photo_name", photoName.empty() ? "photo.jpg" : photoName}}, *saved);
        !s)
      return s.error();
  }
  if (auto s = transaction.commit(); !s) return s.error();
  return saved;
}

Result<RecordChange> moveOut(const SaveContext& context, ListKind kind, long long id, const std::string& reason,
                             const std::string& date) {
  const std::string table = listSpec(kind).table;
  if (kind != ListKind::Persons && kind != ListKind::Households && kind != ListKind::KeyPersons &&
      kind != ListKind::KeyPlaces)
    return makeError(ErrorCode::Unsupported, "Only persons, households, key persons and key places move out.");
  if (trimmed(reason).empty())
    return makeError(ErrorCode::InvalidInput, "Say why (moved away, died, …); the reason is kept with the record.",
                     {.field = "reason"});
  const std::string day = parseDate(date);
  if (day.empty())
    return makeError(ErrorCode::InvalidInput, "\"" + date + "\" is not a date; write it as 2026-03-17.",
                     {.field = "date"});
  if (day > context.clock.today())
    return makeError(ErrorCode::InvalidInput, "The date " + day + " lies in the future.", {.field = "date"});
  return recordedEdit(context.database, context.clock, [&](RecordWriter& writer, RecordChange& change) -> Status {
    auto current = queryId(context.database, "SELECT logout FROM " + table + " WHERE id = ?", id);
    if (!current) return current.error();
    if (!current->has_value())
      return makeError(ErrorCode::NotFound, "Record " + std::to_string(id) + " does not exist.",
                       {.table = table, .recordId = id});
    if (**current == 1)
      return makeError(ErrorCode::Conflict, "This record has already moved out.", {.table = table, .recordId = id});
    Fields fields{{"logout", 1LL}, {"logout_reason", trimmed(reason)}, {"logout_date", day}};
    const bool people = kind == ListKind::Persons || kind == ListKind::Households;
    if (people) fields.emplace_back("updated_by", context.actor.name);
    fields.emplace_back("updated_at", context.clock.nowIso());
    if (auto s = updateRecorded(writer, context.actor, table, id, fields, change); !s) return s;
    std::vector<long long> members;
    long long household = -1;
    if (kind == ListKind::Households) {
      household = id;
      auto list = context.database.prepare("SELECT id FROM person WHERE household_id = ? AND logout = 0");
      if (!list) return list.error();
      list->bind(1, id);
      if (auto s = list->forEachRow([&](const Statement& r) { members.push_back(r.int64(0)); }); !s) return s;
    } else if (kind == ListKind::Persons) {
      auto h = queryId(context.database, "SELECT household_id FROM person WHERE id = ?", id);
      if (!h) return h.error();
      household = h->value_or(-1);
    }
    for (long long person : members)
      if (auto s = updateRecorded(writer, context.actor, "person", person, fields, change); !s) return s;
    if (household >= 0) return Saver::recountMembers(writer, change, household, context.actor);
    return {};
  });
}

Result<RecordChange> moveHousehold(const SaveContext& context, long long householdId, long long buildingId, int unit,
                                   const std::string& room) {
  const std::string roomText = trimmed(room);
  if (roomText.empty()) return makeError(ErrorCode::InvalidInput, "Enter the room number (1203).", {.field = "room"});
  if (unit < 1) return makeError(ErrorCode::InvalidInput, "The unit number starts at 1.", {.field = "unit"});
  auto grid =
      queryId(context.database, "SELECT coalesce(grid_id, -1) FROM building WHERE id = ? AND logout = 0", buildingId);
  if (!grid) return grid.error();
  if (!grid->has_value())
    return makeError(ErrorCode::NotFound, "Building " + std::to_string(buildingId) + " does not exist.",
                     {.field = "building"});
  return recordedEdit(context.database, context.clock, [&](RecordWriter& writer, RecordChange& change) -> Status {
    auto house = Saver::findOrCreateHouse(writer, change, buildingId, unit, roomText, context.actor);
    if (!house) return house.error();
    auto occupied = queryId(
        context.database,
        "SELECT id FROM household WHERE house_id = ? AND logout = 0 AND id <> " + std::to_string(householdId), *house);
    if (!occupied) return occupied.error();
    if (occupied->has_value())
      return makeError(ErrorCode::Conflict,
                       "Household " + std::to_string(**occupied) + " already lives in room " + roomText +
                           "; move it first or choose another room.",
                       {.field = "room"});
    const Value gridValue = **grid >= 0 ? Value(**grid) : null();
    if (auto s = updateRecorded(writer, context.actor, "household", householdId,
                                {{"house_id", *house},
                                 {"building_id", buildingId},
                                 {"grid_id", gridValue},
                                 {"updated_by", context.actor.name},
                                 {"updated_at", context.clock.nowIso()}},
                                change);
        !s)
      return s;
    std::vector<long long> members;
    auto list = context.database.prepare("SELECT id FROM person WHERE household_id = ?");
    if (!list) return list.error();
    list->bind(1, householdId);
    if (auto s = list->forEachRow([&](const Statement& r) { members.push_back(r.int64(0)); }); !s) return s;
    for (long long person : members)
      if (auto s = updateRecorded(writer, context.actor, "person", person, {{"grid_id", gridValue}}, change); !s)
        return s;
    return {};
  });
}

Result<RecordChange> changeHead(const SaveContext& context, long long householdId, long long personId,
                                const std::string& formerHeadRelation) {
  auto member = queryId(context.database, "SELECT household_id FROM person WHERE id = ? AND logout = 0", personId);
  if (!member) return member.error();
  if (!member->has_value() || **member != householdId)
    return makeError(ErrorCode::InvalidInput, "The new head must be a member of this household.", {.field = "head"});
  auto formerHead = queryId(context.database, "SELECT head_person_id FROM household WHERE id = ?", householdId);
  if (!formerHead) return formerHead.error();
  std::optional<std::string> relation;
  if (formerHead->has_value() && **formerHead != personId) {
    relation = context.codes.code("relation", trimmed(formerHeadRelation));
    if (!relation || *relation == "02")
      return makeError(ErrorCode::InvalidInput,
                       "Say how the former head is related to the new one (配偶, 父亲, 母亲 …).",
                       {.field = "relation"});
  }
  return recordedEdit(context.database, context.clock, [&](RecordWriter& writer, RecordChange& change) -> Status {
    if (auto s = updateRecorded(
            writer, context.actor, "household", householdId,
            {{"head_person_id", personId}, {"updated_by", context.actor.name}, {"updated_at", context.clock.nowIso()}},
            change);
        !s)
      return s;
    if (auto s =
            updateRecorded(writer, context.actor, "person", personId, {{"relation_code", std::string("02")}}, change);
        !s)
      return s;
    if (relation)
      return updateRecorded(writer, context.actor, "person", **formerHead, {{"relation_code", *relation}}, change);
    return {};
  });
}

}  // namespace grid::registry
