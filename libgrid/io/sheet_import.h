// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "common/actor.h"
#include "common/progress.h"
#include "common/result.h"

namespace grid {

class Database;
class Clock;
class FieldCipher;

struct SheetImportOptions {
  std::map<std::string, std::string> columns;  //!< target field → header text, for headers the importer does not know
  bool dryRun = false;                         //!< validate every row, write nothing
  bool skipInvalid = false;                    //!< import the valid rows and report the rest (default: all or nothing)
  //! Loads of more rows take the bulk path: rollback journal, indexes and grid counts rebuilt once (tests lower it).
  long long bulkRows = 50000;
};

//! A bad cell: spreadsheet row (header = row 1), the column's header text, and what to do.
struct SheetIssue {
  long long row = 0;
  std::string column;
  std::string reason;
};

struct SheetImportReport {
  long long rows = 0;
  long long invalidRows = 0;
  long long personsWritten = 0;
  long long householdsWritten = 0;
  long long dwellingsCreated = 0;
  long long recordsWritten = 0;  //!< list imports (key persons, places, matters): records added or updated
  bool written = false;          //!< false for a dry run, or when bad rows stopped an all-or-nothing import
  // Counts above are 0 unless written.
  long long headerRow = 1;  //!< the sheet row taken as the header (rows above it, titles and dates, are skipped)
  std::vector<SheetIssue> issues;
  std::vector<std::pair<std::string, double>> phaseSeconds;  //!< wall time of each stage, for benchmarks
};

/**
 * Imports a household register sheet (.xlsx or .csv, UTF-8) with one row per person and Chinese headers:
 * 姓名, 身份证号, 性别, 出生日期, 与户主关系, 户号, 楼栋编码 (or 楼栋 name), 单元, 房号, 联系电话, 民族, 政治面貌,
 * 文化程度, 人口类型, 户类型. Persons of one dwelling (building, unit, room, 户号) form a household with exactly one
 * 户主. Every cell is validated (ID checksum/date/sex, phone, code tables, known building, duplicates in the sheet and
 * in the database) and every problem is reported with row, column and reason. Without skipInvalid nothing is
 * written if any row is bad; dwellings missing in a known building are created. One transaction, one audit row.
 *
 * CSV is read by CsvText (quotes, line breaks in cells, CRLF, BOM, ; or tab), other formats through GDAL. Rows are
 * checked and their ID numbers and phones encrypted on every core; a dry run stops before any write. Blank rows
 * are skipped. Progress is reported and a cancel leaves the database as it was.
 */
Result<SheetImportReport> importPersonSheet(Database& database, const FieldCipher& cipher, const std::string& path,
                                            const SheetImportOptions& options, const Actor& actor, const Clock& clock,
                                            Progress* progress = nullptr);

}  // namespace grid
