// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>
#include <vector>

#include "storage/database.h"

namespace grid {

//! Recounts grid_stats (households, persons and party-link coverage per grid) from the records.
Status recountGridStats(Database& database);

//! Rebuilds building_search (the grams of every building's name and address the search box looks up).
Status rebuildBuildingSearch(Database& database);

/**
 * For bulk loads: drops the per-row triggers that keep the derived tables exact (grid_stats, building_search), and in
 * finish() recreates them, recounts and rebuilds once. Use inside the load's transaction, so a failed load rolls the
 * suspension back too.
 */
class DerivedTablesSuspension {
 public:
  static Result<DerivedTablesSuspension> begin(Database& database);
  Status finish();

 private:
  explicit DerivedTablesSuspension(Database& database) : m_database(&database) {}
  Database* m_database;
  std::vector<std::string> m_triggers;
};

}  // namespace grid
