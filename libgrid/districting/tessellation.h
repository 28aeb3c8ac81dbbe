// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/result.h"
#include "districting/unit_graph.h"

namespace grid::districting {

using Wkb = std::vector<std::uint8_t>;

/**
 * Adjacency and cells for units that rarely touch (building footprints, address points), from a Voronoi
 * tessellation of their representative points (GEOS), clipped to the area they belong to (a community). Two
 * units are adjacent when their cells share a boundary; the edge weight is that boundary's length. The cells,
 * dissolved per grid, are the grid polygons: they cover the area with no gaps or overlaps.
 */
struct Tessellation {
  std::vector<UnitEdge> edges;
  std::vector<std::pair<double, double>> points;  //!< each unit's representative point (inside its footprint)
  std::vector<char> onEdge;                       //!< per unit: its cell touches the area's boundary
  std::vector<Wkb> cells;                         //!< per unit; empty if the unit's cell fell outside the area
  //! Per edge, after applyBarriers: the edge crosses a soft barrier (a street), and its boundary length before the
  //! barrier weakened it. Empty before applyBarriers (then no edge is on a street and lengths are the edges').
  std::vector<char> edgeOnRoad;
  std::vector<double> edgeBoundary;
};

/**
 * The share of the boundary between grids (\a assignment: grid per unit) that runs along streets: the length of
 * cell boundaries between units of different grids whose link crosses a soft barrier, over all such boundaries.
 * 0 without barriers or without boundaries.
 */
double boundaryShareOnRoads(const Tessellation& tessellation, const std::vector<int>& assignment);

/**
 * Tessellates \a units (WKB polygons, multipolygons or points, one CRS in metres) inside \a area (WKB polygon;
 * empty: the units' convex hull grown by 50 m). Fails with the unit's index when a geometry cannot be read.
 */
Result<Tessellation> tessellate(const std::vector<Wkb>& units, const Wkb& area);

/**
 * Barriers between units: an edge whose units' representative points lie on either side of a \a hard barrier
 * (river, wall, railway) is removed; one crossing a \a soft barrier (a street) keeps only \a softFactor of its
 * length, so plans prefer to cut there. Returns the number of edges removed and weakened.
 */
std::pair<int, int> applyBarriers(Tessellation& tessellation, const std::vector<Wkb>& hard,
                                  const std::vector<Wkb>& soft, double softFactor = 0.1);

/**
 * Grid polygons: the cells of each grid dissolved (index = grid number; empty WKB for a grid without units).
 * With \a footprints (the units' polygons), every footprint lies wholly in its own grid: a grid takes in its
 * buildings' footprints and gives up the parts of other grids' footprints that reach into its cells, so grids
 * still neither overlap nor leave gaps (footprints must not overlap each other). With \a area the result is
 * clipped to it.
 */
Result<std::vector<Wkb>> dissolveCells(const std::vector<Wkb>& cells, const std::vector<int>& assignment,
                                       const std::vector<Wkb>& footprints = {}, const Wkb& area = {});

//! Polsby-Popper compactness 4πA/P² of a WKB polygon (1 for a circle, ~0.785 for a square; 0 if unreadable).
double polsbyPopper(const Wkb& polygon);

//! Area of a WKB (multi)polygon in square CRS units (0 if unreadable).
double polygonArea(const Wkb& polygon);

//! \a footprint cut into \a parts slices of equal width across its longer side (a tower's 单元 side by side);
//! empty slices stay empty. Used to give each 单元 of an oversized building its own unit.
std::vector<Wkb> sliceFootprint(const Wkb& footprint, int parts);

//! The part of \a footprint inside \a area (a building straddling a community boundary, before it is sliced);
//! \a footprint itself when the area is empty, or when little (< 1 %) or nothing of it lies inside.
Wkb clipToArea(const Wkb& footprint, const Wkb& area);

//! WKT of a WKB geometry (full precision, as RecordWriter's Wkt values want); empty if unreadable.
std::string wkbToWkt(const Wkb& geometry);

//! WKB of the axis-aligned rectangle [x0, x1] × [y0, y1] (tests, lattices, default areas).
Wkb rectangleWkb(double x0, double y0, double x1, double y1);

}  // namespace grid::districting
