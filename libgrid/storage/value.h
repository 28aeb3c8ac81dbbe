// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace grid {

using Blob = std::vector<std::uint8_t>;

//! Geometry given as WKT in the database CRS; writers convert it with GeomFromText and the column's SRID.
struct Wkt {
  std::string text;
};

//! A value bound to a statement parameter or written to a column.
using Value = std::variant<std::monostate, long long, double, std::string, Blob, Wkt>;

inline Value null() {
  return std::monostate{};
}

//! Column name → value, in the order given; used by the audited record writer.
using Fields = std::vector<std::pair<std::string, Value>>;

}  // namespace grid
