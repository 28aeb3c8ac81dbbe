// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/database_copy.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "security/crypto.h"
#include "storage/bulk_write_mode.h"
#include "storage/derived_tables.h"
#include "storage/job_lock.h"
#include "storage/json.h"
#include "storage/record_writer.h"
#include "storage/server_admin.h"

namespace grid {

namespace {

// SpatiaLite's own tables in a file, never copied.
bool spatialiteTable(const std::string& name) {
  for (const char* prefix : {"sqlite_",
                             "idx_",
                             "spatial",
                             "geometry_columns",
                             "views_geometry",
                             "virts_geometry",
                             "SE_",
                             "vector_",
                             "ElementaryGeometries",
                             "KNN",
                             "data_licenses",
                             "spatialite_history",
                             "sql_statements",
                             "raster",
                             "rl2",
                             "wms",
                             "topolog",
                             "network",
                             "iso_metadata",
                             "stored_"})
    if (name.rfind(prefix, 0) == 0) return true;
  return false;
}

Result<std::vector<std::string>> tablesOf(Database& database) {
  auto list = database.prepare(database.isServer()
                                   ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' AND "
                                     "table_type = 'BASE TABLE' ORDER BY table_name"
                                   : "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE "
                                     "'%VIRTUAL%' ORDER BY name");
  if (!list) return list.error();
  std::vector<std::string> tables;
  if (auto s = list->forEachRow([&](const Statement& row) {
        const std::string name = row.text(0);
        if (!spatialiteTable(name)) tables.push_back(name);
      });
      !s)
    return s.error();
  return tables;
}

//! (column, referenced table) of each foreign key of \a table.
Result<std::vector<std::pair<std::string, std::string>>> foreignKeysOf(Database& database, const std::string& table) {
  auto list = database.prepare(
      database.isServer()
          ? "SELECT a.attname, r.relname FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace "
            "n "
            "ON n.oid = t.relnamespace JOIN pg_class r ON r.oid = c.confrelid JOIN pg_attribute a ON a.attrelid = "
            "c.conrelid AND a.attnum = c.conkey[1] WHERE c.contype = 'f' AND n.nspname = 'main' AND t.relname = ?"
          : "SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?, 'main')");
  if (!list) return list.error();
  list->bind(1, table);
  std::vector<std::pair<std::string, std::string>> keys;
  if (auto s = list->forEachRow([&](const Statement& row) { keys.emplace_back(row.text(0), row.text(1)); }); !s)
    return s.error();
  return keys;
}

Result<std::set<std::string>> notNullColumnsOf(Database& database, const std::string& table) {
  auto list = database.prepare(database.isServer()
                                   ? "SELECT column_name FROM information_schema.columns WHERE table_schema = 'main' "
                                     "AND table_name = ? AND is_nullable = 'NO'"
                                   : "SELECT name FROM pragma_table_info(?, 'main') WHERE \"notnull\" = 1");
  if (!list) return list.error();
  list->bind(1, table);
  std::set<std::string> columns;
  if (auto s = list->forEachRow([&](const Statement& row) { columns.insert(row.text(0)); }); !s) return s.error();
  return columns;
}

//! A column that holds another record's id: a foreign key, or a (level, id) pair naming the place by its level.
struct Reference {
  std::string column;
  std::string parent;       //!< the referenced table; empty for a reference by level
  std::string levelColumn;  //!< the column naming the level (a place table), for a reference by level
  bool notNull = false;
  int index = -1;       //!< of column in TablePlan::columns
  int levelIndex = -1;  //!< of levelColumn
};

// References by (level, id), which the schema cannot declare as foreign keys.
struct LevelReference {
  const char* table;
  const char* level;
  const char* id;
};
constexpr LevelReference kLevelReferences[] = {{"staff_assignment", "level", "target_id"},
                                               {"qr_token", "scope", "target_id"},
                                               {"user_role", "scope_level", "scope_id"}};

//! The place table a level names ("grid" → grid), or empty.
std::string levelTable(const std::string& level) {
  static const std::set<std::string> places = {"district",   "street",   "community", "area",      "grid",
                                               "micro_grid", "building", "estate",    "household", "person"};
  return places.count(level) ? level : std::string();
}

struct TablePlan {
  std::string name;
  std::vector<std::string> columns;
  std::set<std::string> geometry;
  std::set<std::string> late;  //!< foreign keys inside a cycle (or to the table itself): written after every insert
  std::vector<Reference> references;
  bool hasId = false;
  int idIndex = -1;

  //! The table each reference of \a row points to (empty: none, as for an unknown level) and the id (-1: NULL).
  std::vector<std::pair<std::string, long long>> targets(const std::vector<Value>& row) const {
    std::vector<std::pair<std::string, long long>> out;
    for (const Reference& reference : references) {
      const Value& value = row[static_cast<std::size_t>(reference.index)];
      std::string parent = reference.parent;
      if (!reference.levelColumn.empty()) {
        const Value& level = row[static_cast<std::size_t>(reference.levelIndex)];
        parent = std::holds_alternative<std::string>(level) ? levelTable(std::get<std::string>(level)) : "";
      }
      const long long* id = std::get_if<long long>(&value);
      out.emplace_back(parent, id ? *id : -1);
    }
    return out;
  }
};

//! The tables both databases have, in an order that writes parents before children.
struct CopyPlan {
  std::map<std::string, TablePlan> plans;
  std::vector<std::string> order;
};

Status checkSameShape(Database& from, Database& to) {
  if (from.userVersion() != to.userVersion())
    return makeError(ErrorCode::Unsupported, "Both databases need the same schema version (" +
                                                 std::to_string(from.userVersion()) + " and " +
                                                 std::to_string(to.userVersion()) +
                                                 "); open both with this GridStation "
                                                 "first, which migrates them.");
  if (from.srid() != to.srid())
    return makeError(ErrorCode::InvalidInput, "Both databases need the same CRS (EPSG:" + std::to_string(from.srid()) +
                                                  " and EPSG:" + std::to_string(to.srid()) + ").");
  return {};
}

//! \a status, naming the table (and the record) where it failed.
Status naming(Status status, const std::string& table, long long recordId = -1) {
  if (status) return status;
  Error e = status.error();
  e.context.table = table;
  if (recordId >= 0) e.context.recordId = recordId;
  return e;
}

Result<CopyPlan> planCopy(Database& from, Database& to) {
  auto source = tablesOf(from);
  if (!source) return source.error();
  CopyPlan copy;
  auto& plans = copy.plans;
  for (const std::string& table : *source) {
    if (table == "gs_meta" || table == "grid_stats" || table == "building_search" || table == "gs_pull_base")
      continue;  // the metadata by key; counts and search grams made anew; a pull's bookkeeping stays in its file
    auto present = to.hasTable(table);
    if (!present) return present.error();
    if (!*present) continue;
    TablePlan plan;
    plan.name = table;
    auto columns = from.columnsOf(table);
    if (!columns) return columns.error();
    auto target = to.columnsOf(table);
    if (!target) return target.error();
    for (const std::string& column : *columns)
      if (std::find(target->begin(), target->end(), column) != target->end()) plan.columns.push_back(column);
    auto geometry = from.geometryColumnsOf(table);
    if (!geometry) return geometry.error();
    for (const auto& [column, type] : *geometry) plan.geometry.insert(column);
    auto id = std::find(plan.columns.begin(), plan.columns.end(), "id");
    plan.hasId = id != plan.columns.end();
    plan.idIndex = plan.hasId ? static_cast<int>(id - plan.columns.begin()) : -1;
    plans.emplace(table, std::move(plan));
  }
  auto indexOf = [](const TablePlan& plan, const std::string& column) {
    auto it = std::find(plan.columns.begin(), plan.columns.end(), column);
    return it == plan.columns.end() ? -1 : static_cast<int>(it - plan.columns.begin());
  };
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> keys;
  for (auto& [table, plan] : plans) {
    auto found = foreignKeysOf(to, table);
    if (!found) return found.error();
    keys[table] = *found;
    auto notNull = notNullColumnsOf(to, table);
    if (!notNull) return notNull.error();
    for (const auto& [column, parent] : *found) {
      Reference reference{column, parent, {}, notNull->count(column) > 0, indexOf(plan, column), -1};
      if (reference.index >= 0 && plans.count(parent)) plan.references.push_back(reference);
    }
    for (const LevelReference& level : kLevelReferences)
      if (table == level.table) {
        Reference reference{level.id, {}, level.level, false, indexOf(plan, level.id), indexOf(plan, level.level)};
        if (reference.index >= 0 && reference.levelIndex >= 0) plan.references.push_back(reference);
      }
  }
  std::set<std::string> done, active;
  std::function<void(const std::string&)> visit = [&](const std::string& table) {
    if (done.count(table)) return;
    active.insert(table);
    for (const auto& [column, parent] : keys[table]) {
      if (!plans.count(parent)) continue;
      if (parent == table || active.count(parent))
        plans[table].late.insert(column);
      else
        visit(parent);
    }
    active.erase(table);
    done.insert(table);
    copy.order.push_back(table);
  };
  for (auto& [table, plan] : plans) visit(table);
  return copy;
}

//! SELECT of every column of the plan (geometry as WKB), by id where the table has one.
std::string selectSql(const TablePlan& plan) {
  std::string select;
  for (const std::string& column : plan.columns) {
    const std::string quoted = "\"" + column + "\"";
    select += (select.empty() ? "" : ", ") + (plan.geometry.count(column) ? "AsBinary(" + quoted + ")" : quoted);
  }
  return "SELECT " + select + " FROM main.\"" + plan.name + "\"" + (plan.hasId ? " ORDER BY id" : "");
}

std::vector<Value> rowValues(const Statement& row, std::size_t columns) {
  std::vector<Value> values;
  values.reserve(columns);
  for (std::size_t c = 0; c < columns; ++c) values.push_back(row.value(static_cast<int>(c)));
  return values;
}

//! Writes rows into a table, many per INSERT (far fewer statements, and a server's per-statement triggers, than one
//! per row). The rows carry every column of the plan, ids included.
class BatchInsert {
 public:
  BatchInsert(Database& to, const TablePlan& plan) : m_to(to), m_plan(plan) {
    for (const std::string& column : plan.columns) {
      m_names += (m_names.empty() ? "\"" : ", \"") + column + "\"";
      m_one += m_one.empty() ? "" : ", ";
      m_one += plan.geometry.count(column) ? "GeomFromWKB(?, " + std::to_string(to.srid()) + ")" : "?";
    }
    const std::size_t width = std::max<std::size_t>(plan.columns.size(), 1);
    m_batch = std::max<std::size_t>(1, std::min<std::size_t>(500, 30000 / width));
  }

  Status add(std::vector<Value> row) {
    for (Value& value : row) m_pending.push_back(std::move(value));
    if (m_pending.size() >= m_batch * m_plan.columns.size()) return flush();
    return {};
  }

  Status flush() {
    if (m_pending.empty()) return {};
    const std::size_t rows = m_pending.size() / m_plan.columns.size();
    auto it = m_inserts.find(rows);
    if (it == m_inserts.end()) {
      std::string values;
      for (std::size_t r = 0; r < rows; ++r) values += (r ? ", (" : "(") + m_one + ")";
      it = m_inserts
               .emplace(rows,
                        m_to.prepare("INSERT INTO main.\"" + m_plan.name + "\" (" + m_names + ") VALUES " + values))
               .first;
    }
    if (!it->second) return it->second.error();
    Statement& insert = *it->second;
    insert.reset();
    for (std::size_t i = 0; i < m_pending.size(); ++i) insert.bind(static_cast<int>(i + 1), m_pending[i]);
    m_pending.clear();
    return naming(insert.run(), m_plan.name);
  }

 private:
  Database& m_to;
  const TablePlan& m_plan;
  std::string m_names, m_one;
  std::size_t m_batch = 1;
  std::map<std::size_t, Result<Statement>> m_inserts;
  std::vector<Value> m_pending;
};

//! Writes rows into a server's table by its bulk load (COPY, text format): many times faster than INSERTs. Geometry
//! comes as WKB and goes as hex EWKB with the database's SRID.
class CopyInsert {
 public:
  CopyInsert(Database& to, const TablePlan& plan) : m_to(to), m_plan(plan) {}

  Status add(const std::vector<Value>& row) {
    if (!m_started) {
      if (auto s = m_to.copyInBegin(m_plan.name, m_plan.columns); !s) return s;
      m_started = true;
    }
    for (std::size_t c = 0; c < row.size(); ++c) {
      if (c) m_buffer += '\t';
      encode(row[c], m_plan.geometry.count(m_plan.columns[c]) > 0);
    }
    m_buffer += '\n';
    if (m_buffer.size() >= (1u << 20)) return send();
    return {};
  }

  Status finish() {
    if (!m_started) return {};
    if (auto s = send(); !s) return s;
    m_started = false;
    return naming(m_to.copyInEnd(), m_plan.name);
  }

 private:
  Status send() {
    if (m_buffer.empty()) return {};
    auto s = m_to.copyInRow(m_buffer);
    m_buffer.clear();
    return s;
  }
  void hex(const std::uint8_t* bytes, std::size_t size) {
    static const char* digits = "0123456789abcdef";
    for (std::size_t i = 0; i < size; ++i) {
      m_buffer += digits[bytes[i] >> 4];
      m_buffer += digits[bytes[i] & 15];
    }
  }
  void encode(const Value& value, bool geometry) {
    if (std::holds_alternative<std::monostate>(value)) {
      m_buffer += "\\N";
    } else if (const auto* i = std::get_if<long long>(&value)) {
      m_buffer += std::to_string(*i);
    } else if (const auto* d = std::get_if<double>(&value)) {
      char text[40];
      std::snprintf(text, sizeof text, "%.17g", *d);
      m_buffer += text;
    } else if (const auto* b = std::get_if<Blob>(&value)) {
      if (geometry && b->size() >= 5 && (*b)[0] == 1) {  // little-endian WKB → EWKB: the SRID flag and the SRID
        std::uint8_t head[9];
        head[0] = 1;
        std::uint32_t type = static_cast<std::uint32_t>((*b)[1]) | static_cast<std::uint32_t>((*b)[2]) << 8 |
                             static_cast<std::uint32_t>((*b)[3]) << 16 | static_cast<std::uint32_t>((*b)[4]) << 24;
        type |= 0x20000000u;
        const auto srid = static_cast<std::uint32_t>(m_to.srid());
        for (int k = 0; k < 4; ++k) {
          head[1 + k] = static_cast<std::uint8_t>(type >> (8 * k));
          head[5 + k] = static_cast<std::uint8_t>(srid >> (8 * k));
        }
        hex(head, sizeof head);
        hex(b->data() + 5, b->size() - 5);
      } else {
        m_buffer += "\\\\x";  // bytea's hex form, its backslash escaped for COPY
        hex(b->data(), b->size());
      }
    } else {
      const std::string& text =
          std::holds_alternative<std::string>(value) ? std::get<std::string>(value) : std::get<Wkt>(value).text;
      for (char c : text) {
        switch (c) {
          case '\\':
            m_buffer += "\\\\";
            break;
          case '\t':
            m_buffer += "\\t";
            break;
          case '\n':
            m_buffer += "\\n";
            break;
          case '\r':
            m_buffer += "\\r";
            break;
          default:
            m_buffer += c;
        }
      }
    }
  }

  Database& m_to;
  const TablePlan& m_plan;
  std::string m_buffer;
  bool m_started = false;
};

//! Sets the late foreign keys of rows written with them empty: (id, [(column, value)]).
using LateValues = std::vector<std::pair<long long, std::vector<std::pair<std::string, Value>>>>;
//! Many rows per UPDATE … FROM, by column (one statement per row was a round trip each: 2.3 million household heads
//! of a city took minutes on a server).
Status writeLate(Database& to, const std::string& table, const LateValues& late) {
  std::map<std::string, std::vector<std::pair<long long, const Value*>>> byColumn;
  for (const auto& [id, values] : late)
    for (const auto& [column, value] : values) byColumn[column].emplace_back(id, &value);
  constexpr std::size_t kRows = 500;
  for (const auto& [column, rows] : byColumn) {
    // the keys held late are ids; a text key (none in the schema today) keeps its type
    const bool numbers = std::all_of(rows.begin(), rows.end(),
                                     [](const auto& row) { return std::holds_alternative<long long>(*row.second); });
    const std::string value = numbers ? "CAST(? AS BIGINT)" : "CAST(? AS TEXT)";
    for (std::size_t start = 0; start < rows.size(); start += kRows) {
      const std::size_t end = std::min(rows.size(), start + kRows);
      std::string pairs;
      for (std::size_t i = start; i < end; ++i)
        pairs += (i == start ? "SELECT CAST(? AS BIGINT) AS id, " + value + " AS value"
                             : " UNION ALL SELECT CAST(? AS BIGINT), " + value);
      auto update = to.prepare("UPDATE main.\"" + table + "\" SET \"" + column + "\" = v.value FROM (" + pairs +
                               ") AS v WHERE \"" + table + "\".id = v.id");
      if (!update) return update.error();
      int at = 1;
      for (std::size_t i = start; i < end; ++i, at += 2) update->bind(at, rows[i].first).bind(at + 1, *rows[i].second);
      if (auto s = update->run(); !s) return s.error();
    }
  }
  return {};
}

//! Moves the late foreign keys of \a row into \a late (the row keeps NULL there until writeLate).
void holdLate(const TablePlan& plan, std::vector<Value>& row, LateValues& late) {
  std::vector<std::pair<std::string, Value>> held;
  for (std::size_t c = 0; c < plan.columns.size(); ++c)
    if (plan.late.count(plan.columns[c]) && !std::holds_alternative<std::monostate>(row[c])) {
      held.emplace_back(plan.columns[c], row[c]);
      row[c] = null();
    }
  if (!held.empty() && plan.hasId)
    late.emplace_back(std::get<long long>(row[static_cast<std::size_t>(plan.idIndex)]), std::move(held));
}

//! A new database holds its migrations' seeds (code tables, permissions, calendars, rules): the source's own rows,
//! edited or not, replace them. Children first.
Status clearSeeds(Database& to, const CopyPlan& copy) {
  for (auto table = copy.order.rbegin(); table != copy.order.rend(); ++table)
    if (auto s = to.exec("DELETE FROM main.\"" + *table + "\""); !s) return s;
  return {};
}

//! The database's identity, CRS and notes come along (its key is found by its id); each keeps its own schema keys.
Status copyMeta(Database& from, Database& to) {
  if (auto s = to.exec("DELETE FROM main.gs_meta WHERE key NOT IN ('schema_version', 'schema_name', 'srid')"); !s)
    return s;
  auto meta = from.prepare(
      "SELECT key, value FROM main.gs_meta WHERE key NOT IN ('schema_version', 'schema_name', 'srid') AND key NOT LIKE "
      "'pulled\\_%' ESCAPE '\\' ORDER BY key");
  if (!meta) return meta.error();
  std::vector<std::pair<std::string, std::string>> entries;
  if (auto s = meta->forEachRow([&](const Statement& row) { entries.emplace_back(row.text(0), row.text(1)); }); !s)
    return s.error();
  for (const auto& [key, value] : entries)
    if (auto s = to.setMeta(key, value); !s) return s;
  return {};
}

Status checkEmptyTarget(Database& to) {
  auto empty = holdsNoPlaces(to);
  if (!empty) return empty.error();
  auto users = to.queryInt("SELECT count(*) FROM main.app_user");
  if (!users) return users.error();
  if (!*empty || *users > 0)
    return makeError(ErrorCode::Conflict,
                     "The database to copy into holds records already; copy into a new database only.");
  return {};
}

}  // namespace

Result<DatabaseCopyReport> copyDatabase(Database& from, Database& to, const Clock& clock, const Actor& actor,
                                        const std::string& description, Progress* progress) {
  if (auto s = checkSameShape(from, to); !s) return s.error();
  // Copying everything reads every record, whatever the scope: an administrator's job.
  if (auto s = requirePermission(from, "user", "admin"); !s) return s.error();
  if (auto s = checkEmptyTarget(to); !s) return s.error();
  // The tables both have, parents before children; a foreign key inside a cycle is written in a second pass.
  auto copy = planCopy(from, to);
  if (!copy) return copy.error();

  long long total = 0;
  for (const std::string& table : copy->order) {
    auto n = from.queryInt("SELECT count(*) FROM main.\"" + table + "\"");
    if (!n) return n.error();
    total += *n;
  }

  BulkWriteMode bulk(to);  // a file: foreign keys off while loading (outside the transaction, as SQLite needs)
  Transaction transaction(to);
  if (!transaction.begun()) return transaction.begun().error();
  auto suspended = DerivedTablesSuspension::begin(to);
  if (!suspended) return suspended.error();
  if (auto s = clearSeeds(to, *copy); !s) return s.error();
  DatabaseCopyReport report;
  for (const std::string& table : copy->order) {
    const TablePlan& plan = copy->plans[table];
    auto read = from.prepare(selectSql(plan));
    if (!read) return read.error();
    read->fetchInBatches(20000);  // a city's person table does not fit in memory at once
    BatchInsert insert(to, plan);
    CopyInsert bulkLoad(to, plan);  // a server's faster path
    LateValues late;
    Status failed;
    if (auto s = read->forEachRow([&](const Statement& row) {
          if (!failed) return;
          std::vector<Value> values = rowValues(row, plan.columns.size());
          holdLate(plan, values, late);
          ++report.rows;
          failed = to.isServer() ? bulkLoad.add(values) : insert.add(std::move(values));
          if (failed && progress && report.rows % 5000 == 0) {
            progress->report(total ? static_cast<double>(report.rows) / static_cast<double>(total) : 1.0, table);
            if (progress->isCancelled()) failed = makeError(ErrorCode::Cancelled, "Cancelled; nothing was copied.");
          }
        });
        !s)
      return s.error();
    if (!failed) {
      (void)bulkLoad.finish();  // ends the bulk load, so the transaction can roll back
      return failed.error();
    }
    if (auto s = insert.flush(); !s) return s.error();
    if (auto s = bulkLoad.finish(); !s) return s.error();
    if (auto s = writeLate(to, table, late); !s) return s.error();
    ++report.tables;
  }
  if (auto s = copyMeta(from, to); !s) return s.error();
  // (a server checks its deferred keys now: ALTER TABLE, re-enabling the triggers, waits for no pending check)
  if (to.isServer())
    if (auto s = to.exec("SET CONSTRAINTS ALL IMMEDIATE"); !s) return s.error();
  if (auto s = suspended->finish(); !s) return s.error();
  // One more audit row continues the copied chain and says where the records came from.
  JsonObject after;
  after.add("from", Value(description));
  after.add("tables", Value(report.tables));
  after.add("rows", Value(report.rows));
  RecordWriter writer(to, clock);
  if (auto s = writer.appendAudit(actor, "import", "database", 0, {}, after.str(), "copied from " + description); !s)
    return s.error();
  if (auto s = transaction.commit(); !s) return s.error();
  if (progress) progress->report(1.0, "done");
  return report;
}

namespace {

// Tables a community copy never carries: the audit log (copied by its own rules), work packages (each belongs to
// the database that made it and merges back there), server roles, job claims and undo grants.
const std::set<std::string> kNotCarried = {"audit_log",   "work_package", "work_package_row", "work_package_conflict",
                                           "gs_job_lock", "gs_db_role",   "gs_db_role_grid",  "undo_grant"};
// The district's accounts, their grants and wrapped keys go whole, although an account may point to a grid worker:
// the same people sign in to the file as to the server.
const std::set<std::string> kShared = {"app_user", "user_role", "key_wrap"};
// Audit actions that change no record.
const std::set<std::string> kReadActions = {"reveal", "export", "login", "logout", "print"};

//! One value in a form equal on both backends (an integral REAL is written as an integer).
std::string valueDigestText(const Value& value) {
  if (std::holds_alternative<std::monostate>(value)) return "N";
  if (const auto* i = std::get_if<long long>(&value)) return "I" + std::to_string(*i);
  if (const auto* d = std::get_if<double>(&value)) {
    if (std::floor(*d) == *d && std::fabs(*d) < 9.0e15) return "I" + std::to_string(static_cast<long long>(*d));
    char text[40];
    std::snprintf(text, sizeof text, "R%.17g", *d);
    return text;
  }
  if (const auto* t = std::get_if<std::string>(&value)) return "T" + std::to_string(t->size()) + ":" + *t;
  if (const auto* b = std::get_if<Blob>(&value))
    return "B" + std::to_string(b->size()) + ":" + std::string(b->begin(), b->end());
  if (const auto* w = std::get_if<Wkt>(&value)) return "W" + w->text;
  return "?";
}

std::string rowDigest(const std::vector<Value>& row) {
  std::string text;
  for (const Value& value : row) text += valueDigestText(value) + "|";
  return sha256Hex(text);
}

//! The digest of a set of rows (a table without ids), in any order.
std::string setDigest(std::vector<std::string> digests) {
  std::sort(digests.begin(), digests.end());
  std::string text;
  for (const std::string& digest : digests) text += digest;
  return sha256Hex(text);
}

//! What one community is in one database: every row of the tables it cuts, which of them it owns, and which rows
//! outside it they point to.
struct Slice {
  std::set<std::string> cut;                                    //!< tables cut by the community
  std::set<std::string> whole;                                  //!< shared tables, carried whole
  std::map<std::string, std::vector<std::vector<Value>>> rows;  //!< every row of each cut table
  std::map<std::string, std::vector<char>> ownedRow;            //!< by row index
  std::map<std::string, std::unordered_map<long long, std::size_t>> byId;
  std::map<std::string, std::unordered_set<long long>> owned, referenced;

  bool included(const std::string& table, long long id) const {
    if (whole.count(table)) return true;
    if (!cut.count(table)) return false;
    auto o = owned.find(table);
    if (o != owned.end() && o->second.count(id)) return true;
    auto r = referenced.find(table);
    return r != referenced.end() && r->second.count(id);
  }
  bool ownsId(const std::string& table, long long id) const {
    auto o = owned.find(table);
    return o != owned.end() && o->second.count(id);
  }
};

Result<long long> communityIdOf(Database& database, const std::string& code, const std::string& where) {
  auto find = database.prepare("SELECT id FROM main.community WHERE admin_code = ? OR name = ?");
  if (!find) return find.error();
  find->bind(1, code).bind(2, code);
  auto row = find->step();
  if (!row) return row.error();
  if (!*row)
    return makeError(ErrorCode::NotFound,
                     "No community with the code or name " + code + " in " + where +
                         "; `gridctl stats DB` counts them and the workstation's tree names them.");
  return find->int64(0);
}

/**
 * The community's rows: a row of a table that reaches the community by its references belongs to it when its grid
 * or community does (the place it lies in decides), or, for a row that names no grid and no community, when any
 * record it points to belongs to it. The rows they point to outside it come along as references (with what those
 * need); the references of those that may be empty are emptied in the copy instead.
 *
 * The database works it out (a temporary table of ids, grown table by table until nothing more belongs), and only
 * the rows found are read: the memory a copy needs follows the community, not the district.
 */
Result<Slice> sliceCommunity(Database& database, const CopyPlan& copy, long long communityId, Progress* progress,
                             double from, double to) {
  Slice slice;
  slice.cut.insert("community");
  for (bool grew = true; grew;) {
    grew = false;
    for (const auto& [table, plan] : copy.plans) {
      if (slice.cut.count(table) || kNotCarried.count(table) || kShared.count(table)) continue;
      for (const Reference& reference : plan.references)
        if (!reference.levelColumn.empty() || slice.cut.count(reference.parent)) {
          slice.cut.insert(table);
          grew = true;
          break;
        }
    }
  }
  for (const auto& [table, plan] : copy.plans)
    if (!slice.cut.count(table) && !kNotCarried.count(table)) slice.whole.insert(table);

  const auto quoted = [](const std::string& name) { return "\"" + name + "\""; };
  const auto ownedIds = [](const std::string& table) {
    return "(SELECT id FROM temp.gs_slice WHERE table_name = '" + table + "' AND owned = 1)";
  };
  // Does row t of the table belong to the community (given what is known to belong so far)? As terms whose union is
  // the answer, each of which an index can serve (one OR over them would have the database look at every row).
  const auto belongs = [&](const TablePlan& plan) {
    std::vector<std::string> placedTerms, otherTerms;
    std::string unplaced;  // names no grid and no community
    const auto andJoin = [](std::string& to, const std::string& term) { to += (to.empty() ? "" : " AND ") + term; };
    for (const Reference& reference : plan.references) {
      const std::string column = "t." + quoted(reference.column);
      if (reference.levelColumn.empty()) {
        if (!slice.cut.count(reference.parent)) continue;
        const std::string owned = column + " IN " + ownedIds(reference.parent);
        if (reference.parent == "grid" || reference.parent == "community") {
          andJoin(unplaced, column + " IS NULL");
          placedTerms.push_back(owned);
        } else {
          otherTerms.push_back(owned);
        }
        continue;
      }
      const std::string level = "t." + quoted(reference.levelColumn);
      andJoin(unplaced, "NOT (" + level + " IN ('grid', 'community') AND " + column + " IS NOT NULL)");
      for (const std::string place : {"district", "street", "community", "area", "grid", "micro_grid", "building",
                                      "estate", "household", "person"}) {
        if (!slice.cut.count(place)) continue;
        const std::string owned = "(" + level + " = '" + place + "' AND " + column + " IN " + ownedIds(place) + ")";
        (place == "grid" || place == "community" ? placedTerms : otherTerms).push_back(owned);
      }
    }
    std::vector<std::string> terms = placedTerms;
    for (const std::string& term : otherTerms) terms.push_back(unplaced.empty() ? term : unplaced + " AND " + term);
    return terms;
  };
  const auto anyOf = [](const std::vector<std::string>& terms) {
    std::string condition;
    for (const std::string& term : terms) condition += (condition.empty() ? "(" : ") OR (") + term;
    return condition.empty() ? condition : "(" + condition + "))";
  };
  const auto columnsOf = [&](const TablePlan& plan) {
    std::string select;
    for (const std::string& column : plan.columns)
      select += (select.empty() ? "" : ", ") +
                (plan.geometry.count(column) ? "AsBinary(t." + quoted(column) + ")" : "t." + quoted(column));
    return select;
  };
  const auto count = [&]() { return database.queryInt("SELECT count(*) FROM temp.gs_slice"); };

  // (kept for the connection, emptied: a table some cached statement has read cannot be dropped in SQLite)
  if (auto s = database.exec("CREATE TEMP TABLE IF NOT EXISTS gs_slice (table_name TEXT NOT NULL, id BIGINT NOT NULL, "
                             "owned INTEGER NOT NULL, PRIMARY KEY (table_name, id))");
      !s)
    return s.error();
  if (auto s = database.exec("DELETE FROM temp.gs_slice"); !s) return s.error();
  {
    auto root = database.prepare("INSERT INTO temp.gs_slice (table_name, id, owned) VALUES ('community', ?, 1)");
    if (!root) return root.error();
    root->bind(1, communityId);
    if (auto s = root->run(); !s) return s.error();
  }
  auto step = [&](double fraction, const std::string& stage) -> Status {
    if (!progress) return {};
    progress->report(from + (to - from) * fraction, stage);
    if (progress->isCancelled()) return makeError(ErrorCode::Cancelled, "Cancelled; nothing was copied.");
    return {};
  };
  // Runs \a pass until the temporary table stops growing.
  const auto untilStable = [&](const std::function<Status()>& pass) -> Status {
    auto counted = count();
    if (!counted) return counted.error();
    for (long long before = *counted;;) {
      if (auto s = pass(); !s) return s;
      auto after = count();
      if (!after) return after.error();
      if (*after == before) return {};
      before = *after;
    }
  };
  // What belongs, until nothing more does (tables in reference order: usually one pass and a check).
  if (auto s = untilStable([&]() -> Status {
        for (const std::string& table : copy.order) {
          const TablePlan& plan = copy.plans.at(table);
          if (!slice.cut.count(table) || table == "community" || !plan.hasId) continue;
          for (const std::string& term : belongs(plan))
            if (auto s = database.exec("INSERT OR IGNORE INTO temp.gs_slice (table_name, id, owned) SELECT '" + table +
                                       "', t.id, 1 FROM main." + quoted(table) + " t WHERE " + term);
                !s)
              return s;
        }
        return step(0.3, "community");
      });
      !s)
    return s.error();
  // What those rows point to outside the community, and what that needs (its references that cannot be empty).
  if (auto s = untilStable([&]() -> Status {
        for (const std::string& table : copy.order) {
          const TablePlan& plan = copy.plans.at(table);
          if (kNotCarried.count(table)) continue;
          const bool cut = slice.cut.count(table) > 0;
          std::string ownedRows, referencedRows;
          if (cut && plan.hasId) {
            ownedRows = "t.id IN " + ownedIds(table);
            referencedRows = "t.id IN (SELECT id FROM temp.gs_slice WHERE table_name = '" + table + "' AND owned = 0)";
          } else if (cut) {
            ownedRows = anyOf(belongs(plan));
            if (ownedRows.empty()) continue;
          } else {
            referencedRows = "1 = 1";  // a shared table goes whole
          }
          for (const Reference& reference : plan.references) {
            if (!reference.levelColumn.empty() || !slice.cut.count(reference.parent)) continue;
            std::vector<std::string> rows;  // one statement each, each on its index
            if (!ownedRows.empty()) rows.push_back(ownedRows);
            if (reference.notNull && !referencedRows.empty()) rows.push_back(referencedRows);
            const std::string column = "t." + quoted(reference.column);
            for (const std::string& which : rows)
              if (auto s =
                      database.exec("INSERT OR IGNORE INTO temp.gs_slice (table_name, id, owned) SELECT DISTINCT '" +
                                    reference.parent + "', " + column + ", 0 FROM main." + quoted(table) + " t WHERE " +
                                    column + " IS NOT NULL AND " + which);
                  !s)
                return s;
          }
        }
        return {};
      });
      !s)
    return s.error();
  if (auto s = step(0.5, "community"); !s) return s.error();
  // The rows found.
  std::size_t done = 0;
  for (const std::string& table : copy.order) {
    if (!slice.cut.count(table)) continue;
    const TablePlan& plan = copy.plans.at(table);
    auto& rows = slice.rows[table];
    auto& flags = slice.ownedRow[table];
    std::string sql;
    if (plan.hasId) {
      sql = "SELECT " + columnsOf(plan) + ", s.owned FROM main." + quoted(table) +
            " t JOIN temp.gs_slice s ON s.table_name = '" + table + "' AND s.id = t.id ORDER BY t.id";
    } else {
      const std::string condition = anyOf(belongs(plan));
      if (condition.empty()) continue;
      sql = "SELECT " + columnsOf(plan) + ", 1 FROM main." + quoted(table) + " t WHERE " + condition;
    }
    auto read = database.prepare(sql);
    if (!read) return read.error();
    if (auto s = read->forEachRow([&](const Statement& row) {
          rows.push_back(rowValues(row, plan.columns.size()));
          flags.push_back(row.int64(static_cast<int>(plan.columns.size())) ? 1 : 0);
        });
        !s)
      return s.error();
    if (plan.hasId) {
      auto& index = slice.byId[table];
      for (std::size_t i = 0; i < rows.size(); ++i) {
        const long long id = std::get<long long>(rows[i][static_cast<std::size_t>(plan.idIndex)]);
        index[id] = i;
        (flags[i] ? slice.owned : slice.referenced)[table].insert(id);
      }
    }
    if (auto s = step(0.5 + 0.5 * static_cast<double>(++done) / static_cast<double>(slice.cut.size()), table); !s)
      return s.error();
  }
  if (!slice.ownsId("community", communityId)) return makeError(ErrorCode::NotFound, "no such community");
  return slice;  // temp.gs_slice keeps the ids until the next slice, for the history that goes with them
}

//! Empties the references of a row the community does not own that point to records not copied.
void emptyDanglingReferences(const TablePlan& plan, const Slice& slice, std::vector<Value>& row) {
  for (const Reference& reference : plan.references) {
    if (!reference.levelColumn.empty() || !slice.cut.count(reference.parent)) continue;
    Value& value = row[static_cast<std::size_t>(reference.index)];
    if (const auto* id = std::get_if<long long>(&value); id && !slice.included(reference.parent, *id)) value = null();
  }
}

//! The audit rows after \a afterId; with \a ofSlice, only those of records the last slice found the community owns.
Result<std::vector<AuditEntry>> auditRowsAfter(Database& database, long long afterId, bool ofSlice = false) {
  auto read = database.prepare(
      "SELECT at, actor, actor_user_id, action, table_name, coalesce(record_id, 0), coalesce(before_json, ''), "
      "coalesce(after_json, ''), coalesce(reason, '') FROM main.audit_log a WHERE id > ? " +
      std::string(ofSlice ? "AND EXISTS (SELECT 1 FROM temp.gs_slice s WHERE s.table_name = a.table_name AND s.id = "
                            "a.record_id AND s.owned = 1) "
                          : "") +
      "ORDER BY id");
  if (!read) return read.error();
  read->bind(1, afterId);
  std::vector<AuditEntry> rows;
  if (auto s = read->forEachRow([&](const Statement& row) {
        AuditEntry audit;
        audit.at = row.text(0);
        audit.actor = row.text(1);
        if (!row.isNull(2)) audit.actorUserId = row.int64(2);
        audit.action = row.text(3);
        audit.table = row.text(4);
        audit.recordId = row.int64(5);
        audit.before = row.text(6);
        audit.after = row.text(7);
        audit.reason = row.text(8);
        rows.push_back(std::move(audit));
      });
      !s)
    return s.error();
  return rows;
}

//! "INSERT INTO table (columns but the id) VALUES (…)" with geometry from WKB.
std::string insertWithoutIdSql(const TablePlan& plan, int srid) {
  std::string names, values;
  for (const std::string& column : plan.columns) {
    if (column == "id") continue;
    names += (names.empty() ? "\"" : ", \"") + column + "\"";
    values += values.empty() ? "" : ", ";
    values += plan.geometry.count(column) ? "GeomFromWKB(?, " + std::to_string(srid) + ")" : "?";
  }
  return "INSERT INTO main.\"" + plan.name + "\" (" + names + ") VALUES (" + values + ")";
}

std::string updateByIdSql(const TablePlan& plan, int srid) {
  std::string sets;
  for (const std::string& column : plan.columns) {
    if (column == "id") continue;
    sets += (sets.empty() ? "\"" : ", \"") + column + "\" = ";
    sets += plan.geometry.count(column) ? "GeomFromWKB(?, " + std::to_string(srid) + ")" : "?";
  }
  return "UPDATE main.\"" + plan.name + "\" SET " + sets + " WHERE id = ?";
}

std::string describeRecord(const std::string& table, long long id) {
  return table + " " + std::to_string(id);
}

}  // namespace

Result<CommunityCopyReport> pullCommunity(Database& from, Database& to, const std::string& communityCode,
                                          const Clock& clock, const Actor& actor, const std::string& description,
                                          Progress* progress) {
  if (auto s = checkSameShape(from, to); !s) return s.error();
  if (auto s = requirePermission(from, "user", "admin"); !s) return s.error();
  if (auto s = checkEmptyTarget(to); !s) return s.error();
  auto communityId = communityIdOf(from, communityCode, description);
  if (!communityId) return communityId.error();
  auto code = from.prepare("SELECT admin_code FROM main.community WHERE id = ?");
  if (!code) return code.error();
  code->bind(1, *communityId);
  if (auto row = code->step(); !row || !*row) return makeError(ErrorCode::NotFound, "no such community");
  const std::string adminCode = code->text(0);
  auto copy = planCopy(from, to);
  if (!copy) return copy.error();
  auto slice = sliceCommunity(from, *copy, *communityId, progress, 0.0, 0.4);
  if (!slice) return slice.error();
  auto sourceTip = from.queryText(
      "SELECT coalesce((SELECT CAST(id AS TEXT) || ' ' || hash FROM main.audit_log ORDER BY id DESC LIMIT 1), '0 ')");
  if (!sourceTip) return sourceTip.error();

  BulkWriteMode bulk(to);
  Transaction transaction(to);
  if (!transaction.begun()) return transaction.begun().error();
  auto suspended = DerivedTablesSuspension::begin(to);
  if (!suspended) return suspended.error();
  if (auto s = clearSeeds(to, *copy); !s) return s.error();
  if (auto s = to.exec("CREATE TABLE main.gs_pull_base (table_name TEXT NOT NULL, record_id BIGINT NOT NULL, "
                       "source_digest TEXT NOT NULL, file_digest TEXT NOT NULL DEFAULT '', PRIMARY KEY (table_name, "
                       "record_id))");
      !s)
    return s.error();
  auto base = to.prepare("INSERT INTO main.gs_pull_base (table_name, record_id, source_digest) VALUES (?, ?, ?)");
  if (!base) return base.error();
  CommunityCopyReport report;
  std::size_t done = 0;
  for (const std::string& table : copy->order) {
    if (kNotCarried.count(table)) continue;
    const TablePlan& plan = copy->plans.at(table);
    BatchInsert insert(to, plan);
    LateValues late;
    auto write = [&](std::vector<Value> values, bool owned) -> Status {
      if (!owned) emptyDanglingReferences(plan, *slice, values);
      holdLate(plan, values, late);
      ++report.rows;
      return insert.add(std::move(values));
    };
    if (slice->whole.count(table)) {
      auto read = from.prepare(selectSql(plan));
      if (!read) return read.error();
      Status failed;
      if (auto s = read->forEachRow([&](const Statement& row) {
            if (failed) failed = write(rowValues(row, plan.columns.size()), false);
          });
          !s)
        return s.error();
      if (!failed) return failed.error();
    } else {
      const auto& rows = slice->rows.at(table);
      const auto& owned = slice->ownedRow.at(table);
      std::vector<std::string> digests;
      for (std::size_t i = 0; i < rows.size(); ++i) {
        const bool included =
            plan.hasId ? slice->included(table, std::get<long long>(rows[i][static_cast<std::size_t>(plan.idIndex)]))
                       : owned[i] != 0;
        if (!included) continue;
        if (owned[i]) {
          if (plan.hasId) {
            base->reset();
            base->bind(1, table)
                .bind(2, std::get<long long>(rows[i][static_cast<std::size_t>(plan.idIndex)]))
                .bind(3, rowDigest(rows[i]));
            if (auto s = base->run(); !s) return s.error();
          } else {
            digests.push_back(rowDigest(rows[i]));
          }
        }
        if (auto s = write(rows[i], owned[i] != 0); !s) return s.error();
      }
      if (!plan.hasId) {
        base->reset();
        base->bind(1, table).bind(2, -1LL).bind(3, setDigest(digests));
        if (auto s = base->run(); !s) return s.error();
      }
    }
    if (auto s = insert.flush(); !s) return s.error();
    if (auto s = writeLate(to, table, late); !s) return s.error();
    ++report.tables;
    if (progress) {
      progress->report(0.4 + 0.5 * static_cast<double>(++done) / static_cast<double>(copy->order.size()), table);
      if (progress->isCancelled()) return makeError(ErrorCode::Cancelled, "Cancelled; nothing was copied.");
    }
  }
  // The file's own view of each owned record, to tell later what the file changed (its geometry may be written
  // differently from the source's).
  for (const std::string& table : copy->order) {
    if (!slice->cut.count(table)) continue;
    const TablePlan& plan = copy->plans.at(table);
    auto read = to.prepare(selectSql(plan));
    if (!read) return read.error();
    std::vector<std::string> digests;
    std::vector<std::pair<long long, std::string>> byId;
    if (auto s = read->forEachRow([&](const Statement& row) {
          std::vector<Value> values = rowValues(row, plan.columns.size());
          if (plan.hasId) {
            const long long id = std::get<long long>(values[static_cast<std::size_t>(plan.idIndex)]);
            if (slice->ownsId(table, id)) byId.emplace_back(id, rowDigest(values));
          } else {
            digests.push_back(rowDigest(values));  // a table without ids holds the owned rows only
          }
        });
        !s)
      return s.error();
    auto update = to.prepare("UPDATE main.gs_pull_base SET file_digest = ? WHERE table_name = ? AND record_id = ?");
    if (!update) return update.error();
    if (!plan.hasId) byId.emplace_back(-1, setDigest(digests));
    for (const auto& [id, digest] : byId) {
      update->reset();
      update->bind(1, digest).bind(2, table).bind(3, id);
      if (auto s = update->run(); !s) return s.error();
    }
  }
  if (auto s = copyMeta(from, to); !s) return s.error();
  // The history of the community's records, chained anew in the file.
  auto history = auditRowsAfter(from, 0, /*ofSlice=*/true);  // the slice's table still lists what it owns
  if (!history) return history.error();
  std::vector<AuditEntry> kept;
  for (AuditEntry& row : *history)
    if (slice->cut.count(row.table) && slice->ownsId(row.table, row.recordId)) kept.push_back(std::move(row));
  if (auto s = appendAuditEntries(to, kept); !s) return s.error();
  report.history = static_cast<long long>(kept.size());
  const std::string tipId = sourceTip->substr(0, sourceTip->find(' '));
  const std::string tipHash = sourceTip->substr(sourceTip->find(' ') + 1);
  for (const auto& [key, value] : std::vector<std::pair<std::string, std::string>>{{"pulled_community", adminCode},
                                                                                   {"pulled_from", description},
                                                                                   {"pulled_audit_id", tipId},
                                                                                   {"pulled_audit_hash", tipHash}})
    if (auto s = to.setMeta(key, value); !s) return s.error();
  if (to.isServer())
    if (auto s = to.exec("SET CONSTRAINTS ALL IMMEDIATE"); !s) return s.error();
  if (auto s = suspended->finish(); !s) return s.error();
  JsonObject after;
  after.add("from", Value(description));
  after.add("community", Value(adminCode));
  after.add("rows", Value(report.rows));
  after.add("history", Value(report.history));
  after.add("source_audit_id", Value(tipId));
  after.add("source_audit_hash", Value(tipHash));
  RecordWriter writer(to, clock);
  if (auto s = writer.appendAudit(actor, "import", "community", *communityId, {}, after.str(),
                                  "community " + adminCode + " pulled from " + description);
      !s)
    return s.error();
  auto anchor = to.queryInt("SELECT max(id) FROM main.audit_log");
  if (!anchor) return anchor.error();
  if (auto s = to.setMeta("pulled_anchor", std::to_string(*anchor)); !s) return s.error();
  if (auto s = transaction.commit(); !s) return s.error();
  if (progress) progress->report(1.0, "done");
  return report;
}

Result<CommunityCopyReport> pushCommunity(Database& from, Database& to, const std::string& communityCode,
                                          const Clock& clock, const Actor& actor, const std::string& description,
                                          Progress* progress) {
  if (auto s = checkSameShape(from, to); !s) return s.error();
  if (auto s = requirePermission(to, "user", "admin"); !s) return s.error();
  auto pulled = from.meta("pulled_community");
  if (!pulled)
    return makeError(ErrorCode::InvalidInput,
                     description +
                         " was not made by `gridctl server pull ADDRESS FILE --community CODE`; a whole "
                         "district file goes to a new server database with `gridctl server push` without "
                         "--community.");
  auto communityId = communityIdOf(to, communityCode, "the database to push into");
  if (!communityId) return communityId.error();
  auto fileCommunityId = communityIdOf(from, communityCode, description);
  if (!fileCommunityId || *fileCommunityId != *communityId)
    return makeError(ErrorCode::InvalidInput, description + " holds community " + *pulled + ", not " + communityCode +
                                                  "; push it with --community " + *pulled + ".");
  {
    auto fileCode = from.prepare("SELECT admin_code FROM main.community WHERE id = ?");
    if (!fileCode) return fileCode.error();
    fileCode->bind(1, *fileCommunityId);
    if (auto row = fileCode->step(); !row || !*row || fileCode->text(0) != *pulled)
      return makeError(ErrorCode::InvalidInput, description + " holds community " + *pulled + ", not " + communityCode +
                                                    "; push it with --community " + *pulled + ".");
  }
  auto fileDatabase = from.meta("database_id");
  auto serverDatabase = to.meta("database_id");
  if (!fileDatabase || !serverDatabase || *fileDatabase != *serverDatabase)
    return makeError(ErrorCode::InvalidInput, description +
                                                  " was pulled from another database; push it back where it came "
                                                  "from (" +
                                                  (from.meta("pulled_from").ok() ? *from.meta("pulled_from") : "?") +
                                                  ").");
  auto pulledAuditId = from.meta("pulled_audit_id");
  auto anchor = from.meta("pulled_anchor");
  if (!pulledAuditId || !anchor) return makeError(ErrorCode::InvalidInput, description + " lacks its pull's marks.");
  if (auto pushed = from.meta("pulled_pushed"); pushed)
    return makeError(ErrorCode::Conflict, description + " was pushed already (" + *pushed +
                                              "); pull the community again to go on working offline.");
  auto claim = JobLock::acquire(to, clock, *communityId, "push of community " + communityCode, actor);
  if (!claim) return claim.error();
  auto copy = planCopy(from, to);
  if (!copy) return copy.error();

  Transaction transaction(to);
  if (!transaction.begun()) return transaction.begun().error();
  // No audited write commits on the server until this one does: what the checks below saw stays true.
  if (to.isServer())
    if (auto s = to.exec("SELECT pg_advisory_xact_lock(4547000000)"); !s) return s.error();
  auto file = sliceCommunity(from, *copy, *communityId, progress, 0.0, 0.3);
  if (!file) return file.error();
  auto server = sliceCommunity(to, *copy, *communityId, progress, 0.3, 0.6);
  if (!server) return server.error();

  // What each record was at the pull: on the server, and as the file wrote it.
  std::map<std::string, std::map<long long, std::pair<std::string, std::string>>> base;
  {
    auto read = from.prepare("SELECT table_name, record_id, source_digest, file_digest FROM main.gs_pull_base");
    if (!read) return read.error();
    if (auto s = read->forEachRow([&](const Statement& row) {
          base[row.text(0)][row.int64(1)] = {row.text(2), row.text(3)};
        });
        !s)
      return s.error();
  }
  // Who changed what on the server since the pull, to name them.
  std::map<std::pair<std::string, long long>, std::string> serverAuthors;
  {
    auto rows = auditRowsAfter(to, std::stoll(*pulledAuditId));
    if (!rows) return rows.error();
    for (const AuditEntry& row : *rows)
      if (!kReadActions.count(row.action))
        serverAuthors[{row.table, row.recordId}] = row.actor + " at " + row.at + " (" + row.action + ")";
  }
  // What the file changed outside the community: refused (the push writes the community's records only).
  std::vector<std::string> outside;
  auto fileHistory = auditRowsAfter(from, std::stoll(*anchor));
  if (!fileHistory) return fileHistory.error();
  for (const AuditEntry& row : *fileHistory) {
    if (kReadActions.count(row.action)) continue;
    const bool inside =
        file->cut.count(row.table) && (file->ownsId(row.table, row.recordId) || base[row.table].count(row.recordId) ||
                                       (row.table == "community" && row.recordId == *communityId));
    if (!inside) outside.push_back(describeRecord(row.table, row.recordId) + " (" + row.action + ")");
  }

  struct TableWork {
    std::vector<std::size_t> inserts, updates;  // row indexes in the file's slice
    std::vector<long long> deletes;
    bool replace = false;  // a table without ids: the file's rows replace the server's
  };
  std::map<std::string, TableWork> work;
  std::vector<std::string> conflicts;
  auto conflict = [&](const std::string& table, long long id, const std::string& what) {
    auto author = serverAuthors.find({table, id});
    conflicts.push_back(describeRecord(table, id) + ": " + what +
                        (author != serverAuthors.end() ? " (by " + author->second + ")" : ""));
  };
  for (const std::string& table : copy->order) {
    if (!file->cut.count(table)) continue;
    const TablePlan& plan = copy->plans.at(table);
    const auto& fileRows = file->rows[table];
    const auto& fileOwned = file->ownedRow[table];
    const auto& serverRows = server->rows[table];
    const auto& serverOwned = server->ownedRow[table];
    auto& tableBase = base[table];
    TableWork& tableWork = work[table];
    if (!plan.hasId) {
      std::vector<std::string> fileDigests, serverDigests;
      for (std::size_t i = 0; i < fileRows.size(); ++i)
        if (fileOwned[i]) fileDigests.push_back(rowDigest(fileRows[i]));
      for (std::size_t i = 0; i < serverRows.size(); ++i)
        if (serverOwned[i]) serverDigests.push_back(rowDigest(serverRows[i]));
      auto at = tableBase.find(-1);
      const bool fileChanged = at == tableBase.end() || setDigest(fileDigests) != at->second.second;
      const bool serverChanged = at == tableBase.end() || setDigest(serverDigests) != at->second.first;
      if (fileChanged && serverChanged && !(fileDigests.empty() && serverDigests.empty()))
        conflicts.push_back(table + ": rows changed in the file and on the server");
      else if (fileChanged)
        tableWork.replace = true;
      continue;
    }
    const auto idOf = [&](const std::vector<Value>& row) {
      return std::get<long long>(row[static_cast<std::size_t>(plan.idIndex)]);
    };
    auto serverRowOf = [&](long long id) -> const std::vector<Value>* {
      auto at = server->byId[table].find(id);
      if (at == server->byId[table].end() || !serverOwned[at->second]) return nullptr;
      return &serverRows[at->second];
    };
    for (std::size_t i = 0; i < fileRows.size(); ++i) {
      const long long id = idOf(fileRows[i]);
      auto at = tableBase.find(id);
      if (!fileOwned[i]) {
        if (at != tableBase.end()) outside.push_back(describeRecord(table, id) + " (moved out of the community)");
        continue;
      }
      if (at == tableBase.end()) {
        tableWork.inserts.push_back(i);
        continue;
      }
      const bool fileChanged = rowDigest(fileRows[i]) != at->second.second;
      if (!fileChanged) continue;
      const std::vector<Value>* now = serverRowOf(id);
      if (!now)
        conflict(table, id, "changed in the file, removed or moved out on the server");
      else if (rowDigest(*now) != at->second.first)
        conflict(table, id, "changed in the file and on the server");
      else
        tableWork.updates.push_back(i);
    }
    auto existsInFile = from.prepare("SELECT 1 FROM main.\"" + table + "\" WHERE id = ?");
    if (!existsInFile) return existsInFile.error();
    for (const auto& [id, digests] : tableBase) {
      auto inFile = file->byId[table].find(id);
      if (inFile != file->byId[table].end()) continue;  // kept (or moved out, refused above)
      existsInFile->reset();
      existsInFile->bind(1, id);
      auto there = existsInFile->step();
      if (!there) return there.error();
      if (*there) {  // in the file, but no longer in the community there
        outside.push_back(describeRecord(table, id) + " (moved out of the community)");
        continue;
      }
      const std::vector<Value>* now = serverRowOf(id);
      if (!now) continue;  // gone on both sides
      if (rowDigest(*now) != digests.first)
        conflict(table, id, "removed in the file, changed on the server");
      else
        tableWork.deletes.push_back(id);
    }
  }
  if (!outside.empty()) {
    std::string list;
    for (std::size_t i = 0; i < outside.size() && i < 8; ++i) list += (i ? "; " : "") + outside[i];
    if (outside.size() > 8) list += "; and " + std::to_string(outside.size() - 8) + " more";
    return makeError(ErrorCode::Conflict,
                     description + " changed " + std::to_string(outside.size()) + " record(s) outside community " +
                         communityCode + ": " + list +
                         ". Nothing was written: a push with --community writes that community's records only. Make "
                         "those changes on the server itself.");
  }
  if (!conflicts.empty()) {
    std::string list;
    for (std::size_t i = 0; i < conflicts.size() && i < 8; ++i) list += (i ? "; " : "") + conflicts[i];
    if (conflicts.size() > 8) list += "; and " + std::to_string(conflicts.size() - 8) + " more";
    return makeError(ErrorCode::Conflict,
                     std::to_string(conflicts.size()) + " record(s) of community " + communityCode +
                         " changed both in " + description + " and on the server since the pull: " + list +
                         ". Nothing was written. Pull the community again and redo the file's edits there.");
  }

  // Write: rows made in the file (new ids; references follow), then changed rows, then removed ones (children
  // first). A table without ids has its rows replaced.
  CommunityCopyReport report;
  std::map<std::string, std::map<long long, long long>> renumbered;
  auto mapped = [&](const TablePlan& plan, std::vector<Value> row) {
    for (const auto& reference : plan.references) {
      Value& value = row[static_cast<std::size_t>(reference.index)];
      const long long* id = std::get_if<long long>(&value);
      if (!id) continue;
      std::string parent = reference.parent;
      if (!reference.levelColumn.empty()) {
        const Value& level = row[static_cast<std::size_t>(reference.levelIndex)];
        parent = std::holds_alternative<std::string>(level) ? levelTable(std::get<std::string>(level)) : "";
      }
      auto table = renumbered.find(parent);
      if (table == renumbered.end()) continue;
      auto to = table->second.find(*id);
      if (to != table->second.end()) value = Value(to->second);
    }
    return row;
  };
  auto bindRow = [](Statement& statement, const TablePlan& plan, const std::vector<Value>& row) {
    int at = 1;
    for (std::size_t c = 0; c < plan.columns.size(); ++c)
      if (plan.columns[c] != "id") statement.bind(at++, row[c]);
    return at;
  };
  for (const std::string& table : copy->order) {
    if (!work.count(table) || !work[table].replace) continue;
    const TablePlan& plan = copy->plans.at(table);
    std::string where;
    for (const std::string& column : plan.columns)
      where += (where.empty() ? "" : " AND ") + ("\"" + column + "\" IS ?");
    auto remove = to.prepare("DELETE FROM main.\"" + table + "\" WHERE " + where);
    if (!remove) return remove.error();
    for (std::size_t i = 0; i < server->rows[table].size(); ++i) {
      if (!server->ownedRow[table][i]) continue;
      remove->reset();
      for (std::size_t c = 0; c < plan.columns.size(); ++c)
        remove->bind(static_cast<int>(c + 1), server->rows[table][i][c]);
      if (auto s = remove->run(); !s) return s.error();
    }
  }
  std::map<std::string, LateValues> late;
  for (const std::string& table : copy->order) {
    if (!work.count(table)) continue;
    const TablePlan& plan = copy->plans.at(table);
    TableWork& tableWork = work[table];
    if (tableWork.replace) {
      BatchInsert insert(to, plan);
      for (std::size_t i = 0; i < file->rows[table].size(); ++i)
        if (file->ownedRow[table][i]) {
          if (auto s = insert.add(mapped(plan, file->rows[table][i])); !s) return s.error();
          ++report.rows;
        }
      if (auto s = insert.flush(); !s) return s.error();
      continue;
    }
    if (tableWork.inserts.empty()) continue;
    auto insert = to.prepare(insertWithoutIdSql(plan, to.srid()));
    if (!insert) return insert.error();
    for (std::size_t i : tableWork.inserts) {
      std::vector<Value> row = mapped(plan, file->rows[table][i]);
      const long long oldId = std::get<long long>(row[static_cast<std::size_t>(plan.idIndex)]);
      holdLate(plan, row, late[table]);  // by the file's id; given the server's once every row is in
      insert->reset();
      bindRow(*insert, plan, row);
      if (auto s = naming(insert->run(), table); !s) return s.error();
      const long long newId = to.lastInsertId();
      renumbered[table][oldId] = newId;
      if (newId != oldId) ++report.renumbered;
      ++report.inserted;
    }
  }
  for (const std::string& table : copy->order) {
    if (!work.count(table) || work[table].updates.empty()) continue;
    const TablePlan& plan = copy->plans.at(table);
    auto update = to.prepare(updateByIdSql(plan, to.srid()));
    if (!update) return update.error();
    for (std::size_t i : work[table].updates) {
      const std::vector<Value> row = mapped(plan, file->rows[table][i]);
      update->reset();
      const int at = bindRow(*update, plan, row);
      update->bind(at, row[static_cast<std::size_t>(plan.idIndex)]);
      if (auto s = naming(update->run(), table, std::get<long long>(row[static_cast<std::size_t>(plan.idIndex)])); !s)
        return s.error();
      ++report.updated;
    }
  }
  for (auto& [table, values] : late) {
    const TablePlan& plan = copy->plans.at(table);
    LateValues now;
    for (auto& [oldId, held] : values) {
      std::vector<Value> row(plan.columns.size());
      for (auto& [column, value] : held) {
        auto c = std::find(plan.columns.begin(), plan.columns.end(), column) - plan.columns.begin();
        row[static_cast<std::size_t>(c)] = value;
      }
      row = mapped(plan, std::move(row));
      std::vector<std::pair<std::string, Value>> fixed;
      for (auto& [column, value] : held) {
        auto c = std::find(plan.columns.begin(), plan.columns.end(), column) - plan.columns.begin();
        fixed.emplace_back(column, row[static_cast<std::size_t>(c)]);
      }
      now.emplace_back(renumbered[table][oldId], std::move(fixed));
    }
    if (auto s = writeLate(to, table, now); !s) return s.error();
  }
  for (auto table = copy->order.rbegin(); table != copy->order.rend(); ++table) {
    if (!work.count(*table) || work[*table].deletes.empty()) continue;
    auto remove = to.prepare("DELETE FROM main.\"" + *table + "\" WHERE id = ?");
    if (!remove) return remove.error();
    for (long long id : work[*table].deletes) {
      remove->reset();
      remove->bind(1, id);
      if (auto s = naming(remove->run(), *table, id); !s) {
        Error e = s.error();
        e.message += " (a record of another community still points to it; nothing was written)";
        return e;
      }
      ++report.deleted;
    }
  }
  for (const auto& [table, tableWork] : work)
    if (tableWork.replace || !tableWork.inserts.empty() || !tableWork.updates.empty() || !tableWork.deletes.empty())
      ++report.tables;
  report.rows += report.inserted + report.updated + report.deleted;
  // The file's history since the pull continues the server's chain, as it was written; one more row says what the
  // push wrote and which records have new ids.
  std::vector<AuditEntry> history;
  for (AuditEntry& row : *fileHistory)
    if (row.reason.rfind("community " + *pulled + " pulled from", 0) != 0) history.push_back(std::move(row));
  if (auto s = appendAuditEntries(to, history); !s) return s.error();
  report.history = static_cast<long long>(history.size());
  JsonObject after;
  after.add("from", Value(description));
  after.add("community", Value(communityCode));
  after.add("inserted", Value(report.inserted));
  after.add("updated", Value(report.updated));
  after.add("deleted", Value(report.deleted));
  after.add("history", Value(report.history));
  std::string ids;
  for (const auto& [table, map] : renumbered)
    for (const auto& [oldId, newId] : map)
      if (oldId != newId)
        ids += (ids.empty() ? "" : ", ") + table + " " + std::to_string(oldId) + "→" + std::to_string(newId);
  after.add("renumbered", Value(ids));
  RecordWriter writer(to, clock);
  if (auto s = writer.appendAudit(actor, "import", "community", *communityId, {}, after.str(),
                                  "community " + communityCode + " pushed from " + description);
      !s)
    return s.error();
  if (auto s = transaction.commit(); !s) return s.error();
  // The file's edits are the server's now: the file is not pushed twice (its records would be written again).
  if (auto s = from.setMeta("pulled_pushed", "to " + serverAddressForDisplay(to.path()) + " at " + clock.nowIso());
      !s) {
    Error e = s.error();
    e.message = "The community was pushed, but " + description + " could not be marked as pushed (" + e.message +
                "); do not push it again: pull the community anew.";
    return e;
  }
  if (progress) progress->report(1.0, "done");
  return report;
}

Result<std::optional<PulledCommunity>> pulledCommunityOf(Database& database) {
  auto code = database.meta("pulled_community");
  if (!code) return std::optional<PulledCommunity>();
  PulledCommunity pulled;
  pulled.code = *code;
  auto name = database.prepare("SELECT name FROM main.community WHERE admin_code = ?");
  if (!name) return name.error();
  name->bind(1, *code);
  auto row = name->step();
  if (!row) return row.error();
  if (*row) pulled.name = name->text(0);
  if (auto from = database.meta("pulled_from")) pulled.from = *from;
  if (auto pushed = database.meta("pulled_pushed")) pulled.pushed = *pushed;
  return std::optional<PulledCommunity>(std::move(pulled));
}

}  // namespace grid
