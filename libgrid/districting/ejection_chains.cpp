// SPDX-License-Identifier: GPL-2.0-or-later
#include "districting/ejection_chains.h"

#include <algorithm>

#include "districting/assignment_state.h"

namespace grid::districting::detail {
namespace {

/**
 * Minimal-change mending of an assignment against the current plan, by single-unit moves only:
 *  - ejection chains: a grid out of tolerance passes one boundary unit to a neighbour (or takes one from it), which
 *    passes one on in turn, until a grid absorbs the difference within tolerance. Shortest chains first, so a grid
 *    is mended with as few buildings moved as its neighbourhood allows;
 *  - return: every unit away from its current grid goes back when both grids stay within tolerance.
 * Grids stay contiguous after every move; locked units and grids never change.
 */
class Mender : public AssignmentState {
 public:
  Mender(const UnitGraph& graph, std::vector<int> assign, const std::vector<int>& current, const PlanOptions& options)
      : AssignmentState(graph, std::move(assign)), m_current(current), m_options(options) {
    m_low = options.target * (1 - options.tolerance) - 1e-9;
    m_high = options.target * (1 + options.tolerance) + 1e-9;
    m_onPath.assign(static_cast<std::size_t>(m_grids), 0);
  }

  //! Ejection chains for every grid out of tolerance, up to \a maxDepth moves each. Returns grids mended.
  int mendWithChains(int maxDepth) {
    int mended = 0;
    for (int g = 0; g < static_cast<int>(m_pop.size()); ++g) {
      if (m_members[static_cast<std::size_t>(g)].empty() || gridLocked(g)) continue;
      for (int guard = 0; guard < 8 && violation(m_pop[static_cast<std::size_t>(g)]) > 0; ++guard) {
        bool found = false;
        for (int depth = 1; depth <= maxDepth && !found; ++depth) {
          m_budget = 200000;
          m_onPath[static_cast<std::size_t>(g)] = 1;
          found = chain(g, g, depth);
          m_onPath[static_cast<std::size_t>(g)] = 0;
        }
        if (!found) break;
        mended += violation(m_pop[static_cast<std::size_t>(g)]) == 0;
      }
    }
    return mended;
  }

  void returnMovedUnits() {
    for (bool changed = true; changed;) {
      changed = false;
      for (int u = 0; u < m_graph.size(); ++u) {
        const int now = m_assign[static_cast<std::size_t>(u)], home = m_current[static_cast<std::size_t>(u)];
        if (now == home || now < 0 || home < 0 || home >= static_cast<int>(m_pop.size()) ||
            m_members[static_cast<std::size_t>(home)].empty() || !movable(u, home))
          continue;
        const long long w = m_graph.weight(u);
        if (!inBand(m_pop[static_cast<std::size_t>(now)] - w) || !inBand(m_pop[static_cast<std::size_t>(home)] + w) ||
            !touches(u, home) || !staysConnectedWithout(u, now))
          continue;
        moveUnit(u, home);
        changed = true;
      }
    }
  }

 private:
  bool flag(const std::vector<char>& flags, int i) const {
    return i >= 0 && static_cast<std::size_t>(i) < flags.size() && flags[static_cast<std::size_t>(i)];
  }
  bool gridLocked(int g) const { return flag(m_options.lockedGrids, g); }
  bool movable(int u, int to) const {
    return !flag(m_options.lockedUnits, u) && !gridLocked(m_assign[static_cast<std::size_t>(u)]) && !gridLocked(to);
  }
  bool inBand(long long households) const {
    return static_cast<double>(households) >= m_low && static_cast<double>(households) <= m_high;
  }
  double violation(long long households) const {
    const double h = static_cast<double>(households);
    return h < m_low ? m_low - h : (h > m_high ? h - m_high : 0);
  }
  /**
   * Grid \a g must change (it is \a origin, out of tolerance, or took or gave a unit on the chain): it gives a unit
   * to a neighbour (too many households) or takes one from it (too few). The origin only has to get closer to the
   * band; every other grid on the chain must end within it, or pass the difference on within \a depth more moves.
   */
  bool chain(int origin, int g, int depth) {
    const long long pop = m_pop[static_cast<std::size_t>(g)];
    if (g != origin && inBand(pop)) return true;
    if (depth == 0 || --m_budget < 0) return false;
    const bool give = static_cast<double>(pop) > m_options.target;
    // Candidate moves: (unit, other grid), units returning to their current grid first.
    std::vector<std::pair<int, int>> moves;
    for (int u : m_members[static_cast<std::size_t>(g)])
      for (int e = m_graph.begin(u); e < m_graph.end(u); ++e) {
        const int v = m_graph.neighbour(e), h = m_assign[static_cast<std::size_t>(v)];
        if (h < 0 || h == g || m_onPath[static_cast<std::size_t>(h)]) continue;
        if (give)
          moves.emplace_back(u, h);
        else
          moves.emplace_back(v, h);
      }
    std::sort(moves.begin(), moves.end());
    moves.erase(std::unique(moves.begin(), moves.end()), moves.end());
    auto cost = [&](const std::pair<int, int>& m) {  // units away from home after the move, minus before
      const int u = m.first, from = m_assign[static_cast<std::size_t>(u)], to = give ? m.second : g;
      return static_cast<int>(m_current[static_cast<std::size_t>(u)] != to) -
             static_cast<int>(m_current[static_cast<std::size_t>(u)] != from);
    };
    std::stable_sort(moves.begin(), moves.end(), [&](const auto& x, const auto& y) { return cost(x) < cost(y); });
    for (const auto& [u, h] : moves) {
      const int from = give ? g : h, to = give ? h : g;
      const long long w = m_graph.weight(u);
      const long long after = pop + (give ? -w : w);
      if (g == origin ? violation(after) >= violation(pop) : !inBand(after)) continue;
      if (!movable(u, to) || !staysConnectedWithout(u, from)) continue;
      moveUnit(u, to);
      m_onPath[static_cast<std::size_t>(h)] = 1;
      const bool done = chain(origin, h, depth - 1);
      m_onPath[static_cast<std::size_t>(h)] = 0;
      if (done) return true;
      moveUnit(u, from);
      if (m_budget < 0) return false;
    }
    return false;
  }

  const std::vector<int>& m_current;
  const PlanOptions& m_options;
  double m_low = 0, m_high = 0;
  std::vector<char> m_onPath;
  long m_budget = 0;
};

}  // namespace

int mendWithChains(const UnitGraph& graph, std::vector<int>& assign, const std::vector<int>& current,
                   const PlanOptions& options, int maxDepth) {
  Mender mender(graph, std::move(assign), current, options);
  const int mended = mender.mendWithChains(maxDepth);
  assign = mender.takeAssignment();
  return mended;
}

void returnMovedUnits(const UnitGraph& graph, std::vector<int>& assign, const std::vector<int>& current,
                      const PlanOptions& options) {
  Mender mender(graph, std::move(assign), current, options);
  mender.returnMovedUnits();
  assign = mender.takeAssignment();
}

}  // namespace grid::districting::detail
