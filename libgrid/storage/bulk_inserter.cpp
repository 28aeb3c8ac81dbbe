// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/bulk_inserter.h"

#include <algorithm>
#include <map>

namespace grid {

Result<BulkInserter> BulkInserter::create(Database& database, std::string_view table,
                                          const std::vector<std::string>& columns) {
  auto known = database.columnsOf(table);
  if (!known) return known.error();
  if (known->empty()) return makeError(ErrorCode::NotFound, "no table named " + std::string(table));
  auto geometry = database.geometryColumnsOf(table);
  if (!geometry) return geometry.error();
  std::map<std::string, std::string> geometryTypes(geometry->begin(), geometry->end());

  std::string names;
  std::string values;
  for (const std::string& column : columns) {
    if (std::find(known->begin(), known->end(), column) == known->end())
      return makeError(ErrorCode::InvalidInput, "unknown field", {.table = std::string(table), .field = column});
    if (!names.empty()) {
      names += ", ";
      values += ", ";
    }
    names += "\"" + column + "\"";
    auto g = geometryTypes.find(column);
    if (g == geometryTypes.end()) {
      values += "?";
      continue;
    }
    const std::string make = "GeomFromText(?, " + std::to_string(database.srid()) + ")";
    if (g->second == "MULTIPOINT")
      values += "CastToMultiPoint(" + make + ")";
    else if (g->second == "MULTILINESTRING")
      values += "CastToMultiLinestring(" + make + ")";
    else if (g->second == "MULTIPOLYGON")
      values += "CastToMultiPolygon(" + make + ")";
    else
      values += make;
  }
  const AccessGuard* guard = database.accessGuard();
  if (guard)
    if (auto s = guard->allowWrite(table, "insert", std::nullopt, std::nullopt); !s) return s.error();
  int gridIndex = -1;
  if (const std::string_view gridColumn = gridColumnOf(table); guard && !gridColumn.empty()) {
    auto at = std::find(columns.begin(), columns.end(), gridColumn);
    if (at == columns.end())  // a grid row without its grid would escape the scope check
      return makeError(ErrorCode::PermissionDenied, "rows of " + std::string(table) + " need their grid to be checked",
                       {.table = std::string(table), .field = std::string(gridColumn)});
    gridIndex = static_cast<int>(at - columns.begin());
  }
  auto statement =
      database.prepare("INSERT INTO main.\"" + std::string(table) + "\" (" + names + ") VALUES (" + values + ")");
  if (!statement) return statement.error();
  BulkInserter inserter(std::move(*statement), std::string(table), columns.size());
  inserter.m_guard = guard;
  inserter.m_gridIndex = gridIndex;
  return inserter;
}

Status BulkInserter::insert(const std::vector<Value>& values) {
  if (values.size() != m_columnCount)
    return makeError(ErrorCode::InvalidInput, "expected " + std::to_string(m_columnCount) + " values",
                     {.table = m_table});
  if (m_guard && m_gridIndex >= 0) {
    const Value& grid = values[static_cast<std::size_t>(m_gridIndex)];
    const long long gridId = std::holds_alternative<long long>(grid) ? std::get<long long>(grid) : 0;
    if (!m_allowedGrids.count(gridId)) {
      if (auto s = m_guard->allowWrite(m_table, "insert", std::nullopt, gridId); !s) return s;
      m_allowedGrids.insert(gridId);
    }
  }
  m_statement.reset();
  for (std::size_t i = 0; i < values.size(); ++i) m_statement.bind(static_cast<int>(i + 1), values[i]);
  if (auto s = m_statement.run(); !s) {
    Error e = s.error();
    e.context.table = m_table;
    return e;
  }
  ++m_rows;
  return {};
}

}  // namespace grid
