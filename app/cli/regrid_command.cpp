// SPDX-License-Identifier: GPL-2.0-or-later
// gridctl regrid --input: grid plans for any GDAL polygon or point layer (the command-line contract of issue 6).
#include "regrid_command.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "common/clock.h"
#include "districting/community_plan.h"
#include "districting/planner.h"
#include "districting/tessellation.h"
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
    "\n"
    "Assigns units (buildings as polygons or points, from any GDAL vector source in a metric CRS) to grids of about\n"
    "--target households (tolerance a fraction: 0.10 = ±10 %), contiguous and compact, within each --group (e.g. the\n"
    "community), never splitting a unit. propose draws grids from scratch; repair mends the plan in --plan-field\n"
    "moving as few units as it can (grid ids survive). Units whose --lock-field is non-zero never move.\n"
    "Writes PLAN.gpkg with layers units (unit → grid) and grids (dissolved polygons with metrics), and with\n"
    "--metrics a JSON summary. Nothing is written if any input is refused.\n"
    "With --db the units are the community's buildings (households: active, not vacant); the default mode is\n"
    "repair (locked grids stay). It previews the plan grid by grid; --commit accepts it as a new plan version:\n"
    "grids keep their codes, new grids get the next codes, households, persons and key records follow their\n"
    "buildings, all in one audited transaction.\n";

struct Unit {
  GIntBig fid = 0;
  Wkb wkb;
  long long households = 0;
  std::string plan;
  bool locked = false;
};

std::string jsonString(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
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
  if (!std::filesystem::exists(path))
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
  std::printf("%s %s (%s): %zu buildings, %zu grids now → %d grids (%.2f s)\n", mode.c_str(), u.communityName.c_str(),
              u.communityCode.c_str(), u.buildingIds.size(), u.gridIds.size(), m.grids, seconds);
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
  static const std::vector<std::string> layerOnly = {"input", "weight", "output", "layer", "group", "plan-field",
                                                     "lock-field", "grids", "metrics"};
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
                    groupField = option(options, "group");
  if (mode == "repair" && planField.empty())
    return refuse("--mode repair needs --plan-field, the field holding each unit's current grid.");

  GDALAllRegister();
  std::unique_ptr<GDALDataset> source(GDALDataset::Open(input.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
  if (!source)
    return refuse("cannot open " + input + " as a vector dataset (" + CPLGetLastErrorMsg() +
                  "); check the path and format.");
  OGRLayer* layer =
      options.count("layer") ? source->GetLayerByName(option(options, "layer").c_str()) : source->GetLayer(0);
  if (!layer) {
    std::string names;
    for (auto* l : source->GetLayers()) names += std::string(names.empty() ? "" : ", ") + l->GetName();
    return refuse(input + " has no layer \"" + option(options, "layer") + "\"; it has: " + names + ".");
  }
  OGRFeatureDefn* definition = layer->GetLayerDefn();
  auto fieldIndex = [&](const std::string& name) {
    return name.empty() ? -1 : definition->GetFieldIndex(name.c_str());
  };
  for (const std::string& field : {weightField, groupField, planField, lockField}) {
    if (field.empty() || fieldIndex(field) >= 0) continue;
    std::string names;
    for (int i = 0; i < definition->GetFieldCount(); ++i)
      names += std::string(i ? ", " : "") + definition->GetFieldDefn(i)->GetNameRef();
    return refuse(input + " layer " + layer->GetName() + " has no field \"" + field + "\"; its fields are: " + names +
                  ".");
  }
  const OGRSpatialReference* crs = layer->GetSpatialRef();
  if (crs && crs->IsGeographic())
    return refuse(
        input +
        " is in a geographic CRS (degrees); reproject it to a metric one first, e.g. ogr2ogr -t_srs EPSG:4547.");

  std::map<std::string, std::vector<Unit>> groups;
  std::vector<std::string> repaired;
  layer->ResetReading();
  for (auto& feature : *layer) {
    Unit unit;
    unit.fid = feature->GetFID();
    const std::string where = input + " feature " + std::to_string(unit.fid);
    const OGRGeometry* geometry = feature->GetGeometryRef();
    if (!geometry || geometry->IsEmpty())
      return refuse(where + " has no geometry; give every unit a footprint or a point.");
    const auto type = wkbFlatten(geometry->getGeometryType());
    if (type != wkbPolygon && type != wkbMultiPolygon && type != wkbPoint)
      return refuse(where + " is a " + OGRGeometryTypeToName(type) + "; units are polygons or points.");
    std::unique_ptr<OGRGeometry> valid;
    if (type == wkbPoint) {
      const OGRPoint* point = geometry->toPoint();
      if (!std::isfinite(point->getX()) || !std::isfinite(point->getY()) || std::fabs(point->getX()) > 1e9 ||
          std::fabs(point->getY()) > 1e9)
        return refuse(where + " has coordinates that are not finite numbers of plausible size.");
    } else {
      // Bounded geometry work: GEOS MakeValid on a huge self-intersecting ring runs for minutes.
      int vertices = 0;
      bool finite = true;
      std::unique_ptr<OGRGeometry> multi(OGRGeometryFactory::forceToMultiPolygon(geometry->clone()));
      for (const OGRPolygon* polygon : *multi->toMultiPolygon())
        for (const OGRLinearRing* ring : *polygon) {
          vertices += ring->getNumPoints();
          for (int i = 0; i < ring->getNumPoints(); ++i)
            finite = finite && std::isfinite(ring->getX(i)) && std::isfinite(ring->getY(i)) &&
                     std::fabs(ring->getX(i)) < 1e9 && std::fabs(ring->getY(i)) < 1e9;
        }
      if (!finite) return refuse(where + " has coordinates that are not finite numbers of plausible size.");
      if (vertices > 20000)
        return refuse(where + " has " + std::to_string(vertices) +
                      " vertices; a unit may have at most 20,000. Simplify it (ogr2ogr -simplify 0.5) first.");
    }
    if (type != wkbPoint && !geometry->IsValid()) {
      valid.reset(geometry->MakeValid());
      if (!valid || valid->IsEmpty())
        return refuse(where + " is an invalid polygon GEOS cannot repair (e.g. it crosses itself); fix it in QGIS.");
      repaired.push_back(std::to_string(unit.fid));
      geometry = valid.get();
    }
    unit.wkb.resize(static_cast<std::size_t>(geometry->WkbSize()));
    geometry->exportToWkb(wkbNDR, unit.wkb.data());
    const int w = fieldIndex(weightField);
    if (feature->IsFieldNull(w))
      return refuse(where + " has no value in " + weightField + "; give the households (0 for none).");
    // Read the text, not GetFieldAsDouble: that turns "abc" into 0 and would silently empty the unit.
    const std::string weightText = feature->GetFieldAsString(w);
    char* end = nullptr;
    const double households = std::strtod(weightText.c_str(), &end);
    if (weightText.empty() || *end != '\0' || !std::isfinite(households) || households < 0 ||
        households > 1e6 || std::floor(households) != households)
      return refuse(where + " has " + weightField + " = \"" + weightText.substr(0, 40) +
                    "\"; households are whole numbers from 0 to 1,000,000.");
    unit.households = static_cast<long long>(households);
    if (!planField.empty() && !feature->IsFieldNull(fieldIndex(planField)))
      unit.plan = feature->GetFieldAsString(fieldIndex(planField));
    if (!lockField.empty()) unit.locked = feature->GetFieldAsInteger(fieldIndex(lockField)) != 0;
    groups[groupField.empty() ? std::string() : feature->GetFieldAsString(fieldIndex(groupField))].push_back(
        std::move(unit));
  }
  if (groups.empty()) return refuse(input + " layer " + layer->GetName() + " is empty; there are no units to assign.");
  if (!repaired.empty())
    std::cerr << "Repaired " << repaired.size() << " invalid polygon(s) with GEOS MakeValid (feature "
              << repaired.front() << (repaired.size() > 1 ? " and others" : "") << "); check them in the output.\n";

  // Plan each group; nothing is written until every group has a plan.
  struct GroupPlan {
    std::string name;
    std::vector<Unit>* units;
    Plan plan;
    std::vector<std::string> gridNames;
    std::vector<Wkb> polygons;
  };
  std::vector<GroupPlan> plans;
  const auto start = std::chrono::steady_clock::now();
  for (auto& [name, units] : groups) {
    const std::string label = input + ": " + (groupField.empty() ? std::string("the layer") : groupField + " = " + name);
    long long total = 0;
    for (const Unit& u : units) total += u.households;
    if (total == 0)
      return refuse(label + " has units but no households; check the " + weightField +
                    " field, or leave the group out.");
    std::vector<Wkb> geometries;
    std::vector<long long> weights;
    for (const Unit& u : units) geometries.push_back(u.wkb), weights.push_back(u.households);
    auto cells = districting::tessellate(geometries, {});
    if (!cells) return refuse(label + ": " + cells.error().message);
    districting::UnitGraph graph(weights, cells->edges);
    PlanOptions groupOptions = plan;
    groupOptions.lockedUnits.resize(units.size());
    for (std::size_t i = 0; i < units.size(); ++i) groupOptions.lockedUnits[i] = units[i].locked;
    GroupPlan result{name, &units, {}, {}, {}};
    Result<Plan> planned = makeError(ErrorCode::InvalidInput, "no plan");
    if (mode == "repair") {
      std::map<std::string, int> number;
      std::vector<int> current;
      for (const Unit& u : units) {
        if (u.plan.empty()) {
          current.push_back(-1);
          continue;
        }
        auto [it, inserted] = number.emplace(u.plan, static_cast<int>(number.size()));
        if (inserted) result.gridNames.push_back(u.plan);
        current.push_back(it->second);
      }
      groupOptions.gridNames = result.gridNames;
      planned = districting::repairPlan(graph, current, groupOptions);
    } else {
      planned = districting::proposePlan(graph, groupOptions);
    }
    if (!planned) return refuse(label + ": " + planned.error().message);
    result.plan = std::move(*planned);
    for (int g = static_cast<int>(result.gridNames.size()); g < static_cast<int>(result.plan.grids.size()); ++g)
      result.gridNames.push_back((name.empty() ? std::string("grid") : name) + "-" + std::to_string(g + 1));
    auto polygons = districting::dissolveCells(cells->cells, result.plan.assignment, geometries);
    if (!polygons) return refuse(label + ": " + polygons.error().message);
    result.polygons = std::move(*polygons);
    for (const std::string& warning : result.plan.warnings) std::cerr << label << ": " << warning << "\n";
    plans.push_back(std::move(result));
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  // Write to a temporary file, then move it into place.
  const std::string partial = output + ".part.gpkg";
  std::filesystem::remove(partial);
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
  std::unique_ptr<GDALDataset> out(driver ? driver->Create(partial.c_str(), 0, 0, 0, GDT_Unknown, nullptr) : nullptr);
  if (!out)
    return refuse("cannot create " + output + " (" + CPLGetLastErrorMsg() +
                  "); check the folder exists and is writable.");
  OGRLayer* unitsLayer = out->CreateLayer("units", crs ? crs->Clone() : nullptr, wkbUnknown, nullptr);
  OGRLayer* gridsLayer = out->CreateLayer("grids", crs ? crs->Clone() : nullptr, wkbMultiPolygon, nullptr);
  if (!unitsLayer || !gridsLayer) return refuse("cannot create layers in " + output + ": " + CPLGetLastErrorMsg());
  for (auto [name, type] : std::initializer_list<std::pair<const char*, OGRFieldType>>{{"source_fid", OFTInteger64},
                                                                                       {"group_id", OFTString},
                                                                                       {"grid_id", OFTString},
                                                                                       {"households", OFTInteger64},
                                                                                       {"moved", OFTInteger}}) {
    OGRFieldDefn field(name, type);
    unitsLayer->CreateField(&field);
  }
  for (auto [name, type] : std::initializer_list<std::pair<const char*, OGRFieldType>>{{"grid_id", OFTString},
                                                                                       {"group_id", OFTString},
                                                                                       {"units", OFTInteger},
                                                                                       {"households", OFTInteger64},
                                                                                       {"deviation", OFTReal},
                                                                                       {"contiguous", OFTInteger},
                                                                                       {"polsby_popper", OFTReal},
                                                                                       {"cut_length", OFTReal}}) {
    OGRFieldDefn field(name, type);
    gridsLayer->CreateField(&field);
  }
  out->StartTransaction();
  std::ostringstream groupsJson;
  int grids = 0, within5 = 0, within10 = 0, withinTolerance = 0, moved = 0, unitsTotal = 0;
  double maxDeviation = 0;
  bool contiguous = true;
  for (const GroupPlan& group : plans) {
    const auto& units = *group.units;
    for (std::size_t i = 0; i < units.size(); ++i) {
      OGRFeature feature(unitsLayer->GetLayerDefn());
      OGRGeometry* geometry = nullptr;
      OGRGeometryFactory::createFromWkb(units[i].wkb.data(), nullptr, &geometry, units[i].wkb.size());
      feature.SetGeometryDirectly(geometry);
      const int g = group.plan.assignment[i];
      feature.SetField("source_fid", static_cast<GIntBig>(units[i].fid));
      feature.SetField("group_id", group.name.c_str());
      if (g >= 0) feature.SetField("grid_id", group.gridNames[static_cast<std::size_t>(g)].c_str());
      feature.SetField("households", static_cast<GIntBig>(units[i].households));
      feature.SetField(
          "moved",
          mode == "repair" && units[i].plan != (g >= 0 ? group.gridNames[static_cast<std::size_t>(g)] : std::string()));
      if (unitsLayer->CreateFeature(&feature) != OGRERR_NONE)
        return refuse("cannot write " + output + ": " + CPLGetLastErrorMsg());
    }
    for (const districting::GridMetrics& m : group.plan.grids) {
      if (m.units == 0) continue;
      OGRFeature feature(gridsLayer->GetLayerDefn());
      const Wkb& wkb = group.polygons[static_cast<std::size_t>(m.grid)];
      OGRGeometry* geometry = nullptr;
      if (!wkb.empty()) OGRGeometryFactory::createFromWkb(wkb.data(), nullptr, &geometry, wkb.size());
      if (geometry) feature.SetGeometryDirectly(OGRGeometryFactory::forceToMultiPolygon(geometry));
      feature.SetField("grid_id", group.gridNames[static_cast<std::size_t>(m.grid)].c_str());
      feature.SetField("group_id", group.name.c_str());
      feature.SetField("units", m.units);
      feature.SetField("households", static_cast<GIntBig>(m.households));
      feature.SetField("deviation", m.deviation);
      feature.SetField("contiguous", m.contiguous ? 1 : 0);
      feature.SetField("polsby_popper", wkb.empty() ? 0.0 : districting::polsbyPopper(wkb));
      feature.SetField("cut_length", m.cutLength);
      if (gridsLayer->CreateFeature(&feature) != OGRERR_NONE)
        return refuse("cannot write " + output + ": " + CPLGetLastErrorMsg());
    }
    const auto& m = group.plan.metrics;
    grids += m.grids;
    within5 += static_cast<int>(std::lround(m.shareWithin5 * m.grids));
    within10 += static_cast<int>(std::lround(m.shareWithin10 * m.grids));
    withinTolerance += static_cast<int>(std::lround(m.withinTolerance * m.grids));
    moved += m.unitsMoved;
    unitsTotal += static_cast<int>(units.size());
    maxDeviation = std::max(maxDeviation, m.maxAbsDeviation);
    contiguous &= m.allContiguous;
    groupsJson << (groupsJson.tellp() > 0 ? ",\n    " : "") << "{\"group\": " << jsonString(group.name)
               << ", \"units\": " << units.size() << ", \"grids\": " << m.grids
               << ", \"max_abs_deviation\": " << m.maxAbsDeviation
               << ", \"share_within_tolerance\": " << m.withinTolerance << ", \"units_moved\": " << m.unitsMoved
               << ", \"cut_length\": " << m.cutLength << ", \"warnings\": " << group.plan.warnings.size() << "}";
  }
  if (out->CommitTransaction() != OGRERR_NONE) return refuse("cannot write " + output + ": " + CPLGetLastErrorMsg());
  out.reset();
  std::error_code error;
  std::filesystem::rename(partial, output, error);
  if (error) return refuse("cannot move the plan into " + output + ": " + error.message());

  auto ratio = [](int n, int d) { return d > 0 ? static_cast<double>(n) / d : 0.0; };
  const double share = ratio(withinTolerance, grids);
  std::printf(
      "%s: %d units in %zu group(s) → %d grids in %.2f s; within ±%.0f %%: %.1f %%, max |deviation| %.1f %%, "
      "contiguous %s",
      mode.c_str(), unitsTotal, plans.size(), grids, seconds, 100 * plan.tolerance, 100 * share, 100 * maxDeviation,
      contiguous ? "all" : "NOT all");
  if (mode == "repair") std::printf(", units moved %d (%.1f %%)", moved, 100.0 * moved / std::max(1, unitsTotal));
  std::printf("\nWrote %s (layers units, grids).\n", output.c_str());
  if (options.count("metrics")) {
    std::ofstream json(option(options, "metrics"));
    json << "{\n  \"mode\": " << jsonString(mode) << ",\n  \"target\": " << plan.target
         << ",\n  \"tolerance\": " << plan.tolerance << ",\n  \"units\": " << unitsTotal << ",\n  \"grids\": " << grids
         << ",\n  \"seconds\": " << seconds << ",\n  \"max_abs_deviation\": " << maxDeviation
         << ",\n  \"share_within_5\": " << ratio(within5, grids)
         << ",\n  \"share_within_10\": " << ratio(within10, grids) << ",\n  \"share_within_tolerance\": " << share
         << ",\n  \"all_contiguous\": " << (contiguous ? "true" : "false") << ",\n  \"units_moved\": " << moved
         << ",\n  \"groups\": [\n    " << groupsJson.str() << "\n  ]\n}\n";
    if (!json) return refuse("cannot write the metrics to " + option(options, "metrics"));
  }
  return 0;
}

}  // namespace grid::cli
