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
#include <set>
#include <sstream>

#include "common/clock.h"
#include "districting/community_plan.h"
#include "districting/layer_plan.h"
#include "io/vector_import.h"
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

struct Unit {
  GIntBig fid = 0;
  Wkb wkb;
  long long households = 0;
  int entrances = 0;
  int floors = 0;
  std::string plan;
  bool locked = false;
  std::unique_ptr<OGRFeature> feature;  //!< the input row, whose attributes the output carries
};

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
    std::printf("%d grid(s) cannot be within (%d with a building that alone is outside the band, %d in a part cut "
                "off by water or such buildings that no number of grids divides within); of the other %d, %.1f %% "
                "are within ±%.0f %%.\n",
                oversized + infeasibleParts, oversized, infeasibleParts, feasible, 100 * withinFeasible,
                100 * tolerance);
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
  static const std::vector<std::string> layerOnly = {"input",       "weight",      "output",      "layer",
                                                     "group",       "plan-field",  "lock-field",  "grids",
                                                     "metrics",     "split-field", "floors-field", "no-split",
                                                     "roads",       "roads-layer", "water",       "water-layer",
                                                     "roads-where", "water-where"};
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

  GDALAllRegister();
  std::unique_ptr<GDALDataset> source(GDALDataset::Open(input.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
  if (!source) {
    if (input.find(':') == std::string::npos && input.rfind("/vsi", 0) != 0 && !std::filesystem::exists(input))
      return refuse("there is no file " + input + "; check the path and the file name.");
    const std::string why = CPLGetLastErrorMsg();
    return refuse("cannot open " + input + " as a vector dataset" + (why.empty() ? "" : " (" + why + ")") +
                  "; check that it is a GeoPackage, Shapefile, GeoJSON, OSM or other GDAL vector file.");
  }
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
  for (const std::string& field : {weightField, groupField, planField, lockField, splitField, floorsField}) {
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
  const int splitIndex = fieldIndex(splitField), floorsIndex = fieldIndex(floorsField);
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
    auto wholeNumber = [&](int index, const std::string& name, double maximum, long long& value) -> bool {
      if (index < 0 || !feature->IsFieldSetAndNotNull(index)) return true;
      const std::string text = feature->GetFieldAsString(index);
      char* end = nullptr;
      const double number = std::strtod(text.c_str(), &end);
      if (text.empty() || *end != '\0' || !std::isfinite(number) || number < 0 || number > maximum ||
          std::floor(number) != number) {
        refuse(where + " has " + name + " = \"" + text.substr(0, 40) + "\"; it must be a whole number from 0 to " +
               std::to_string(static_cast<long long>(maximum)) + ".");
        return false;
      }
      value = static_cast<long long>(number);
      return true;
    };
    if (!wholeNumber(w, weightField, 1e6, unit.households)) return 1;
    long long entrances = 0, floors = 0;
    if (!wholeNumber(splitIndex, splitField, 200, entrances) || !wholeNumber(floorsIndex, floorsField, 200, floors))
      return 1;
    unit.entrances = static_cast<int>(entrances);
    unit.floors = static_cast<int>(floors);
    if (!planField.empty() && !feature->IsFieldNull(fieldIndex(planField)))
      unit.plan = feature->GetFieldAsString(fieldIndex(planField));
    if (!lockField.empty()) unit.locked = feature->GetFieldAsInteger(fieldIndex(lockField)) != 0;
    unit.feature.reset(feature->Clone());
    groups[groupField.empty() ? std::string() : feature->GetFieldAsString(fieldIndex(groupField))].push_back(
        std::move(unit));
  }
  if (groups.empty()) return refuse(input + " layer " + layer->GetName() + " is empty; there are no units to assign.");
  if (!repaired.empty())
    std::cerr << "Repaired " << repaired.size() << " invalid polygon(s) with GEOS MakeValid (feature "
              << repaired.front() << (repaired.size() > 1 ? " and others" : "") << "); check them in the output.\n";

  // Streets and water in the units' CRS.
  std::string crsText;
  if (crs) {
    char* wkt = nullptr;
    crs->exportToWkt(&wkt);
    crsText = wkt ? wkt : "";
    CPLFree(wkt);
  }
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
    std::vector<Unit>* units;
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
    const std::string label = input + ": " + (groupField.empty() ? std::string("the layer") : groupField + " = " + name);
    long long total = 0;
    for (const Unit& u : units) total += u.households;
    if (total == 0)
      return refuse(label + " has units but no households; check the " + weightField +
                    " field, or leave the group out.");
    GroupPlan result{name, &units, {}, {}, {}};
    districting::LayerPlanInput in;
    in.softBarriers = roads;
    in.hardBarriers = water;
    in.splitOversized = split;
    std::map<std::string, int> number;
    for (const Unit& u : units) {
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
  // Every input attribute, then ours (a name the input already uses gets "_2", as QGIS processing does).
  std::vector<int> sourceMap;
  for (int i = 0; i < definition->GetFieldCount(); ++i) {
    OGRFieldDefn copy(definition->GetFieldDefn(i));
    unitsLayer->CreateField(&copy);
    sourceMap.push_back(unitsLayer->GetLayerDefn()->GetFieldIndex(copy.GetNameRef()));
  }
  auto addField = [&](const std::string& wanted, OGRFieldType type) {
    std::string name = wanted;
    for (int n = 2; unitsLayer->GetLayerDefn()->GetFieldIndex(name.c_str()) >= 0; ++n)
      name = wanted + "_" + std::to_string(n);
    OGRFieldDefn field(name.c_str(), type);
    unitsLayer->CreateField(&field);
    return unitsLayer->GetLayerDefn()->GetFieldIndex(name.c_str());
  };
  const int gridField = addField("grid_id", OFTString), fidField = addField("source_fid", OFTInteger64),
            groupIdField = addField("group_id", OFTString), unitHouseholds = addField("unit_households", OFTInteger64),
            partField = splitBuildings > 0 ? addField("part", OFTString) : -1,
            splitByField = splitBuildings > 0 ? addField("split_by", OFTString) : -1,
            movedField = mode == "repair" ? addField("moved", OFTInteger) : -1;
  for (auto [name, type] : std::initializer_list<std::pair<const char*, OGRFieldType>>{{"grid_id", OFTString},
                                                                                       {"group_id", OFTString},
                                                                                       {"units", OFTInteger},
                                                                                       {"households", OFTInteger64},
                                                                                       {"deviation", OFTReal},
                                                                                       {"contiguous", OFTInteger},
                                                                                       {"oversized", OFTInteger},
                                                                                       {"polsby_popper", OFTReal},
                                                                                       {"cut_length", OFTReal}}) {
    OGRFieldDefn field(name, type);
    gridsLayer->CreateField(&field);
  }
  out->StartTransaction();
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
      const Unit& unit = units[static_cast<std::size_t>(lp.unitOf[i])];
      const districting::BuildingSplit& s = lp.splits[static_cast<std::size_t>(lp.unitOf[i])];
      const districting::BuildingPart& part = s.parts[static_cast<std::size_t>(lp.partOf[i])];
      OGRFeature feature(unitsLayer->GetLayerDefn());
      feature.SetFieldsFrom(unit.feature.get(), sourceMap.data());
      OGRGeometry* geometry = nullptr;
      OGRGeometryFactory::createFromWkb(lp.geometries[i].data(), nullptr, &geometry, lp.geometries[i].size());
      feature.SetGeometryDirectly(geometry);
      const int g = p.assignment[i];
      if (g >= 0) feature.SetField(gridField, group.gridNames[static_cast<std::size_t>(g)].c_str());
      feature.SetField(fidField, static_cast<GIntBig>(unit.fid));
      feature.SetField(groupIdField, group.name.c_str());
      feature.SetField(unitHouseholds, static_cast<GIntBig>(part.households));
      if (partField >= 0 && s.method != districting::SplitMethod::None) {
        feature.SetField(partField, part.label.c_str());
        feature.SetField(splitByField, districting::splitMethodName(s.method));
      }
      const bool partMoved =
          mode == "repair" && unit.plan != (g >= 0 ? group.gridNames[static_cast<std::size_t>(g)] : std::string());
      if (movedField >= 0) feature.SetField(movedField, partMoved ? 1 : 0);
      movedUnits[static_cast<std::size_t>(lp.unitOf[i])] |= partMoved;
      if (unitsLayer->CreateFeature(&feature) != OGRERR_NONE)
        return refuse("cannot write " + output + ": " + CPLGetLastErrorMsg());
    }
    const std::vector<char>& holdsOversized = group.quality.gridCannotBeWithin;
    for (const districting::GridMetrics& m : p.grids) {
      if (m.units == 0) continue;
      OGRFeature feature(gridsLayer->GetLayerDefn());
      const Wkb& wkb = lp.polygons[static_cast<std::size_t>(m.grid)];
      OGRGeometry* geometry = nullptr;
      if (!wkb.empty()) OGRGeometryFactory::createFromWkb(wkb.data(), nullptr, &geometry, wkb.size());
      if (geometry) feature.SetGeometryDirectly(OGRGeometryFactory::forceToMultiPolygon(geometry));
      feature.SetField("grid_id", group.gridNames[static_cast<std::size_t>(m.grid)].c_str());
      feature.SetField("group_id", group.name.c_str());
      feature.SetField("units", m.units);
      feature.SetField("households", static_cast<GIntBig>(m.households));
      feature.SetField("deviation", m.deviation);
      feature.SetField("contiguous", m.contiguous ? 1 : 0);
      feature.SetField("oversized", holdsOversized[static_cast<std::size_t>(m.grid)] ? 1 : 0);
      const double pp = wkb.empty() ? 0.0 : districting::polsbyPopper(wkb);
      feature.SetField("polsby_popper", pp);
      if (!wkb.empty()) compactness.push_back(pp);
      feature.SetField("cut_length", m.cutLength);
      if (gridsLayer->CreateFeature(&feature) != OGRERR_NONE)
        return refuse("cannot write " + output + ": " + CPLGetLastErrorMsg());
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
               << ", \"share_within_tolerance_of_feasible\": " << q.withinFeasible << ", \"units_moved\": " << groupMoved
               << ", \"boundary_on_roads\": " << q.boundaryOnRoads << ", \"cut_length\": " << m.cutLength
               << ", \"warnings\": " << p.warnings.size() << "}";
  }
  if (out->CommitTransaction() != OGRERR_NONE) return refuse("cannot write " + output + ": " + CPLGetLastErrorMsg());
  out.reset();
  std::error_code error;
  std::filesystem::rename(partial, output, error);
  if (error) return refuse("cannot move the plan into " + output + ": " + error.message());

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
         << ",\n  \"oversized_grids\": " << oversized << ",\n  \"infeasible_part_grids\": " << infeasibleParts << ",\n  \"share_within_tolerance_of_feasible\": " << shareFeasible
         << ",\n  \"split_buildings\": " << splitBuildings << ",\n  \"split_parts\": " << splitParts
         << ",\n  \"polsby_popper_median\": " << ppMedian << ",\n  \"boundary_on_roads\": " << onRoads
         << ",\n  \"all_contiguous\": " << (contiguous ? "true" : "false") << ",\n  \"units_moved\": " << moved
         << ",\n  \"groups\": [\n    " << groupsJson.str() << "\n  ]\n}\n";
    if (!json) return refuse("cannot write the metrics to " + option(options, "metrics"));
  }
  return 0;
}

}  // namespace grid::cli
