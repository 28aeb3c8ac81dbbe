// SPDX-License-Identifier: GPL-2.0-or-later
#include "districting/initial_partition.h"

#include <metis.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>

#include "common/log.h"
#include "districting/assignment_state.h"

namespace grid::districting::detail {
namespace {

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
    status = METIS_PartGraphKway(&nvtxs, &ncon, xadj.data(), adjncy.data(), vwgt.data(), nullptr, adjwgt.data(), &parts,
                                 nullptr, nullptr, metisOptions, &objval, part.data());
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
std::vector<int> growHalf(const UnitGraph& graph, const std::vector<int>& labels, int g,
                          const std::vector<int>& inside) {
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

}  // namespace

/**
 * Makes every grid connected: each grid keeps its heaviest connected piece, the other pieces join the neighbouring
 * grid they share the most boundary with. Units with no grid (−1) join a neighbouring grid the same way.
 */
void enforceContiguity(const UnitGraph& graph, std::vector<int>& assign, const std::vector<char>& lockedGrids,
                       const std::vector<char>& lockedUnits) {
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

//! The reference: METIS k-way with contiguous parts for each connected part of the graph, k = its households ÷
//! target (or a fixed k shared by households); grid numbers are dense from 0. No repair of what METIS returns.
Result<std::vector<int>> metisPartition(const UnitGraph& graph, const PlanOptions& options,
                                        std::vector<std::string>& warnings, bool contiguous) {
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

}  // namespace grid::districting::detail
