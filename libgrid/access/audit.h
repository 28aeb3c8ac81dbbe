// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>
#include <vector>

#include "common/clock.h"
#include "common/result.h"

namespace grid {
class Database;
}

namespace grid::access {

//! What the audit viewer asks for; empty fields match everything.
struct AuditFilter {
  std::string actor;   //!< login (exact)
  std::string action;  //!< insert, update, delete, reveal, export, import, login
  std::string table;   //!< table name (exact)
  long long recordId = -1;
  std::string from, to;  //!< YYYY-MM-DD, inclusive
  int limit = 5000;
};

struct AuditRow {
  long long id = -1;
  std::string at, actor, action, table;
  long long recordId = -1;
  std::string before, after, reason;
};

/**
 * Audit rows matching \a filter, newest first, through the connection's scope: an auditor sees every row with only
 * the names of the fields changed, an administrator every row whole, anyone else the rows of records they may read.
 */
Result<std::vector<AuditRow>> queryAudit(Database& database, const AuditFilter& filter);

//! Writes the rows of \a filter to \a path (UTF-8 CSV, spreadsheet-safe); needs export on audit; audited itself.
Result<long long> exportAudit(Database& database, const Clock& clock, const AuditFilter& filter,
                              const std::string& path);

}  // namespace grid::access
