// SPDX-License-Identifier: GPL-2.0-or-later
#include "districting/unit_graph.h"

#include <algorithm>
#include <numeric>

namespace grid::districting {

UnitGraph::UnitGraph(std::vector<long long> weights, const std::vector<UnitEdge>& edges)
    : m_weight(std::move(weights)) {
  m_total = std::accumulate(m_weight.begin(), m_weight.end(), 0LL);
  const int n = size();
  struct Half {
    int from, to;
    double length;
  };
  std::vector<Half> halves;
  halves.reserve(edges.size() * 2);
  for (const UnitEdge& e : edges) {
    if (e.a == e.b || e.length <= 0 || e.a < 0 || e.b < 0 || e.a >= n || e.b >= n) continue;
    halves.push_back({e.a, e.b, e.length});
    halves.push_back({e.b, e.a, e.length});
  }
  std::sort(halves.begin(), halves.end(),
            [](const Half& x, const Half& y) { return x.from != y.from ? x.from < y.from : x.to < y.to; });
  m_xadj.assign(static_cast<std::size_t>(n) + 1, 0);
  for (std::size_t i = 0; i < halves.size(); ++i) {
    if (i > 0 && halves[i].from == halves[i - 1].from && halves[i].to == halves[i - 1].to) {
      m_length.back() += halves[i].length;  // duplicate edge: one adjacency, both boundaries
      continue;
    }
    m_adjacent.push_back(halves[i].to);
    m_length.push_back(halves[i].length);
    ++m_xadj[static_cast<std::size_t>(halves[i].from) + 1];
  }
  for (int u = 0; u < n; ++u) m_xadj[static_cast<std::size_t>(u) + 1] += m_xadj[static_cast<std::size_t>(u)];
}

int UnitGraph::components(std::vector<int>& component) const {
  component.assign(static_cast<std::size_t>(size()), -1);
  int count = 0;
  std::vector<int> stack;
  for (int start = 0; start < size(); ++start) {
    if (component[static_cast<std::size_t>(start)] >= 0) continue;
    component[static_cast<std::size_t>(start)] = count;
    stack.push_back(start);
    while (!stack.empty()) {
      const int u = stack.back();
      stack.pop_back();
      for (int i = begin(u); i < end(u); ++i) {
        const int v = neighbour(i);
        if (component[static_cast<std::size_t>(v)] < 0) {
          component[static_cast<std::size_t>(v)] = count;
          stack.push_back(v);
        }
      }
    }
    ++count;
  }
  return count;
}

UnitGraph inducedSubgraph(const UnitGraph& graph, const std::vector<int>& units) {
  std::vector<long long> weights;
  std::vector<int> local(static_cast<std::size_t>(graph.size()), -1);
  for (std::size_t i = 0; i < units.size(); ++i)
    local[static_cast<std::size_t>(units[i])] = static_cast<int>(i), weights.push_back(graph.weight(units[i]));
  std::vector<UnitEdge> edges;
  for (int u : units)
    for (int e = graph.begin(u); e < graph.end(u); ++e)
      if (const int v = local[static_cast<std::size_t>(graph.neighbour(e))]; v > local[static_cast<std::size_t>(u)])
        edges.push_back({local[static_cast<std::size_t>(u)], v, graph.length(e)});
  return UnitGraph(std::move(weights), edges);
}

UnitGraph rookLattice(int rows, int cols, std::vector<long long> weights, double cell) {
  std::vector<UnitEdge> edges;
  for (int r = 0; r < rows; ++r)
    for (int c = 0; c < cols; ++c) {
      const int u = r * cols + c;
      if (c + 1 < cols) edges.push_back({u, u + 1, cell});
      if (r + 1 < rows) edges.push_back({u, u + cols, cell});
    }
  return UnitGraph(std::move(weights), edges);
}

}  // namespace grid::districting
