// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/record_writer.h"

#include <algorithm>

#include "security/crypto.h"
#include "storage/json.h"

namespace grid {

RecordWriter::RecordWriter(Database& database, const Clock& clock) : m_database(database), m_clock(clock) {}

Result<const RecordWriter::TableInfo*> RecordWriter::tableInfo(std::string_view table) {
  if (auto it = m_tables.find(table); it != m_tables.end()) return &it->second;
  // The table name is matched against the schema before it is ever placed in SQL.
  auto exists = m_database.hasTable(table);
  if (!exists) return exists.error();
  if (!*exists) return makeError(ErrorCode::NotFound, "no table named " + std::string(table));
  const std::string name(table);

  TableInfo info;
  auto columns = m_database.columnsOf(name);
  if (!columns) return columns.error();
  info.columns = std::move(*columns);
  auto geometry = m_database.geometryColumnsOf(name);
  if (!geometry) return geometry.error();
  for (auto& [column, type] : *geometry) info.geometryTypes[column] = type;
  // row_version is the writer's own: never a field, never in the audited images.
  if (auto at = std::find(info.columns.begin(), info.columns.end(), "row_version"); at != info.columns.end()) {
    info.versioned = true;
    info.columns.erase(at);
  }
  std::string select;
  for (const std::string& column : info.columns) {
    if (!select.empty()) select += ", ";
    if (info.geometryTypes.count(column))
      select += "AsText(\"" + column + "\")";
    else
      select += "\"" + column + "\"";
  }
  // main.: the stored row, not what a signed-in user's scope view shows of it (DESIGN.md: scope views).
  info.snapshotSql = "SELECT " + select + " FROM main.\"" + name + "\" WHERE id = ?";
  if (const std::string_view column = gridColumnOf(name); !column.empty())
    info.gridSql = "SELECT coalesce(\"" + std::string(column) + "\", 0) FROM main.\"" + name + "\" WHERE id = ?";
  return &m_tables.emplace(name, std::move(info)).first->second;
}

Status RecordWriter::checkColumns(const TableInfo& info, std::string_view table, const Fields& fields,
                                  bool newRecord) const {
  for (const auto& [column, value] : fields) {
    if (column == "row_version" && info.versioned)
      return makeError(ErrorCode::InvalidInput, "the version of a record is kept by the database",
                       {.table = std::string(table), .field = column});
    if (std::find(info.columns.begin(), info.columns.end(), column) == info.columns.end())
      return makeError(ErrorCode::InvalidInput, "unknown field", {.table = std::string(table), .field = column});
    // A new record may bring its number back (an exported list imported again); an existing one keeps its own.
    if (column == "id" && !newRecord)
      return makeError(ErrorCode::InvalidInput, "the id of a record is assigned by the database");
  }
  return {};
}

std::string RecordWriter::valueSql(const TableInfo& info, const std::string& column, const Value& value) const {
  const auto geometry = info.geometryTypes.find(column);
  if (geometry == info.geometryTypes.end() || !std::holds_alternative<Wkt>(value)) return "?";
  const std::string make = "GeomFromText(?, " + std::to_string(m_database.srid()) + ")";
  if (geometry->second == "MULTIPOLYGON") return "CastToMultiPolygon(" + make + ")";
  if (geometry->second == "MULTILINESTRING") return "CastToMultiLinestring(" + make + ")";
  if (geometry->second == "MULTIPOINT") return "CastToMultiPoint(" + make + ")";
  return make;
}

Result<std::string> RecordWriter::snapshot(std::string_view table, long long id) {
  auto info = tableInfo(table);
  if (!info) return info.error();
  auto statement = m_database.prepare((*info)->snapshotSql);
  if (!statement) return statement.error();
  statement->bind(1, id);
  auto row = statement->step();
  if (!row) return row.error();
  if (!*row) return std::string();
  JsonObject json;
  for (int i = 0; i < statement->columnCount(); ++i) json.add((*info)->columns[i], statement->value(i));
  return json.str();
}

Result<std::optional<long long>> RecordWriter::gridOf(const TableInfo& info, long long id) {
  if (info.gridSql.empty()) return std::optional<long long>();
  auto statement = m_database.prepare(info.gridSql);
  if (!statement) return statement.error();
  statement->bind(1, id);
  auto row = statement->step();
  if (!row) return row.error();
  if (!*row) return std::optional<long long>();
  return std::optional<long long>(statement->int64(0));
}

Status RecordWriter::guardWrite(const TableInfo& info, std::string_view table, std::string_view operation,
                                std::optional<long long> gridBefore, long long id) {
  const AccessGuard* guard = m_database.accessGuard();
  if (!guard) return {};
  std::optional<long long> gridAfter;
  if (operation != "delete") {
    auto after = gridOf(info, id);
    if (!after) return after.error();
    gridAfter = *after;
  }
  if (auto s = guard->allowWrite(table, operation, gridBefore, gridAfter); !s) {
    Error e = s.error();
    e.context.table = std::string(table);
    if (id > 0 && operation != "insert") e.context.recordId = id;
    return e;
  }
  return {};
}

Status RecordWriter::appendAudit(const Actor& callerActor, std::string_view action, std::string_view table,
                                 long long recordId, std::string_view beforeJson, std::string_view afterJson,
                                 std::string_view givenReason) {
  const Actor& actor = m_database.auditActor(callerActor);  // the signed-in user, whoever the caller named
  AuditEntry entry;
  entry.at = m_clock.nowIso();
  entry.actor = actor.name;
  if (actor.userId >= 0) entry.actorUserId = actor.userId;
  entry.action = action;
  entry.table = table;
  entry.recordId = recordId;
  entry.before = beforeJson;
  entry.after = afterJson;
  entry.reason = givenReason.empty() ? m_database.auditReason() : std::string(givenReason);
  return appendAuditEntries(m_database, {entry});
}

Status appendAuditEntries(Database& database, const std::vector<AuditEntry>& entries) {
  if (entries.empty()) return {};
  // On a server, clients append to the chain one transaction at a time (SQLite's write lock does this for a file):
  // the lock is held until this transaction ends.
  if (database.isServer())
    if (auto s = database.exec("SELECT pg_advisory_xact_lock(4547000000)"); !s) return s;
  auto previous = database.queryText("SELECT coalesce((SELECT hash FROM main.audit_log ORDER BY id DESC LIMIT 1), '')");
  if (!previous) return previous.error();
  auto statement = database.prepare(
      "INSERT INTO main.audit_log (at, actor, actor_user_id, action, table_name, record_id, before_json, after_json, "
      "reason, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!statement) return statement.error();
  std::string chain = *previous;
  for (const AuditEntry& entry : entries) {
    const std::string hash = auditHash(chain, entry.at, entry.actor, entry.action, entry.table, entry.recordId,
                                       entry.before, entry.after, entry.reason);
    statement->reset();
    statement->bind(1, entry.at).bind(2, entry.actor);
    entry.actorUserId ? statement->bind(3, *entry.actorUserId) : statement->bindNull(3);
    statement->bind(4, entry.action).bind(5, entry.table).bind(6, entry.recordId);
    entry.before.empty() ? statement->bindNull(7) : statement->bind(7, entry.before);
    entry.after.empty() ? statement->bindNull(8) : statement->bind(8, entry.after);
    entry.reason.empty() ? statement->bindNull(9) : statement->bind(9, entry.reason);
    statement->bind(10, chain).bind(11, hash);
    if (auto s = statement->run(); !s) return s;
    chain = hash;
  }
  return {};
}

Result<long long> RecordWriter::insert(const Actor& actor, std::string_view table, const Fields& fields) {
  auto info = tableInfo(table);
  if (!info) return info.error();
  if (auto s = checkColumns(**info, table, fields, /*newRecord=*/true); !s) return s.error();
  Transaction transaction(m_database);
  if (!transaction.begun()) return transaction.begun().error();

  std::string columns;
  std::string values;
  for (const auto& [column, value] : fields) {
    if (!columns.empty()) {
      columns += ", ";
      values += ", ";
    }
    columns += "\"" + column + "\"";
    values += valueSql(**info, column, value);
  }
  if (const AccessGuard* guard = m_database.accessGuard())  // table-level permission before anything is written
    if (auto s = guard->allowWrite(table, "insert", std::nullopt, std::nullopt); !s) {
      Error e = s.error();
      e.context.table = std::string(table);
      return e;
    }
  const std::string sql =
      fields.empty() ? "INSERT INTO main.\"" + std::string(table) + "\" DEFAULT VALUES"
                     : "INSERT INTO main.\"" + std::string(table) + "\" (" + columns + ") VALUES (" + values + ")";
  auto statement = m_database.prepare(sql);
  if (!statement) return statement.error();
  for (std::size_t i = 0; i < fields.size(); ++i) statement->bind(static_cast<int>(i + 1), fields[i].second);
  if (auto s = statement->run(); !s) {
    Error e = s.error();
    e.context.table = std::string(table);
    return e;
  }
  const long long id = m_database.lastInsertId();
  if (auto s = guardWrite(**info, table, "insert", std::nullopt, id); !s) return s.error();
  auto after = snapshot(table, id);
  if (!after) return after.error();
  if (auto s = appendAudit(actor, "insert", table, id, {}, *after); !s) return s.error();
  if (auto s = transaction.commit(); !s) return s.error();
  return id;
}

Status RecordWriter::update(const Actor& actor, std::string_view table, long long id, const Fields& fields,
                            std::optional<long long> expectedVersion) {
  auto info = tableInfo(table);
  if (!info) return info.error();
  if (auto s = checkColumns(**info, table, fields); !s) return s;
  if (fields.empty()) return {};
  Transaction transaction(m_database);
  if (!transaction.begun()) return transaction.begun();
  // The record is this transaction's until it ends (SQLite: the write lock is; a server: the row is locked), so the
  // version compared below is the one the update replaces.
  if (m_database.isServer()) {
    auto lock = m_database.prepare("SELECT 1 FROM main.\"" + std::string(table) + "\" WHERE id = ? FOR UPDATE");
    if (!lock) return lock.error();
    lock->bind(1, id);
    if (auto s = lock->run(); !s) return s;
  }
  if (expectedVersion && (*info)->versioned) {
    // (the table is known to be versioned: no catalogue lookup on every save, as rowVersion() would do)
    auto read = m_database.prepare("SELECT row_version FROM main.\"" + std::string(table) + "\" WHERE id = ?");
    if (!read) return read.error();
    read->bind(1, id);
    auto found = read->step();
    if (!found) return found.error();
    if (!*found)
      return makeError(ErrorCode::NotFound, "record does not exist", {.table = std::string(table), .recordId = id});
    const std::optional<long long> current = read->int64(0);
    if (*current != *expectedVersion) {
      auto since = changesSince(m_database, table, id, *expectedVersion);
      std::string who;
      if (since)
        for (const RecordRevision& revision : *since) {
          std::string fields;
          for (const auto& change : revision.changes) fields += (fields.empty() ? "" : ", ") + change.field;
          who += (who.empty() ? "" : "; ") + revision.actor + " at " + revision.at +
                 (fields.empty() ? std::string() : " (" + fields + ")");
        }
      return makeError(ErrorCode::Conflict,
                       "Someone changed this record after you opened it (you have version " +
                           std::to_string(*expectedVersion) + ", it is at version " + std::to_string(*current) +
                           (who.empty() ? std::string() : ": " + who) +
                           "). Nothing was saved; reload it and apply your change again.",
                       {.table = std::string(table), .recordId = id});
    }
  }
  auto before = snapshot(table, id);
  if (!before) return before.error();
  if (before->empty())
    return makeError(ErrorCode::NotFound, "record does not exist", {.table = std::string(table), .recordId = id});
  auto gridBefore = gridOf(**info, id);
  if (!gridBefore) return gridBefore.error();
  if (const AccessGuard* guard = m_database.accessGuard())  // the record as it is must be the actor's to change
    if (auto s = guard->allowWrite(table, "update", *gridBefore, std::nullopt); !s) {
      Error e = s.error();
      e.context.table = std::string(table);
      e.context.recordId = id;
      return e;
    }

  std::string assignments;
  for (const auto& [column, value] : fields) {
    if (!assignments.empty()) assignments += ", ";
    assignments += "\"" + column + "\" = " + valueSql(**info, column, value);
  }
  if ((*info)->versioned) assignments += ", row_version = row_version + 1";
  auto statement =
      m_database.prepare("UPDATE main.\"" + std::string(table) + "\" SET " + assignments + " WHERE id = ?");
  if (!statement) return statement.error();
  int index = 1;
  for (const auto& field : fields) statement->bind(index++, field.second);
  statement->bind(index, id);
  if (auto s = statement->run(); !s) {
    Error e = s.error();
    e.context.table = std::string(table);
    e.context.recordId = id;
    return e;
  }
  if (auto s = guardWrite(**info, table, "update", *gridBefore, id); !s) return s;  // and as it becomes
  auto after = snapshot(table, id);
  if (!after) return after.error();
  if (*after == *before) {  // nothing changed: no audit noise, no new version
    transaction.rollback();
    return {};
  }
  if (auto s = appendAudit(actor, "update", table, id, *before, *after); !s) return s;
  return transaction.commit();
}

Status RecordWriter::remove(const Actor& actor, std::string_view table, long long id) {
  auto info = tableInfo(table);
  if (!info) return info.error();
  Transaction transaction(m_database);
  if (!transaction.begun()) return transaction.begun();
  auto before = snapshot(table, id);
  if (!before) return before.error();
  if (before->empty())
    return makeError(ErrorCode::NotFound, "record does not exist", {.table = std::string(table), .recordId = id});
  auto gridBefore = gridOf(**info, id);
  if (!gridBefore) return gridBefore.error();
  if (auto s = guardWrite(**info, table, "delete", *gridBefore, id); !s) return s;
  auto statement = m_database.prepare("DELETE FROM main.\"" + std::string(table) + "\" WHERE id = ?");
  if (!statement) return statement.error();
  statement->bind(1, id);
  if (auto s = statement->run(); !s) {
    Error e = s.error();
    e.context.table = std::string(table);
    e.context.recordId = id;
    return e;
  }
  if (auto s = appendAudit(actor, "delete", table, id, *before, {}); !s) return s;
  return transaction.commit();
}

std::string auditHash(std::string_view previous, std::string_view at, std::string_view actor, std::string_view action,
                      std::string_view table, long long recordId, std::string_view beforeJson,
                      std::string_view afterJson, std::string_view reason) {
  std::string canonical;
  for (std::string_view part : {previous, at, actor, action, table}) canonical.append(part).append("|");
  canonical.append(std::to_string(recordId)).append("|");
  canonical.append(beforeJson).append("|").append(afterJson).append("|").append(reason);
  return sha256Hex(canonical);
}

Result<long long> verifyAuditChain(Database& database) {
  auto statement = database.prepare(
      "SELECT id, at, actor, action, table_name, coalesce(record_id, 0), coalesce(before_json, ''), "
      "coalesce(after_json, ''), coalesce(reason, ''), coalesce(prev_hash, ''), coalesce(hash, '') FROM main.audit_log "
      "ORDER BY id");
  if (!statement) return statement.error();
  std::string previous;
  while (true) {
    auto row = statement->step();
    if (!row) return row.error();
    if (!*row) return -1LL;
    if (statement->text(9) != previous ||
        statement->text(10) != auditHash(previous, statement->text(1), statement->text(2), statement->text(3),
                                         statement->text(4), statement->int64(5), statement->text(6),
                                         statement->text(7), statement->text(8)))
      return statement->int64(0);
    previous = statement->text(10);
  }
}

Result<long long> rowVersion(Database& database, std::string_view table, long long id) {
  auto columns = database.columnsOf(table);
  if (!columns) return columns.error();
  if (std::find(columns->begin(), columns->end(), "row_version") == columns->end())
    return makeError(ErrorCode::InvalidInput, "records of " + std::string(table) + " have no version",
                     {.table = std::string(table)});
  auto statement = database.prepare("SELECT row_version FROM main.\"" + std::string(table) + "\" WHERE id = ?");
  if (!statement) return statement.error();
  statement->bind(1, id);
  auto row = statement->step();
  if (!row) return row.error();
  if (!*row)
    return makeError(ErrorCode::NotFound, "record does not exist", {.table = std::string(table), .recordId = id});
  return statement->int64(0);
}

Result<std::vector<RecordRevision>> changesSince(Database& database, std::string_view table, long long id,
                                                 long long version) {
  auto current = rowVersion(database, table, id);
  if (!current) return current.error();
  std::vector<RecordRevision> revisions;
  if (*current <= version) return revisions;
  // Each version after the first is one audited update: the last (current - version) of them.
  auto updates = database.prepare(
      "SELECT id, actor, at FROM (SELECT id, actor, at FROM main.audit_log WHERE table_name = ? AND record_id = ? AND "
      "action = 'update' ORDER BY id DESC LIMIT ?) AS latest ORDER BY id");
  if (!updates) return updates.error();
  updates->bind(1, table).bind(2, id).bind(3, *current - version);
  auto fields = database.prepare(
      "SELECT a.key, b.value, a.value FROM main.audit_log l, json_each(l.after_json) a LEFT JOIN json_each(?) b ON "
      "b.key = a.key WHERE l.id = ? AND b.value IS NOT a.value AND a.key NOT IN ('updated_at', 'updated_by') "
      "ORDER BY a.key");
  if (!fields) return fields.error();
  std::vector<std::pair<long long, RecordRevision>> rows;
  if (auto s = updates->forEachRow([&](const Statement& row) {
        RecordRevision revision;
        revision.actor = row.text(1);
        revision.at = row.text(2);
        rows.emplace_back(row.int64(0), std::move(revision));
      });
      !s)
    return s.error();
  long long at = *current - static_cast<long long>(rows.size());
  for (auto& row : rows) {
    const long long auditId = row.first;
    RecordRevision& revision = row.second;  // a reference, not a binding: clang 14 cannot capture bindings
    revision.version = ++at;
    auto before = database.prepare("SELECT before_json FROM main.audit_log WHERE id = ?");
    if (!before) return before.error();
    before->bind(1, auditId);
    auto found = before->step();
    if (!found) return found.error();
    fields->reset();
    fields->bind(1, *found && !before->isNull(0) ? Value(before->text(0)) : null()).bind(2, auditId);
    if (auto s = fields->forEachRow([&](const Statement& row) {
          RecordRevision::FieldChange change;
          change.field = row.text(0);
          if (!row.isNull(1)) change.before = row.text(1);
          if (!row.isNull(2)) change.after = row.text(2);
          revision.changes.push_back(std::move(change));
        });
        !s)
      return s.error();
    revisions.push_back(std::move(revision));
  }
  return revisions;
}

}  // namespace grid
