// SPDX-License-Identifier: GPL-2.0-or-later
// Regridding a community in the database: preview writes nothing; commit keeps codes, moves records with their
// buildings, versions the plan, audits every change, and leaves a database that passes validation.
#include "districting/community_plan.h"

#include <gtest/gtest.h>

#include "generated_community.h"

namespace grid::districting {
namespace {

using test::count;

using test_support::kSecretary;
using CommunityPlanTest = test_support::GeneratedCommunityTest;

TEST_F(CommunityPlanTest, PreviewWritesNothingAndCommitFollowsBuildingsWithTheirRecords) {
  // The generated community's grids are spread like real ones (some outside ±10 %), so repair has work to do.
  const long long audits = count(*db, "SELECT count(*) FROM audit_log");
  auto plan = planCommunity(*db, community, PlanOptions{}, true);
  ASSERT_TRUE(plan.ok()) << plan.error().describe();
  EXPECT_EQ(count(*db, "SELECT count(*) FROM audit_log"), audits) << "a preview writes nothing";
  EXPECT_TRUE(plan->plan.metrics.allContiguous);
  EXPECT_DOUBLE_EQ(plan->plan.metrics.withinTolerance, 1.0);

  const long long gridsBefore =
      count(*db, "SELECT count(*) FROM grid g JOIN community c ON c.id = g.community_id WHERE c.admin_code = '" +
                     community + "' AND g.retired_at IS NULL");
  auto summary = commitCommunityPlan(*db, clock, kSecretary, *plan, PlanOptions{}, "test repair");
  ASSERT_TRUE(summary.ok()) << summary.error().describe();
  EXPECT_EQ(summary->version, 2);
  EXPECT_GT(summary->buildingsMoved, 0);
  EXPECT_EQ(summary->gridsKept + summary->gridsRetired, gridsBefore);
  EXPECT_EQ(
      count(*db, "SELECT count(*) FROM grid_plan WHERE status = 'accepted' AND version = 2 AND note = 'test repair'"),
      1);
  EXPECT_EQ(count(*db, "SELECT count(*) FROM grid_plan WHERE status = 'superseded'"), 1);
  EXPECT_EQ(count(*db, "SELECT count(*) FROM grid_version WHERE plan_id = " + std::to_string(summary->planId)),
            summary->gridsKept + summary->gridsAdded);
  // Every household, person and key place is in its building's grid; moved buildings have a history row.
  EXPECT_EQ(
      count(
          *db,
          "SELECT count(*) FROM household h JOIN building b ON b.id = h.building_id WHERE h.grid_id IS NOT b.grid_id"),
      0);
  EXPECT_EQ(
      count(*db,
            "SELECT count(*) FROM person p JOIN household h ON h.id = p.household_id WHERE p.grid_id IS NOT h.grid_id"),
      0);
  EXPECT_EQ(
      count(
          *db,
          "SELECT count(*) FROM key_place k JOIN building b ON b.id = k.building_id WHERE k.grid_id IS NOT b.grid_id"),
      0);
  EXPECT_EQ(count(*db, "SELECT count(*) FROM building_grid_history WHERE plan_id = " + std::to_string(summary->planId)),
            summary->buildingsMoved);
  EXPECT_GT(count(*db, "SELECT count(*) FROM audit_log"), audits + summary->buildingsMoved + summary->householdsMoved);
  // Grid counts (triggers) agree with the households.
  EXPECT_EQ(count(*db,
                  "SELECT count(*) FROM grid_stats s WHERE s.households <> (SELECT count(*) FROM household h WHERE "
                  "h.grid_id = s.grid_id AND h.logout = 0)"),
            0);
  EXPECT_EQ(violations(), "");

  // A second repair of a balanced plan moves nothing.
  auto again = planCommunity(*db, community, PlanOptions{}, true);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->plan.metrics.unitsMoved, 0);
}

TEST_F(CommunityPlanTest, ProposeKeepsCodesOfGridsThatSurviveAndLockedGridsRefuseARedraw) {
  auto plan = planCommunity(*db, community, PlanOptions{}, false);
  ASSERT_TRUE(plan.ok()) << plan.error().describe();
  auto summary = commitCommunityPlan(*db, clock, kSecretary, *plan, PlanOptions{});
  ASSERT_TRUE(summary.ok()) << summary.error().describe();
  EXPECT_GT(summary->gridsKept, 0);
  EXPECT_EQ(count(*db,
                  "SELECT count(*) FROM building b JOIN grid g ON g.id = b.grid_id WHERE b.building_code IS NOT NULL "
                  "AND substr(b.building_code, 1, 15) <> g.grid_code"),
            0)
      << "moved buildings are renumbered into their new grid";
  EXPECT_EQ(violations(), "");

  ASSERT_TRUE(
      db->exec("UPDATE grid SET locked = 1 WHERE id = (SELECT min(id) FROM grid WHERE retired_at IS NULL)").ok());
  auto redraw = planCommunity(*db, community, PlanOptions{}, false);
  ASSERT_FALSE(redraw.ok());
  EXPECT_EQ(redraw.error().code, ErrorCode::Conflict);
  auto repaired = planCommunity(*db, community, PlanOptions{}, true);
  ASSERT_TRUE(repaired.ok());
  const long long locked = count(*db, "SELECT min(id) FROM grid WHERE locked = 1");
  for (std::size_t i = 0; i < repaired->units.buildingIds.size(); ++i) {
    const int before = repaired->units.current[i];
    if (before >= 0 && repaired->units.gridIds[static_cast<std::size_t>(before)] == locked)
      EXPECT_EQ(repaired->plan.assignment[i], before)
          << "building " << repaired->units.buildingIds[i] << " left the locked grid";
  }
}

TEST_F(CommunityPlanTest, AnOversizedTowerIsSplitBy单元AndItsHouseholdsFollowTheirUnit) {
  // At 100 households per grid, the largest building (well over 110 households, several 单元) must be split.
  PlanOptions small;
  small.target = 100;
  const long long tower =
      count(*db,
            "SELECT h.building_id FROM household h JOIN house ho ON ho.id = h.house_id WHERE h.logout = 0 "
            "AND h.household_type <> 'vacant' GROUP BY h.building_id HAVING count(DISTINCT ho.unit_no) > 1 "
            "ORDER BY count(*) DESC LIMIT 1");
  ASSERT_GT(count(*db, "SELECT count(*) FROM household WHERE building_id = " + std::to_string(tower) +
                           " AND logout = 0 AND household_type <> 'vacant'"),
            110);
  auto plan = planCommunity(*db, community, small, true);
  ASSERT_TRUE(plan.ok()) << plan.error().describe();
  const auto& u = plan->units;
  int parts = 0;
  long long partHouseholds = 0;
  for (std::size_t i = 0; i < u.buildingIds.size(); ++i)
    if (u.buildingIds[i] == tower) {
      ++parts;
      EXPECT_GT(u.unitNos[i], 0);
      partHouseholds += u.households[i];
    }
  EXPECT_GT(parts, 1) << "one unit per 单元";
  EXPECT_EQ(partHouseholds, count(*db, "SELECT count(*) FROM household WHERE building_id = " + std::to_string(tower) +
                                           " AND logout = 0 AND household_type <> 'vacant'"));
  EXPECT_TRUE(plan->plan.metrics.allContiguous);
  auto summary = commitCommunityPlan(*db, clock, kSecretary, *plan, small);
  ASSERT_TRUE(summary.ok()) << summary.error().describe();
  EXPECT_EQ(count(*db, "SELECT count(*) FROM building_unit WHERE building_id = " + std::to_string(tower)), parts);
  EXPECT_GT(
      count(*db, "SELECT count(DISTINCT grid_id) FROM building_unit WHERE building_id = " + std::to_string(tower)), 1)
      << "a tower of more than a grid's worth spans grids";
  // Each household of the tower is filed under its 单元's grid.
  EXPECT_EQ(count(*db,
                  "SELECT count(*) FROM household h JOIN house ho ON ho.id = h.house_id JOIN building_unit bu "
                  "ON bu.building_id = ho.building_id AND bu.unit_no = ho.unit_no WHERE h.building_id = " +
                      std::to_string(tower) + " AND h.grid_id IS NOT bu.grid_id"),
            0);
  EXPECT_EQ(violations(), "");
}

TEST_F(CommunityPlanTest, AnUnknownCommunityIsNamed) {
  auto plan = planCommunity(*db, "999999999999", PlanOptions{}, true);
  ASSERT_FALSE(plan.ok());
  EXPECT_EQ(plan.error().code, ErrorCode::NotFound);
  EXPECT_NE(plan.error().message.find("999999999999"), std::string::npos);
}

}  // namespace
}  // namespace grid::districting
