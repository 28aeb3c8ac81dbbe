// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <map>
#include <string>

namespace grid::cli {

//! `gridctl regrid --input UNITS …`: propose or repair a grid plan for any GDAL polygon/point layer.
int runRegrid(const std::map<std::string, std::string>& options, bool help);

}  // namespace grid::cli
