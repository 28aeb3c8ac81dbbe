// SPDX-License-Identifier: GPL-2.0-or-later
// The walking network (issue 20): walking distances equal a brute-force shortest path (Floyd–Warshall over the same
// network with every place's foot point inserted as a node) on random small road graphs.
#include "services/walk_network.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <map>
#include <random>
#include <set>

namespace grid::services {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

struct Segment {
  XY a, b;
};

// The nearest segment to p (lowest index on ties) and the foot point's position and distance.
std::tuple<int, double, double> nearestSegment(const std::vector<Segment>& segments, const XY& p) {
  int best = -1;
  double bestT = 0, bestD = kInf;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const XY a = segments[i].a, b = segments[i].b;
    const double dx = b.x - a.x, dy = b.y - a.y, l2 = dx * dx + dy * dy;
    const double t = std::clamp(l2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / l2 : 0.0, 0.0, 1.0);
    const double d = std::hypot(a.x + t * dx - p.x, a.y + t * dy - p.y);
    if (d < bestD) best = static_cast<int>(i), bestT = t, bestD = d;
  }
  return {best, bestT, bestD};
}

// Shortest walks by brute force: the network's vertices, the places and their foot points as nodes; each segment
// split at the foot points on it; all-pairs shortest paths.
std::vector<double> bruteForce(const std::vector<std::vector<XY>>& lines, const std::vector<XY>& sources,
                               const std::vector<XY>& targets, double maxLeg) {
  std::vector<XY> nodes;
  std::map<std::pair<double, double>, int> index;
  auto node = [&](const XY& p) {
    auto [it, added] = index.insert({{p.x, p.y}, static_cast<int>(nodes.size())});
    if (added) nodes.push_back(p);
    return it->second;
  };
  std::vector<Segment> segments;
  std::set<std::pair<std::pair<double, double>, std::pair<double, double>>> drawn;  // a segment drawn twice is one
  for (const auto& line : lines)
    for (std::size_t i = 1; i < line.size(); ++i) {
      const auto a = std::pair(line[i - 1].x, line[i - 1].y), b = std::pair(line[i].x, line[i].y);
      if (a != b && drawn.insert({std::min(a, b), std::max(a, b)}).second) segments.push_back({line[i - 1], line[i]});
    }
  for (const Segment& s : segments) node(s.a), node(s.b);
  // Places: (place node, foot node) per source/target; feet by segment with their t.
  std::map<int, std::vector<std::pair<double, int>>> feet;
  auto place = [&](const XY& p) -> std::pair<int, int> {
    auto [segment, t, leg] = nearestSegment(segments, p);
    if (segment < 0 || leg > maxLeg) return {-1, -1};
    const Segment& s = segments[static_cast<std::size_t>(segment)];
    const int self = static_cast<int>(nodes.size());
    nodes.push_back(p);
    const int foot = static_cast<int>(nodes.size());
    nodes.push_back({s.a.x + t * (s.b.x - s.a.x), s.a.y + t * (s.b.y - s.a.y)});
    feet[segment].push_back({t, foot});
    return {self, foot};
  };
  std::vector<std::pair<int, int>> sourceNodes, targetNodes;
  for (const XY& p : sources) sourceNodes.push_back(place(p));
  for (const XY& p : targets) targetNodes.push_back(place(p));
  const std::size_t n = nodes.size();
  std::vector<double> d(n * n, kInf);
  auto link = [&](int u, int v, double w) {
    d[static_cast<std::size_t>(u) * n + static_cast<std::size_t>(v)] =
        std::min(d[static_cast<std::size_t>(u) * n + static_cast<std::size_t>(v)], w);
    d[static_cast<std::size_t>(v) * n + static_cast<std::size_t>(u)] =
        std::min(d[static_cast<std::size_t>(v) * n + static_cast<std::size_t>(u)], w);
  };
  for (std::size_t i = 0; i < n; ++i) d[i * n + i] = 0;
  for (std::size_t s = 0; s < segments.size(); ++s) {
    const double length = std::hypot(segments[s].b.x - segments[s].a.x, segments[s].b.y - segments[s].a.y);
    std::vector<std::pair<double, int>> chain = {{0.0, index[{segments[s].a.x, segments[s].a.y}]}};
    for (const auto& f : feet[static_cast<int>(s)]) chain.push_back(f);
    chain.push_back({1.0, index[{segments[s].b.x, segments[s].b.y}]});
    std::sort(chain.begin(), chain.end());
    for (std::size_t i = 1; i < chain.size(); ++i)
      link(chain[i - 1].second, chain[i].second, (chain[i].first - chain[i - 1].first) * length);
  }
  for (const auto& pair : sourceNodes)
    if (pair.first >= 0)
      link(pair.first, pair.second,
           std::hypot(nodes[static_cast<std::size_t>(pair.first)].x - nodes[static_cast<std::size_t>(pair.second)].x,
                      nodes[static_cast<std::size_t>(pair.first)].y - nodes[static_cast<std::size_t>(pair.second)].y));
  for (const auto& pair : targetNodes)
    if (pair.first >= 0)
      link(pair.first, pair.second,
           std::hypot(nodes[static_cast<std::size_t>(pair.first)].x - nodes[static_cast<std::size_t>(pair.second)].x,
                      nodes[static_cast<std::size_t>(pair.first)].y - nodes[static_cast<std::size_t>(pair.second)].y));
  for (std::size_t k = 0; k < n; ++k)
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = 0; j < n; ++j) d[i * n + j] = std::min(d[i * n + j], d[i * n + k] + d[k * n + j]);
  std::vector<double> out;
  for (const auto& target : targetNodes) {
    double best = kInf;
    if (target.first >= 0)
      for (const auto& source : sourceNodes)
        if (source.first >= 0)
          best = std::min(best, d[static_cast<std::size_t>(source.first) * n + static_cast<std::size_t>(target.first)]);
    out.push_back(best);
  }
  return out;
}

TEST(WalkNetworkTest, MatchesBruteForceOnRandomRoadGraphs) {
  std::mt19937 random(2026);
  std::uniform_real_distribution<double> coordinate(0, 1000);
  int compared = 0, unreachable = 0;
  for (int round = 0; round < 60; ++round) {
    // A few lattice vertices joined by random lines (shared vertices meet, as OSM ways do), some in a separate
    // component, and places scattered around them.
    std::vector<XY> vertices;
    for (int i = 0; i < 12; ++i) vertices.push_back({std::round(coordinate(random)), std::round(coordinate(random))});
    std::vector<std::vector<XY>> lines;
    for (int i = 0; i < 14; ++i) {
      std::vector<XY> line;
      const int length = 2 + static_cast<int>(random() % 3);
      for (int k = 0; k < length; ++k) line.push_back(vertices[random() % (i % 5 == 4 ? 3 : vertices.size())]);
      lines.push_back(line);
    }
    std::vector<XY> sources, targets;
    for (int i = 0; i < 3; ++i) sources.push_back({coordinate(random), coordinate(random)});
    for (int i = 0; i < 10; ++i) targets.push_back({coordinate(random), coordinate(random)});
    const double maxLeg = round % 3 == 0 ? 150 : 2000;
    const WalkNetwork network(lines, 1e-6);
    const auto reached = network.nearest(sources, targets, maxLeg, kInf);
    const auto expected = bruteForce(lines, sources, targets, maxLeg);
    for (std::size_t i = 0; i < targets.size(); ++i) {
      if (std::isinf(expected[i])) {
        EXPECT_TRUE(std::isinf(reached[i].metres)) << "round " << round << " target " << i;
        EXPECT_EQ(reached[i].source, -1);
        ++unreachable;
        continue;
      }
      ASSERT_GE(reached[i].source, 0) << "round " << round << " target " << i;
      EXPECT_NEAR(reached[i].metres, expected[i], 1e-6) << "round " << round << " target " << i;
      // The source named is one that reaches the target at that distance.
      const auto single =
          network.nearest({sources[static_cast<std::size_t>(reached[i].source)]}, {targets[i]}, maxLeg, kInf);
      EXPECT_NEAR(single[0].metres, reached[i].metres, 1e-6);
      ++compared;
    }
  }
  EXPECT_GT(compared, 300);
  EXPECT_GT(unreachable, 10);  // the separate components and the short legs were exercised
}

TEST(WalkNetworkTest, LinesMeetOnlyAtSharedVerticesAndTheLimitStopsTheWalk) {
  // Two streets crossing without a shared vertex (a bridge) are not joined; a third sharing an end is.
  const std::vector<std::vector<XY>> lines = {{{0, 0}, {100, 0}}, {{50, -50}, {50, 50}}, {{100, 0}, {100, 100}}};
  const WalkNetwork network(lines);
  EXPECT_EQ(network.nodeCount(), 5);
  EXPECT_EQ(network.edgeCount(), 3);
  const auto bridge = network.nearest({{0, 1}}, {{50, 49}}, 5, kInf);
  EXPECT_TRUE(std::isinf(bridge[0].metres));
  const auto joined = network.nearest({{0, 1}}, {{99, 90}}, 5, kInf);
  EXPECT_NEAR(joined[0].metres, 1 + 100 + 90 + 1, 1e-9);
  // Beyond the limit: not reached.
  EXPECT_TRUE(std::isinf(network.nearest({{0, 1}}, {{99, 90}}, 5, 150)[0].metres));
  // The reached network within 150 m of the source: the whole first street and 50 m up the third.
  double length = 0;
  for (const auto& [a, b] : network.reached({{0, 1}}, 5, 150)) length += std::hypot(b.x - a.x, b.y - a.y);
  EXPECT_NEAR(length, 100 + 49, 1e-9);
}

}  // namespace
}  // namespace grid::services
