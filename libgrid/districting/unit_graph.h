// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <cstdint>
#include <vector>

namespace grid::districting {

//! An undirected adjacency between two units with the length of their shared boundary (metres, > 0).
struct UnitEdge {
  int a = 0;
  int b = 0;
  double length = 1;
};

/**
 * The units a plan assigns to grids (buildings, or 单元 parts of oversized buildings), weighted by households,
 * with their adjacency in compressed sparse row form (METIS's layout). Edge weights are shared boundary
 * lengths; a barrier the user may cut cheaply has a short length, a hard barrier no edge at all.
 */
class UnitGraph {
 public:
  UnitGraph() = default;
  //! Builds the graph; self loops are dropped, duplicate edges merged (lengths added), lengths ≤ 0 dropped.
  UnitGraph(std::vector<long long> weights, const std::vector<UnitEdge>& edges);

  int size() const { return static_cast<int>(m_weight.size()); }
  long long weight(int unit) const { return m_weight[static_cast<std::size_t>(unit)]; }
  const std::vector<long long>& weights() const { return m_weight; }
  long long totalWeight() const { return m_total; }

  //! Neighbours of \a unit: indices [begin, end) into neighbour()/length().
  int begin(int unit) const { return m_xadj[static_cast<std::size_t>(unit)]; }
  int end(int unit) const { return m_xadj[static_cast<std::size_t>(unit) + 1]; }
  int neighbour(int index) const { return m_adjacent[static_cast<std::size_t>(index)]; }
  double length(int index) const { return m_length[static_cast<std::size_t>(index)]; }
  int edgeCount() const { return static_cast<int>(m_adjacent.size() / 2); }

  const std::vector<int>& xadj() const { return m_xadj; }
  const std::vector<int>& adjacency() const { return m_adjacent; }

  //! Connected components: component index per unit; returns their number.
  int components(std::vector<int>& component) const;

 private:
  std::vector<long long> m_weight;
  long long m_total = 0;
  std::vector<int> m_xadj{0};
  std::vector<int> m_adjacent;
  std::vector<double> m_length;
};

//! The graph on \a units only (unit i of the result is units[i]), with the edges among them.
UnitGraph inducedSubgraph(const UnitGraph& graph, const std::vector<int>& units);

//! A rows × cols lattice of square cells of side \a cell with rook adjacency; unit r·cols + c is row r, column c.
//! Benchmarks and tests use it, as the districting literature does.
UnitGraph rookLattice(int rows, int cols, std::vector<long long> weights, double cell = 1.0);

}  // namespace grid::districting
