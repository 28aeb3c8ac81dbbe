// SPDX-License-Identifier: GPL-2.0-or-later
// gridctl regrid --input: grid plans for any GDAL polygon or point layer (the command-line contract of issue 6).
#include "regrid_command.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "common/clock.h"
#include "districting/community_plan.h"
#include "districting/layer_plan.h"
#include "districting/planner.h"
#include "districting/tessellation.h"
#include "io/unit_layer.h"
#include "io/vector_import.h"
#include "options.h"
#include "storage/database.h"

namespace grid::cli {
namespace {

using districting::Plan;
using districting::PlanOptions;
using districting::Wkb;

const char* kRegridUsage =
    "usage: gridctl regrid --db DB --community CODE [--mode repair|propose] [--target 300] [--tolerance 0.10]\n"
    "                      [--commit [--note TEXT]]\n"
    "       gridctl regrid --input UNITS --weight FIELD --output PLAN.gpkg [--layer L] [--group FIELD]\n"
    "                      [--target 300] [--tolerance 0.10] [--mode propose|repair] [--plan-field FIELD]\n"
    "                      [--lock-field FIELD] [--grids K] [--seed N] [--metrics OUT.json]\n"
    "                      [--split-field FIELD] [--floors-field FIELD] [--no-split]\n"
    "                      [--roads FILE [--roads-layer L] [--roads-where SQL]]\n"
    "                      [--water FILE [--water-layer L] [--water-where SQL]]\n"
    "\n"
    "Assigns units (buildings as polygons or points, from any GDAL vector source in a metric CRS) to grids of about\n"
    "--target households (tolerance a fraction: 0.10 = ±10 %), contiguous and compact, within each --group (e.g. the\n"
    "community). propose draws grids from scratch; repair mends the plan in --plan-field moving as few units as it\n"
    "can (grid ids survive). Units whose --lock-field is non-zero never move.\n"
    "A building above target × (1 + tolerance) households is cut into parts a grid can take whole floors or 单元 of:\n"
    "by its --split-field (entrances / 单元 count), each still-oversized entrance also by floors; else by bands of\n"
    "its --floors-field; else into equal estimated parts of about a fifth of the target. --no-split keeps every\n"
    "building whole (an oversized one is then a grid of its own, reported apart).\n"
    "--roads (lines: grids prefer to end along them) and --water (polygons or river lines: no grid crosses them)\n"
    "take any GDAL source in any CRS; an OSM file gives its block-bounding highways and its water; --*-where\n"
    "filters the features (OGR SQL, e.g. --roads-where \"kind IN ('major_road','minor_road')\").\n"
    "Writes PLAN.gpkg with layers units (every input attribute, plus grid_id, source_fid, group_id,\n"
    "unit_households, and part and split_by for the parts of split buildings) and grids (dissolved polygons with\n"
    "metrics), and with --metrics a JSON summary. Nothing is written if any input is refused.\n"
    "With --db the units are the community's buildings (households: active, not vacant; a building without\n"
    "household records counts its estimate from import); the default mode is repair (locked grids stay). It\n"
    "previews the plan grid by grid; --commit accepts it as a new plan version: grids keep their codes, new grids\n"
    "get the next codes, households, persons and key records follow their buildings, all in one audited\n"
    "transaction.\n";

std::string jsonString(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

//! The quality lines both forms print: the grids that cannot be within and the share of the others that are, the
//! median Polsby-Popper and, with streets, the share of boundary along them.
void printQuality(int oversized, int infeasibleParts, int feasible, double withinFeasible, double polsbyPopper,
                  bool streets, double onStreets, double tolerance) {
  if (oversized + infeasibleParts > 0)
    std::printf(
        "%d grid(s) cannot be within (%d with a building that alone is outside the band, %d in a part cut "
        "off by water or such buildings that no number of grids divides within); of the other %d, %.1f %% "
        "are within ±%.0f %%.\n",
        oversized + infeasibleParts, oversized, infeasibleParts, feasible, 100 * withinFeasible, 100 * tolerance);
  std::printf("Polsby-Popper median %.2f", polsbyPopper);
  if (streets) std::printf("; %.1f %% of the boundary between grids runs along streets", 100 * onStreets);
  std::printf(".\n");
}

int refuse(const std::string& message) {
  std::cerr << "gridctl regrid: " << message << "\n";
  return 1;
}

}  // namespace

int runRegridDatabase(const std::map<std::string, std::string>& options) {
  const std::string path = option(options, "db"), community = option(options, "community");
  if (community.empty())
    return std::cerr << "gridctl regrid: --db needs --community CODE (12 digits)\n" << kRegridUsage, 2;
  if (!Database::isServerAddress(path) && !std::filesystem::exists(path))
    return refuse("no database " + path + "; create one with `gridctl demo` or `gridctl init`.");
  PlanOptions plan;
  const std::string mode = option(options, "mode", "repair");
  if (mode != "propose" && mode != "repair") return refuse("--mode is propose or repair, not \"" + mode + "\".");
  try {
    plan.target = std::stod(option(options, "target", "300"));
    plan.tolerance = std::stod(option(options, "tolerance", "0.10"));
    plan.seed = std::stoull(option(options, "seed", "1"));
  } catch (const std::exception&) {
    return refuse("--target, --tolerance and --seed take numbers (e.g. --target 300 --tolerance 0.10).");
  }
  auto db = Database::open(path);
  if (!db) return refuse(db.error().describe());
  const auto start = std::chrono::steady_clock::now();
  auto planned = districting::planCommunity(**db, community, plan, mode == "repair");
  if (!planned) return refuse(planned.error().describe());
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const auto& u = planned->units;
  const auto& m = planned->plan.metrics;
  const std::set<long long> distinct(u.buildingIds.begin(), u.buildingIds.end());
  std::set<long long> cut;
  for (std::size_t i = 0; i < u.unitNos.size(); ++i)
    if (u.unitNos[i] != 0) cut.insert(u.buildingIds[i]);
  std::printf("%s %s (%s): %zu buildings", mode.c_str(), u.communityName.c_str(), u.communityCode.c_str(),
              distinct.size());
  if (!cut.empty())
    std::printf(" (%zu of them cut by 单元 or floors into %zu parts)", cut.size(),
                u.buildingIds.size() - (distinct.size() - cut.size()));
  std::printf(", %zu grids now → %d grids (%.2f s)\n", u.gridIds.size(), m.grids, seconds);
  const std::vector<int> continued = districting::continuedGrids(*planned);
  int added = 0, moved = 0;
  for (std::size_t b = 0; b < u.current.size(); ++b) {
    const int g = planned->plan.assignment[b];
    moved += g < 0 || continued[static_cast<std::size_t>(g)] != u.current[b];
  }
  for (const auto& grid : planned->plan.grids) {
    if (grid.units == 0) continue;
    const int old = continued[static_cast<std::size_t>(grid.grid)];
    const std::string name =
        old >= 0 ? u.gridCodes[static_cast<std::size_t>(old)] : "new grid " + std::to_string(++added);
    std::printf("  %-16s %4d buildings %5lld households %+6.1f %%%s\n", name.c_str(), grid.units, grid.households,
                100 * grid.deviation, std::abs(grid.deviation) > plan.tolerance + 1e-9 ? "  outside tolerance" : "");
  }
  std::printf("within ±%.0f %%: %.1f %% of grids, max |deviation| %.1f %%, contiguous %s", 100 * plan.tolerance,
              100 * m.withinTolerance, 100 * m.maxAbsDeviation, m.allContiguous ? "all" : "NOT all");
  std::printf(", buildings moved %d", moved);
  std::printf("\n");
  {
    const districting::UnitGraph graph(u.households, planned->tessellation.edges);
    const auto q = districting::planQuality(graph, planned->plan, planned->tessellation, planned->polygons, plan);
    printQuality(q.oversizedGrids, q.infeasiblePartGrids, q.feasibleGrids, q.withinFeasible, q.polsbyPopperMedian,
                 !u.softBarriers.empty(), q.boundaryOnRoads, plan.tolerance);
  }
  for (const std::string& warning : planned->plan.warnings) std::printf("note: %s\n", warning.c_str());
  if (!options.count("commit")) {
    std::printf("Preview only; nothing was changed. Run again with --commit to accept this plan.\n");
    return 0;
  }
  SystemClock clock;
  auto committed = districting::commitCommunityPlan(**db, clock, Actor::system("gridctl regrid"), *planned, plan,
                                                    option(options, "note"));
  if (!committed) return refuse(committed.error().describe() + " Nothing was changed.");
  std::printf(
      "Accepted as plan version %d: %d grids kept their codes, %d new, %d retired; %d buildings, %lld households and "
      "%lld "
      "persons moved to their new grids.\n",
      committed->version, committed->gridsKept, committed->gridsAdded, committed->gridsRetired,
      committed->buildingsMoved, committed->householdsMoved, committed->personsMoved);
  return 0;
}

int runRegrid(const std::map<std::string, std::string>& options, bool help) {
  if (help) return std::cout << kRegridUsage, 0;
  // The two forms take different options; one of the other form would be silently ignored.
  static const std::vector<std::string> databaseOnly = {"community", "commit", "note"};
  static const std::vector<std::string> layerOnly = {
      "input",      "weight",      "output",  "layer",       "group",        "plan-field",
      "lock-field", "grids",       "metrics", "split-field", "floors-field", "no-split",
      "roads",      "roads-layer", "water",   "water-layer", "roads-where",  "water-where"};
  const bool database = options.count("db") > 0;
  for (const std::string& name : database ? layerOnly : databaseOnly)
    if (options.count(name))
      return refuse("--" + name + " belongs to the " + (database ? "--input" : "--db") + " form of regrid, not the " +
                    (database ? "--db" : "--input") + " form; see gridctl regrid --help. Nothing was done.");
  if (database) return runRegridDatabase(options);
  const std::string input = option(options, "input"), output = option(options, "output"),
                    weightField = option(options, "weight");
  if (input.empty() || output.empty() || weightField.empty())
    return std::cerr << "gridctl regrid: --input, --weight and --output are required\n" << kRegridUsage, 2;
  PlanOptions plan;
  const std::string mode = option(options, "mode", "propose");
  if (mode != "propose" && mode != "repair") return refuse("--mode is propose or repair, not \"" + mode + "\".");
  try {
    plan.target = std::stod(option(options, "target", "300"));
    plan.tolerance = std::stod(option(options, "tolerance", "0.10"));
    plan.grids = std::stoi(option(options, "grids", "0"));
    plan.seed = std::stoull(option(options, "seed", "1"));
  } catch (const std::exception&) {
    return refuse("--target, --tolerance, --grids and --seed take numbers (e.g. --target 300 --tolerance 0.10).");
  }
  const std::string planField = option(options, "plan-field"), lockField = option(options, "lock-field"),
                    groupField = option(options, "group"), splitField = option(options, "split-field"),
                    floorsField = option(options, "floors-field");
  if (mode == "repair" && planField.empty())
    return refuse("--mode repair needs --plan-field, the field holding each unit's current grid.");

  auto read = UnitSource::read(
      input, {option(options, "layer"), weightField, groupField, planField, lockField, splitField, floorsField});
  if (!read) return refuse(read.error().message);
  UnitSource& source = *read;
  auto& groups = source.groups();
  const std::vector<std::string>& repaired = source.repaired();
  if (!repaired.empty())
    std::cerr << "Repaired " << repaired.size() << " invalid polygon(s) with GEOS MakeValid (feature "
              << repaired.front() << (repaired.size() > 1 ? " and others" : "") << "); check them in the output.\n";

  // Streets and water in the units' CRS.
  const std::string crsText = source.crsWkt();
  std::vector<Wkb> roads, water;
  for (auto [file, layerName, where, kind, list] :
       {std::tuple{option(options, "roads"), option(options, "roads-layer"), option(options, "roads-where"),
                   VectorImportKind::Roads, &roads},
        std::tuple{option(options, "water"), option(options, "water-layer"), option(options, "water-where"),
                   VectorImportKind::Water, &water}}) {
    if (file.empty()) continue;
    auto read = readBaseMap(file, kind, layerName, crsText, where);
    if (!read) return refuse(read.error().describe());
    if (read->empty())
      std::cerr << "gridctl regrid: " << file << " holds no " << (kind == VectorImportKind::Roads ? "roads" : "water")
                << " the plan can use; check --" << (kind == VectorImportKind::Roads ? "roads" : "water")
                << "-layer.\n";
    *list = std::move(*read);
  }

  // Plan each group; nothing is written until every group has a plan.
  struct GroupPlan {
    std::string name;
    std::vector<UnitRow>* units;
    districting::LayerPlan layered;
    districting::PlanQuality quality;
    std::vector<std::string> gridNames;
  };
  std::vector<GroupPlan> plans;
  const bool split = !options.count("no-split");
  int splitBuildings = 0, splitParts = 0;
  std::map<std::string, int> splitBy;
  const auto start = std::chrono::steady_clock::now();
  for (auto& [name, units] : groups) {
    const std::string label =
        input + ": " + (groupField.empty() ? std::string("the layer") : groupField + " = " + name);
    long long total = 0;
    for (const UnitRow& u : units) total += u.households;
    if (total == 0)
      return refuse(label + " has units but no households; check the " + weightField +
                    " field, or leave the group out.");
    GroupPlan result{name, &units, {}, {}, {}};
    districting::LayerPlanInput in;
    in.softBarriers = roads;
    in.hardBarriers = water;
    in.splitOversized = split;
    std::map<std::string, int> number;
    for (const UnitRow& u : units) {
      districting::LayerUnit unit{u.wkb, u.households, u.entrances, u.floors, u.locked, -1};
      if (mode == "repair" && !u.plan.empty()) {
        auto [it, inserted] = number.emplace(u.plan, static_cast<int>(number.size()));
        if (inserted) result.gridNames.push_back(u.plan);
        unit.current = it->second;
      }
      in.units.push_back(std::move(unit));
    }
    PlanOptions groupOptions = plan;
    groupOptions.gridNames = result.gridNames;
    auto planned = districting::planLayer(in, groupOptions, mode == "repair");
    if (!planned) return refuse(label + ": " + planned.error().message);
    result.layered = std::move(*planned);
    const Plan& p = result.layered.plan;
    for (int g = static_cast<int>(result.gridNames.size()); g < static_cast<int>(p.grids.size()); ++g)
      result.gridNames.push_back((name.empty() ? std::string("grid") : name) + "-" + std::to_string(g + 1));
    result.quality = districting::planQuality(result.layered, plan);
    splitBuildings += result.layered.splitBuildings;
    splitParts += result.layered.parts;
    for (const auto& s : result.layered.splits)
      if (s.method != districting::SplitMethod::None) ++splitBy[districting::splitMethodName(s.method)];
    for (const std::string& warning : p.warnings) std::cerr << label << ": " << warning << "\n";
    plans.push_back(std::move(result));
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (splitBuildings > 0) {
    std::string how;
    for (const auto& [method, count] : splitBy)
      how += (how.empty() ? "" : ", ") + std::to_string(count) + " by " +
             (method == "entrances" ? "--split-field " + splitField
              : method == "floors"  ? "floors (" + floorsField + ")"
                                    : std::string("an estimate (floors unknown)"));
    std::cerr << "Split " << splitBuildings << " building(s) above " << districting::splitThreshold(plan)
              << " households into " << splitParts << " parts (" << how
              << "); the units layer has one row per part (fields part, split_by). --no-split keeps them whole.\n";
  }

  // Written to a temporary file, then moved into place.
  auto writer = PlanWriter::create(output, source, splitBuildings > 0, mode == "repair");
  if (!writer) return refuse(writer.error().message);
  std::ostringstream groupsJson;
  int grids = 0, within5 = 0, within10 = 0, withinTolerance = 0, moved = 0, unitsTotal = 0, oversized = 0,
      infeasibleParts = 0, feasible = 0, feasibleWithin = 0;
  double maxDeviation = 0, cut = 0, cutOnRoads = 0;
  bool contiguous = true;
  std::vector<double> compactness;
  for (const GroupPlan& group : plans) {
    const auto& units = *group.units;
    const districting::LayerPlan& lp = group.layered;
    const Plan& p = lp.plan;
    std::vector<int> movedUnits(units.size(), 0);
    for (std::size_t i = 0; i < lp.unitOf.size(); ++i) {
      const UnitRow& unit = units[static_cast<std::size_t>(lp.unitOf[i])];
      const districting::BuildingSplit& s = lp.splits[static_cast<std::size_t>(lp.unitOf[i])];
      const districting::BuildingPart& part = s.parts[static_cast<std::size_t>(lp.partOf[i])];
      const int g = p.assignment[i];
      PlanUnitFeature row;
      row.unit = &unit;
      row.wkb = lp.geometries[i];
      if (g >= 0) row.gridId = group.gridNames[static_cast<std::size_t>(g)];
      row.groupId = group.name;
      row.households = part.households;
      if (s.method != districting::SplitMethod::None) {
        row.part = part.label;
        row.splitBy = districting::splitMethodName(s.method);
      }
      row.moved = mode == "repair" && unit.plan != row.gridId;
      movedUnits[static_cast<std::size_t>(lp.unitOf[i])] |= row.moved;
      if (auto ok = writer->addUnit(row); !ok) return refuse(ok.error().message);
    }
    const std::vector<char>& holdsOversized = group.quality.gridCannotBeWithin;
    for (const districting::GridMetrics& m : p.grids) {
      if (m.units == 0) continue;
      PlanGridFeature row;
      row.wkb = lp.polygons[static_cast<std::size_t>(m.grid)];
      row.gridId = group.gridNames[static_cast<std::size_t>(m.grid)];
      row.groupId = group.name;
      row.units = m.units;
      row.households = m.households;
      row.deviation = m.deviation;
      row.contiguous = m.contiguous;
      row.oversized = holdsOversized[static_cast<std::size_t>(m.grid)] != 0;
      row.polsbyPopper = row.wkb.empty() ? 0.0 : districting::polsbyPopper(row.wkb);
      if (!row.wkb.empty()) compactness.push_back(row.polsbyPopper);
      row.cutLength = m.cutLength;
      if (auto ok = writer->addGrid(row); !ok) return refuse(ok.error().message);
    }
    const auto& m = p.metrics;
    const auto& q = group.quality;
    grids += m.grids;
    within5 += static_cast<int>(std::lround(m.shareWithin5 * m.grids));
    within10 += static_cast<int>(std::lround(m.shareWithin10 * m.grids));
    withinTolerance += static_cast<int>(std::lround(m.withinTolerance * m.grids));
    oversized += q.oversizedGrids;
    infeasibleParts += q.infeasiblePartGrids;
    feasible += q.feasibleGrids;
    feasibleWithin += static_cast<int>(std::lround(q.withinFeasible * q.feasibleGrids));
    const int groupMoved = static_cast<int>(std::count(movedUnits.begin(), movedUnits.end(), 1));
    moved += groupMoved;
    unitsTotal += static_cast<int>(units.size());
    maxDeviation = std::max(maxDeviation, m.maxAbsDeviation);
    contiguous &= m.allContiguous;
    const double groupCut = m.cutLength;
    cut += groupCut;
    cutOnRoads += q.boundaryOnRoads * groupCut;
    groupsJson << (groupsJson.tellp() > 0 ? ",\n    " : "") << "{\"group\": " << jsonString(group.name)
               << ", \"units\": " << units.size() << ", \"grids\": " << m.grids
               << ", \"oversized_grids\": " << q.oversizedGrids << ", \"max_abs_deviation\": " << m.maxAbsDeviation
               << ", \"share_within_tolerance\": " << m.withinTolerance
               << ", \"share_within_tolerance_of_feasible\": " << q.withinFeasible
               << ", \"units_moved\": " << groupMoved << ", \"boundary_on_roads\": " << q.boundaryOnRoads
               << ", \"cut_length\": " << m.cutLength << ", \"warnings\": " << p.warnings.size() << "}";
  }
  if (auto ok = writer->finish(); !ok) return refuse(ok.error().message);

  auto ratio = [](int n, int d) { return d > 0 ? static_cast<double>(n) / d : 0.0; };
  const double share = ratio(withinTolerance, grids), shareFeasible = ratio(feasibleWithin, feasible);
  std::sort(compactness.begin(), compactness.end());
  const double ppMedian = compactness.empty() ? 0 : compactness[compactness.size() / 2];
  const double onRoads = cut > 0 ? cutOnRoads / cut : 0;
  std::printf(
      "%s: %d units in %zu group(s) → %d grids in %.2f s; within ±%.0f %%: %.1f %%, max |deviation| %.1f %%, "
      "contiguous %s",
      mode.c_str(), unitsTotal, plans.size(), grids, seconds, 100 * plan.tolerance, 100 * share, 100 * maxDeviation,
      contiguous ? "all" : "NOT all");
  if (mode == "repair") std::printf(", units moved %d (%.1f %%)", moved, 100.0 * moved / std::max(1, unitsTotal));
  std::printf("\n");
  printQuality(oversized, infeasibleParts, feasible, shareFeasible, ppMedian, !roads.empty(), onRoads, plan.tolerance);
  std::printf("Wrote %s (layers units, grids).\n", output.c_str());
  if (options.count("metrics")) {
    std::ofstream json(option(options, "metrics"));
    json << "{\n  \"mode\": " << jsonString(mode) << ",\n  \"target\": " << plan.target
         << ",\n  \"tolerance\": " << plan.tolerance << ",\n  \"units\": " << unitsTotal << ",\n  \"grids\": " << grids
         << ",\n  \"seconds\": " << seconds << ",\n  \"max_abs_deviation\": " << maxDeviation
         << ",\n  \"share_within_5\": " << ratio(within5, grids)
         << ",\n  \"share_within_10\": " << ratio(within10, grids) << ",\n  \"share_within_tolerance\": " << share
         << ",\n  \"oversized_grids\": " << oversized << ",\n  \"infeasible_part_grids\": " << infeasibleParts
         << ",\n  \"share_within_tolerance_of_feasible\": " << shareFeasible
         << ",\n  \"split_buildings\": " << splitBuildings << ",\n  \"split_parts\": " << splitParts
         << ",\n  \"polsby_popper_median\": " << ppMedian << ",\n  \"boundary_on_roads\": " << onRoads
         << ",\n  \"all_contiguous\": " << (contiguous ? "true" : "false") << ",\n  \"units_moved\": " << moved
         << ",\n  \"groups\": [\n    " << groupsJson.str() << "\n  ]\n}\n";
    if (!json) return refuse("cannot write the metrics to " + option(options, "metrics"));
  }
  return 0;
}

}  // namespace grid::cli
