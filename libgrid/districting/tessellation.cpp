// SPDX-License-Identifier: GPL-2.0-or-later
#include "districting/tessellation.h"

#include <geos_c.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <unordered_map>

namespace grid::districting {
namespace {

void onGeosMessage(const char* message, void* userdata) {
  if (userdata) *static_cast<std::string*>(userdata) = message;
}

//! A GEOS context with its reader and writer; frees everything it made.
class Geos {
 public:
  Geos() : m_handle(GEOS_init_r()) {
    GEOSContext_setErrorMessageHandler_r(m_handle, onGeosMessage, &m_error);
    m_reader = GEOSWKBReader_create_r(m_handle);
    m_writer = GEOSWKBWriter_create_r(m_handle);
  }
  ~Geos() {
    GEOSWKBReader_destroy_r(m_handle, m_reader);
    GEOSWKBWriter_destroy_r(m_handle, m_writer);
    GEOS_finish_r(m_handle);
  }
  Geos(const Geos&) = delete;
  Geos& operator=(const Geos&) = delete;

  GEOSContextHandle_t handle() const { return m_handle; }
  const std::string& error() const { return m_error; }

  struct Deleter {
    GEOSContextHandle_t handle;
    void operator()(GEOSGeometry* g) const {
      if (g) GEOSGeom_destroy_r(handle, g);
    }
  };
  using Geometry = std::unique_ptr<GEOSGeometry, Deleter>;
  Geometry own(GEOSGeometry* g) const { return Geometry(g, Deleter{m_handle}); }

  Geometry read(const Wkb& wkb) const {
    return wkb.empty() ? own(nullptr) : own(GEOSWKBReader_read_r(m_handle, m_reader, wkb.data(), wkb.size()));
  }
  Wkb write(const GEOSGeometry* g) const {
    std::size_t size = 0;
    unsigned char* data = GEOSWKBWriter_write_r(m_handle, m_writer, g, &size);
    Wkb out(data, data + size);
    GEOSFree_r(m_handle, data);
    return out;
  }

 private:
  GEOSContextHandle_t m_handle;
  GEOSWKBReader* m_reader = nullptr;
  GEOSWKBWriter* m_writer = nullptr;
  std::string m_error;
};

struct SegmentKey {
  long long x1, y1, x2, y2;
  bool operator==(const SegmentKey& o) const { return x1 == o.x1 && y1 == o.y1 && x2 == o.x2 && y2 == o.y2; }
};
struct SegmentHash {
  std::size_t operator()(const SegmentKey& k) const {
    std::size_t h = std::hash<long long>()(k.x1);
    for (long long v : {k.y1, k.x2, k.y2}) h = h * 1000003u ^ std::hash<long long>()(v);
    return h;
  }
};

//! Calls \a visit(x1, y1, x2, y2) for every segment of every ring of a polygon or multipolygon.
template <typename Visit>
void forEachSegment(GEOSContextHandle_t h, const GEOSGeometry* g, Visit&& visit) {
  const int type = GEOSGeomTypeId_r(h, g);
  if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
    for (int i = 0; i < GEOSGetNumGeometries_r(h, g); ++i) forEachSegment(h, GEOSGetGeometryN_r(h, g, i), visit);
    return;
  }
  if (type != GEOS_POLYGON) return;
  auto ring = [&](const GEOSGeometry* r) {
    const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(h, r);
    unsigned int size = 0;
    GEOSCoordSeq_getSize_r(h, seq, &size);
    double px = 0, py = 0;
    for (unsigned int i = 0; i < size; ++i) {
      double x = 0, y = 0;
      GEOSCoordSeq_getXY_r(h, seq, i, &x, &y);
      if (i > 0) visit(px, py, x, y);
      px = x, py = y;
    }
  };
  ring(GEOSGetExteriorRing_r(h, g));
  for (int i = 0; i < GEOSGetNumInteriorRings_r(h, g); ++i) ring(GEOSGetInteriorRingN_r(h, g, i));
}

}  // namespace

Result<Tessellation> tessellate(const std::vector<Wkb>& units, const Wkb& area) {
  Geos geos;
  GEOSContextHandle_t h = geos.handle();
  const std::size_t n = units.size();
  Tessellation out;
  out.cells.resize(n);
  if (n == 0) return out;
  // Representative points (inside each footprint); identical points are nudged apart by millimetres.
  std::vector<std::pair<double, double>> points(n);
  std::map<std::pair<long long, long long>, int> taken;
  for (std::size_t i = 0; i < n; ++i) {
    auto g = geos.read(units[i]);
    if (!g)
      return makeError(ErrorCode::InvalidInput,
                       "Unit " + std::to_string(i + 1) + " has a geometry GEOS cannot read (" + geos.error() + ").");
    auto point = GEOSGeomTypeId_r(h, g.get()) == GEOS_POINT ? geos.own(GEOSGeom_clone_r(h, g.get()))
                                                            : geos.own(GEOSPointOnSurface_r(h, g.get()));
    if (!point || GEOSisEmpty_r(h, point.get()))
      return makeError(ErrorCode::InvalidInput,
                       "Unit " + std::to_string(i + 1) + " has an empty geometry; give it a footprint or a point.");
    double x = 0, y = 0;
    GEOSGeomGetX_r(h, point.get(), &x);
    GEOSGeomGetY_r(h, point.get(), &y);
    const auto key = std::make_pair(std::llround(x * 1000), std::llround(y * 1000));
    const int copies = taken[key]++;
    points[i] = {x + 0.01 * copies, y + 0.007 * copies};
  }
  out.points = points;
  out.onEdge.assign(n, 1);
  std::vector<GEOSGeometry*> raw(n);
  for (std::size_t i = 0; i < n; ++i) raw[i] = GEOSGeom_createPointFromXY_r(h, points[i].first, points[i].second);
  auto multipoint = geos.own(GEOSGeom_createCollection_r(h, GEOS_MULTIPOINT, raw.data(), static_cast<unsigned>(n)));
  Geos::Geometry clip = geos.read(area);
  if (!area.empty() && !clip)
    return makeError(ErrorCode::InvalidInput, "The area boundary cannot be read (" + geos.error() + ").");
  if (!clip) {
    auto hull = geos.own(GEOSConvexHull_r(h, multipoint.get()));
    clip = geos.own(GEOSBuffer_r(h, hull.get(), 50, 8));
  } else if (!GEOSisValid_r(h, clip.get())) {
    clip = geos.own(GEOSMakeValid_r(h, clip.get()));
  }
  if (n == 1) {
    out.cells[0] = geos.write(clip.get());
    return out;
  }
  auto diagram = geos.own(GEOSVoronoiDiagram_r(h, multipoint.get(), clip.get(), 0.0, 0));
  if (!diagram) return makeError(ErrorCode::Unsupported, "GEOS could not build the Voronoi diagram: " + geos.error());
  // Cells come back in no particular order: find each point's cell with an STR tree.
  GEOSSTRtree* tree = GEOSSTRtree_create_r(h, 10);
  const int cellCount = GEOSGetNumGeometries_r(h, diagram.get());
  std::vector<int> ids(static_cast<std::size_t>(cellCount));
  for (int c = 0; c < cellCount; ++c) {
    ids[static_cast<std::size_t>(c)] = c;
    GEOSSTRtree_insert_r(h, tree, GEOSGetGeometryN_r(h, diagram.get(), c), &ids[static_cast<std::size_t>(c)]);
  }
  std::vector<int> cellOf(n, -1);
  for (std::size_t i = 0; i < n; ++i) {
    const GEOSGeometry* point = GEOSGetGeometryN_r(h, multipoint.get(), static_cast<int>(i));
    struct Query {
      GEOSContextHandle_t h;
      const GEOSGeometry* diagram;
      const GEOSGeometry* point;
      int found = -1;
    } query{h, diagram.get(), point};
    GEOSSTRtree_query_r(
        h, tree, point,
        [](void* item, void* data) {
          auto* q = static_cast<Query*>(data);
          const int c = *static_cast<int*>(item);
          if (q->found < 0 && GEOSIntersects_r(q->h, GEOSGetGeometryN_r(q->h, q->diagram, c), q->point) == 1)
            q->found = c;
        },
        &query);
    cellOf[i] = query.found;
  }
  GEOSSTRtree_destroy_r(h, tree);

  const GEOSPreparedGeometry* preparedClip = GEOSPrepare_r(h, clip.get());
  std::unordered_map<SegmentKey, int, SegmentHash> firstCell;
  for (std::size_t i = 0; i < n; ++i) {
    if (cellOf[i] < 0) continue;
    const GEOSGeometry* raw = GEOSGetGeometryN_r(h, diagram.get(), cellOf[i]);
    const bool inside = GEOSPreparedContainsProperly_r(h, preparedClip, raw) == 1;
    out.onEdge[i] = inside ? 0 : 1;
    auto cell = inside ? geos.own(GEOSGeom_clone_r(h, raw))  // most cells: wholly inside
                       : geos.own(GEOSIntersection_r(h, raw, clip.get()));
    if (!cell || GEOSisEmpty_r(h, cell.get())) continue;
    out.cells[i] = geos.write(cell.get());
    forEachSegment(h, cell.get(), [&](double x1, double y1, double x2, double y2) {
      SegmentKey key{std::llround(x1 * 1000), std::llround(y1 * 1000), std::llround(x2 * 1000),
                     std::llround(y2 * 1000)};
      if (std::make_pair(key.x1, key.y1) > std::make_pair(key.x2, key.y2)) key = {key.x2, key.y2, key.x1, key.y1};
      if (key.x1 == key.x2 && key.y1 == key.y2) return;
      auto [it, inserted] = firstCell.emplace(key, static_cast<int>(i));
      if (!inserted && it->second != static_cast<int>(i))
        out.edges.push_back({it->second, static_cast<int>(i), std::hypot(x2 - x1, y2 - y1)});
    });
  }
  GEOSPreparedGeom_destroy_r(h, preparedClip);
  return out;
}

std::pair<int, int> applyBarriers(Tessellation& tessellation, const std::vector<Wkb>& hard,
                                  const std::vector<Wkb>& soft, double softFactor) {
  if (hard.empty() && soft.empty()) return {0, 0};
  Geos geos;
  GEOSContextHandle_t h = geos.handle();
  std::vector<Geos::Geometry> barriers;
  std::vector<char> isHard;
  for (const auto* list : {&hard, &soft})
    for (const Wkb& wkb : *list)
      if (auto g = geos.read(wkb)) {
        barriers.push_back(std::move(g));
        isHard.push_back(list == &hard);
      }
  GEOSSTRtree* tree = GEOSSTRtree_create_r(h, 10);
  std::vector<int> index(barriers.size());
  for (std::size_t i = 0; i < barriers.size(); ++i) {
    index[i] = static_cast<int>(i);
    GEOSSTRtree_insert_r(h, tree, barriers[i].get(), &index[i]);
  }
  int removed = 0, weakened = 0;
  std::vector<UnitEdge> kept;
  std::vector<char> onRoad;
  std::vector<double> boundary;
  for (UnitEdge edge : tessellation.edges) {
    const auto& a = tessellation.points[static_cast<std::size_t>(edge.a)];
    const auto& b = tessellation.points[static_cast<std::size_t>(edge.b)];
    GEOSCoordSequence* sequence = GEOSCoordSeq_create_r(h, 2, 2);
    GEOSCoordSeq_setXY_r(h, sequence, 0, a.first, a.second);
    GEOSCoordSeq_setXY_r(h, sequence, 1, b.first, b.second);
    auto segment = geos.own(GEOSGeom_createLineString_r(h, sequence));
    struct Query {
      std::vector<int> hits;
    } query;
    GEOSSTRtree_query_r(
        h, tree, segment.get(),
        [](void* item, void* data) { static_cast<Query*>(data)->hits.push_back(*static_cast<int*>(item)); }, &query);
    bool crossesHard = false, crossesSoft = false;
    for (int i : query.hits) {
      if (GEOSIntersects_r(h, segment.get(), barriers[static_cast<std::size_t>(i)].get()) != 1) continue;
      (isHard[static_cast<std::size_t>(i)] ? crossesHard : crossesSoft) = true;
    }
    if (crossesHard) {
      ++removed;
      continue;
    }
    boundary.push_back(edge.length);
    onRoad.push_back(crossesSoft ? 1 : 0);
    if (crossesSoft) {
      edge.length *= softFactor;
      ++weakened;
    }
    kept.push_back(edge);
  }
  GEOSSTRtree_destroy_r(h, tree);
  tessellation.edges = std::move(kept);
  tessellation.edgeOnRoad = std::move(onRoad);
  tessellation.edgeBoundary = std::move(boundary);
  return {removed, weakened};
}

double boundaryShareOnRoads(const Tessellation& tessellation, const std::vector<int>& assignment) {
  double total = 0, onRoads = 0;
  for (std::size_t e = 0; e < tessellation.edges.size(); ++e) {
    const UnitEdge& edge = tessellation.edges[e];
    const int a = assignment[static_cast<std::size_t>(edge.a)], b = assignment[static_cast<std::size_t>(edge.b)];
    if (a == b || a < 0 || b < 0) continue;
    const double length = e < tessellation.edgeBoundary.size() ? tessellation.edgeBoundary[e] : edge.length;
    total += length;
    if (e < tessellation.edgeOnRoad.size() && tessellation.edgeOnRoad[e]) onRoads += length;
  }
  return total > 0 ? onRoads / total : 0;
}

Result<std::vector<Wkb>> dissolveCells(const std::vector<Wkb>& cells, const std::vector<int>& assignment,
                                       const std::vector<Wkb>& footprints, const Wkb& area) {
  Geos geos;
  GEOSContextHandle_t h = geos.handle();
  int grids = 0;
  for (int g : assignment) grids = std::max(grids, g + 1);
  // Footprints that are polygons, valid, per unit.
  std::vector<Geos::Geometry> prints;
  for (std::size_t i = 0; i < footprints.size(); ++i) {
    auto g = geos.read(footprints[i]);
    const int type = g ? GEOSGeomTypeId_r(h, g.get()) : -1;
    if (type != GEOS_POLYGON && type != GEOS_MULTIPOLYGON)
      g.reset();
    else if (!GEOSisValid_r(h, g.get()))
      g = geos.own(GEOSMakeValid_r(h, g.get()));
    prints.push_back(std::move(g));
  }
  // Real footprints overlap (an OSM building drawn twice, a part inside its building, a tower's slices under a
  // podium drawn as its own building): the smaller one keeps the shared area, so grids taking in their buildings
  // neither overlap nor leave holes, and a small building inside a big one stays whole.
  if (!prints.empty()) {
    GEOSSTRtree* tree = GEOSSTRtree_create_r(h, 10);
    std::vector<int> index(prints.size());
    for (std::size_t i = 0; i < prints.size(); ++i) {
      index[i] = static_cast<int>(i);
      if (prints[i]) GEOSSTRtree_insert_r(h, tree, prints[i].get(), &index[i]);
    }
    std::vector<double> size(prints.size(), 0);
    std::vector<std::size_t> order(prints.size());
    for (std::size_t i = 0; i < prints.size(); ++i) {
      order[i] = i;
      if (prints[i]) GEOSArea_r(h, prints[i].get(), &size[i]);
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return size[a] < size[b]; });
    std::vector<std::size_t> rank(prints.size());
    for (std::size_t r = 0; r < order.size(); ++r) rank[order[r]] = r;
    std::vector<Geos::Geometry> disjoint(prints.size());
    for (std::size_t i : order) {
      if (!prints[i]) continue;
      struct Query {
        std::vector<int> hits;
      } query;
      GEOSSTRtree_query_r(
          h, tree, prints[i].get(),
          [](void* item, void* data) { static_cast<Query*>(data)->hits.push_back(*static_cast<int*>(item)); }, &query);
      Geos::Geometry own = geos.own(GEOSGeom_clone_r(h, prints[i].get()));
      for (int j : query.hits) {
        if (rank[static_cast<std::size_t>(j)] >= rank[i] || !disjoint[static_cast<std::size_t>(j)] || !own) continue;
        const GEOSGeometry* earlier = disjoint[static_cast<std::size_t>(j)].get();
        if (GEOSIntersects_r(h, own.get(), earlier) != 1 || GEOSTouches_r(h, own.get(), earlier) == 1) continue;
        if (auto rest = geos.own(GEOSDifference_r(h, own.get(), earlier))) own = std::move(rest);
      }
      double area = 0;
      if (own && GEOSArea_r(h, own.get(), &area) == 1 && area > 1e-6) disjoint[i] = std::move(own);
    }
    GEOSSTRtree_destroy_r(h, tree);
    prints = std::move(disjoint);
  }
  std::vector<std::vector<GEOSGeometry*>> parts(static_cast<std::size_t>(grids));
  std::vector<std::vector<int>> members(static_cast<std::size_t>(grids));
  for (std::size_t i = 0; i < cells.size() && i < assignment.size(); ++i) {
    if (assignment[i] < 0) continue;
    members[static_cast<std::size_t>(assignment[i])].push_back(static_cast<int>(i));
    if (!cells[i].empty())
      if (GEOSGeometry* g = geos.read(cells[i]).release()) parts[static_cast<std::size_t>(assignment[i])].push_back(g);
  }
  std::vector<Geos::Geometry> merged(static_cast<std::size_t>(grids));
  for (int g = 0; g < grids; ++g) {
    auto& list = parts[static_cast<std::size_t>(g)];
    if (list.empty()) continue;
    auto collection = geos.own(
        GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, list.data(), static_cast<unsigned>(list.size())));
    // The cells are a coverage (they meet edge to edge): the fast coverage union, the general one if that fails.
    auto& geometry = merged[static_cast<std::size_t>(g)];
    geometry = geos.own(GEOSCoverageUnion_r(h, collection.get()));
    if (!geometry) geometry = geos.own(GEOSUnaryUnion_r(h, collection.get()));
    if (!geometry)
      return makeError(ErrorCode::Unsupported,
                       "GEOS could not dissolve the cells of grid " + std::to_string(g + 1) + ": " + geos.error());
    // Own footprints that reach out of the grid's cells are taken in.
    std::vector<GEOSGeometry*> reaching;
    const GEOSPreparedGeometry* prepared = GEOSPrepare_r(h, geometry.get());
    for (int i : members[static_cast<std::size_t>(g)])
      if (static_cast<std::size_t>(i) < prints.size() && prints[static_cast<std::size_t>(i)] &&
          GEOSPreparedContains_r(h, prepared, prints[static_cast<std::size_t>(i)].get()) != 1)
        reaching.push_back(GEOSGeom_clone_r(h, prints[static_cast<std::size_t>(i)].get()));
    GEOSPreparedGeom_destroy_r(h, prepared);
    if (!reaching.empty()) {
      reaching.push_back(GEOSGeom_clone_r(h, geometry.get()));
      auto all = geos.own(GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, reaching.data(),
                                                      static_cast<unsigned>(reaching.size())));
      if (auto grown = geos.own(GEOSUnaryUnion_r(h, all.get()))) geometry = std::move(grown);
    }
  }
  if (!prints.empty()) {  // give up other grids' footprints
    GEOSSTRtree* tree = GEOSSTRtree_create_r(h, 10);
    std::vector<int> index(prints.size());
    for (std::size_t i = 0; i < prints.size(); ++i) {
      index[i] = static_cast<int>(i);
      if (prints[i] && i < assignment.size() && assignment[i] >= 0)
        GEOSSTRtree_insert_r(h, tree, prints[i].get(), &index[i]);
    }
    for (int g = 0; g < grids; ++g) {
      auto& geometry = merged[static_cast<std::size_t>(g)];
      if (!geometry) continue;
      struct Query {
        std::vector<int> hits;
      } query;
      GEOSSTRtree_query_r(
          h, tree, geometry.get(),
          [](void* item, void* data) { static_cast<Query*>(data)->hits.push_back(*static_cast<int*>(item)); }, &query);
      std::vector<GEOSGeometry*> others;
      const GEOSPreparedGeometry* prepared = GEOSPrepare_r(h, geometry.get());
      for (int i : query.hits)
        if (assignment[static_cast<std::size_t>(i)] != g &&
            GEOSPreparedIntersects_r(h, prepared, prints[static_cast<std::size_t>(i)].get()) == 1 &&
            GEOSPreparedTouches_r(h, prepared, prints[static_cast<std::size_t>(i)].get()) != 1)
          others.push_back(GEOSGeom_clone_r(h, prints[static_cast<std::size_t>(i)].get()));
      GEOSPreparedGeom_destroy_r(h, prepared);
      if (others.empty()) continue;
      auto collection = geos.own(
          GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, others.data(), static_cast<unsigned>(others.size())));
      auto cut = geos.own(GEOSUnaryUnion_r(h, collection.get()));
      if (cut) geometry = geos.own(GEOSDifference_r(h, geometry.get(), cut.get()));
    }
    GEOSSTRtree_destroy_r(h, tree);
  }
  Geos::Geometry clip = geos.read(area);
  if (clip && !GEOSisValid_r(h, clip.get())) clip = geos.own(GEOSMakeValid_r(h, clip.get()));
  std::vector<Wkb> out(static_cast<std::size_t>(grids));
  for (int g = 0; g < grids; ++g) {
    auto& geometry = merged[static_cast<std::size_t>(g)];
    if (clip && geometry) geometry = geos.own(GEOSIntersection_r(h, geometry.get(), clip.get()));
    double area = 0;
    if (!geometry || GEOSisEmpty_r(h, geometry.get()) == 1 || GEOSArea_r(h, geometry.get(), &area) != 1 || area <= 0) {
      // Its cells went to bigger footprints around it (the thin slices of a tower's floors, a building under a
      // podium): the grid is at least its own footprints.
      std::vector<GEOSGeometry*> own;
      for (int i : members[static_cast<std::size_t>(g)])
        if (static_cast<std::size_t>(i) < prints.size() && prints[static_cast<std::size_t>(i)])
          own.push_back(GEOSGeom_clone_r(h, prints[static_cast<std::size_t>(i)].get()));
      if (own.empty()) continue;
      auto all = geos.own(
          GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, own.data(), static_cast<unsigned>(own.size())));
      geometry = geos.own(GEOSUnaryUnion_r(h, all.get()));
    }
    // Valid (slices of towers meet at single points; GEOS and SpatiaLite refuse invalid rings later), and only the
    // polygons: an intersection or union can leave slivers as lines or points in a collection, which the
    // database's MULTIPOLYGON column would refuse (the grid would lose its boundary).
    if (geometry && GEOSisValid_r(h, geometry.get()) != 1)
      if (auto valid = geos.own(GEOSMakeValid_r(h, geometry.get()))) geometry = std::move(valid);
    // Snapped to the millimetre grid the database stores (wkbToWkt), topology kept: rounding the text alone can
    // make slices that meet at a point cross.
    if (geometry)
      if (auto snapped = geos.own(GEOSGeom_setPrecision_r(h, geometry.get(), 0.001, 0))) geometry = std::move(snapped);
    if (geometry && GEOSGeomTypeId_r(h, geometry.get()) == GEOS_GEOMETRYCOLLECTION) {
      std::vector<GEOSGeometry*> polygons;
      const int count = GEOSGetNumGeometries_r(h, geometry.get());
      for (int i = 0; i < count; ++i) {
        const GEOSGeometry* part = GEOSGetGeometryN_r(h, geometry.get(), i);
        const int type = GEOSGeomTypeId_r(h, part);
        if (type == GEOS_POLYGON)
          polygons.push_back(GEOSGeom_clone_r(h, part));
        else if (type == GEOS_MULTIPOLYGON)
          for (int k = 0; k < GEOSGetNumGeometries_r(h, part); ++k)
            polygons.push_back(GEOSGeom_clone_r(h, GEOSGetGeometryN_r(h, part, k)));
      }
      geometry = polygons.empty() ? geos.own(nullptr)
                                  : geos.own(GEOSGeom_createCollection_r(h, GEOS_MULTIPOLYGON, polygons.data(),
                                                                         static_cast<unsigned>(polygons.size())));
    }
    if (geometry) out[static_cast<std::size_t>(g)] = geos.write(geometry.get());
  }
  return out;
}

double polsbyPopper(const Wkb& polygon) {
  Geos geos;
  auto g = geos.read(polygon);
  if (!g) return 0;
  double area = 0, length = 0;
  GEOSArea_r(geos.handle(), g.get(), &area);
  GEOSLength_r(geos.handle(), g.get(), &length);
  return length > 0 ? 4 * M_PI * area / (length * length) : 0;
}

double polygonArea(const Wkb& polygon) {
  Geos geos;
  auto g = geos.read(polygon);
  double area = 0;
  if (g) GEOSArea_r(geos.handle(), g.get(), &area);
  return area;
}

Wkb clipToArea(const Wkb& footprint, const Wkb& area) {
  if (area.empty()) return footprint;
  Geos geos;
  GEOSContextHandle_t h = geos.handle();
  auto g = geos.read(footprint), a = geos.read(area);
  if (!g || !a) return footprint;
  if (!GEOSisValid_r(h, g.get())) g = geos.own(GEOSMakeValid_r(h, g.get()));
  if (!g) return footprint;
  auto inside = geos.own(GEOSIntersection_r(h, g.get(), a.get()));
  double whole = 0, part = 0;
  GEOSArea_r(h, g.get(), &whole);
  if (!inside || GEOSArea_r(h, inside.get(), &part) != 1 || part < 0.01 * whole || part >= whole * (1 - 1e-9))
    return footprint;
  return geos.write(inside.get());
}

std::vector<Wkb> sliceFootprint(const Wkb& footprint, int parts) {
  std::vector<Wkb> out(static_cast<std::size_t>(std::max(parts, 0)));
  Geos geos;
  GEOSContextHandle_t h = geos.handle();
  auto g = geos.read(footprint);
  if (!g || parts <= 0) return out;
  if (!GEOSisValid_r(h, g.get())) g = geos.own(GEOSMakeValid_r(h, g.get()));
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  GEOSGeom_getXMin_r(h, g.get(), &x0);
  GEOSGeom_getYMin_r(h, g.get(), &y0);
  GEOSGeom_getXMax_r(h, g.get(), &x1);
  GEOSGeom_getYMax_r(h, g.get(), &y1);
  const bool alongX = x1 - x0 >= y1 - y0;
  for (int i = 0; i < parts; ++i) {
    const double a = static_cast<double>(i) / parts, b = static_cast<double>(i + 1) / parts;
    auto box = geos.read(alongX ? rectangleWkb(x0 + a * (x1 - x0), y0 - 1, x0 + b * (x1 - x0), y1 + 1)
                                : rectangleWkb(x0 - 1, y0 + a * (y1 - y0), x1 + 1, y0 + b * (y1 - y0)));
    auto slice = geos.own(GEOSIntersection_r(h, g.get(), box.get()));
    if (slice && !GEOSisEmpty_r(h, slice.get())) out[static_cast<std::size_t>(i)] = geos.write(slice.get());
  }
  return out;
}

std::string wkbToWkt(const Wkb& geometry) {
  Geos geos;
  auto g = geos.read(geometry);
  if (!g) return {};
  GEOSWKTWriter* writer = GEOSWKTWriter_create_r(geos.handle());
  GEOSWKTWriter_setTrim_r(geos.handle(), writer, 1);
  GEOSWKTWriter_setRoundingPrecision_r(geos.handle(), writer, 3);  // millimetres
  char* text = GEOSWKTWriter_write_r(geos.handle(), writer, g.get());
  std::string out = text ? text : "";
  GEOSFree_r(geos.handle(), text);
  GEOSWKTWriter_destroy_r(geos.handle(), writer);
  return out;
}

Wkb rectangleWkb(double x0, double y0, double x1, double y1) {
  Wkb out{1, 3, 0, 0, 0, 1, 0, 0, 0, 5, 0, 0, 0};  // little endian, polygon, one ring of five points
  for (auto [x, y] : {std::pair{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}})
    for (double v : {x, y}) {
      std::uint8_t bytes[sizeof(double)];
      std::memcpy(bytes, &v, sizeof v);
      out.insert(out.end(), bytes, bytes + sizeof v);
    }
  return out;
}

}  // namespace grid::districting
