// SPDX-License-Identifier: GPL-2.0-or-later
#include "io/unit_layer.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>

#include "io/gdal_dataset.h"
#include "io/vector_features.h"

namespace grid {

namespace {

Error refused(const std::string& message) {
  return makeError(ErrorCode::InvalidInput, message);
}

}  // namespace

struct UnitSource::Impl {
  std::unique_ptr<GDALDataset> dataset;
  OGRLayer* layer = nullptr;
  std::vector<std::unique_ptr<OGRFeature>> features;  //!< by UnitRow::index: the attributes the output carries
  std::map<std::string, std::vector<UnitRow>> groups;
  std::vector<std::string> repaired;
};

UnitSource::UnitSource(std::unique_ptr<Impl> impl) : m(std::move(impl)) {}
UnitSource::UnitSource(UnitSource&&) noexcept = default;
UnitSource& UnitSource::operator=(UnitSource&&) noexcept = default;
UnitSource::~UnitSource() = default;
std::map<std::string, std::vector<UnitRow>>& UnitSource::groups() {
  return m->groups;
}
const std::vector<std::string>& UnitSource::repaired() const {
  return m->repaired;
}
std::string UnitSource::layerName() const {
  return m->layer->GetName();
}

std::string UnitSource::crsWkt() const {
  const OGRSpatialReference* crs = m->layer->GetSpatialRef();
  if (!crs) return {};
  char* wkt = nullptr;
  crs->exportToWkt(&wkt);
  std::string text = wkt ? wkt : "";
  CPLFree(wkt);
  return text;
}

Result<UnitSource> UnitSource::read(const std::string& input, const UnitLayerFields& fields) {
  const QuietGdal quiet;  // GEOS's "Self-intersection at …" while a polygon is checked and repaired
  auto impl = std::make_unique<Impl>();
  GDALAllRegister();
  impl->dataset.reset(GDALDataset::Open(input.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
  GDALDataset* source = impl->dataset.get();
  if (!source) {
    if (input.find(':') == std::string::npos && input.rfind("/vsi", 0) != 0 && !std::filesystem::exists(input))
      return refused("there is no file " + input + "; check the path and the file name.");
    const std::string why = CPLGetLastErrorMsg();
    return refused("cannot open " + input + " as a vector dataset" + (why.empty() ? "" : " (" + why + ")") +
                   "; check that it is a GeoPackage, Shapefile, GeoJSON, OSM or other GDAL vector file.");
  }
  OGRLayer* layer = !fields.layer.empty() ? source->GetLayerByName(fields.layer.c_str()) : source->GetLayer(0);
  if (!layer) {
    std::string names;
    for (auto* l : source->GetLayers()) names += std::string(names.empty() ? "" : ", ") + l->GetName();
    return refused(input + " has no layer \"" + fields.layer + "\"; it has: " + names + ".");
  }
  impl->layer = layer;
  OGRFeatureDefn* definition = layer->GetLayerDefn();
  auto fieldIndex = [&](const std::string& name) {
    return name.empty() ? -1 : definition->GetFieldIndex(name.c_str());
  };
  for (const std::string& field :
       {fields.weight, fields.group, fields.plan, fields.lock, fields.split, fields.floors}) {
    if (field.empty() || fieldIndex(field) >= 0) continue;
    std::string names;
    for (int i = 0; i < definition->GetFieldCount(); ++i)
      names += std::string(i ? ", " : "") + definition->GetFieldDefn(i)->GetNameRef();
    return refused(input + " layer " + layer->GetName() + " has no field \"" + field + "\"; its fields are: " + names +
                   ".");
  }
  const OGRSpatialReference* crs = layer->GetSpatialRef();
  if (crs && crs->IsGeographic())
    return refused(
        input +
        " is in a geographic CRS (degrees); reproject it to a metric one first, e.g. ogr2ogr -t_srs EPSG:4547.");

  const int weightIndex = fieldIndex(fields.weight), splitIndex = fieldIndex(fields.split),
            floorsIndex = fieldIndex(fields.floors), planIndex = fieldIndex(fields.plan),
            lockIndex = fieldIndex(fields.lock), groupIndex = fieldIndex(fields.group);
  layer->ResetReading();
  for (auto& feature : *layer) {
    UnitRow unit;
    unit.index = static_cast<int>(impl->features.size());
    unit.fid = feature->GetFID();
    const std::string where = input + " feature " + std::to_string(unit.fid);
    const OGRGeometry* geometry = feature->GetGeometryRef();
    if (!geometry || geometry->IsEmpty())
      return refused(where + " has no geometry; give every unit a footprint or a point.");
    const auto type = wkbFlatten(geometry->getGeometryType());
    if (type != wkbPolygon && type != wkbMultiPolygon && type != wkbPoint)
      return refused(where + " is a " + OGRGeometryTypeToName(type) + "; units are polygons or points.");
    std::unique_ptr<OGRGeometry> valid;
    if (type == wkbPoint) {
      const OGRPoint* point = geometry->toPoint();
      if (!std::isfinite(point->getX()) || !std::isfinite(point->getY()) || std::fabs(point->getX()) > 1e9 ||
          std::fabs(point->getY()) > 1e9)
        return refused(where + " has coordinates that are not finite numbers of plausible size.");
    } else {
      // Bounded geometry work: GEOS MakeValid on a huge self-intersecting ring runs for minutes.
      bool finite = true;
      std::unique_ptr<OGRGeometry> multi(OGRGeometryFactory::forceToMultiPolygon(geometry->clone()));
      const int vertices = vector_detail::vertexCount(*multi, &finite);
      if (!finite) return refused(where + " has coordinates that are not finite numbers of plausible size.");
      if (vertices > vector_detail::kMaximumBuildingVertices)
        return refused(where + " has " + std::to_string(vertices) +
                       " vertices; a unit may have at most 20,000. Simplify it (ogr2ogr -simplify 0.5) first.");
    }
    if (type != wkbPoint && !geometry->IsValid()) {
      valid.reset(geometry->MakeValid());
      if (!valid || valid->IsEmpty())
        return refused(where + " is an invalid polygon GEOS cannot repair (e.g. it crosses itself); fix it in QGIS.");
      impl->repaired.push_back(std::to_string(unit.fid));
      geometry = valid.get();
    }
    unit.wkb.resize(static_cast<std::size_t>(geometry->WkbSize()));
    geometry->exportToWkb(wkbNDR, unit.wkb.data());
    if (feature->IsFieldNull(weightIndex))
      return refused(where + " has no value in " + fields.weight + "; give the households (0 for none).");
    // Read the text, not GetFieldAsDouble: that turns "abc" into 0 and would silently empty the unit.
    auto wholeNumber = [&](int index, const std::string& name, double maximum, long long& value) -> Status {
      if (index < 0 || !feature->IsFieldSetAndNotNull(index)) return {};
      const std::string text = feature->GetFieldAsString(index);
      char* end = nullptr;
      const double number = std::strtod(text.c_str(), &end);
      if (text.empty() || *end != '\0' || !std::isfinite(number) || number < 0 || number > maximum ||
          std::floor(number) != number)
        return refused(where + " has " + name + " = \"" + text.substr(0, 40) +
                       "\"; it must be a whole number from 0 to " + std::to_string(static_cast<long long>(maximum)) +
                       ".");
      value = static_cast<long long>(number);
      return {};
    };
    if (auto ok = wholeNumber(weightIndex, fields.weight, 1e6, unit.households); !ok) return ok.error();
    long long entrances = 0, floors = 0;
    if (auto ok = wholeNumber(splitIndex, fields.split, 200, entrances); !ok) return ok.error();
    if (auto ok = wholeNumber(floorsIndex, fields.floors, 200, floors); !ok) return ok.error();
    unit.entrances = static_cast<int>(entrances);
    unit.floors = static_cast<int>(floors);
    if (planIndex >= 0 && !feature->IsFieldNull(planIndex)) unit.plan = feature->GetFieldAsString(planIndex);
    if (lockIndex >= 0) unit.locked = feature->GetFieldAsInteger(lockIndex) != 0;
    const std::string group = groupIndex < 0 ? std::string() : feature->GetFieldAsString(groupIndex);
    impl->features.emplace_back(feature->Clone());
    impl->groups[group].push_back(std::move(unit));
  }
  if (impl->groups.empty())
    return refused(input + " layer " + layer->GetName() + " is empty; there are no units to assign.");
  return UnitSource(std::move(impl));
}

struct PlanWriter::Impl {
  const UnitSource::Impl* source = nullptr;
  std::string output, partial;
  std::unique_ptr<GDALDataset> out;
  OGRLayer* units = nullptr;
  OGRLayer* grids = nullptr;
  std::vector<int> sourceMap;
  int gridField = -1, fidField = -1, groupField = -1, householdsField = -1, partField = -1, splitByField = -1,
      movedField = -1;

  Error cannotWrite() const { return refused("cannot write " + output + ": " + CPLGetLastErrorMsg()); }
};

PlanWriter::PlanWriter(std::unique_ptr<Impl> impl) : m(std::move(impl)) {}
PlanWriter::PlanWriter(PlanWriter&&) noexcept = default;
PlanWriter& PlanWriter::operator=(PlanWriter&&) noexcept = default;
PlanWriter::~PlanWriter() {
  if (m && m->out) {  // not finished: drop the partial file
    m->out.reset();
    std::error_code ignored;
    std::filesystem::remove(m->partial, ignored);
  }
}

Result<PlanWriter> PlanWriter::create(const std::string& output, const UnitSource& source, bool withParts,
                                      bool withMoved) {
  auto impl = std::make_unique<Impl>();
  impl->source = source.m.get();
  impl->output = output;
  impl->partial = output + ".part.gpkg";
  std::filesystem::remove(impl->partial);
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
  impl->out.reset(driver ? driver->Create(impl->partial.c_str(), 0, 0, 0, GDT_Unknown, nullptr) : nullptr);
  if (!impl->out)
    return refused("cannot create " + output + " (" + CPLGetLastErrorMsg() +
                   "); check the folder exists and is writable.");
  const OGRSpatialReference* crs = source.m->layer->GetSpatialRef();
  // The driver takes a reference to the CRS (reference counted, never copied): a clone passed here would leak.
  impl->units = impl->out->CreateLayer("units", const_cast<OGRSpatialReference*>(crs), wkbUnknown, nullptr);
  impl->grids = impl->out->CreateLayer("grids", const_cast<OGRSpatialReference*>(crs), wkbMultiPolygon, nullptr);
  if (!impl->units || !impl->grids) return refused("cannot create layers in " + output + ": " + CPLGetLastErrorMsg());
  // Every input attribute, then ours (a name the input already uses gets "_2", as QGIS processing does).
  OGRFeatureDefn* definition = source.m->layer->GetLayerDefn();
  OGRLayer* units = impl->units;
  for (int i = 0; i < definition->GetFieldCount(); ++i) {
    OGRFieldDefn copy(definition->GetFieldDefn(i));
    units->CreateField(&copy);
    impl->sourceMap.push_back(units->GetLayerDefn()->GetFieldIndex(copy.GetNameRef()));
  }
  auto addField = [&](const std::string& wanted, OGRFieldType type) {
    std::string name = wanted;
    for (int n = 2; units->GetLayerDefn()->GetFieldIndex(name.c_str()) >= 0; ++n)
      name = wanted + "_" + std::to_string(n);
    OGRFieldDefn field(name.c_str(), type);
    units->CreateField(&field);
    return units->GetLayerDefn()->GetFieldIndex(name.c_str());
  };
  impl->gridField = addField("grid_id", OFTString);
  impl->fidField = addField("source_fid", OFTInteger64);
  impl->groupField = addField("group_id", OFTString);
  impl->householdsField = addField("unit_households", OFTInteger64);
  if (withParts) {
    impl->partField = addField("part", OFTString);
    impl->splitByField = addField("split_by", OFTString);
  }
  if (withMoved) impl->movedField = addField("moved", OFTInteger);
  for (auto [name, type] : std::initializer_list<std::pair<const char*, OGRFieldType>>{{"grid_id", OFTString},
                                                                                       {"group_id", OFTString},
                                                                                       {"units", OFTInteger},
                                                                                       {"households", OFTInteger64},
                                                                                       {"deviation", OFTReal},
                                                                                       {"contiguous", OFTInteger},
                                                                                       {"oversized", OFTInteger},
                                                                                       {"polsby_popper", OFTReal},
                                                                                       {"cut_length", OFTReal}}) {
    OGRFieldDefn field(name, type);
    impl->grids->CreateField(&field);
  }
  impl->out->StartTransaction();
  return PlanWriter(std::move(impl));
}

Status PlanWriter::addUnit(const PlanUnitFeature& row) {
  OGRFeature feature(m->units->GetLayerDefn());
  feature.SetFieldsFrom(m->source->features[static_cast<std::size_t>(row.unit->index)].get(), m->sourceMap.data());
  OGRGeometry* geometry = nullptr;
  OGRGeometryFactory::createFromWkb(row.wkb.data(), nullptr, &geometry, row.wkb.size());
  feature.SetGeometryDirectly(geometry);
  if (!row.gridId.empty()) feature.SetField(m->gridField, row.gridId.c_str());
  feature.SetField(m->fidField, static_cast<GIntBig>(row.unit->fid));
  feature.SetField(m->groupField, row.groupId.c_str());
  feature.SetField(m->householdsField, static_cast<GIntBig>(row.households));
  if (m->partField >= 0 && !row.splitBy.empty()) {
    feature.SetField(m->partField, row.part.c_str());
    feature.SetField(m->splitByField, row.splitBy.c_str());
  }
  if (m->movedField >= 0) feature.SetField(m->movedField, row.moved ? 1 : 0);
  if (m->units->CreateFeature(&feature) != OGRERR_NONE) return m->cannotWrite();
  return {};
}

Status PlanWriter::addGrid(const PlanGridFeature& row) {
  OGRFeature feature(m->grids->GetLayerDefn());
  OGRGeometry* geometry = nullptr;
  if (!row.wkb.empty()) OGRGeometryFactory::createFromWkb(row.wkb.data(), nullptr, &geometry, row.wkb.size());
  if (geometry) feature.SetGeometryDirectly(OGRGeometryFactory::forceToMultiPolygon(geometry));
  feature.SetField("grid_id", row.gridId.c_str());
  feature.SetField("group_id", row.groupId.c_str());
  feature.SetField("units", row.units);
  feature.SetField("households", static_cast<GIntBig>(row.households));
  feature.SetField("deviation", row.deviation);
  feature.SetField("contiguous", row.contiguous ? 1 : 0);
  feature.SetField("oversized", row.oversized ? 1 : 0);
  feature.SetField("polsby_popper", row.polsbyPopper);
  feature.SetField("cut_length", row.cutLength);
  if (m->grids->CreateFeature(&feature) != OGRERR_NONE) return m->cannotWrite();
  return {};
}

Status PlanWriter::finish() {
  if (m->out->CommitTransaction() != OGRERR_NONE) return m->cannotWrite();
  m->out.reset();
  std::error_code error;
  std::filesystem::rename(m->partial, m->output, error);
  if (error) return refused("cannot move the plan into " + m->output + ": " + error.message());
  return {};
}

}  // namespace grid
