// SPDX-License-Identifier: GPL-2.0-or-later
#include "packages/package_layers.h"

#include <cstdio>
#include <cstdlib>

#include "ledger/text_util.h"
#include "packages/work_package.h"

namespace grid::packages {

namespace detail {

using registry::ColumnKind;
using registry::ListKind;

const std::vector<LayerDef>& layerDefs() {
  static const std::vector<LayerDef> layers{
      {"households", ListKind::Households, PackageGeometry::None},
      {"persons", ListKind::Persons, PackageGeometry::None},
      {"key_persons", ListKind::KeyPersons, PackageGeometry::None},
      {"key_places", ListKind::KeyPlaces, PackageGeometry::Point},
      {"key_matters", ListKind::KeyMatters, PackageGeometry::None},
      {"patrol_logs", ListKind::PatrolLogs, PackageGeometry::None},
  };
  return layers;
}

const LayerDef* layerDef(const std::string& name) {
  for (const LayerDef& layer : layerDefs())
    if (layer.name == name) return &layer;
  return nullptr;
}

namespace {

PackageFieldType fieldType(ColumnKind kind) {
  switch (kind) {
    case ColumnKind::Integer:
      return PackageFieldType::Integer;
    case ColumnKind::Real:
    case ColumnKind::X:
    case ColumnKind::Y:
      return PackageFieldType::Real;
    default:
      return PackageFieldType::Text;
  }
}

}  // namespace

std::vector<PackageField> layerFields(const LayerDef& layer) {
  std::vector<PackageField> fields;
  const registry::ListSpec& spec = registry::listSpec(layer.kind);
  for (std::size_t i = 1; i < spec.columns.size(); ++i)
    fields.push_back({spec.columns[i].key, fieldType(spec.columns[i].kind)});
  if (layer.kind == ListKind::Households) fields.push_back({"building_id", PackageFieldType::Integer});
  return fields;
}

bool editable(const LayerDef& layer, const std::string& field) {
  if (layer.kind == ListKind::Households && (field == "building_id" || field == "unit" || field == "room")) return true;
  const registry::ListColumn* column = registry::listSpec(layer.kind).column(field);
  if (!column || column->key == "id" || column->column.empty() || !column->display.empty()) return false;
  // Coordinates follow the point the editor moves (read back from the geometry), never typed.
  return column->kind != ColumnKind::X && column->kind != ColumnKind::Y;
}

bool sensitive(const LayerDef& layer, const std::string& field) {
  const registry::ListColumn* column = registry::listSpec(layer.kind).column(field);
  return column && column->sensitive;
}

std::string referenceTarget(const std::string& layer, const std::string& field,
                            const std::map<std::string, std::string>& row) {
  if (layer == "persons" && field == "household_id") return "households";
  if (layer == "key_persons" && field == "person_id") return "persons";
  if (layer == "patrol_logs" && field == "object_id") {
    auto type = row.find("object_type");
    if (type == row.end()) return {};
    if (type->second == "household") return "households";
    if (type->second == "key_person") return "key_persons";
    if (type->second == "key_place") return "key_places";
    if (type->second == "key_matter") return "key_matters";
  }
  return {};
}

std::vector<PackageField> eventFields() {
  return {{"serial_number"}, {"subject"},    {"content"}, {"domain"},
          {"grade"},         {"occur_date"}, {"status"},  {"building_id", PackageFieldType::Integer}};
}

bool eventFieldEditable(const std::string& field) {
  return field == "subject" || field == "content" || field == "domain" || field == "grade" || field == "building_id";
}

std::string normalise(PackageFieldType type, const std::string& text) {
  std::string value = trimmed(text);
  if (value.empty()) return value;
  if (type == PackageFieldType::Real) {
    char* end = nullptr;
    const double number = std::strtod(value.c_str(), &end);
    if (end && *end == '\0') {
      char buffer[64];
      std::snprintf(buffer, sizeof buffer, "%.10g", number);
      return buffer;
    }
  } else if (type == PackageFieldType::Integer) {
    if (value.size() > 2 && value.compare(value.size() - 2, 2, ".0") == 0) value.resize(value.size() - 2);
  }
  return value;
}

std::string encodeValues(const std::map<std::string, std::string>& values) {
  std::string text;
  for (const auto& [key, value] : values) text += key + "=" + std::to_string(value.size()) + ":" + value + ";";
  return text;
}

std::map<std::string, std::string> decodeValues(const std::string& text) {
  std::map<std::string, std::string> values;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t equals = text.find('=', at);
    const std::size_t colon = equals == std::string::npos ? std::string::npos : text.find(':', equals);
    if (colon == std::string::npos) break;
    const std::size_t length = std::strtoull(text.c_str() + equals + 1, nullptr, 10);
    if (colon + 1 + length > text.size()) break;
    values[text.substr(at, equals - at)] = text.substr(colon + 1, length);
    at = colon + 1 + length + 1;
  }
  return values;
}

std::set<long long> parseIds(const std::string& text) {
  std::set<long long> ids;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t comma = text.find(',', at);
    if (comma == std::string::npos) comma = text.size();
    if (comma > at) ids.insert(std::atoll(text.substr(at, comma - at).c_str()));
    at = comma + 1;
  }
  return ids;
}

std::string joinIds(const std::set<long long>& ids) {
  std::string text;
  for (long long id : ids) text += (text.empty() ? "" : ",") + std::to_string(id);
  return text;
}

}  // namespace detail

const std::vector<std::string>& editableLayers() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> list = packageLayers();
    list.push_back(detail::kEventsLayer);
    return list;
  }();
  return names;
}

bool packageFieldEditable(const std::string& layer, const std::string& field) {
  if (layer == detail::kEventsLayer) return detail::eventFieldEditable(field);
  const detail::LayerDef* def = detail::layerDef(layer);
  return def && detail::editable(*def, field);
}

const std::vector<std::string>& packageLayers() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> list;
    for (const detail::LayerDef& layer : detail::layerDefs()) list.push_back(layer.name);
    return list;
  }();
  return names;
}

}  // namespace grid::packages
