// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/grid_stats.h"

namespace grid {

Status recountGridStats(Database& database) {
  if (auto s = database.exec(
          "INSERT INTO main.grid_stats (grid_id) SELECT id FROM main.grid WHERE true ON CONFLICT (grid_id) DO NOTHING");
      !s)
    return s;
  return database.exec(
      "UPDATE main.grid_stats SET "
      "households = (SELECT count(*) FROM main.household h WHERE h.grid_id = grid_stats.grid_id AND h.logout = 0), "
      "persons = (SELECT count(*) FROM main.person p WHERE p.grid_id = grid_stats.grid_id AND p.logout = 0), "
      "linkable = (SELECT count(*) FROM main.household h WHERE h.grid_id = grid_stats.grid_id AND h.logout = 0 "
      "  AND h.household_type <> 'vacant'), "
      "linked = (SELECT count(*) FROM main.household h WHERE h.grid_id = grid_stats.grid_id AND h.logout = 0 "
      "  AND h.household_type <> 'vacant' "
      "  AND EXISTS (SELECT 1 FROM main.party_link l WHERE l.household_id = h.id AND l.end_date IS NULL))");
}

Result<GridStatsSuspension> GridStatsSuspension::begin(Database& database) {
  GridStatsSuspension suspension(database);
  if (database.isServer()) {
    // The server's triggers are switched off and on again (ALTER TABLE … DISABLE TRIGGER), not dropped.
    auto list = database.prepare(
        "SELECT t.tgname, c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON "
        "n.oid = c.relnamespace WHERE n.nspname = 'main' AND c.relname IN ('household', 'person', 'party_link') AND "
        "t.tgname LIKE 'grid_stats_%' AND NOT t.tgisinternal");
    if (!list) return list.error();
    std::vector<std::pair<std::string, std::string>> triggers;
    if (auto s = list->forEachRow([&](const Statement& row) { triggers.emplace_back(row.text(0), row.text(1)); }); !s)
      return s.error();
    for (const auto& [name, table] : triggers) {  // names from the catalogue
      if (auto s = database.exec("ALTER TABLE main.\"" + table + "\" DISABLE TRIGGER \"" + name + "\""); !s)
        return s.error();
      suspension.m_triggers.push_back("ALTER TABLE main.\"" + table + "\" ENABLE TRIGGER \"" + name + "\"");
    }
    return suspension;
  }
  auto list = database.prepare(
      "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('household', 'person', "
      "'party_link') "
      "AND name LIKE 'grid_stats_%'");
  if (!list) return list.error();
  std::vector<std::string> names;
  if (auto s = list->forEachRow([&](const Statement& row) {
        names.push_back(row.text(0));
        suspension.m_triggers.push_back(row.text(1));
      });
      !s)
    return s.error();
  for (const std::string& name : names)  // names from sqlite_master
    if (auto s = database.exec("DROP TRIGGER \"" + name + "\""); !s) return s.error();
  return suspension;
}

Status GridStatsSuspension::finish() {
  for (const std::string& sql : m_triggers)
    if (auto s = m_database->exec(sql); !s) return s;
  m_triggers.clear();
  return recountGridStats(*m_database);
}

}  // namespace grid
