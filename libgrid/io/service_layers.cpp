// SPDX-License-Identifier: GPL-2.0-or-later
#include "io/service_layers.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <vector>

#include "io/gdal_dataset.h"
#include "io/vector_features.h"
#include "storage/database.h"

namespace grid {

namespace {

struct Type {
  std::string code, name;
  int minutes;
};

Error writeError(const std::string& path, const std::string& what) {
  return makeError(ErrorCode::Io,
                   "cannot write " + what + " to " + path + " (GDAL: " + vector_detail::gdalMessage() +
                       "); check that the folder is writable",
                   {.file = path});
}

}  // namespace

Status writeServiceCircle(Database& db, long long communityId, const std::string& path) {
  std::vector<Type> types;
  {
    auto statement = db.prepare(
        "SELECT code, name_zh, minutes FROM service_facility_type WHERE active = 1 ORDER BY "
        "sort_order, code");
    if (!statement) return statement.error();
    if (auto s = statement->forEachRow([&](const Statement& r) {
          types.push_back({r.text(0), r.text(1), static_cast<int>(r.int64(2))});
        });
        !s)
      return s;
  }
  const std::string inArea =
      communityId >= 0
          ? " AND b.grid_id IN (SELECT id FROM main.grid WHERE community_id = " + std::to_string(communityId) + ")"
          : std::string();
  auto computed = db.queryInt(
      "SELECT count(*) FROM service_access a JOIN main.building b ON b.id = a.building_id "
      "WHERE 1" +
      inArea);
  if (!computed) return computed.error();
  if (*computed == 0)
    return makeError(ErrorCode::NotFound,
                     "the service circle of these buildings has not been computed; run gridctl service-circle first");

  const std::filesystem::path target(path);
  const std::string aside = (target.parent_path() / ("." + target.stem().string() + ".part.gpkg")).string();
  std::filesystem::remove(aside);
  GDALAllRegister();
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
  if (!driver) return makeError(ErrorCode::Unsupported, "GDAL has no GeoPackage driver");
  struct RemoveAside {  // a failed write leaves no part file
    std::string path;
    bool keep = false;
    ~RemoveAside() {
      std::error_code ignored;
      if (!keep) std::filesystem::remove(path, ignored);
    }
  } removeAside{aside};
  GdalDatasetPtr dataset(driver->Create(aside.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  if (!dataset) return writeError(path, "a GeoPackage");
  OGRSpatialReference crs;
  crs.importFromEPSG(db.srid());
  auto copy = [&](const char* name, OGRwkbGeometryType geometryType,
                  const std::vector<std::pair<std::string, OGRFieldType>>& fields, const std::string& sql) -> Status {
    OGRLayer* layer = dataset->CreateLayer(name, &crs, geometryType, nullptr);
    if (!layer) return writeError(path, std::string("layer ") + name);
    for (const auto& [field, type] : fields) {
      OGRFieldDefn definition(field.c_str(), type);
      if (layer->CreateField(&definition) != OGRERR_NONE) return writeError(path, "field " + field);
    }
    auto statement = db.prepare(sql);
    if (!statement) return statement.error();
    if (layer->StartTransaction() != OGRERR_NONE) return writeError(path, std::string("layer ") + name);
    Status inner;
    auto s = statement->forEachRow([&](const Statement& r) {
      if (!inner) return;
      OGRFeature feature(layer->GetLayerDefn());
      for (int i = 0; i < static_cast<int>(fields.size()); ++i) {
        if (r.isNull(i + 1)) continue;
        if (fields[static_cast<std::size_t>(i)].second == OFTReal)
          feature.SetField(i, r.real(i + 1));
        else if (fields[static_cast<std::size_t>(i)].second == OFTInteger64)
          feature.SetField(i, static_cast<GIntBig>(r.int64(i + 1)));
        else
          feature.SetField(i, r.text(i + 1).c_str());
      }
      if (!r.isNull(0)) {
        const Blob wkb = r.blob(0);
        OGRGeometry* geometry = nullptr;
        if (OGRGeometryFactory::createFromWkb(wkb.data(), &crs, &geometry, wkb.size()) == OGRERR_NONE)
          feature.SetGeometryDirectly(geometry);
      }
      if (layer->CreateFeature(&feature) != OGRERR_NONE) inner = writeError(path, std::string("a feature of ") + name);
    });
    if (!s) return s;
    if (!inner) return inner;
    return layer->CommitTransaction() == OGRERR_NONE ? Status{} : writeError(path, std::string("layer ") + name);
  };
  std::vector<std::pair<std::string, OGRFieldType>> fields = {
      {"building_id", OFTInteger64}, {"name", OFTString}, {"grid_code", OFTString}, {"households", OFTInteger64}};
  std::string columns;
  for (const Type& t : types) {
    fields.push_back({"minutes_" + t.code, OFTReal});
    fields.push_back({"within_" + t.code, OFTInteger64});
    columns += ", (SELECT round(minutes, 1) FROM service_access a WHERE a.building_id = b.id AND a.type_code = '" +
               t.code + "'), (SELECT CASE WHEN minutes <= " + std::to_string(t.minutes) +
               " THEN 1 ELSE 0 END FROM service_access a WHERE a.building_id = b.id AND a.type_code = '" + t.code +
               "')";
  }
  if (auto s = copy("buildings", wkbMultiPolygon, fields,
                    "SELECT AsBinary(b.geom), b.id, b.name, g.grid_code, coalesce(nullif((SELECT count(*) FROM "
                    "main.household h WHERE h.building_id = b.id AND h.logout = 0), 0), b.household_estimate, 0)" +
                        columns +
                        " FROM main.building b LEFT JOIN main.grid g ON g.id = b.grid_id WHERE b.logout = 0 AND "
                        "EXISTS (SELECT 1 FROM service_access a WHERE a.building_id = b.id)" +
                        inArea + " ORDER BY b.id");
      !s)
    return s;
  if (auto s = copy("facilities", wkbPoint,
                    {{"facility_id", OFTInteger64}, {"type", OFTString}, {"type_name", OFTString}, {"name", OFTString}},
                    "SELECT AsBinary(f.geom), f.id, f.type_code, t.name_zh, f.name FROM service_facility f JOIN "
                    "service_facility_type t ON t.code = f.type_code ORDER BY f.id");
      !s)
    return s;
  if (auto s =
          copy("service_areas", wkbMultiPolygon,
               {{"type", OFTString},
                {"type_name", OFTString},
                {"minutes", OFTInteger64},
                {"speed_kmh", OFTReal},
                {"computed_at", OFTString}},
               "SELECT AsBinary(s.geom), s.type_code, t.name_zh, s.minutes, s.speed_kmh, s.computed_at FROM "
               "service_area s JOIN service_facility_type t ON t.code = s.type_code WHERE s.community_id IS " +
                   (communityId >= 0 ? std::to_string(communityId) : std::string("NULL")) + " ORDER BY t.sort_order");
      !s)
    return s;
  dataset.reset();
  std::error_code ec;
  std::filesystem::rename(aside, target, ec);
  removeAside.keep = !ec;
  if (ec) {
    return makeError(ErrorCode::Io, "cannot move the GeoPackage into " + path + ": " + ec.message(), {.file = path});
  }
  return {};
}

}  // namespace grid
