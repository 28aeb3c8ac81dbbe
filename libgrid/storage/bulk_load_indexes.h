// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>
#include <vector>

#include "storage/database.h"

namespace grid {

/**
 * For bulk loads: drops the secondary indexes of some tables and rebuilds them in finish() (a sorted build is far
 * faster than millions of random-key inserts). Must run inside the caller's transaction, so a failed load rolls the
 * drop back too. Indexes that the load itself needs (e.g. for a deferred foreign key) are kept by name.
 */
class BulkLoadIndexes {
 public:
  static Result<BulkLoadIndexes> drop(Database& database, const std::vector<std::string>& tables,
                                      const std::vector<std::string>& keep = {});
  //! Recreates every dropped index.
  Status finish();

 private:
  explicit BulkLoadIndexes(Database& database) : m_database(&database) {}
  Database* m_database;
  std::vector<std::string> m_definitions;
};

}  // namespace grid
