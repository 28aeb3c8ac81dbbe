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
      "FROM building b JOIN building_links l ON l.id = b.id WHERE b.grid_id = ? AND b.logout = 0 ORDER BY b.building_code, b.id");
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
  if (auto s = statement->forEachRow(
          [&](const Statement& row) { out.push_back({row.int64(0), row.text(1), row.text(2)}); });
      !s)
    return s.error();
  return out;
}

Result<CommunityRef> findCommunity(Database& database, const std::string& code) {
  auto statement = database.prepare("SELECT id, admin_code, name FROM community WHERE admin_code = ?");
  if (!statement) return statement.error();
  statement->bind(1, code);
  CommunityRef out;
  if (auto s = statement->forEachRow([&](const Statement& row) { out = {row.int64(0), row.text(1), row.text(2)}; });
      !s)
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

}  // namespace grid
