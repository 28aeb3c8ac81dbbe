// SPDX-License-Identifier: GPL-2.0-or-later
#include "access/audit.h"

#include <filesystem>
#include <fstream>

#include "ledger/field_text.h"
#include "storage/database.h"
#include "storage/json.h"
#include "storage/record_writer.h"

namespace grid::access {
namespace {

std::string csvCell(const std::string& text) {
  const std::string safe = spreadsheetSafe(text);
  std::string out = "\"";
  for (char c : safe) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

}  // namespace

Result<std::vector<AuditRow>> queryAudit(Database& database, const AuditFilter& filter) {
  std::string sql =
      "SELECT id, at, actor, action, table_name, coalesce(record_id, -1), coalesce(before_json, ''), "
      "coalesce(after_json, ''), coalesce(reason, '') FROM audit_log WHERE 1";
  if (!filter.actor.empty()) sql += " AND actor = ?1";
  if (!filter.action.empty()) sql += " AND action = ?2";
  if (!filter.table.empty()) sql += " AND table_name = ?3";
  if (filter.recordId >= 0) sql += " AND record_id = ?4";
  if (!filter.from.empty()) sql += " AND at >= ?5";
  if (!filter.to.empty()) sql += " AND at < date(?6, '+1 day')";
  sql += " ORDER BY id DESC LIMIT ?7";
  auto statement = database.prepare(sql);
  if (!statement) return statement.error();
  if (!filter.actor.empty()) statement->bind(1, filter.actor);
  if (!filter.action.empty()) statement->bind(2, filter.action);
  if (!filter.table.empty()) statement->bind(3, filter.table);
  if (filter.recordId >= 0) statement->bind(4, filter.recordId);
  if (!filter.from.empty()) statement->bind(5, filter.from);
  if (!filter.to.empty()) statement->bind(6, filter.to);
  statement->bind(7, static_cast<long long>(filter.limit));
  std::vector<AuditRow> rows;
  if (auto s = statement->forEachRow([&](const Statement& row) {
        rows.push_back({row.int64(0), row.text(1), row.text(2), row.text(3), row.text(4), row.int64(5), row.text(6),
                        row.text(7), row.text(8)});
      });
      !s)
    return s.error();
  return rows;
}

Result<long long> exportAudit(Database& database, const Clock& clock, const AuditFilter& filter,
                              const std::string& path) {
  if (auto s = requirePermission(database, "audit", "export"); !s) return s.error();
  auto rows = queryAudit(database, filter);
  if (!rows) return rows.error();
  const std::string aside = path + ".part";
  {
    std::ofstream out(aside, std::ios::binary);
    if (!out) return makeError(ErrorCode::Io, "Cannot write the file; check the folder.", {.file = path});
    out << "id,at,actor,action,table,record,before,after,reason\n";
    for (const AuditRow& row : *rows)
      out << row.id << "," << row.at << "," << csvCell(row.actor) << "," << row.action << "," << row.table << ","
          << row.recordId << "," << csvCell(row.before) << "," << csvCell(row.after) << "," << csvCell(row.reason)
          << "\n";
    if (!out) return makeError(ErrorCode::Io, "Writing the file failed (disk full?).", {.file = path});
  }
  std::error_code ec;
  std::filesystem::rename(aside, path, ec);
  if (ec) return makeError(ErrorCode::Io, "Cannot move the finished file in place: " + ec.message(), {.file = path});
  RecordWriter writer(database, clock);
  JsonObject what;
  what.add("rows", static_cast<long long>(rows->size()));
  what.add("actor", filter.actor);
  what.add("action", filter.action);
  what.add("table", filter.table);
  if (auto s = writer.appendAudit(Actor::system("audit export"), "export", "audit_log", 0, {}, what.str()); !s)
    return s.error();
  return static_cast<long long>(rows->size());
}

}  // namespace grid::access
