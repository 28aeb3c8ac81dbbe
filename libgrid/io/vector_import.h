// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <map>
#include <string>
#include <vector>

#include "common/actor.h"
#include "common/progress.h"
#include "common/result.h"

namespace grid {

class Database;
class Clock;

//! Roads and Water fill the base map (base_road, base_water) that grid plans follow: streets are soft barriers
//! (grids like to end there), water is hard (no grid crosses it). Walkways (footways, paths, steps, service roads)
//! join the roads as kind 'path': the service circle walks them, grid plans ignore them. Facilities are the service
//! circle's points (service_facility): an OSM feature whose tags match a facility type's osm_tags, or a feature of
//! any point or polygon layer whose type field (--map type=FIELD) holds a type's code or Chinese name.
enum class VectorImportKind { Buildings, Streets, Communities, Grids, Roads, Water, Walkways, Facilities };

//! How household counts are estimated for residential buildings that carry none (documented in gridctl import --help).
struct HouseholdEstimateRule {
  double dwellingArea = 90.0;  //!< gross floor area per dwelling, m²
  double usableShare = 0.80;   //!< share of gross floor area that is dwellings (the rest: stairs, lobbies, walls)
  int defaultFloors = 3;       //!< floors when the source has neither a floor count nor a height
  double floorHeight = 3.0;    //!< metres per floor, to turn a height into floors
};

struct VectorImportOptions {
  VectorImportKind kind = VectorImportKind::Buildings;
  std::string layer;  //!< empty: the first polygon layer (OSM: multipolygons)
  std::map<std::string, std::string>
      fields;  //!< target field → source field (name, floors, height, households, type, address, code, community_code)
  std::string where;      //!< OGR SQL attribute filter; OSM buildings default to "building IS NOT NULL"
  std::string sourceSrs;  //!< CRS to assume when the file declares none (e.g. EPSG:4326)
  HouseholdEstimateRule estimate;
  bool dryRun = false;  //!< check and report everything, write nothing
};

//! A feature that was repaired or skipped, by its feature id in the source.
struct ImportIssue {
  long long feature = -1;
  std::string message;
};

struct VectorImportReport {
  std::string layer;
  std::string sourceCrs;
  long long read = 0;
  long long imported = 0;
  long long repaired = 0;     //!< invalid geometries made valid (GEOS MakeValid)
  long long skipped = 0;      //!< features not imported (see issues)
  long long inGrid = 0;       //!< buildings assigned to a grid by location
  long long withoutGrid = 0;  //!< buildings inside no grid
  long long estimated = 0;    //!< residential buildings whose households were estimated
  long long estimatedHouseholds = 0;
  std::vector<ImportIssue> issues;
};

/**
 * Imports buildings or boundaries from any GDAL vector source (GeoPackage, Shapefile, GeoJSON, OSM .osm/.pbf,
 * KML, …) into the database, in one transaction with one audit row: geometries are transformed to the database
 * CRS, invalid ones repaired and reported, buildings assigned to the grid (and so community) they stand in, and
 * residential buildings without a household count given an estimate (floor area × floors × usable share ÷ dwelling
 * area). A missing or unreadable file, an empty layer, a file without CRS, or coordinates that land outside the
 * database's CRS zone end the import with a message naming the file and what to do; nothing is written then.
 */
/**
 * The longitude (degrees east) of the middle of the layer \a options selects in \a source, for choosing the
 * Gauss-Krüger zone of a new database from the data. Errors as importVector's (file, layer, CRS).
 */
Result<double> sourceLongitude(Database& database, const std::string& source, const VectorImportOptions& options);

/**
 * Streets (\a kind Roads) or water (Water) of \a source as WKB in the CRS given by \a targetCrs (WKT or
 * "EPSG:N"; empty: the source's own), for plans that follow them without a database. The layer and filter are
 * chosen as importVector chooses them (OSM: highway classes that bound blocks; water areas, then rivers and canals
 * drawn as lines widened 5 m either side); \a where (OGR SQL) replaces the filter. Errors name the file and what
 * to do.
 */
Result<std::vector<std::vector<unsigned char>>> readBaseMap(const std::string& source, VectorImportKind kind,
                                                            const std::string& layer, const std::string& targetCrs,
                                                            const std::string& where = {});

Result<VectorImportReport> importVector(Database& database, const std::string& source,
                                        const VectorImportOptions& options, const Actor& actor, const Clock& clock,
                                        Progress* progress = nullptr);

}  // namespace grid
