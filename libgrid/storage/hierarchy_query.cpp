// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/hierarchy_query.h"

#include <map>

#include "storage/database.h"

namespace grid {

Result<std::vector<HierarchyNode>> loadHierarchy(Database& database) {
  std::vector<HierarchyNode> nodes;
  std::map<std::pair<int, long long>, std::size_t> index;  // (level, id) → position
  auto add = [&](HierarchyNode node) {
    index[{static_cast<int>(node.level), node.id}] = nodes.size();
    nodes.push_back(std::move(node));
  };
  struct Query {
    HierarchyLevel level;
    const char* sql;
  };
  const Query queries[] = {
      {HierarchyLevel::Street, "SELECT id, -1, -1, admin_code, name FROM street ORDER BY admin_code"},
      {HierarchyLevel::Community, "SELECT id, 0, street_id, admin_code, name FROM community ORDER BY admin_code"},
      {HierarchyLevel::Area, "SELECT id, 1, community_id, '', name FROM area ORDER BY community_id, sequence"},
      {HierarchyLevel::Grid,
       "SELECT id, CASE WHEN area_id IS NULL THEN 1 ELSE 2 END, coalesce(area_id, community_id), grid_code, name "
       "FROM grid WHERE retired_at IS NULL ORDER BY community_id, sequence"},
  };
  for (const Query& query : queries) {
    auto statement = database.prepare(query.sql);
    if (!statement) return statement.error();
    if (auto s = statement->forEachRow([&](const Statement& row) {
          HierarchyNode node;
          node.level = query.level;
          node.id = row.int64(0);
          node.parentLevel = static_cast<HierarchyLevel>(row.int64(1) < 0 ? 0 : row.int64(1));
          node.parentId = row.int64(2);
          node.code = row.text(3);
          node.name = row.text(4);
          add(std::move(node));
        });
        !s)
      return s.error();
  }
  // Counts per grid, then summed up the tree (children come after their parents, so walk backwards).
  auto counts = database.prepare("SELECT grid_id, households, persons, linkable, linked FROM grid_stats");
  if (!counts) return counts.error();
  if (auto s = counts->forEachRow([&](const Statement& row) {
        auto it = index.find({static_cast<int>(HierarchyLevel::Grid), row.int64(0)});
        if (it == index.end()) return;
        nodes[it->second].households = row.int64(1);
        nodes[it->second].persons = row.int64(2);
        nodes[it->second].linkable = row.int64(3);
        nodes[it->second].linked = row.int64(4);
      });
      !s)
    return s.error();
  for (std::size_t i = nodes.size(); i-- > 0;) {
    const HierarchyNode& node = nodes[i];
    if (node.parentId < 0) continue;
    auto parent = index.find({static_cast<int>(node.parentLevel), node.parentId});
    if (parent == index.end()) continue;
    nodes[parent->second].households += node.households;
    nodes[parent->second].persons += node.persons;
    nodes[parent->second].linkable += node.linkable;
    nodes[parent->second].linked += node.linked;
  }
  return nodes;
}

Result<std::vector<HierarchyNode>> loadGridBuildings(Database& database, long long gridId) {
  auto statement = database.prepare(
      "SELECT b.id, coalesce(b.building_code, ''), b.name, "
      "(SELECT count(*) FROM household h WHERE h.building_id = b.id AND h.logout = 0), "
      "(SELECT count(*) FROM person p JOIN household h ON h.id = p.household_id WHERE h.building_id = b.id "
      "AND h.logout = 0 AND p.logout = 0), "
      "l.households, l.linked "
      "FROM building b JOIN building_links l ON l.id = b.id WHERE b.grid_id = ? AND b.logout = 0 ORDER BY "
      "b.building_code, b.id");
  if (!statement) return statement.error();
  statement->bind(1, gridId);
  std::vector<HierarchyNode> nodes;
  if (auto s = statement->forEachRow([&](const Statement& row) {
        nodes.push_back({HierarchyLevel::Building, row.int64(0), HierarchyLevel::Grid, gridId, row.text(1), row.text(2),
                         row.int64(3), row.int64(4), row.int64(5), row.int64(6)});
      });
      !s)
    return s.error();
  return nodes;
}

Result<std::vector<CommunityRef>> listCommunities(Database& database) {
  auto statement = database.prepare("SELECT id, admin_code, name FROM community ORDER BY admin_code");
  if (!statement) return statement.error();
  std::vector<CommunityRef> out;
  if (auto s = statement->forEachRow([&](const Statement& row) {
        out.push_back({row.int64(0), row.text(1), row.text(2)});
      });
      !s)
    return s.error();
  return out;
}

Result<CommunityRef> findCommunity(Database& database, const std::string& code) {
  auto statement = database.prepare("SELECT id, admin_code, name FROM community WHERE admin_code = ?");
  if (!statement) return statement.error();
  statement->bind(1, code);
  CommunityRef out;
  if (auto s = statement->forEachRow([&](const Statement& row) { out = {row.int64(0), row.text(1), row.text(2)}; }); !s)
    return s.error();
  if (out.id < 0)
    return makeError(ErrorCode::NotFound, "No community with code " + code + "; `gridctl stats DB` lists them.",
                     {.table = "community", .field = "admin_code"});
  return out;
}

Result<std::vector<std::pair<std::string, std::string>>> codeNames(Database& database, const std::string& domain,
                                                                   bool chinese) {
  auto statement = database.prepare(
      "SELECT code, name_zh, coalesce(name_en, name_zh) FROM code_value WHERE domain = ? ORDER BY sort_order, code");
  if (!statement) return statement.error();
  statement->bind(1, domain);
  std::vector<std::pair<std::string, std::string>> out;
  if (auto s = statement->forEachRow(
          [&](const Statement& row) { out.emplace_back(row.text(0), chinese ? row.text(1) : row.text(2)); });
      !s)
    return s.error();
  return out;
}

Result<std::vector<GridRef>> listGrids(Database& db, long long communityId) {
  auto statement = db.prepare(
      "SELECT id, grid_code, name, community_id, coalesce(area_id, -1) FROM grid WHERE retired_at IS NULL AND "
      "(?1 < 0 OR community_id = ?1) ORDER BY CASE WHEN ?1 < 0 THEN grid_code END, sequence, grid_code");
  if (!statement) return statement.error();
  statement->bind(1, communityId);
  std::vector<GridRef> grids;
  if (auto s = statement->forEachRow([&](const Statement& r) {
        grids.push_back({r.int64(0), r.text(1), r.text(2), r.int64(3), r.int64(4)});
      });
      !s)
    return s.error();
  return grids;
}

Result<std::vector<BuildingRef>> listBuildings(Database& db, long long communityId) {
  auto statement = db.prepare(
      "SELECT b.id, b.grid_id, coalesce(b.name, b.building_code, '') FROM building b JOIN grid g ON g.id = b.grid_id "
      "WHERE g.community_id = ? AND b.logout = 0 ORDER BY b.grid_id, b.name");
  if (!statement) return statement.error();
  statement->bind(1, communityId);
  std::vector<BuildingRef> buildings;
  if (auto s = statement->forEachRow([&](const Statement& r) {
        buildings.push_back({r.int64(0), r.int64(1), r.text(2)});
      });
      !s)
    return s.error();
  return buildings;
}

Result<std::string> buildingName(Database& db, long long buildingId) {
  auto statement = db.prepare("SELECT coalesce(name, building_code, '') FROM building WHERE id = ?");
  if (!statement) return statement.error();
  statement->bind(1, buildingId);
  auto row = statement->step();
  if (!row) return row.error();
  if (!*row)
    return makeError(ErrorCode::NotFound, "no building " + std::to_string(buildingId),
                     {.table = "building", .recordId = buildingId});
  return statement->text(0);
}

Result<GridPlace> gridPlace(Database& db, long long gridId) {
  auto statement = db.prepare(
      "SELECT g.name, c.id, c.name, s.id, s.name FROM grid g JOIN community c ON c.id = g.community_id "
      "JOIN street s ON s.id = c.street_id WHERE g.id = ?");
  if (!statement) return statement.error();
  statement->bind(1, gridId);
  auto row = statement->step();
  if (!row) return row.error();
  if (!*row)
    return makeError(ErrorCode::NotFound, "no grid " + std::to_string(gridId), {.table = "grid", .recordId = gridId});
  return GridPlace{statement->text(0), statement->int64(1), statement->int64(3), statement->text(2),
                   statement->text(4)};
}

Result<std::optional<long long>> gridAt(Database& db, double x, double y) {
  const std::string srid = std::to_string(db.srid());
  auto statement =
      db.prepare("SELECT id FROM grid WHERE retired_at IS NULL AND Contains(geom, MakePoint(?1, ?2, " + srid +
                 ")) AND id IN "
                 "(SELECT pkid FROM SpatialIndex WHERE f_table_name = 'grid' AND search_frame = MakePoint(?1, ?2, " +
                 srid +
                 ")) "
                 "LIMIT 1");
  if (!statement) return statement.error();
  statement->bind(1, x).bind(2, y);
  auto row = statement->step();
  if (!row) return row.error();
  if (!*row) return std::optional<long long>();
  return std::optional<long long>(statement->int64(0));
}

Result<std::vector<PrintablePlace>> printablePlaces(Database& db) {
  auto statement = db.prepare(
      "SELECT 'street', s.admin_code, s.name, (SELECT count(*) FROM grid g JOIN community c ON c.id = g.community_id "
      "WHERE c.street_id = s.id AND g.retired_at IS NULL) FROM street s "
      "UNION ALL SELECT 'community', c.admin_code, c.name, (SELECT count(*) FROM grid g WHERE g.community_id = c.id "
      "AND "
      "g.retired_at IS NULL) FROM community c ORDER BY 2");
  if (!statement) return statement.error();
  std::vector<PrintablePlace> places;
  if (auto s = statement->forEachRow([&](const Statement& r) {
        places.push_back({r.text(0), r.text(1), r.text(2), r.int64(3)});
      });
      !s)
    return s.error();
  return places;
}

Result<std::string> communityCodeOf(Database& db, const std::string& level, long long id) {
  const char* sql =
      level == "community"  ? "SELECT admin_code FROM community WHERE id = ?"
      : level == "area"     ? "SELECT c.admin_code FROM area a JOIN community c ON c.id = a.community_id WHERE a.id = ?"
      : level == "grid"     ? "SELECT c.admin_code FROM grid g JOIN community c ON c.id = g.community_id WHERE g.id = ?"
      : level == "building" ? "SELECT c.admin_code FROM building b JOIN grid g ON g.id = b.grid_id JOIN community c ON "
                              "c.id = g.community_id WHERE b.id = ?"
      : level == "property" || level == "estate"
          ? "SELECT c.admin_code FROM estate e JOIN community c ON c.id = e.community_id WHERE e.id = ?"
          : nullptr;
  if (!sql) return std::string();
  auto statement = db.prepare(sql);
  if (!statement) return statement.error();
  statement->bind(1, id);
  auto row = statement->step();
  if (!row) return row.error();
  return *row ? statement->text(0) : std::string();
}

Result<std::optional<long long>> gridIdByCode(Database& database, const std::string& code) {
  auto statement = database.prepare("SELECT id FROM main.grid WHERE grid_code = ? AND retired_at IS NULL");
  if (!statement) return statement.error();
  statement->bind(1, code);
  auto row = statement->step();
  if (!row) return row.error();
  if (!*row) return std::optional<long long>();
  return std::optional<long long>(statement->int64(0));
}

Result<FirstPlaces> firstPlaces(Database& database) {
  FirstPlaces places;
  const std::pair<std::string*, const char*> queries[] = {
      {&places.district, "SELECT admin_code FROM main.district ORDER BY id LIMIT 1"},
      {&places.street, "SELECT admin_code FROM main.street ORDER BY id LIMIT 1"},
      {&places.community, "SELECT admin_code FROM main.community ORDER BY id LIMIT 1"},
      {&places.grid, "SELECT grid_code FROM main.grid WHERE retired_at IS NULL ORDER BY grid_code LIMIT 1"}};
  for (const auto& [out, sql] : queries) {
    auto statement = database.prepare(sql);
    if (!statement) return statement.error();
    auto row = statement->step();
    if (!row) return row.error();
    if (*row) *out = statement->text(0);
  }
  return places;
}

}  // namespace grid
