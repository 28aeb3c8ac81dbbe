// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <map>
#include <string>

#include "common/actor.h"
#include "common/clock.h"
#include "common/progress.h"
#include "common/result.h"
#include "io/sheet_import.h"
#include "registry/list_spec.h"

namespace grid {
class Database;
class FieldCipher;
}  // namespace grid

namespace grid::registry {

struct ListExportOptions {
  bool english = false;  //!< English headers and code names (default: Chinese, as sheets are exchanged)
  bool reveal = false;   //!< full ID numbers and phones instead of masked ones; needs a reason, audited
  std::string reason;
  std::string search;  //!< the table's search text, so an export is what the user sees
  bool includeMovedOut = false;
};

/**
 * Writes a ledger or list of \a target to \a path: .xlsx (GDAL's XLSX driver, one sheet named after the list) or
 * .csv (UTF-8). Every cell is text so ID numbers and codes keep their digits. Sensitive fields are masked unless
 * \a options.reveal. The file appears only when complete (written aside, then renamed). Writes an 'export' audit
 * row (list, scope, rows, revealed, reason). Returns the number of rows.
 */
Result<long long> exportList(Database& database, const FieldCipher& cipher, const Clock& clock, const Actor& actor,
                             ListKind kind, const LedgerTarget& target, const std::string& path,
                             const ListExportOptions& options = {}, Progress* progress = nullptr);

/**
 * Imports key persons, key places, key matters or ledger entries from .xlsx or UTF-8 .csv with the headers of an
 * export (Chinese or English; --map key=HEADER for others). A row with a 编号 of an existing record updates it;
 * otherwise it is added (with that number when given). Every cell is checked as a form would check it and every
 * problem is reported (row, column, reason). One transaction: a dry run or a bad row (without skipInvalid)
 * writes nothing; with skipInvalid the good rows are written and the bad ones listed. Households and persons come
 * in through importPersonSheet (one row per person, grouped into households).
 */
Result<SheetImportReport> importList(Database& database, const FieldCipher& cipher, const Clock& clock,
                                     const Actor& actor, ListKind kind, const LedgerTarget& target,
                                     const std::string& path, const SheetImportOptions& options = {},
                                     Progress* progress = nullptr);

}  // namespace grid::registry
