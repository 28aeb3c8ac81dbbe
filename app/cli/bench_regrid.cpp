// SPDX-License-Identifier: GPL-2.0-or-later
// gridctl bench regrid: rook lattices and repair, METIS alone in the same run for reference.
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <mutex>
#include <random>
#include <thread>

#include "bench.h"
#include "common/clock.h"
#include "districting/community_plan.h"
#include "districting/layer_plan.h"
#include "districting/planner.h"
#include "geo/crs.h"
#include "io/vector_import.h"
#include "storage/database.h"
#include "storage/database_key.h"

namespace grid::bench {
namespace {

using districting::Plan;
using districting::PlanOptions;
using districting::UnitGraph;
using Clock = std::chrono::steady_clock;

double since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

std::vector<long long> latticeWeights(int cells, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::uniform_int_distribution<int> households(10, 90);
  std::vector<long long> weights(static_cast<std::size_t>(cells));
  for (auto& w : weights) w = households(rng);
  return weights;
}

void printPlan(const char* label, const Plan& plan, double seconds) {
  std::printf(
      "    %-34s %7.3f s  grids %4d  within ±10 %% %6.1f %%  ±5 %% %6.1f %%  max |dev| %5.1f %%  contiguous %s  cut "
      "%.0f",
      label, seconds, plan.metrics.grids, 100 * plan.metrics.shareWithin10, 100 * plan.metrics.shareWithin5,
      100 * plan.metrics.maxAbsDeviation, plan.metrics.allContiguous ? "100 %" : "NO", plan.metrics.cutLength);
  if (plan.metrics.rounds > 0) std::printf("  rounds %d", plan.metrics.rounds);
  std::printf("\n");
}

long peakRss() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;
}

//! Every community of a database planned (propose or repair), one worker per core, each with its own connection.
int runCityBenchmark(const std::map<std::string, std::string>& options) {
  const std::string path = options.at("db");
  const bool repair = options.count("mode") && options.at("mode") == "repair";
  auto db = Database::open(path, Database::readOnlyOptions());
  if (!db) return std::fprintf(stderr, "%s\n", db.error().describe().c_str()), 2;
  std::vector<std::string> communities;
  auto list = (*db)->prepare("SELECT admin_code FROM community ORDER BY id");
  (void)list->forEachRow([&](const Statement& row) { communities.push_back(row.text(0)); });
  const long long buildings = *(*db)->queryInt("SELECT count(*) FROM building");
  const unsigned workers = std::max(1u, std::thread::hardware_concurrency());
  std::printf("bench regrid --db: %zu communities, %lld buildings, %s, %u worker(s)\n", communities.size(), buildings,
              repair ? "repair" : "propose", workers);
  std::atomic<std::size_t> next{0};
  std::mutex mutex;
  long long units = 0, grids = 0, within = 0, moved = 0;
  int failed = 0, discontiguous = 0;
  double maxDeviation = 0;
  std::string firstError;
  const auto start = Clock::now();
  std::vector<std::thread> threads;
  for (unsigned w = 0; w < workers; ++w)
    threads.emplace_back([&] {
      auto connection = Database::open(path, Database::readOnlyOptions());
      if (!connection) return;
      for (std::size_t i = next++; i < communities.size(); i = next++) {
        auto plan = districting::planCommunity(**connection, communities[i], PlanOptions{}, repair);
        std::lock_guard<std::mutex> lock(mutex);
        if (!plan) {
          if (failed++ == 0) firstError = communities[i] + ": " + plan.error().describe();
          continue;
        }
        const auto& m = plan->plan.metrics;
        units += static_cast<long long>(plan->units.buildingIds.size());
        grids += m.grids;
        within += std::lround(m.withinTolerance * m.grids);
        moved += m.unitsMoved;
        discontiguous += !m.allContiguous;
        maxDeviation = std::max(maxDeviation, m.maxAbsDeviation);
      }
    });
  for (auto& t : threads) t.join();
  const double wall = since(start);
  std::printf(
      "  %.1f s wall (goal < 30 s), peak RSS %ld MB (goal < 2048 MB); %lld buildings → %lld grids, within ±10 %% %.2f "
      "%%, "
      "max |deviation| %.1f %%, communities with a non-contiguous grid %d, failed %d%s%s\n",
      wall, peakRss(), units, grids, grids ? 100.0 * static_cast<double>(within) / static_cast<double>(grids) : 0.0,
      100 * maxDeviation, discontiguous, failed, failed ? "; first: " : "", firstError.c_str());
  if (repair)
    std::printf("  buildings moved: %lld (%.1f %%)\n", moved,
                units ? 100.0 * static_cast<double>(moved) / static_cast<double>(units) : 0.0);
  return failed ? 1 : 0;
}

}  // namespace

int runRegridBenchmark(const std::map<std::string, std::string>& options) {
  if (options.count("db")) return runCityBenchmark(options);
  if (options.count("real") || options.count("buildings")) return runRealRegridBenchmark(options);
  const std::uint64_t seed = options.count("seed") ? std::stoull(options.at("seed")) : 1;
  PlanOptions plan;
  plan.target = 300;
  plan.tolerance = 0.10;
  plan.seed = seed;
  std::printf("bench regrid: target %.0f ± %.0f %%, rook lattices with 10–90 households per cell (seed %llu)\n",
              plan.target, 100 * plan.tolerance, static_cast<unsigned long long>(seed));
  Plan last;
  std::vector<long long> lastWeights;
  for (int side : {20, 30, 50}) {
    std::vector<long long> weights = latticeWeights(side * side, seed + static_cast<std::uint64_t>(side));
    const UnitGraph graph = districting::rookLattice(side, side, weights);
    std::printf("  %d×%d lattice: %d cells, %lld households\n", side, side, graph.size(), graph.totalWeight());
    auto start = Clock::now();
    auto metis = districting::metisPlan(graph, plan);
    const double metisSeconds = since(start);
    if (!metis) return std::fprintf(stderr, "%s\n", metis.error().describe().c_str()), 2;
    printPlan("METIS contiguous k-way (reference)", *metis, metisSeconds);
    start = Clock::now();
    auto ours = districting::proposePlan(graph, plan);
    const double oursSeconds = since(start);
    if (!ours) return std::fprintf(stderr, "%s\n", ours.error().describe().c_str()), 2;
    printPlan("GridStation propose", *ours, oursSeconds);
    last = *ours;
    lastWeights = weights;
  }

  // Repair: 10 % of the 50×50 cells change by a factor in 0.3–2.0 (new towers, demolition).
  std::mt19937_64 rng(seed * 7 + 3);
  std::uniform_real_distribution<double> factor(0.3, 2.0);
  std::vector<int> cells(lastWeights.size());
  for (std::size_t i = 0; i < cells.size(); ++i) cells[i] = static_cast<int>(i);
  std::shuffle(cells.begin(), cells.end(), rng);
  std::vector<long long> changed = lastWeights;
  for (std::size_t i = 0; i < changed.size() / 10; ++i) {
    long long& w = changed[static_cast<std::size_t>(cells[i])];
    w = std::max(1LL, static_cast<long long>(std::llround(static_cast<double>(w) * factor(rng))));
  }
  const UnitGraph graph = districting::rookLattice(50, 50, changed);
  const Plan before = districting::evaluatePlan(graph, last.assignment, plan);
  std::printf(
      "  repair on the 50×50 lattice after 10 %% of cells changed by ×0.3–2.0: the old plan now has %.1f %% of grids "
      "within ±10 %%\n",
      100 * before.metrics.shareWithin10);
  auto start = Clock::now();
  auto repaired = districting::repairPlan(graph, last.assignment, plan);
  const double repairSeconds = since(start);
  if (!repaired) return std::fprintf(stderr, "%s\n", repaired.error().describe().c_str()), 2;
  printPlan("GridStation repair", *repaired, repairSeconds);
  std::printf("      units moved: %d of %d (%.1f %%; goal ≤ 8 %%)\n", repaired->metrics.unitsMoved, graph.size(),
              100.0 * repaired->metrics.unitsMoved / graph.size());
  start = Clock::now();
  auto fresh = districting::proposePlan(graph, plan);
  const double freshSeconds = since(start);
  if (!fresh) return std::fprintf(stderr, "%s\n", fresh.error().describe().c_str()), 2;
  // Units in a different grid, after matching each new grid to the old grid it shares most households with.
  const std::vector<int> match = districting::matchGridsByOverlap(fresh->assignment, last.assignment, graph.weights());
  int freshMoved = 0;
  for (int u = 0; u < graph.size(); ++u)
    freshMoved += match[static_cast<std::size_t>(fresh->assignment[static_cast<std::size_t>(u)])] !=
                  last.assignment[static_cast<std::size_t>(u)];
  printPlan("redraw from scratch (propose)", *fresh, freshSeconds);
  std::printf("      units moved (new grids matched to old ones by overlap): %d of %d (%.1f %%)\n", freshMoved,
              graph.size(), 100.0 * freshMoved / graph.size());
  return 0;
}

}  // namespace grid::bench

namespace grid::bench {
namespace {

struct District {
  std::string name;
  std::string buildings, buildingsLayer;
  double longitude = 0;
  std::string roads, roadsLayer, roadsWhere;
  std::string water, waterLayer, waterWhere;
};

std::string value(const std::map<std::string, std::string>& options, const char* name) {
  auto it = options.find(name);
  return it == options.end() ? std::string() : it->second;
}

//! One real district: buildings imported into a scratch database (households estimated as `gridctl import` does),
//! the residential ones planned with streets and water, and METIS alone on the same units for reference.
int benchDistrict(const District& district, const std::string& dir, std::uint64_t seed) {
  const std::string path = dir + "/" + district.name + ".sqlite";
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  setenv("GRIDSTATION_KEY_DIR", (dir + "/keys").c_str(), 1);
  auto srid = gaussKrugerEpsgForLongitude(district.longitude);
  if (!srid) return std::fprintf(stderr, "%s\n", srid.error().describe().c_str()), 2;
  auto db = createDatabaseWithKey(path, *srid);
  if (!db) return std::fprintf(stderr, "%s\n", db.error().describe().c_str()), 2;
  VectorImportOptions import;
  import.layer = district.buildingsLayer;
  SystemClock clock;
  auto start = Clock::now();
  auto report = importVector(**db, district.buildings, import, Actor::system("bench"), clock);
  if (!report) return std::fprintf(stderr, "%s\n", report.error().describe().c_str()), 2;
  const double importSeconds = since(start);
  districting::LayerPlanInput input;
  auto units = (*db)->prepare(
      "SELECT household_estimate, coalesce(floors_above, 0), coalesce(units_count, 0), AsBinary(geom) FROM building "
      "WHERE household_estimate > 0 AND geom IS NOT NULL ORDER BY id");
  if (!units) return std::fprintf(stderr, "%s\n", units.error().describe().c_str()), 2;
  (void)units->forEachRow([&](const Statement& row) {
    districting::LayerUnit unit;
    unit.households = row.int64(0);
    unit.floors = static_cast<int>(row.int64(1));
    unit.entrances = static_cast<int>(row.int64(2));
    unit.geometry = row.blob(3);
    input.units.push_back(std::move(unit));
  });
  const std::string crs = "EPSG:" + std::to_string((*db)->srid());
  for (auto [file, layer, where, kind, list] : {std::tuple{district.roads, district.roadsLayer, district.roadsWhere,
                                                           VectorImportKind::Roads, &input.softBarriers},
                                                std::tuple{district.water, district.waterLayer, district.waterWhere,
                                                           VectorImportKind::Water, &input.hardBarriers}}) {
    if (file.empty()) continue;
    auto read = readBaseMap(file, kind, layer, crs, where);
    if (!read) return std::fprintf(stderr, "%s\n", read.error().describe().c_str()), 2;
    *list = std::move(*read);
  }
  long long households = 0;
  for (const auto& u : input.units) households += u.households;
  std::printf(
      "  %s: %zu residential buildings of %lld imported (%.2f s), %lld households (estimated), %zu street "
      "lines, %zu water areas\n",
      district.name.c_str(), input.units.size(), report->imported, importSeconds, households, input.softBarriers.size(),
      input.hardBarriers.size());
  PlanOptions options;
  options.seed = seed;
  auto print = [&](const char* label, const districting::LayerPlan& lp, double seconds) {
    const auto q = districting::planQuality(lp, options);
    std::printf(
        "    %-30s %6.2f s  grids %4d  within ±10 %% of those that can be %5.1f %% (%d of %d)  cannot be: %d one "
        "oversized unit, %d cut-off part  contiguous %5.1f %%  Polsby-Popper median %.2f  boundary on streets %4.1f "
        "%%\n",
        label, seconds, q.grids, 100 * q.withinFeasible,
        static_cast<int>(std::lround(q.withinFeasible * q.feasibleGrids)), q.feasibleGrids, q.oversizedGrids,
        q.infeasiblePartGrids, 100 * q.contiguous, q.polsbyPopperMedian, 100 * q.boundaryOnRoads);
  };
  // Buildings kept whole, and the peer: METIS's contiguous k-way alone on the same units and graph (barriers
  // applied).
  {
    districting::LayerPlanInput whole = input;
    whole.splitOversized = false;
    start = Clock::now();
    auto unsplit = districting::planLayer(whole, options, false);
    const double unsplitSeconds = since(start);
    if (!unsplit) return std::fprintf(stderr, "%s\n", unsplit.error().describe().c_str()), 2;
    districting::LayerPlan peer = *unsplit;
    start = Clock::now();
    auto metis = districting::metisPlan(peer.graph, options);
    const double seconds = since(start);
    if (!metis) return std::fprintf(stderr, "%s\n", metis.error().describe().c_str()), 2;
    peer.plan = std::move(*metis);
    auto polygons = districting::dissolveCells(peer.tessellation.cells, peer.plan.assignment, peer.geometries);
    if (polygons) peer.polygons = std::move(*polygons);
    print("METIS contiguous k-way (peer)", peer, seconds);
    print("GridStation, buildings whole", *unsplit, unsplitSeconds);
  }
  start = Clock::now();
  auto ours = districting::planLayer(input, options, false);
  const double seconds = since(start);
  if (!ours) return std::fprintf(stderr, "%s\n", ours.error().describe().c_str()), 2;
  print("GridStation propose", *ours, seconds);
  std::printf("      %d oversized building(s) split into %d parts\n", ours->splitBuildings, ours->parts);

  // Repair after churn, as a user would run it on the plan's own units layer (one row per part): 10 % of the
  // buildings change households by ×0.3–2.0, their parts alike.
  districting::LayerPlanInput churned;
  churned.softBarriers = input.softBarriers;
  churned.hardBarriers = input.hardBarriers;
  std::mt19937_64 rng(seed * 13 + 5);
  std::uniform_real_distribution<double> factor(0.3, 2.0);
  std::vector<double> change(input.units.size(), 1.0);
  for (double& f : change)
    if (rng() % 10 == 0) f = factor(rng);
  for (std::size_t i = 0; i < ours->unitOf.size(); ++i) {
    const std::size_t building = static_cast<std::size_t>(ours->unitOf[i]);
    districting::LayerUnit unit;
    unit.geometry = ours->geometries[i];
    unit.households = std::llround(
        static_cast<double>(ours->splits[building].parts[static_cast<std::size_t>(ours->partOf[i])].households) *
        change[building]);
    unit.current = ours->plan.assignment[i];
    churned.units.push_back(std::move(unit));
  }
  start = Clock::now();
  auto repaired = districting::planLayer(churned, options, true);
  const double repairSeconds = since(start);
  if (!repaired) return std::fprintf(stderr, "%s\n", repaired.error().describe().c_str()), 2;
  print("repair after 10 % churn", *repaired, repairSeconds);
  int moved = 0;
  for (std::size_t i = 0; i < repaired->unitOf.size(); ++i)
    moved += repaired->plan.assignment[i] != churned.units[static_cast<std::size_t>(repaired->unitOf[i])].current;
  std::printf("      units moved: %d of %zu (%.1f %%)\n", moved, repaired->unitOf.size(),
              100.0 * moved / std::max<std::size_t>(1, repaired->unitOf.size()));
  return 0;
}

}  // namespace

int runRealRegridBenchmark(const std::map<std::string, std::string>& options) {
  const std::uint64_t seed = options.count("seed") ? std::stoull(options.at("seed")) : 1;
  std::vector<District> districts;
  if (options.count("buildings")) {
    if (!options.count("lon"))
      return std::fprintf(stderr, "gridctl bench regrid --buildings needs --lon (the district's longitude)\n"), 2;
    District d;
    d.name = std::filesystem::path(value(options, "buildings")).stem().string();
    d.buildings = value(options, "buildings");
    d.buildingsLayer = value(options, "layer");
    try {
      d.longitude = std::stod(value(options, "lon"));
    } catch (const std::exception&) {
      return std::fprintf(stderr,
                          "gridctl bench regrid: --lon takes the district's longitude in degrees, e.g. 116.4\n"),
             2;
    }
    d.roads = value(options, "roads"), d.roadsLayer = value(options, "roads-layer"),
    d.roadsWhere = value(options, "roads-where");
    d.water = value(options, "water"), d.waterLayer = value(options, "water-layer");
    districts.push_back(d);
  } else {
    const std::string data = options.count("data") ? value(options, "data") : std::string(GRIDSTATION_REAL_DATA_DIR);
    const std::string nanjing = data + "/nanjing-xinjiekou-osm/", shanghai = data + "/shanghai-bund-lujiazui-osm/";
    districts.push_back({"nanjing-xinjiekou", nanjing + "nanjing_xinjiekou_buildings.gpkg", "", 118.8,
                         nanjing + "nanjing_xinjiekou.osm", "", "", nanjing + "nanjing_xinjiekou.osm", "", ""});
    districts.push_back({"shanghai-bund-lujiazui", shanghai + "shanghai_bund_lujiazui.gpkg", "buildings", 121.5,
                         shanghai + "shanghai_bund_lujiazui.gpkg", "roads_line", "kind IN ('major_road','minor_road')",
                         shanghai + "shanghai_bund_lujiazui.gpkg", "water_poly", ""});
  }
  const std::string dir =
      options.count("keep")
          ? value(options, "keep")
          : (std::filesystem::temp_directory_path() / ("gridstation-bench-" + std::to_string(std::random_device()())))
                .string();
  std::filesystem::create_directories(dir);
  std::printf("bench regrid --real: target 300 ± 10 %%, buildings from OSM with households estimated (seed %llu)\n",
              static_cast<unsigned long long>(seed));
  int status = 0;
  for (const District& d : districts) status = std::max(status, benchDistrict(d, dir, seed));
  if (!options.count("keep")) std::filesystem::remove_all(dir);
  return status;
}

}  // namespace grid::bench
