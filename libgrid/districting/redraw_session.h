// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "districting/community_plan.h"

namespace grid::districting {

//! Something that keeps a redrawn plan from being accepted (or that the user should look at).
struct PlanIssue {
  enum class Kind { NotContiguous, Unassigned, Enclave, Empty, OutsideTolerance };
  Kind kind;
  int grid = -1;
  long long value = 0;  //!< households (OutsideTolerance), buildings (Unassigned), the enclosing grid (Enclave)
  std::string message;  //!< English, for logs and the command line; the workstation words its own
  bool blocksCommit() const { return kind == Kind::NotContiguous || kind == Kind::Unassigned; }
};

/**
 * The interactive redraw of one community (the engine behind the workstation's redraw mode; no Qt).
 *
 * Starts from the community's current plan. Every edit — a click, a brush or rectangle stroke, an auto-balance —
 * is one step that can be undone and redone. Totals, deviations and issues are recomputed after each step.
 * Nothing reaches the database until commit(), which accepts the plan as a new version in one audited
 * transaction (commitCommunityPlan); discard is simply dropping the session.
 */
class RedrawSession {
 public:
  static Result<RedrawSession> open(Database& database, const std::string& communityCode, const PlanOptions& options);

  const CommunityUnits& units() const { return m_plan.units; }
  const PlanOptions& options() const { return m_options; }
  const std::vector<int>& assignment() const { return m_assignment; }
  int unitCount() const { return static_cast<int>(m_assignment.size()); }
  //! Grid numbers 0 … gridCount()−1: the current grids (units().gridCodes) first, then grids added here.
  int gridCount() const { return static_cast<int>(m_households.size()); }
  std::string gridLabel(int grid) const;
  long long households(int grid) const { return m_households[static_cast<std::size_t>(grid)]; }
  long long householdsAtStart(int grid) const;
  double deviation(int grid) const;
  bool gridLocked(int grid) const { return m_locked[static_cast<std::size_t>(grid)] != 0; }
  void setGridLocked(int grid, bool locked);

  /**
   * Moves \a units (indices) to \a grid as one step. Units in locked grids and units already there are left
   * out; returns how many moved (0: nothing recorded). \a grid may be gridCount() to start a new grid.
   */
  int assign(const std::vector<int>& units, int grid, const std::string& label = "assign");

  //! What the step would change, without recording it: households per grid after it (for live totals).
  std::vector<long long> preview(const std::vector<int>& units, int grid) const;

  //! Grids sharing a boundary with \a grid.
  std::vector<int> neighbourGrids(int grid) const;

  /**
   * Splits building \a buildingId into one unit per 单元 (entrance) as one step, so its parts can go to different
   * grids; the parts start in the building's grid. Undo merges it back (after the strokes on its parts are undone).
   * Reads the 单元 from \a database and re-tessellates the community. Returns the number of parts; refused for a
   * building that is not in the community, is already split, or has fewer than two 单元.
   */
  Result<int> splitBuilding(Database& database, long long buildingId);
  //! Buildings split by 单元 in this session (besides those split because they exceed the tolerance).
  const std::set<long long>& splitBuildings() const { return m_split; }

  //! Rebalances \a grids (the others are held) with the repair engine; one step. Returns units moved.
  Result<int> autoBalance(const std::vector<int>& grids);

  bool canUndo() const { return m_done > 0; }
  bool canRedo() const { return m_done < m_steps.size(); }
  std::string undoLabel() const;
  std::string redoLabel() const;
  bool undo();
  bool redo();

  std::vector<PlanIssue> issues() const;
  //! Units moved against the plan the session started from.
  int unitsMoved() const;

  //! The session's plan with metrics and polygons (what commit would write).
  Result<CommunityPlan> currentPlan() const;
  Result<CommitSummary> commit(Database& database, const Clock& clock, const Actor& actor,
                               const std::string& note = {});

 private:
  struct Step {
    std::string label;
    std::vector<int> units;
    std::vector<int> from;
    std::vector<int> to;
    //! A split: the community's units before and after it (the other fields are empty).
    std::shared_ptr<const CommunityPlan> before, after;
    long long splitBuilding = -1;
  };
  void apply(std::size_t index, bool forward);
  //! Replaces the units by \a next: the assignment and the steps before \a stepsBefore are carried over by building
  //! and 单元 (a split building's grid goes to each part; merged parts give theirs to the building).
  void switchUnits(const CommunityPlan& next, std::size_t stepsBefore);
  UnitGraph graph() const { return UnitGraph(m_plan.units.households, m_plan.tessellation.edges); }

  CommunityPlan m_plan;  // units and tessellation; its plan part is refreshed by currentPlan()
  PlanOptions m_options;
  std::vector<int> m_assignment;
  std::vector<long long> m_households;
  std::vector<long long> m_startHouseholds;  // per current grid when the session opened (the table's "change")
  std::vector<char> m_locked;
  std::vector<Step> m_steps;
  std::size_t m_done = 0;
  std::string m_communityCode;
  std::set<long long> m_split;
};

}  // namespace grid::districting
