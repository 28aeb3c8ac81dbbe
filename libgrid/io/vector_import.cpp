// SPDX-License-Identifier: GPL-2.0-or-later
#include "io/vector_import.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogr_api.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>

#include "io/gdal_dataset.h"
#include "io/vector_features.h"
#include "ledger/division_code.h"
#include "ledger/field_text.h"
#include "ledger/text_util.h"
#include "storage/bulk_inserter.h"
#include "storage/database.h"
#include "storage/job_lock.h"
#include "storage/json.h"
#include "storage/record_writer.h"

namespace grid {
namespace {

using namespace vector_detail;

class Importer {
 public:
  Importer(Database& db, const std::string& source, const VectorImportOptions& options, const Actor& actor,
           const Clock& clock, Progress* progress)
      : m_db(db), m_source(source), m_options(options), m_actor(actor), m_writer(db, clock), m_progress(progress) {}

  Result<VectorImportReport> run();
  Result<double> longitude();

 private:
  Error fail(ErrorCode code, const std::string& message) const { return makeError(code, message, {.file = m_source}); }
  Status openLayer();
  int field(const char* target, std::initializer_list<const char*> candidates) const;
  std::string text(OGRFeature& feature, int index) const {
    return index >= 0 && feature.IsFieldSetAndNotNull(index) ? feature.GetFieldAsString(index) : std::string();
  }
  Result<GeometryPtr> prepareGeometry(OGRFeature& feature);
  Status importBuilding(OGRFeature& feature, const OGRGeometry& geometry);
  Status importBoundary(OGRFeature& feature, const OGRGeometry& geometry);
  Status importBaseMap(OGRFeature& feature, const OGRGeometry& geometry);
  Status importFacility(OGRFeature& feature);
  Status loadFacilityTypes();
  bool isOsm() const { return m_dataset && std::string(m_dataset->GetDriverName()) == "OSM"; }

  Database& m_db;
  std::string m_source;
  VectorImportOptions m_options;
  Actor m_actor;
  RecordWriter m_writer;
  Progress* m_progress;
  GdalDatasetPtr m_dataset;
  OGRLayer* m_layer = nullptr;
  std::unique_ptr<OGRCoordinateTransformation> m_transform;
  VectorImportReport m_report;
  std::optional<BulkInserter> m_buildings;
  std::optional<Statement> m_gridAt;
  std::map<long long, int> m_nextBuildingSequence;
  std::map<std::string, int> m_fields;
  std::map<std::string, long long> m_featureOfCode;
  std::string m_passLayer, m_passWhere;  //!< a second pass over another layer (OSM rivers drawn as lines)
  //! Facility types: code, Chinese name and the OSM key=value pairs that make a feature one.
  struct FacilityType {
    std::string code, name;
    std::vector<std::pair<std::string, std::string>> tags;
  };
  std::vector<FacilityType> m_facilityTypes;
  std::optional<Statement> m_facilityPlace;
};

int Importer::field(const char* target, std::initializer_list<const char*> candidates) const {
  OGRFeatureDefn* definition = m_layer->GetLayerDefn();
  if (auto mapped = m_options.fields.find(target); mapped != m_options.fields.end())
    return definition->GetFieldIndex(mapped->second.c_str());
  for (const char* candidate : candidates)
    if (const int index = definition->GetFieldIndex(candidate); index >= 0) return index;
  return -1;
}

Status Importer::openLayer() {
  auto dataset = openVectorDataset(
      m_source, nullptr, "Check that it is complete and is a GeoPackage, Shapefile, GeoJSON, OSM or KML file.");
  if (!dataset) return dataset.error();
  m_dataset = std::move(*dataset);
  const bool osm = std::string(m_dataset->GetDriverName()) == "OSM";
  const bool lines = m_options.kind == VectorImportKind::Roads || m_options.kind == VectorImportKind::Walkways;
  if (!m_passLayer.empty()) {
    m_layer = m_dataset->GetLayerByName(m_passLayer.c_str());
    if (!m_layer) return fail(ErrorCode::NotFound, "No layer \"" + m_passLayer + "\" in this file.");
  } else if (!m_options.layer.empty()) {
    m_layer = m_dataset->GetLayerByName(m_options.layer.c_str());
    if (!m_layer) {
      std::string names;
      for (OGRLayer* layer : m_dataset->GetLayers())
        names += (names.empty() ? "" : ", ") + std::string(layer->GetName());
      return fail(ErrorCode::NotFound, "No layer \"" + m_options.layer + "\" in this file; it has: " + names + ".");
    }
  } else if (osm) {
    m_layer = m_dataset->GetLayerByName(m_options.kind == VectorImportKind::Facilities ? "points"
                                        : lines                                        ? "lines"
                                                                                       : "multipolygons");
  } else {
    for (OGRLayer* layer : m_dataset->GetLayers()) {
      const OGRwkbGeometryType type = wkbFlatten(layer->GetGeomType());
      const bool polygon = type == wkbPolygon || type == wkbMultiPolygon;
      const bool line = type == wkbLineString || type == wkbMultiLineString;
      const bool point = type == wkbPoint || type == wkbMultiPoint;
      const bool facilities = m_options.kind == VectorImportKind::Facilities;
      if ((facilities ? point || polygon
           : lines    ? line
                      : polygon) ||
          type == wkbUnknown || type == wkbGeometryCollection) {
        m_layer = layer;
        break;
      }
    }
    if (!m_layer)
      return fail(ErrorCode::InvalidInput,
                  lines ? "The file has no line layer; roads are lines (choose one with --layer)."
                        : "The file has no polygon layer; buildings, boundaries and water are "
                          "polygons (choose one with --layer).");
  }
  m_report.layer = m_report.layer.empty() ? m_layer->GetName() : m_report.layer + ", " + m_layer->GetName();
  std::string where = m_passLayer.empty() ? m_options.where : m_passWhere;
  if (where.empty() && osm && m_options.kind == VectorImportKind::Buildings) where = "building IS NOT NULL";
  if (where.empty() && osm && m_options.kind == VectorImportKind::Roads) where = kOsmRoadFilter;
  if (where.empty() && osm && m_options.kind == VectorImportKind::Walkways) where = kOsmWalkwayFilter;
  if (where.empty() && osm && m_options.kind == VectorImportKind::Water) where = kOsmWaterAreaFilter;

  if (!where.empty() && m_layer->SetAttributeFilter(where.c_str()) != OGRERR_NONE)
    return fail(ErrorCode::InvalidInput,
                "The filter \"" + where + "\" is not valid OGR SQL (GDAL: " + gdalMessage() + ").");

  OGRSpatialReference sourceCrs;
  if (!m_options.sourceSrs.empty()) {
    if (sourceCrs.SetFromUserInput(m_options.sourceSrs.c_str()) != OGRERR_NONE)
      return fail(ErrorCode::InvalidInput,
                  "Unknown CRS \"" + m_options.sourceSrs + "\"; use a code such as EPSG:4326.");
  } else if (const OGRSpatialReference* declared = m_layer->GetSpatialRef()) {
    sourceCrs = *declared;
  } else {
    return fail(ErrorCode::InvalidInput, "Layer \"" + m_report.layer +
                                             "\" declares no CRS; pass --source-srs (e.g. EPSG:4326 for GPS lon/lat).");
  }
  const char* authority = sourceCrs.GetAuthorityName(nullptr);
  const char* code = sourceCrs.GetAuthorityCode(nullptr);
  m_report.sourceCrs = authority && code ? std::string(authority) + ":" + code
                                         : std::string(sourceCrs.GetName() ? sourceCrs.GetName() : "custom");
  OGRSpatialReference targetCrs;
  targetCrs.importFromEPSG(m_db.srid());
  sourceCrs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  targetCrs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  m_transform.reset(OGRCreateCoordinateTransformation(&sourceCrs, &targetCrs));
  if (!m_transform)
    return fail(ErrorCode::Unsupported, "Cannot transform from " + m_report.sourceCrs + " to the database CRS EPSG:" +
                                            std::to_string(m_db.srid()) + " (PROJ: " + gdalMessage() + ").");
  return {};
}

Result<GeometryPtr> Importer::prepareGeometry(OGRFeature& feature) {
  const long long fid = feature.GetFID();
  const OGRGeometry* original = feature.GetGeometryRef();
  if (!original || original->IsEmpty()) {
    m_report.issues.push_back({fid, "has no geometry; skipped"});
    ++m_report.skipped;
    return GeometryPtr();
  }
  const bool roads = m_options.kind == VectorImportKind::Roads || m_options.kind == VectorImportKind::Walkways,
             water = m_options.kind == VectorImportKind::Water;
  GeometryPtr geometry = roads ? linearPart(*original) : polygonalPart(*original);
  bool waterLine = false;
  if (!geometry && water) geometry = linearPart(*original), waterLine = geometry != nullptr;
  if (!geometry) {
    m_report.issues.push_back({fid, std::string("is a ") + OGRGeometryTypeToName(original->getGeometryType()) +
                                        (roads ? ", not a line; skipped" : ", not a polygon; skipped")});
    ++m_report.skipped;
    return GeometryPtr();
  }
  bool finite = true;
  const int vertices = vertexCount(*geometry, &finite);
  const bool building = m_options.kind == VectorImportKind::Buildings;
  const int maximum = building ? kMaximumBuildingVertices : kMaximumBoundaryVertices;
  if (vertices > maximum) {
    m_report.issues.push_back(
        {fid, "has " + std::to_string(vertices) + " vertices, more than the " + std::to_string(maximum) + " a " +
                  (building ? "building" : "boundary") +
                  " may have; simplify it (e.g. ogr2ogr -simplify 0.5) and import again; skipped"});
    ++m_report.skipped;
    return GeometryPtr();
  }
  // Every coordinate must be a finite number (GeoJSON and CSV can carry NaN or 1e308).
  if (!finite) {
    m_report.issues.push_back({fid, "has coordinates that are not finite numbers of plausible size; skipped"});
    ++m_report.skipped;
    return GeometryPtr();
  }
  if (!roads && !waterLine && !geometry->IsValid()) {
    if (vertices > kMaximumRepairVertices) {
      m_report.issues.push_back({fid, "is invalid (e.g. self-intersecting) and has " + std::to_string(vertices) +
                                          " vertices, too many to repair here (at most " +
                                          std::to_string(kMaximumRepairVertices) +
                                          "); repair it in QGIS (Fix geometries) and import again; skipped"});
      ++m_report.skipped;
      return GeometryPtr();
    }
    GeometryPtr repaired(geometry->MakeValid());
    GeometryPtr polygons = repaired ? polygonalPart(*repaired) : nullptr;
    if (!polygons) {
      m_report.issues.push_back({fid, "invalid geometry that cannot be repaired; skipped"});
      ++m_report.skipped;
      return GeometryPtr();
    }
    geometry = std::move(polygons);
    m_report.issues.push_back({fid, "invalid geometry (e.g. self-intersection) repaired with MakeValid"});
    ++m_report.repaired;
  }
  if (geometry->transform(m_transform.get()) != OGRERR_NONE)
    return fail(ErrorCode::InvalidInput, "Feature " + std::to_string(fid) + " cannot be transformed from " +
                                             m_report.sourceCrs + " to EPSG:" + std::to_string(m_db.srid()) + ".");
  // A Gauss-Krüger 3-degree zone spans about ±170 km around easting 500 km at China's latitudes.
  OGREnvelope envelope;
  geometry->getEnvelope(&envelope);
  if (envelope.MinX < 250000 || envelope.MaxX > 750000 || envelope.MinY < 1500000 || envelope.MaxY > 6000000)
    return fail(
        ErrorCode::InvalidInput,
        "Feature " + std::to_string(fid) + " lands outside the database's CRS zone EPSG:" +
            std::to_string(m_db.srid()) + " after transforming from " + m_report.sourceCrs +
            ". Either the file's CRS is wrong (pass the right one with --source-srs) or the data lies in another "
            "zone (create the database with `gridctl init --lon LONGITUDE`). Nothing was imported.");
  if (waterLine) {  // a river drawn as a line: water a few metres either side
    GeometryPtr buffered(geometry->Buffer(kWaterLineHalfWidth, 4));
    geometry = buffered ? polygonalPart(*buffered) : nullptr;
    if (!geometry) {
      m_report.issues.push_back({fid, "is a waterway line that could not be widened into water; skipped"});
      ++m_report.skipped;
      return GeometryPtr();
    }
  }
  return geometry;
}

Status Importer::importBuilding(OGRFeature& feature, const OGRGeometry& geometry) {
  if (!m_buildings) {
    auto inserter =
        BulkInserter::create(m_db, "building",
                             {"grid_id", "building_code", "name", "address", "type_code", "uses_code", "floors_above",
                              "units_count", "household_estimate", "source", "source_id", "geom"});
    if (!inserter) return inserter.error();
    m_buildings.emplace(std::move(*inserter));
    const std::string srid = std::to_string(m_db.srid());
    auto gridAt = m_db.prepare(
        "SELECT g.id, g.grid_code FROM grid g WHERE g.retired_at IS NULL AND g.ROWID IN "
        "(SELECT ROWID FROM SpatialIndex WHERE f_table_name = 'grid' AND search_frame = "
        "MakePoint(?1, ?2, " +
        srid + ")) AND ST_Contains(g.geom, MakePoint(?1, ?2, " + srid + ")) LIMIT 1");
    if (!gridAt) return gridAt.error();
    m_gridAt.emplace(std::move(*gridAt));
    m_fields = {{"name", field("name", {"name", "名称", "NAME"})},
                {"floors", field("floors", {"building:levels", "levels", "floors", "层数", "FLOORS"})},
                {"height", field("height", {"height", "height_m", "高度"})},
                {"households", field("households", {"households", "户数", "HOUSEHOLDS"})},
                {"type", field("type", {"building", "kind_detail", "type", "类型"})},
                {"address", field("address", {"address", "addr_full", "地址"})},
                {"street", field("street", {"addr_street", "addr:street"})},
                {"number", field("number", {"addr_housenumber", "addr:housenumber"})},
                {"other_tags", field("other_tags", {"other_tags"})}};
  }
  const long long fid = feature.GetFID();
  // Raw OSM keeps most tags in an hstore column; mapped or named columns win over it.
  const std::string tags = text(feature, m_fields["other_tags"]);
  auto attribute = [&](const char* target, const char* osmKey) {
    std::string value = text(feature, m_fields[target]);
    return value.empty() && !tags.empty() ? hstoreValue(tags, osmKey) : value;
  };
  std::string kind = text(feature, m_fields["type"]);
  if (!tags.empty() && (kind == "yes" || kind.empty())) {
    // A generic building that carries a use tag is not a home.
    if (!hstoreValue(tags, "shop").empty())
      kind = "retail";
    else if (!hstoreValue(tags, "office").empty() || !hstoreValue(tags, "government").empty())
      kind = "office";
    else if (const std::string amenity = hstoreValue(tags, "amenity"); !amenity.empty())
      kind = amenity;
    else if (!hstoreValue(tags, "tourism").empty())
      kind = "hotel";
  }
  const auto [typeCode, usesCode] = buildingCodes(kind);
  int floors = 0;
  if (const std::string f = attribute("floors", "building:levels"); !f.empty()) {
    const double value = CPLAtof(f.c_str());
    if (std::isfinite(value) && value >= 0.5 && value <= kMaximumFloors)
      floors = static_cast<int>(std::lround(value));
    else
      m_report.issues.push_back({fid, "floors \"" + shownInMessage(f) + "\" is not a number of floors (1–" +
                                          std::to_string(kMaximumFloors) + "); taken from the height or the default"});
  }
  if (floors <= 0) {
    if (const std::string h = attribute("height", "height"); !h.empty()) {
      const double metres = CPLAtof(h.c_str());
      // Heights up to 1,000 m are real (上海中心大厦 is 632 m); floors from them stop at the floor limit.
      if (std::isfinite(metres) && metres > 0 && metres <= 1000)
        floors = static_cast<int>(std::min<long>(kMaximumFloors, std::lround(metres / m_options.estimate.floorHeight)));
      else if (!(metres == 0))
        m_report.issues.push_back({fid, "height \"" + shownInMessage(h) +
                                            "\" is not a plausible height in metres; "
                                            "floors set to the default"});
    }
  }
  if (floors <= 0) floors = m_options.estimate.defaultFloors;
  floors = std::clamp(floors, 1, kMaximumFloors);

  Value households = null();
  if (const std::string h = text(feature, m_fields["households"]); !h.empty()) {
    if (auto value = wholeNumber(h, kMaximumBuildingHouseholds))
      households = *value;
    else
      m_report.issues.push_back({fid, "households \"" + shownInMessage(h) + "\" is not a whole number from 0 to " +
                                          std::to_string(kMaximumBuildingHouseholds) + "; estimated instead"});
  }
  if (std::holds_alternative<std::monostate>(households) && isResidential(typeCode)) {
    const double area = geometry.toMultiPolygon()->get_Area();
    const long long estimate =
        area < 30 ? 0 : std::lround(area * floors * m_options.estimate.usableShare / m_options.estimate.dwellingArea);
    households = estimate;
    ++m_report.estimated;
    m_report.estimatedHouseholds += estimate;
  }

  // Grid by location: the point on the building's surface.
  OGRGeometryH surface = OGR_G_PointOnSurface(OGRGeometry::ToHandle(const_cast<OGRGeometry*>(&geometry)));
  Value gridId = null(), code = null();
  if (surface) {
    m_gridAt->reset();
    m_gridAt->bind(1, OGR_G_GetX(surface, 0)).bind(2, OGR_G_GetY(surface, 0));
    OGR_G_DestroyGeometry(surface);
    auto row = m_gridAt->step();
    if (!row) return row.error();
    if (*row) {
      const long long grid = m_gridAt->int64(0);
      gridId = grid;
      auto next = m_nextBuildingSequence.find(grid);
      if (next == m_nextBuildingSequence.end()) {
        auto max = m_db.prepare(
            "SELECT coalesce(max(CAST(substr(building_code, 16, 3) AS INTEGER)), 0) FROM building WHERE grid_id = ?");
        if (!max) return max.error();
        max->bind(1, grid);
        if (auto r = max->step(); !r) return r.error();
        next = m_nextBuildingSequence.emplace(grid, static_cast<int>(max->int64(0)) + 1).first;
      }
      if (next->second <= 999) {
        std::string suffix = std::to_string(next->second++);
        code = m_gridAt->text(1) + std::string(3 - suffix.size(), '0') + suffix;
      }
      ++m_report.inGrid;
    } else {
      ++m_report.withoutGrid;
    }
  }
  auto cleaned = [&](const std::string& raw, TextField kind, const char* label) {
    auto clean = cleanFieldText(raw, kind);
    if (clean) return *clean;
    m_report.issues.push_back({fid, std::string(label) + " " + clean.error().message + "; left empty"});
    return std::string();
  };
  std::string name = cleaned(text(feature, m_fields["name"]), TextField::Name, "name");
  std::string address = cleaned(text(feature, m_fields["address"]), TextField::Address, "address");
  if (address.empty())
    address = cleaned(attribute("street", "addr:street") + attribute("number", "addr:housenumber"), TextField::Address,
                      "address");
  if (name.empty()) name = address.empty() ? "楼栋 " + std::to_string(fid) : address;
  const std::string sourceId = [&] {
    const int osmId = m_layer->GetLayerDefn()->GetFieldIndex("osm_id");
    return osmId >= 0 ? text(feature, osmId) : std::to_string(fid);
  }();
  if (auto s = m_buildings->insert({gridId, code, name, address.empty() ? null() : Value(address), typeCode, usesCode,
                                    static_cast<long long>(floors), 1LL, households,
                                    std::filesystem::path(m_source).filename().string(), sourceId, Wkt{wkt(geometry)}});
      !s) {
    Error e = s.error();
    e.context.file = m_source;
    e.context.row = fid;
    return e;
  }
  ++m_report.imported;
  return {};
}

Status Importer::importBoundary(OGRFeature& feature, const OGRGeometry& geometry) {
  const long long fid = feature.GetFID();
  const int codeField = field("code", {"code", "admin_code", "grid_code", "区划代码", "编码", "CODE"});
  const int nameField = field("name", {"name", "名称", "NAME", "Name"});
  if (codeField < 0)
    return fail(ErrorCode::InvalidInput,
                "Layer \"" + m_report.layer + "\" has no code field; name it with --map code=FIELD.");
  const std::string rawCode = text(feature, codeField);
  std::string code = digitsOf(rawCode);
  auto skip = [&](const std::string& why) {
    m_report.issues.push_back({fid, why + "; skipped"});
    ++m_report.skipped;
    return Status{};
  };
  if (code.empty()) return skip("code \"" + shownInMessage(rawCode) + "\" is not a code of digits");
  auto cleanName = cleanFieldText(text(feature, nameField), TextField::Name);
  if (!cleanName) return skip("name " + cleanName.error().message);
  const std::string name = *cleanName;
  if (name.empty()) return skip("has no name");
  // One feature per code: a second one would silently replace the first one's boundary.
  if (auto [first, fresh] = m_featureOfCode.emplace(code, fid); !fresh)
    return fail(ErrorCode::Conflict, "Features " + std::to_string(first->second) + " and " + std::to_string(fid) +
                                         " both carry code " + code +
                                         "; each boundary needs its own code. Fix the file; nothing was imported.");
  const std::string boundary = wkt(geometry);
  auto lookup = [&](const char* sql, const std::string& key) -> Result<long long> {
    auto s = m_db.prepare(sql);
    if (!s) return s.error();
    s->bind(1, key);
    auto row = s->step();
    if (!row) return row.error();
    return *row ? s->int64(0) : -1LL;
  };
  auto upsert = [&](const char* table, const char* idSql, const std::string& key, Fields fields) -> Status {
    auto existing = lookup(idSql, key);
    if (!existing) return existing.error();
    if (*existing >= 0) {
      if (auto s = m_writer.update(m_actor, table, *existing, fields); !s) return s;
    } else if (auto id = m_writer.insert(m_actor, table, fields); !id) {
      return id.error();
    }
    ++m_report.imported;
    return {};
  };

  switch (m_options.kind) {
    case VectorImportKind::Streets: {
      // Township-level statistical codes come as 12 digits ending in 000; the street code is the first 9.
      if (code.size() == 12 && code.substr(9) == "000") code = code.substr(0, 9);
      if (auto valid = validateStreetCode(code, true); !valid)
        return skip("code \"" + code + "\": " + valid.error().message);
      auto district = lookup("SELECT id FROM district WHERE admin_code = ?", code.substr(0, 6));
      if (!district) return district.error();
      if (*district < 0) {
        const int districtName = field("district_name", {"district_name", "区县", "district"});
        std::string label = text(feature, districtName);
        auto id =
            m_writer.insert(m_actor, "district",
                            {{"admin_code", code.substr(0, 6)}, {"name", label.empty() ? code.substr(0, 6) : label}});
        if (!id) return id.error();
        district = *id;
      }
      return upsert("street", "SELECT id FROM street WHERE admin_code = ?", code,
                    {{"district_id", *district}, {"admin_code", code}, {"name", name}, {"geom", Wkt{boundary}}});
    }
    case VectorImportKind::Communities: {
      if (auto valid = validateCommunityCode(code, true); !valid)
        return skip("code \"" + code + "\": " + valid.error().message);
      auto street = lookup("SELECT id FROM street WHERE admin_code = ?", code.substr(0, 9));
      if (!street) return street.error();
      if (*street < 0)
        return skip("its street " + code.substr(0, 9) + " is not in the database (import streets first)");
      return upsert("community", "SELECT id FROM community WHERE admin_code = ?", code,
                    {{"street_id", *street}, {"admin_code", code}, {"name", name}, {"geom", Wkt{boundary}}});
    }
    case VectorImportKind::Grids: {
      if (auto valid = validateGridCode(code); !valid) return skip("code \"" + code + "\": " + valid.error().message);
      auto community = lookup("SELECT id FROM community WHERE admin_code = ?", code.substr(0, 12));
      if (!community) return community.error();
      if (*community < 0)
        return skip("its community " + code.substr(0, 12) + " is not in the database (import communities first)");
      return upsert("grid", "SELECT id FROM grid WHERE grid_code = ?", code,
                    {{"community_id", *community},
                     {"grid_code", code},
                     {"sequence", static_cast<long long>(std::stoi(code.substr(12)))},
                     {"name", name},
                     {"geom", Wkt{boundary}}});
    }
    case VectorImportKind::Buildings:
    case VectorImportKind::Roads:
    case VectorImportKind::Water:
    case VectorImportKind::Walkways:
    case VectorImportKind::Facilities:
      break;
  }
  return {};
}

Status Importer::importBaseMap(OGRFeature& feature, const OGRGeometry& geometry) {
  const bool walkways = m_options.kind == VectorImportKind::Walkways;
  const bool roads = m_options.kind == VectorImportKind::Roads || walkways;
  const int nameField = field("name", {"name:zh", "name", "名称", "NAME", "Name"});
  const int kindField = roads ? field("type", {"highway", "kind", "fclass", "type", "类型"})
                              : field("type", {"natural", "water", "waterway", "kind", "fclass", "type", "类型"});
  std::string kind = text(feature, kindField);
  if (!roads && isOsm()) {  // OSM water: the most telling tag
    const int other = m_layer->GetLayerDefn()->GetFieldIndex("other_tags");
    const std::string tags = text(feature, other);
    if (const std::string water = hstoreValue(tags, "water"); !water.empty()) kind = water;
    const int waterway = m_layer->GetLayerDefn()->GetFieldIndex("waterway");
    if (const std::string way = text(feature, waterway); !way.empty()) kind = way;
  }
  auto cleanName = cleanFieldText(text(feature, nameField), TextField::Name);
  const std::string name = cleanName ? *cleanName : std::string();
  auto id = m_writer.insert(m_actor, roads ? "base_road" : "base_water",
                            {{"name", name.empty() ? Value(null()) : Value(name)},
                             {"kind", std::string(walkways ? "path"
                                                  : roads  ? roadKind(kind)
                                                           : waterKind(kind))},
                             {"geom", Wkt{wkt(geometry)}}});
  if (!id) return id.error();
  ++m_report.imported;
  return {};
}

Status Importer::loadFacilityTypes() {
  auto statement = m_db.prepare(
      "SELECT code, name_zh, coalesce(osm_tags, '') FROM service_facility_type ORDER BY "
      "sort_order, code");
  if (!statement) return statement.error();
  return statement->forEachRow([&](const Statement& r) {
    FacilityType type{r.text(0), r.text(1), {}};
    const std::string tags = r.text(2);
    std::size_t start = 0;
    while (start < tags.size()) {
      std::size_t end = tags.find(';', start);
      if (end == std::string::npos) end = tags.size();
      const std::string pair = tags.substr(start, end - start);
      if (const std::size_t eq = pair.find('='); eq != std::string::npos)
        type.tags.push_back({pair.substr(0, eq), pair.substr(eq + 1)});
      start = end + 1;
    }
    m_facilityTypes.push_back(std::move(type));
  });
}

Status Importer::importFacility(OGRFeature& feature) {
  if (m_facilityTypes.empty())
    if (auto s = loadFacilityTypes(); !s) return s;
  if (!m_facilityPlace) {
    // The building a facility stands in (its community through the building's grid), else the grid it lies in.
    auto place = m_db.prepare(
        "SELECT (SELECT b.id FROM main.building b WHERE b.logout = 0 AND ST_Contains(b.geom, MakePoint(?1, ?2, ?3)) "
        "AND b.ROWID IN (SELECT ROWID FROM SpatialIndex WHERE f_table_name = 'building' AND search_frame = "
        "MakePoint(?1, ?2, ?3)) LIMIT 1), (SELECT g.community_id FROM main.grid g WHERE g.retired_at IS NULL AND "
        "ST_Contains(g.geom, MakePoint(?1, ?2, ?3)) LIMIT 1)");
    if (!place) return place.error();
    m_facilityPlace.emplace(std::move(*place));
  }
  const long long fid = feature.GetFID();
  OGRFeatureDefn* definition = m_layer->GetLayerDefn();
  const int tagsField = definition->GetFieldIndex("other_tags");
  const std::string tags = text(feature, tagsField);
  auto valueOf = [&](const std::string& key) {
    const int index = definition->GetFieldIndex(key.c_str());
    if (index >= 0) return text(feature, index);
    return tags.empty() ? std::string() : hstoreValue(tags, key);
  };
  // The type: a type field naming a code or name, else the first type whose OSM tags the feature carries.
  std::string type;
  const int typeField = field("type", {"facility_type", "type", "类型"});
  if (const std::string given = text(feature, typeField); !given.empty() && !isOsm()) {
    for (const FacilityType& t : m_facilityTypes)
      if (given == t.code || given == t.name) type = t.code;
    if (type.empty()) {
      m_report.issues.push_back({fid, "type \"" + given +
                                          "\" is no facility type (service_centre, clinic, school, "
                                          "market, elderly_care or their Chinese names); skipped"});
      ++m_report.skipped;
      return {};
    }
  } else {
    for (const FacilityType& t : m_facilityTypes) {
      for (const auto& [key, value] : t.tags) {
        const std::string has = valueOf(key);
        if (!has.empty() && (value == "*" || has == value)) {
          type = t.code;
          break;
        }
      }
      if (!type.empty()) break;
    }
    if (type.empty()) return {};  // not a facility (most of an OSM file)
  }
  const OGRGeometry* original = feature.GetGeometryRef();
  if (!original || original->IsEmpty()) {
    m_report.issues.push_back({fid, "has no geometry; skipped"});
    ++m_report.skipped;
    return {};
  }
  GeometryPtr geometry(original->clone());
  if (geometry->transform(m_transform.get()) != OGRERR_NONE) {
    m_report.issues.push_back({fid, "cannot be transformed to the database CRS; skipped"});
    ++m_report.skipped;
    return {};
  }
  OGRPoint centre;
  if (wkbFlatten(geometry->getGeometryType()) == wkbPoint)
    centre = *geometry->toPoint();
  else if (geometry->Centroid(&centre) != OGRERR_NONE || centre.IsEmpty()) {
    m_report.issues.push_back({fid, "has no centre; skipped"});
    ++m_report.skipped;
    return {};
  }
  if (!std::isfinite(centre.getX()) || !std::isfinite(centre.getY())) {
    m_report.issues.push_back({fid, "has coordinates that are not finite numbers; skipped"});
    ++m_report.skipped;
    return {};
  }
  m_facilityPlace->reset();
  m_facilityPlace->bind(1, centre.getX()).bind(2, centre.getY()).bind(3, static_cast<long long>(m_db.srid()));
  if (auto row = m_facilityPlace->step(); !row) return row.error();
  const Value building = m_facilityPlace->isNull(0) ? Value(null()) : Value(m_facilityPlace->int64(0));
  Value community = m_facilityPlace->isNull(1) ? Value(null()) : Value(m_facilityPlace->int64(1));
  m_facilityPlace->reset();
  const int nameField = field("name", {"name:zh", "name", "名称", "NAME", "Name"});
  auto cleanName = cleanFieldText(text(feature, nameField), TextField::Name);
  std::string name = cleanName ? *cleanName : std::string();
  if (name.empty())
    for (const FacilityType& t : m_facilityTypes)
      if (t.code == type) name = t.name;
  char point[96];
  std::snprintf(point, sizeof point, "POINT(%.3f %.3f)", centre.getX(), centre.getY());
  auto id = m_writer.insert(m_actor, "service_facility",
                            {{"type_code", type},
                             {"name", name},
                             {"building_id", building},
                             {"community_id", community},
                             {"source", std::string("import")},
                             {"created_at", m_writer.clock().nowIso()},
                             {"geom", Wkt{point}}});
  if (!id) return id.error();
  ++m_report.imported;
  return {};
}

Result<VectorImportReport> Importer::run() {
  if (auto s = openLayer(); !s) return s.error();
  const long long total = m_layer->GetFeatureCount(FALSE);  // -1 when the driver cannot tell cheaply (OSM)
  // An import claims the whole database on a server (it may touch any community); others are told who holds it.
  auto claim = JobLock::acquire(m_db, m_writer.clock(), 0, "import", m_db.auditActor(m_actor));
  if (!claim) return claim.error();
  Transaction transaction(m_db);
  if (!transaction.begun()) return transaction.begun().error();
  m_layer->ResetReading();
  CPLErrorReset();
  for (std::unique_ptr<OGRFeature> feature(m_layer->GetNextFeature()); feature;
       feature.reset(m_layer->GetNextFeature())) {
    ++m_report.read;
    if (m_progress && m_report.read % 500 == 0) {
      if (m_progress->isCancelled()) return makeError(ErrorCode::Cancelled, "Import cancelled; nothing was written.");
      m_progress->report(total > 0 ? static_cast<double>(m_report.read) / static_cast<double>(total) : 0.5,
                         std::to_string(m_report.read) + " features");
    }
    if (m_options.kind == VectorImportKind::Facilities) {
      if (Status status = importFacility(*feature); !status) return status.error();
      continue;
    }
    auto geometry = prepareGeometry(*feature);
    if (!geometry) return geometry.error();
    if (!*geometry) continue;
    const bool baseMap = m_options.kind == VectorImportKind::Roads || m_options.kind == VectorImportKind::Water ||
                         m_options.kind == VectorImportKind::Walkways;
    Status status = m_options.kind == VectorImportKind::Buildings ? importBuilding(*feature, **geometry)
                    : baseMap                                     ? importBaseMap(*feature, **geometry)
                                                                  : importBoundary(*feature, **geometry);
    if (!status) return status.error();
  }
  // OSM facilities: after the points, the areas (a school or market drawn as its grounds).
  if (m_options.kind == VectorImportKind::Facilities && isOsm() && m_options.layer.empty() && m_passLayer.empty()) {
    m_passLayer = "multipolygons";
    if (auto s = openLayer(); !s) return s.error();
    m_layer->ResetReading();
    for (std::unique_ptr<OGRFeature> feature(m_layer->GetNextFeature()); feature;
         feature.reset(m_layer->GetNextFeature())) {
      ++m_report.read;
      if (Status status = importFacility(*feature); !status) return status.error();
    }
  }
  // OSM water: after the areas, the rivers and canals drawn as lines.
  if (m_options.kind == VectorImportKind::Water && isOsm() && m_options.layer.empty() && m_passLayer.empty()) {
    m_passLayer = "lines";
    m_passWhere = kOsmWaterLineFilter;
    if (auto s = openLayer(); !s) return s.error();
    m_layer->ResetReading();
    for (std::unique_ptr<OGRFeature> feature(m_layer->GetNextFeature()); feature;
         feature.reset(m_layer->GetNextFeature())) {
      ++m_report.read;
      auto geometry = prepareGeometry(*feature);
      if (!geometry) return geometry.error();
      if (!*geometry) continue;
      if (Status status = importBaseMap(*feature, **geometry); !status) return status.error();
    }
  }
  if (CPLGetLastErrorType() >= CE_Failure)
    return fail(ErrorCode::Io, "Reading stopped with an error after " + std::to_string(m_report.read) +
                                   " features (GDAL: " + gdalMessage() +
                                   "); the file may be truncated. Nothing was written.");
  if (m_report.read == 0)
    return fail(ErrorCode::InvalidInput, "Layer \"" + m_report.layer + "\" has no features" +
                                             (m_options.where.empty() ? std::string() : " matching the filter") +
                                             "; choose another layer with --layer. Nothing was written.");
  JsonObject summary;
  summary.add("source", std::filesystem::path(m_source).filename().string());
  summary.add("layer", m_report.layer);
  summary.add("crs", m_report.sourceCrs);
  summary.add("read", m_report.read);
  summary.add("imported", m_report.imported);
  summary.add("repaired", m_report.repaired);
  summary.add("skipped", m_report.skipped);
  const char* table = m_options.kind == VectorImportKind::Buildings     ? "building"
                      : m_options.kind == VectorImportKind::Streets     ? "street"
                      : m_options.kind == VectorImportKind::Communities ? "community"
                      : m_options.kind == VectorImportKind::Roads       ? "base_road"
                      : m_options.kind == VectorImportKind::Walkways    ? "base_road"
                      : m_options.kind == VectorImportKind::Facilities  ? "service_facility"
                      : m_options.kind == VectorImportKind::Water       ? "base_water"
                                                                        : "grid";
  if (auto s = m_writer.appendAudit(m_actor, "import", table, -1, {}, summary.str(), "gridctl import"); !s)
    return s.error();
  // A dry run, or an import that took no feature, rolls back: nothing (not even an audit row) is written.
  if (m_options.dryRun || m_report.imported == 0) return m_report;
  if (auto s = transaction.commit(); !s) return s.error();
  if (m_progress) m_progress->report(1.0, "done");
  return m_report;
}

Result<double> Importer::longitude() {
  if (auto s = openLayer(); !s) return s.error();
  OGREnvelope extent;
  if (m_layer->GetExtent(&extent, TRUE) != OGRERR_NONE)
    return fail(ErrorCode::InvalidInput, "Layer \"" + m_report.layer + "\" has no extent (no geometries).");
  const OGRSpatialReference* source = m_transform->GetSourceCS();
  OGRSpatialReference geographic;
  geographic.importFromEPSG(4490);  // CGCS2000 lon/lat
  geographic.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  OGRSpatialReference from(*source);
  from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  std::unique_ptr<OGRCoordinateTransformation> toDegrees(OGRCreateCoordinateTransformation(&from, &geographic));
  double x = (extent.MinX + extent.MaxX) / 2, y = (extent.MinY + extent.MaxY) / 2;
  if (!toDegrees || !toDegrees->Transform(1, &x, &y) || !std::isfinite(x) || x < 60 || x > 150)
    return fail(ErrorCode::InvalidInput,
                "The data does not lie in China (its middle is not between 60° and 150° east).");
  return x;
}

}  // namespace

Result<double> sourceLongitude(Database& database, const std::string& source, const VectorImportOptions& options) {
  const QuietGdal quiet;
  const SystemClock clock;
  Importer importer(database, source, options, Actor::system("zone"), clock, nullptr);
  return importer.longitude();
}

Result<std::vector<std::vector<unsigned char>>> readBaseMap(const std::string& source, VectorImportKind kind,
                                                            const std::string& layer, const std::string& targetCrs,
                                                            const std::string& where) {
  const QuietGdal quiet;
  const bool roads = kind == VectorImportKind::Roads;
  auto fail = [&](const std::string& message) { return makeError(ErrorCode::InvalidInput, message, {.file = source}); };
  auto dataset = openVectorDataset(source, nullptr,
                                   "Check the path; roads and water come from GeoPackage, Shapefile, "
                                   "GeoJSON or OSM files.");
  if (!dataset) return dataset.error();
  const bool osm = std::string((*dataset)->GetDriverName()) == "OSM";
  std::vector<std::pair<OGRLayer*, std::string>> passes;
  if (!layer.empty()) {
    OGRLayer* chosen = (*dataset)->GetLayerByName(layer.c_str());
    if (!chosen) {
      std::string names;
      for (OGRLayer* l : (*dataset)->GetLayers()) names += (names.empty() ? "" : ", ") + std::string(l->GetName());
      return fail(source + " has no layer \"" + layer + "\"; it has: " + names + ".");
    }
    passes.emplace_back(chosen, osm ? (roads ? kOsmRoadFilter : std::string()) : std::string());
  } else if (osm) {
    if (roads)
      passes.emplace_back((*dataset)->GetLayerByName("lines"), kOsmRoadFilter);
    else
      passes.emplace_back((*dataset)->GetLayerByName("multipolygons"), kOsmWaterAreaFilter),
          passes.emplace_back((*dataset)->GetLayerByName("lines"), kOsmWaterLineFilter);
  } else {
    for (OGRLayer* l : (*dataset)->GetLayers()) {
      const OGRwkbGeometryType type = wkbFlatten(l->GetGeomType());
      const bool line = type == wkbLineString || type == wkbMultiLineString;
      const bool polygon = type == wkbPolygon || type == wkbMultiPolygon;
      if (roads ? line : polygon) {
        passes.emplace_back(l, std::string());
        break;
      }
    }
  }
  if (passes.empty() || !passes.front().first)
    return fail(source + (roads ? " has no line layer of roads" : " has no polygon layer of water") +
                "; name one with --" + (roads ? "roads" : "water") + "-layer.");
  if (!where.empty()) passes.resize(1), passes.front().second = where;
  std::vector<std::vector<unsigned char>> out;
  for (auto& [l, filter] : passes) {
    if (!l) continue;
    if (l->SetAttributeFilter(filter.empty() ? nullptr : filter.c_str()) != OGRERR_NONE)
      return fail(source + ": the filter \"" + filter + "\" is not valid OGR SQL for layer " + l->GetName() + ".");
    std::unique_ptr<OGRCoordinateTransformation> transform;
    if (!targetCrs.empty()) {
      const OGRSpatialReference* declared = l->GetSpatialRef();
      if (!declared)
        return fail(source + " layer " + l->GetName() + " declares no CRS; give it one (ogr2ogr -a_srs EPSG:4326).");
      OGRSpatialReference from(*declared), to;
      if (to.SetFromUserInput(targetCrs.c_str()) != OGRERR_NONE) return fail("unknown CRS " + targetCrs);
      from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
      to.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
      if (!from.IsSame(&to)) {
        transform.reset(OGRCreateCoordinateTransformation(&from, &to));
        if (!transform) return fail(source + ": cannot transform layer " + l->GetName() + " to the units' CRS.");
      }
    }
    l->ResetReading();
    for (auto& feature : *l) {
      const OGRGeometry* original = feature->GetGeometryRef();
      if (!original || original->IsEmpty()) continue;
      GeometryPtr geometry = roads ? linearPart(*original) : polygonalPart(*original);
      bool line = false;
      if (!geometry && !roads) geometry = linearPart(*original), line = geometry != nullptr;
      if (!geometry) continue;
      bool finite = true;
      if (vertexCount(*geometry, &finite) > kMaximumBoundaryVertices || !finite) continue;
      if (transform && geometry->transform(transform.get()) != OGRERR_NONE)
        return fail(source + ": feature " + std::to_string(feature->GetFID()) +
                    " cannot be transformed to the units' CRS.");
      if (line) {
        GeometryPtr buffered(geometry->Buffer(kWaterLineHalfWidth, 4));
        if (!buffered) continue;
        geometry = polygonalPart(*buffered);
        if (!geometry) continue;
      }
      std::vector<unsigned char> wkb(static_cast<std::size_t>(geometry->WkbSize()));
      geometry->exportToWkb(wkbNDR, wkb.data());
      out.push_back(std::move(wkb));
    }
  }
  return out;
}

Result<VectorImportReport> importVector(Database& database, const std::string& source,
                                        const VectorImportOptions& options, const Actor& actor, const Clock& clock,
                                        Progress* progress) {
  const QuietGdal quiet;
  Importer importer(database, source, options, actor, clock, progress);
  return importer.run();
}

}  // namespace grid
