// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>
#include <vector>

#include "common/result.h"

namespace grid {

class Database;

//! One gap in the staffing of grids, buildings and estates (the rule panel of the workstation).
struct StaffGap {
  enum class Kind { GridWithoutFullTimeWorker, WorkerOverloaded, BuildingWithoutChief, EstateWithoutPropertyChief };
  Kind kind;
  std::string table;  //!< grid, staff, building or estate
  long long recordId = -1;
  std::string label;    //!< code or name
  long long value = 0;  //!< households (served by an overloaded worker, or in the building)
  std::string message;  //!< what is missing and what to do (English; the workstation words its own)
};

struct StaffRuleOptions {
  std::string today;             //!< YYYY-MM-DD: assignments count when start ≤ today and (no end or end ≥ today)
  std::string communityCode;     //!< empty: every community
  double householdTarget = 300;  //!< households one full-time worker serves
  double overload = 1.2;         //!< flag a worker serving more than overload × target
};

/**
 * The staffing rules: every grid has a full-time grid worker; no full-time worker serves more than 1.2 × 300
 * households (a grid's households shared among its full-time workers, summed over their grids); every building
 * with households has a building chief; every estate has a property chief.
 */
Result<std::vector<StaffGap>> checkStaffRules(Database& database, const StaffRuleOptions& options);

}  // namespace grid
