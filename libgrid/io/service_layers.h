// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>

#include "common/result.h"

namespace grid {

class Database;

/**
 * The stored service circle of community \a communityId (−1: every building) as a GeoPackage for QGIS: layer
 * buildings (outline, households, and per active facility type its walking minutes and whether it is within the
 * limit: columns minutes_<type>, within_<type>), facilities (points, type and name) and service_areas (per type, the
 * area within its limit, as last computed). Written beside \a path and moved in place; refused when nothing was
 * computed yet.
 */
Status writeServiceCircle(Database& database, long long communityId, const std::string& path);

}  // namespace grid
