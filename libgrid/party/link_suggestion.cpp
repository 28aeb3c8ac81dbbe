// SPDX-License-Identifier: GPL-2.0-or-later
#include "party/link_suggestion.h"

#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace grid::party {

Result<LinkSuggestion> suggestLinks(const std::vector<LinkMember>& members,
                                    const std::vector<LinkHousehold>& households, int candidates) {
  LinkSuggestion out;
  long long capacity = 0;
  for (const LinkMember& m : members) {
    if (m.capacity < 0)
      return makeError(ErrorCode::InvalidInput,
                       "Party member " + std::to_string(m.id) + " has a negative link capacity.");
    capacity += m.capacity;
  }
  const int flow = static_cast<int>(std::min<long long>(capacity, static_cast<long long>(households.size())));
  if (flow == 0) {
    for (const LinkHousehold& h : households) out.uncovered.push_back(h.id);
    return out;
  }
  using Graph = lemon::SmartDigraph;
  Graph graph;
  const Graph::Node source = graph.addNode(), sink = graph.addNode();
  std::vector<Graph::Node> memberNode, householdNode;
  Graph::ArcMap<int> upper(graph);
  Graph::ArcMap<long long> cost(graph);
  for (const LinkMember& m : members) {
    memberNode.push_back(graph.addNode());
    const Graph::Arc arc = graph.addArc(source, memberNode.back());
    upper[arc] = m.capacity;
    cost[arc] = 0;
  }
  struct Candidate {
    Graph::Arc arc;
    std::size_t member, household;
    double distance;
  };
  std::vector<Candidate> arcs;
  std::vector<std::size_t> open;  // members with capacity
  for (std::size_t m = 0; m < members.size(); ++m)
    if (members[m].capacity > 0) open.push_back(m);
  double longest = 0;
  std::vector<std::pair<double, std::size_t>> nearest;
  for (std::size_t h = 0; h < households.size(); ++h) {
    householdNode.push_back(graph.addNode());
    const Graph::Arc out = graph.addArc(householdNode.back(), sink);
    upper[out] = 1;
    cost[out] = 0;
    nearest.clear();
    for (std::size_t m : open)
      nearest.emplace_back(std::hypot(members[m].x - households[h].x, members[m].y - households[h].y), m);
    const std::size_t keep =
        candidates > 0 ? std::min<std::size_t>(static_cast<std::size_t>(candidates), nearest.size()) : nearest.size();
    std::partial_sort(nearest.begin(), nearest.begin() + static_cast<std::ptrdiff_t>(keep), nearest.end());
    for (std::size_t i = 0; i < keep; ++i) {
      const Graph::Arc arc = graph.addArc(memberNode[nearest[i].second], householdNode.back());
      upper[arc] = 1;
      cost[arc] = std::llround(nearest[i].first * 100);  // centimetres: integer costs, exact optimum
      arcs.push_back({arc, nearest[i].second, h, nearest[i].first});
      longest = std::max(longest, nearest[i].first);
    }
  }
  // The bypass: flow that cannot reach a household goes straight to the sink at a cost above any real path.
  const Graph::Arc bypass = graph.addArc(source, sink);
  upper[bypass] = flow;
  cost[bypass] = std::llround(longest * 100) + 1'000'000;
  lemon::NetworkSimplex<Graph, int, long long> simplex(graph);
  simplex.upperMap(upper).costMap(cost).stSupply(source, sink, flow);
  if (simplex.run() != lemon::NetworkSimplex<Graph, int, long long>::OPTIMAL)
    return makeError(ErrorCode::Unsupported, "The link optimisation found no solution (LEMON network simplex).");
  std::vector<char> covered(households.size(), 0);
  for (const Candidate& c : arcs)
    if (simplex.flow(c.arc) > 0) {
      out.links.push_back({members[c.member].id, households[c.household].id, c.distance});
      out.totalDistance += c.distance;
      covered[c.household] = 1;
    }
  for (std::size_t h = 0; h < households.size(); ++h)
    if (!covered[h]) out.uncovered.push_back(households[h].id);
  return out;
}

}  // namespace grid::party
