// SPDX-License-Identifier: GPL-2.0-or-later
#include "services/service_circle.h"

#include <geos_c.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>

#include "services/walk_network.h"
#include "storage/database.h"
#include "storage/json.h"
#include "storage/record_writer.h"

namespace grid::services {

namespace {

// A building's households: its registered (live) households, else the estimate a building import made.
constexpr const char* kHouseholds =
    "coalesce(nullif((SELECT count(*) FROM main.household h WHERE h.building_id = b.id AND h.logout = 0), 0), "
    "b.household_estimate, 0)";

// Line strings of a (multi)line WKB, through GEOS.
void appendLines(GEOSContextHandle_t h, const Blob& wkb, std::vector<std::vector<XY>>& lines) {
  GEOSWKBReader* reader = GEOSWKBReader_create_r(h);
  GEOSGeometry* geometry = GEOSWKBReader_read_r(h, reader, wkb.data(), wkb.size());
  GEOSWKBReader_destroy_r(h, reader);
  if (!geometry) return;
  const int parts = GEOSGetNumGeometries_r(h, geometry);
  for (int i = 0; i < parts; ++i) {
    const GEOSGeometry* part = GEOSGetGeometryN_r(h, geometry, i);
    const GEOSCoordSequence* sequence = GEOSGeom_getCoordSeq_r(h, part);
    unsigned size = 0;
    if (!sequence || !GEOSCoordSeq_getSize_r(h, sequence, &size)) continue;
    std::vector<XY> line(size);
    for (unsigned p = 0; p < size; ++p) {
      GEOSCoordSeq_getX_r(h, sequence, p, &line[p].x);
      GEOSCoordSeq_getY_r(h, sequence, p, &line[p].y);
    }
    lines.push_back(std::move(line));
  }
  GEOSGeom_destroy_r(h, geometry);
}

// A service area is the walked network widened this much (the buildings along a street are served by it).
constexpr double kAreaMargin = 50.0;

std::string placeColumn(const std::string& level) {
  if (level == "grid") return "b.grid_id";
  if (level == "community") return "b.community_id";
  if (level == "street") return "b.street_id";
  if (level == "district") return "b.district_id";
  return {};
}

std::string childLevel(const std::string& level) {
  if (level == "district") return "street";
  if (level == "street") return "community";
  if (level == "community") return "grid";
  if (level.empty()) return "district";
  return level;
}

// The live buildings in a grid, with their places up to the district, as a CTE named b.
std::string buildingsWith() {
  return std::string("WITH b AS (SELECT b.id, b.name, g.id AS grid_id, g.community_id, c.street_id, s.district_id, ") +
         kHouseholds +
         " AS households FROM main.building b JOIN main.grid g ON g.id = b.grid_id JOIN main.community c ON c.id = "
         "g.community_id JOIN main.street s ON s.id = c.street_id WHERE b.logout = 0) ";
}

}  // namespace

Result<std::vector<FacilityType>> facilityTypes(Database& db) {
  auto statement = db.prepare(
      "SELECT code, name_zh, name_en, coalesce(osm_tags, ''), minutes, active FROM service_facility_type ORDER BY "
      "sort_order, code");
  if (!statement) return statement.error();
  std::vector<FacilityType> out;
  if (auto s = statement->forEachRow([&](const Statement& r) {
        out.push_back({r.text(0), r.text(1), r.text(2), r.text(3), static_cast<int>(r.int64(4)), r.int64(5) != 0});
      });
      !s)
    return s.error();
  return out;
}

Status setFacilityType(Database& db, const Clock& clock, const Actor& actor, const std::string& code, int minutes,
                       bool active) {
  if (minutes < 1 || minutes > 120)
    return makeError(ErrorCode::InvalidInput, "a walking limit is 1 to 120 minutes, not " + std::to_string(minutes),
                     {.field = "minutes"});
  if (auto s = requirePermission(db, "service", "write"); !s) return s;
  auto exists = db.prepare("SELECT 1 FROM service_facility_type WHERE code = ?");
  if (!exists) return exists.error();
  exists->bind(1, code);
  auto row = exists->step();
  if (!row) return row.error();
  if (!*row)
    return makeError(ErrorCode::NotFound,
                     "no facility type \"" + code +
                         "\" (`gridctl service-circle DB --types` "
                         "lists them)",
                     {.field = "type"});
  Transaction transaction(db);
  if (!transaction.begun()) return transaction.begun();
  RecordWriter writer(db, clock);
  auto before = db.prepare("SELECT minutes, active FROM service_facility_type WHERE code = ?");
  if (!before) return before.error();
  before->bind(1, code);
  if (auto r = before->step(); !r) return r.error();
  JsonObject was, now;
  was.add("code", code), was.add("minutes", before->int64(0)), was.add("active", before->int64(1));
  now.add("code", code), now.add("minutes", static_cast<long long>(minutes)), now.add("active", active ? 1LL : 0LL);
  auto update = db.prepare("UPDATE service_facility_type SET minutes = ?, active = ? WHERE code = ?");
  if (!update) return update.error();
  update->bind(1, minutes).bind(2, active ? 1 : 0).bind(3, code);
  if (auto s = update->run(); !s) return s;
  if (auto s = writer.appendAudit(actor, "update", "service_facility_type", 0, was.str(), now.str(),
                                  "facility type " + code);
      !s)
    return s;
  return transaction.commit();
}

Result<CircleReport> computeServiceCircle(Database& db, const Clock& clock, const Actor& actor,
                                          const CircleOptions& options, Progress* progress) {
  const auto started = std::chrono::steady_clock::now();
  if (options.speedKmh <= 0.5 || options.speedKmh > 20)
    return makeError(ErrorCode::InvalidInput, "a walking speed is 0.5 to 20 km/h", {.field = "speed"});
  if (options.minutes < 0 || options.minutes > 120)
    return makeError(ErrorCode::InvalidInput, "a walking limit is 1 to 120 minutes", {.field = "minutes"});
  if (auto s = requirePermission(db, "service", "write"); !s) return s.error();
  const double metresPerMinute = options.speedKmh * 1000.0 / 60.0;

  auto allTypes = facilityTypes(db);
  if (!allTypes) return allTypes.error();
  std::vector<FacilityType> types;
  for (const FacilityType& t : *allTypes)
    if (options.types.empty() ? t.active
                              : std::find(options.types.begin(), options.types.end(), t.code) != options.types.end())
      types.push_back(t);
  for (const std::string& code : options.types)
    if (std::none_of(types.begin(), types.end(), [&](const FacilityType& t) { return t.code == code; }))
      return makeError(ErrorCode::InvalidInput, "no facility type \"" + code + "\" (see --types)", {.field = "type"});
  if (types.empty()) return makeError(ErrorCode::InvalidInput, "no active facility type; activate one first");
  int longest = 0;
  for (FacilityType& t : types) {
    if (options.minutes > 0) t.minutes = options.minutes;
    longest = std::max(longest, t.minutes);
  }
  const double reach = longest * metresPerMinute + options.maxLegMetres;

  // The buildings.
  CircleReport report;
  struct Target {
    long long id, households;
    XY at;
  };
  std::vector<Target> buildings;
  {
    std::string sql =
        std::string("SELECT b.id, ") + kHouseholds +
        ", ST_X(ST_PointOnSurface(b.geom)), ST_Y(ST_PointOnSurface(b.geom)) FROM main.building b " +
        (options.communityId >= 0 ? "JOIN main.grid g ON g.id = b.grid_id AND g.community_id = ?1 " : "") +
        "WHERE b.logout = 0 AND b.geom IS NOT NULL ORDER BY b.id";
    auto statement = db.prepare(sql);
    if (!statement) return statement.error();
    if (options.communityId >= 0) statement->bind(1, options.communityId);
    if (auto s = statement->forEachRow([&](const Statement& r) {
          buildings.push_back({r.int64(0), r.int64(1), {r.real(2), r.real(3)}});
        });
        !s)
      return s.error();
  }
  if (buildings.empty())
    return makeError(ErrorCode::NotFound, options.communityId >= 0 ? "the community has no buildings in its grids"
                                                                   : "the database has no buildings");
  report.buildings = static_cast<long long>(buildings.size());
  double minX = buildings[0].at.x, maxX = minX, minY = buildings[0].at.y, maxY = minY;
  for (const Target& b : buildings) {
    minX = std::min(minX, b.at.x), maxX = std::max(maxX, b.at.x);
    minY = std::min(minY, b.at.y), maxY = std::max(maxY, b.at.y);
  }
  minX -= reach, minY -= reach, maxX += reach, maxY += reach;
  if (progress) progress->report(0.05, "roads");

  // Roads and paths within reach of the area.
  std::vector<std::vector<XY>> lines;
  {
    auto statement = db.prepare(
        "SELECT AsBinary(geom) FROM base_road WHERE geom IS NOT NULL AND ROWID IN (SELECT ROWID FROM SpatialIndex "
        "WHERE f_table_name = 'base_road' AND search_frame = BuildMbr(?, ?, ?, ?))");
    if (!statement) return statement.error();
    statement->bind(1, minX).bind(2, minY).bind(3, maxX).bind(4, maxY);
    GEOSContextHandle_t h = GEOS_init_r();
    auto s = statement->forEachRow([&](const Statement& r) {
      ++report.roads;
      appendLines(h, r.blob(0), lines);
    });
    GEOS_finish_r(h);
    if (!s) return s.error();
  }
  if (lines.empty())
    return makeError(ErrorCode::NotFound,
                     "no roads or paths in the database around these buildings: import them first (gridctl import DB "
                     "FILE.osm --kind roads, then --kind walkways for footpaths)",
                     {.table = "base_road"});
  const WalkNetwork network(lines);
  report.nodes = network.nodeCount();
  report.edges = network.edgeCount();
  // The buildings join the network once, for every type.
  std::vector<XY> points;
  points.reserve(buildings.size());
  for (const Target& b : buildings) points.push_back(b.at);
  const std::vector<WalkNetwork::Attachment> joined = network.attachAll(points, options.maxLegMetres);

  // Each type: its facilities within reach, the nearest by walking for every building.
  struct Row {
    long long building;
    std::string type;
    double metres;
    long long facility;
  };
  std::vector<Row> rows;
  struct Area {
    std::string type;
    int minutes;
    Blob wkb;
  };
  std::vector<Area> areas;
  for (std::size_t ti = 0; ti < types.size(); ++ti) {
    if (progress) {
      if (progress->isCancelled()) return makeError(ErrorCode::Cancelled, "Cancelled; nothing was written.");
      progress->report(0.1 + 0.8 * static_cast<double>(ti) / static_cast<double>(types.size()), types[ti].code);
    }
    const FacilityType& type = types[ti];
    std::vector<XY> sources;
    std::vector<long long> facilityIds;
    auto statement = db.prepare(
        "SELECT id, ST_X(geom), ST_Y(geom) FROM service_facility WHERE type_code = ? AND geom IS NOT NULL AND "
        "ST_X(geom) BETWEEN ? AND ? AND ST_Y(geom) BETWEEN ? AND ? ORDER BY id");
    if (!statement) return statement.error();
    statement->bind(1, type.code).bind(2, minX).bind(3, maxX).bind(4, minY).bind(5, maxY);
    if (auto s = statement->forEachRow([&](const Statement& r) {
          facilityIds.push_back(r.int64(0));
          sources.push_back({r.real(1), r.real(2)});
        });
        !s)
      return s.error();
    // One search for both: every building's nearest facility, and the network within the type's limit.
    const WalkNetwork::Walk walk = network.walk(sources, joined, options.maxLegMetres, type.minutes * metresPerMinute);
    const auto& reaches = walk.reaches;
    TypeCoverage coverage;
    coverage.code = type.code;
    coverage.name = type.nameZh;
    coverage.minutes = type.minutes;
    coverage.facilities = static_cast<long long>(sources.size());
    std::vector<double> times;
    for (std::size_t i = 0; i < buildings.size(); ++i) {
      const auto& reach = reaches[i];
      const bool found = reach.source >= 0 && std::isfinite(reach.metres);
      rows.push_back({buildings[i].id, type.code, found ? reach.metres : -1.0,
                      found ? facilityIds[static_cast<std::size_t>(reach.source)] : -1});
      ++coverage.buildings;
      coverage.households += buildings[i].households;
      if (joined[i].segment < 0) ++coverage.offNetwork;
      if (!found) continue;
      const double minutes = reach.metres / metresPerMinute;
      times.push_back(minutes);
      if (minutes <= type.minutes) {
        ++coverage.buildingsWithin;
        coverage.householdsWithin += buildings[i].households;
      }
    }
    if (!times.empty()) {
      std::nth_element(times.begin(), times.begin() + static_cast<long>(times.size() / 2), times.end());
      coverage.medianMinutes = times[times.size() / 2];
    }
    report.types.push_back(coverage);
    // The service area: the network within the limit of a facility, widened by kAreaMargin.
    const auto& pieces = walk.area;
    Blob area;
    if (!pieces.empty()) {
      GEOSContextHandle_t h = GEOS_init_r();
      std::vector<GEOSGeometry*> lines;
      lines.reserve(pieces.size());
      for (const auto& [a, b] : pieces) {
        GEOSCoordSequence* sequence = GEOSCoordSeq_create_r(h, 2, 2);
        GEOSCoordSeq_setXY_r(h, sequence, 0, a.x, a.y);
        GEOSCoordSeq_setXY_r(h, sequence, 1, b.x, b.y);
        lines.push_back(GEOSGeom_createLineString_r(h, sequence));
      }
      GEOSGeometry* collection =
          GEOSGeom_createCollection_r(h, GEOS_MULTILINESTRING, lines.data(), static_cast<unsigned>(lines.size()));
      // Joined into long lines first, each widened on its own and the pieces united (a cascaded union): GEOS widens
      // a few long lines much faster than many short ones, and one buffer of everything nodes it all at once.
      GEOSGeometry* merged = GEOSLineMerge_r(h, collection);
      const GEOSGeometry* source = merged ? merged : collection;
      std::vector<GEOSGeometry*> widened;
      for (int i = 0, n = GEOSGetNumGeometries_r(h, source); i < n; ++i)
        if (GEOSGeometry* piece = GEOSBuffer_r(h, GEOSGetGeometryN_r(h, source, i), kAreaMargin, 4))
          widened.push_back(piece);
      GEOSGeometry* pieces = GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, widened.data(),
                                                         static_cast<unsigned>(widened.size()));
      GEOSGeometry* buffered = pieces ? GEOSUnaryUnion_r(h, pieces) : nullptr;
      if (pieces) GEOSGeom_destroy_r(h, pieces);
      if (merged) GEOSGeom_destroy_r(h, merged);
      if (buffered) {  // as WKB: SpatiaLite parses a large area's text far more slowly than its bytes
        GEOSWKBWriter* writer = GEOSWKBWriter_create_r(h);
        std::size_t size = 0;
        unsigned char* bytes = GEOSWKBWriter_write_r(h, writer, buffered, &size);
        area.assign(bytes, bytes + size);
        GEOSFree_r(h, bytes);
        GEOSWKBWriter_destroy_r(h, writer);
        GEOSGeom_destroy_r(h, buffered);
      }
      GEOSGeom_destroy_r(h, collection);
      GEOS_finish_r(h);
    }
    areas.push_back({type.code, type.minutes, area});
  }

  // Store: the area's rows of these types replaced, in one transaction with one audit row.
  if (progress) progress->report(0.92, "saving");
  Transaction transaction(db);
  if (!transaction.begun()) return transaction.begun().error();
  const std::string now = clock.nowIso();
  {
    auto remove = db.prepare("DELETE FROM service_access WHERE building_id = ? AND type_code = ?");
    auto insert = db.prepare(
        "INSERT INTO service_access (building_id, type_code, metres, minutes, facility_id, computed_at, speed_kmh) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!remove) return remove.error();
    if (!insert) return insert.error();
    for (const Row& row : rows) {
      remove->reset();
      remove->bind(1, row.building).bind(2, row.type);
      if (auto s = remove->run(); !s) return s.error();
      insert->reset();
      insert->bind(1, row.building).bind(2, row.type);
      if (row.metres >= 0)
        insert->bind(3, row.metres).bind(4, row.metres / metresPerMinute).bind(5, row.facility);
      else
        insert->bindNull(3).bindNull(4).bindNull(5);
      insert->bind(6, now).bind(7, options.speedKmh);
      if (auto s = insert->run(); !s) return s.error();
    }
  }
  for (const Area& area : areas) {
    auto remove = db.prepare("DELETE FROM service_area WHERE type_code = ? AND community_id IS ?");
    if (!remove) return remove.error();
    remove->bind(1, area.type);
    if (options.communityId >= 0)
      remove->bind(2, options.communityId);
    else
      remove->bindNull(2);
    if (auto s = remove->run(); !s) return s.error();
    if (area.wkb.empty()) continue;
    auto insert = db.prepare(
        "INSERT INTO service_area (community_id, type_code, minutes, speed_kmh, computed_at, geom) VALUES (?, ?, ?, ?, "
        "?, CastToMultiPolygon(GeomFromWKB(?, ?)))");
    if (!insert) return insert.error();
    if (options.communityId >= 0)
      insert->bind(1, options.communityId);
    else
      insert->bindNull(1);
    insert->bind(2, area.type).bind(3, area.minutes).bind(4, options.speedKmh).bind(5, now).bind(6, area.wkb);
    insert->bind(7, static_cast<long long>(db.srid()));
    if (auto s = insert->run(); !s) return s.error();
  }
  JsonObject summary;
  summary.add("community_id", options.communityId);
  summary.add("buildings", report.buildings);
  summary.add("speed_kmh", options.speedKmh);
  for (const TypeCoverage& t : report.types)
    summary.add(t.code, std::to_string(t.householdsWithin) + "/" + std::to_string(t.households) +
                            " households within " + std::to_string(t.minutes) + " min");
  RecordWriter writer(db, clock);
  if (auto s = writer.appendAudit(actor, "update", "service_access", std::max(options.communityId, 0LL), "",
                                  summary.str(), "service circle computed");
      !s)
    return s.error();
  if (progress && progress->isCancelled()) return makeError(ErrorCode::Cancelled, "Cancelled; nothing was written.");
  if (auto s = transaction.commit(); !s) return s.error();
  if (progress) progress->report(1.0, "done");
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return report;
}

Result<std::vector<BuildingAccess>> buildingAccess(Database& db, const workflow::Org& place,
                                                   const std::string& typeCode, bool withOutlines) {
  std::string sql =
      buildingsWith() +
      "SELECT b.id, b.name, coalesce(a.minutes, -1), b.households, coalesce(a.facility_id, -1), "
      "coalesce(f.name, ''), CASE WHEN a.minutes <= t.minutes THEN 1 ELSE 0 END, " +
      std::string(withOutlines ? "(SELECT AsBinary(geom) FROM main.building g WHERE g.id = b.id)" : "NULL") +
      " FROM b JOIN service_facility_type t ON "
      "t.code = ?1 LEFT JOIN service_access a ON a.building_id = b.id AND a.type_code = t.code LEFT "
      "JOIN service_facility f ON f.id = a.facility_id";
  const std::string column = placeColumn(place.level);
  if (!column.empty()) sql += " WHERE " + column + " = ?2";
  sql += " ORDER BY coalesce(a.minutes, 1e9) DESC, b.id";
  auto statement = db.prepare(sql);
  if (!statement) return statement.error();
  statement->bind(1, typeCode);
  if (!column.empty()) statement->bind(2, place.id);
  std::vector<BuildingAccess> out;
  if (auto s = statement->forEachRow([&](const Statement& r) {
        out.push_back({r.int64(0), r.text(1), typeCode, r.real(2), r.int64(3), r.int64(4), r.text(5), r.int64(6) != 0,
                       r.isNull(7) ? Blob() : r.blob(7)});
      });
      !s)
    return s.error();
  return out;
}

Result<std::vector<CoverageRow>> serviceCoverage(Database& db, const workflow::Org& place, bool children) {
  const std::string level = children ? childLevel(place.level) : place.level;
  const std::string group = level.empty() ? std::string("0") : placeColumn(level);
  std::string sql = buildingsWith() + "SELECT " + group +
                    ", t.code, t.minutes, sum(b.households), sum(CASE WHEN a.minutes <= t.minutes THEN b.households "
                    "ELSE 0 END), count(*), sum(CASE WHEN a.minutes <= t.minutes THEN 1 ELSE 0 END), "
                    "coalesce(min(a.computed_at), ''), count(a.building_id) FROM b CROSS JOIN service_facility_type t "
                    "LEFT JOIN service_access a ON a.building_id = b.id AND a.type_code = t.code WHERE t.active = 1";
  const std::string column = placeColumn(place.level);
  if (!column.empty()) sql += " AND " + column + " = ?1";
  sql += " GROUP BY " + group + ", t.code ORDER BY " + group + ", t.sort_order";
  auto statement = db.prepare(sql);
  if (!statement) return statement.error();
  if (!column.empty()) statement->bind(1, place.id);
  std::vector<CoverageRow> out;
  if (auto s = statement->forEachRow([&](const Statement& r) {
        CoverageRow row;
        row.place = {level, r.int64(0)};
        row.typeCode = r.text(1);
        row.minutes = static_cast<int>(r.int64(2));
        row.households = r.int64(3);
        row.householdsWithin = r.int64(4);
        row.buildings = r.int64(5);
        row.buildingsWithin = r.int64(6);
        // A place with buildings never computed rests on no computation.
        row.computedAt = r.int64(8) < row.buildings ? std::string() : r.text(7);
        out.push_back(row);
      });
      !s)
    return s.error();
  // Codes and names of the places.
  for (CoverageRow& row : out) {
    if (level.empty()) continue;
    const std::string table = level;
    auto name = db.prepare("SELECT " + std::string(level == "grid" ? "grid_code" : "admin_code") + ", name FROM main." +
                           table + " WHERE id = ?");
    if (!name) return name.error();
    name->bind(1, row.place.id);
    if (auto found = name->step(); found && *found) {
      row.code = name->text(0);
      row.name = name->text(1);
    }
  }
  return out;
}

}  // namespace grid::services
