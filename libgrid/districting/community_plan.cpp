// SPDX-License-Identifier: GPL-2.0-or-later
#include "districting/community_plan.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <tuple>

#include "districting/building_split.h"
#include "ledger/division_code.h"
#include "storage/database.h"
#include "storage/job_lock.h"
#include "storage/record_writer.h"

namespace grid::districting {
namespace {

Result<long long> one(Database& db, const std::string& sql, const std::vector<Value>& params) {
  auto statement = db.prepare(sql);
  if (!statement) return statement.error();
  for (std::size_t i = 0; i < params.size(); ++i) statement->bind(static_cast<int>(i) + 1, params[i]);
  long long value = 0;
  bool found = false;
  if (auto s = statement->forEachRow([&](const Statement& row) {
        value = row.isNull(0) ? 0 : row.int64(0);
        found = true;
      });
      !s)
    return s.error();
  return found ? value : 0;
}

Result<std::vector<long long>> ids(Database& db, const std::string& sql, const std::vector<Value>& params) {
  auto statement = db.prepare(sql);
  if (!statement) return statement.error();
  for (std::size_t i = 0; i < params.size(); ++i) statement->bind(static_cast<int>(i) + 1, params[i]);
  std::vector<long long> out;
  if (auto s = statement->forEachRow([&](const Statement& row) { out.push_back(row.int64(0)); }); !s) return s.error();
  return out;
}

}  // namespace

long long splitThreshold(const PlanOptions& options) {
  return std::llround(options.target * (1 + options.tolerance));
}

long long splitPartSize(const PlanOptions& options) {
  return std::max<long long>(1, std::llround(std::max(options.target * options.tolerance, options.target / 20)));
}

Result<CommunityUnits> loadCommunityUnits(Database& database, const std::string& communityCode, long long splitAbove,
                                          const std::set<long long>& splitBuildings, long long partSize) {
  CommunityUnits units;
  {
    auto community =
        database.prepare("SELECT id, admin_code, name, AsBinary(geom) FROM community WHERE admin_code = ?");
    if (!community) return community.error();
    community->bind(1, communityCode);
    if (auto s = community->forEachRow([&](const Statement& row) {
          units.communityId = row.int64(0);
          units.communityCode = row.text(1);
          units.communityName = row.text(2);
          if (!row.isNull(3)) units.boundary = row.blob(3);
        });
        !s)
      return s.error();
  }
  if (units.communityId < 0)
    return makeError(ErrorCode::NotFound,
                     "No community with code " + communityCode + "; `gridctl stats DB` shows the communities.",
                     {.table = "community", .field = "admin_code"});
  std::map<long long, int> number;
  {
    auto grids = database.prepare(
        "SELECT id, grid_code, locked FROM grid WHERE community_id = ? AND retired_at IS NULL ORDER BY sequence");
    if (!grids) return grids.error();
    grids->bind(1, units.communityId);
    if (auto s = grids->forEachRow([&](const Statement& row) {
          number[row.int64(0)] = static_cast<int>(units.gridIds.size());
          units.gridIds.push_back(row.int64(0));
          units.gridCodes.push_back(row.text(1));
          units.lockedGrids.push_back(row.int64(2) != 0 ? 1 : 0);
        });
        !s)
      return s.error();
  }
  auto buildings = database.prepare(
      "SELECT b.id, b.name, AsBinary(b.geom), b.grid_id, "
      "  CASE WHEN EXISTS (SELECT 1 FROM household h WHERE h.building_id = b.id) "
      "       THEN (SELECT count(*) FROM household h WHERE h.building_id = b.id AND h.logout = 0 "
      "             AND h.household_type <> 'vacant') "
      "       ELSE coalesce(b.household_estimate, 0) END, "
      "  coalesce(b.units_count, 0), coalesce(b.floors_above, 0), "
      "  EXISTS (SELECT 1 FROM household h WHERE h.building_id = b.id) "
      // two branches, each on an index (by grid, and the few without one), not one OR over every building
      "FROM building b WHERE b.geom IS NOT NULL AND b.logout = 0 AND b.id IN ("
      "  SELECT x.id FROM building x WHERE x.grid_id IN "
      "    (SELECT id FROM grid WHERE community_id = ?1 AND retired_at IS NULL) UNION ALL "
      "  SELECT x.id FROM building x WHERE x.grid_id IS NULL AND "
      "    ST_Within(ST_PointOnSurface(x.geom), (SELECT geom FROM community WHERE id = ?1)) = 1) "
      "ORDER BY b.id");
  if (!buildings) return buildings.error();
  buildings->bind(1, units.communityId);
  std::vector<int> entrances, floors;
  std::vector<char> registered;  // the building has household records (else its households are the import's estimate)
  if (auto s = buildings->forEachRow([&](const Statement& row) {
        units.buildingIds.push_back(row.int64(0));
        units.buildingNames.push_back(row.text(1));
        units.footprints.push_back(row.blob(2));
        auto it = row.isNull(3) ? number.end() : number.find(row.int64(3));
        units.current.push_back(it == number.end() ? -1 : it->second);
        units.households.push_back(row.int64(4));
        entrances.push_back(static_cast<int>(row.int64(5)));
        floors.push_back(static_cast<int>(row.int64(6)));
        registered.push_back(row.int64(7) != 0);
      });
      !s)
    return s.error();
  // Barriers inside the community's extent: streets are soft, water is hard.
  for (const char* table : {"base_road", "base_water"}) {
    if (units.boundary.empty()) break;
    auto barriers =
        database.prepare(std::string("SELECT AsBinary(geom) FROM ") + table +
                         // footpaths (kind 'path', from walkway imports) do not bound blocks
                         (std::string(table) == "base_road" ? " WHERE kind <> 'path' AND" : " WHERE") +
                         " geom IS NOT NULL AND ROWID IN (SELECT ROWID FROM SpatialIndex WHERE f_table_name = '" +
                         table + "' AND search_frame = (SELECT geom FROM community WHERE id = ?))");
    if (!barriers) continue;  // an older database without the table or its index: no barriers
    barriers->bind(1, units.communityId);
    auto& list = std::string(table) == "base_road" ? units.softBarriers : units.hardBarriers;
    (void)barriers->forEachRow([&](const Statement& row) { list.push_back(row.blob(0)); });
  }
  units.unitNos.assign(units.buildingIds.size(), 0);
  units.estimatedParts.assign(units.buildingIds.size(), 0);
  //! A building's 单元 (building_unit) → grid number, for those in one of the community's grids.
  auto gridsOfUnits = [&](long long buildingId) -> Result<std::map<int, int>> {
    auto statement =
        database.prepare("SELECT unit_no, grid_id FROM building_unit WHERE building_id = ? AND grid_id IS NOT NULL");
    if (!statement) return statement.error();
    statement->bind(1, buildingId);
    std::map<int, int> grids;
    if (auto s = statement->forEachRow([&](const Statement& row) {
          if (auto it = number.find(row.int64(1)); it != number.end())
            grids[static_cast<int>(row.int64(0))] = it->second;
        });
        !s)
      return s.error();
    return grids;
  };
  if (splitAbove > 0 || !splitBuildings.empty()) {  // oversized towers (and those asked for): one unit per 单元
    CommunityUnits split = units;
    split.buildingIds.clear(), split.buildingNames.clear(), split.footprints.clear(), split.households.clear(),
        split.current.clear(), split.unitNos.clear(), split.estimatedParts.clear();
    for (std::size_t i = 0; i < units.buildingIds.size(); ++i) {
      std::vector<std::pair<int, long long>> perUnit;  // 单元 → households
      if ((splitAbove > 0 && units.households[i] > splitAbove) || splitBuildings.count(units.buildingIds[i])) {
        auto byUnit = database.prepare(
            "SELECT ho.unit_no, count(h.id) FROM house ho LEFT JOIN household h ON h.house_id = ho.id AND h.logout = 0 "
            "AND h.household_type <> 'vacant' WHERE ho.building_id = ? GROUP BY ho.unit_no ORDER BY ho.unit_no");
        if (!byUnit) return byUnit.error();
        byUnit->bind(1, units.buildingIds[i]);
        (void)byUnit->forEachRow(
            [&](const Statement& row) { perUnit.emplace_back(static_cast<int>(row.int64(0)), row.int64(1)); });
      }
      if (perUnit.size() < 2 && !registered[i] && splitAbove > 0 && units.households[i] > splitAbove) {
        // No dwellings on record (an imported building with an estimate): parts by its entrances or floors, as the
        // file mode cuts them. The building is filed under the grid holding most of its parts, each part as a 单元.
        const BuildingSplit parts = splitBuilding(units.households[i], entrances[i], floors[i], splitAbove, partSize);
        const std::vector<Wkb> slices =
            sliceFootprint(clipToArea(units.footprints[i], units.boundary), static_cast<int>(parts.parts.size()));
        // A committed plan filed each part as a 单元 (building_unit) of the building, with its grid.
        auto partGrid = gridsOfUnits(units.buildingIds[i]);
        if (!partGrid) return partGrid.error();
        for (std::size_t k = 0; k < parts.parts.size(); ++k) {
          const Wkb& footprint = k < slices.size() && !slices[k].empty() ? slices[k] : units.footprints[i];
          auto it = partGrid->find(static_cast<int>(k) + 1);
          const int current = it != partGrid->end() ? it->second : units.current[i];
          split.buildingIds.push_back(units.buildingIds[i]);
          split.buildingNames.push_back(units.buildingNames[i] + " " + parts.parts[k].label);
          split.footprints.push_back(footprint);
          split.households.push_back(parts.parts[k].households);
          split.current.push_back(current);
          split.unitNos.push_back(static_cast<int>(k) + 1);
          split.estimatedParts.push_back(1);
        }
        continue;
      }
      if (perUnit.size() < 2) {
        split.buildingIds.push_back(units.buildingIds[i]);
        split.buildingNames.push_back(units.buildingNames[i]);
        split.footprints.push_back(units.footprints[i]);
        split.households.push_back(units.households[i]);
        split.current.push_back(units.current[i]);
        split.unitNos.push_back(0);
        split.estimatedParts.push_back(0);
        continue;
      }
      long long counted = 0;
      for (const auto& [unitNo, count] : perUnit) counted += count;
      perUnit.front().second += units.households[i] - counted;  // households without a dwelling: the first 单元
      auto unitGrids = gridsOfUnits(units.buildingIds[i]);
      if (!unitGrids) return unitGrids.error();
      const std::map<int, int>& unitGrid = *unitGrids;
      const std::vector<Wkb> slices =
          sliceFootprint(clipToArea(units.footprints[i], units.boundary), static_cast<int>(perUnit.size()));
      for (std::size_t k = 0; k < perUnit.size(); ++k) {
        split.buildingIds.push_back(units.buildingIds[i]);
        split.buildingNames.push_back(units.buildingNames[i] + " " + std::to_string(perUnit[k].first) + "单元");
        split.footprints.push_back(slices[k].empty() ? units.footprints[i] : slices[k]);
        split.households.push_back(perUnit[k].second);
        auto it = unitGrid.find(perUnit[k].first);
        split.current.push_back(it != unitGrid.end() ? it->second : units.current[i]);
        split.unitNos.push_back(perUnit[k].first);
        split.estimatedParts.push_back(0);
      }
    }
    units = std::move(split);
  }
  if (units.buildingIds.empty())
    return makeError(ErrorCode::InvalidInput,
                     "Community " + units.communityName + " (" + communityCode +
                         ") has no buildings with footprints; import buildings first (gridctl import).");
  return units;
}

Result<CommunityPlan> prepareCommunity(Database& database, const std::string& communityCode, long long splitAbove,
                                       const std::set<long long>& splitBuildings, long long partSize) {
  auto units = loadCommunityUnits(database, communityCode, splitAbove, splitBuildings, partSize);
  if (!units) return units.error();
  CommunityPlan out;
  out.units = std::move(*units);
  auto cells = tessellate(out.units.footprints, out.units.boundary);
  if (!cells) return cells.error();
  out.tessellation = std::move(*cells);
  applyBarriers(out.tessellation, out.units.hardBarriers, out.units.softBarriers);
  return out;
}

Result<CommunityPlan> planCommunity(Database& database, const std::string& communityCode, const PlanOptions& options,
                                    bool repair, Progress* progress) {
  if (progress) progress->report(0.05, "tessellating");
  auto prepared = prepareCommunity(database, communityCode, splitThreshold(options), {}, splitPartSize(options));
  if (!prepared) return prepared.error();
  CommunityPlan out = std::move(*prepared);
  out.repair = repair;
  const CommunityUnits& u = out.units;
  const bool anyLocked = std::any_of(u.lockedGrids.begin(), u.lockedGrids.end(), [](char c) { return c != 0; });
  if (!repair && anyLocked)
    return makeError(ErrorCode::Conflict,
                     "Community " + u.communityName +
                         " has locked grids; a new plan from scratch would redraw them. Use repair (it keeps "
                         "locked grids) or unlock them first.");
  const UnitGraph graph(u.households, out.tessellation.edges);
  PlanOptions planOptions = options;
  planOptions.lockedGrids = u.lockedGrids;
  planOptions.gridNames = u.gridCodes;
  auto plan = repair ? repairPlan(graph, u.current, planOptions, progress) : proposePlan(graph, planOptions, progress);
  if (!plan) return plan.error();
  out.plan = std::move(*plan);
  auto polygons = dissolveCells(out.tessellation.cells, out.plan.assignment, u.footprints, u.boundary);
  if (!polygons) return polygons.error();
  out.polygons = std::move(*polygons);
  return out;
}

std::vector<int> continuedGrids(const CommunityPlan& plan) {
  const CommunityUnits& u = plan.units;
  const std::vector<int>& assign = plan.plan.assignment;
  const int planGrids = static_cast<int>(plan.plan.grids.size());
  std::vector<int> existing(static_cast<std::size_t>(planGrids), -1);
  if (plan.repair) {  // repair keeps grid numbers: a grid that still has units is the same grid
    for (int g = 0; g < planGrids && g < static_cast<int>(u.gridIds.size()); ++g)
      if (plan.plan.grids[static_cast<std::size_t>(g)].units > 0) existing[static_cast<std::size_t>(g)] = g;
  } else {
    existing = matchGridsByOverlap(assign, u.current, u.households);
    existing.resize(static_cast<std::size_t>(planGrids), -1);
  }
  return existing;
}

Result<CommitSummary> commitCommunityPlan(Database& database, const Clock& clock, const Actor& actor,
                                          const CommunityPlan& plan, const PlanOptions& options,
                                          const std::string& note) {
  const CommunityUnits& u = plan.units;
  const std::vector<int>& assign = plan.plan.assignment;
  const int planGrids = static_cast<int>(plan.plan.grids.size());
  const std::vector<int> existing = continuedGrids(plan);
  // One regrid commit per community at a time on a server; another workstation is told who holds it.
  auto claim = JobLock::acquire(database, clock, u.communityId, "regrid commit", database.auditActor(actor));
  if (!claim) return claim.error();
  Transaction transaction(database);
  if (!transaction.begun()) return transaction.begun().error();
  RecordWriter writer(database, clock);
  const std::string now = clock.nowIso();
  CommitSummary summary;

  auto version =
      one(database, "SELECT coalesce(max(version), 0) + 1 FROM grid_plan WHERE community_id = ?", {u.communityId});
  if (!version) return version.error();
  summary.version = static_cast<int>(*version);
  auto accepted =
      ids(database, "SELECT id FROM grid_plan WHERE community_id = ? AND status = 'accepted'", {u.communityId});
  if (!accepted) return accepted.error();
  for (long long id : *accepted)
    if (auto s = writer.update(actor, "grid_plan", id, {{"status", std::string("superseded")}}); !s) return s.error();
  auto planId = writer.insert(actor, "grid_plan",
                              {{"community_id", u.communityId},
                               {"version", static_cast<long long>(summary.version)},
                               {"status", std::string("accepted")},
                               {"household_target", static_cast<long long>(std::llround(options.target))},
                               {"tolerance", options.tolerance},
                               {"note", note.empty() ? Value(null()) : Value(note)},
                               {"created_by", actor.name},
                               {"created_at", now},
                               {"accepted_at", now}});
  if (!planId) return planId.error();
  summary.planId = *planId;

  // Grids: continue, add, retire.
  auto nextSequence =
      one(database, "SELECT coalesce(max(sequence), 0) + 1 FROM grid WHERE community_id = ?", {u.communityId});
  if (!nextSequence) return nextSequence.error();
  std::vector<long long> gridId(static_cast<std::size_t>(planGrids), -1);
  std::vector<std::string> gridCode(static_cast<std::size_t>(planGrids)), gridName(static_cast<std::size_t>(planGrids));
  for (int g = 0; g < planGrids; ++g) {
    if (plan.plan.grids[static_cast<std::size_t>(g)].units == 0) continue;
    const std::string wkt = wkbToWkt(plan.polygons[static_cast<std::size_t>(g)]);
    if (wkt.empty()) {
      std::string buildings;
      for (std::size_t i = 0; i < assign.size() && buildings.size() < 200; ++i)
        if (assign[i] == g)
          buildings +=
              (buildings.empty() ? "" : ", ") + u.buildingNames[i] + " (#" + std::to_string(u.buildingIds[i]) + ")";
      return makeError(ErrorCode::Unsupported, "Grid polygon " + std::to_string(g + 1) + " of " + buildings +
                                                   " could not be built; nothing was saved.");
    }
    const int old = existing[static_cast<std::size_t>(g)];
    if (old >= 0) {
      gridId[static_cast<std::size_t>(g)] = u.gridIds[static_cast<std::size_t>(old)];
      gridCode[static_cast<std::size_t>(g)] = u.gridCodes[static_cast<std::size_t>(old)];
      Fields fields{{"geom", Value(Wkt{wkt})}, {"plan_id", *planId}, {"updated_at", now}};
      if (static_cast<std::size_t>(g) < plan.locks.size())
        fields.emplace_back("locked", plan.locks[static_cast<std::size_t>(g)] ? 1LL : 0LL);
      if (auto s = writer.update(actor, "grid", gridId[static_cast<std::size_t>(g)], fields); !s) return s.error();
      ++summary.gridsKept;
    } else {
      const int sequence = static_cast<int>((*nextSequence)++);
      auto code = makeGridCode(u.communityCode, sequence);
      if (!code) return code.error();
      // A new grid belongs to the area most of its buildings came from.
      std::map<long long, long long> areaVotes;
      for (std::size_t i = 0; i < assign.size(); ++i)
        if (assign[i] == g && u.current[i] >= 0) {
          auto area = one(database, "SELECT area_id FROM grid WHERE id = ?",
                          {u.gridIds[static_cast<std::size_t>(u.current[i])]});
          if (area && *area > 0) areaVotes[*area] += u.households[i] + 1;
        }
      Value area = null();
      if (!areaVotes.empty())
        area = std::max_element(areaVotes.begin(), areaVotes.end(), [](const auto& a, const auto& b) {
                 return a.second < b.second;
               })->first;
      auto id = writer.insert(
          actor, "grid",
          {{"community_id", u.communityId},
           {"area_id", area},
           {"grid_code", *code},
           {"sequence", static_cast<long long>(sequence)},
           {"name", u.communityName + "第" + std::to_string(sequence) + "网格"},
           {"household_target", static_cast<long long>(std::llround(options.target))},
           {"plan_id", *planId},
           {"locked",
            static_cast<std::size_t>(g) < plan.locks.size() && plan.locks[static_cast<std::size_t>(g)] ? 1LL : 0LL},
           {"geom", Value(Wkt{wkt})}});
      if (!id) return id.error();
      gridId[static_cast<std::size_t>(g)] = *id;
      gridCode[static_cast<std::size_t>(g)] = *code;
      ++summary.gridsAdded;
    }
  }
  for (std::size_t old = 0; old < u.gridIds.size(); ++old) {
    if (std::find(existing.begin(), existing.end(), static_cast<int>(old)) != existing.end()) continue;
    if (auto s = writer.update(actor, "grid", u.gridIds[old], {{"retired_at", now}, {"plan_id", *planId}}); !s)
      return s.error();
    ++summary.gridsRetired;
  }
  for (int g = 0; g < planGrids; ++g) {
    if (gridId[static_cast<std::size_t>(g)] < 0) continue;
    auto name = database.prepare("SELECT name FROM grid WHERE id = ?");
    if (!name) return name.error();
    name->bind(1, gridId[static_cast<std::size_t>(g)]);
    std::string gridNameText;
    (void)name->forEachRow([&](const Statement& row) { gridNameText = row.text(0); });
    if (auto v = writer.insert(actor, "grid_version",
                               {{"plan_id", *planId},
                                {"grid_id", gridId[static_cast<std::size_t>(g)]},
                                {"grid_code", gridCode[static_cast<std::size_t>(g)]},
                                {"name", gridNameText},
                                {"households", plan.plan.grids[static_cast<std::size_t>(g)].households},
                                {"geom", Value(Wkt{wkbToWkt(plan.polygons[static_cast<std::size_t>(g)])})}});
        !v)
      return v.error();
  }

  // Buildings that change grid, and everything that follows them. A tower split by 单元 has one part per unit:
  // the building itself is filed under the grid holding most of its households, each 单元 (building_unit) and
  // its households under their part's grid.
  auto moveHousehold = [&](long long household, long long to) -> Status {
    if (auto s = writer.update(actor, "household", household, {{"grid_id", to}}); !s) return s;
    ++summary.householdsMoved;
    auto persons = ids(database, "SELECT id FROM person WHERE household_id = ?", {household});
    if (!persons) return persons.error();
    for (long long person : *persons) {
      if (auto s = writer.update(actor, "person", person, {{"grid_id", to}}); !s) return s;
      ++summary.personsMoved;
      auto keyPersons = ids(database, "SELECT id FROM key_person WHERE person_id = ?", {person});
      if (!keyPersons) return keyPersons.error();
      for (long long id : *keyPersons)
        if (auto s = writer.update(actor, "key_person", id, {{"grid_id", to}}); !s) return s;
    }
    return {};
  };
  std::map<long long, std::vector<std::size_t>> partsOf;
  for (std::size_t i = 0; i < assign.size(); ++i) {
    if (assign[i] < 0) continue;
    partsOf[u.buildingIds[i]].push_back(i);
    const long long from = u.current[i] >= 0 ? u.gridIds[static_cast<std::size_t>(u.current[i])] : -1;
    summary.buildingsMoved += gridId[static_cast<std::size_t>(assign[i])] != from;
  }
  for (const auto& [building, parts] : partsOf) {
    std::map<int, long long> byGrid;
    for (std::size_t i : parts) byGrid[assign[i]] += u.households[i] + 1;
    const int majority = std::max_element(byGrid.begin(), byGrid.end(), [](const auto& a, const auto& b) {
                           return a.second < b.second;
                         })->first;
    const long long to = gridId[static_cast<std::size_t>(majority)];
    auto fromGrid = one(database, "SELECT coalesce(grid_id, -1) FROM building WHERE id = ?", {building});
    if (!fromGrid) return fromGrid.error();
    const long long from = *fromGrid;
    const bool split = u.unitNos[parts.front()] > 0;
    if (to != from) {
      // The 18-digit building code is the grid code plus a sequence: a building that changes grid gets the next
      // free sequence in its new grid (its old code stays in the audit trail); house codes follow the prefix.
      Fields buildingFields{{"grid_id", to}};
      std::string oldCode, newCode;
      {
        auto code = database.prepare("SELECT building_code FROM building WHERE id = ?");
        if (!code) return code.error();
        code->bind(1, building);
        (void)code->forEachRow([&](const Statement& row) { oldCode = row.isNull(0) ? std::string() : row.text(0); });
      }
      if (!oldCode.empty()) {
        const std::string& prefix = gridCode[static_cast<std::size_t>(majority)];
        auto next = one(database,
                        "SELECT coalesce(max(CAST(substr(building_code, 16) AS INTEGER)), 0) + 1 FROM building WHERE "
                        "building_code LIKE ? || '%'",
                        {prefix});
        if (!next) return next.error();
        if (*next > 999)
          return makeError(ErrorCode::Conflict,
                           "Grid " + prefix + " would hold more than 999 numbered buildings; nothing was saved.");
        char sequence[24];
        std::snprintf(sequence, sizeof sequence, "%03lld", *next);
        newCode = prefix + sequence;
        buildingFields.emplace_back("building_code", newCode);
      }
      if (auto s = writer.update(actor, "building", building, buildingFields); !s) return s.error();
      if (!newCode.empty()) {
        auto houses =
            database.prepare("SELECT id, house_code FROM house WHERE building_id = ? AND house_code LIKE ? || '%'");
        if (!houses) return houses.error();
        houses->bind(1, building);
        houses->bind(2, oldCode);
        std::vector<std::pair<long long, std::string>> renamed;
        (void)houses->forEachRow([&](const Statement& row) {
          renamed.emplace_back(row.int64(0), newCode + row.text(1).substr(oldCode.size()));
        });
        for (const auto& [id, code] : renamed)
          if (auto s = writer.update(actor, "house", id, {{"house_code", code}}); !s) return s.error();
      }
      auto open =
          ids(database, "SELECT id FROM building_grid_history WHERE building_id = ? AND valid_to IS NULL", {building});
      if (!open) return open.error();
      for (long long id : *open)
        if (auto s = writer.update(actor, "building_grid_history", id, {{"valid_to", now}}); !s) return s.error();
      if (auto h =
              writer.insert(actor, "building_grid_history",
                            {{"building_id", building}, {"grid_id", to}, {"plan_id", *planId}, {"valid_from", now}});
          !h)
        return h.error();
      auto places = ids(database, "SELECT id FROM key_place WHERE building_id = ?", {building});
      if (!places) return places.error();
      for (long long id : *places)
        if (auto s = writer.update(actor, "key_place", id, {{"grid_id", to}}); !s) return s.error();
    }
    if (!split) {
      if (to == from) continue;
      auto unitsOf = ids(database, "SELECT id FROM building_unit WHERE building_id = ?", {building});
      if (!unitsOf) return unitsOf.error();
      for (long long id : *unitsOf)
        if (auto s = writer.update(actor, "building_unit", id, {{"grid_id", to}}); !s) return s.error();
      auto households =
          ids(database, "SELECT id FROM household WHERE building_id = ? AND grid_id IS NOT ?", {building, to});
      if (!households) return households.error();
      for (long long household : *households)
        if (auto s = moveHousehold(household, to); !s) return s.error();
      continue;
    }
    for (std::size_t i : parts) {  // each 单元 under its own grid
      const long long unitNo = u.unitNos[i];
      const long long partTo = gridId[static_cast<std::size_t>(assign[i])];
      auto unitRow =
          ids(database, "SELECT id FROM building_unit WHERE building_id = ? AND unit_no = ?", {building, unitNo});
      if (!unitRow) return unitRow.error();
      if (unitRow->empty()) {
        if (auto r = writer.insert(actor, "building_unit",
                                   {{"building_id", building}, {"unit_no", unitNo}, {"grid_id", partTo}});
            !r)
          return r.error();
      } else if (auto r = writer.update(actor, "building_unit", unitRow->front(), {{"grid_id", partTo}}); !r) {
        return r.error();
      }
      auto households = ids(database,
                            "SELECT h.id FROM household h JOIN house ho ON ho.id = h.house_id WHERE ho.building_id = ? "
                            "AND ho.unit_no = ? "
                            "AND h.grid_id IS NOT ?",
                            {building, unitNo, partTo});
      if (!households) return households.error();
      for (long long household : *households)
        if (auto s = moveHousehold(household, partTo); !s) return s.error();
    }
    auto houseless =
        ids(database, "SELECT id FROM household WHERE building_id = ? AND house_id IS NULL AND grid_id IS NOT ?",
            {building, to});
    if (!houseless) return houseless.error();
    for (long long household : *houseless)
      if (auto s = moveHousehold(household, to); !s) return s.error();
  }
  if (auto s = transaction.commit(); !s) return s.error();
  return summary;
}

}  // namespace grid::districting
