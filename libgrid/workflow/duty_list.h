// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>
#include <vector>

#include "common/clock.h"
#include "common/result.h"

namespace grid {
class Database;
}

namespace grid::workflow {

/**
 * The duty list (职责清单 / 事项清单) as a sheet, one row per item:
 *   大类代码 | 小类代码 | 事项名称 | 首办层级 | 责任部门类型 | 黄牌受理 | 黄牌办理 | 黄牌验证 | 红牌受理 | 红牌办理 |
 * 红牌验证 | 法律依据 Class and item codes are event_domain / event_type codes; an item code may be new (it is added to
 * the item table, named by 事项名称), so a city can load its own 1,285 items. 首办层级 is grid, community, street or
 * district; the six limits are working days (yellow ≤ red). A row without 小类代码 is the class's default.
 */
struct DutyImportReport {
  long long rows = 0, added = 0, updated = 0, newItems = 0;
  struct Problem {
    long long row = 0;
    std::string column, reason;
  };
  std::vector<Problem> problems;
};

//! Reads \a path (.xlsx or .csv); with \a dryRun, or when any row is bad, writes nothing and lists every problem.
Result<DutyImportReport> importDutyList(Database& database, const Clock& clock, const std::string& path, bool dryRun);
//! Writes the duty list to \a path (.xlsx or .csv) in the import format; returns the number of rows.
Result<long long> exportDutyList(Database& database, const std::string& path);

}  // namespace grid::workflow
