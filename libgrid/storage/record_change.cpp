// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/record_change.h"

#include "storage/database.h"
#include "storage/record_writer.h"

namespace grid {
namespace {

std::string quoted(std::string_view name) {
  return "\"" + std::string(name) + "\"";
}

//! The current values of \a columns of \a table / \a id, in that order; NotFound when the record does not exist.
Result<std::vector<Value>> currentValues(Database& database, std::string_view table, long long id,
                                         const Fields& columns) {
  std::string sql = "SELECT ";
  for (std::size_t i = 0; i < columns.size(); ++i) sql += (i ? ", " : "") + quoted(columns[i].first);
  sql += " FROM " + quoted(table) + " WHERE id = ?";
  auto statement = database.prepare(sql);
  if (!statement) return statement.error();
  statement->bind(1, id);
  auto row = statement->step();
  if (!row) return row.error();
  if (!*row)
    return makeError(ErrorCode::NotFound, "record does not exist", {.table = std::string(table), .recordId = id});
  std::vector<Value> values;
  for (int i = 0; i < static_cast<int>(columns.size()); ++i) values.push_back(statement->value(i));
  return values;
}

bool same(const Value& a, const Value& b) {
  // Integers and reals compare by value; SQLite may hand back 1 for a 1.0 written.
  if (std::holds_alternative<long long>(a) && std::holds_alternative<double>(b))
    return static_cast<double>(std::get<long long>(a)) == std::get<double>(b);
  if (std::holds_alternative<double>(a) && std::holds_alternative<long long>(b))
    return std::get<double>(a) == static_cast<double>(std::get<long long>(b));
  if (a.index() != b.index() || std::holds_alternative<Wkt>(a)) return false;
  if (std::holds_alternative<std::monostate>(a)) return true;
  if (const auto* x = std::get_if<long long>(&a)) return *x == std::get<long long>(b);
  if (const auto* x = std::get_if<double>(&a)) return *x == std::get<double>(b);
  if (const auto* x = std::get_if<std::string>(&a)) return *x == std::get<std::string>(b);
  return std::get<Blob>(a) == std::get<Blob>(b);
}

}  // namespace

Status updateRecorded(RecordWriter& writer, const Actor& actor, std::string_view table, long long id,
                      const Fields& after, RecordChange& change, std::optional<long long> expectedVersion) {
  auto before = currentValues(writer.database(), table, id, after);
  if (!before) return before.error();
  RecordChange::Update update{std::string(table), id, {}, {}};
  for (std::size_t i = 0; i < after.size(); ++i) {
    if (same((*before)[i], after[i].second)) continue;
    update.before.emplace_back(after[i].first, (*before)[i]);
    update.after.push_back(after[i]);
  }
  if (update.after.empty()) return {};
  if (auto s = writer.update(actor, table, id, update.after, expectedVersion); !s) return s;
  // A geometry is kept as the database stored it (the text given is converted, promoted to MULTI and rounded), so
  // the undo's check that nothing changed since compares like with like.
  Fields geometries;
  for (const auto& field : update.after)
    if (std::holds_alternative<Wkt>(field.second)) geometries.push_back(field);
  if (!geometries.empty()) {
    auto stored = currentValues(writer.database(), table, id, geometries);
    if (!stored) return stored.error();
    std::size_t next = 0;
    for (auto& field : update.after)
      if (std::holds_alternative<Wkt>(field.second)) field.second = (*stored)[next++];
  }
  change.updates.push_back(std::move(update));
  return {};
}

Result<long long> insertRecorded(RecordWriter& writer, const Actor& actor, std::string_view table, const Fields& fields,
                                 RecordChange& change) {
  auto id = writer.insert(actor, table, fields);
  if (!id) return id.error();
  change.created.emplace_back(std::string(table), *id);
  return *id;
}

Result<RecordChange> recordedEdit(Database& database, const Clock& clock,
                                  const std::function<Status(RecordWriter&, RecordChange&)>& edit) {
  Transaction transaction(database);
  if (!transaction.begun()) return transaction.begun().error();
  RecordWriter writer(database, clock);
  RecordChange change;
  if (auto s = edit(writer, change); !s) return s.error();
  if (auto s = transaction.commit(); !s) return s.error();
  return change;
}

Status revertRecordChange(Database& database, const Clock& clock, const Actor& actor, const RecordChange& change) {
  Transaction transaction(database);
  if (!transaction.begun()) return transaction.begun().error();
  RecordWriter writer(database, clock);
  for (auto update = change.updates.rbegin(); update != change.updates.rend(); ++update) {
    auto now = currentValues(database, update->table, update->id, update->after);
    if (!now) return now.error();
    for (std::size_t i = 0; i < update->after.size(); ++i)
      if (!same((*now)[i], update->after[i].second))
        return makeError(ErrorCode::Conflict,
                         "The record was changed by someone else since; reload and edit it again. Nothing was undone.",
                         {.table = update->table, .recordId = update->id, .field = update->after[i].first});
    if (auto s = writer.update(actor, update->table, update->id, update->before); !s) return s;
  }
  // Persons and households are never deleted except here, undoing their creation (migration 11's grant).
  auto grant = database.prepare("INSERT OR IGNORE INTO undo_grant (table_name, record_id) VALUES (?, ?)");
  if (!grant) return grant.error();
  for (const auto& [table, id] : change.created)
    if (table == "person" || table == "household") {
      grant->reset();
      grant->bind(1, table).bind(2, id);
      if (auto s = grant->run(); !s) return s;
    }
  for (auto created = change.created.rbegin(); created != change.created.rend(); ++created)
    if (auto s = writer.remove(actor, created->first, created->second); !s) return s;
  if (auto s = database.exec("DELETE FROM undo_grant"); !s) return s;
  return transaction.commit();
}

}  // namespace grid
