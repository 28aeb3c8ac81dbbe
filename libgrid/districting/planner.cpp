// SPDX-License-Identifier: GPL-2.0-or-later
#include "districting/planner.h"

#include <metis.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <numeric>
#include <random>
#include <set>
#include <tuple>

#include "common/log.h"

namespace grid::districting {
namespace {

using SteadyClock = std::chrono::steady_clock;

double medianEdgeLength(const UnitGraph& graph) {
  std::vector<double> lengths;
  lengths.reserve(static_cast<std::size_t>(graph.edgeCount()) * 2);
  for (int u = 0; u < graph.size(); ++u)
    for (int i = graph.begin(u); i < graph.end(u); ++i) lengths.push_back(graph.length(i));
  if (lengths.empty()) return 1;
  std::nth_element(lengths.begin(), lengths.begin() + static_cast<std::ptrdiff_t>(lengths.size() / 2), lengths.end());
  return std::max(lengths[lengths.size() / 2], 1e-9);
}

std::string households(double value) {
  return std::to_string(static_cast<long long>(std::llround(value)));
}

//! Feasibility warnings: units that alone exceed the band, parts whose households cannot be split within it.
std::vector<std::string> feasibilityWarnings(const UnitGraph& graph, const PlanOptions& options,
                                             const std::vector<int>& component, int components,
                                             const std::vector<int>& partsPerComponent) {
  std::vector<std::string> warnings;
  const double high = options.target * (1 + options.tolerance), low = options.target * (1 - options.tolerance);
  int oversized = 0;
  long long largest = 0;
  for (int u = 0; u < graph.size(); ++u)
    if (static_cast<double>(graph.weight(u)) > high) ++oversized, largest = std::max(largest, graph.weight(u));
  if (oversized > 0)
    warnings.push_back(std::to_string(oversized) + " unit(s) hold more than " + households(high) +
                       " households (largest " + std::to_string(largest) +
                       "); their grids cannot be within tolerance unless those buildings are split by 单元.");
  std::vector<long long> total(static_cast<std::size_t>(components), 0);
  for (int u = 0; u < graph.size(); ++u)
    total[static_cast<std::size_t>(component[static_cast<std::size_t>(u)])] += graph.weight(u);
  for (int c = 0; c < components; ++c) {
    const int k = partsPerComponent[static_cast<std::size_t>(c)];
    if (k <= 0 || total[static_cast<std::size_t>(c)] == 0) continue;
    const double mean = static_cast<double>(total[static_cast<std::size_t>(c)]) / k;
    if (mean < low || mean > high)
      warnings.push_back("A separate part of " + std::to_string(total[static_cast<std::size_t>(c)]) +
                         " households (cut off by barriers or distance) makes " + std::to_string(k) + " grid(s) of " +
                         households(mean) + " on average, outside " + households(low) + "–" + households(high) + ".");
  }
  return warnings;
}

/**
 * The local search over one assignment: recombination of adjacent grid pairs along the best cut of random spanning
 * trees of their union, and single-unit moves that keep both grids contiguous.
 */
class Search {
 public:
  static constexpr int kPatience = 8;
  static constexpr int kExhaustiveUnits = 14;

  Search(const UnitGraph& graph, const PlanOptions& options, std::vector<int> assignment,
         const std::vector<int>* current)
      : m_graph(graph), m_options(options), m_assign(std::move(assignment)), m_current(current), m_rng(options.seed) {
    const int n = graph.size();
    m_target = options.target;
    m_band = options.tolerance * options.target;
    m_grids = 0;
    for (int g : m_assign) m_grids = std::max(m_grids, g + 1);
    if (current)
      for (int g : *current) m_grids = std::max(m_grids, g + 1);
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
    m_unitLocked.assign(static_cast<std::size_t>(n), 0);
    for (int u = 0; u < n; ++u) {
      const std::size_t i = static_cast<std::size_t>(u);
      if (i < options.lockedUnits.size() && options.lockedUnits[i]) m_unitLocked[i] = 1;
      const int g = m_assign[i];
      if (g >= 0 && static_cast<std::size_t>(g) < options.lockedGrids.size() &&
          options.lockedGrids[static_cast<std::size_t>(g)])
        m_unitLocked[i] = 1;
    }
    m_gridLocked.assign(static_cast<std::size_t>(m_grids), 0);
    for (std::size_t g = 0; g < options.lockedGrids.size() && g < m_gridLocked.size(); ++g)
      m_gridLocked[g] = options.lockedGrids[g];
    const double t2 = m_target * m_target;
    m_wViolation = t2;  // one household over the band outweighs any deviation inside it
    m_wCut = options.cutWeight * 1e-4 * t2 / medianEdgeLength(graph);
    m_wMove = current ? options.moveWeight * 1e-2 * t2 : 0;
    if (current) m_wCut *= 0.01;  // repair: keep boundaries where they are rather than tidy them
    m_wSquare = current ? 0.1 : 1.0;
    m_local.assign(static_cast<std::size_t>(n), -1);
  }

  double popCost(long long households) const {
    const double d = static_cast<double>(households) - m_target;
    const double violation = std::max(0.0, std::abs(d) - m_band);
    return m_wViolation * violation + m_wSquare * d * d;
  }
  bool moved(int unit, int grid) const { return m_current && (*m_current)[static_cast<std::size_t>(unit)] != grid; }

  /**
   * Runs rounds until nothing improves, the round limit, the deadline or a cancel. Returns rounds run.
   * Propose recombines every adjacent pair. Repair first recombines only pairs with a grid out of tolerance; if
   * some stay out, it widens to pairs up to 1, 2, 3 grids away and balances them fully, so a surplus can flow
   * through balanced neighbours to a grid with room, moving as few units as that takes.
   */
  Result<int> run(Progress* progress, bool recombine) {
    const auto start = SteadyClock::now();
    const std::vector<int> radii = recombine ? std::vector<int>{-1} : std::vector<int>{0, 1, 2, 3, 4, 6, 8, 12};
    int round = 0;
    for (int radius : radii) {
      if (radius > 0) {
        if (!anyViolation()) break;
        m_wSquare = 1.0;
      }
      int stalled =
          0;  // rounds without improvement; random trees may still find a cut while grids are out of tolerance
      for (; round < m_options.maxRounds; ++round) {
        if (progress && progress->isCancelled())
          return makeError(ErrorCode::Cancelled, "Regridding cancelled; nothing was changed.");
        bool improved = false;
        if (recombine || anyViolation()) improved |= recombinationPass(radius);
        if (anyViolation()) improved |= chainPass();
        improved |= unitMovePass();
        if (progress) progress->report(std::min(1.0, static_cast<double>(round + 1) / 20.0), "balancing");
        if (m_options.timeLimitSeconds > 0 &&
            std::chrono::duration<double>(SteadyClock::now() - start).count() > m_options.timeLimitSeconds)
          return round + 1;
        stalled = improved ? 0 : stalled + 1;
        if (stalled > (recombine && anyViolation() ? kPatience : 0)) break;
      }
    }
    return round + 1;
  }

  const std::vector<int>& assignment() const { return m_assign; }

 private:
  bool violates(int g) const {
    return std::abs(static_cast<double>(m_pop[static_cast<std::size_t>(g)]) - m_target) > m_band + 1e-9;
  }
  bool anyViolation() const {
    for (int g = 0; g < m_grids; ++g)
      if (!m_members[static_cast<std::size_t>(g)].empty() && violates(g)) return true;
    return false;
  }

  void moveUnit(int u, int to) {
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

  //! True if grid \a g stays connected without unit \a u (u belongs to g).
  bool staysConnectedWithout(int u, int g) {
    std::vector<int>& targets = m_scratch;
    targets.clear();
    for (int i = m_graph.begin(u); i < m_graph.end(u); ++i) {
      const int v = m_graph.neighbour(i);
      if (m_assign[static_cast<std::size_t>(v)] == g) targets.push_back(v);
    }
    if (targets.size() <= 1) return !targets.empty() || m_members[static_cast<std::size_t>(g)].size() == 1;
    ++m_stamp;
    if (m_seen.size() < m_assign.size()) m_seen.assign(m_assign.size(), 0);
    std::vector<int>& queue = m_queue;
    queue.clear();
    queue.push_back(targets[0]);
    m_seen[static_cast<std::size_t>(targets[0])] = m_stamp;
    m_seen[static_cast<std::size_t>(u)] = m_stamp;
    std::size_t found = 1;
    for (std::size_t head = 0; head < queue.size() && found < targets.size(); ++head) {
      const int x = queue[head];
      for (int i = m_graph.begin(x); i < m_graph.end(x); ++i) {
        const int v = m_graph.neighbour(i);
        if (m_assign[static_cast<std::size_t>(v)] != g || m_seen[static_cast<std::size_t>(v)] == m_stamp) continue;
        m_seen[static_cast<std::size_t>(v)] = m_stamp;
        if (std::find(targets.begin(), targets.end(), v) != targets.end()) ++found;
        queue.push_back(v);
      }
    }
    return found == targets.size();
  }

  bool unitMovePass() {
    const int n = m_graph.size();
    std::vector<int> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), m_rng);
    bool improved = false;
    for (int u : order) {
      const std::size_t i = static_cast<std::size_t>(u);
      const int from = m_assign[i];
      if (from < 0 || m_unitLocked[i] || m_members[static_cast<std::size_t>(from)].size() <= 1) continue;
      // Shared boundary per neighbouring grid.
      double toFrom = 0;
      m_candidates.clear();
      for (int e = m_graph.begin(u); e < m_graph.end(u); ++e) {
        const int g = m_assign[static_cast<std::size_t>(m_graph.neighbour(e))];
        if (g == from)
          toFrom += m_graph.length(e);
        else if (g >= 0) {
          auto it = std::find_if(m_candidates.begin(), m_candidates.end(), [&](const auto& c) { return c.first == g; });
          if (it == m_candidates.end())
            m_candidates.emplace_back(g, m_graph.length(e));
          else
            it->second += m_graph.length(e);
        }
      }
      if (m_candidates.empty()) continue;
      const long long w = m_graph.weight(u);
      const double before = popCost(m_pop[static_cast<std::size_t>(from)]);
      double best = -1e-9;
      int bestGrid = -1;
      for (const auto& [to, shared] : m_candidates) {
        if (m_gridLocked[static_cast<std::size_t>(to)]) continue;
        const double delta = popCost(m_pop[static_cast<std::size_t>(from)] - w) +
                             popCost(m_pop[static_cast<std::size_t>(to)] + w) - before -
                             popCost(m_pop[static_cast<std::size_t>(to)]) + m_wCut * (toFrom - shared) +
                             m_wMove * (static_cast<int>(moved(u, to)) - static_cast<int>(moved(u, from)));
        if (delta < best) best = delta, bestGrid = to;
      }
      if (bestGrid < 0 || !staysConnectedWithout(u, from)) continue;
      moveUnit(u, bestGrid);
      improved = true;
    }
    return improved;
  }

  struct Dsu {
    std::vector<int> parent;
    void reset(int n) {
      parent.resize(static_cast<std::size_t>(n));
      std::iota(parent.begin(), parent.end(), 0);
    }
    int find(int x) {
      while (parent[static_cast<std::size_t>(x)] != x)
        x = parent[static_cast<std::size_t>(x)] = parent[static_cast<std::size_t>(parent[static_cast<std::size_t>(x)])];
      return x;
    }
    bool unite(int a, int b) {
      a = find(a), b = find(b);
      if (a == b) return false;
      parent[static_cast<std::size_t>(a)] = b;
      return true;
    }
  };

  //! Recombines grids \a a and \a b: the best balanced cut over random spanning trees of their union.
  bool recombine(int a, int b) {
    if (m_gridLocked[static_cast<std::size_t>(a)] || m_gridLocked[static_cast<std::size_t>(b)]) return false;
    std::vector<int>& units = m_rcUnits;  // buffers reused call after call: recombination is the hot loop
    units = m_members[static_cast<std::size_t>(a)];
    units.insert(units.end(), m_members[static_cast<std::size_t>(b)].begin(),
                 m_members[static_cast<std::size_t>(b)].end());
    const int n = static_cast<int>(units.size());
    if (n < 2) return false;
    for (int i = 0; i < n; ++i) {
      if (m_unitLocked[static_cast<std::size_t>(units[static_cast<std::size_t>(i)])]) {
        for (int j = 0; j < i; ++j) m_local[static_cast<std::size_t>(units[static_cast<std::size_t>(j)])] = -1;
        return false;
      }
      m_local[static_cast<std::size_t>(units[static_cast<std::size_t>(i)])] = i;
    }
    std::vector<LocalEdge>& edges = m_rcEdges;
    edges.clear();
    for (int i = 0; i < n; ++i) {
      const int u = units[static_cast<std::size_t>(i)];
      for (int e = m_graph.begin(u); e < m_graph.end(u); ++e) {
        const int j = m_local[static_cast<std::size_t>(m_graph.neighbour(e))];
        if (j > i) edges.push_back({i, j, m_graph.length(e)});
      }
    }
    const long long total = m_pop[static_cast<std::size_t>(a)] + m_pop[static_cast<std::size_t>(b)];
    const double current = popCost(m_pop[static_cast<std::size_t>(a)]) + popCost(m_pop[static_cast<std::size_t>(b)]);
    std::vector<int>& order = m_rcOrder;
    order.resize(edges.size());
    std::vector<std::vector<int>>& tree = m_rcTree;
    if (tree.size() < static_cast<std::size_t>(n)) tree.resize(static_cast<std::size_t>(n));
    std::vector<int>& parent = m_rcParent;
    parent.resize(static_cast<std::size_t>(n));
    std::vector<int>& bfs = m_rcBfs;
    std::vector<long long>& subtree = m_rcSubtree;
    subtree.resize(static_cast<std::size_t>(n));
    std::vector<char>& bestSide = m_rcBestSide;
    bestSide.clear();
    double bestScore = 1e300, bestPop = 0;
    bool subtreeToB = false;
    // Repair: the cut is chosen for households and units moved from the current plan together.
    const bool repairing = m_current != nullptr && m_desired < 0;
    std::vector<int>& notA = m_rcNotA;
    std::vector<int>& notB = m_rcNotB;
    if (repairing) notA.resize(static_cast<std::size_t>(n)), notB.resize(static_cast<std::size_t>(n));
    // A small union (a few big buildings: the lumpy case of real districts, where tree cuts miss the one split
    // that balances) is cut exactly: every split into two connected sides is tried.
    const bool exhaustive = !m_current && m_desired < 0 && n <= kExhaustiveUnits;
    if (exhaustive) {
      std::vector<unsigned>& adjacent = m_rcAdjacent;
      adjacent.assign(static_cast<std::size_t>(n), 0);
      for (const LocalEdge& edge : edges)
        adjacent[static_cast<std::size_t>(edge.x)] |= 1u << edge.y, adjacent[static_cast<std::size_t>(edge.y)] |= 1u << edge.x;
      auto connected = [&](unsigned set) {
        unsigned reached = set & (~set + 1), frontier = reached;
        while (frontier) {
          unsigned next = 0;
          for (unsigned f = frontier; f; f &= f - 1) next |= adjacent[static_cast<std::size_t>(__builtin_ctz(f))];
          next &= set & ~reached;
          reached |= next;
          frontier = next;
        }
        return reached == set;
      };
      const unsigned all = (1u << n) - 1;
      unsigned bestMask = 0;
      for (unsigned mask = 1; mask < all; mask += 2) {  // unit 0 on the mask's side: each split once
        long long pop = 0;
        for (unsigned m = mask; m; m &= m - 1) pop += m_graph.weight(units[static_cast<std::size_t>(__builtin_ctz(m))]);
        const double cost = popCost(pop) + popCost(total - pop);
        if (cost >= bestScore - 1e-9 || !connected(mask) || !connected(all & ~mask)) continue;
        bestScore = cost, bestPop = cost, bestMask = mask;
      }
      if (bestMask != 0) {
        bestSide.assign(static_cast<std::size_t>(n), 0);
        for (int i = 0; i < n; ++i) bestSide[static_cast<std::size_t>(i)] = (bestMask >> i) & 1u;
      }
    }
    const int trees = exhaustive ? 0 : m_current ? 16 : 8;
    for (int t = 0; t < trees; ++t) {
      // Kruskal over edges in random order = the minimum spanning tree for random weights.
      std::iota(order.begin(), order.end(), 0);
      std::shuffle(order.begin(), order.end(), m_rng);
      Dsu& dsu = m_rcDsu;
      dsu.reset(n);
      for (int i = 0; i < n; ++i) tree[static_cast<std::size_t>(i)].clear();
      int joined = 0;
      for (int e : order) {
        const LocalEdge& edge = edges[static_cast<std::size_t>(e)];
        if (dsu.unite(edge.x, edge.y)) {
          tree[static_cast<std::size_t>(edge.x)].push_back(edge.y);
          tree[static_cast<std::size_t>(edge.y)].push_back(edge.x);
          if (++joined == n - 1) break;
        }
      }
      if (joined != n - 1) break;  // the union is not connected (cannot happen for adjacent contiguous grids)
      bfs.assign(1, 0);
      parent[0] = -1;
      for (std::size_t h = 0; h < bfs.size(); ++h) {
        const int x = bfs[h];
        for (int y : tree[static_cast<std::size_t>(x)])
          if (y != parent[static_cast<std::size_t>(x)]) parent[static_cast<std::size_t>(y)] = x, bfs.push_back(y);
      }
      for (int i = 0; i < n; ++i) {
        const int u = units[static_cast<std::size_t>(i)];
        subtree[static_cast<std::size_t>(i)] = m_graph.weight(u);
        if (repairing) {
          notA[static_cast<std::size_t>(i)] = moved(u, a);
          notB[static_cast<std::size_t>(i)] = moved(u, b);
        }
      }
      for (std::size_t h = bfs.size(); h-- > 1;) {
        const std::size_t x = static_cast<std::size_t>(bfs[h]), p = static_cast<std::size_t>(parent[x]);
        subtree[p] += subtree[x];
        if (repairing) notA[p] += notA[x], notB[p] += notB[x];
      }
      int bestCut = -1;
      double score = 1e300, scorePop = 0;
      bool toB = false;
      for (int c = 1; c < n; ++c) {
        const long long below = subtree[static_cast<std::size_t>(c)];
        if (m_desired >= 0) {  // targeted: b should end with m_desired households
          const double s1 = std::abs(static_cast<double>(below - m_desired)),
                       s2 = std::abs(static_cast<double>(total - below - m_desired));
          if (std::min(s1, s2) < score) score = std::min(s1, s2), bestCut = c, toB = s1 <= s2;
          continue;
        }
        const double pop = popCost(below) + popCost(total - below);
        double s = pop;
        if (repairing) {
          // Units away from their current grid under either labelling of the two sides; the cheaper one counts.
          const std::size_t ci = static_cast<std::size_t>(c);
          const int subtreeToB = notB[ci] + (notA[0] - notA[ci]), subtreeToA = notA[ci] + (notB[0] - notB[ci]);
          s += m_wMove * std::min(subtreeToB, subtreeToA);
        }
        if (s < score) score = s, scorePop = pop, bestCut = c;
      }
      if (bestCut < 0 || score >= bestScore) continue;
      bestScore = score;
      bestPop = scorePop;
      subtreeToB = toB;
      bestSide.assign(static_cast<std::size_t>(n), 0);  // 1 = in the subtree below the cut
      for (int x : bfs) {
        const int p = parent[static_cast<std::size_t>(x)];
        bestSide[static_cast<std::size_t>(x)] = x == bestCut ? 1 : (p >= 0 ? bestSide[static_cast<std::size_t>(p)] : 0);
      }
    }
    bool applied = false;
    if (!bestSide.empty() && m_desired >= 0) {  // targeted: apply as found; the caller judges the whole chain
      for (int i = 0; i < n; ++i) {
        const int u = units[static_cast<std::size_t>(i)];
        const int to = (bestSide[static_cast<std::size_t>(i)] != 0) == subtreeToB ? b : a;
        if (to != m_assign[static_cast<std::size_t>(u)]) moveUnit(u, to), applied = true;
      }
    } else if (!bestSide.empty() && (repairing || bestPop < current + 1e-9)) {
      // Which side keeps a's number: the labelling that moves fewer units (then the smaller move-cost).
      double cutBefore = 0, cutAfter = 0;
      for (const LocalEdge& edge : edges) {
        const int ux = units[static_cast<std::size_t>(edge.x)], uy = units[static_cast<std::size_t>(edge.y)];
        if (m_assign[static_cast<std::size_t>(ux)] != m_assign[static_cast<std::size_t>(uy)]) cutBefore += edge.length;
        if (bestSide[static_cast<std::size_t>(edge.x)] != bestSide[static_cast<std::size_t>(edge.y)])
          cutAfter += edge.length;
      }
      double bestDelta = 0;
      int bestLabel = -1;
      for (int label = 0; label < 2; ++label) {
        int changed = 0, movedBefore = 0, movedAfter = 0;
        for (int i = 0; i < n; ++i) {
          const int u = units[static_cast<std::size_t>(i)];
          const int to = (bestSide[static_cast<std::size_t>(i)] != 0) == (label == 0) ? a : b;
          changed += to != m_assign[static_cast<std::size_t>(u)];
          movedBefore += moved(u, m_assign[static_cast<std::size_t>(u)]);
          movedAfter += moved(u, to);
        }
        const double delta = bestPop - current + m_wCut * (cutAfter - cutBefore) +
                             m_wMove * (movedAfter - movedBefore) + 1e-9 * changed;  // ties: fewer changes
        if (changed > 0 && delta < bestDelta - 1e-9) bestDelta = delta, bestLabel = label;
      }
      if (bestLabel >= 0) {
        for (int i = 0; i < n; ++i) {
          const int u = units[static_cast<std::size_t>(i)];
          const int to = (bestSide[static_cast<std::size_t>(i)] != 0) == (bestLabel == 0) ? a : b;
          if (to != m_assign[static_cast<std::size_t>(u)]) moveUnit(u, to);
        }
        applied = true;
      }
    }
    for (int u : units) m_local[static_cast<std::size_t>(u)] = -1;
    return applied;
  }

  std::vector<std::vector<int>> gridAdjacency() const {
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

  double objective(const std::vector<std::pair<int, int>>& snapshot, const std::vector<int>& grids) const {
    double cost = 0;
    for (int g : grids) cost += popCost(m_pop[static_cast<std::size_t>(g)]);
    for (const auto& [u, g] : snapshot) cost += m_wMove * moved(u, m_assign[static_cast<std::size_t>(u)]);
    return cost;
  }

  /**
   * Passes grid \a a's surplus (or deficit) along the shortest chain of grids to the nearest one that can take it:
   * each link is a recombination aimed at a household count, from the far end back to \a a, so every grid on the
   * way keeps its size and only \a a and the last grid change. Kept only if the chain lowers the objective.
   */
  bool shiftAlongChain(int a, const std::vector<std::vector<int>>& adjacent) {
    // The whole surplus (or deficit) to one grid with room; if none has that much, just enough to bring \a a inside
    // the band (a full neighbourhood can often take a few households but not a tenth of a grid).
    const long long full = m_pop[static_cast<std::size_t>(a)] - static_cast<long long>(std::llround(m_target));
    const long long least = full > 0 ? static_cast<long long>(std::ceil(static_cast<double>(full) - m_band * 0.9))
                                     : static_cast<long long>(std::floor(static_cast<double>(full) + m_band * 0.9));
    if (shiftAlongChain(a, adjacent, full)) return true;
    return least != full && (least > 0) == (full > 0) && least != 0 && shiftAlongChain(a, adjacent, least);
  }

  bool shiftAlongChain(int a, const std::vector<std::vector<int>>& adjacent, long long shift) {
    std::vector<int> parent(static_cast<std::size_t>(m_grids), -2);
    std::vector<int> queue{a};
    parent[static_cast<std::size_t>(a)] = -1;
    int end = -1;
    for (std::size_t h = 0; h < queue.size() && end < 0; ++h) {
      for (int n : adjacent[static_cast<std::size_t>(queue[h])]) {
        if (parent[static_cast<std::size_t>(n)] != -2 || m_gridLocked[static_cast<std::size_t>(n)]) continue;
        parent[static_cast<std::size_t>(n)] = queue[h];
        if (std::abs(static_cast<double>(m_pop[static_cast<std::size_t>(n)] + shift) - m_target) <= m_band * 0.8) {
          end = n;
          break;
        }
        queue.push_back(n);
      }
    }
    if (end < 0) return false;
    std::vector<int> path;
    for (int g = end; g >= 0; g = parent[static_cast<std::size_t>(g)]) path.push_back(g);
    std::reverse(path.begin(), path.end());  // a … end
    std::vector<std::pair<int, int>> snapshot;
    std::vector<long long> original;
    for (int g : path) {
      original.push_back(m_pop[static_cast<std::size_t>(g)]);
      for (int u : m_members[static_cast<std::size_t>(g)]) snapshot.emplace_back(u, g);
    }
    const double before = objective(snapshot, path);
    for (std::size_t i = path.size() - 1; i-- > 0;) {
      m_desired = i + 2 == path.size() ? original.back() + shift : original[i + 1];
      recombine(path[i], path[i + 1]);
    }
    m_desired = -1;
    if (objective(snapshot, path) < before - 1e-9) return true;
    for (const auto& [u, g] : snapshot)
      if (m_assign[static_cast<std::size_t>(u)] != g) moveUnit(u, g);
    return false;
  }

  bool chainPass() {
    const auto adjacent = gridAdjacency();
    bool improved = false;
    for (int g = 0; g < m_grids; ++g)
      if (!m_members[static_cast<std::size_t>(g)].empty() && violates(g) && !m_gridLocked[static_cast<std::size_t>(g)])
        improved |= shiftAlongChain(g, adjacent);
    return improved;
  }

  //! Recombines adjacent pairs: all (radius < 0), or those with both grids within \a radius grids of one out of
  //! tolerance (0: pairs with a grid out of tolerance).
  bool recombinationPass(int radius) {
    std::set<std::pair<int, int>> pairs;
    for (int u = 0; u < m_graph.size(); ++u) {
      const int g = m_assign[static_cast<std::size_t>(u)];
      if (g < 0) continue;
      for (int e = m_graph.begin(u); e < m_graph.end(u); ++e) {
        const int h = m_assign[static_cast<std::size_t>(m_graph.neighbour(e))];
        if (h >= 0 && h != g) pairs.emplace(std::min(g, h), std::max(g, h));
      }
    }
    std::vector<int> distance(static_cast<std::size_t>(m_grids), radius < 0 ? 0 : -1);
    if (radius >= 0) {
      std::vector<std::vector<int>> adjacent(static_cast<std::size_t>(m_grids));
      for (const auto& [a, b] : pairs)
        adjacent[static_cast<std::size_t>(a)].push_back(b), adjacent[static_cast<std::size_t>(b)].push_back(a);
      std::vector<int> queue;
      for (int g = 0; g < m_grids; ++g)
        if (!m_members[static_cast<std::size_t>(g)].empty() && violates(g))
          distance[static_cast<std::size_t>(g)] = 0, queue.push_back(g);
      for (std::size_t h = 0; h < queue.size(); ++h) {
        const int g = queue[h];
        if (distance[static_cast<std::size_t>(g)] >= radius) continue;
        for (int n : adjacent[static_cast<std::size_t>(g)])
          if (distance[static_cast<std::size_t>(n)] < 0)
            distance[static_cast<std::size_t>(n)] = distance[static_cast<std::size_t>(g)] + 1, queue.push_back(n);
      }
    }
    std::vector<std::pair<int, int>> list;
    for (const auto& [a, b] : pairs) {
      if (distance[static_cast<std::size_t>(a)] < 0 || distance[static_cast<std::size_t>(b)] < 0) continue;
      if (radius == 0 && !violates(a) && !violates(b)) continue;
      list.emplace_back(a, b);
    }
    std::shuffle(list.begin(), list.end(), m_rng);
    std::stable_partition(list.begin(), list.end(),
                          [&](const auto& p) { return violates(p.first) || violates(p.second); });
    bool improved = false;
    for (const auto& [a, b] : list) improved |= recombine(a, b);
    return improved;
  }

  const UnitGraph& m_graph;
  const PlanOptions& m_options;
  std::vector<int> m_assign;
  const std::vector<int>* m_current;
  std::mt19937_64 m_rng;
  double m_target = 300, m_band = 30;
  int m_grids = 0;
  std::vector<long long> m_pop;
  std::vector<std::vector<int>> m_members;
  std::vector<int> m_position;
  std::vector<char> m_unitLocked, m_gridLocked;
  double m_wViolation = 0, m_wCut = 0, m_wMove = 0, m_wSquare = 1;
  long long m_desired = -1;
  struct LocalEdge {
    int x, y;
    double length;
  };
  std::vector<int> m_rcUnits, m_rcOrder, m_rcParent, m_rcBfs, m_rcNotA, m_rcNotB;
  std::vector<LocalEdge> m_rcEdges;
  std::vector<std::vector<int>> m_rcTree;
  std::vector<long long> m_rcSubtree;
  std::vector<char> m_rcBestSide;
  std::vector<unsigned> m_rcAdjacent;
  Dsu m_rcDsu;  // targeted recombination: households grid b should end with
  std::vector<int> m_local;
  std::vector<std::pair<int, double>> m_candidates;
  std::vector<int> m_scratch, m_queue;
  std::vector<unsigned> m_seen;
  unsigned m_stamp = 0;
};

/**
 * Minimal-change mending of an assignment against the current plan, by single-unit moves only:
 *  - ejection chains: a grid out of tolerance passes one boundary unit to a neighbour (or takes one from it), which
 *    passes one on in turn, until a grid absorbs the difference within tolerance. Shortest chains first, so a grid
 *    is mended with as few buildings moved as its neighbourhood allows;
 *  - return: every unit away from its current grid goes back when both grids stay within tolerance.
 * Grids stay contiguous after every move; locked units and grids never change.
 */
class Mender {
 public:
  Mender(const UnitGraph& graph, std::vector<int>& assign, const std::vector<int>& current,
         const PlanOptions& options)
      : m_graph(graph), m_assign(assign), m_current(current), m_options(options) {
    int grids = 0;
    for (int g : assign) grids = std::max(grids, g + 1);
    m_pop.assign(static_cast<std::size_t>(grids), 0);
    m_members.assign(static_cast<std::size_t>(grids), {});
    for (int u = 0; u < graph.size(); ++u)
      if (const int g = assign[static_cast<std::size_t>(u)]; g >= 0)
        m_pop[static_cast<std::size_t>(g)] += graph.weight(u), m_members[static_cast<std::size_t>(g)].push_back(u);
    m_low = options.target * (1 - options.tolerance) - 1e-9;
    m_high = options.target * (1 + options.tolerance) + 1e-9;
    m_seen.assign(static_cast<std::size_t>(graph.size()), 0);
    m_onPath.assign(static_cast<std::size_t>(grids), 0);
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
        move(u, home);
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
  bool touches(int u, int g) const {
    for (int e = m_graph.begin(u); e < m_graph.end(u); ++e)
      if (m_assign[static_cast<std::size_t>(m_graph.neighbour(e))] == g) return true;
    return false;
  }
  void move(int u, int to) {
    const int from = m_assign[static_cast<std::size_t>(u)];
    auto& list = m_members[static_cast<std::size_t>(from)];
    list.erase(std::find(list.begin(), list.end(), u));
    m_members[static_cast<std::size_t>(to)].push_back(u);
    m_pop[static_cast<std::size_t>(from)] -= m_graph.weight(u);
    m_pop[static_cast<std::size_t>(to)] += m_graph.weight(u);
    m_assign[static_cast<std::size_t>(u)] = to;
  }
  //! True if grid \a g (which holds \a u and more) stays connected without \a u.
  bool staysConnectedWithout(int u, int g) {
    if (m_members[static_cast<std::size_t>(g)].size() <= 1) return false;
    m_targets.clear();
    for (int e = m_graph.begin(u); e < m_graph.end(u); ++e)
      if (m_assign[static_cast<std::size_t>(m_graph.neighbour(e))] == g) m_targets.push_back(m_graph.neighbour(e));
    if (m_targets.size() <= 1) return !m_targets.empty();
    ++m_stamp;
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
      move(u, to);
      m_onPath[static_cast<std::size_t>(h)] = 1;
      const bool done = chain(origin, h, depth - 1);
      m_onPath[static_cast<std::size_t>(h)] = 0;
      if (done) return true;
      move(u, from);
      if (m_budget < 0) return false;
    }
    return false;
  }

  const UnitGraph& m_graph;
  std::vector<int>& m_assign;
  const std::vector<int>& m_current;
  const PlanOptions& m_options;
  std::vector<long long> m_pop;
  std::vector<std::vector<int>> m_members;
  double m_low = 0, m_high = 0;
  std::vector<unsigned> m_seen;
  unsigned m_stamp = 0;
  std::vector<int> m_queue, m_targets;
  std::vector<char> m_onPath;
  long m_budget = 0;
};

/**
 * Makes every grid connected: each grid keeps its heaviest connected piece, the other pieces join the neighbouring
 * grid they share the most boundary with. Units with no grid (−1) join a neighbouring grid the same way.
 */
void enforceContiguity(const UnitGraph& graph, std::vector<int>& assign, const std::vector<char>& lockedGrids,
                       const std::vector<char>& lockedUnits = {}) {
  const int n = graph.size();
  for (int pass = 0; pass < 64; ++pass) {
    // Pieces: connected components of same-grid units.
    std::vector<int> piece(static_cast<std::size_t>(n), -1);
    std::vector<long long> pieceWeight;
    std::vector<int> pieceGrid, stack;
    for (int s = 0; s < n; ++s) {
      if (piece[static_cast<std::size_t>(s)] >= 0) continue;
      const int id = static_cast<int>(pieceWeight.size());
      const int g = assign[static_cast<std::size_t>(s)];
      pieceWeight.push_back(0);
      pieceGrid.push_back(g);
      piece[static_cast<std::size_t>(s)] = id;
      stack.assign(1, s);
      while (!stack.empty()) {
        const int u = stack.back();
        stack.pop_back();
        pieceWeight.back() += graph.weight(u) + 1;  // +1: empty units still count, so a piece is never weightless
        for (int e = graph.begin(u); e < graph.end(u); ++e) {
          const int v = graph.neighbour(e);
          if (piece[static_cast<std::size_t>(v)] < 0 && assign[static_cast<std::size_t>(v)] == g) {
            piece[static_cast<std::size_t>(v)] = id;
            stack.push_back(v);
          }
        }
      }
    }
    std::vector<int> mainPiece;  // heaviest piece per grid
    for (std::size_t p = 0; p < pieceGrid.size(); ++p) {
      const int g = pieceGrid[p];
      if (g < 0) continue;
      if (mainPiece.size() <= static_cast<std::size_t>(g)) mainPiece.resize(static_cast<std::size_t>(g) + 1, -1);
      int& m = mainPiece[static_cast<std::size_t>(g)];
      if (m < 0 || pieceWeight[p] > pieceWeight[static_cast<std::size_t>(m)]) m = static_cast<int>(p);
    }
    // Stray pieces (and unassigned ones) join the neighbouring grid with the longest shared boundary.
    std::vector<std::vector<std::pair<int, double>>> border(pieceGrid.size());
    for (int u = 0; u < n; ++u) {
      const int p = piece[static_cast<std::size_t>(u)];
      const int g = pieceGrid[static_cast<std::size_t>(p)];
      if (g >= 0 && mainPiece[static_cast<std::size_t>(g)] == p) continue;
      for (int e = graph.begin(u); e < graph.end(u); ++e) {
        const int v = graph.neighbour(e);
        const int h = assign[static_cast<std::size_t>(v)];
        if (h < 0 || h == g || mainPiece[static_cast<std::size_t>(h)] != piece[static_cast<std::size_t>(v)]) continue;
        if (static_cast<std::size_t>(h) < lockedGrids.size() && lockedGrids[static_cast<std::size_t>(h)]) continue;
        auto& list = border[static_cast<std::size_t>(p)];
        auto it = std::find_if(list.begin(), list.end(), [&](const auto& x) { return x.first == h; });
        if (it == list.end())
          list.emplace_back(h, graph.length(e));
        else
          it->second += graph.length(e);
      }
    }
    std::vector<char> pinned(pieceGrid.size(), 0);  // a piece holding a locked unit stays where it is
    for (int u = 0; u < n && !lockedUnits.empty(); ++u)
      if (static_cast<std::size_t>(u) < lockedUnits.size() && lockedUnits[static_cast<std::size_t>(u)] &&
          assign[static_cast<std::size_t>(u)] >= 0)
        pinned[static_cast<std::size_t>(piece[static_cast<std::size_t>(u)])] = 1;
    bool changed = false, stray = false;
    std::vector<int> target(pieceGrid.size(), -1);
    for (std::size_t p = 0; p < pieceGrid.size(); ++p) {
      const int g = pieceGrid[p];
      if (g >= 0 && mainPiece[static_cast<std::size_t>(g)] == static_cast<int>(p)) continue;
      if (pinned[p]) continue;
      stray = true;
      if (border[p].empty()) continue;  // surrounded by other strays: next pass
      target[p] = std::max_element(border[p].begin(), border[p].end(), [](const auto& x, const auto& y) {
                    return x.second < y.second;
                  })->first;
    }
    for (int u = 0; u < n; ++u)
      if (const int t = target[static_cast<std::size_t>(piece[static_cast<std::size_t>(u)])]; t >= 0)
        assign[static_cast<std::size_t>(u)] = t, changed = true;
    if (!stray || !changed) return;
  }
}

//! Dense grid numbers 0..G−1 in order of first appearance (empty grids dropped).
void compact(std::vector<int>& assign) {
  std::vector<int> map;
  int next = 0;
  for (int& g : assign) {
    if (g < 0) continue;
    if (map.size() <= static_cast<std::size_t>(g)) map.resize(static_cast<std::size_t>(g) + 1, -1);
    if (map[static_cast<std::size_t>(g)] < 0) map[static_cast<std::size_t>(g)] = next++;
    g = map[static_cast<std::size_t>(g)];
  }
}

//! Grids per part: round(households ÷ target) each, or a fixed total \a fixed (> 0) shared by households with the
//! largest remainders. \a atLeastOne gives every part a grid even when its households round to none.
std::vector<int> shareGrids(const std::vector<long long>& totals, const PlanOptions& options, int fixed,
                            bool atLeastOne) {
  std::vector<int> parts(totals.size(), 0);
  const int minimum = atLeastOne ? 1 : 0;
  if (fixed > 0) {
    long long total = 0;
    for (long long t : totals) total += t;
    int given = 0;
    std::vector<std::pair<double, int>> remainders;
    for (std::size_t c = 0; c < totals.size(); ++c) {
      const double exact = total > 0 ? static_cast<double>(totals[c]) * fixed / static_cast<double>(total) : 0;
      parts[c] = std::max(minimum, static_cast<int>(exact));
      given += parts[c];
      remainders.emplace_back(exact - std::floor(exact), static_cast<int>(c));
    }
    std::sort(remainders.rbegin(), remainders.rend());
    for (std::size_t i = 0; given < fixed && i < remainders.size(); ++i, ++given)
      ++parts[static_cast<std::size_t>(remainders[i].second)];
    return parts;
  }
  for (std::size_t c = 0; c < totals.size(); ++c)
    parts[c] = std::max(minimum, static_cast<int>(std::lround(static_cast<double>(totals[c]) / options.target)));
  return parts;
}

/**
 * METIS's contiguous k-way partition of \a units (indices into \a graph, any connectivity) into \a k parts: part
 * number per unit of \a units, in order. METIS prints its complaints ("too many parts", "cannot bisect") instead of
 * returning them; they go to the log, and the caller checks what came back (empty parts, pieces).
 */
Result<std::vector<int>> runMetis(const UnitGraph& graph, const std::vector<int>& units, int k, std::uint64_t seed,
                                  double median, std::vector<int>& local, bool contiguous) {
  std::vector<int> result(units.size(), 0);
  if (k <= 1 || units.size() <= 1) return result;
  idx_t parts = std::min<idx_t>(k, static_cast<idx_t>(units.size()));
  for (std::size_t i = 0; i < units.size(); ++i) local[static_cast<std::size_t>(units[i])] = static_cast<int>(i);
  std::vector<idx_t> xadj{0}, adjncy, vwgt, adjwgt;
  for (int u : units) {
    vwgt.push_back(static_cast<idx_t>(std::max(1LL, graph.weight(u))));
    for (int e = graph.begin(u); e < graph.end(u); ++e) {
      const int v = local[static_cast<std::size_t>(graph.neighbour(e))];
      if (v < 0) continue;
      adjncy.push_back(v);
      adjwgt.push_back(static_cast<idx_t>(std::max(1.0, std::round(graph.length(e) / median * 10))));
    }
    xadj.push_back(static_cast<idx_t>(adjncy.size()));
  }
  for (int u : units) local[static_cast<std::size_t>(u)] = -1;
  idx_t nvtxs = static_cast<idx_t>(units.size()), ncon = 1, objval = 0;
  idx_t metisOptions[METIS_NOPTIONS];
  METIS_SetDefaultOptions(metisOptions);
  // METIS 5.1's own contiguity pass (EliminateComponents) crashes on some thin graphs with many parts (a regional
  // redraw of the Shanghai extract hit it); the engine makes grids contiguous itself, so it asks for it only where
  // METIS alone is the reference.
  metisOptions[METIS_OPTION_CONTIG] = contiguous ? 1 : 0;
  metisOptions[METIS_OPTION_SEED] = static_cast<idx_t>(seed % 100000);
  metisOptions[METIS_OPTION_UFACTOR] = 30;
  std::vector<idx_t> part(units.size(), 0);
  int status = METIS_OK;
  log::captureOutput("METIS", [&] {
    status = METIS_PartGraphKway(&nvtxs, &ncon, xadj.data(), adjncy.data(), vwgt.data(), nullptr, adjwgt.data(),
                                 &parts, nullptr, nullptr, metisOptions, &objval, part.data());
  });
  if (status != METIS_OK)
    return makeError(ErrorCode::Unsupported, "METIS could not partition a part of " + std::to_string(units.size()) +
                                                 " units into " + std::to_string(parts) + " grids (status " +
                                                 std::to_string(status) + ").");
  for (std::size_t i = 0; i < units.size(); ++i) result[i] = static_cast<int>(part[i]);
  return result;
}

//! BFS order over the units of grid \a g in \a labels from \a from; returns the last unit reached.
int farthestInGrid(const UnitGraph& graph, const std::vector<int>& labels, int g, int from, std::vector<int>& order) {
  std::vector<char> seen(static_cast<std::size_t>(graph.size()), 0);
  order.assign(1, from);
  seen[static_cast<std::size_t>(from)] = 1;
  for (std::size_t h = 0; h < order.size(); ++h)
    for (int e = graph.begin(order[h]); e < graph.end(order[h]); ++e) {
      const int v = graph.neighbour(e);
      if (seen[static_cast<std::size_t>(v)] || labels[static_cast<std::size_t>(v)] != g) continue;
      seen[static_cast<std::size_t>(v)] = 1;
      order.push_back(v);
    }
  return order.back();
}

//! About half of grid \a g's households (its units \a inside, ≥ 2): the units nearest its far end in BFS order.
std::vector<int> growHalf(const UnitGraph& graph, const std::vector<int>& labels, int g, const std::vector<int>& inside) {
  std::vector<int> order;
  const int end = farthestInGrid(graph, labels, g, inside.front(), order);
  farthestInGrid(graph, labels, g, end, order);
  long long total = 0;
  for (int u : inside) total += graph.weight(u) + 1;
  std::vector<int> half;
  long long taken = 0;
  for (int u : order) {
    if (half.size() + 1 >= inside.size() || 2 * taken >= total) break;
    half.push_back(u);
    taken += graph.weight(u) + 1;
  }
  return half;
}

//! The reference: METIS k-way with contiguous parts for each connected part of the graph, k = its households ÷
//! target (or a fixed k shared by households); grid numbers are dense from 0. No repair of what METIS returns.
Result<std::vector<int>> metisPartition(const UnitGraph& graph, const PlanOptions& options,
                                        std::vector<std::string>& warnings, bool contiguous = false) {
  const int n = graph.size();
  std::vector<int> component;
  const int components = graph.components(component);
  std::vector<long long> totals(static_cast<std::size_t>(components), 0);
  for (int u = 0; u < n; ++u)
    totals[static_cast<std::size_t>(component[static_cast<std::size_t>(u)])] += graph.weight(u);
  std::vector<int> parts = shareGrids(totals, options, options.grids, true);
  auto more = feasibilityWarnings(graph, options, component, components, parts);
  warnings.insert(warnings.end(), more.begin(), more.end());
  const double median = medianEdgeLength(graph);
  std::vector<int> assign(static_cast<std::size_t>(n), -1), local(static_cast<std::size_t>(n), -1);
  std::vector<std::vector<int>> members(static_cast<std::size_t>(components));
  for (int u = 0; u < n; ++u) members[static_cast<std::size_t>(component[static_cast<std::size_t>(u)])].push_back(u);
  int nextGrid = 0;
  for (int c = 0; c < components; ++c) {
    const auto& units = members[static_cast<std::size_t>(c)];
    auto part = runMetis(graph, units, parts[static_cast<std::size_t>(c)], options.seed, median, local, contiguous);
    if (!part) return part.error();
    int made = 1;
    for (std::size_t i = 0; i < units.size(); ++i)
      assign[static_cast<std::size_t>(units[i])] = nextGrid + (*part)[i], made = std::max(made, (*part)[i] + 1);
    nextGrid += made;
  }
  enforceContiguity(graph, assign, {});
  return assign;
}

/**
 * The start of a new plan, built to survive real districts (heavy-tailed household counts, towers next to villas,
 * enclaves):
 *  - a unit above the band (target × (1 + tolerance)) is a grid of its own: it cannot be within tolerance whatever
 *    joins it, so it neither takes a grid's worth of small buildings with it nor counts against the others;
 *  - the other units, in the connected parts they form without those towers, get round(households ÷ target) grids
 *    per part, so a part's grids average within the band; a part too small for a grid joins the tower it touches;
 *  - METIS draws each part's grids; whatever it returns (it leaves parts empty when a vertex is heavy or the
 *    graph thin), the count is then made exact: the heaviest grid is bisected until the part has its k grids.
 * \a towerGrids receives, per grid, whether it is an oversized unit's grid (the search leaves those alone).
 */
Result<std::vector<int>> startingPartition(const UnitGraph& graph, const PlanOptions& options,
                                           std::vector<std::string>& warnings, std::vector<char>& towerGrids) {
  const int n = graph.size();
  const double high = options.target * (1 + options.tolerance), low = options.target * (1 - options.tolerance);
  std::vector<char> tower = unitsAlone(graph, options);
  int towers = 0, lonely = 0;
  long long largest = 0;
  for (int u = 0; u < n; ++u) {
    if (!tower[static_cast<std::size_t>(u)]) continue;
    ++towers;
    if (static_cast<double>(graph.weight(u)) > high + 1e-9)
      largest = std::max(largest, graph.weight(u));
    else
      ++lonely;
  }
  if (towers - lonely > 0)
    warnings.push_back(std::to_string(towers - lonely) + " unit(s) hold more than " + households(high) +
                       " households (largest " + std::to_string(largest) +
                       "): each is a grid of its own, outside tolerance; split such buildings by 单元 or floors to "
                       "balance them.");
  if (lonely > 0)
    warnings.push_back(std::to_string(lonely) + " unit(s) hold fewer than " + households(low) +
                       " households but touch only units too big to share a grid with within " + households(high) +
                       ": each is a grid of its own, outside tolerance.");
  // Parts of the graph without the towers.
  std::vector<int> part(static_cast<std::size_t>(n), -1), stack;
  std::vector<std::vector<int>> members;
  for (int s = 0; s < n; ++s) {
    if (tower[static_cast<std::size_t>(s)] || part[static_cast<std::size_t>(s)] >= 0) continue;
    const int id = static_cast<int>(members.size());
    members.emplace_back();
    part[static_cast<std::size_t>(s)] = id;
    stack.assign(1, s);
    while (!stack.empty()) {
      const int u = stack.back();
      stack.pop_back();
      members.back().push_back(u);
      for (int e = graph.begin(u); e < graph.end(u); ++e) {
        const int v = graph.neighbour(e);
        if (!tower[static_cast<std::size_t>(v)] && part[static_cast<std::size_t>(v)] < 0)
          part[static_cast<std::size_t>(v)] = id, stack.push_back(v);
      }
    }
  }
  const int parts = static_cast<int>(members.size());
  std::vector<long long> totals(static_cast<std::size_t>(parts), 0);
  for (int p = 0; p < parts; ++p)
    for (int u : members[static_cast<std::size_t>(p)]) totals[static_cast<std::size_t>(p)] += graph.weight(u);
  std::vector<int> k = shareGrids(totals, options, options.grids > 0 ? std::max(1, options.grids - towers) : 0, false);

  std::vector<int> assign(static_cast<std::size_t>(n), -1), local(static_cast<std::size_t>(n), -1);
  towerGrids.clear();
  for (int u = 0; u < n; ++u)
    if (tower[static_cast<std::size_t>(u)])
      assign[static_cast<std::size_t>(u)] = static_cast<int>(towerGrids.size()), towerGrids.push_back(1);
  // A part too small for a grid of its own joins the tower it shares the longest boundary with (if any).
  for (int p = 0; p < parts; ++p) {
    if (k[static_cast<std::size_t>(p)] > 0) continue;
    std::map<int, double> shared;
    for (int u : members[static_cast<std::size_t>(p)])
      for (int e = graph.begin(u); e < graph.end(u); ++e)
        if (tower[static_cast<std::size_t>(graph.neighbour(e))])
          shared[assign[static_cast<std::size_t>(graph.neighbour(e))]] += graph.length(e);
    if (shared.empty()) {
      k[static_cast<std::size_t>(p)] = 1;
      continue;
    }
    const int g = std::max_element(shared.begin(), shared.end(), [](const auto& a, const auto& b) {
                    return a.second < b.second;
                  })->first;
    for (int u : members[static_cast<std::size_t>(p)]) assign[static_cast<std::size_t>(u)] = g;
  }
  const double median = medianEdgeLength(graph);
  for (int p = 0; p < parts; ++p) {
    const int want = k[static_cast<std::size_t>(p)];
    if (want <= 0) continue;
    const std::vector<int>& units = members[static_cast<std::size_t>(p)];
    const double mean = static_cast<double>(totals[static_cast<std::size_t>(p)]) / want;
    if (mean < low - 1e-9 || mean > high + 1e-9)
      warnings.push_back("A separate part of " + std::to_string(totals[static_cast<std::size_t>(p)]) +
                         " households (cut off by barriers, distance or oversized buildings) makes " +
                         std::to_string(want) + " grid(s) of " + households(mean) + " on average, outside " +
                         households(low) + "–" + households(high) + ".");
    // The part alone, to make each grid one piece and the count exact.
    const UnitGraph sub = inducedSubgraph(graph, units);
    std::vector<int> labels;
    if (static_cast<std::size_t>(want) * 3 > units.size()) {
      // Few units per grid (big buildings, or a small target): METIS's k-way is slow there (its initial
      // partitioning bisects recursively into k parts) and no better than cutting a breadth-first sweep from the
      // far end into runs of about a grid's households.
      std::vector<int> order, all(static_cast<std::size_t>(sub.size()), 0);
      farthestInGrid(sub, all, 0, farthestInGrid(sub, all, 0, 0, order), order);
      labels.assign(static_cast<std::size_t>(sub.size()), 0);
      const double share = static_cast<double>(totals[static_cast<std::size_t>(p)]) / want;
      long long taken = 0;
      for (int u : order) {
        labels[static_cast<std::size_t>(u)] =
            std::min(want - 1, static_cast<int>(static_cast<double>(taken) / std::max(share, 1.0)));
        taken += sub.weight(u);
      }
    } else {
      auto metis = runMetis(graph, units, want, options.seed, median, local, false);
      if (!metis) return metis.error();
      labels = std::move(*metis);
    }
    enforceContiguity(sub, labels, {});
    compact(labels);
    int count = 0;
    for (int g : labels) count = std::max(count, g + 1);
    std::vector<char> unsplittable;
    while (count < want) {
      std::vector<long long> load(static_cast<std::size_t>(count), 0);
      std::vector<int> size(static_cast<std::size_t>(count), 0);
      for (int i = 0; i < sub.size(); ++i)
        load[static_cast<std::size_t>(labels[static_cast<std::size_t>(i)])] += sub.weight(i),
            ++size[static_cast<std::size_t>(labels[static_cast<std::size_t>(i)])];
      unsplittable.resize(static_cast<std::size_t>(count), 0);
      int heaviest = -1;
      for (int g = 0; g < count; ++g)
        if (size[static_cast<std::size_t>(g)] >= 2 && !unsplittable[static_cast<std::size_t>(g)] &&
            (heaviest < 0 || load[static_cast<std::size_t>(g)] > load[static_cast<std::size_t>(heaviest)]))
          heaviest = g;
      if (heaviest < 0) break;
      std::vector<int> inside;
      for (int i = 0; i < sub.size(); ++i)
        if (labels[static_cast<std::size_t>(i)] == heaviest) inside.push_back(i);
      // Halve it by growing from its far end until half its households are taken (the search balances later;
      // a METIS call per missing grid cost seconds on thin graphs with many grids).
      std::vector<int> trial = labels;
      for (int u : growHalf(sub, labels, heaviest, inside)) trial[static_cast<std::size_t>(u)] = count;
      enforceContiguity(sub, trial, {});
      compact(trial);
      int after = 0;
      for (int g : trial) after = std::max(after, g + 1);
      if (after <= count) {
        unsplittable[static_cast<std::size_t>(heaviest)] = 1;
        continue;
      }
      labels = std::move(trial);
      count = after;
      unsplittable.assign(static_cast<std::size_t>(count), 0);
    }
    const int first = static_cast<int>(towerGrids.size());
    for (std::size_t i = 0; i < units.size(); ++i) assign[static_cast<std::size_t>(units[i])] = first + labels[i];
    towerGrids.resize(static_cast<std::size_t>(first + count), 0);
  }
  return assign;
}

Status checkInput(const UnitGraph& graph, const PlanOptions& options) {
  if (options.target <= 0)
    return makeError(ErrorCode::InvalidInput, "The target must be a positive number of households per grid.");
  if (options.tolerance < 0 || options.tolerance >= 1)
    return makeError(ErrorCode::InvalidInput,
                     "The tolerance is a fraction of the target between 0 and 1 (0.10 = ±10 %).");
  if (graph.size() == 0) return makeError(ErrorCode::InvalidInput, "There are no units to assign to grids.");
  for (int u = 0; u < graph.size(); ++u)
    if (graph.weight(u) < 0)
      return makeError(ErrorCode::InvalidInput, "Unit " + std::to_string(u + 1) + " has a negative household count.");
  if (graph.totalWeight() == 0)
    return makeError(ErrorCode::InvalidInput, "The units hold no households, so there is nothing to balance.");
  return {};
}

}  // namespace

std::vector<char> unitsAlone(const UnitGraph& graph, const PlanOptions& options) {
  const double high = options.target * (1 + options.tolerance) + 1e-9,
               low = options.target * (1 - options.tolerance) - 1e-9;
  std::vector<char> alone(static_cast<std::size_t>(graph.size()), 0);
  for (int u = 0; u < graph.size(); ++u) {
    const double w = static_cast<double>(graph.weight(u));
    if (w > high) {
      alone[static_cast<std::size_t>(u)] = 1;
      continue;
    }
    if (w >= low || graph.begin(u) == graph.end(u)) continue;
    bool shareable = false;
    for (int e = graph.begin(u); e < graph.end(u) && !shareable; ++e)
      shareable = w + static_cast<double>(graph.weight(graph.neighbour(e))) <= high;
    alone[static_cast<std::size_t>(u)] = shareable ? 0 : 1;
  }
  return alone;
}

std::vector<int> matchGridsByOverlap(const std::vector<int>& fresh, const std::vector<int>& old,
                                     const std::vector<long long>& weights) {
  int grids = 0;
  for (int g : fresh) grids = std::max(grids, g + 1);
  std::map<std::pair<int, int>, long long> shared;
  for (std::size_t i = 0; i < fresh.size() && i < old.size(); ++i)
    if (fresh[i] >= 0 && old[i] >= 0) shared[{fresh[i], old[i]}] += (i < weights.size() ? weights[i] : 0) + 1;
  std::vector<std::tuple<long long, int, int>> pairs;
  for (const auto& [key, weight] : shared) pairs.emplace_back(weight, key.first, key.second);
  std::sort(pairs.rbegin(), pairs.rend());
  std::vector<int> match(static_cast<std::size_t>(grids), -1);
  std::set<int> taken;
  for (const auto& [weight, g, before] : pairs)
    if (match[static_cast<std::size_t>(g)] < 0 && taken.insert(before).second)
      match[static_cast<std::size_t>(g)] = before;
  return match;
}

Plan evaluatePlan(const UnitGraph& graph, std::vector<int> assignment, const PlanOptions& options,
                  const std::vector<int>* current) {
  Plan plan;
  plan.assignment = std::move(assignment);
  const int n = graph.size();
  int grids = 0;
  for (int g : plan.assignment) grids = std::max(grids, g + 1);
  plan.grids.resize(static_cast<std::size_t>(grids));
  for (int g = 0; g < grids; ++g) plan.grids[static_cast<std::size_t>(g)].grid = g;
  double cut = 0;
  for (int u = 0; u < n; ++u) {
    const int g = plan.assignment[static_cast<std::size_t>(u)];
    if (current && (*current)[static_cast<std::size_t>(u)] != g) ++plan.metrics.unitsMoved;
    if (g < 0) continue;
    GridMetrics& m = plan.grids[static_cast<std::size_t>(g)];
    ++m.units;
    m.households += graph.weight(u);
    for (int e = graph.begin(u); e < graph.end(u); ++e)
      if (plan.assignment[static_cast<std::size_t>(graph.neighbour(e))] != g) {
        m.cutLength += graph.length(e);
        cut += graph.length(e);
      }
  }
  plan.metrics.cutLength = cut / 2;
  // Contiguity: one connected piece per grid.
  std::vector<char> seen(static_cast<std::size_t>(n), 0);
  std::vector<int> pieces(static_cast<std::size_t>(grids), 0), stack;
  for (int s = 0; s < n; ++s) {
    const int g = plan.assignment[static_cast<std::size_t>(s)];
    if (g < 0 || seen[static_cast<std::size_t>(s)]) continue;
    ++pieces[static_cast<std::size_t>(g)];
    seen[static_cast<std::size_t>(s)] = 1;
    stack.assign(1, s);
    while (!stack.empty()) {
      const int u = stack.back();
      stack.pop_back();
      for (int e = graph.begin(u); e < graph.end(u); ++e) {
        const int v = graph.neighbour(e);
        if (!seen[static_cast<std::size_t>(v)] && plan.assignment[static_cast<std::size_t>(v)] == g) {
          seen[static_cast<std::size_t>(v)] = 1;
          stack.push_back(v);
        }
      }
    }
  }
  int within5 = 0, within10 = 0, withinTolerance = 0;
  for (GridMetrics& m : plan.grids) {
    if (m.units == 0) continue;
    ++plan.metrics.grids;
    m.contiguous = pieces[static_cast<std::size_t>(m.grid)] == 1;
    plan.metrics.allContiguous &= m.contiguous;
    m.deviation = (static_cast<double>(m.households) - options.target) / options.target;
    const double d = std::abs(m.deviation);
    plan.metrics.maxAbsDeviation = std::max(plan.metrics.maxAbsDeviation, d);
    within5 += d <= 0.05 + 1e-9;
    within10 += d <= 0.10 + 1e-9;
    withinTolerance += d <= options.tolerance + 1e-9;
  }
  if (plan.metrics.grids > 0) {
    plan.metrics.shareWithin5 = static_cast<double>(within5) / plan.metrics.grids;
    plan.metrics.shareWithin10 = static_cast<double>(within10) / plan.metrics.grids;
    plan.metrics.withinTolerance = static_cast<double>(withinTolerance) / plan.metrics.grids;
  }
  return plan;
}

Result<Plan> metisPlan(const UnitGraph& graph, const PlanOptions& options) {
  if (auto ok = checkInput(graph, options); !ok) return ok.error();
  std::vector<std::string> warnings;
  auto assign = metisPartition(graph, options, warnings, true);
  if (!assign) return assign.error();
  compact(*assign);
  Plan plan = evaluatePlan(graph, std::move(*assign), options);
  plan.warnings = std::move(warnings);
  return plan;
}

namespace {

Result<Plan> proposeCore(const UnitGraph& graph, const PlanOptions& options, Progress* progress, bool regional);

/**
 * Last pass of a new plan: a grid still out of tolerance after the search is stuck in a local optimum the single
 * moves and pair recombinations cannot leave (two big buildings side by side, a corner between towers). It is
 * redrawn from scratch with its neighbours (then with two and three rings of them), with its own grid count and
 * with the count its households call for, from a few seeds; the region's best redraw is kept if it leaves fewer of its grids
 * out of tolerance, still one piece each. \a frozen grids (towers) are never part of a region.
 */
constexpr int kRedrawRings = 3;  //!< neighbourhoods of 1, 2 and 3 rings of grids
constexpr int kRedrawSeeds = 6;  //!< fresh starts per neighbourhood and grid count

void redrawStuckGrids(const UnitGraph& graph, const PlanOptions& options, std::vector<int>& assign,
                      const std::vector<char>& frozen, Progress* progress) {
  const double low = options.target * (1 - options.tolerance) - 1e-9,
               high = options.target * (1 + options.tolerance) + 1e-9;
  auto isFrozen = [&](int g) { return static_cast<std::size_t>(g) < frozen.size() && frozen[static_cast<std::size_t>(g)]; };
  std::vector<char> unitLocked(static_cast<std::size_t>(graph.size()), 0);
  for (std::size_t u = 0; u < options.lockedUnits.size() && u < unitLocked.size(); ++u)
    unitLocked[u] = options.lockedUnits[u];
  std::map<int, int> tries;
  // Bounded work, deterministic (no clock): units redrawn in all regions together, about 10 passes over the graph.
  long long budget = 10LL * graph.size() + 500;
  for (int attempt = 0; attempt < 200 && budget > 0; ++attempt) {
    if (progress && progress->isCancelled()) return;
    int grids = 0;
    for (int g : assign) grids = std::max(grids, g + 1);
    std::vector<long long> load(static_cast<std::size_t>(grids), 0);
    std::vector<int> size(static_cast<std::size_t>(grids), 0);
    std::vector<char> holdsLocked(static_cast<std::size_t>(grids), 0);
    for (int u = 0; u < graph.size(); ++u)
      if (const int g = assign[static_cast<std::size_t>(u)]; g >= 0) {
        load[static_cast<std::size_t>(g)] += graph.weight(u), ++size[static_cast<std::size_t>(g)];
        if (unitLocked[static_cast<std::size_t>(u)]) holdsLocked[static_cast<std::size_t>(g)] = 1;
      }
    auto outside = [&](int g) {
      const double h = static_cast<double>(load[static_cast<std::size_t>(g)]);
      return size[static_cast<std::size_t>(g)] > 0 && (h < low || h > high);
    };
    auto usable = [&](int g) { return !isFrozen(g) && !holdsLocked[static_cast<std::size_t>(g)]; };
    int worst = -1;
    double worstExcess = 0;
    for (int g = 0; g < grids; ++g) {
      if (!outside(g) || !usable(g) || tries[g] >= kRedrawRings) continue;
      const double excess = std::abs(static_cast<double>(load[static_cast<std::size_t>(g)]) - options.target);
      if (excess > worstExcess) worstExcess = excess, worst = g;
    }
    if (worst < 0) return;
    const int radius = ++tries[worst];
    std::set<int> region{worst};
    for (int ring = 0; ring < radius; ++ring) {
      const std::set<int> inner = region;
      for (int u = 0; u < graph.size(); ++u) {
        if (!inner.count(assign[static_cast<std::size_t>(u)])) continue;
        for (int e = graph.begin(u); e < graph.end(u); ++e)
          if (const int h = assign[static_cast<std::size_t>(graph.neighbour(e))]; h >= 0 && usable(h)) region.insert(h);
      }
    }
    std::vector<int> units;
    long long total = 0;
    int outsideBefore = 0;
    for (int g : region) outsideBefore += outside(g);
    for (int u = 0; u < graph.size(); ++u)
      if (region.count(assign[static_cast<std::size_t>(u)])) units.push_back(u), total += graph.weight(u);
    const UnitGraph sub = inducedSubgraph(graph, units);
    std::set<int> counts{static_cast<int>(region.size())};
    counts.insert(std::max(1, static_cast<int>(std::lround(static_cast<double>(total) / options.target))));
    int bestOutside = outsideBefore;
    std::vector<int> best;
    for (int k : counts)
      for (std::uint64_t seed = 0; seed < kRedrawSeeds && bestOutside > 0 && budget > 0; ++seed) {
        budget -= sub.size();
        PlanOptions regionOptions = options;
        regionOptions.grids = k;
        regionOptions.lockedUnits.clear();
        regionOptions.lockedGrids.clear();
        regionOptions.seed = options.seed * 7919 + static_cast<std::uint64_t>(attempt) * 31 + seed + 1;
        auto redrawn = proposeCore(sub, regionOptions, nullptr, false);
        if (!redrawn || !redrawn->metrics.allContiguous) continue;
        int out = 0;
        for (const GridMetrics& m : redrawn->grids)
          out += m.units > 0 && (static_cast<double>(m.households) < low || static_cast<double>(m.households) > high);
        if (out < bestOutside) bestOutside = out, best = redrawn->assignment;
      }
    log::message(log::Level::Debug, "regrid",
                 "redraw of grid " + std::to_string(worst + 1) + " with " + std::to_string(radius) +
                     " ring(s) of neighbours: " + std::to_string(region.size()) + " grids, " + std::to_string(total) +
                     " households, out of tolerance " + std::to_string(outsideBefore) + " → " +
                     std::to_string(bestOutside) + " (work left " + std::to_string(budget) + ")");
    if (best.empty()) continue;
    // The region's grids keep their numbers where they overlap most; extra ones get new numbers.
    std::vector<int> before(units.size());
    for (std::size_t i = 0; i < units.size(); ++i) before[i] = assign[static_cast<std::size_t>(units[i])];
    std::vector<int> number = matchGridsByOverlap(best, before, sub.weights());
    for (int& n : number)
      if (n < 0) n = grids++;
    for (std::size_t i = 0; i < units.size(); ++i)
      assign[static_cast<std::size_t>(units[i])] = number[static_cast<std::size_t>(best[i])];
    for (int g : region) tries.erase(g);
  }
}

Result<Plan> proposeCore(const UnitGraph& graph, const PlanOptions& options, Progress* progress, bool regional) {
  if (progress) progress->report(0, "partitioning");
  std::vector<std::string> warnings;
  std::vector<char> towerGrids;
  auto start = startingPartition(graph, options, warnings, towerGrids);
  if (!start) return start.error();
  PlanOptions free = options;
  free.lockedGrids = towerGrids;  // grids of a new plan have no history to lock, but a tower alone stays alone
  Search search(graph, free, std::move(*start), nullptr);
  auto rounds = search.run(progress, true);
  if (!rounds) return rounds.error();
  std::vector<int> assign = search.assignment();
  if (regional) {
    redrawStuckGrids(graph, options, assign, towerGrids, progress);
    if (progress && progress->isCancelled())
      return makeError(ErrorCode::Cancelled, "Regridding cancelled; nothing was changed.");
    compact(assign);
  }
  Plan plan = evaluatePlan(graph, std::move(assign), options);
  plan.metrics.rounds = *rounds;
  plan.warnings = std::move(warnings);
  return plan;
}

}  // namespace

Result<Plan> proposePlan(const UnitGraph& graph, const PlanOptions& options, Progress* progress) {
  if (auto ok = checkInput(graph, options); !ok) return ok.error();
  return proposeCore(graph, options, progress, true);
}

Result<Plan> repairPlan(const UnitGraph& graph, const std::vector<int>& current, const PlanOptions& options,
                        Progress* progress) {
  if (auto ok = checkInput(graph, options); !ok) return ok.error();
  if (current.size() != static_cast<std::size_t>(graph.size()))
    return makeError(ErrorCode::InvalidInput, "The current plan names a grid for " + std::to_string(current.size()) +
                                                  " units, but there are " + std::to_string(graph.size()) + ".");
  std::vector<int> assign = current;
  std::vector<std::string> warnings;
  std::map<int, int> attemptedRegions;  // grid → tries of the last-resort regional redraw
  int grids = 0;
  for (int g : current) grids = std::max(grids, g + 1);
  auto gridName = [&](int g) {
    return static_cast<std::size_t>(g) < options.gridNames.size() ? options.gridNames[static_cast<std::size_t>(g)]
                                                                  : "grid " + std::to_string(g + 1);
  };
  auto gridLocked = [&](int g) {
    return static_cast<std::size_t>(g) < options.lockedGrids.size() && options.lockedGrids[static_cast<std::size_t>(g)];
  };
  auto unitLocked = [&](int u) {
    return static_cast<std::size_t>(u) < options.lockedUnits.size() && options.lockedUnits[static_cast<std::size_t>(u)];
  };
  //! METIS parts of the units \a units (k = 0: as many as their households call for); numbers from 0.
  auto partition = [&](const std::vector<int>& units, int k) -> Result<std::vector<int>> {
    PlanOptions partOptions = options;
    partOptions.grids = k;
    partOptions.lockedUnits.clear();
    partOptions.lockedGrids.clear();
    std::vector<std::string> ignored;  // feasibility is reported for the whole plan
    return metisPartition(inducedSubgraph(graph, units), partOptions, ignored);
  };

  // Grids far from the target change their number: one holding k ≥ 2 grids' worth of households is split in k
  // (the part with most households keeps its number); one with less than half a grid's worth is dissolved into
  // its neighbours. Locked grids stay as they are.
  {
    std::vector<std::vector<int>> members(static_cast<std::size_t>(grids));
    std::vector<long long> households(static_cast<std::size_t>(grids), 0);
    for (int u = 0; u < graph.size(); ++u)
      if (const int g = assign[static_cast<std::size_t>(u)]; g >= 0)
        members[static_cast<std::size_t>(g)].push_back(u), households[static_cast<std::size_t>(g)] += graph.weight(u);
    const int existing = grids;
    for (int g = 0; g < existing; ++g) {
      const auto& units = members[static_cast<std::size_t>(g)];
      if (units.empty() || gridLocked(g)) continue;
      const double load = static_cast<double>(households[static_cast<std::size_t>(g)]) / options.target;
      const int k = static_cast<int>(std::lround(load));
      if (std::any_of(units.begin(), units.end(), unitLocked)) continue;  // a locked unit keeps its grid whole
      if (k >= 2 && load > 1 + options.tolerance) {
        auto parts = partition(units, k);
        if (!parts) return parts.error();
        // A grid in pieces (units not connected to each other) gets at least one part per piece: more than k.
        const int made = parts->empty() ? 1 : *std::max_element(parts->begin(), parts->end()) + 1;
        std::vector<long long> partWeight(static_cast<std::size_t>(made), 0);
        for (std::size_t i = 0; i < units.size(); ++i)
          partWeight[static_cast<std::size_t>((*parts)[i])] += graph.weight(units[i]);
        const int keep = static_cast<int>(std::max_element(partWeight.begin(), partWeight.end()) - partWeight.begin());
        for (std::size_t i = 0; i < units.size(); ++i) {
          const int p = (*parts)[i];
          if (p != keep && !unitLocked(units[i]))
            assign[static_cast<std::size_t>(units[i])] = grids + (p < keep ? p : p - 1);
        }
        grids += made - 1;
        warnings.push_back(gridName(g) + " held " + std::to_string(households[static_cast<std::size_t>(g)]) +
                           " households, about " + std::to_string(k) + " grids' worth: split into " +
                           std::to_string(made) + ".");
      } else if (k == 0 && existing > 1) {
        for (int u : units) assign[static_cast<std::size_t>(u)] = -1;
        warnings.push_back(gridName(g) + " held only " + std::to_string(households[static_cast<std::size_t>(g)]) +
                           " households: its units join neighbouring grids.");
      }
    }
  }

  // If the grids cannot all be within tolerance because there are too many or too few of them for the
  // households, drop the smallest or split the largest (unlocked) grid until the average fits the band.
  for (int guard = 0; guard < 1000; ++guard) {
    // Only the grids that may change count (a rebalanced selection has the others locked), with the households
    // that are theirs or have no grid yet.
    std::vector<long long> households(static_cast<std::size_t>(grids), 0);
    std::vector<int> size(static_cast<std::size_t>(grids), 0);
    for (int u = 0; u < graph.size(); ++u)
      if (const int g = assign[static_cast<std::size_t>(u)]; g >= 0)
        households[static_cast<std::size_t>(g)] += graph.weight(u), ++size[static_cast<std::size_t>(g)];
    std::vector<char> holdsLocked(static_cast<std::size_t>(grids), 0);
    for (int u = 0; u < graph.size(); ++u)
      if (const int g = assign[static_cast<std::size_t>(u)]; g >= 0 && unitLocked(u))
        holdsLocked[static_cast<std::size_t>(g)] = 1;
    long long total = 0;
    for (int u = 0; u < graph.size(); ++u)
      if (const int g = assign[static_cast<std::size_t>(u)]; g < 0 || !gridLocked(g)) total += graph.weight(u);
    int active = 0, smallest = -1, largest = -1;
    for (int g = 0; g < grids; ++g) {
      if (size[static_cast<std::size_t>(g)] == 0 || gridLocked(g)) continue;
      ++active;
      if (holdsLocked[static_cast<std::size_t>(g)]) continue;
      if (smallest < 0 || households[static_cast<std::size_t>(g)] < households[static_cast<std::size_t>(smallest)])
        smallest = g;
      if (largest < 0 || households[static_cast<std::size_t>(g)] > households[static_cast<std::size_t>(largest)])
        largest = g;
    }
    if (active == 0) break;
    const double mean = static_cast<double>(total) / active;
    auto hasOpenNeighbour = [&](int grid) {
      for (int u = 0; u < graph.size(); ++u) {
        if (assign[static_cast<std::size_t>(u)] != grid) continue;
        for (int e = graph.begin(u); e < graph.end(u); ++e)
          if (const int h = assign[static_cast<std::size_t>(graph.neighbour(e))]; h >= 0 && h != grid && !gridLocked(h))
            return true;
      }
      return false;
    };
    if (mean < options.target * (1 - options.tolerance) && active > 1 && smallest >= 0 && hasOpenNeighbour(smallest)) {
      for (int& g : assign)
        if (g == smallest) g = -1;
      warnings.push_back(std::to_string(total) + " households make " + std::to_string(active) +
                         " grids too small on average: " + gridName(smallest) + " (" +
                         std::to_string(households[static_cast<std::size_t>(smallest)]) +
                         " households) joins its neighbours.");
    } else if (mean > options.target * (1 + options.tolerance) && largest >= 0 &&
               size[static_cast<std::size_t>(largest)] >= 2) {
      std::vector<int> units;
      for (int u = 0; u < graph.size(); ++u)
        if (assign[static_cast<std::size_t>(u)] == largest) units.push_back(u);
      auto parts = partition(units, 2);
      if (!parts) return parts.error();
      const int made = parts->empty() ? 1 : *std::max_element(parts->begin(), parts->end()) + 1;  // ≥ 2 if in pieces
      for (std::size_t i = 0; i < units.size(); ++i)
        if ((*parts)[i] >= 1) assign[static_cast<std::size_t>(units[i])] = grids + (*parts)[i] - 1;
      grids += made - 1;
      warnings.push_back(std::to_string(total) + " households make " + std::to_string(active) +
                         " grids too large on average: " + gridName(largest) + " is split in two.");
    } else {
      break;
    }
  }

  // A part of the graph with no grid at all (a new estate across a barrier) gets grids of its own from METIS.
  std::vector<int> component;
  const int components = graph.components(component);
  std::vector<char> hasGrid(static_cast<std::size_t>(components), 0);
  for (int u = 0; u < graph.size(); ++u)
    if (assign[static_cast<std::size_t>(u)] >= 0)
      hasGrid[static_cast<std::size_t>(component[static_cast<std::size_t>(u)])] = 1;
  for (int c = 0; c < components; ++c) {
    if (hasGrid[static_cast<std::size_t>(c)]) continue;
    std::vector<int> units;
    for (int u = 0; u < graph.size(); ++u)
      if (component[static_cast<std::size_t>(u)] == c) units.push_back(u);
    auto fresh = partition(units, 0);
    if (!fresh) return fresh.error();
    int added = 0;
    for (std::size_t i = 0; i < units.size(); ++i) {
      assign[static_cast<std::size_t>(units[i])] = grids + (*fresh)[i];
      added = std::max(added, (*fresh)[i] + 1);
    }
    grids += added;
    warnings.push_back(std::to_string(units.size()) + " unit(s) in a part without any grid got " +
                       std::to_string(added) + " new grid(s).");
  }
  enforceContiguity(graph, assign, options.lockedGrids, options.lockedUnits);
  Mender(graph, assign, current, options).mendWithChains(6);
  Search search(graph, options, std::move(assign), &current);
  auto rounds = search.run(progress, false);
  if (!rounds) return rounds.error();
  std::vector<int> result = search.assignment();
  Mender(graph, result, current, options).mendWithChains(12);

  // Last resort for a grid still out of tolerance (its whole neighbourhood is full, or short): redraw it with its
  // neighbours from scratch, with one grid more or less if their households call for it. Kept only if the region
  // then has fewer grids out of tolerance.
  const double low = options.target * (1 - options.tolerance), high = options.target * (1 + options.tolerance);
  for (int attempt = 0; attempt < 64; ++attempt) {
    int gridsNow = 0;
    for (int g : result) gridsNow = std::max(gridsNow, g + 1);
    std::vector<long long> households(static_cast<std::size_t>(gridsNow), 0);
    std::vector<int> size(static_cast<std::size_t>(gridsNow), 0);
    for (int u = 0; u < graph.size(); ++u)
      if (const int g = result[static_cast<std::size_t>(u)]; g >= 0)
        households[static_cast<std::size_t>(g)] += graph.weight(u), ++size[static_cast<std::size_t>(g)];
    auto outside = [&](int g) {
      return size[static_cast<std::size_t>(g)] > 0 &&
             (static_cast<double>(households[static_cast<std::size_t>(g)]) < low - 1e-9 ||
              static_cast<double>(households[static_cast<std::size_t>(g)]) > high + 1e-9);
    };
    std::vector<char> holdsLocked(static_cast<std::size_t>(gridsNow), 0);
    for (int u = 0; u < graph.size(); ++u)
      if (const int g = result[static_cast<std::size_t>(u)]; g >= 0 && unitLocked(u))
        holdsLocked[static_cast<std::size_t>(g)] = 1;
    auto frozen = [&](int g) { return gridLocked(g) || holdsLocked[static_cast<std::size_t>(g)] != 0; };
    int worst = -1;
    double worstExcess = 0;
    for (int g = 0; g < gridsNow; ++g) {
      if (!outside(g) || frozen(g) || (attemptedRegions.count(g) && attemptedRegions[g] > 1)) continue;
      const double excess = std::abs(static_cast<double>(households[static_cast<std::size_t>(g)]) - options.target);
      if (excess > worstExcess) worstExcess = excess, worst = g;
    }
    if (worst < 0) break;
    // The region: the grid and its unfrozen neighbours, one ring further on a second try.
    const int radius = attemptedRegions.count(worst) + 1;
    if (radius >= 2)
      attemptedRegions[worst] = 99;  // no third try
    else
      attemptedRegions[worst] = 1;
    std::set<int> region{worst};
    for (int ring = 0; ring < radius; ++ring) {
      const std::set<int> inner = region;
      for (int u = 0; u < graph.size(); ++u) {
        if (!inner.count(result[static_cast<std::size_t>(u)])) continue;
        for (int e = graph.begin(u); e < graph.end(u); ++e)
          if (const int h = result[static_cast<std::size_t>(graph.neighbour(e))]; h >= 0 && !frozen(h))
            region.insert(h);
      }
    }
    std::vector<int> units;
    long long regionHouseholds = 0;
    int outsideBefore = 0;
    for (int g : region) outsideBefore += outside(g);
    for (int u = 0; u < graph.size(); ++u)
      if (region.count(result[static_cast<std::size_t>(u)])) units.push_back(u), regionHouseholds += graph.weight(u);
    const int k = std::max(1, static_cast<int>(std::lround(static_cast<double>(regionHouseholds) / options.target)));
    if (radius == 1 && k != static_cast<int>(region.size())) {
      // The neighbourhood holds a grid more (or less) than it has: split its fullest grid in two (or dissolve its
      // emptiest) and balance the neighbourhood alone, everything else held. Moves far fewer buildings than a
      // redraw of the neighbourhood.
      const bool more = k > static_cast<int>(region.size());
      int pick = -1;
      for (int g : region)
        if (pick < 0 || (more ? households[static_cast<std::size_t>(g)] > households[static_cast<std::size_t>(pick)]
                              : households[static_cast<std::size_t>(g)] < households[static_cast<std::size_t>(pick)]))
          pick = g;
      std::vector<int> trial = result, members;
      for (int u = 0; u < graph.size(); ++u)
        if (trial[static_cast<std::size_t>(u)] == pick) members.push_back(u);
      bool ready = !more || members.size() >= 2;
      if (ready && more) {
        auto parts = partition(members, 2);
        ready = parts.ok();
        if (ready)
          for (std::size_t i = 0; i < members.size(); ++i)
            if ((*parts)[i] == 1) trial[static_cast<std::size_t>(members[i])] = gridsNow;
      } else if (ready) {
        for (int u : members) trial[static_cast<std::size_t>(u)] = -1;
      }
      if (ready) {
        PlanOptions held = options;
        held.lockedGrids.assign(static_cast<std::size_t>(gridsNow) + 1, 1);
        for (int g : region) held.lockedGrids[static_cast<std::size_t>(g)] = gridLocked(g) ? 1 : 0;
        held.lockedGrids[static_cast<std::size_t>(gridsNow)] = 0;
        enforceContiguity(graph, trial, held.lockedGrids, options.lockedUnits);
        Search local(graph, held, std::move(trial), &current);
        if (local.run(nullptr, false).ok()) {
          std::map<int, long long> totals;
          for (int u = 0; u < graph.size(); ++u)
            if (const int g = local.assignment()[static_cast<std::size_t>(u)];
                g >= 0 && (region.count(g) || g == gridsNow))
              totals[g] += graph.weight(u);
          int outsideAfter = 0;
          for (const auto& [g, total] : totals)
            outsideAfter += static_cast<double>(total) < low - 1e-9 || static_cast<double>(total) > high + 1e-9;
          const bool unassigned = std::count(local.assignment().begin(), local.assignment().end(), -1) >
                                  std::count(result.begin(), result.end(), -1);
          if (outsideAfter < outsideBefore && !unassigned) {
            result = local.assignment();
            warnings.push_back("The neighbourhood of " + gridName(worst) +
                               (more ? " gained a grid" : " gave up a grid") + " to bring it within tolerance.");
            attemptedRegions.erase(worst);
            continue;
          }
        }
      }
    }
    const UnitGraph regionGraph = inducedSubgraph(graph, units);
    PlanOptions regionOptions = options;
    regionOptions.grids = k;
    regionOptions.lockedGrids.clear();
    regionOptions.lockedUnits.clear();
    regionOptions.seed = options.seed + static_cast<std::uint64_t>(attempt) + 1;
    auto redrawn = proposePlan(regionGraph, regionOptions);
    if (!redrawn) continue;
    const int outsideAfter =
        static_cast<int>(std::lround((1 - redrawn->metrics.withinTolerance) * redrawn->metrics.grids));
    if (outsideAfter >= outsideBefore || !redrawn->metrics.allContiguous) continue;
    // New parts take the old grid numbers they overlap most (households); extra parts get new numbers.
    std::vector<int> before(units.size());
    for (std::size_t i = 0; i < units.size(); ++i) before[i] = result[static_cast<std::size_t>(units[i])];
    std::vector<int> number = matchGridsByOverlap(redrawn->assignment, before, regionGraph.weights());
    for (int& n : number)
      if (n < 0) n = gridsNow++;
    for (std::size_t i = 0; i < units.size(); ++i)
      result[static_cast<std::size_t>(units[i])] = number[static_cast<std::size_t>(redrawn->assignment[i])];
    warnings.push_back("The neighbourhood of " + gridName(worst) + " was redrawn (" + std::to_string(region.size()) +
                       " grids → " + std::to_string(k) + ") to bring it within tolerance.");
  }
  Mender(graph, result, current, options).returnMovedUnits();
  Plan plan = evaluatePlan(graph, result, options, &current);
  plan.metrics.rounds = *rounds;
  plan.warnings = std::move(warnings);
  return plan;
}

}  // namespace grid::districting
