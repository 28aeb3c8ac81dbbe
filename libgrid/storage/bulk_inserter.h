// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "storage/database.h"

namespace grid {

/**
 * Fast repeated INSERTs into one table through one prepared statement, for generators and importers that write
 * many rows inside a caller's transaction. Columns are checked against the schema once; geometry columns take Wkt
 * values (GeomFromText in the database CRS, promoted to MULTI* where needed). Bulk jobs record one audit row per
 * batch (RecordWriter::appendAudit with action "import") instead of one per row.
 */
class BulkInserter {
 public:
  static Result<BulkInserter> create(Database& database, std::string_view table,
                                     const std::vector<std::string>& columns);

  //! Inserts one row; \a values in the order of the columns given to create().
  Status insert(const std::vector<Value>& values);
  long long rowsInserted() const { return m_rows; }

 private:
  BulkInserter(Statement statement, std::string table, std::size_t columnCount)
      : m_statement(std::move(statement)), m_table(std::move(table)), m_columnCount(columnCount) {}
  Statement m_statement;
  std::string m_table;
  std::size_t m_columnCount = 0;
  long long m_rows = 0;
  const AccessGuard* m_guard = nullptr;  //!< the signed-in user's, checked per table and per grid
  int m_gridIndex = -1;                  //!< the grid column among the values (-1: none, or no guard)
  std::set<long long> m_allowedGrids;    //!< grids already allowed, so the guard is asked once per grid
};

}  // namespace grid
