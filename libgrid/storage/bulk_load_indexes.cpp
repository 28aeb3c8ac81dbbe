// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/bulk_load_indexes.h"

#include <algorithm>

namespace grid {

Result<BulkLoadIndexes> BulkLoadIndexes::drop(Database& database, const std::vector<std::string>& tables,
                                              const std::vector<std::string>& keep) {
  BulkLoadIndexes indexes(database);
  // Indexes that back a key or unique constraint stay: the constraint holds during the load.
  auto list = database.prepare(
      database.isServer()
          ? "SELECT i.indexname, i.tablename, i.indexdef FROM pg_indexes i WHERE i.schemaname = 'main' AND NOT EXISTS "
            "(SELECT 1 FROM pg_constraint c WHERE c.conindid = to_regclass('main.' || quote_ident(i.indexname)))"
          : "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL");
  if (!list) return list.error();
  std::vector<std::string> names;
  if (auto s = list->forEachRow([&](const Statement& row) {
        if (std::find(tables.begin(), tables.end(), row.text(1)) == tables.end()) return;
        if (std::find(keep.begin(), keep.end(), row.text(0)) != keep.end()) return;
        names.push_back(row.text(0));
        indexes.m_definitions.push_back(row.text(2));
      });
      !s)
    return s.error();
  for (const std::string& name : names)  // names come from the catalogue, not from users
    if (auto s = database.exec("DROP INDEX main.\"" + name + "\""); !s) return s.error();
  return indexes;
}

Status BulkLoadIndexes::finish() {
  for (const std::string& sql : m_definitions)
    if (auto s = m_database->exec(sql); !s) return s;
  m_definitions.clear();
  return {};
}

}  // namespace grid
