// SPDX-License-Identifier: GPL-2.0-or-later
// Package status, revocation and the conflicts a merge kept, with their resolution.
#include "packages/package_layers.h"
#include "packages/package_records.h"
#include "registry/record_edit.h"
#include "storage/database.h"
#include "storage/record_change.h"

namespace grid::packages {

using namespace detail;

namespace detail {

namespace {

Result<PackageRecord> readPackage(Database& database, const std::string& where, const Value& key) {
  auto statement = database.prepare(
      "SELECT id, token, user_login, coalesce(user_id, -1), grid_ids, grid_codes, building_ids, status FROM "
      "work_package WHERE " +
      where);
  if (!statement) return statement.error();
  statement->bind(1, key);
  auto row = statement->step();
  if (!row) return row.error();
  if (!*row) return makeError(ErrorCode::NotFound, "no such package");
  PackageRecord package;
  package.id = statement->int64(0);
  package.token = statement->text(1);
  package.user = statement->text(2);
  package.userId = statement->int64(3);
  package.grids = parseIds(statement->text(4));
  package.gridCodes = statement->text(5);
  package.buildings = parseIds(statement->text(6));
  package.status = statement->text(7);
  return package;
}

}  // namespace

Result<PackageRecord> packageById(Database& database, long long id) {
  auto package = readPackage(database, "id = ?", Value(id));
  if (!package && package.error().code == ErrorCode::NotFound)
    return makeError(ErrorCode::NotFound,
                     "there is no package " + std::to_string(id) + "; `gridctl package list` shows them.");
  return package;
}

Result<PackageRecord> findPackage(Database& database, const std::map<std::string, std::string>& meta,
                                  const std::string& path) {
  auto token = meta.find("token");
  if (token == meta.end() || token->second.empty())
    return makeError(ErrorCode::InvalidInput, "the package names no token; it was not made by gridctl package create.",
                     {.file = path});
  auto databaseId = database.queryText("SELECT value FROM gs_meta WHERE key = 'database_id'");
  if (!databaseId) return databaseId.error();
  auto theirs = meta.find("database_id");
  if (theirs != meta.end() && theirs->second != *databaseId)
    return makeError(ErrorCode::Conflict,
                     "this package was made from another database (" + theirs->second +
                         "); merge it into the database it came from.",
                     {.file = path});
  auto package = readPackage(database, "token = ?", Value(token->second));
  if (!package) {
    if (package.error().code == ErrorCode::NotFound)
      return makeError(ErrorCode::NotFound,
                       "this database has no record of the package; merge it into the database it came from.",
                       {.file = path});
    return package.error();
  }
  if (package->status == "revoked")
    return makeError(ErrorCode::PermissionDenied,
                     "package " + std::to_string(package->id) + " (" + package->user +
                         ") was revoked; its changes are not merged. Make a new package for the grids.",
                     {.file = path});
  return package;
}

PackageStore::PackageStore(const PackageContext& context, long long packageId, MergeReport& report)
    : m_context(context), m_packageId(packageId), m_writer(context.database, context.clock), m_report(report) {}

Result<std::map<long long, PriorRow>> PackageStore::priorRows(const std::string& layer) {
  std::map<long long, PriorRow> rows;
  auto statement = m_context.database.prepare(
      "SELECT fid, record_id, merged_values FROM work_package_row WHERE package_id = ? AND layer = ?");
  if (!statement) return statement.error();
  statement->bind(1, m_packageId).bind(2, layer);
  if (auto s = statement->forEachRow([&](const Statement& r) {
        PriorRow row;
        row.recordId = r.int64(1);
        const std::string text = r.text(2);
        row.deleted = text == "-";
        if (!row.deleted) row.values = decodeValues(text);
        rows[r.int64(0)] = std::move(row);
      });
      !s)
    return s.error();
  return rows;
}

Status PackageStore::putRow(const std::string& layer, long long fid, long long recordId, const std::string& values) {
  // Bookkeeping of the merge (like grid_stats): the changes themselves are audited through the saves. What the row
  // held before is kept for undo.
  auto before = m_context.database.prepare(
      "SELECT record_id, merged_values FROM work_package_row WHERE package_id = ? AND layer = ? AND fid = ?");
  if (!before) return before.error();
  before->bind(1, m_packageId).bind(2, layer).bind(3, fid);
  auto found = before->step();
  if (!found) return found.error();
  m_report.rowImages.push_back(
      {layer, fid, *found, *found ? before->int64(0) : -1, *found ? before->text(1) : std::string()});
  auto statement = m_context.database.prepare(
      "INSERT INTO work_package_row (package_id, layer, fid, record_id, merged_values) VALUES (?, ?, ?, ?, ?) "
      "ON CONFLICT (package_id, layer, fid) DO UPDATE SET record_id = excluded.record_id, "
      "merged_values = excluded.merged_values");
  if (!statement) return statement.error();
  statement->bind(1, m_packageId).bind(2, layer).bind(3, fid).bind(4, recordId).bind(5, values);
  return statement->run();
}

Status PackageStore::keepMerged(const std::string& layer, long long fid, long long recordId,
                                const std::map<std::string, std::string>& values) {
  return putRow(layer, fid, recordId, encodeValues(values));
}

Status PackageStore::keepDeleted(const std::string& layer, long long fid, long long recordId) {
  return putRow(layer, fid, recordId, "-");
}

Result<std::pair<long long, bool>> PackageStore::keepIssue(const MergeIssue& issue) {
  auto open = m_context.database.prepare(
      "SELECT id, kind, coalesce(base_value, ''), coalesce(ours_value, ''), coalesce(theirs_value, ''), "
      "coalesce(message, '') FROM work_package_conflict WHERE package_id = ? AND layer = ? AND fid = ? AND field = ? "
      "AND status = 'open'");
  if (!open) return open.error();
  open->bind(1, m_packageId).bind(2, issue.layer).bind(3, issue.fid).bind(4, issue.field);
  auto row = open->step();
  if (!row) return row.error();
  Fields fields{{"kind", issue.kind},
                {"base_value", issue.base},
                {"ours_value", issue.ours},
                {"theirs_value", issue.theirs},
                {"message", issue.message}};
  if (*row) {
    const long long id = open->int64(0);
    if (open->text(1) == issue.kind && open->text(2) == issue.base && open->text(3) == issue.ours &&
        open->text(4) == issue.theirs && open->text(5) == issue.message)
      return std::pair{id, false};
    if (auto s = updateRecorded(m_writer, m_context.actor, "work_package_conflict", id, fields, m_report.change); !s)
      return s.error();
    return std::pair{id, true};
  }
  fields.push_back({"package_id", m_packageId});
  fields.push_back({"layer", issue.layer});
  fields.push_back({"record_id", issue.recordId >= 0 ? Value(issue.recordId) : null()});
  fields.push_back({"fid", issue.fid});
  fields.push_back({"field", issue.field});
  fields.push_back({"created_at", m_context.clock.nowIso()});
  auto id = insertRecorded(m_writer, m_context.actor, "work_package_conflict", fields, m_report.change);
  if (!id) return id.error();
  return std::pair{*id, true};
}

Status PackageStore::finishMerge(const MergeReport& report) {
  auto count = m_context.database.prepare("SELECT merge_count FROM work_package WHERE id = ?");
  if (!count) return count.error();
  count->bind(1, m_packageId);
  if (auto row = count->step(); !row) return row.error();
  if (auto s = updateRecorded(
          m_writer, m_context.actor, "work_package", m_packageId,
          {{"status", "merged"}, {"merged_at", m_context.clock.nowIso()}, {"merge_count", count->int64(0) + 1}},
          m_report.change);
      !s)
    return s;
  const std::string summary =
      "{\"inserted\":" + std::to_string(report.rowsInserted) + ",\"updated\":" + std::to_string(report.rowsUpdated) +
      ",\"moved_out\":" + std::to_string(report.rowsMovedOut) + ",\"fields\":" + std::to_string(report.fieldsApplied) +
      ",\"issues\":" + std::to_string(report.issues.size()) + "}";
  return m_writer.appendAudit(m_context.actor, "import", "work_package", m_packageId, {}, summary,
                              "merge of work package " + std::to_string(m_packageId) + ": edits of " + report.user);
}

Result<int> PackageStore::openIssues() {
  auto statement =
      m_context.database.prepare("SELECT count(*) FROM work_package_conflict WHERE package_id = ? AND status = 'open'");
  if (!statement) return statement.error();
  statement->bind(1, m_packageId);
  if (auto row = statement->step(); !row) return row.error();
  return static_cast<int>(statement->int64(0));
}

Result<std::map<long long, std::string>> PackageStore::householdBuildings(const std::vector<long long>& ids) {
  std::map<long long, std::string> buildings;
  auto statement =
      m_context.database.prepare("SELECT id, building_id FROM household WHERE id IN (" + sqlIdList(ids) + ")");
  if (!statement) return statement.error();
  if (auto s = statement->forEachRow(
          [&](const Statement& r) { buildings[r.int64(0)] = r.isNull(1) ? "" : std::to_string(r.int64(1)); });
      !s)
    return s.error();
  return buildings;
}

}  // namespace detail

Status undoMerge(const PackageContext& context, const MergeReport& report) {
  Database& database = context.database;
  if (auto s = requirePermission(database, "package", "admin"); !s) return s;
  if (report.dryRun) return makeError(ErrorCode::InvalidInput, "a dry run wrote nothing to undo.");
  if (report.eventsReported > 0)
    return makeError(ErrorCode::Conflict, "this merge reported " + std::to_string(report.eventsReported) +
                                              " event(s); an event follows its workflow (close it in the event "
                                              "window), so the merge is not undone as a whole.");
  AuditReasonScope reason(database, "undo of the merge of work package " + std::to_string(report.packageId));
  Transaction transaction(database);
  if (!transaction.begun()) return transaction.begun();
  if (auto s = revertRecordChange(database, context.clock, context.actor, report.change); !s) return s;
  auto restore = database.prepare(
      "INSERT INTO work_package_row (package_id, layer, fid, record_id, merged_values) VALUES (?, ?, ?, ?, ?) "
      "ON CONFLICT (package_id, layer, fid) DO UPDATE SET record_id = excluded.record_id, "
      "merged_values = excluded.merged_values");
  auto remove = database.prepare("DELETE FROM work_package_row WHERE package_id = ? AND layer = ? AND fid = ?");
  if (!restore) return restore.error();
  if (!remove) return remove.error();
  for (auto image = report.rowImages.rbegin(); image != report.rowImages.rend(); ++image) {
    Statement& statement = image->existed ? *restore : *remove;
    statement.reset();
    statement.bind(1, report.packageId).bind(2, image->layer).bind(3, image->fid);
    if (image->existed) statement.bind(4, image->recordId).bind(5, image->values);
    if (auto s = statement.run(); !s) return s;
  }
  return transaction.commit();
}

Result<std::vector<PackageInfo>> listPackages(Database& database) {
  if (auto s = requirePermission(database, "package", "read"); !s) return s.error();
  auto statement = database.prepare(
      "SELECT p.id, p.user_login, p.grid_codes, coalesce(p.file_name, ''), p.created_at, p.created_by, p.status, "
      "coalesce(p.merged_at, ''), coalesce(p.revoked_at, ''), coalesce(p.revoked_by, ''), p.merge_count, "
      "(SELECT count(*) FROM work_package_conflict c WHERE c.package_id = p.id AND c.status = 'open') "
      "FROM work_package p ORDER BY p.id DESC");
  if (!statement) return statement.error();
  std::vector<PackageInfo> packages;
  if (auto s = statement->forEachRow([&](const Statement& r) {
        PackageInfo info;
        info.id = r.int64(0);
        info.user = r.text(1);
        info.gridCodes = r.text(2);
        info.fileName = r.text(3);
        info.createdAt = r.text(4);
        info.createdBy = r.text(5);
        info.status = r.text(6);
        info.mergedAt = r.text(7);
        info.revokedAt = r.text(8);
        info.revokedBy = r.text(9);
        info.mergeCount = static_cast<int>(r.int64(10));
        info.openIssues = static_cast<int>(r.int64(11));
        packages.push_back(std::move(info));
      });
      !s)
    return s.error();
  return packages;
}

Status revokePackage(const PackageContext& context, long long id) {
  if (auto s = requirePermission(context.database, "package", "admin"); !s) return s;
  auto package = packageById(context.database, id);
  if (!package) return package.error();
  if (package->status == "revoked") return {};
  auto edit = recordedEdit(context.database, context.clock, [&](RecordWriter& writer, RecordChange& change) {
    return updateRecorded(
        writer, context.actor, "work_package", id,
        {{"status", "revoked"}, {"revoked_at", context.clock.nowIso()}, {"revoked_by", context.actor.name}}, change);
  });
  if (!edit) return edit.error();
  return {};
}

Result<std::vector<ConflictRow>> listConflicts(Database& database, long long packageId, bool openOnly) {
  if (auto s = requirePermission(database, "package", "read"); !s) return s.error();
  std::string sql =
      "SELECT c.id, c.layer, c.fid, coalesce(c.record_id, -1), c.field, c.kind, coalesce(c.base_value, ''), "
      "coalesce(c.ours_value, ''), coalesce(c.theirs_value, ''), coalesce(c.message, ''), c.package_id, "
      "p.user_login, c.status, coalesce(c.resolved_value, ''), coalesce(c.resolved_by, ''), "
      "coalesce(c.resolved_at, ''), c.created_at FROM work_package_conflict c JOIN work_package p ON p.id = "
      "c.package_id WHERE (?1 < 0 OR c.package_id = ?1)";
  if (openOnly) sql += " AND c.status = 'open'";
  sql += " ORDER BY c.id";
  auto statement = database.prepare(sql);
  if (!statement) return statement.error();
  statement->bind(1, packageId);
  std::vector<ConflictRow> rows;
  if (auto s = statement->forEachRow([&](const Statement& r) {
        ConflictRow row;
        row.issue = {r.int64(0), r.text(1), r.int64(2), r.int64(3), r.text(4),
                     r.text(5),  r.text(6), r.text(7),  r.text(8),  r.text(9)};
        row.packageId = r.int64(10);
        row.user = r.text(11);
        row.status = r.text(12);
        row.resolvedValue = r.text(13);
        row.resolvedBy = r.text(14);
        row.resolvedAt = r.text(15);
        row.createdAt = r.text(16);
        rows.push_back(std::move(row));
      });
      !s)
    return s.error();
  return rows;
}

Status resolveConflict(const PackageContext& context, long long id, Resolution resolution, const std::string& value) {
  Database& database = context.database;
  if (auto s = requirePermission(database, "package", "admin"); !s) return s;
  auto all = listConflicts(database, -1, false);
  if (!all) return all.error();
  const ConflictRow* found = nullptr;
  for (const ConflictRow& row : *all)
    if (row.issue.conflictId == id) found = &row;
  if (!found)
    return makeError(ErrorCode::NotFound,
                     "there is no conflict " + std::to_string(id) + "; `gridctl package conflicts` lists them.");
  if (found->status != "open")
    return makeError(ErrorCode::Conflict, "conflict " + std::to_string(id) + " was resolved already (" + found->status +
                                              " by " + found->resolvedBy + ").");
  const MergeIssue& issue = found->issue;
  const LayerDef* layer = layerDef(issue.layer);
  if (!layer) return makeError(ErrorCode::InvalidInput, "unknown package layer " + issue.layer);
  auto codes = registry::CodeBook::load(database);
  if (!codes) return codes.error();
  const registry::SaveContext save{database, context.cipher, *codes, context.clock, context.actor, {}};
  Transaction transaction(database);
  if (!transaction.begun()) return transaction.begun();
  std::string written;
  if (resolution != Resolution::Ours) {
    written = resolution == Resolution::Theirs ? issue.theirs : value;
    if (issue.field == "*") {
      if (issue.recordId >= 0 || written == "(deleted)")
        return makeError(ErrorCode::InvalidInput,
                         "this refusal covers a whole row; edit the record in GridStation and resolve it as ours.");
      registry::RecordValues values;
      for (const auto& [field, text] : decodeValues(written))
        if (editable(*layer, field) && !text.empty()) values[field] = text;
      auto saved = registry::saveRecord(save, layer->kind, -1, values);
      if (!saved) return saved.error();
    } else if (issue.recordId < 0) {
      return makeError(ErrorCode::InvalidInput, "conflict " + std::to_string(id) + " names no record.");
    } else {
      auto saved = registry::saveRecord(save, layer->kind, issue.recordId, {{issue.field, written}});
      if (!saved) return saved.error();
    }
  }
  const char* status = resolution == Resolution::Ours ? "ours" : resolution == Resolution::Theirs ? "theirs" : "edited";
  RecordWriter writer(database, context.clock);
  if (auto s = writer.update(context.actor, "work_package_conflict", id,
                             {{"status", status},
                              {"resolved_value", resolution == Resolution::Ours ? Value(issue.ours) : Value(written)},
                              {"resolved_by", context.actor.name},
                              {"resolved_at", context.clock.nowIso()}});
      !s)
    return s;
  return transaction.commit();
}

}  // namespace grid::packages
