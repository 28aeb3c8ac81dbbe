// SPDX-License-Identifier: GPL-2.0-or-later
#include "io/vector_features.h"

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
#include "ledger/division_code.h"
#include "ledger/field_text.h"
#include "ledger/text_util.h"
#include "storage/bulk_inserter.h"
#include "storage/database.h"
#include "storage/json.h"
#include "storage/record_writer.h"

namespace grid::vector_detail {

std::string gdalMessage() {
  const char* message = CPLGetLastErrorMsg();
  return message && *message ? message : "no details";
}

//! Polygonal part of \a geometry as a MultiPolygon; null when it has none.
GeometryPtr polygonalPart(const OGRGeometry& geometry) {
  const OGRwkbGeometryType type = wkbFlatten(geometry.getGeometryType());
  if (type == wkbPolygon || type == wkbMultiPolygon) {
    GeometryPtr multi(OGRGeometryFactory::forceToMultiPolygon(geometry.clone()));
    return multi && !multi->IsEmpty() ? std::move(multi) : nullptr;
  }
  if (type == wkbGeometryCollection) {
    auto* result = new OGRMultiPolygon();
    for (const OGRGeometry* part : *geometry.toGeometryCollection()) {
      if (auto polygons = polygonalPart(*part)) {
        for (const OGRPolygon* polygon : *polygons->toMultiPolygon()) result->addGeometry(polygon);
      }
    }
    GeometryPtr owned(result);
    return owned->IsEmpty() ? nullptr : std::move(owned);
  }
  return nullptr;
}

//! Linear part of \a geometry as a MultiLineString; null when it has none.
GeometryPtr linearPart(const OGRGeometry& geometry) {
  const OGRwkbGeometryType type = wkbFlatten(geometry.getGeometryType());
  if (type == wkbLineString || type == wkbMultiLineString) {
    GeometryPtr multi(OGRGeometryFactory::forceToMultiLineString(geometry.clone()));
    return multi && !multi->IsEmpty() ? std::move(multi) : nullptr;
  }
  if (type == wkbGeometryCollection) {
    auto* result = new OGRMultiLineString();
    for (const OGRGeometry* part : *geometry.toGeometryCollection())
      if (auto lines = linearPart(*part))
        for (const OGRLineString* line : *lines->toMultiLineString()) result->addGeometry(line);
    GeometryPtr owned(result);
    return owned->IsEmpty() ? nullptr : std::move(owned);
  }
  return nullptr;
}

//! base_road kind for an OSM highway value or a Tilezen kind.
const char* roadKind(const std::string& value) {
  const std::string v = asciiLower(value);
  if (v.rfind("motorway", 0) == 0 || v.rfind("trunk", 0) == 0 || v == "highway") return "trunk";
  if (v.rfind("primary", 0) == 0 || v == "major_road") return "primary";
  if (v.rfind("secondary", 0) == 0) return "secondary";
  if (v == "living_street" || v == "service" || v == "pedestrian") return "lane";
  if (v == "footway" || v == "path" || v == "steps" || v == "cycleway" || v == "track") return "path";
  return "street";
}

//! base_water kind from OSM tags or a Tilezen kind.
const char* waterKind(const std::string& value) {
  const std::string v = asciiLower(value);
  if (v == "canal") return "canal";
  if (v == "pond" || v == "swimming_pool" || v == "basin") return "pond";
  if (v == "lake" || v == "reservoir" || v == "water") return "lake";
  return "river";
}

std::string wkt(const OGRGeometry& geometry) {
  char* text = nullptr;
  geometry.exportToWkt(&text, wkbVariantIso);
  std::string out = text ? text : "";
  CPLFree(text);
  return out;
}

//! OSM/Overture building kinds → (building_type, building_uses) codes; residential kinds are estimated.
std::pair<const char*, const char*> buildingCodes(std::string_view rawKind) {
  const std::string kind = asciiLower(rawKind);
  if (kind == "apartments" || kind == "residential" || kind == "dormitory" || kind == "yes" || kind.empty() ||
      kind == "building")
    return {"residential", "residential"};
  if (kind == "house" || kind == "detached" || kind == "semidetached_house" || kind == "terrace" || kind == "villa")
    return {"villa", "residential"};
  if (kind == "commercial" || kind == "retail" || kind == "shop" || kind == "supermarket" || kind == "kiosk")
    return {"shop", "commercial"};
  if (kind == "office") return {"office", "office"};
  if (kind == "school" || kind == "university" || kind == "college" || kind == "kindergarten")
    return {"public", "education"};
  if (kind == "hospital" || kind == "clinic") return {"public", "medical"};
  if (kind == "industrial" || kind == "warehouse" || kind == "factory") return {"other", "industrial"};
  if (kind == "hotel" || kind == "mixed" || kind == "mixed_use") return {"other", "mixed"};
  if (kind == "church" || kind == "temple" || kind == "public" || kind == "government" || kind == "civic" ||
      kind == "train_station" || kind == "transportation")
    return {"public", "other"};
  return {"other", "other"};
}

//! Value of \a key in an OSM driver "other_tags" hstore text ("key"=>"value","k2"=>"v2"); empty when absent.
std::string hstoreValue(const std::string& tags, const std::string& key) {
  const std::string marker = "\"" + key + "\"=>\"";
  const std::size_t at = tags.find(marker);
  if (at == std::string::npos) return {};
  const std::size_t start = at + marker.size();
  const std::size_t end = tags.find('"', start);
  return end == std::string::npos ? std::string() : tags.substr(start, end - start);
}

bool isResidential(const char* typeCode) {
  return std::string_view(typeCode) == "residential" || std::string_view(typeCode) == "villa";
}

//! Digits of a code field (integer or text); empty when it holds anything else.
std::string digitsOf(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c >= '0' && c <= '9')
      out += c;
    else if (c != ' ' && c != '-')
      return {};
  }
  return out;
}

//! A whole, finite number in [0, maximum] ("12", "12.0", " 12 "); nothing for "abc", "1e30", "nan", "-3", "2.5".
std::optional<long long> wholeNumber(const std::string& text, long long maximum) {
  const std::string value = trimmed(text);
  if (value.empty()) return std::nullopt;
  char* end = nullptr;
  const double number = std::strtod(value.c_str(), &end);
  if (*end != '\0' || !std::isfinite(number) || number < 0 || number > static_cast<double>(maximum) ||
      number != std::floor(number))
    return std::nullopt;
  return static_cast<long long>(number);
}

//! Number of vertices of a MultiPolygon; \a finite tells whether every coordinate is a finite number under 1e9.
int vertexCount(const OGRGeometry& geometry, bool* finite) {
  int count = 0;
  *finite = true;
  if (wkbFlatten(geometry.getGeometryType()) == wkbMultiLineString) {
    for (const OGRLineString* line : *geometry.toMultiLineString()) {
      count += line->getNumPoints();
      for (int i = 0; i < line->getNumPoints() && *finite; ++i)
        *finite = std::isfinite(line->getX(i)) && std::isfinite(line->getY(i)) && std::fabs(line->getX(i)) < 1e9 &&
                  std::fabs(line->getY(i)) < 1e9;
    }
    return count;
  }
  for (const OGRPolygon* polygon : *geometry.toMultiPolygon())
    for (const OGRLinearRing* ring : *polygon) {
      count += ring->getNumPoints();
      for (int i = 0; i < ring->getNumPoints() && *finite; ++i) {
        const double x = ring->getX(i), y = ring->getY(i);
        *finite = std::isfinite(x) && std::isfinite(y) && std::fabs(x) < 1e9 && std::fabs(y) < 1e9;
      }
    }
  return count;
}

}  // namespace grid::vector_detail
