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
#include "registry/visit_rules.h"
#include "security/crypto.h"
#include "storage/database.h"
#include "storage/record_writer.h"

namespace grid::registry {

namespace {

Result<std::optional<long long>> queryId(Database& db, const std::string& sql, const Value& parameter) {
  auto statement = db.prepare(sql);
  if (!statement) return statement.error();
  statement->bind(1, parameter);
  auto row = statement->step();
  if (!row) return row.error();
  if (!*row || statement->isNull(0)) return std::optional<long long>();
  return std::optional<long long>(statement->int64(0));
}

std::optional<long long> parseInteger(const std::string& text) {
  if (text.empty()) return std::nullopt;
  char* end = nullptr;
  const long long value = std::strtoll(text.c_str(), &end, 10);
  if (*end != '\0') {
    // Excel hands whole numbers over as "12.0".
    const double real = std::strtod(text.c_str(), &end);
    // NaN, infinities and values beyond ±9.2e18 cannot become a long long (casting them is undefined).
    if (*end != '\0' || !std::isfinite(real) || std::fabs(real) >= 9.2e18 || real != std::floor(real))
      return std::nullopt;
    return static_cast<long long>(real);
  }
  return value;
}

std::string examples(const std::vector<ChoiceValue>& values) {
  std::string out;
  for (std::size_t i = 0; i < values.size() && i < 4; ++i) out += (i ? "、" : "") + values[i].zh;
  return out;
}

bool masked(const std::string& text) { return text.find('*') != std::string::npos; }

// A Gauss-Krüger 3-degree zone spans about ±170 km around easting 500 km; China lies between 1,500 and 6,000 km north.
constexpr long kMinimumEasting = 250000, kMaximumEasting = 750000, kMinimumNorthing = 1500000, kMaximumNorthing = 6000000;
// No group, staff or household count of one record reaches a million.
constexpr long long kMaximumCount = 1000000;

//! How long a text column may be: names and people, short codes, addresses and places, free text.
TextField textField(const std::string& key) {
  static const std::set<std::string> names = {"name", "charge_person", "met_person", "recorded_by", "registrant", "resolve_owner",
                                              "stability_owner", "subject", "title", "work_unit", "resolve_unit",
                                              "stability_unit"};
  static const std::set<std::string> shortTexts = {"account_number", "serial_number", "work_time"};
  static const std::set<std::string> addresses = {"address", "place", "tags"};
  if (names.count(key)) return TextField::Name;
  if (shortTexts.count(key)) return TextField::Short;
  if (addresses.count(key)) return TextField::Address;
  return TextField::Note;
}

class Saver {
 public:
  Saver(const SaveContext& context, ListKind kind, long long id)
      : c(context), m_kind(kind), m_id(id), m_spec(listSpec(kind)) {}

  Result<RecordChange> run(const RecordValues& values, std::vector<FieldIssue>* issues) {
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
        return makeError(ErrorCode::InvalidInput, "编号: " + message, {.table = m_spec.table, .recordId = m_id, .field = "id"});
      }
    }
    RecordValues withDefaults = values;
    if (m_id < 0) {  // what a new record gets when the form or sheet leaves it out
      const std::string today = c.clock.today();
      const std::vector<std::pair<std::string, std::string>> defaults =
          m_kind == ListKind::Persons      ? std::vector<std::pair<std::string, std::string>>{{"population_type", "registered"}}
          : m_kind == ListKind::Entries    ? std::vector<std::pair<std::string, std::string>>{{"recorded_at", today}, {"status", "open"}}
          : m_kind == ListKind::KeyMatters ? std::vector<std::pair<std::string, std::string>>{{"registered_at", today}, {"status", "open"}}
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
          withDefaults["log_type"] = object == "grid" || object == "网格巡查" || object == "Grid patrol" || object.empty()
                                         ? "patrol"
                                     : object == "key_person" || object == "重点人员" || object == "Key person"
                                         ? "key_person_visit"
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

  //! Whether record \a id lies inside the context's ledger (always, when no ledger bounds the save).
  Result<bool> inScope(long long id) {
    if (c.target.id < 0) return true;
    auto found = queryId(c.database, "SELECT t.id FROM " + m_spec.from + " WHERE t.id = ? AND " +
                                         scopeCondition(m_spec, c.target), id);
    if (!found) return found.error();
    return found->has_value();
  }

  //! Where record \a id lies, for messages: "grid 440310001002-003", "building 17" or "another ledger".
  Result<std::string> placeOf(long long id) {
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

  std::string scopeName() const {
    static const std::map<LedgerLevel, std::string> names = {{LedgerLevel::Community, "community"},
                                                             {LedgerLevel::Area, "area"},
                                                             {LedgerLevel::Grid, "grid"},
                                                             {LedgerLevel::Building, "building"},
                                                             {LedgerLevel::Property, "property"}};
    return "the " + names.at(c.target.level) + " ledger " + std::to_string(c.target.id) + " this edit is bounded by";
  }

 private:
  void issue(const std::string& key, std::string message) { m_issues.push_back({key, std::move(message)}); }
  bool hasIssue(const std::string& key) const {
    return std::any_of(m_issues.begin(), m_issues.end(), [&](const FieldIssue& i) { return i.key == key; });
  }
  void missing(const ListColumn& column) { issue(column.key, "is required; enter a value"); }
  void set(const std::string& column, Value value) {
    for (auto& [name, v] : m_fields)
      if (name == column) {
        v = std::move(value);
        return;
      }
    m_fields.emplace_back(column, std::move(value));
  }
  const Value* field(const std::string& column) const {
    for (const auto& [name, v] : m_fields)
      if (name == column) return &v;
    return nullptr;
  }
  bool isNull(const std::string& column) const {
    const Value* v = field(column);
    return !v || std::holds_alternative<std::monostate>(*v);
  }
  std::string text(const std::string& column) const {
    const Value* v = field(column);
    return v && std::holds_alternative<std::string>(*v) ? std::get<std::string>(*v) : std::string();
  }

  //! Persons and households record how and by whom they were entered, and who changed them last.
  void stampPeople() {
    if (m_id < 0) {
      set("source_state", std::string("entered"));
      set("created_by", c.actor.name);
    } else {
      set("updated_by", c.actor.name);
      set("updated_at", c.clock.nowIso());
    }
  }

  void convert(const std::string& key, const std::string& text) {
    const ListColumn* column = m_spec.column(key);
    if (!column) {
      m_extra[key] = text;  // kind-specific keys (a new household's dwelling, a key person's ID number)
      return;
    }
    if (key == "id") {
      if (m_id < 0 && !text.empty()) {
        auto value = parseInteger(text);
        if (!value || *value <= 0)
          issue(key, "\"" + shownInMessage(text) + "\" is not a record number; leave it empty for a new record");
        else
          m_explicitId = *value;
      }
      return;
    }
    if (column->column.empty()) {
      m_extra[key] = text;
      return;
    }
    if (text.empty()) {
      if (column->required)
        missing(*column);
      else if (column->kind == ColumnKind::Phone)
        set(column->column + "_cipher", null()), set(column->column + "_masked", null());
      else if (column->kind == ColumnKind::IdNumber)
        set(column->column + "_cipher", null()), set(column->column + "_masked", null()),
            set(column->column + "_hmac", null());
      else if (column->kind == ColumnKind::X || column->kind == ColumnKind::Y)
        m_point[column->kind == ColumnKind::X ? 0 : 1] = "";
      else
        set(column->column, null());
      return;
    }
    switch (column->kind) {
      case ColumnKind::Text: {
        auto cleaned = cleanFieldText(text, textField(key));
        if (!cleaned)
          issue(key, cleaned.error().message);
        else if (cleaned->empty() && column->required)
          missing(*column);
        else
          set(column->column, cleaned->empty() ? null() : Value(*cleaned));
        break;
      }
      case ColumnKind::Integer: {
        auto value = parseInteger(text);
        if (!value || *value < 0)
          issue(key, "\"" + shownInMessage(text) + "\" is not a whole number");
        else if (key == "fire_level" && (*value < 1 || *value > 4))
          issue(key, "\"" + shownInMessage(text) + "\" is not a fire level; use 1 to 4");
        else if (*value > kMaximumCount && key != "person_id" && key != "household_id" && key != "helper_id" &&
                 key != "building_id" && key != "event_id")
          issue(key, text + " is not a plausible count; at most " + std::to_string(kMaximumCount));
        else
          set(column->column, *value);
        break;
      }
      case ColumnKind::Real:
      case ColumnKind::X:
      case ColumnKind::Y: {
        char* end = nullptr;
        const double value = std::strtod(text.c_str(), &end);
        if (*end != '\0' || !std::isfinite(value))
          issue(key, "\"" + shownInMessage(text) + "\" is not a number");
        else if (column->kind == ColumnKind::X && (value < kMinimumEasting || value > kMaximumEasting))
          issue(key, text + " is outside the database's zone (easting " + std::to_string(kMinimumEasting) + "–" +
                         std::to_string(kMaximumEasting) + " m); enter metres in the database CRS, not degrees");
        else if (column->kind == ColumnKind::Y && (value < kMinimumNorthing || value > kMaximumNorthing))
          issue(key, text + " is outside China's northings (" + std::to_string(kMinimumNorthing) + "–" +
                         std::to_string(kMaximumNorthing) + " m); enter metres in the database CRS, not degrees");
        else if (column->kind == ColumnKind::Real)
          set(column->column, value);
        else
          m_point[column->kind == ColumnKind::X ? 0 : 1] = text;
        break;
      }
      case ColumnKind::Date: {
        const std::string date = parseDate(text);
        if (date.empty())
          issue(key, "\"" + shownInMessage(text) + "\" is not a date; write it as 2026-03-17");
        else
          set(column->column, date);
        break;
      }
      case ColumnKind::Code:
        if (auto code = c.codes.code(column->domain, text))
          set(column->column, *code);
        else
          issue(key, "\"" + shownInMessage(text) + "\" is not in the code table (e.g. " + examples(c.codes.values(column->domain)) + ")");
        break;
      case ColumnKind::CodeList: {
        std::string codes;
        std::string normalized = text;
        for (const char* separator : {"、", "，", ";", "；"})
          for (std::size_t at; (at = normalized.find(separator)) != std::string::npos;)
            normalized.replace(at, std::string_view(separator).size(), ",");
        for (const std::string& part : splitText(normalized, ",")) {
          const std::string item = trimmed(part);
          if (item.empty()) continue;
          if (auto code = c.codes.code(column->domain, item))
            codes += (codes.empty() ? "" : ",") + *code;
          else
            issue(key, "\"" + item + "\" is not in the code table (e.g. " + examples(c.codes.values(column->domain)) + ")");
        }
        set(column->column, codes.empty() ? null() : Value(codes));
        break;
      }
      case ColumnKind::Choice: {
        bool found = false;
        for (const ChoiceValue& v : choiceValues(*column))
          if (v.value == text || v.zh == text || v.en == text) {
            found = true;
            if (v.value == "0" || v.value == "1")
              set(column->column, static_cast<long long>(v.value == "1"));
            else
              set(column->column, v.value);
          }
        if (!found) issue(key, "\"" + shownInMessage(text) + "\" is not one of " + examples(choiceValues(*column)));
        break;
      }
      case ColumnKind::Phone: {
        if (masked(text)) {
          if (m_id < 0) issue(key, "is masked (" + text + "); enter the full number or leave it empty");
          break;  // unchanged
        }
        auto phone = validatePhone(text);
        if (!phone) {
          issue(key, phone.error().message);
          break;
        }
        set(column->column + "_cipher", c.cipher.encrypt(phone->normalized));
        set(column->column + "_masked", maskPhone(phone->normalized));
        break;
      }
      case ColumnKind::IdNumber: {
        if (masked(text)) {
          if (m_id < 0) issue(key, "is masked (" + text + "); enter the full ID number or leave it empty");
          break;
        }
        auto info = validateIdNumber(text, c.clock.today());
        if (!info) {
          issue(key, info.error().message);
          break;
        }
        m_idInfo = *info;
        set(column->column + "_cipher", c.cipher.encrypt(info->normalized));
        set(column->column + "_hmac", c.cipher.lookupHash(info->normalized));
        set(column->column + "_masked", maskIdNumber(info->normalized));
        break;
      }
      case ColumnKind::GridCode: {
        auto grid = queryId(c.database, "SELECT id FROM grid WHERE grid_code = ? AND retired_at IS NULL", text);
        if (grid && grid->has_value())
          set(column->column, **grid);
        else
          issue(key, "no grid has the code \"" + text + "\"; use the 15-digit grid code");
        break;
      }
    }
  }

  Status applyRules(const RecordValues& /*values*/) {
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
          auto other = one("SELECT id FROM person WHERE id_hmac = ? AND logout = 0", c.cipher.lookupHash(m_idInfo->normalized));
          if (!other) return other.error();
          if (other->has_value() && **other != m_id)
            issue("id_number", "this ID number belongs to person " + std::to_string(**other) +
                                   "; open that record instead of adding it twice");
          const std::string sex = m_idInfo->sex == Sex::Male ? "M" : "F";
          const std::string birth = isoBirthDate(*m_idInfo);
          if (const Value* g = field("gender"); g && std::holds_alternative<std::string>(*g) && text("gender") != sex)
            issue("gender", "does not match the ID number (its 17th digit says " + std::string(sex == "M" ? "男" : "女") + ")");
          else if (!g || std::holds_alternative<std::monostate>(*g))
            set("gender", sex);
          if (const Value* b = field("birth_date"); b && std::holds_alternative<std::string>(*b) && text("birth_date") != birth)
            issue("birth_date", "does not match the birth date in the ID number (" + birth + ")");
          else if (!b || std::holds_alternative<std::monostate>(*b))
            set("birth_date", birth);
        }
        if (!m_idInfo && m_id >= 0 && !text("gender").empty()) {
          // The masked copy keeps the last four characters, and with them the 17th digit that gives the sex.
          auto stored = c.database.prepare("SELECT coalesce(id_masked, '') FROM person WHERE id = ? AND id_type = 'resident_id'");
          if (!stored) return stored.error();
          stored->bind(1, m_id);
          auto row = stored->step();
          if (!row) return row.error();
          if (*row && stored->text(0).size() == 18 && std::isdigit(static_cast<unsigned char>(stored->text(0)[16]))) {
            const std::string sex = (stored->text(0)[16] - '0') % 2 ? "M" : "F";
            if (text("gender") != sex)
              issue("gender", "does not match the ID number (its 17th digit says " + std::string(sex == "M" ? "男" : "女") + ")");
          }
        }
        if (const Value* h = field("household_id"); h && std::holds_alternative<long long>(*h)) {
          auto grid = one("SELECT coalesce(grid_id, -1) FROM household WHERE id = ? AND logout = 0", *h);
          if (!grid) return grid.error();
          if (!grid->has_value())
            issue("household_id", "household " + std::to_string(std::get<long long>(*h)) + " does not exist or has moved out");
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
        if (isNull("person_id") && m_extra.count("id_number") &&
            !masked(m_extra.at("id_number")) && !m_extra.at("id_number").empty()) {
          // A sheet may name the person by the full ID number instead of the person number.
          auto info = validateIdNumber(m_extra.at("id_number"), c.clock.today());
          if (!info) {
            issue("id_number", info.error().message);
          } else {
            auto found = one("SELECT id FROM person WHERE id_hmac = ? AND logout = 0", c.cipher.lookupHash(info->normalized));
            if (!found) return found.error();
            if (!found->has_value())
              issue("id_number", "no resident has this ID number; register the person first");
            else
              set("person_id", **found);
          }
          m_issues.erase(std::remove_if(m_issues.begin(), m_issues.end(),
                                        [](const FieldIssue& i) { return i.key == "person_id"; }),
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
        }
        else if (hasPoint)
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
          auto statement = db.prepare("SELECT id FROM grid WHERE retired_at IS NULL AND ST_Contains(geom, MakePoint(?, ?, " +
                                      std::to_string(db.srid()) + ")) LIMIT 1");
          if (!statement) return statement.error();
          statement->bind(1, std::strtod(m_point[0].c_str(), nullptr)).bind(2, std::strtod(m_point[1].c_str(), nullptr));
          auto row = statement->step();
          if (!row) return row.error();
          if (*row) set("grid_id", statement->int64(0));
        }
        if (m_id < 0 && isNull("grid_id") && !hasIssue("grid")) issue("grid", "the place needs a grid: enter the grid code, a building or X/Y");
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
      case ListKind::PatrolLogs: return patrolRules();
    }
    return {};
  }

  /**
   * Patrol logs and visits: the time is a date or a date and time, not in the future; the visited record exists and
   * gives the grid (a grid patrol names its grid); the worker defaults to the signed-in user's staff record, else the
   * grid's full-time worker; the point is the visited place's.
   */
  Status patrolRules() {
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
      const bool timeOk = time.empty() || (std::sscanf(time.c_str(), "%d:%d:%d", &hour, &minute, &second) >= 2 &&
                                           hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 &&
                                           second < 60);
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
    if (const Value* o = field("object_id"); o && std::holds_alternative<long long>(*o)) objectId = std::get<long long>(*o);
    if (m_id >= 0 && objectGiven) {  // an edit naming only one of the two keeps the other
      auto current = db.prepare("SELECT CASE WHEN key_matter_id IS NOT NULL THEN 'key_matter' ELSE "
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
            issue("grid", "the visited " + type + " lies in another grid; leave the grid code empty, it follows the record");
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
        auto worker = one("SELECT staff_id FROM staff_assignment WHERE role_code = 'GRID_WORKER' AND level = 'grid' AND "
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
          {"household", "SELECT AsText(PointOnSurface(b.geom)) FROM household h JOIN building b ON b.id = h.building_id "
                        "WHERE h.id = ?"},
          {"key_person", "SELECT AsText(PointOnSurface(b.geom)) FROM key_person k JOIN person p ON p.id = k.person_id "
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

  //! What a new visit changes besides its own row: the key person's last and next visit, the household's count.
  Status visitEffects(RecordWriter& writer, RecordChange& change) {
    if (m_id >= 0 || m_visitObject < 0 || m_visitDay.empty()) return {};
    Database& db = c.database;
    if (m_visitType == "household") {
      auto count = queryId(db, "SELECT visit_count FROM household WHERE id = ?", m_visitObject);
      if (!count) return count.error();
      return updateRecorded(writer, c.actor, "household", m_visitObject, {{"visit_count", count->value_or(0) + 1}}, change);
    }
    if (m_visitType != "key_person") return {};
    auto current = db.prepare("SELECT coalesce(last_visit_date, ''), category_code, coalesce(risk_colour, '') "
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
                          {{"last_visit_date", m_visitDay}, {"next_visit_due", next.empty() ? null() : Value(next)}}, change);
  }

  Status write(RecordWriter& writer, RecordChange& change, long long* written) {
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
      if (auto s = updateRecorded(writer, c.actor, m_spec.table, m_id, m_fields, change); !s) return s;
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
      const long long household = h && std::holds_alternative<long long>(*h) ? std::get<long long>(*h) : previousHousehold;
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

 public:
  const SaveContext& c;

  static Result<long long> findOrCreateHouse(RecordWriter& writer, RecordChange& change, long long building, long long unit,
                                             const std::string& room, const Actor& actor) {
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
  static Status recountMembers(RecordWriter& writer, RecordChange& change, long long household, const Actor& actor) {
    auto count = writer.database().prepare("SELECT count(*) FROM person WHERE household_id = ? AND logout = 0");
    if (!count) return count.error();
    count->bind(1, household);
    auto row = count->step();
    if (!row) return row.error();
    return updateRecorded(writer, actor, "household", household, {{"members_count", count->int64(0)}}, change);
  }

 private:
  Result<long long> findOrCreateHouse(RecordWriter& writer, RecordChange& change, long long building, long long unit,
                                      const std::string& room) {
    return findOrCreateHouse(writer, change, building, unit, room, c.actor);
  }
  Status recountMembers(RecordWriter& writer, RecordChange& change, long long household) {
    return recountMembers(writer, change, household, c.actor);
  }

  ListKind m_kind;
  long long m_id;
  const ListSpec& m_spec;
  Fields m_fields;
  std::vector<FieldIssue> m_issues;
  std::map<std::string, std::string> m_extra;
  std::optional<IdNumberInfo> m_idInfo;
  std::string m_point[2];
  long long m_pointFromBuilding = -1;
  long long m_explicitId = -1;
  std::string m_visitType, m_visitDay;
  long long m_visitObject = -1;
  struct {
    long long building = -1, unit = 1;
    std::string room;
  } m_dwelling;
};

}  // namespace

Result<RecordChange> saveRecord(const SaveContext& context, ListKind kind, long long id, const RecordValues& values,
                                std::vector<FieldIssue>* issues) {
  return Saver(context, kind, id).run(values, issues);
}

Result<RecordChange> logVisit(const SaveContext& context, const RecordValues& values, const Blob& photo,
                              const std::string& photoName, std::vector<FieldIssue>* issues) {
  constexpr std::size_t kMaximumPhoto = 10 * 1024 * 1024;
  if (photo.size() > kMaximumPhoto)
    return makeError(ErrorCode::InvalidInput, "The photo is larger than 10 MB; take a smaller one.", {.field = "photo"});
  Transaction transaction(context.database);
  if (!transaction.begun()) return transaction.begun().error();
  auto saved = saveRecord(context, ListKind::PatrolLogs, -1, values, issues);
  if (!saved) return saved;
  if (!photo.empty()) {
    long long id = -1;
    for (const auto& [table, created] : saved->created)
      if (table == "patrol_log") id = created;
    RecordWriter writer(context.database, context.clock);
    if (auto s = updateRecorded(writer, context.actor, "patrol_log", id,
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
    return makeError(ErrorCode::InvalidInput, "\"" + date + "\" is not a date; write it as 2026-03-17.", {.field = "date"});
  if (day > context.clock.today())
    return makeError(ErrorCode::InvalidInput, "The date " + day + " lies in the future.", {.field = "date"});
  return recordedEdit(context.database, context.clock, [&](RecordWriter& writer, RecordChange& change) -> Status {
    auto current = queryId(context.database, "SELECT logout FROM " + table + " WHERE id = ?", id);
    if (!current) return current.error();
    if (!current->has_value())
      return makeError(ErrorCode::NotFound, "Record " + std::to_string(id) + " does not exist.", {.table = table, .recordId = id});
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
  auto grid = queryId(context.database, "SELECT coalesce(grid_id, -1) FROM building WHERE id = ? AND logout = 0", buildingId);
  if (!grid) return grid.error();
  if (!grid->has_value())
    return makeError(ErrorCode::NotFound, "Building " + std::to_string(buildingId) + " does not exist.", {.field = "building"});
  return recordedEdit(context.database, context.clock, [&](RecordWriter& writer, RecordChange& change) -> Status {
    auto house = Saver::findOrCreateHouse(writer, change, buildingId, unit, roomText, context.actor);
    if (!house) return house.error();
    auto occupied = queryId(context.database, "SELECT id FROM household WHERE house_id = ? AND logout = 0 AND id <> " +
                                                  std::to_string(householdId), *house);
    if (!occupied) return occupied.error();
    if (occupied->has_value())
      return makeError(ErrorCode::Conflict,
                       "Household " + std::to_string(**occupied) + " already lives in room " + roomText +
                           "; move it first or choose another room.",
                       {.field = "room"});
    const Value gridValue = **grid >= 0 ? Value(**grid) : null();
    if (auto s = updateRecorded(writer, context.actor, "household", householdId,
                                {{"house_id", *house}, {"building_id", buildingId}, {"grid_id", gridValue},
                                 {"updated_by", context.actor.name}, {"updated_at", context.clock.nowIso()}},
                                change);
        !s)
      return s;
    std::vector<long long> members;
    auto list = context.database.prepare("SELECT id FROM person WHERE household_id = ?");
    if (!list) return list.error();
    list->bind(1, householdId);
    if (auto s = list->forEachRow([&](const Statement& r) { members.push_back(r.int64(0)); }); !s) return s;
    for (long long person : members)
      if (auto s = updateRecorded(writer, context.actor, "person", person, {{"grid_id", gridValue}}, change); !s) return s;
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
                       "Say how the former head is related to the new one (配偶, 父亲, 母亲 …).", {.field = "relation"});
  }
  return recordedEdit(context.database, context.clock, [&](RecordWriter& writer, RecordChange& change) -> Status {
    if (auto s = updateRecorded(writer, context.actor, "household", householdId,
                                {{"head_person_id", personId}, {"updated_by", context.actor.name},
                                 {"updated_at", context.clock.nowIso()}},
                                change);
        !s)
      return s;
    if (auto s = updateRecorded(writer, context.actor, "person", personId, {{"relation_code", std::string("02")}}, change); !s)
      return s;
    if (relation)
      return updateRecorded(writer, context.actor, "person", **formerHead, {{"relation_code", *relation}}, change);
    return {};
  });
}

}  // namespace grid::registry
