// SPDX-License-Identifier: GPL-2.0-or-later
#include "districting/local_search.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>
#include <random>
#include <set>

#include "districting/assignment_state.h"

namespace grid::districting::detail {
namespace {

using SteadyClock = std::chrono::steady_clock;

/**
 * The local search over one assignment: recombination of adjacent grid pairs along the best cut of random spanning
 * trees of their union, and single-unit moves that keep both grids contiguous.
 */
class Search : public AssignmentState {
 public:
  static constexpr int kPatience = 8;
  static constexpr int kExhaustiveUnits = 14;

  Search(const UnitGraph& graph, const PlanOptions& options, std::vector<int> assignment,
         const std::vector<int>* current)
      : AssignmentState(graph, std::move(assignment), current ? gridCount(*current) : 0),
        m_options(options),
        m_current(current),
        m_rng(options.seed) {
    const int n = graph.size();
    m_target = options.target;
    m_band = options.tolerance * options.target;
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

 private:
  bool violates(int g) const {
    return std::abs(static_cast<double>(m_pop[static_cast<std::size_t>(g)]) - m_target) > m_band + 1e-9;
  }
  bool anyViolation() const {
    for (int g = 0; g < m_grids; ++g)
      if (!m_members[static_cast<std::size_t>(g)].empty() && violates(g)) return true;
    return false;
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
        adjacent[static_cast<std::size_t>(edge.x)] |= 1u << edge.y,
            adjacent[static_cast<std::size_t>(edge.y)] |= 1u << edge.x;
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

  const PlanOptions& m_options;
  const std::vector<int>* m_current;
  std::mt19937_64 m_rng;
  double m_target = 300, m_band = 30;
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
};

}  // namespace

Result<SearchResult> runLocalSearch(const UnitGraph& graph, const PlanOptions& options, std::vector<int> assignment,
                                    const std::vector<int>* current, Progress* progress, bool recombine) {
  Search search(graph, options, std::move(assignment), current);
  auto rounds = search.run(progress, recombine);
  if (!rounds) return rounds.error();
  return SearchResult{search.takeAssignment(), *rounds};
}

}  // namespace grid::districting::detail
