// SPDX-License-Identifier: GPL-2.0-or-later
#include "registry/record_access.h"

#include <algorithm>

#include "ledger/text_util.h"
#include "security/crypto.h"
#include "storage/database.h"
#include "storage/json.h"
#include "storage/record_writer.h"

namespace grid::registry {

namespace {

std::string shown(const std::string& field, const Statement& row, int column) {
  if (row.isNull(column)) return {};
  if (field.size() > 7 && (field.ends_with("_cipher") || field.ends_with("_hmac"))) return "••••";
  return row.text(column);
}

}  // namespace

Result<std::vector<HistoryEntry>> loadHistory(Database& database, const std::string& table, long long id) {
  auto entries = database.prepare(
      "SELECT id, at, actor, action, coalesce(reason, ''), before_json, after_json FROM audit_log "
      "WHERE table_name = ? AND record_id = ? ORDER BY id");
  if (!entries) return entries.error();
  auto diff = database.prepare(
      "SELECT a.key, b.value, a.value FROM json_each(?2) a LEFT JOIN json_each(?1) b ON b.key = a.key "
      "WHERE b.value IS NOT a.value AND a.key NOT IN ('updated_at', 'updated_by') "
      "UNION ALL SELECT b.key, b.value, NULL FROM json_each(?1) b WHERE ?2 IS NULL");
  if (!diff) return diff.error();
  entries->bind(1, table).bind(2, id);
  std::vector<HistoryEntry> history;
  auto s = entries->forEachRow([&](const Statement& row) {
    HistoryEntry entry{row.int64(0), row.text(1), row.text(2), row.text(3), row.text(4), {}};
    if (entry.action == "insert" || entry.action == "update" || entry.action == "delete") {
      diff->reset();
      diff->bind(1, row.isNull(5) ? null() : Value(row.text(5)));
      diff->bind(2, row.isNull(6) || row.text(6).empty() ? null() : Value(row.text(6)));
      while (true) {
        auto more = diff->step();
        if (!more || !*more) break;
        const std::string field = diff->text(0);
        if (entry.action == "insert" && diff->isNull(2)) continue;
        entry.changes.push_back({field, shown(field, *diff, 1), shown(field, *diff, 2)});
      }
      if (entry.action == "update" && entry.changes.empty()) return;  // only timestamps moved
    } else if (!row.isNull(6)) {
      entry.changes.push_back({"", {}, row.text(6)});
    }
    history.push_back(std::move(entry));
  });
  if (!s) return s.error();
  return history;
}

Result<std::string> revealValue(Database& database, const FieldCipher& cipher, const Clock& clock, const Actor& actor,
                                ListKind kind, long long id, const std::string& columnKey, const std::string& reason) {
  if (trimmed(reason).empty())
    return makeError(ErrorCode::InvalidInput, "Showing a masked value needs a reason; it is recorded with your name.",
                     {.field = "reason"});
  const ListSpec& spec = listSpec(kind);
  const ListColumn* column = spec.column(columnKey);
  if (!column || !column->sensitive)
    return makeError(ErrorCode::InvalidInput, "\"" + columnKey + "\" is not a masked field.", {.field = columnKey});
  if (const AccessGuard* guard = database.accessGuard()) {  // reveal on the list's subject, in the record's grid
    std::optional<long long> grid;
    if (const std::string_view gridColumn = gridColumnOf(spec.table); !gridColumn.empty()) {
      auto where = database.prepare("SELECT coalesce(\"" + std::string(gridColumn) + "\", 0) FROM \"" + spec.table +
                                    "\" WHERE id = ?");
      if (!where) return where.error();
      where->bind(1, id);
      auto found = where->step();
      if (!found) return found.error();
      if (!*found)
        return makeError(ErrorCode::NotFound, "Record " + std::to_string(id) + " does not exist.",
                         {.table = spec.table, .recordId = id});
      grid = where->int64(0);
    }
    if (auto s = guard->allow(listSubject(kind), "reveal", grid); !s) return s.error();
  }
  std::string table = spec.table, cipherColumn = column->column + "_cipher";
  long long record = id;
  if (kind == ListKind::KeyPersons) {  // the person's ID number
    auto person = database.prepare("SELECT person_id FROM key_person WHERE id = ?");
    if (!person) return person.error();
    person->bind(1, id);
    auto row = person->step();
    if (!row) return row.error();
    if (!*row) return makeError(ErrorCode::NotFound, "Key person " + std::to_string(id) + " does not exist.");
    table = "person", cipherColumn = "id_cipher", record = person->int64(0);
  }
  auto statement = database.prepare("SELECT " + cipherColumn + " FROM " + table + " WHERE id = ?");
  if (!statement) return statement.error();
  statement->bind(1, record);
  auto row = statement->step();
  if (!row) return row.error();
  if (!*row || statement->isNull(0))
    return makeError(ErrorCode::NotFound, "Nothing is recorded in this field.", {.table = table, .recordId = record});
  auto plain = cipher.decrypt(statement->blob(0));
  if (!plain) return plain.error();
  RecordWriter writer(database, clock);
  JsonObject what;
  what.add("field", columnKey == "id_number" ? std::string("id_number") : column->column);
  if (auto s = writer.appendAudit(actor, "reveal", table, record, {}, what.str(), trimmed(reason)); !s)
    return s.error();
  return *plain;
}

Result<long long> recordVersion(Database& database, ListKind kind, long long id) {
  return rowVersion(database, listSpec(kind).table, id);
}

Result<std::vector<StaleField>> staleFields(Database& database, ListKind kind, long long id, long long version,
                                            bool english, const RecordValues* ours) {
  const ListSpec& spec = listSpec(kind);
  auto since = changesSince(database, spec.table, id, version);
  if (!since) return since.error();
  auto codes = CodeBook::load(database);
  if (!codes) return codes.error();
  std::vector<StaleField> fields;
  for (const RecordRevision& revision : *since)
    for (const RecordRevision::FieldChange& change : revision.changes) {
      StaleField field{{}, change.field, change.after.value_or(""), {}, {}, revision.actor, revision.at};
      const ListColumn* shown = nullptr;
      for (const ListColumn& column : spec.columns)
        if (column.column == change.field) {
          field.key = column.key;
          field.label = english ? column.en : column.zh;
          shown = &column;
        }
      if (shown && shown->kind == ColumnKind::GridCode && !field.theirs.empty()) {
        // the column holds the grid's id; the form, its code
        auto code = database.prepare("SELECT grid_code FROM main.grid WHERE id = ?");
        if (!code) return code.error();
        code->bind(1, std::atoll(field.theirs.c_str()));
        auto row = code->step();
        if (!row) return row.error();
        if (*row) field.theirs = code->text(0);
      }
      field.theirsText = shown ? displayValue(*shown, field.theirs, *codes, english) : field.theirs;
      if (shown && ours)
        if (auto mine = ours->find(shown->key); mine != ours->end())
          field.oursText = displayValue(*shown, mine->second, *codes, english);
      auto same = std::find_if(fields.begin(), fields.end(),
                               [&](const StaleField& earlier) { return earlier.label == field.label; });
      if (same != fields.end())
        *same = field;  // the latest value of a field changed twice
      else
        fields.push_back(field);
    }
  return fields;
}

}  // namespace grid::registry
