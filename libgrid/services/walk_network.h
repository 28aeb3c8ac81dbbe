// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <memory>
#include <utility>
#include <vector>

namespace grid::services {

//! A point in a projected CRS, metres.
struct XY {
  double x = 0, y = 0;
};

/**
 * A walking network from line strings: every vertex is a node (vertices closer than the node tolerance are one node,
 * so ways that share an OSM node meet; lines that merely cross, such as a bridge over a street, do not), every
 * segment an edge walkable both ways. Places off the network (a building's centre, a facility) are attached to the
 * nearest segment (GEOS STRtree) at their foot point: the walk is the straight leg to that point plus the network.
 * Shortest paths are LEMON's Dijkstra from all sources at once.
 */
class WalkNetwork {
 public:
  explicit WalkNetwork(const std::vector<std::vector<XY>>& lines, double nodeTolerance = 0.5);
  ~WalkNetwork();
  WalkNetwork(const WalkNetwork&) = delete;
  WalkNetwork& operator=(const WalkNetwork&) = delete;

  int nodeCount() const;
  int edgeCount() const;

  //! Where a place joins the network: the segment, the foot point's position along it (0…1) and the leg's length.
  struct Attachment {
    int segment = -1;  //!< -1: no segment within the search radius
    double t = 0, leg = 0;
  };
  Attachment attach(const XY& point, double maxLeg) const;

  /**
   * For each target, the shortest walk (metres) from any source and the index of that source; targets or sources
   * farther than \a maxLeg from every segment take no part (distance +inf, source −1). \a limit stops the search
   * beyond that many metres (+inf: everything).
   */
  struct Reach {
    double metres;
    int source;
  };
  std::vector<Reach> nearest(const std::vector<XY>& sources, const std::vector<XY>& targets, double maxLeg,
                             double limit) const;

  //! attach() for each of \a points, in order (to join the same places once for several searches).
  std::vector<Attachment> attachAll(const std::vector<XY>& points, double maxLeg) const;

  //! nearest() and reached() of one search: the nearest source of each target (joined already, attachAll) without a
  //! limit, and the network within \a areaLimit metres.
  struct Walk {
    std::vector<Reach> reaches;
    std::vector<std::pair<XY, XY>> area;
  };
  Walk walk(const std::vector<XY>& sources, const std::vector<Attachment>& targets, double maxLeg,
            double areaLimit) const;

  //! The parts of the network within \a limit metres' walk of any source (whole segments, and the reached ends of
  //! segments left part-way), for drawing a service area.
  std::vector<std::pair<XY, XY>> reached(const std::vector<XY>& sources, double maxLeg, double limit) const;

 private:
  struct Impl;
  struct Search;
  //! Walking distance and nearest source of every node (+inf / −1 beyond \a limit), and the sources' attachments.
  Search search(const std::vector<XY>& sources, double maxLeg, double limit) const;
  std::vector<Reach> reachesOf(const Search& found, const std::vector<Attachment>& targets, double limit) const;
  std::vector<std::pair<XY, XY>> piecesOf(const Search& found, double limit) const;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace grid::services
