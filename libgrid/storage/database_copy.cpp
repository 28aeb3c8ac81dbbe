// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/database_copy.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "storage/bulk_write_mode.h"
#include "storage/grid_stats.h"
#include "storage/json.h"
#include "storage/record_writer.h"

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
          : "SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?)");
  if (!list) return list.error();
  list->bind(1, table);
  std::vector<std::pair<std::string, std::string>> keys;
  if (auto s = list->forEachRow([&](const Statement& row) { keys.emplace_back(row.text(0), row.text(1)); }); !s)
    return s.error();
  return keys;
}

struct TablePlan {
  std::string name;
  std::vector<std::string> columns;
  std::set<std::string> geometry;
  std::set<std::string> late;  //!< foreign keys inside a cycle (or to the table itself): written after every insert
  bool hasId = false;
};

}  // namespace

Result<DatabaseCopyReport> copyDatabase(Database& from, Database& to, const Clock& clock, const Actor& actor,
                                        const std::string& description, Progress* progress) {
  if (from.userVersion() != to.userVersion())
    return makeError(ErrorCode::Unsupported, "Both databases need the same schema version (" +
                                                 std::to_string(from.userVersion()) + " and " +
                                                 std::to_string(to.userVersion()) +
                                                 "); open both with this GridStation "
                                                 "first, which migrates them.");
  if (from.srid() != to.srid())
    return makeError(ErrorCode::InvalidInput, "Both databases need the same CRS (EPSG:" + std::to_string(from.srid()) +
                                                  " and EPSG:" + std::to_string(to.srid()) + ").");
  // Copying everything reads every record, whatever the scope: an administrator's job.
  if (auto s = requirePermission(from, "user", "admin"); !s) return s.error();
  auto empty = holdsNoPlaces(to);
  if (!empty) return empty.error();
  auto users = to.queryInt("SELECT count(*) FROM main.app_user");
  if (!users) return users.error();
  if (!*empty || *users > 0)
    return makeError(ErrorCode::Conflict,
                     "The database to copy into holds records already; copy into a new database only.");

  // The tables both have, parents before children; a foreign key inside a cycle is written in a second pass.
  auto source = tablesOf(from);
  if (!source) return source.error();
  std::map<std::string, TablePlan> plans;
  for (const std::string& table : *source) {
    if (table == "gs_meta" || table == "grid_stats") continue;  // the metadata by key; the counts recounted
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
    plan.hasId = std::find(plan.columns.begin(), plan.columns.end(), "id") != plan.columns.end();
    plans.emplace(table, std::move(plan));
  }
  std::vector<std::string> order;
  {
    std::map<std::string, std::vector<std::pair<std::string, std::string>>> keys;
    for (auto& [table, plan] : plans) {
      auto found = foreignKeysOf(to, table);
      if (!found) return found.error();
      keys[table] = *found;
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
      order.push_back(table);
    };
    for (auto& [table, plan] : plans) visit(table);
  }

  long long total = 0;
  for (const std::string& table : order) {
    auto n = from.queryInt("SELECT count(*) FROM main.\"" + table + "\"");
    if (!n) return n.error();
    total += *n;
  }

  BulkWriteMode bulk(to);  // a file: foreign keys off while loading (outside the transaction, as SQLite needs)
  Transaction transaction(to);
  if (!transaction.begun()) return transaction.begun().error();
  auto suspended = GridStatsSuspension::begin(to);
  if (!suspended) return suspended.error();
  // A new database holds its migrations' seeds (code tables, permissions, calendars, rules): the source's own rows,
  // edited or not, replace them. Children first.
  for (auto table = order.rbegin(); table != order.rend(); ++table)
    if (auto s = to.exec("DELETE FROM main.\"" + *table + "\""); !s) return s.error();
  DatabaseCopyReport report;
  for (const std::string& table : order) {
    const TablePlan& plan = plans[table];
    std::string select, names, one;
    for (const std::string& column : plan.columns) {
      const std::string quoted = "\"" + column + "\"";
      select += (select.empty() ? "" : ", ") + (plan.geometry.count(column) ? "AsBinary(" + quoted + ")" : quoted);
      names += (names.empty() ? "" : ", ") + quoted;
      one += one.empty() ? "" : ", ";
      one += plan.geometry.count(column) ? "GeomFromWKB(?, " + std::to_string(to.srid()) + ")" : "?";
    }
    auto read = from.prepare("SELECT " + select + " FROM main.\"" + table + "\"" + (plan.hasId ? " ORDER BY id" : ""));
    if (!read) return read.error();
    // Many rows per INSERT: far fewer statements (and a server's per-statement triggers) than one per row.
    const std::size_t width = std::max<std::size_t>(plan.columns.size(), 1);
    const std::size_t batch = std::max<std::size_t>(1, std::min<std::size_t>(500, 30000 / width));
    std::map<std::size_t, Result<Statement>> inserts;
    auto insertFor = [&](std::size_t rows) -> Result<Statement>* {
      auto it = inserts.find(rows);
      if (it == inserts.end()) {
        std::string values;
        for (std::size_t r = 0; r < rows; ++r) values += (r ? ", (" : "(") + one + ")";
        it = inserts.emplace(rows, to.prepare("INSERT INTO main.\"" + table + "\" (" + names + ") VALUES " + values))
                 .first;
      }
      return &it->second;
    };
    std::vector<Value> pending;
    std::vector<std::pair<long long, std::vector<std::pair<std::string, Value>>>> lateValues;
    auto flush = [&]() -> Status {
      if (pending.empty()) return {};
      const std::size_t rows = pending.size() / plan.columns.size();
      Result<Statement>* insert = insertFor(rows);
      if (!*insert) return insert->error();
      (*insert)->reset();
      for (std::size_t i = 0; i < pending.size(); ++i) (*insert)->bind(static_cast<int>(i + 1), pending[i]);
      pending.clear();
      if (auto s = (*insert)->run(); !s) {
        Error e = s.error();
        e.context.table = table;
        return e;
      }
      return {};
    };
    Status failed;
    if (auto s = read->forEachRow([&](const Statement& row) {
          if (!failed) return;
          std::vector<std::pair<std::string, Value>> late;
          long long id = -1;
          for (std::size_t c = 0; c < plan.columns.size(); ++c) {
            Value value = row.value(static_cast<int>(c));
            if (plan.columns[c] == "id") id = row.int64(static_cast<int>(c));
            if (plan.late.count(plan.columns[c]) && !std::holds_alternative<std::monostate>(value)) {
              late.emplace_back(plan.columns[c], value);
              value = null();
            }
            pending.push_back(std::move(value));
          }
          if (!late.empty()) lateValues.emplace_back(id, std::move(late));
          ++report.rows;
          if (pending.size() >= batch * plan.columns.size()) failed = flush();
          if (progress && report.rows % 5000 == 0) {
            progress->report(total ? static_cast<double>(report.rows) / static_cast<double>(total) : 1.0, table);
            if (progress->isCancelled()) failed = makeError(ErrorCode::Cancelled, "Cancelled; nothing was copied.");
          }
        });
        !s)
      return s.error();
    if (!failed) return failed.error();
    if (auto s = flush(); !s) return s.error();
    for (const auto& [id, values] : lateValues)
      for (const auto& [column, value] : values) {
        auto update = to.prepare("UPDATE main.\"" + table + "\" SET \"" + column + "\" = ? WHERE id = ?");
        if (!update) return update.error();
        update->bind(1, value).bind(2, id);
        if (auto s = update->run(); !s) return s.error();
      }
    ++report.tables;
  }
  // The database's identity, CRS and notes come along (its key is found by its id); each keeps its own schema keys.
  if (auto s = to.exec("DELETE FROM main.gs_meta WHERE key NOT IN ('schema_version', 'schema_name', 'srid')"); !s)
    return s.error();
  auto meta = from.prepare(
      "SELECT key, value FROM main.gs_meta WHERE key NOT IN ('schema_version', 'schema_name', 'srid') ORDER BY key");
  if (!meta) return meta.error();
  std::vector<std::pair<std::string, std::string>> entries;
  if (auto s = meta->forEachRow([&](const Statement& row) { entries.emplace_back(row.text(0), row.text(1)); }); !s)
    return s.error();
  for (const auto& [key, value] : entries)
    if (auto s = to.setMeta(key, value); !s) return s.error();
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

}  // namespace grid
