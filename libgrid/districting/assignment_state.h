// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <vector>

#include "districting/unit_graph.h"

namespace grid::districting::detail {

/**
 * One assignment of units to grids with what every search step needs kept up to date: households and members per
 * grid, and the contiguity test of a move. The local search and the ejection chains both work on it, so a move
 * and its check mean the same in both. Member order is part of the state (the search's random trees walk it):
 * a unit leaving a grid is replaced by the grid's last member.
 */
class AssignmentState {
 public:
  //! \a minGrids: grid numbers to keep room for beyond those in \a assignment (a repair's current plan).
  AssignmentState(const UnitGraph& graph, std::vector<int> assignment, int minGrids = 0);

  const std::vector<int>& assignment() const { return m_assign; }
  std::vector<int> takeAssignment() { return std::move(m_assign); }

 protected:
  void moveUnit(int u, int to);
  //! True if grid \a g (which holds \a u) keeps at least one unit and stays connected without \a u.
  bool staysConnectedWithout(int u, int g);
  bool touches(int u, int g) const;
  //! Sorted, distinct neighbouring grids of every grid.
  std::vector<std::vector<int>> gridAdjacency() const;

  const UnitGraph& m_graph;
  std::vector<int> m_assign;
  int m_grids = 0;
  std::vector<long long> m_pop;  //!< households per grid
  std::vector<std::vector<int>> m_members;
  std::vector<int> m_position;  //!< index of each unit in its grid's members

 private:
  std::vector<int> m_targets, m_queue;
  std::vector<unsigned> m_seen;
  unsigned m_stamp = 0;
};

//! The median length of the graph's edges (the scale of the cut-length term), at least 1e-9.
double medianEdgeLength(const UnitGraph& graph);

//! One more than the largest grid number in \a assignment (0 if none).
int gridCount(const std::vector<int>& assignment);

}  // namespace grid::districting::detail
