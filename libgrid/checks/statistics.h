// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "common/result.h"

namespace grid {

class Database;

struct DistributionSummary {
  long long count = 0;
  long long minimum = 0;
  double median = 0;
  long long maximum = 0;
  double mean = 0;
};

struct DatabaseStatistics {
  std::vector<std::pair<std::string, long long>> counts;  //!< level/table label → count of active records
  DistributionSummary householdsPerGrid;                  //!< active households per active grid
  long long gridsWithinTenPercent = 0;                    //!< grids within ±10 % of their household target
  DistributionSummary personsPerHousehold;
};

//! Counts per level and the households-per-grid distribution (grids with zero households included).
Result<DatabaseStatistics> computeStatistics(Database& database);

}  // namespace grid
