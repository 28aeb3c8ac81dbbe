// SPDX-License-Identifier: GPL-2.0-or-later
// Package out: the grids' lists as GeoPackage layers with their base copies, buildings and grids for the map, and
// the code tables for the forms; recorded in work_package.
#include <set>

#include "access/session.h"
#include "common/civil_date.h"
#include "io/package_file.h"
#include "packages/package_layers.h"
#include "packages/work_package.h"
#include "registry/list_table.h"
#include "security/crypto.h"
#include "storage/database.h"
#include "storage/hierarchy_query.h"
#include "storage/record_writer.h"

namespace grid::packages {

using namespace detail;

namespace {

Error refusedCreate(const std::string& message) {
  return makeError(ErrorCode::InvalidInput, message);
}

struct GridSet {
  std::set<long long> ids;
  std::vector<std::string> codes;
  long long communityId = -1;
};

Result<GridSet> resolveGrids(Database& database, const std::vector<std::string>& codes) {
  if (codes.empty()) return refusedCreate("name the grids of the package (--grid CODE[,CODE…]).");
  auto all = listGrids(database);
  if (!all) return all.error();
  GridSet grids;
  for (const std::string& code : codes) {
    const GridRef* found = nullptr;
    for (const GridRef& grid : *all)
      if (grid.code == code || grid.name == code) found = &grid;
    if (!found)
      return makeError(ErrorCode::NotFound, "there is no live grid " + code + "; `gridctl stats` lists the grids.",
                       {.field = "grid"});
    if (grids.communityId >= 0 && found->communityId != grids.communityId)
      return refusedCreate("grid " + code + " lies in another community; a package holds grids of one community.");
    grids.communityId = found->communityId;
    if (grids.ids.insert(found->id).second) grids.codes.push_back(found->code);
  }
  return grids;
}

Result<long long> userIdOf(Database& database, const std::string& login) {
  auto accounts = access::hasAccounts(database);
  if (!accounts) return accounts.error();
  if (!*accounts) return -1LL;
  auto statement = database.prepare("SELECT id FROM main.app_user WHERE username = ? AND active = 1");
  if (!statement) return statement.error();
  statement->bind(1, login);
  auto row = statement->step();
  if (!row) return row.error();
  if (!*row)
    return makeError(ErrorCode::NotFound,
                     "there is no active account " + login + "; the package is for a user (`gridctl users list`).",
                     {.field = "user"});
  return statement->int64(0);
}

//! The package's user must work in every grid of it (a grant over the grid or a place above it).
Status userCoversGrids(Database& database, long long userId, const std::string& login, const GridSet& grids) {
  auto grants = access::grantsOf(database, userId);
  if (!grants) return grants.error();
  std::set<long long> covered;
  for (const access::Grant& grant : *grants) {
    auto scope = access::scopeOf(database, grant);
    if (!scope) return scope.error();
    if (scope->district) return {};
    covered.insert(scope->grids.begin(), scope->grids.end());
  }
  for (std::size_t i = 0; i < grids.codes.size(); ++i) {
    auto id = gridIdByCode(database, grids.codes[i]);
    if (!id) return id.error();
    if (*id && !covered.count(**id))
      return makeError(ErrorCode::PermissionDenied,
                       login + " has no role over grid " + grids.codes[i] +
                           "; a package holds only grids its user works in (gridctl users grant).",
                       {.field = "grid"});
  }
  return {};
}

//! Every list row of the grids (not moved out), in the layer's fields, with the point of a key place.
Status addListLayer(Database& database, const FieldCipher& cipher, const LayerDef& layer, const GridSet& grids,
                    const std::string& since, PackageTable& table) {
  const registry::ListSpec& spec = registry::listSpec(layer.kind);
  table.name = layer.name;
  table.geometry = layer.geometry;
  table.fields = layerFields(layer);
  table.keepBase = true;
  std::map<long long, std::string> buildingOf;
  if (layer.kind == registry::ListKind::Households) {
    auto statement = database.prepare("SELECT id, building_id FROM household WHERE grid_id IN (" +
                                      sqlIdList({grids.ids.begin(), grids.ids.end()}) + ")");
    if (!statement) return statement.error();
    if (auto s = statement->forEachRow([&](const Statement& r) {
          if (!r.isNull(1)) buildingOf[r.int64(0)] = std::to_string(r.int64(1));
        });
        !s)
      return s;
  }
  const int timeColumn = spec.columnIndex("work_time");
  const int xColumn = spec.columnIndex("x"), yColumn = spec.columnIndex("y");
  for (long long gridId : grids.ids) {
    registry::ListQuery query;
    query.kind = layer.kind;
    query.target.level = registry::LedgerLevel::Grid;
    query.target.id = gridId;
    registry::ListTable list(database, &cipher, query);
    auto count = list.count();
    if (!count) return count.error();
    auto rows = list.rows(0, *count);
    if (!rows) return rows.error();
    for (const registry::ListRow& row : *rows) {
      if (timeColumn >= 0 && row.raw[static_cast<std::size_t>(timeColumn)].substr(0, 10) < since) continue;
      PackageRow out;
      out.fid = row.id;
      for (std::size_t i = 1; i < row.raw.size(); ++i) out.values.push_back(row.raw[i]);
      if (layer.kind == registry::ListKind::Households) out.values.push_back(buildingOf[row.id]);
      if (xColumn >= 0 && yColumn >= 0 && !row.raw[static_cast<std::size_t>(xColumn)].empty())
        out.wkt = "POINT(" + row.raw[static_cast<std::size_t>(xColumn)] + " " +
                  row.raw[static_cast<std::size_t>(yColumn)] + ")";
      table.rows.push_back(std::move(out));
    }
  }
  return {};
}

Status addReferenceLayers(Database& database, const GridSet& grids, PackageContents& contents,
                          std::set<long long>& buildingIds) {
  const std::string ids = sqlIdList({grids.ids.begin(), grids.ids.end()});
  PackageTable buildings{"buildings",
                         PackageGeometry::MultiPolygon,
                         {{"name"},
                          {"address"},
                          {"grid_code"},
                          {"floors_above", PackageFieldType::Integer},
                          {"units_count", PackageFieldType::Integer},
                          {"households", PackageFieldType::Integer}},
                         {},
                         false};
  auto b = database.prepare(
      "SELECT b.id, b.name, b.address, g.grid_code, b.floors_above, b.units_count, (SELECT count(*) FROM household h "
      "WHERE h.building_id = b.id AND h.logout = 0), AsText(b.geom) FROM building b JOIN grid g ON g.id = b.grid_id "
      "WHERE b.grid_id IN (" +
      ids + ") AND b.logout = 0 ORDER BY b.id");
  if (!b) return b.error();
  if (auto s = b->forEachRow([&](const Statement& r) {
        buildingIds.insert(r.int64(0));
        buildings.rows.push_back({r.int64(0),
                                  {r.text(1), r.text(2), r.text(3), r.text(4), r.text(5), r.text(6)},
                                  r.isNull(7) ? "" : r.text(7)});
      });
      !s)
    return s;
  PackageTable gridLayer{"grids", PackageGeometry::MultiPolygon, {{"grid_code"}, {"name"}}, {}, false};
  auto g = database.prepare("SELECT id, grid_code, name, AsText(geom) FROM grid WHERE id IN (" + ids + ")");
  if (!g) return g.error();
  if (auto s = g->forEachRow([&](const Statement& r) {
        gridLayer.rows.push_back({r.int64(0), {r.text(1), r.text(2)}, r.isNull(3) ? "" : r.text(3)});
      });
      !s)
    return s;
  PackageTable codes{"code_value", PackageGeometry::None, {{"domain"}, {"code"}, {"name_zh"}, {"name_en"}}, {}, false};
  auto c = database.prepare(
      "SELECT row_number() OVER (ORDER BY domain, sort_order, code), domain, code, name_zh, "
      "coalesce(nullif(name_en, ''), name_zh) FROM code_value WHERE active = 1 "
      "ORDER BY domain, sort_order, code");
  if (!c) return c.error();
  if (auto s = c->forEachRow([&](const Statement& r) {
        codes.rows.push_back({r.int64(0), {r.text(1), r.text(2), r.text(3), r.text(4)}, {}});
      });
      !s)
    return s;
  contents.tables.push_back(std::move(gridLayer));
  contents.tables.push_back(std::move(buildings));
  contents.tables.push_back(std::move(codes));
  return {};
}

//! The grids' events still open, and those of the last \a since days, for reference (and new reports beside them).
Status addEventLayer(Database& database, const GridSet& grids, const std::string& since, PackageTable& table) {
  table = PackageTable{kEventsLayer, PackageGeometry::Point, eventFields(), {}, true};
  auto statement = database.prepare(
      "SELECT id, serial_number, subject, coalesce(content, ''), domain_code, grade, occur_date, status, "
      "coalesce(CAST(building_id AS TEXT), ''), CASE WHEN geom IS NULL THEN '' ELSE AsText(geom) END FROM event WHERE "
      "occur_grid_id IN (" +
      sqlIdList({grids.ids.begin(), grids.ids.end()}) +
      ") AND merged_into IS NULL AND (status < 200 OR occur_date >= ?) "
      "ORDER BY id");
  if (!statement) return statement.error();
  statement->bind(1, since);
  return statement->forEachRow([&](const Statement& r) {
    table.rows.push_back({r.int64(0),
                          {r.text(1), r.text(2), r.text(3), r.text(4), r.text(5), r.text(6), r.text(7), r.text(8)},
                          r.text(9)});
  });
}

}  // namespace

Result<CreateSummary> createPackage(const PackageContext& context, const CreateRequest& request, Progress* progress) {
  Database& database = context.database;
  if (request.output.empty()) return refusedCreate("name the package file (--out PKG.gpkg).");
  if (request.userLogin.empty()) return refusedCreate("name whose package it is (--for LOGIN).");
  // A worker may take their own grids out; a package for someone else is the office's to make.
  if (request.userLogin != context.actor.name || context.actor.userId < 0)
    if (auto s = requirePermission(database, "package", "admin"); !s) return s.error();
  auto grids = resolveGrids(database, request.gridCodes);
  if (!grids) return grids.error();
  for (long long gridId : grids->ids)
    if (auto s = requirePermission(database, "household", "read", gridId); !s) return s.error();
  auto userId = userIdOf(database, request.userLogin);
  if (!userId) return userId.error();
  if (*userId >= 0)
    if (auto s = userCoversGrids(database, *userId, request.userLogin, *grids); !s) return s.error();

  PackageContents contents;
  contents.srid = database.srid();
  std::set<long long> buildingIds;
  if (auto s = addReferenceLayers(database, *grids, contents, buildingIds); !s) return s.error();
  int y = 0, m = 0, d = 0;
  std::string patrolSince;
  if (readIsoDate(context.clock.today(), y, m, d)) patrolSince = isoDate(daysFromCivil(y, m, d) - request.patrolDays);
  std::size_t done = 0;
  for (const LayerDef& layer : layerDefs()) {
    if (progress) {
      progress->report(static_cast<double>(done++) / static_cast<double>(layerDefs().size() + 1), layer.name);
      if (progress->isCancelled()) return makeError(ErrorCode::Cancelled, "package cancelled; no file was written.");
    }
    PackageTable table;
    if (auto s = addListLayer(database, context.cipher, layer, *grids, patrolSince, table); !s) return s.error();
    contents.tables.push_back(std::move(table));
  }
  PackageTable events;
  if (auto s = addEventLayer(database, *grids, patrolSince, events); !s) return s.error();
  contents.tables.push_back(std::move(events));

  CreateSummary summary;
  summary.token = randomToken();
  Transaction transaction(database);
  if (!transaction.begun()) return transaction.begun().error();
  RecordWriter writer(database, context.clock);
  std::string codes;
  for (const std::string& code : grids->codes) codes += (codes.empty() ? "" : ",") + code;
  auto id = writer.insert(context.actor, "work_package",
                          {{"token", summary.token},
                           {"user_login", request.userLogin},
                           {"user_id", *userId >= 0 ? Value(*userId) : null()},
                           {"grid_ids", joinIds(grids->ids)},
                           {"grid_codes", codes},
                           {"building_ids", joinIds(buildingIds)},
                           {"file_name", request.output},
                           {"created_at", context.clock.nowIso()},
                           {"created_by", context.actor.name}});
  if (!id) return id.error();
  summary.packageId = *id;
  auto databaseId = database.queryText("SELECT value FROM gs_meta WHERE key = 'database_id'");
  contents.meta = {{"format", "gridstation-work-package 1"},
                   {"token", summary.token},
                   {"package_id", std::to_string(*id)},
                   {"database_id", databaseId ? *databaseId : ""},
                   {"user", request.userLogin},
                   {"grids", codes},
                   {"created_at", context.clock.nowIso()},
                   {"created_by", context.actor.name}};
  for (const PackageTable& table : contents.tables)
    summary.rows[table.name] = static_cast<long long>(table.rows.size());
  if (auto s = writePackageFile(request.output, contents); !s) return s.error();
  if (auto s = transaction.commit(); !s) return s.error();
  if (progress) progress->report(1.0, "done");
  return summary;
}

}  // namespace grid::packages
