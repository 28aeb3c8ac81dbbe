// SPDX-License-Identifier: GPL-2.0-or-later
#include "bench.h"

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>

#include "common/clock.h"
#include "demo/district_generator.h"
#include "io/sheet_import.h"
#include "ledger/id_number.h"
#include "storage/database.h"
#include "storage/database_key.h"

namespace grid::bench {
namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

long peakRssMb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;
}

std::string temporaryDirectory(const std::map<std::string, std::string>& options) {
  if (auto keep = options.find("keep"); keep != options.end()) {
    std::filesystem::create_directories(keep->second);
    return keep->second;
  }
  const auto path =
      std::filesystem::temp_directory_path() / ("gridstation-bench-" + std::to_string(std::random_device()()));
  std::filesystem::create_directories(path);
  return path.string();
}

//! A new database with its key in a key store inside \a dir (so benchmarks never touch the user's key store).
struct BenchDatabase {
  std::string path;
  std::unique_ptr<Database> db;
  FieldCipher key;
};

Result<BenchDatabase> createBenchDatabase(const std::string& dir, const std::string& name) {
  setenv("GRIDSTATION_KEY_DIR", (dir + "/keys").c_str(), 1);
  BenchDatabase bench;
  bench.path = dir + "/" + name;
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(bench.path + suffix);
  Database::Options create;
  create.create = true;
  auto db = Database::open(bench.path, create);
  if (!db) return db.error();
  auto key = createDatabaseKey(**db);
  if (!key) return key.error();
  bench.db = std::move(*db);
  bench.key = std::move(*key);
  return bench;
}

long long option(const std::map<std::string, std::string>& options, const char* name, long long fallback) {
  auto it = options.find(name);
  return it == options.end() ? fallback : std::atoll(it->second.c_str());
}

}  // namespace

int runImportBenchmark(const std::map<std::string, std::string>& options) {
  const long long rows = option(options, "rows", 1000000);
  const std::string dir = temporaryDirectory(options);
  auto bench = createBenchDatabase(dir, "bench.sqlite");
  if (!bench) return std::fprintf(stderr, "%s\n", bench.error().describe().c_str()), 2;
  auto& db = bench->db;
  const FieldCipher& key = bench->key;
  SystemClock clock;
  DistrictOptions district;
  district.households = 3600;
  if (auto r = generateDistrict(*db, key, clock, Actor::system("bench"), district); !r)
    return std::fprintf(stderr, "%s\n", r.error().describe().c_str()), 2;
  std::vector<std::string> buildings;
  auto codes = db->prepare(
      "SELECT building_code FROM building WHERE type_code IN ('residential', 'high_rise') AND building_code IS NOT "
      "NULL");
  (void)codes->forEachRow([&](const Statement& row) { buildings.push_back(row.text(0)); });

  // The sheet: households of three (head, spouse, child) in new dwellings of the district's buildings.
  const std::string csv = dir + "/households.csv";
  {
    std::ofstream out(csv);
    out << "姓名,身份证号,性别,与户主关系,户号,楼栋编码,单元,房号,联系电话,民族,政治面貌,人口类型\n";
    static const char* kRelations[] = {"户主", "配偶", "子"};
    for (long long i = 0; i < rows; ++i) {
      const long long household = i / 3;
      const bool male = i % 3 != 1;
      const long long serial = i;
      char first17[18];
      // Unique by construction: day and sequence from the row number, across 20 address codes.
      const int day = static_cast<int>(serial / 500 % 10000);
      std::snprintf(first17, sizeof first17, "%06d%04d%02d%02d%03d",
                    110101 + static_cast<int>(serial / 5000000) % 20 * 100, 1940 + day / 336, day / 28 % 12 + 1,
                    day % 28 + 1,
                    static_cast<int>(serial % 500) * 2 + (male ? 1 : 2) - (serial % 500 == 499 && !male ? 2 : 0));
      out << "居民" << i << "," << first17 << idNumberCheckCharacter(first17) << "," << (male ? "男" : "女") << ","
          << kRelations[i % 3] << ",B" << household << ","
          << buildings[static_cast<std::size_t>(household) % buildings.size()] << ",9,"
          << (1000 + household / static_cast<long long>(buildings.size())) << ",1380013" << (1000 + i % 9000)
          << ",汉族,群众,户籍人口\n";
    }
  }
  const auto csvSize = std::filesystem::file_size(csv);
  std::printf("bench import: %lld rows (%.0f MB UTF-8 CSV) into a district of %zu residential buildings\n", rows,
              static_cast<double>(csvSize) / 1e6, buildings.size());

  // The same-schema peer starts from the same district: a copy taken before our import.
  const std::string sameSchema = dir + "/ogr2ogr-same-schema.sqlite";
  long long firstBuilding = 0, firstGrid = 0;
  {
    (void)db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    std::filesystem::remove(sameSchema);
    std::filesystem::copy_file(bench->path, sameSchema);
    auto building = db->queryInt("SELECT min(id) FROM building");
    auto grid = db->queryInt("SELECT min(id) FROM grid");
    firstBuilding = building ? *building : 1;
    firstGrid = grid ? *grid : 1;
  }

  const long rssBefore = peakRssMb();
  auto start = Clock::now();
  SheetImportOptions sheet;
  auto report = importPersonSheet(*db, key, csv, sheet, Actor::system("bench"), clock);
  const double ours = seconds(start);
  if (!report) return std::fprintf(stderr, "%s\n", report.error().describe().c_str()), 2;
  std::printf(
      "  gridctl import (validate, encrypt, households, audit): %.2f s, %.0f rows/s, %lld persons, %lld households, "
      "%zu problems, peak RSS %ld MB (before: %ld MB)\n",
      ours, static_cast<double>(rows) / ours, report->personsWritten, report->householdsWritten, report->issues.size(),
      peakRssMb(), rssBefore);
  for (const auto& [phase, time] : report->phaseSeconds) std::printf("    %-36s %6.2f s\n", phase.c_str(), time);
  if (!report->issues.empty())
    std::printf("  first problem: row %lld %s: %s\n", report->issues[0].row, report->issues[0].column.c_str(),
                report->issues[0].reason.c_str());

  const std::string peer = dir + "/ogr2ogr.sqlite";
  std::filesystem::remove(peer);
  start = Clock::now();
  const std::string command =
      "ogr2ogr -f SQLite -dsco SPATIALITE=YES -gt 65536 '" + peer + "' '" + csv + "' > /dev/null 2>&1";
  const int status = std::system(command.c_str());
  const double theirs = seconds(start);
  if (status != 0) {
    std::printf("  ogr2ogr failed (exit %d); is gdal-bin installed?\n", status);
    return 1;
  }
  std::printf("  ogr2ogr -f SQLite (no validation, no encryption): %.2f s, %.0f rows/s\n", theirs,
              static_cast<double>(rows) / theirs);
  std::printf("  ratio gridctl/ogr2ogr: %.2f (goal <= 1.0)\n", ours / theirs);
  // The stricter peer: ogr2ogr's run above also creates the database and SpatiaLite's metadata tables, which an
  // import into an existing district does not do; this one appends to an existing database.
  const std::string existing = dir + "/ogr2ogr-existing.sqlite";
  std::filesystem::remove(existing);
  const std::string create = "ogr2ogr -f SQLite -dsco SPATIALITE=YES '" + existing + "' '" + csv +
                             "' -where '1=0' -nln empty > /dev/null 2>&1";
  if (std::system(create.c_str()) == 0) {
    start = Clock::now();
    const std::string append = "ogr2ogr -update -gt 65536 '" + existing + "' '" + csv + "' -nln households > /dev/null 2>&1";
    const int appended = std::system(append.c_str());
    const double intoExisting = seconds(start);
    if (appended == 0)
      std::printf("  ogr2ogr -update into an existing SpatiaLite database: %.2f s; ratio %.2f\n", intoExisting,
                  ours / intoExisting);
  }
  // The fair peer: ogr2ogr appending the same rows into the same three tables (house, household, person) of a copy
  // of the same district, with their indexes, constraints and triggers (grid counts) in place. It checks nothing,
  // encrypts nothing and links no person to a household; ID numbers go in as they are.
  {
    const std::string layer = std::filesystem::path(csv).stem().string();
    const std::string b = std::to_string(firstBuilding), g = std::to_string(firstGrid);
    const std::vector<std::pair<std::string, std::string>> loads = {
        {"house", "SELECT DISTINCT 户号 AS room_no, 9 AS unit_no, 1 AS floor, " + b + " AS building_id FROM \"" +
                      layer + "\""},
        {"household", "SELECT DISTINCT 户号 AS account_number, " + g + " AS grid_id, " + b + " AS building_id FROM \"" +
                          layer + "\""},
        {"person", "SELECT 姓名 AS name, 身份证号 AS id_masked, 身份证号 AS id_hmac, CASE 性别 WHEN '男' THEN 'M' ELSE 'F' "
                   "END AS gender, 联系电话 AS mobile_masked, " + g + " AS grid_id FROM \"" + layer + "\""}};
    start = Clock::now();
    bool ok = true;
    for (const auto& [table, sql] : loads) {
      const std::string command = "ogr2ogr -update -append -doo LIST_ALL_TABLES=YES -gt 65536 -nln " + table + " '" +
                                  sameSchema + "' '" + csv + "' -dialect SQLite -sql \"" + sql + "\" > /dev/null 2>&1";
      ok = ok && std::system(command.c_str()) == 0;
    }
    const double same = seconds(start);
    auto loaded = Database::open(sameSchema, Database::readOnlyOptions());
    auto counted = loaded ? (*loaded)->queryInt("SELECT count(*) FROM person") : Result<long long>(loaded.error());
    const long long persons = counted ? *counted : -1;
    if (ok)
      std::printf("  ogr2ogr -append into the same house/household/person tables (indexes, triggers): %.2f s, %lld "
                  "persons in the copy; ratio %.2f\n",
                  same, persons, ours / same);
    else
      std::printf("  ogr2ogr into the same tables failed; run with --keep DIR and try the command by hand\n");
  }
  if (!options.count("keep")) std::filesystem::remove_all(dir);
  return 0;
}

int runDemoBenchmark(const std::map<std::string, std::string>& options) {
  const long long households = option(options, "households", 36000);
  const std::string dir = temporaryDirectory(options);
  auto bench = createBenchDatabase(dir, "demo.sqlite");
  if (!bench) return std::fprintf(stderr, "%s\n", bench.error().describe().c_str()), 2;
  SystemClock clock;
  DistrictOptions district;
  district.households = households;
  const auto start = Clock::now();
  auto summary = generateDistrict(*bench->db, bench->key, clock, Actor::system("bench"), district);
  const double elapsed = seconds(start);
  if (!summary) return std::fprintf(stderr, "%s\n", summary.error().describe().c_str()), 2;
  (void)bench->db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
  std::printf(
      "bench demo: %lld households requested → %lld households, %lld persons, %lld buildings, %lld grids: "
      "%.1f s wall, %.0f households/s, peak RSS %ld MB, file %.0f MB\n",
      households, summary->households, summary->persons, summary->buildings, summary->grids, elapsed,
      static_cast<double>(summary->households) / elapsed, peakRssMb(),
      static_cast<double>(std::filesystem::file_size(bench->path)) / 1e6);
  if (!options.count("keep")) std::filesystem::remove_all(dir);
  return 0;
}

}  // namespace grid::bench
