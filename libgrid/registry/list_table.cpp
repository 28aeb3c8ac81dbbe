// SPDX-License-Identifier: GPL-2.0-or-later
#include "registry/list_table.h"

#include <algorithm>

#include "ledger/id_number.h"
#include "ledger/text_util.h"
#include "security/crypto.h"
#include "storage/database.h"

namespace grid::registry {

std::string selectExpression(const ListColumn& column) {
  if (!column.display.empty()) return column.display;
  switch (column.kind) {
    case ColumnKind::Phone:
    case ColumnKind::IdNumber:
      return "t." + column.column + "_masked";
    case ColumnKind::GridCode:
      return "(SELECT grid_code FROM grid WHERE id = t." + column.column + ")";
    case ColumnKind::X:
      return "round(ST_X(t." + column.column + "), 2)";
    case ColumnKind::Y:
      return "round(ST_Y(t." + column.column + "), 2)";
    default:
      return "t." + column.column;
  }
}

namespace {

//! Rows of a statement selecting t.id, the moved-out flag, then every column's selectExpression in spec order.
Result<std::vector<ListRow>> readRows(Statement& statement, const ListSpec& spec) {
  std::vector<ListRow> rows;
  auto s = statement.forEachRow([&](const Statement& r) {
    ListRow row;
    row.id = r.int64(0);
    row.movedOut = !r.isNull(1) && r.int64(1) != 0;
    row.raw.reserve(spec.columns.size());
    for (int i = 0; i < static_cast<int>(spec.columns.size()); ++i)
      row.raw.push_back(r.isNull(i + 2) ? "" : r.text(i + 2));
    rows.push_back(std::move(row));
  });
  if (!s) return s.error();
  return rows;
}

}  // namespace

ListTable::ListTable(Database& database, const FieldCipher* cipher, ListQuery query)
    : m_database(database), m_cipher(cipher), m_query(std::move(query)), m_spec(listSpec(m_query.kind)) {
  m_query.search = trimmed(m_query.search);
  const bool personal = m_query.kind == ListKind::Persons || m_query.kind == ListKind::KeyPersons;
  if (personal && m_cipher && m_query.search.size() == 18)
    if (auto id = validateIdNumber(m_query.search, "9999-12-31")) m_hash = m_cipher->lookupHash(id->normalized);
}

std::string ListTable::whereClause() const {
  std::string where = scopeCondition(m_spec, m_query.target);
  if (!m_query.includeMovedOut && !m_spec.movedOutExpr.empty()) where += " AND NOT (" + m_spec.movedOutExpr + ")";
  if (!m_hash.empty())
    where += m_query.kind == ListKind::Persons ? " AND t.id_hmac = ?1" : " AND p.id_hmac = ?1";
  else if (!m_query.search.empty())
    where += " AND (" + m_spec.searchExpr + ") LIKE '%' || ?1 || '%'";
  return where;
}

void ListTable::bindSearch(Statement& statement) const {
  if (!m_hash.empty())
    statement.bind(1, m_hash);
  else if (!m_query.search.empty())
    statement.bind(1, m_query.search);
}

Result<long long> ListTable::count() {
  auto statement = m_database.prepare("SELECT count(*) FROM " + m_spec.from + " WHERE " + whereClause());
  if (!statement) return statement.error();
  bindSearch(*statement);
  auto row = statement->step();
  if (!row) return row.error();
  return statement->int64(0);
}

Result<std::vector<ListRow>> ListTable::rows(long long offset, long long limit) {
  std::string sql = "SELECT t.id, " + (m_spec.movedOutExpr.empty() ? std::string("0") : m_spec.movedOutExpr);
  for (const ListColumn& column : m_spec.columns) sql += ", " + selectExpression(column);
  const std::size_t sort =
      m_query.sortColumn >= 0 && static_cast<std::size_t>(m_query.sortColumn) < m_spec.columns.size()
          ? static_cast<std::size_t>(m_query.sortColumn)
          : 0;
  sql += " FROM " + m_spec.from + " WHERE " + whereClause() + " ORDER BY " + selectExpression(m_spec.columns[sort]) +
         (m_query.descending ? " DESC" : "") + ", t.id" + (m_query.descending ? " DESC" : "") + " LIMIT " +
         std::to_string(limit) + " OFFSET " + std::to_string(offset);
  auto statement = m_database.prepare(sql);
  if (!statement) return statement.error();
  bindSearch(*statement);
  return readRows(*statement, m_spec);
}

Result<std::vector<ListRow>> findPersons(Database& database, const FieldCipher* cipher, const std::string& text,
                                         int limit) {
  const ListSpec& spec = listSpec(ListKind::Persons);
  const std::string wanted = trimmed(text);
  if (wanted.empty()) return std::vector<ListRow>{};
  std::string sql = "SELECT t.id, t.logout";
  for (const ListColumn& column : spec.columns) sql += ", " + selectExpression(column);
  sql += " FROM " + spec.from + " WHERE ";
  std::string hash;
  if (cipher && wanted.size() == 18)
    if (auto id = validateIdNumber(wanted, "9999-12-31")) hash = cipher->lookupHash(id->normalized);
  if (!hash.empty())
    sql += "t.id_hmac = ?1";
  else
    sql += "t.name >= ?1 AND t.name < ?2";                         // a prefix range the name index serves
  sql += " ORDER BY t.name, t.id LIMIT " + std::to_string(limit);  // index order: no sort of a common name's thousands
  auto statement = database.prepare(sql);
  if (!statement) return statement.error();
  if (!hash.empty())
    statement->bind(1, hash);
  else
    statement->bind(1, wanted).bind(2, wanted + "\xF4\x8F\xBF\xBF");
  return readRows(*statement, spec);
}

Result<std::vector<ListRow>> rowsById(Database& database, ListKind kind, const std::vector<long long>& ids) {
  const ListSpec& spec = listSpec(kind);
  std::vector<ListRow> rows;
  constexpr std::size_t kBatch = 500;
  for (std::size_t start = 0; start < ids.size(); start += kBatch) {
    const std::vector<long long> batch(ids.begin() + static_cast<std::ptrdiff_t>(start),
                                       ids.begin() + static_cast<std::ptrdiff_t>(std::min(ids.size(), start + kBatch)));
    std::string sql = "SELECT t.id, " + (spec.movedOutExpr.empty() ? std::string("0") : spec.movedOutExpr);
    for (const ListColumn& column : spec.columns) sql += ", " + selectExpression(column);
    sql += " FROM " + spec.from + " WHERE t.id IN (" + sqlIdList(batch) + ") ORDER BY t.id";
    auto statement = database.prepare(sql);
    if (!statement) return statement.error();
    auto part = readRows(*statement, spec);
    if (!part) return part.error();
    for (ListRow& row : *part) rows.push_back(std::move(row));
  }
  return rows;
}

Result<RecordPlace> recordPlace(Database& database, ListKind kind, long long id) {
  const ListSpec& spec = listSpec(kind);
  auto statement = database.prepare("SELECT coalesce(" + spec.buildingExpr + ", -1), coalesce(" + spec.gridExpr +
                                    ", -1) FROM " + spec.from + " WHERE t.id = ?");
  if (!statement) return statement.error();
  statement->bind(1, id);
  auto row = statement->step();
  if (!row) return row.error();
  if (!*row)
    return makeError(ErrorCode::NotFound, "no record " + std::to_string(id), {.table = spec.table, .recordId = id});
  return RecordPlace{statement->int64(0), statement->int64(1)};
}

}  // namespace grid::registry
