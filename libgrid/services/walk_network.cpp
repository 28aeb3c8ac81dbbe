// SPDX-License-Identifier: GPL-2.0-or-later
#include "services/walk_network.h"

#include <geos_c.h>
#include <lemon/dijkstra.h>
#include <lemon/smart_graph.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <unordered_map>

namespace grid::services {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

struct Segment {
  int from = -1, to = -1;  //!< node indices
  XY a, b;
  double length = 0;
};

// Foot point of \a p on segment ab: position 0…1 and distance.
std::pair<double, double> foot(const XY& p, const XY& a, const XY& b) {
  const double dx = b.x - a.x, dy = b.y - a.y;
  const double l2 = dx * dx + dy * dy;
  double t = l2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / l2 : 0.0;
  t = std::clamp(t, 0.0, 1.0);
  const double fx = a.x + t * dx - p.x, fy = a.y + t * dy - p.y;
  return {t, std::sqrt(fx * fx + fy * fy)};
}

// Dijkstra's predecessor arcs in a vector: LEMON's default map for a non-arithmetic value is its ArrayMap, which
// calls std::allocator::construct, gone in C++20.
struct PredArcs {
  using Key = lemon::SmartGraph::Node;
  using Value = lemon::SmartGraph::Arc;
  const lemon::SmartGraph* graph;
  std::vector<Value> arcs;
  explicit PredArcs(const lemon::SmartGraph& g)
      : graph(&g), arcs(static_cast<std::size_t>(g.nodeNum()), lemon::INVALID) {}
  void set(const Key& key, const Value& value) { arcs[static_cast<std::size_t>(graph->id(key))] = value; }
  Value operator[](const Key& key) const { return arcs[static_cast<std::size_t>(graph->id(key))]; }
};

}  // namespace

struct WalkNetwork::Impl {
  GEOSContextHandle_t geos = GEOS_init_r();
  GEOSSTRtree* tree = nullptr;
  std::vector<GEOSGeometry*> envelopes;
  lemon::SmartGraph graph;
  lemon::SmartGraph::EdgeMap<double> length{graph};
  std::vector<Segment> segments;
  std::vector<int> indices;  //!< segment index per tree item (stable addresses)

  ~Impl() {
    if (tree) GEOSSTRtree_destroy_r(geos, tree);
    for (GEOSGeometry* g : envelopes) GEOSGeom_destroy_r(geos, g);
    GEOS_finish_r(geos);
  }
};

WalkNetwork::WalkNetwork(const std::vector<std::vector<XY>>& lines, double nodeTolerance) : m_impl(new Impl) {
  Impl& m = *m_impl;
  // Nodes: vertices snapped to the tolerance lattice (a vertex also looks in the neighbouring cells, so two vertices
  // closer than the tolerance meet even across a cell border).
  std::map<std::pair<long long, long long>, int> cells;
  std::vector<XY> nodes;
  std::set<std::pair<int, int>> drawn;
  auto nodeOf = [&](const XY& p) {
    const long long cx = std::llround(p.x / nodeTolerance), cy = std::llround(p.y / nodeTolerance);
    for (long long dx = -1; dx <= 1; ++dx)
      for (long long dy = -1; dy <= 1; ++dy) {
        auto it = cells.find({cx + dx, cy + dy});
        if (it != cells.end() && std::hypot(nodes[static_cast<std::size_t>(it->second)].x - p.x,
                                            nodes[static_cast<std::size_t>(it->second)].y - p.y) <= nodeTolerance)
          return it->second;
      }
    const int id = static_cast<int>(nodes.size());
    nodes.push_back(p);
    cells[{cx, cy}] = id;
    m.graph.addNode();
    return id;
  };
  for (const auto& line : lines)
    for (std::size_t i = 1; i < line.size(); ++i) {
      const int from = nodeOf(line[i - 1]), to = nodeOf(line[i]);
      // A segment drawn twice (overlapping ways, a way doubling back) is one street: walking along it from a place on
      // it must not depend on which copy the place was joined to.
      if (from == to || !drawn.insert({std::min(from, to), std::max(from, to)}).second) continue;
      const XY a = nodes[static_cast<std::size_t>(from)], b = nodes[static_cast<std::size_t>(to)];
      const double length = std::hypot(b.x - a.x, b.y - a.y);
      auto edge = m.graph.addEdge(m.graph.nodeFromId(from), m.graph.nodeFromId(to));
      m.length[edge] = length;
      m.segments.push_back({from, to, a, b, length});
    }
  m.tree = GEOSSTRtree_create_r(m.geos, 10);
  m.indices.resize(m.segments.size());
  for (std::size_t i = 0; i < m.segments.size(); ++i) {
    m.indices[i] = static_cast<int>(i);
    const Segment& s = m.segments[i];
    GEOSGeometry* box = GEOSGeom_createRectangle_r(m.geos, std::min(s.a.x, s.b.x), std::min(s.a.y, s.b.y),
                                                   std::max(s.a.x, s.b.x), std::max(s.a.y, s.b.y));
    m.envelopes.push_back(box);
    GEOSSTRtree_insert_r(m.geos, m.tree, box, &m.indices[i]);
  }
}

WalkNetwork::~WalkNetwork() = default;

int WalkNetwork::nodeCount() const {
  return m_impl->graph.nodeNum();
}
int WalkNetwork::edgeCount() const {
  return m_impl->graph.edgeNum();
}

WalkNetwork::Attachment WalkNetwork::attach(const XY& point, double maxLeg) const {
  Impl& m = *m_impl;
  Attachment best;
  if (m.segments.empty()) return best;
  struct Query {
    const Impl* impl;
    XY point;
    double bestLeg;
    int bestSegment;
    double bestT;
  } query{&m, point, kInf, -1, 0};
  // Every segment whose box lies within maxLeg of the point; the nearest by the exact foot distance.
  GEOSGeometry* box =
      GEOSGeom_createRectangle_r(m.geos, point.x - maxLeg, point.y - maxLeg, point.x + maxLeg, point.y + maxLeg);
  GEOSSTRtree_query_r(
      m.geos, m.tree, box,
      [](void* item, void* data) {
        auto* q = static_cast<Query*>(data);
        const int index = *static_cast<int*>(item);
        const Segment& s = q->impl->segments[static_cast<std::size_t>(index)];
        const auto [t, leg] = foot(q->point, s.a, s.b);
        if (leg < q->bestLeg || (leg == q->bestLeg && index < q->bestSegment)) {
          q->bestLeg = leg;
          q->bestSegment = index;
          q->bestT = t;
        }
      },
      &query);
  GEOSGeom_destroy_r(m.geos, box);
  if (query.bestSegment < 0 || query.bestLeg > maxLeg) return best;
  return {query.bestSegment, query.bestT, query.bestLeg};
}

struct WalkNetwork::Search {
  std::vector<double> distance;                                                //!< per node
  std::vector<int> origin;                                                     //!< per node: the nearest source
  std::unordered_map<int, std::vector<std::pair<int, Attachment>>> onSegment;  //!< sources per segment
};

WalkNetwork::Search WalkNetwork::search(const std::vector<XY>& sources, double maxLeg, double limit) const {
  Impl& m = *m_impl;
  Search result;
  result.distance.assign(static_cast<std::size_t>(m.graph.nodeNum()), kInf);
  result.origin.assign(static_cast<std::size_t>(m.graph.nodeNum()), -1);
  if (sources.empty() || m.segments.empty()) return result;
  using Graph = lemon::SmartGraph;
  using Dijkstra = lemon::Dijkstra<Graph, Graph::EdgeMap<double>>::SetPredMap<PredArcs>::Create;
  PredArcs pred(m.graph);
  Dijkstra dijkstra(m.graph, m.length);
  dijkstra.predMap(pred);
  dijkstra.init();
  // Each source enters the network at both ends of its segment, carrying its leg and the part of the segment walked.
  std::vector<std::pair<double, std::pair<int, int>>> starts;  // distance, (node, source)
  for (std::size_t i = 0; i < sources.size(); ++i) {
    const Attachment a = attach(sources[i], maxLeg);
    if (a.segment < 0) continue;
    const Segment& s = m.segments[static_cast<std::size_t>(a.segment)];
    result.onSegment[a.segment].push_back({static_cast<int>(i), a});
    starts.push_back({a.leg + a.t * s.length, {s.from, static_cast<int>(i)}});
    starts.push_back({a.leg + (1 - a.t) * s.length, {s.to, static_cast<int>(i)}});
  }
  // A node reached by several sources keeps the nearest (ties: the lower source index).
  std::sort(starts.begin(), starts.end());
  for (const auto& [distance, start] : starts) {
    const Graph::Node node = m.graph.nodeFromId(start.first);
    if (dijkstra.reached(node)) continue;
    dijkstra.addSource(node, distance);
    result.origin[static_cast<std::size_t>(start.first)] = start.second;
  }
  // Until the queue is empty or past the limit; each node's source is its predecessor's.
  while (!dijkstra.emptyQueue()) {
    const Graph::Node node = dijkstra.nextNode();
    const double distance = dijkstra.currentDist(node);
    if (distance > limit) break;
    dijkstra.processNextNode();
    const std::size_t id = static_cast<std::size_t>(m.graph.id(node));
    result.distance[id] = distance;
    // Reached over an arc (even a node that was itself a source, when another source's walk is shorter): the source
    // its predecessor was reached from.
    const Graph::Arc arc = pred[node];
    if (arc != lemon::INVALID)
      result.origin[id] = result.origin[static_cast<std::size_t>(m.graph.id(m.graph.source(arc)))];
  }
  return result;
}

std::vector<WalkNetwork::Attachment> WalkNetwork::attachAll(const std::vector<XY>& points, double maxLeg) const {
  std::vector<Attachment> out;
  out.reserve(points.size());
  for (const XY& p : points) out.push_back(attach(p, maxLeg));
  return out;
}

std::vector<WalkNetwork::Reach> WalkNetwork::reachesOf(const Search& found, const std::vector<Attachment>& targets,
                                                       double limit) const {
  Impl& m = *m_impl;
  std::vector<Reach> out(targets.size(), Reach{kInf, -1});
  for (std::size_t i = 0; i < targets.size(); ++i) {
    const Attachment& a = targets[i];
    if (a.segment < 0) continue;
    const Segment& s = m.segments[static_cast<std::size_t>(a.segment)];
    Reach best{kInf, -1};
    auto consider = [&](double metres, int source) {
      if (source >= 0 && (metres < best.metres || (metres == best.metres && source < best.source)))
        best = {metres, source};
    };
    const auto from = static_cast<std::size_t>(s.from), to = static_cast<std::size_t>(s.to);
    consider(found.distance[from] + a.t * s.length + a.leg, found.origin[from]);
    consider(found.distance[to] + (1 - a.t) * s.length + a.leg, found.origin[to]);
    // A source on the same segment: straight along it.
    if (auto it = found.onSegment.find(a.segment); it != found.onSegment.end())
      for (const auto& [source, sa] : it->second) consider(sa.leg + std::fabs(sa.t - a.t) * s.length + a.leg, source);
    if (best.metres <= limit) out[i] = best;
  }
  return out;
}

std::vector<std::pair<XY, XY>> WalkNetwork::piecesOf(const Search& found, double limit) const {
  Impl& m = *m_impl;
  std::vector<std::pair<XY, XY>> pieces;
  auto along = [](const Segment& s, double t) { return XY{s.a.x + t * (s.b.x - s.a.x), s.a.y + t * (s.b.y - s.a.y)}; };
  for (std::size_t i = 0; i < m.segments.size(); ++i) {
    const Segment& s = m.segments[i];
    const double da = found.distance[static_cast<std::size_t>(s.from)],
                 db = found.distance[static_cast<std::size_t>(s.to)];
    if (da + s.length <= limit || db + s.length <= limit ||
        (da <= limit && db <= limit && da + db + s.length <= 2 * limit)) {
      pieces.push_back({s.a, s.b});
      continue;
    }
    // Part-way from either end (and from a source standing on the segment).
    if (da < limit) pieces.push_back({s.a, along(s, std::min(1.0, (limit - da) / s.length))});
    if (db < limit) pieces.push_back({along(s, std::max(0.0, 1.0 - (limit - db) / s.length)), s.b});
    if (auto it = found.onSegment.find(static_cast<int>(i)); it != found.onSegment.end())
      for (const auto& [source, a] : it->second) {
        const double left = (limit - a.leg) / s.length;
        if (left <= 0) continue;
        pieces.push_back({along(s, std::max(0.0, a.t - left)), along(s, std::min(1.0, a.t + left))});
      }
  }
  return pieces;
}

std::vector<WalkNetwork::Reach> WalkNetwork::nearest(const std::vector<XY>& sources, const std::vector<XY>& targets,
                                                     double maxLeg, double limit) const {
  if (sources.empty() || m_impl->segments.empty()) return std::vector<Reach>(targets.size(), Reach{kInf, -1});
  return reachesOf(search(sources, maxLeg, limit), attachAll(targets, maxLeg), limit);
}

std::vector<std::pair<XY, XY>> WalkNetwork::reached(const std::vector<XY>& sources, double maxLeg, double limit) const {
  if (sources.empty() || m_impl->segments.empty()) return {};
  return piecesOf(search(sources, maxLeg, limit), limit);
}

WalkNetwork::Walk WalkNetwork::walk(const std::vector<XY>& sources, const std::vector<Attachment>& targets,
                                    double maxLeg, double areaLimit) const {
  Walk out;
  if (sources.empty() || m_impl->segments.empty()) {
    out.reaches.assign(targets.size(), Reach{kInf, -1});
    return out;
  }
  // One search without a limit serves both: the nearest source of every target, and the network within areaLimit.
  const Search found = search(sources, maxLeg, kInf);
  out.reaches = reachesOf(found, targets, kInf);
  out.area = piecesOf(found, areaLimit);
  return out;
}

}  // namespace grid::services
