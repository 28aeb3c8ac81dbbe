// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>
#include <vector>

#include "storage/database.h"

namespace grid {

//! Recounts grid_stats (households, persons and party-link coverage per grid) from the records.
Status recountGridStats(Database& database);

/**
 * For bulk loads: drops the per-row triggers that keep grid_stats exact, and in finish() recreates them and recounts
 * once. Use inside the load's transaction, so a failed load rolls the suspension back too.
 */
class GridStatsSuspension {
 public:
  static Result<GridStatsSuspension> begin(Database& database);
  Status finish();

 private:
  explicit GridStatsSuspension(Database& database) : m_database(&database) {}
  Database* m_database;
  std::vector<std::string> m_triggers;
};

}  // namespace grid
