// SPDX-License-Identifier: GPL-2.0-or-later
#include "checks/statistics.h"

#include <algorithm>
#include <numeric>

#include "storage/database.h"

namespace grid {
namespace {

Result<DistributionSummary> summarise(Database& db, const std::string& sql,
                                      std::vector<std::pair<long long, long long>>* withTarget) {
  auto statement = db.prepare(sql);
  if (!statement) return statement.error();
  std::vector<long long> values;
  if (auto s = statement->forEachRow([&](const Statement& row) {
        values.push_back(row.int64(0));
        if (withTarget) withTarget->emplace_back(row.int64(0), row.int64(1));
      });
      !s)
    return s.error();
  DistributionSummary summary;
  summary.count = static_cast<long long>(values.size());
  if (values.empty()) return summary;
  std::sort(values.begin(), values.end());
  summary.minimum = values.front();
  summary.maximum = values.back();
  const std::size_t n = values.size();
  summary.median = n % 2 ? static_cast<double>(values[n / 2]) : (values[n / 2 - 1] + values[n / 2]) / 2.0;
  summary.mean = std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(n);
  return summary;
}

}  // namespace

Result<DatabaseStatistics> computeStatistics(Database& database) {
  DatabaseStatistics stats;
  static const char* kCounts[][2] = {
      {"districts", "SELECT count(*) FROM district"},
      {"streets", "SELECT count(*) FROM street"},
      {"communities", "SELECT count(*) FROM community"},
      {"areas", "SELECT count(*) FROM area"},
      {"grids", "SELECT count(*) FROM grid WHERE retired_at IS NULL AND id IN (SELECT grid_id FROM grid_stats)"},
      {"estates", "SELECT count(*) FROM estate"},
      {"buildings", "SELECT count(*) FROM building WHERE logout = 0"},
      {"dwellings", "SELECT count(*) FROM house WHERE logout = 0"},
      // Households and persons from the per-grid counts (grid_stats, kept by triggers): statistics are their own
      // permission, so a street officer counts every community's residents without reading one of them. Residents
      // of no grid (NULL grid) are counted from the tables, where the reader may see them.
      {"households",
       "SELECT (SELECT coalesce(sum(s.households), 0) FROM grid_stats s JOIN grid g ON g.id = s.grid_id "
       "WHERE g.retired_at IS NULL) + (SELECT count(*) FROM household WHERE logout = 0 AND (grid_id IS NULL OR grid_id "
       "IN "
       "(SELECT id FROM grid WHERE retired_at IS NOT NULL)))"},
      {"persons",
       "SELECT (SELECT coalesce(sum(s.persons), 0) FROM grid_stats s JOIN grid g ON g.id = s.grid_id "
       "WHERE g.retired_at IS NULL) + (SELECT count(*) FROM person WHERE logout = 0 AND (grid_id IS NULL OR grid_id IN "
       "(SELECT id FROM grid WHERE retired_at IS NOT NULL)))"},
      {"staff", "SELECT count(*) FROM staff WHERE active = 1"},
      {"party members", "SELECT count(*) FROM party_member WHERE active = 1"},
      {"key persons", "SELECT count(*) FROM key_person WHERE logout = 0"},
      {"key places", "SELECT count(*) FROM key_place WHERE logout = 0"},
      {"key matters", "SELECT count(*) FROM key_matter"},
      {"events", "SELECT count(*) FROM event"},
  };
  for (const auto& [label, sql] : kCounts) {
    auto count = database.queryInt(sql);
    if (!count) return count.error();
    stats.counts.emplace_back(label, *count);
  }
  std::vector<std::pair<long long, long long>> perGrid;
  auto households =
      summarise(database,
                "SELECT s.households, g.household_target FROM grid g JOIN grid_stats s ON s.grid_id = g.id "
                "WHERE g.retired_at IS NULL",
                &perGrid);
  if (!households) return households.error();
  stats.householdsPerGrid = *households;
  stats.gridsWithinTenPercent = std::count_if(perGrid.begin(), perGrid.end(), [](const auto& p) {
    return p.second > 0 && std::abs(static_cast<double>(p.first - p.second)) <= 0.10 * static_cast<double>(p.second);
  });
  auto persons = summarise(database,
                           "SELECT count(p.id) FROM household h LEFT JOIN person p ON p.household_id = h.id AND "
                           "p.logout = 0 WHERE h.logout = 0 GROUP BY h.id",
                           nullptr);
  if (!persons) return persons.error();
  stats.personsPerHousehold = *persons;
  return stats;
}

}  // namespace grid
