// SPDX-License-Identifier: GPL-2.0-or-later
#include "io/package_file.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <filesystem>
#include <mutex>

#include "io/gdal_dataset.h"

namespace grid {

namespace {

Error packageError(const std::string& path, const std::string& message) {
  return makeError(ErrorCode::Io, message, {.file = path});
}

std::string lastGdalMessage() {
  const char* message = CPLGetLastErrorMsg();
  return message && *message ? message : "no details";
}

OGRFieldType ogrType(PackageFieldType type) {
  switch (type) {
    case PackageFieldType::Integer:
      return OFTInteger64;
    case PackageFieldType::Real:
      return OFTReal;
    case PackageFieldType::Text:
      break;
  }
  return OFTString;
}

OGRwkbGeometryType ogrGeometry(PackageGeometry geometry) {
  switch (geometry) {
    case PackageGeometry::Point:
      return wkbPoint;
    case PackageGeometry::MultiPolygon:
      return wkbMultiPolygon;
    case PackageGeometry::None:
      break;
  }
  return wkbNone;
}

Status writeTable(GDALDataset& dataset, OGRSpatialReference* crs, const PackageTable& table, const std::string& path) {
  const char* options[] = {"FID=fid", nullptr};
  const bool spatial = table.geometry != PackageGeometry::None;
  // The driver takes a reference to the CRS (it does not copy it): passing a clone would leak it.
  OGRLayer* layer = dataset.CreateLayer(table.name.c_str(), spatial ? crs : nullptr, ogrGeometry(table.geometry),
                                        const_cast<char**>(options));
  if (!layer) return packageError(path, "cannot create layer " + table.name + ": " + lastGdalMessage());
  for (const PackageField& field : table.fields) {
    OGRFieldDefn definition(field.name.c_str(), ogrType(field.type));
    if (layer->CreateField(&definition) != OGRERR_NONE)
      return packageError(path, "cannot create field " + table.name + "." + field.name + ": " + lastGdalMessage());
  }
  for (const PackageRow& row : table.rows) {
    OGRFeature feature(layer->GetLayerDefn());
    feature.SetFID(row.fid);
    for (std::size_t i = 0; i < table.fields.size() && i < row.values.size(); ++i) {
      const std::string& value = row.values[i];
      if (value.empty()) {
        feature.SetFieldNull(static_cast<int>(i));
      } else if (table.fields[i].type == PackageFieldType::Integer) {
        feature.SetField(static_cast<int>(i), static_cast<GIntBig>(std::stoll(value)));
      } else if (table.fields[i].type == PackageFieldType::Real) {
        feature.SetField(static_cast<int>(i), std::stod(value));
      } else {
        feature.SetField(static_cast<int>(i), value.c_str());
      }
    }
    if (spatial && !row.wkt.empty()) {
      OGRGeometry* geometry = nullptr;
      if (OGRGeometryFactory::createFromWkt(row.wkt.c_str(), nullptr, &geometry) == OGRERR_NONE && geometry) {
        if (table.geometry == PackageGeometry::MultiPolygon)
          geometry = OGRGeometryFactory::forceToMultiPolygon(geometry);
        feature.SetGeometryDirectly(geometry);
      }
    }
    if (layer->CreateFeature(&feature) != OGRERR_NONE)
      return packageError(path,
                          "cannot write " + table.name + " row " + std::to_string(row.fid) + ": " + lastGdalMessage());
  }
  return {};
}

void readRows(OGRLayer& layer, PackageTable& table, bool withFidField) {
  OGRFeatureDefn* definition = layer.GetLayerDefn();
  std::vector<int> index;
  for (const PackageField& field : table.fields) index.push_back(definition->GetFieldIndex(field.name.c_str()));
  const int fidField = withFidField ? definition->GetFieldIndex("gs_fid") : -1;
  layer.ResetReading();
  for (std::unique_ptr<OGRFeature> feature(layer.GetNextFeature()); feature; feature.reset(layer.GetNextFeature())) {
    PackageRow row;
    row.fid = fidField >= 0 ? feature->GetFieldAsInteger64(fidField) : feature->GetFID();
    for (std::size_t i = 0; i < index.size(); ++i) {
      if (index[i] < 0 || !feature->IsFieldSetAndNotNull(index[i])) {
        row.values.emplace_back();
      } else if (table.fields[i].type == PackageFieldType::Real) {
        char text[64];
        CPLsnprintf(text, sizeof text, "%.10g", feature->GetFieldAsDouble(index[i]));
        row.values.emplace_back(text);
      } else {
        row.values.emplace_back(feature->GetFieldAsString(index[i]));
      }
    }
    if (const OGRGeometry* geometry = feature->GetGeometryRef()) {
      char* wkt = nullptr;
      if (geometry->exportToWkt(&wkt) == OGRERR_NONE && wkt) row.wkt = wkt;
      CPLFree(wkt);
    }
    table.rows.push_back(std::move(row));
  }
}

PackageTable describe(OGRFeatureDefn& definition, const std::string& name) {
  PackageTable table;
  table.name = name;
  for (int i = 0; i < definition.GetFieldCount(); ++i) {
    OGRFieldDefn* field = definition.GetFieldDefn(i);
    const std::string fieldName = field->GetNameRef();
    if (fieldName == "gs_fid" || fieldName == "fid") continue;
    PackageFieldType type = PackageFieldType::Text;
    if (field->GetType() == OFTInteger || field->GetType() == OFTInteger64) type = PackageFieldType::Integer;
    if (field->GetType() == OFTReal) type = PackageFieldType::Real;
    table.fields.push_back({field->GetNameRef(), type});
  }
  return table;
}

}  // namespace

int PackageTable::fieldIndex(const std::string& field) const {
  for (std::size_t i = 0; i < fields.size(); ++i)
    if (fields[i].name == field) return static_cast<int>(i);
  return -1;
}

Status writePackageFile(const std::string& path, const PackageContents& contents) {
  if (std::filesystem::exists(path))
    return makeError(ErrorCode::Conflict, "the file exists already; choose another name or move it away first.",
                     {.file = path});
  static std::once_flag registered;
  std::call_once(registered, [] { GDALAllRegister(); });
  const std::string partial = path + ".part";
  std::error_code ignored;
  std::filesystem::remove(partial, ignored);
  // Reference counted (layers keep a reference): released after the dataset is closed, declared before it.
  struct Release {
    void operator()(OGRSpatialReference* srs) const { srs->Release(); }
  };
  std::unique_ptr<OGRSpatialReference, Release> crs(new OGRSpatialReference());
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
  CPLErrorReset();
  CPLPushErrorHandler(CPLQuietErrorHandler);
  struct PopHandler {
    ~PopHandler() { CPLPopErrorHandler(); }
  } pop;
  GdalDatasetPtr dataset(driver ? driver->Create(partial.c_str(), 0, 0, 0, GDT_Unknown, nullptr) : nullptr);
  if (!dataset)
    return packageError(
        path, "cannot create the package (" + lastGdalMessage() + "); check the folder exists and is writable.");
  auto dropPartial = [&](Error error) {
    dataset.reset();
    std::filesystem::remove(partial, ignored);
    return error;
  };
  crs->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  if (crs->importFromEPSG(contents.srid) != OGRERR_NONE)
    return dropPartial(packageError(path, "unknown CRS EPSG:" + std::to_string(contents.srid)));
  dataset->StartTransaction();
  {
    PackageTable meta{"gs_package", PackageGeometry::None, {{"key"}, {"value"}}, {}, false};
    long long fid = 1;
    for (const auto& [key, value] : contents.meta) meta.rows.push_back({fid++, {key, value}, {}});
    if (Status status = writeTable(*dataset, crs.get(), meta, path); !status) return dropPartial(status.error());
  }
  for (const PackageTable& table : contents.tables)
    if (Status status = writeTable(*dataset, crs.get(), table, path); !status) return dropPartial(status.error());
  if (dataset->CommitTransaction() != OGRERR_NONE)
    return dropPartial(packageError(path, "cannot write the package: " + lastGdalMessage()));
  for (const PackageTable& table : contents.tables) {
    if (!table.keepBase) continue;
    // An unregistered copy: GDAL, QGIS and QField list only the tables of gpkg_contents, so it is not offered for
    // editing. Table names are ours (fixed identifiers), never user text.
    const std::string sql = "CREATE TABLE gs_base_" + table.name + " AS SELECT fid AS gs_fid, * FROM " + table.name;
    CPLErrorReset();
    dataset->ExecuteSQL(sql.c_str(), nullptr, nullptr);
    if (CPLGetLastErrorType() >= CE_Failure)
      return dropPartial(packageError(path, "cannot store the base of " + table.name + ": " + lastGdalMessage()));
  }
  dataset.reset();
  std::error_code error;
  std::filesystem::rename(partial, path, error);
  if (error) return packageError(path, "cannot move the package into place: " + error.message());
  return {};
}

Result<PackageSnapshot> readPackageFile(const std::string& path, const std::vector<std::string>& tables) {
  const char* options[] = {"LIST_ALL_TABLES=NO", nullptr};
  auto opened =
      openVectorDataset(path, options, "A work package is a GeoPackage (.gpkg) made by gridctl package create.");
  if (!opened) return opened.error();
  GDALDataset& dataset = **opened;
  PackageSnapshot snapshot;
  OGRLayer* meta = dataset.GetLayerByName("gs_package");
  if (!meta)
    return makeError(ErrorCode::Unsupported,
                     "this GeoPackage is not a GridStation work package (it has no gs_package table).", {.file = path});
  meta->ResetReading();
  for (std::unique_ptr<OGRFeature> feature(meta->GetNextFeature()); feature; feature.reset(meta->GetNextFeature()))
    snapshot.meta[feature->GetFieldAsString("key")] = feature->GetFieldAsString("value");
  for (const std::string& name : tables) {
    OGRLayer* layer = dataset.GetLayerByName(name.c_str());
    if (!layer)
      return makeError(ErrorCode::InvalidInput,
                       "the package has no layer " + name + "; it was damaged or not made by gridctl package create.",
                       {.file = path, .table = name});
    const std::string sql = "SELECT * FROM gs_base_" + name;
    CPLPushErrorHandler(CPLQuietErrorHandler);
    OGRLayer* base = dataset.ExecuteSQL(sql.c_str(), nullptr, nullptr);
    CPLPopErrorHandler();
    if (!base)
      return makeError(ErrorCode::InvalidInput,
                       "the package has no base copy of " + name + " (gs_base_" + name +
                           "), so its changes cannot be told apart; it was not made by gridctl package create.",
                       {.file = path, .table = name});
    PackageTable baseTable = describe(*base->GetLayerDefn(), name);
    readRows(*base, baseTable, true);
    dataset.ReleaseResultSet(base);
    PackageTable current = baseTable;
    current.rows.clear();
    readRows(*layer, current, false);
    snapshot.current[name] = std::move(current);
    snapshot.base[name] = std::move(baseTable);
  }
  return snapshot;
}

}  // namespace grid
