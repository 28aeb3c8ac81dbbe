// SPDX-License-Identifier: GPL-2.0-or-later
#include "districting/assignment_state.h"

#include <algorithm>

namespace grid::districting::detail {

double medianEdgeLength(const UnitGraph& graph) {
  std::vector<double> lengths;
  lengths.reserve(static_cast<std::size_t>(graph.edgeCount()) * 2);
  for (int u = 0; u < graph.size(); ++u)
    for (int i = graph.begin(u); i < graph.end(u); ++i) lengths.push_back(graph.length(i));
  if (lengths.empty()) return 1;
  std::nth_element(lengths.begin(), lengths.begin() + static_cast<std::ptrdiff_t>(lengths.size() / 2), lengths.end());
  return std::max(lengths[lengths.size() / 2], 1e-9);
}

int gridCount(const std::vector<int>& assignment) {
  int grids = 0;
  for (int g : assignment) grids = std::max(grids, g + 1);
  return grids;
}

AssignmentState::AssignmentState(const UnitGraph& graph, std::vector<int> assignment, int minGrids)
    : m_graph(graph), m_assign(std::move(assignment)) {
  const int n = graph.size();
  m_grids = std::max(gridCount(m_assign), minGrids);
  m_pop.assign(static_cast<std::size_t>(m_grids), 0);
  m_members.assign(static_cast<std::size_t>(m_grids), {});
  m_position.assign(static_cast<std::size_t>(n), -1);
  for (int u = 0; u < n; ++u) {
    const int g = m_assign[static_cast<std::size_t>(u)];
    if (g < 0) continue;
    m_pop[static_cast<std::size_t>(g)] += graph.weight(u);
    m_position[static_cast<std::size_t>(u)] = static_cast<int>(m_members[static_cast<std::size_t>(g)].size());
    m_members[static_cast<std::size_t>(g)].push_back(u);
  }
}

void AssignmentState::moveUnit(int u, int to) {
  const std::size_t i = static_cast<std::size_t>(u);
  const int from = m_assign[i];
  auto& fromList = m_members[static_cast<std::size_t>(from)];
  const int pos = m_position[i];
  fromList[static_cast<std::size_t>(pos)] = fromList.back();
  m_position[static_cast<std::size_t>(fromList.back())] = pos;
  fromList.pop_back();
  auto& toList = m_members[static_cast<std::size_t>(to)];
  m_position[i] = static_cast<int>(toList.size());
  toList.push_back(u);
  m_assign[i] = to;
  m_pop[static_cast<std::size_t>(from)] -= m_graph.weight(u);
  m_pop[static_cast<std::size_t>(to)] += m_graph.weight(u);
}

bool AssignmentState::staysConnectedWithout(int u, int g) {
  if (m_members[static_cast<std::size_t>(g)].size() <= 1) return false;
  m_targets.clear();
  for (int e = m_graph.begin(u); e < m_graph.end(u); ++e)
    if (m_assign[static_cast<std::size_t>(m_graph.neighbour(e))] == g) m_targets.push_back(m_graph.neighbour(e));
  if (m_targets.size() <= 1) return !m_targets.empty();
  ++m_stamp;
  if (m_seen.size() < m_assign.size()) m_seen.assign(m_assign.size(), 0);
  m_seen[static_cast<std::size_t>(u)] = m_stamp;
  m_seen[static_cast<std::size_t>(m_targets[0])] = m_stamp;
  m_queue.assign(1, m_targets[0]);
  std::size_t found = 1;
  for (std::size_t h = 0; h < m_queue.size() && found < m_targets.size(); ++h)
    for (int e = m_graph.begin(m_queue[h]); e < m_graph.end(m_queue[h]); ++e) {
      const int v = m_graph.neighbour(e);
      if (m_assign[static_cast<std::size_t>(v)] != g || m_seen[static_cast<std::size_t>(v)] == m_stamp) continue;
      m_seen[static_cast<std::size_t>(v)] = m_stamp;
      found += std::find(m_targets.begin(), m_targets.end(), v) != m_targets.end();
      m_queue.push_back(v);
    }
  return found == m_targets.size();
}

bool AssignmentState::touches(int u, int g) const {
  for (int e = m_graph.begin(u); e < m_graph.end(u); ++e)
    if (m_assign[static_cast<std::size_t>(m_graph.neighbour(e))] == g) return true;
  return false;
}

std::vector<std::vector<int>> AssignmentState::gridAdjacency() const {
  std::vector<std::vector<int>> adjacent(static_cast<std::size_t>(m_grids));
  for (int u = 0; u < m_graph.size(); ++u) {
    const int g = m_assign[static_cast<std::size_t>(u)];
    if (g < 0) continue;
    for (int e = m_graph.begin(u); e < m_graph.end(u); ++e) {
      const int h = m_assign[static_cast<std::size_t>(m_graph.neighbour(e))];
      if (h >= 0 && h != g) adjacent[static_cast<std::size_t>(g)].push_back(h);
    }
  }
  for (auto& list : adjacent) {
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
  }
  return adjacent;
}

}  // namespace grid::districting::detail
