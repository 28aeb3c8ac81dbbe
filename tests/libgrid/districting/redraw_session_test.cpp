// SPDX-License-Identifier: GPL-2.0-or-later
// The redraw mode's engine: strokes change totals, undo/redo restore them exactly, issues block a bad commit,
// auto-balance mends the grids it is given, locks hold, and a commit lands as a plan version.
#include "districting/redraw_session.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>

#include "generated_community.h"

namespace grid::districting {
namespace {

using test_support::kSecretary;

class RedrawSessionTest : public test_support::GeneratedCommunityTest {
 protected:
  void SetUp() override {
    GeneratedCommunityTest::SetUp();
    ASSERT_TRUE(db);
    auto opened = RedrawSession::open(*db, community, PlanOptions{});
    ASSERT_TRUE(opened.ok()) << opened.error().describe();
    session = std::make_unique<RedrawSession>(std::move(*opened));
  }
  const std::vector<UnitEdge>& tessellationEdges() const {
    if (edges.empty()) {
      auto plan = session->currentPlan();
      if (plan.ok()) edges = plan->tessellation.edges;
    }
    return edges;
  }

  std::unique_ptr<RedrawSession> session;
  mutable std::vector<UnitEdge> edges;
};

TEST_F(RedrawSessionTest, AStrokeMovesHouseholdsAndUndoRedoRestoreThemExactly) {
  ASSERT_GE(session->gridCount(), 2);
  const std::vector<long long> before = [&] {
    std::vector<long long> v;
    for (int g = 0; g < session->gridCount(); ++g) v.push_back(session->households(g));
    return v;
  }();
  // A brush stroke over every building of grid 1 that touches grid 0.
  std::vector<int> stroke;
  for (const UnitEdge& e : tessellationEdges()) {
    const int a = session->assignment()[static_cast<std::size_t>(e.a)],
              b = session->assignment()[static_cast<std::size_t>(e.b)];
    if (a == 1 && b == 0) stroke.push_back(e.a);
    if (b == 1 && a == 0) stroke.push_back(e.b);
  }
  ASSERT_FALSE(stroke.empty());
  std::sort(stroke.begin(), stroke.end());
  stroke.erase(std::unique(stroke.begin(), stroke.end()), stroke.end());
  long long moved = 0;
  for (int u : stroke) moved += session->units().households[static_cast<std::size_t>(u)];
  const auto preview = session->preview(stroke, 0);
  EXPECT_EQ(preview[0], before[0] + moved);
  EXPECT_EQ(preview[1], before[1] - moved);
  EXPECT_EQ(session->households(0), before[0]) << "a preview changes nothing";

  EXPECT_EQ(session->assign(stroke, 0, "brush"), static_cast<int>(stroke.size()));
  EXPECT_EQ(session->households(0), before[0] + moved);
  EXPECT_EQ(session->households(1), before[1] - moved);
  EXPECT_EQ(session->unitsMoved(), static_cast<int>(stroke.size()));
  EXPECT_EQ(session->undoLabel(), "brush");
  ASSERT_TRUE(session->undo());
  for (int g = 0; g < session->gridCount(); ++g) EXPECT_EQ(session->households(g), before[static_cast<std::size_t>(g)]);
  EXPECT_EQ(session->assignment(), session->units().current);
  ASSERT_TRUE(session->redo());
  EXPECT_EQ(session->households(0), before[0] + moved);
  EXPECT_FALSE(session->canRedo());
  EXPECT_EQ(session->assign(stroke, 0), 0) << "already there: nothing recorded";
}

TEST_F(RedrawSessionTest, AStrayBuildingBlocksTheCommitUntilItIsJoined) {
  // Give one building deep inside grid 0 (all its neighbours in grid 0) to grid 1: grid 1 becomes two pieces.
  int inner = -1;
  for (int u = 0; u < session->unitCount() && inner < 0; ++u) {
    if (session->assignment()[static_cast<std::size_t>(u)] != 0) continue;
    bool allSame = true, any = false;
    for (const UnitEdge& e : tessellationEdges()) {
      if (e.a != u && e.b != u) continue;
      any = true;
      allSame &= session->assignment()[static_cast<std::size_t>(e.a == u ? e.b : e.a)] == 0;
    }
    if (any && allSame) inner = u;
  }
  ASSERT_GE(inner, 0);
  ASSERT_EQ(session->assign({inner}, 1, "click"), 1);
  const auto issues = session->issues();
  ASSERT_TRUE(std::any_of(issues.begin(), issues.end(),
                          [](const PlanIssue& i) { return i.kind == PlanIssue::Kind::NotContiguous && i.grid == 1; }));
  const long long audits = test::count(*db, "SELECT count(*) FROM audit_log");
  auto refused = session->commit(*db, clock, kSecretary);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM audit_log"), audits) << "nothing written";
  ASSERT_TRUE(session->undo());
  for (const PlanIssue& issue : session->issues()) EXPECT_FALSE(issue.blocksCommit()) << issue.message;
}

TEST_F(RedrawSessionTest, AutoBalanceMendsTheSelectedGridsHoldsTheOthersAndCommits) {
  // Balancing may give up a grid (its buildings join the neighbours); the commit retires it.
  auto nonEmptyGrids = [&] {
    std::set<int> used;
    for (int g : session->assignment())
      if (g >= 0) used.insert(g);
    return static_cast<int>(used.size());
  };
  std::vector<int> all;
  for (int g = 0; g < session->gridCount(); ++g) all.push_back(g);
  session->setGridLocked(0, true);
  const std::vector<int> grid0 = [&] {
    std::vector<int> v;
    for (int u = 0; u < session->unitCount(); ++u)
      if (session->assignment()[static_cast<std::size_t>(u)] == 0) v.push_back(u);
    return v;
  }();
  EXPECT_EQ(session->assign({grid0.front()}, 1), 0) << "a locked grid keeps its buildings";
  auto moved = session->autoBalance(all);
  ASSERT_TRUE(moved.ok()) << moved.error().describe();
  for (int u : grid0) EXPECT_EQ(session->assignment()[static_cast<std::size_t>(u)], 0);
  for (const PlanIssue& issue : session->issues()) {
    EXPECT_FALSE(issue.blocksCommit()) << issue.message;
    if (issue.kind == PlanIssue::Kind::OutsideTolerance) EXPECT_EQ(issue.grid, 0) << issue.message;
  }
  ASSERT_GT(*moved, 0) << "the generated community has grids outside ±10 %";
  EXPECT_EQ(session->undoLabel(), "auto-balance");
  auto summary = session->commit(*db, clock, kSecretary, "redraw");
  ASSERT_TRUE(summary.ok()) << summary.error().describe();
  EXPECT_EQ(summary->buildingsMoved, session->unitsMoved());
  EXPECT_EQ(violations(), "");
  // The lock toggled in the session is stored with the plan, and the next session starts with it.
  EXPECT_EQ(*db->queryText("SELECT group_concat(locked, '') FROM (SELECT g.locked FROM grid g JOIN community c ON "
                           "c.id = g.community_id WHERE c.admin_code = '" +
                           community + "' AND g.retired_at IS NULL ORDER BY g.sequence)"),
            "1" + std::string(static_cast<std::size_t>(nonEmptyGrids() - 1), '0'));
  auto reopened = RedrawSession::open(*db, community, PlanOptions{});
  ASSERT_TRUE(reopened.ok()) << reopened.error().describe();
  EXPECT_TRUE(reopened->gridLocked(0));
  EXPECT_FALSE(reopened->gridLocked(1));
}

TEST_F(RedrawSessionTest, AGridInsideAnotherIsReportedAsAnEnclave) {
  // A building surrounded by grid 0 and away from the community's edge, painted into a new grid.
  const auto plan = session->currentPlan();
  ASSERT_TRUE(plan.ok());
  int inner = -1;
  for (int u = 0; u < session->unitCount() && inner < 0; ++u) {
    if (session->assignment()[static_cast<std::size_t>(u)] != 0 ||
        plan->tessellation.onEdge[static_cast<std::size_t>(u)])
      continue;
    bool allSame = true, any = false;
    for (const UnitEdge& e : plan->tessellation.edges) {
      if (e.a != u && e.b != u) continue;
      any = true;
      allSame &= session->assignment()[static_cast<std::size_t>(e.a == u ? e.b : e.a)] == 0;
    }
    if (any && allSame) inner = u;
  }
  ASSERT_GE(inner, 0);
  const int fresh = session->gridCount();
  ASSERT_EQ(session->assign({inner}, fresh, "new grid"), 1);
  EXPECT_EQ(session->gridCount(), fresh + 1);
  const auto issues = session->issues();
  auto enclave = std::find_if(issues.begin(), issues.end(),
                              [&](const PlanIssue& i) { return i.kind == PlanIssue::Kind::Enclave; });
  ASSERT_NE(enclave, issues.end());
  EXPECT_EQ(enclave->grid, fresh);
  EXPECT_EQ(enclave->value, 0);
  EXPECT_FALSE(enclave->blocksCommit());
  ASSERT_TRUE(session->undo());
  const auto after = session->issues();
  EXPECT_TRUE(
      std::none_of(after.begin(), after.end(), [](const PlanIssue& i) { return i.kind == PlanIssue::Kind::Enclave; }));
}

TEST_F(RedrawSessionTest, BalancingOneGridWithItsNeighboursNeverLeavesBuildingsWithoutAGrid) {
  // The smallest grid, alone and then with its neighbours: nothing may end up without a grid, locked grids hold.
  int smallest = 0;
  for (int g = 1; g < session->gridCount(); ++g)
    if (session->households(g) < session->households(smallest)) smallest = g;
  const std::vector<int> before = session->assignment();
  auto alone = session->autoBalance({smallest});
  ASSERT_TRUE(alone.ok()) << alone.error().describe();
  for (int g : session->assignment()) EXPECT_GE(g, 0);
  for (int u = 0; u < session->unitCount(); ++u)
    if (before[static_cast<std::size_t>(u)] != smallest)
      EXPECT_EQ(session->assignment()[static_cast<std::size_t>(u)], before[static_cast<std::size_t>(u)]);
  std::vector<int> area = session->neighbourGrids(smallest);
  ASSERT_FALSE(area.empty());
  area.push_back(smallest);
  auto together = session->autoBalance(area);
  ASSERT_TRUE(together.ok()) << together.error().describe();
  for (int g : session->assignment()) EXPECT_GE(g, 0);
  for (const PlanIssue& issue : session->issues()) EXPECT_FALSE(issue.blocksCommit()) << issue.message;
  for (int u = 0; u < session->unitCount(); ++u) {
    const int was = before[static_cast<std::size_t>(u)];
    if (std::find(area.begin(), area.end(), was) == area.end())
      EXPECT_EQ(session->assignment()[static_cast<std::size_t>(u)], was) << "a grid outside the selection changed";
  }
}

}  // namespace
TEST_F(RedrawSessionTest, SplittingABuildingByEntranceIsAStepThatKeepsEarlierStrokesAndUndoes) {
  // A building with several 单元 holding households, and one with a single 单元.
  const long long tower = test::count(
      *db,
      "SELECT b.id FROM building b JOIN grid g ON g.id = b.grid_id JOIN community c ON c.id = g.community_id "
      "WHERE c.admin_code = '" +
          community +
          "' AND (SELECT count(DISTINCT ho.unit_no) FROM house ho JOIN household h "
          "ON h.house_id = ho.id WHERE ho.building_id = b.id AND h.logout = 0) >= 2 ORDER BY b.id LIMIT 1");
  const long long single = test::count(
      *db,
      "SELECT b.id FROM building b JOIN grid g ON g.id = b.grid_id JOIN community c ON c.id = g.community_id "
      "WHERE c.admin_code = '" +
          community +
          "' AND (SELECT count(DISTINCT ho.unit_no) FROM house ho WHERE "
          "ho.building_id = b.id) = 1 ORDER BY b.id LIMIT 1");
  const auto unitOf = [&](long long building, int unitNo = 0) {
    for (int u = 0; u < session->unitCount(); ++u)
      if (session->units().buildingIds[static_cast<std::size_t>(u)] == building &&
          session->units().unitNos[static_cast<std::size_t>(u)] == unitNo)
        return u;
    return -1;
  };
  const auto gridsByBuilding = [&] {
    std::string out;
    for (int u = 0; u < session->unitCount(); ++u)
      out += std::to_string(session->units().buildingIds[static_cast<std::size_t>(u)]) + ":" +
             std::to_string(session->units().unitNos[static_cast<std::size_t>(u)]) + ">" +
             std::to_string(session->assignment()[static_cast<std::size_t>(u)]) + " ";
    return out;
  };
  const auto totals = [&] {
    std::vector<long long> t;
    for (int g = 0; g < session->gridCount(); ++g) t.push_back(session->households(g));
    return t;
  };
  ASSERT_GE(unitOf(tower), 0);
  const int towerGrid = session->assignment()[static_cast<std::size_t>(unitOf(tower))];
  // A stroke before the split: another building of the tower's grid to a neighbouring grid.
  const int neighbour = session->neighbourGrids(towerGrid).front();
  int other = -1;
  for (int u = 0; u < session->unitCount() && other < 0; ++u)
    if (session->assignment()[static_cast<std::size_t>(u)] == towerGrid &&
        session->units().buildingIds[static_cast<std::size_t>(u)] != tower)
      other = u;
  const long long otherBuilding = session->units().buildingIds[static_cast<std::size_t>(other)];
  ASSERT_EQ(session->assign({other}, neighbour), 1);
  const std::string beforeSplit = gridsByBuilding();
  const std::vector<long long> totalsBeforeSplit = totals();
  const int unitsBefore = session->unitCount();

  EXPECT_FALSE(session->splitBuilding(*db, single).ok()) << "one 单元: nothing to split";
  auto parts = session->splitBuilding(*db, tower);
  ASSERT_TRUE(parts.ok()) << parts.error().describe();
  ASSERT_GE(*parts, 2);
  EXPECT_EQ(session->unitCount(), unitsBefore + *parts - 1);
  EXPECT_EQ(session->undoLabel(), "split by 单元");
  EXPECT_EQ(totals(), totalsBeforeSplit) << "a split moves no household";
  EXPECT_EQ(unitOf(tower), -1);
  EXPECT_TRUE(session->splitBuildings().count(tower));
  int part = -1;  // the tower's first part
  for (int u = 0; u < session->unitCount() && part < 0; ++u)
    if (session->units().buildingIds[static_cast<std::size_t>(u)] == tower) part = u;
  ASSERT_GE(part, 0);
  EXPECT_GT(session->units().unitNos[static_cast<std::size_t>(part)], 0);
  EXPECT_EQ(session->assignment()[static_cast<std::size_t>(part)], towerGrid) << "parts start in the building's grid";
  EXPECT_FALSE(session->splitBuilding(*db, tower).ok()) << "already split";
  // The earlier stroke survived the split: the other building is still in the neighbouring grid.
  EXPECT_EQ(session->assignment()[static_cast<std::size_t>(unitOf(otherBuilding))], neighbour);

  // One part alone goes to the neighbouring grid.
  const long long partHouseholds = session->units().households[static_cast<std::size_t>(part)];
  ASSERT_EQ(session->assign({part}, neighbour), 1);
  EXPECT_EQ(session->households(neighbour), totalsBeforeSplit[static_cast<std::size_t>(neighbour)] + partHouseholds);
  const std::string afterStroke = gridsByBuilding();

  // Undo the part's stroke and the split, then the first stroke: back to the start, exactly.
  ASSERT_TRUE(session->undo());
  ASSERT_TRUE(session->undo());
  EXPECT_EQ(session->unitCount(), unitsBefore);
  EXPECT_EQ(gridsByBuilding(), beforeSplit);
  EXPECT_EQ(totals(), totalsBeforeSplit);
  EXPECT_TRUE(session->splitBuildings().empty());
  ASSERT_TRUE(session->undo());
  EXPECT_EQ(session->assignment()[static_cast<std::size_t>(unitOf(otherBuilding))], towerGrid);
  // Redo all three.
  ASSERT_TRUE(session->redo());
  ASSERT_TRUE(session->redo());
  ASSERT_TRUE(session->redo());
  EXPECT_EQ(gridsByBuilding(), afterStroke);
  EXPECT_FALSE(session->canRedo());
}

}  // namespace grid::districting
