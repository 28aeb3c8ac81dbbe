// SPDX-License-Identifier: GPL-2.0-or-later
// Staff assignment (五长, grid workers): moves, one-holder posts, refusals, the register, exact undo.
#include "staff/staff_register.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "checks/staff_rules.h"
#include "support/test_support.h"

namespace grid::staff {
namespace {

const Actor kSecretary = Actor::system("community-secretary");

class StaffRegisterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    generated = test::createGeneratedDatabase(dir, clock, kSecretary, 3000);
    ASSERT_TRUE(generated.db);
    db = generated.db.get();
    community = *db->queryText("SELECT admin_code FROM community ORDER BY id LIMIT 1");
  }
  std::string assignments() {
    return *db->queryText(
        "SELECT group_concat(id || ':' || staff_id || ':' || role_code || ':' || target_id || ':' || "
        "coalesce(end_date, '-'), ' ') FROM (SELECT * FROM staff_assignment ORDER BY id)");
  }
  std::vector<StaffGap> gaps() {
    StaffRuleOptions options;
    options.today = "2026-11-23";
    options.communityCode = community;
    auto found = checkStaffRules(*db, options);
    EXPECT_TRUE(found.ok());
    return found.ok() ? *found : std::vector<StaffGap>{};
  }
  //! A full-time worker's only current grid-worker post: (staff, grid), from the first community.
  std::pair<long long, long long> fullTimeWorker(int nth) {
    auto statement = db->prepare(
        "SELECT a.staff_id, a.target_id FROM staff_assignment a JOIN grid g ON g.id = a.target_id "
        "JOIN community c ON c.id = g.community_id WHERE a.role_code = 'GRID_WORKER' AND a.position_type = "
        "'full_time' AND a.end_date IS NULL AND c.admin_code = ? AND (SELECT count(*) FROM staff_assignment b "
        "WHERE b.staff_id = a.staff_id AND b.role_code = 'GRID_WORKER' AND b.end_date IS NULL) = 1 "
        "AND (SELECT count(*) FROM staff_assignment b WHERE b.target_id = a.target_id AND b.level = 'grid' AND "
        "b.role_code = 'GRID_WORKER' AND b.position_type = 'full_time' AND b.end_date IS NULL) = 1 "
        "ORDER BY a.id LIMIT 1 OFFSET ?");
    std::pair<long long, long long> out{-1, -1};
    if (!statement) return out;
    statement->bind(1, community).bind(2, nth);
    (void)statement->forEachRow([&](const Statement& row) { out = {row.int64(0), row.int64(1)}; });
    return out;
  }

  test::TempDir dir;
  FixedClock clock{"2026-11-23T10:00:00Z"};
  test::SampleDatabase generated;
  Database* db = nullptr;
  std::string community;
};

TEST_F(StaffRegisterTest, MovingAWorkerLeavesTheOldGridFlaggedAndUndoRestoresEverything) {
  // Plain variables, not structured bindings: lambdas below capture them, which clang 14 does not allow for bindings.
  const auto first = fullTimeWorker(0), second = fullTimeWorker(1);
  const auto worker = first.first, oldGrid = first.second;
  const auto other = second.first, newGrid = second.second;
  ASSERT_GT(worker, 0);
  ASSERT_GT(other, 0);
  ASSERT_NE(oldGrid, newGrid);
  const std::string before = assignments();
  const auto gapsBefore = gaps();
  auto flagged = [](const std::vector<StaffGap>& list, long long grid) {
    return std::any_of(list.begin(), list.end(), [&](const StaffGap& g) {
      return g.kind == StaffGap::Kind::GridWithoutFullTimeWorker && g.recordId == grid;
    });
  };
  ASSERT_FALSE(flagged(gapsBefore, oldGrid));

  const long long audits = test::count(*db, "SELECT count(*) FROM audit_log");
  auto change = assignStaff(*db, clock, kSecretary, {worker, "GRID_WORKER", "grid", newGrid, "full_time", false});
  ASSERT_TRUE(change.ok()) << change.error().describe();
  ASSERT_EQ(change->ended.size(), 1u) << "the old grid-worker post ends";
  EXPECT_EQ(
      *db->queryText("SELECT end_date FROM staff_assignment WHERE id = " + std::to_string(change->ended[0].first)),
      "2026-11-22");
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM audit_log"), audits + 2);
  EXPECT_TRUE(flagged(gaps(), oldGrid)) << "the grid the worker left has no full-time worker now";

  // The register: the worker now serves half of the new grid (two full-time workers share it).
  auto registerNow = loadStaffRegister(*db, community, "2026-11-23");
  ASSERT_TRUE(registerNow.ok()) << registerNow.error().describe();
  auto it =
      std::find_if(registerNow->begin(), registerNow->end(), [&](const StaffMember& m) { return m.id == worker; });
  ASSERT_NE(it, registerNow->end());
  const auto post =
      std::find_if(it->posts.begin(), it->posts.end(), [](const Post& p) { return p.roleCode == "GRID_WORKER"; });
  ASSERT_NE(post, it->posts.end());
  EXPECT_EQ(post->targetId, newGrid);
  EXPECT_FALSE(post->targetName.empty());
  const double households = static_cast<double>(
      test::count(*db, "SELECT households FROM grid_stats WHERE grid_id = " + std::to_string(newGrid)));
  EXPECT_NEAR(it->householdsServed, households / 2.0, 1e-6);

  ASSERT_TRUE(revertAssignment(*db, clock, kSecretary, *change).ok());
  EXPECT_EQ(assignments(), before);
  EXPECT_EQ(gaps().size(), gapsBefore.size());
}

TEST_F(StaffRegisterTest, AOneHolderPostEndsThePreviousHoldersPostAndKeepsHistory) {
  const long long building = test::count(
      *db,
      "SELECT a.target_id FROM staff_assignment a JOIN building b ON b.id = a.target_id JOIN grid g ON "
      "g.id = b.grid_id JOIN community c ON c.id = g.community_id WHERE a.role_code = 'BUILDING_LEADER' AND "
      "a.end_date IS NULL AND c.admin_code = '" +
          community + "' ORDER BY a.id LIMIT 1");
  ASSERT_GT(building, 0);
  const long long previous = test::count(*db,
                                         "SELECT staff_id FROM staff_assignment WHERE role_code = "
                                         "'BUILDING_LEADER' AND end_date IS NULL AND target_id = " +
                                             std::to_string(building));
  const long long newcomer = test::count(*db, "SELECT min(id) FROM staff WHERE id <> " + std::to_string(previous));
  auto change = assignStaff(*db, clock, kSecretary, {newcomer, "BUILDING_LEADER", "building", building, "", false});
  ASSERT_TRUE(change.ok()) << change.error().describe();
  const std::string b = std::to_string(building);
  EXPECT_EQ(test::count(*db,
                        "SELECT count(*) FROM staff_assignment WHERE role_code = 'BUILDING_LEADER' AND "
                        "level = 'building' AND target_id = " +
                            b + " AND (end_date IS NULL OR end_date >= '2026-11-23')"),
            1);
  EXPECT_EQ(test::count(*db,
                        "SELECT staff_id FROM staff_assignment WHERE role_code = 'BUILDING_LEADER' AND "
                        "end_date IS NULL AND target_id = " +
                            b),
            newcomer);
  EXPECT_GE(test::count(*db,
                        "SELECT count(*) FROM staff_assignment WHERE role_code = 'BUILDING_LEADER' AND "
                        "target_id = " +
                            b),
            2)
      << "the previous chief's post stays in history";
  // The same post twice is refused.
  auto again = assignStaff(*db, clock, kSecretary, {newcomer, "BUILDING_LEADER", "building", building, "", false});
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::Conflict);
}

TEST_F(StaffRegisterTest, BadAssignmentsAreRefusedWithNothingWritten) {
  const std::string before = assignments();
  const long long staffId = test::count(*db, "SELECT min(id) FROM staff");
  const long long building = test::count(*db, "SELECT min(id) FROM building");
  const long long grid = test::count(*db, "SELECT min(id) FROM grid");
  auto wrongLevel =
      assignStaff(*db, clock, kSecretary, {staffId, "GRID_WORKER", "building", building, "full_time", false});
  ASSERT_FALSE(wrongLevel.ok());
  EXPECT_EQ(wrongLevel.error().context.field, "level");
  EXPECT_NE(wrongLevel.error().message.find("grid"), std::string::npos);
  auto unknownTarget =
      assignStaff(*db, clock, kSecretary, {staffId, "GRID_WORKER", "grid", 999999, "full_time", false});
  ASSERT_FALSE(unknownTarget.ok());
  EXPECT_EQ(unknownTarget.error().code, ErrorCode::NotFound);
  auto unknownRole = assignStaff(*db, clock, kSecretary, {staffId, "JANITOR", "grid", grid, "", false});
  ASSERT_FALSE(unknownRole.ok());
  EXPECT_EQ(unknownRole.error().context.field, "role_code");
  ASSERT_TRUE(db->exec("UPDATE staff SET active = 0 WHERE id = " + std::to_string(staffId)).ok());
  auto inactive = assignStaff(*db, clock, kSecretary, {staffId, "GRID_LEADER", "grid", grid, "", false});
  ASSERT_FALSE(inactive.ok());
  EXPECT_EQ(inactive.error().context.field, "active");
  EXPECT_EQ(assignments(), before);
  EXPECT_EQ(defaultRoleForLevel("estate"), "PROPERTY_LEADER");
  EXPECT_EQ(levelForRole(defaultRoleForLevel("grid")), "grid");
}

TEST_F(StaffRegisterTest, EndingAPostIsUndoable) {
  const auto found = fullTimeWorker(0);  // plain variables: lambdas capture them (clang 14)
  const auto worker = found.first, grid = found.second;
  ASSERT_GT(worker, 0);
  const long long post = test::count(*db,
                                     "SELECT id FROM staff_assignment WHERE role_code = 'GRID_WORKER' AND "
                                     "end_date IS NULL AND staff_id = " +
                                         std::to_string(worker));
  const std::string before = assignments();
  auto ended = endPost(*db, clock, kSecretary, post);
  ASSERT_TRUE(ended.ok()) << ended.error().describe();
  auto pool = loadStaffRegister(*db, community, "2026-11-23");
  ASSERT_TRUE(pool.ok());
  const auto it = std::find_if(pool->begin(), pool->end(), [&](const StaffMember& m) { return m.id == worker; });
  if (test::count(*db, "SELECT count(*) FROM staff_assignment WHERE end_date IS NULL AND staff_id = " +
                           std::to_string(worker)) == 0) {
    ASSERT_NE(it, pool->end()) << "a member without posts is in the pool";
    EXPECT_TRUE(it->posts.empty());
  }
  EXPECT_FALSE(endPost(*db, clock, kSecretary, post).ok()) << "an ended post cannot end again";
  ASSERT_TRUE(revertAssignment(*db, clock, kSecretary, *ended).ok());
  EXPECT_EQ(assignments(), before);
}

TEST_F(StaffRegisterTest, NewStaffJoinThePoolAndLeavingEndsEveryPost) {
  const long long audits = test::count(*db, "SELECT count(*) FROM audit_log");
  auto refused = addStaffMember(*db, clock, kSecretary, {"  ", "F", "", ""});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().context.field, "name");
  refused = addStaffMember(*db, clock, kSecretary, {"林晓", "F", "12345678", ""});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().context.field, "work_phone");
  refused = addStaffMember(*db, clock, kSecretary, {"林晓", "X", "", ""});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().context.field, "gender");
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM audit_log"), audits);

  auto added = addStaffMember(*db, clock, kSecretary, {"林晓", "F", "138 0013 8000", "社区专职网格员"});
  ASSERT_TRUE(added.ok()) << added.error().describe();
  const long long staffId = added->created.front().second;
  EXPECT_EQ(*db->queryText("SELECT work_phone FROM staff WHERE id = " + std::to_string(staffId)), "13800138000");
  auto pool = loadStaffRegister(*db, community, "2026-11-23");
  ASSERT_TRUE(pool.ok());
  auto listed = std::find_if(pool->begin(), pool->end(), [&](const StaffMember& m) { return m.id == staffId; });
  ASSERT_NE(listed, pool->end());
  EXPECT_TRUE(listed->posts.empty());

  // A worker with a post leaves: the post ends yesterday, they drop out of the register, and undo brings both back.
  const auto found = fullTimeWorker(0);  // plain variables: lambdas capture them (clang 14)
  const auto worker = found.first, grid = found.second;
  const std::string before = assignments();
  auto left = deactivateStaff(*db, clock, kSecretary, worker);
  ASSERT_TRUE(left.ok()) << left.error().describe();
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM staff_assignment WHERE staff_id = " + std::to_string(worker) +
                                 " AND (end_date IS NULL OR end_date >= '2026-11-23')"),
            0);
  EXPECT_EQ(*db->queryText("SELECT max(end_date) FROM staff_assignment WHERE staff_id = " + std::to_string(worker)),
            "2026-11-22");
  auto after = loadStaffRegister(*db, community, "2026-11-23");
  EXPECT_EQ(std::count_if(after->begin(), after->end(), [&](const StaffMember& m) { return m.id == worker; }), 0);
  const auto gap = gaps();
  EXPECT_TRUE(std::any_of(gap.begin(), gap.end(), [&](const StaffGap& g) { return g.recordId == grid; }))
      << "the grid the worker left has no full-time worker";
  EXPECT_FALSE(deactivateStaff(*db, clock, kSecretary, worker).ok()) << "already left";
  ASSERT_TRUE(revertRecordChange(*db, clock, kSecretary, *left).ok());
  EXPECT_EQ(assignments(), before);
  EXPECT_EQ(test::count(*db, "SELECT active FROM staff WHERE id = " + std::to_string(worker)), 1);
  ASSERT_TRUE(revertRecordChange(*db, clock, kSecretary, *added).ok());
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM staff WHERE id = " + std::to_string(staffId)), 0);
}

}  // namespace
}  // namespace grid::staff
