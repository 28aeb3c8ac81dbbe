// SPDX-License-Identifier: GPL-2.0-or-later
#include "checks/staff_rules.h"

#include <cmath>
#include <functional>
#include <map>

#include "storage/database.h"

namespace grid {
namespace {

// Active on the day given as ?1; the community filter is ?2 (empty = all).
constexpr const char* kActive = "a.start_date <= ?1 AND (a.end_date IS NULL OR a.end_date >= ?1)";

Status rows(Database& db, const std::string& sql, const StaffRuleOptions& options,
            const std::function<void(const Statement&)>& each) {
  auto statement = db.prepare(sql);
  if (!statement) return statement.error();
  statement->bind(1, options.today);
  statement->bind(2, options.communityCode);
  return statement->forEachRow(each);
}

}  // namespace

Result<std::vector<StaffGap>> checkStaffRules(Database& database, const StaffRuleOptions& options) {
  if (options.today.size() != 10)
    return makeError(ErrorCode::InvalidInput, "The rule check needs today's date as YYYY-MM-DD.");
  std::vector<StaffGap> gaps;
  const std::string inCommunity = "(?2 = '' OR c.admin_code = ?2)";
  // Grids without an active full-time grid worker.
  if (auto s = rows(
          database,
          "SELECT g.id, g.grid_code, g.name FROM grid g JOIN community c ON c.id = g.community_id "
          "WHERE g.retired_at IS NULL AND " +
              inCommunity +
              " AND NOT EXISTS (SELECT 1 FROM staff_assignment a "
              "JOIN staff s ON s.id = a.staff_id WHERE a.role_code = 'GRID_WORKER' AND a.position_type = 'full_time' "
              "AND a.level = 'grid' AND a.target_id = g.id AND s.active = 1 AND " +
              std::string(kActive) + ") ORDER BY g.grid_code",
          options,
          [&](const Statement& row) {
            gaps.push_back({StaffGap::Kind::GridWithoutFullTimeWorker, "grid", row.int64(0), row.text(1), 0,
                            row.text(2) + " has no full-time grid worker; assign one."});
          });
      !s)
    return s.error();
  // Worker load: each grid's households shared among its full-time workers.
  std::map<long long, double> load;
  std::map<long long, std::string> names;
  if (auto s = rows(
          database,
          "SELECT a.staff_id, s.name, coalesce(st.households, 0) * 1.0 / (SELECT count(*) FROM staff_assignment b "
          "  WHERE b.role_code = 'GRID_WORKER' AND b.position_type = 'full_time' AND b.level = 'grid' AND b.target_id "
          "= g.id "
          "  AND b.start_date <= ?1 AND (b.end_date IS NULL OR b.end_date >= ?1)) "
          "FROM staff_assignment a JOIN staff s ON s.id = a.staff_id JOIN grid g ON g.id = a.target_id "
          "JOIN community c ON c.id = g.community_id LEFT JOIN grid_stats st ON st.grid_id = g.id "
          "WHERE a.role_code = 'GRID_WORKER' AND a.position_type = 'full_time' AND a.level = 'grid' AND s.active = 1 "
          "AND g.retired_at IS NULL AND " +
              inCommunity + " AND " + std::string(kActive),
          options,
          [&](const Statement& row) {
            load[row.int64(0)] += row.real(2);
            names[row.int64(0)] = row.text(1);
          });
      !s)
    return s.error();
  const double limit = options.overload * options.householdTarget;
  for (const auto& [staff, households] : load)
    if (households > limit + 1e-9)
      gaps.push_back({StaffGap::Kind::WorkerOverloaded, "staff", staff, names[staff], std::llround(households),
                      names[staff] + " serves " + std::to_string(std::llround(households)) + " households, more than " +
                          std::to_string(std::llround(limit)) + "; share the grid or add a worker."});
  // Buildings with households and no building chief.
  if (auto s = rows(
          database,
          "SELECT b.id, b.name, (SELECT count(*) FROM household h WHERE h.building_id = b.id AND h.logout = 0) AS n "
          "FROM building b JOIN grid g ON g.id = b.grid_id JOIN community c ON c.id = g.community_id "
          "WHERE b.logout = 0 AND " +
              inCommunity +
              " AND EXISTS (SELECT 1 FROM household h WHERE h.building_id = b.id AND h.logout = 0) AND NOT EXISTS "
              "(SELECT 1 FROM staff_assignment a "
              "JOIN staff s ON s.id = a.staff_id WHERE a.role_code = 'BUILDING_LEADER' AND a.level = 'building' "
              "AND a.target_id = b.id AND s.active = 1 AND " +
              std::string(kActive) + ") ORDER BY b.id",
          options,
          [&](const Statement& row) {
            gaps.push_back({StaffGap::Kind::BuildingWithoutChief, "building", row.int64(0), row.text(1), row.int64(2),
                            row.text(1) + " (" + std::to_string(row.int64(2)) + " households) has no building chief."});
          });
      !s)
    return s.error();
  // Estates without a property chief.
  if (auto s = rows(database,
                    "SELECT e.id, e.name FROM estate e LEFT JOIN community c ON c.id = e.community_id "
                    "WHERE (?2 = '' OR c.admin_code = ?2) AND NOT EXISTS (SELECT 1 FROM staff_assignment a "
                    "JOIN staff s ON s.id = a.staff_id WHERE a.role_code = 'PROPERTY_LEADER' AND a.level = 'estate' "
                    "AND a.target_id = e.id AND s.active = 1 AND " +
                        std::string(kActive) + ") ORDER BY e.id",
                    options,
                    [&](const Statement& row) {
                      gaps.push_back({StaffGap::Kind::EstateWithoutPropertyChief, "estate", row.int64(0), row.text(1),
                                      0, row.text(1) + " has no property chief."});
                    });
      !s)
    return s.error();
  return gaps;
}

}  // namespace grid
