// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/derived_tables.h"

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

Status rebuildBuildingSearch(Database& database) {
  if (auto s = database.exec("DELETE FROM main.building_search"); !s) return s;
  if (database.isServer())
    return database.exec(
        "INSERT INTO main.building_search (gram, building_id) SELECT g.gram, g.building_id FROM main.building b, "
        "main.building_search_grams(b.id, b.name, b.address) g ON CONFLICT DO NOTHING");
  // the file's triggers' statement (migrations/0020_building_search.sql), for every building at once
  return database.exec(
      "INSERT OR IGNORE INTO main.building_search (gram, building_id) SELECT substr(t.v, s.key + 1, n.n), t.id "
      "FROM (SELECT id, lower(name) AS v FROM main.building UNION ALL "
      "      SELECT id, lower(coalesce(address, '')) FROM main.building) t, "
      "json_each('[' || rtrim(replace(hex(zeroblob(length(t.v))), '00', '0,'), ',') || ']') s, "
      "(SELECT 1 AS n UNION ALL SELECT 2) n "
      "WHERE s.key + n.n <= length(t.v) AND trim(substr(t.v, s.key + 1, n.n)) <> ''");
}

Result<DerivedTablesSuspension> DerivedTablesSuspension::begin(Database& database) {
  DerivedTablesSuspension suspension(database);
  if (database.isServer()) {
    // The server's triggers are switched off and on again (ALTER TABLE … DISABLE TRIGGER), not dropped.
    auto list = database.prepare(
        "SELECT t.tgname, c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON "
        "n.oid = c.relnamespace WHERE n.nspname = 'main' AND ((c.relname IN ('household', 'person', 'party_link') AND "
        "t.tgname LIKE 'grid_stats_%') OR (c.relname = 'building' AND t.tgname LIKE 'building_search_%')) AND NOT "
        "t.tgisinternal");
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
      "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND ((tbl_name IN ('household', 'person', "
      "'party_link') AND name LIKE 'grid_stats_%') OR (tbl_name = 'building' AND name LIKE 'building_search_%'))");
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

Status DerivedTablesSuspension::finish() {
  for (const std::string& sql : m_triggers)
    if (auto s = m_database->exec(sql); !s) return s;
  m_triggers.clear();
  if (auto s = recountGridStats(*m_database); !s) return s;
  return rebuildBuildingSearch(*m_database);
}

}  // namespace grid
