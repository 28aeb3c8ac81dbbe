// SPDX-License-Identifier: GPL-2.0-or-later
// Internal to the vector import: reading OSM and other features into our codes and geometries.
#pragma once

#include <ogr_geometry.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace grid::vector_detail {

struct GeometryDeleter {
  void operator()(OGRGeometry* geometry) const { OGRGeometryFactory::destroyGeometry(geometry); }
};

using GeometryPtr = std::unique_ptr<OGRGeometry, GeometryDeleter>;

std::string gdalMessage();

//! Polygonal part of \a geometry as a MultiPolygon; null when it has none.
GeometryPtr polygonalPart(const OGRGeometry& geometry);

//! Linear part of \a geometry as a MultiLineString; null when it has none.
GeometryPtr linearPart(const OGRGeometry& geometry);

//! OSM highway values that bound blocks (grids end at them); service roads, footways and steps do not.
constexpr const char* kOsmRoadFilter =
    "highway IN ('motorway','trunk','primary','secondary','tertiary','unclassified','residential','living_street',"
    "'pedestrian','motorway_link','trunk_link','primary_link','secondary_link','tertiary_link')";
//! Ways people walk that do not bound blocks: footways, paths, steps, cycleways, tracks and service roads.
constexpr const char* kOsmWalkwayFilter =
    "highway IN ('footway','path','steps','cycleway','track','service','corridor','bridleway')";
constexpr const char* kOsmWaterAreaFilter = "natural = 'water' OR landuse IN ('reservoir','basin')";
constexpr const char* kOsmWaterLineFilter = "waterway IN ('river','canal')";
//! A river or canal drawn as a line is stored as water this many metres either side of it.
constexpr double kWaterLineHalfWidth = 5.0;
//! base_road kind for an OSM highway value or a Tilezen kind.
const char* roadKind(const std::string& value);

//! base_water kind from OSM tags or a Tilezen kind.
const char* waterKind(const std::string& value);

std::string wkt(const OGRGeometry& geometry);

//! OSM/Overture building kinds → (building_type, building_uses) codes; residential kinds are estimated.
std::pair<const char*, const char*> buildingCodes(std::string_view rawKind);

//! Value of \a key in an OSM driver "other_tags" hstore text ("key"=>"value","k2"=>"v2"); empty when absent.
std::string hstoreValue(const std::string& tags, const std::string& key);

bool isResidential(const char* typeCode);

//! Digits of a code field (integer or text); empty when it holds anything else.
std::string digitsOf(const std::string& text);

// Geometry work is bounded: no building footprint has this many vertices, no street or grid boundary this many, and
// GEOS MakeValid on a self-intersecting ring grows far worse than linearly (a 100,000-vertex bow tie ran for minutes).
constexpr int kMaximumBuildingVertices = 20000;
constexpr int kMaximumBoundaryVertices = 500000;
constexpr int kMaximumRepairVertices = 20000;
// The tallest residential towers hold a few thousand households; 200 floors is above any building in China.
constexpr long long kMaximumBuildingHouseholds = 20000;
constexpr int kMaximumFloors = 200;
//! A whole, finite number in [0, maximum] ("12", "12.0", " 12 "); nothing for "abc", "1e30", "nan", "-3", "2.5".
std::optional<long long> wholeNumber(const std::string& text, long long maximum);

//! Number of vertices of a MultiPolygon; \a finite tells whether every coordinate is a finite number under 1e9.
int vertexCount(const OGRGeometry& geometry, bool* finite);

}  // namespace grid::vector_detail
