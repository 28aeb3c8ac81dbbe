// SPDX-License-Identifier: GPL-2.0-or-later
// Internal to packages/: the layers of a work package, their fields and references, and the value forms the merge
// compares. Not used outside this folder.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "io/package_file.h"
#include "registry/list_spec.h"

namespace grid::packages::detail {

struct LayerDef {
  std::string name;  //!< GeoPackage layer: households, persons, …
  registry::ListKind kind;
  PackageGeometry geometry = PackageGeometry::None;
};

//! The editable layers in merge order: a layer's references point to layers before it.
const std::vector<LayerDef>& layerDefs();
const LayerDef* layerDef(const std::string& name);

//! The package fields of a layer: the list's columns (without the record number, which is the feature id), then the
//! extras (households: building_id, for new households and moves).
std::vector<PackageField> layerFields(const LayerDef& layer);

//! May a package change this field? List columns written by forms (not the display-only ones, not X/Y: the point
//! geometry is edited instead); households' building_id, unit and room move the household.
bool editable(const LayerDef& layer, const std::string& field);
//! Is it a personal field stored encrypted (the package holds its masked copy)?
bool sensitive(const LayerDef& layer, const std::string& field);

//! The layer a field's value points to (a feature id there), given the row's values; empty when it points nowhere
//! in the package (buildings are read-only and keep their record ids).
std::string referenceTarget(const std::string& layer, const std::string& field,
                            const std::map<std::string, std::string>& row);

//! The form the merge compares: trimmed; reals with ten significant digits; integers without a ".0".
std::string normalise(PackageFieldType type, const std::string& text);

//! The events layer: the grids' open and recent events for reference; a new row is a new report, merged through the
//! event workflow. Its fields (serial number, status and date are the database's, read-only).
inline constexpr const char* kEventsLayer = "events";
std::vector<PackageField> eventFields();
bool eventFieldEditable(const std::string& field);

//! Values of a row as one text (length-prefixed, any characters) and back; for work_package_row.merged_values.
std::string encodeValues(const std::map<std::string, std::string>& values);
std::map<std::string, std::string> decodeValues(const std::string& text);

//! "1,2,3" ↔ ids.
std::set<long long> parseIds(const std::string& text);
std::string joinIds(const std::set<long long>& ids);

}  // namespace grid::packages::detail
