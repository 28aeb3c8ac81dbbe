// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <map>
#include <string>
#include <vector>

#include "common/result.h"

namespace grid {

//! A work package's table as GDAL writes it into a GeoPackage: every value is text (empty = NULL) in the field's type.
enum class PackageFieldType { Text, Integer, Real };
enum class PackageGeometry { None, Point, MultiPolygon };

struct PackageField {
  std::string name;
  PackageFieldType type = PackageFieldType::Text;
};

struct PackageRow {
  long long fid = -1;               //!< the GeoPackage feature id (a work package keeps the database's record id)
  std::vector<std::string> values;  //!< one per field, empty = NULL
  std::string wkt;                  //!< geometry as WKT in the package CRS (empty: none)
};

struct PackageTable {
  std::string name;
  PackageGeometry geometry = PackageGeometry::None;
  std::vector<PackageField> fields;
  std::vector<PackageRow> rows;
  bool keepBase = false;  //!< also store the rows as written in gs_base_<name> (the base of a three-way merge)

  int fieldIndex(const std::string& field) const;
};

struct PackageContents {
  std::map<std::string, std::string> meta;  //!< gs_package: key → value
  int srid = 0;                             //!< EPSG code of the geometries
  std::vector<PackageTable> tables;
};

/**
 * Writes \a contents as a GeoPackage at \a path (QGIS and QField open it): one layer per table (aspatial tables as
 * attribute tables), the meta table gs_package, and for tables with keepBase an unregistered copy gs_base_<name>.
 * Written as <path>.part and moved in place when complete; an existing file at \a path is refused.
 */
Status writePackageFile(const std::string& path, const PackageContents& contents);

//! A package as it comes back: the meta table, the tables now (as edited) and their bases (as written).
struct PackageSnapshot {
  std::map<std::string, std::string> meta;
  std::map<std::string, PackageTable> current;
  std::map<std::string, PackageTable> base;
};

/**
 * Reads the package at \a path: gs_package and, for each name in \a tables, the layer and its gs_base_ copy (values
 * by the field names of the base; a field the editor removed reads as empty). A file that is not a GeoPackage with
 * gs_package, or lacks a table, is refused with the file and table named.
 */
Result<PackageSnapshot> readPackageFile(const std::string& path, const std::vector<std::string>& tables);

}  // namespace grid
