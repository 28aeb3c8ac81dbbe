// SPDX-License-Identifier: GPL-2.0-or-later
// Staffing rules find exactly the gaps planted in a generated district.
#include "checks/staff_rules.h"

#include <gtest/gtest.h>

#include <set>
#include <tuple>

#include "support/test_support.h"

namespace grid {
namespace {

using Key = std::tuple<int, std::string, long long>;

std::set<Key> keys(const std::vector<StaffGap>& gaps) {
  std::set<Key> out;
  for (const StaffGap& g : gaps) out.emplace(static_cast<int>(g.kind), g.table, g.recordId);
  return out;
}

TEST(StaffRulesTest, FindsExactlyThePlantedGaps) {
  test::TempDir dir;
  FixedClock clock{"2026-11-20T09:00:00Z"};
  auto generated = test::createGeneratedDatabase(dir, clock, Actor::system("test"), 3000);
  ASSERT_TRUE(generated.db);
  Database& db = *generated.db;
  StaffRuleOptions options;
  options.today = "2026-11-20";
  auto before = checkStaffRules(db, options);
  ASSERT_TRUE(before.ok()) << before.error().describe();
  const std::set<Key> baseline = keys(*before);

  // 1. A grid loses its full-time worker (the assignment ended yesterday).
  const long long grid = test::count(
      db,
      "SELECT min(target_id) FROM staff_assignment WHERE role_code = 'GRID_WORKER' AND position_type = 'full_time'");
  ASSERT_TRUE(db.exec("UPDATE staff_assignment SET end_date = '2026-11-19' WHERE role_code = 'GRID_WORKER' AND "
                      "position_type = 'full_time' "
                      "AND target_id = " +
                      std::to_string(grid))
                  .ok());
  // 2. Another full-time worker takes on two more grids on their own: overloaded.
  const long long worker = test::count(
      db, "SELECT max(staff_id) FROM staff_assignment WHERE role_code = 'GRID_WORKER' AND position_type = 'full_time'");
  const long long workerGrid =
      test::count(db, "SELECT target_id FROM staff_assignment WHERE staff_id = " + std::to_string(worker) +
                          " AND role_code = 'GRID_WORKER'");
  ASSERT_TRUE(db.exec("INSERT INTO staff_assignment (staff_id, role_code, level, target_id, position_type, start_date) "
                      "SELECT " +
                      std::to_string(worker) +
                      ", 'GRID_WORKER', 'grid', id, 'full_time', '2026-01-01' FROM grid "
                      "WHERE id NOT IN (" +
                      std::to_string(grid) + ", " + std::to_string(workerGrid) + ") ORDER BY id LIMIT 2")
                  .ok());
  // 3. A building chief steps down.
  const long long building =
      test::count(db, "SELECT min(target_id) FROM staff_assignment WHERE role_code = 'BUILDING_LEADER'");
  ASSERT_TRUE(
      db.exec(
            "UPDATE staff_assignment SET end_date = '2026-11-01' WHERE role_code = 'BUILDING_LEADER' AND target_id = " +
            std::to_string(building))
          .ok());
  // 4. An estate's property chief has not started yet.
  const long long estate =
      test::count(db, "SELECT min(target_id) FROM staff_assignment WHERE role_code = 'PROPERTY_LEADER'");
  ASSERT_TRUE(db.exec("UPDATE staff_assignment SET start_date = '2026-12-01' WHERE role_code = 'PROPERTY_LEADER' AND "
                      "target_id = " +
                      std::to_string(estate))
                  .ok());

  auto after = checkStaffRules(db, options);
  ASSERT_TRUE(after.ok());
  std::set<Key> added;
  for (const Key& k : keys(*after))
    if (!baseline.count(k)) added.insert(k);
  const std::set<Key> planted{{static_cast<int>(StaffGap::Kind::GridWithoutFullTimeWorker), "grid", grid},
                              {static_cast<int>(StaffGap::Kind::WorkerOverloaded), "staff", worker},
                              {static_cast<int>(StaffGap::Kind::BuildingWithoutChief), "building", building},
                              {static_cast<int>(StaffGap::Kind::EstateWithoutPropertyChief), "estate", estate}};
  EXPECT_EQ(added, planted);
  for (const StaffGap& g : *after)
    if (g.kind == StaffGap::Kind::WorkerOverloaded && g.recordId == worker) EXPECT_GT(g.value, 360);
  // A community filter keeps to that community; a bad date is refused.
  options.communityCode = "999999999999";
  auto none = checkStaffRules(db, options);
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
  options.today = "today";
  EXPECT_FALSE(checkStaffRules(db, options).ok());
}

}  // namespace
}  // namespace grid
