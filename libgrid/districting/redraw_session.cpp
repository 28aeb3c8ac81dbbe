// SPDX-License-Identifier: GPL-2.0-or-later
#include "districting/redraw_session.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace grid::districting {

Result<RedrawSession> RedrawSession::open(Database& database, const std::string& communityCode,
                                          const PlanOptions& options) {
  auto prepared = prepareCommunity(database, communityCode, splitThreshold(options), {}, splitPartSize(options));
  if (!prepared) return prepared.error();
  RedrawSession session;
  session.m_plan = std::move(*prepared);
  session.m_plan.repair = true;  // grid numbers are the current grids' numbers
  session.m_options = options;
  session.m_communityCode = communityCode;
  session.m_assignment = session.m_plan.units.current;
  const std::size_t grids = session.m_plan.units.gridIds.size();
  session.m_households.assign(grids, 0);
  session.m_locked.assign(grids, 0);
  for (std::size_t g = 0; g < grids; ++g) session.m_locked[g] = session.m_plan.units.lockedGrids[g];
  for (std::size_t u = 0; u < session.m_assignment.size(); ++u)
    if (const int g = session.m_assignment[u]; g >= 0)
      session.m_households[static_cast<std::size_t>(g)] += session.m_plan.units.households[u];
  session.m_startHouseholds = session.m_households;
  return session;
}

std::string RedrawSession::gridLabel(int grid) const {
  const auto& codes = m_plan.units.gridCodes;
  if (grid >= 0 && static_cast<std::size_t>(grid) < codes.size()) return codes[static_cast<std::size_t>(grid)];
  return "new grid " + std::to_string(grid - static_cast<int>(codes.size()) + 1);
}

long long RedrawSession::householdsAtStart(int grid) const {
  return grid >= 0 && static_cast<std::size_t>(grid) < m_startHouseholds.size()
             ? m_startHouseholds[static_cast<std::size_t>(grid)]
             : 0;
}

double RedrawSession::deviation(int grid) const {
  return (static_cast<double>(households(grid)) - m_options.target) / m_options.target;
}

void RedrawSession::setGridLocked(int grid, bool locked) {
  if (grid >= 0 && grid < gridCount()) m_locked[static_cast<std::size_t>(grid)] = locked ? 1 : 0;
}

void RedrawSession::apply(std::size_t index, bool forward) {
  const Step& step = m_steps[index];
  if (step.before) {
    switchUnits(forward ? *step.after : *step.before, index);
    if (forward)
      m_split.insert(step.splitBuilding);
    else
      m_split.erase(step.splitBuilding);
    return;
  }
  for (std::size_t i = 0; i < step.units.size(); ++i) {
    const int u = step.units[i];
    const int from = forward ? step.from[i] : step.to[i];
    const int to = forward ? step.to[i] : step.from[i];
    const long long w = m_plan.units.households[static_cast<std::size_t>(u)];
    if (from >= 0) m_households[static_cast<std::size_t>(from)] -= w;
    if (to >= 0) {
      if (static_cast<std::size_t>(to) >= m_households.size())
        m_households.resize(static_cast<std::size_t>(to) + 1, 0), m_locked.resize(static_cast<std::size_t>(to) + 1, 0);
      m_households[static_cast<std::size_t>(to)] += w;
    }
    m_assignment[static_cast<std::size_t>(u)] = to;
  }
}

void RedrawSession::switchUnits(const CommunityPlan& next, std::size_t stepsBefore) {
  const CommunityUnits& old = m_plan.units;
  const CommunityUnits& now = next.units;
  std::map<std::pair<long long, int>, int> byKey;
  std::map<long long, std::vector<int>> byBuilding;
  for (std::size_t j = 0; j < now.buildingIds.size(); ++j) {
    byKey[{now.buildingIds[j], now.unitNos[j]}] = static_cast<int>(j);
    byBuilding[now.buildingIds[j]].push_back(static_cast<int>(j));
  }
  // Old unit → the new units it becomes: itself, its parts (split), or the whole building (merged).
  std::vector<std::vector<int>> to(old.buildingIds.size());
  for (std::size_t i = 0; i < old.buildingIds.size(); ++i) {
    if (auto it = byKey.find({old.buildingIds[i], old.unitNos[i]}); it != byKey.end())
      to[i] = {it->second};
    else if (old.unitNos[i] == 0)
      to[i] = byBuilding[old.buildingIds[i]];
    else if (auto whole = byKey.find({old.buildingIds[i], 0}); whole != byKey.end())
      to[i] = {whole->second};
  }
  std::vector<int> assignment(now.buildingIds.size(), -1);
  std::vector<char> set(now.buildingIds.size(), 0);
  for (std::size_t i = 0; i < to.size(); ++i)
    for (int j : to[i])
      if (!set[static_cast<std::size_t>(j)]) {
        assignment[static_cast<std::size_t>(j)] = m_assignment[i];
        set[static_cast<std::size_t>(j)] = 1;
      }
  for (std::size_t k = 0; k < stepsBefore && k < m_steps.size(); ++k) {
    Step& step = m_steps[k];
    if (step.before) continue;  // an earlier split keeps its own snapshots
    Step mapped;
    std::set<int> seen;
    for (std::size_t i = 0; i < step.units.size(); ++i)
      for (int j : to[static_cast<std::size_t>(step.units[i])])
        if (seen.insert(j).second) {
          mapped.units.push_back(j);
          mapped.from.push_back(step.from[i]);
          mapped.to.push_back(step.to[i]);
        }
    step.units = std::move(mapped.units);
    step.from = std::move(mapped.from);
    step.to = std::move(mapped.to);
  }
  CommunityPlan plan = next;
  plan.repair = true;
  m_plan = std::move(plan);
  m_assignment = std::move(assignment);
  std::fill(m_households.begin(), m_households.end(), 0);
  for (std::size_t u = 0; u < m_assignment.size(); ++u)
    if (const int g = m_assignment[u]; g >= 0) m_households[static_cast<std::size_t>(g)] += m_plan.units.households[u];
}

Result<int> RedrawSession::splitBuilding(Database& database, long long buildingId) {
  const auto& ids = m_plan.units.buildingIds;
  const auto found = std::find(ids.begin(), ids.end(), buildingId);
  if (found == ids.end())
    return makeError(ErrorCode::NotFound, "Building " + std::to_string(buildingId) + " is not in this community.");
  if (m_plan.units.unitNos[static_cast<std::size_t>(found - ids.begin())] != 0)
    return makeError(ErrorCode::Conflict, m_plan.units.buildingNames[static_cast<std::size_t>(found - ids.begin())] +
                                              " is already split by 单元.");
  std::set<long long> split = m_split;
  split.insert(buildingId);
  auto next = prepareCommunity(database, m_communityCode, splitThreshold(m_options), split, splitPartSize(m_options));
  if (!next) return next.error();
  const int parts =
      static_cast<int>(std::count(next->units.buildingIds.begin(), next->units.buildingIds.end(), buildingId));
  if (parts < 2)
    return makeError(ErrorCode::InvalidInput,
                     m_plan.units.buildingNames[static_cast<std::size_t>(found - ids.begin())] +
                         " has fewer than two 单元 with dwellings; there is nothing to split.");
  Step step;
  step.label = "split by 单元";
  step.splitBuilding = buildingId;
  step.before = std::make_shared<const CommunityPlan>(m_plan);
  step.after = std::make_shared<const CommunityPlan>(std::move(*next));
  m_steps.resize(m_done);
  m_steps.push_back(std::move(step));
  apply(m_done, true);
  ++m_done;
  return parts;
}

int RedrawSession::assign(const std::vector<int>& units, int grid, const std::string& label) {
  if (grid < 0 || grid > gridCount() || (grid < gridCount() && gridLocked(grid))) return 0;
  Step step;
  step.label = label;
  std::set<int> seen;
  for (int u : units) {
    if (u < 0 || u >= unitCount() || !seen.insert(u).second) continue;
    const int from = m_assignment[static_cast<std::size_t>(u)];
    if (from == grid || (from >= 0 && gridLocked(from))) continue;
    step.units.push_back(u);
    step.from.push_back(from);
    step.to.push_back(grid);
  }
  if (step.units.empty()) return 0;
  m_steps.resize(m_done);  // a new step drops what was undone
  m_steps.push_back(std::move(step));
  apply(m_steps.size() - 1, true);
  ++m_done;
  return static_cast<int>(m_steps.back().units.size());
}

std::vector<long long> RedrawSession::preview(const std::vector<int>& units, int grid) const {
  std::vector<long long> totals = m_households;
  if (grid < 0 || grid > gridCount() || (grid < gridCount() && gridLocked(grid))) return totals;
  if (static_cast<std::size_t>(grid) >= totals.size()) totals.resize(static_cast<std::size_t>(grid) + 1, 0);
  std::set<int> seen;
  for (int u : units) {
    if (u < 0 || u >= unitCount() || !seen.insert(u).second) continue;
    const int from = m_assignment[static_cast<std::size_t>(u)];
    if (from == grid || (from >= 0 && gridLocked(from))) continue;
    const long long w = m_plan.units.households[static_cast<std::size_t>(u)];
    if (from >= 0) totals[static_cast<std::size_t>(from)] -= w;
    totals[static_cast<std::size_t>(grid)] += w;
  }
  return totals;
}

std::vector<int> RedrawSession::neighbourGrids(int grid) const {
  std::set<int> out;
  for (const UnitEdge& e : m_plan.tessellation.edges) {
    const int a = m_assignment[static_cast<std::size_t>(e.a)], b = m_assignment[static_cast<std::size_t>(e.b)];
    if (a == grid && b >= 0 && b != grid) out.insert(b);
    if (b == grid && a >= 0 && a != grid) out.insert(a);
  }
  return {out.begin(), out.end()};
}

Result<int> RedrawSession::autoBalance(const std::vector<int>& grids) {
  PlanOptions options = m_options;
  options.lockedGrids.assign(static_cast<std::size_t>(gridCount()), 1);
  for (int g : grids)
    if (g >= 0 && g < gridCount() && !gridLocked(g)) options.lockedGrids[static_cast<std::size_t>(g)] = 0;
  options.gridNames.clear();
  for (int g = 0; g < gridCount(); ++g) options.gridNames.push_back(gridLabel(g));
  // Buildings without a grid take part too (they must join one).
  auto plan = repairPlan(graph(), m_assignment, options);
  if (!plan) return plan.error();
  Step step;
  step.label = "auto-balance";
  for (int u = 0; u < unitCount(); ++u)
    if (plan->assignment[static_cast<std::size_t>(u)] != m_assignment[static_cast<std::size_t>(u)]) {
      step.units.push_back(u);
      step.from.push_back(m_assignment[static_cast<std::size_t>(u)]);
      step.to.push_back(plan->assignment[static_cast<std::size_t>(u)]);
    }
  if (step.units.empty()) return 0;
  m_steps.resize(m_done);
  m_steps.push_back(std::move(step));
  apply(m_steps.size() - 1, true);
  ++m_done;
  return static_cast<int>(m_steps.back().units.size());
}

std::string RedrawSession::undoLabel() const {
  return canUndo() ? m_steps[m_done - 1].label : std::string();
}
std::string RedrawSession::redoLabel() const {
  return canRedo() ? m_steps[m_done].label : std::string();
}

bool RedrawSession::undo() {
  if (!canUndo()) return false;
  apply(--m_done, false);
  return true;
}

bool RedrawSession::redo() {
  if (!canRedo()) return false;
  apply(m_done++, true);
  return true;
}

std::vector<PlanIssue> RedrawSession::issues() const {
  std::vector<PlanIssue> out;
  const Plan plan = evaluatePlan(graph(), m_assignment, m_options);
  const int unassigned = static_cast<int>(std::count(m_assignment.begin(), m_assignment.end(), -1));
  if (unassigned > 0)
    out.push_back({PlanIssue::Kind::Unassigned, -1, unassigned,
                   std::to_string(unassigned) + " building(s) have no grid; assign them to one."});
  for (int g = 0; g < gridCount(); ++g) {
    const GridMetrics* m =
        static_cast<std::size_t>(g) < plan.grids.size() ? &plan.grids[static_cast<std::size_t>(g)] : nullptr;
    if (!m || m->units == 0) {
      if (static_cast<std::size_t>(g) < m_plan.units.gridIds.size())
        out.push_back({PlanIssue::Kind::Empty, g, 0, gridLabel(g) + " has no buildings left; it will be retired."});
      continue;
    }
    // An enclave: every neighbour is one grid and no building reaches the community's edge (a hole in that grid).
    {
      const std::vector<int> around = neighbourGrids(g);
      bool reachesEdge = false;
      for (int u = 0; u < unitCount() && !reachesEdge; ++u)
        reachesEdge = m_assignment[static_cast<std::size_t>(u)] == g &&
                      static_cast<std::size_t>(u) < m_plan.tessellation.onEdge.size() &&
                      m_plan.tessellation.onEdge[static_cast<std::size_t>(u)];
      if (around.size() == 1 && !reachesEdge)
        out.push_back({PlanIssue::Kind::Enclave, g, around.front(),
                       gridLabel(g) + " lies wholly inside " + gridLabel(around.front()) + "."});
    }
    if (!m->contiguous)
      out.push_back({PlanIssue::Kind::NotContiguous, g, m->households,
                     gridLabel(g) + " is in separate pieces; join them or give the stray buildings to a neighbour."});
    if (std::abs(m->deviation) > m_options.tolerance + 1e-9) {
      const long long delta = std::llround(m_options.target) - m->households;
      out.push_back({PlanIssue::Kind::OutsideTolerance, g, m->households,
                     gridLabel(g) + ": " + std::to_string(m->households) + " households; " +
                         (delta > 0 ? "add " : "remove ") + std::to_string(std::llabs(delta)) + " to reach " +
                         std::to_string(std::llround(m_options.target)) + "."});
    }
  }
  return out;
}

int RedrawSession::unitsMoved() const {
  int moved = 0;
  for (std::size_t u = 0; u < m_assignment.size(); ++u) moved += m_assignment[u] != m_plan.units.current[u];
  return moved;
}

Result<CommunityPlan> RedrawSession::currentPlan() const {
  CommunityPlan plan = m_plan;
  plan.plan = evaluatePlan(graph(), m_assignment, m_options, &m_plan.units.current);
  auto polygons =
      dissolveCells(plan.tessellation.cells, plan.plan.assignment, plan.units.footprints, plan.units.boundary);
  if (!polygons) return polygons.error();
  plan.polygons = std::move(*polygons);
  return plan;
}

Result<CommitSummary> RedrawSession::commit(Database& database, const Clock& clock, const Actor& actor,
                                            const std::string& note) {
  for (const PlanIssue& issue : issues())
    if (issue.blocksCommit())
      return makeError(ErrorCode::Conflict, "The plan cannot be accepted yet: " + issue.message);
  auto plan = currentPlan();
  if (!plan) return plan.error();
  plan->locks = m_locked;  // the lock toggles are part of what is accepted
  return commitCommunityPlan(database, clock, actor, *plan, m_options, note);
}

}  // namespace grid::districting
