// SPDX-License-Identifier: GPL-2.0-or-later
// gridctl bench package: a work package made for one ~300-household grid, and a merge of 10,000 field changes,
// beside the floors of the same work (ogr2ogr copying the grid's rows; the same values as plain UPDATEs).
#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <random>

#include "arguments.h"
#include "bench.h"
#include "common/clock.h"
#include "demo/sample_district.h"
#include "packages/work_package.h"
#include "storage/database.h"
#include "storage/database_key.h"

namespace grid::bench {

namespace {

using Steady = std::chrono::steady_clock;
double seconds(Steady::time_point since) {
  return std::chrono::duration<double>(Steady::now() - since).count();
}

//! Runs SQL on a file with plain SQLite (the package as QField edits it; the peer's UPDATEs); false on error.
bool execFile(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  bool ok = sqlite3_open(path.c_str(), &db) == SQLITE_OK;
  char* error = nullptr;
  if (ok && sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
    std::fprintf(stderr, "bench package: %s\n", error ? error : "SQL failed");
    ok = false;
  }
  sqlite3_free(error);
  sqlite3_close(db);
  return ok;
}

}  // namespace

int runPackageBenchmark(const std::map<std::string, std::string>& options) {
  const int changes = std::stoi(cli::option(options, "changes", "10000"));
  std::filesystem::path dir = cli::option(options, "keep");
  const bool keep = !dir.empty();
  if (!keep)
    dir = std::filesystem::temp_directory_path() / ("gridstation-bench-" + std::to_string(std::random_device()()));
  std::filesystem::create_directories(dir);
  setenv("GRIDSTATION_KEY_DIR", (dir / "keys").c_str(), 1);
  const std::string path = (dir / "community.sqlite").string();
  std::filesystem::remove(path);
  Database::Options newDatabase;
  newDatabase.create = true;
  auto opened = Database::open(path, newDatabase);
  if (!opened) return cli::fail(opened.error());
  Database& db = **opened;
  auto key = createDatabaseKey(db);
  if (!key) return cli::fail(key.error());
  SystemClock clock;
  const Actor actor = Actor::system("bench");
  auto sample = writeSampleDistrict(db, *key, clock, actor, 1);
  if (!sample) return cli::fail(sample.error());
  auto grids = db.queryText("SELECT group_concat(grid_code) FROM (SELECT grid_code FROM grid ORDER BY grid_code)");
  auto first = db.queryText("SELECT grid_code FROM grid ORDER BY grid_code LIMIT 1");
  auto households = db.queryInt(
      "SELECT count(*) FROM household h JOIN grid g ON g.id = h.grid_id WHERE h.logout = 0 AND g.grid_code = (SELECT "
      "min(grid_code) FROM grid)");
  auto persons = db.queryInt("SELECT count(*) FROM person WHERE logout = 0");
  if (!grids || !first || !households || !persons) return cli::fail("cannot read the sample community");
  const packages::PackageContext context{db, *key, clock, actor};

  std::printf("bench package: sample community, %lld persons; package of grid %s (%lld households)\n", *persons,
              first->c_str(), *households);
  std::vector<double> create;
  for (int run = 0; run < 3; ++run) {
    const std::string out = (dir / ("grid" + std::to_string(run) + ".gpkg")).string();
    std::filesystem::remove(out);
    const auto start = Steady::now();
    auto made = packages::createPackage(context, {{*first}, "wang", out, 90});
    if (!made) return cli::fail(made.error());
    create.push_back(seconds(start));
  }
  std::sort(create.begin(), create.end());
  // The floor: the same grid's households and persons copied to a GeoPackage by ogr2ogr (no masking, no base copy).
  const std::string peerOut = (dir / "peer.gpkg").string();
  std::filesystem::remove(peerOut);
  auto gridId = db.queryInt("SELECT id FROM grid ORDER BY grid_code LIMIT 1");
  const std::string where = "grid_id = " + std::to_string(gridId ? *gridId : 0);
  const auto peerStart = Steady::now();
  const std::string command = "ogr2ogr -q -f GPKG '" + peerOut + "' '" + path +
                              "' -sql \"SELECT * FROM household WHERE " + where +
                              "\" -nln household && ogr2ogr -q -update '" + peerOut + "' '" + path +
                              "' -sql \"SELECT * FROM person WHERE " + where + "\" -nln person";
  const int peerStatus = std::system(command.c_str());
  const double peer = seconds(peerStart);
  std::printf("  create (median of 3): %.3f s  [ogr2ogr copying the grid's households and persons: %.3f s%s]\n",
              create[1], peer, peerStatus == 0 ? "" : ", failed");

  // A package of the whole community, with `changes` field edits as QField would make them.
  const std::string big = (dir / "community.gpkg").string();
  std::filesystem::remove(big);
  std::vector<std::string> codes;
  for (std::size_t at = 0; at <= grids->size();) {
    std::size_t comma = grids->find(',', at);
    if (comma == std::string::npos) comma = grids->size();
    codes.push_back(grids->substr(at, comma - at));
    at = comma + 1;
  }
  auto made = packages::createPackage(context, {codes, "wang", big, 90});
  if (!made) return cli::fail(made.error());
  const long long personRows = made->rows["persons"], householdRows = made->rows["households"];
  int left = changes;
  std::string edits = "BEGIN;";
  std::string peerSql = "BEGIN;";
  // Codes the persons do not hold yet, from the code tables (the merge validates them as the forms do).
  auto education = db.queryText(
      "SELECT code FROM code_value WHERE domain = 'education' AND active = 1 AND code NOT IN (SELECT DISTINCT "
      "coalesce(education_code, '') FROM person) ORDER BY sort_order LIMIT 1");
  auto political = db.queryText(
      "SELECT code FROM code_value WHERE domain = 'political' AND active = 1 AND code NOT IN (SELECT DISTINCT "
      "coalesce(political_code, '') FROM person) ORDER BY sort_order LIMIT 1");
  if (!education || !political) return cli::fail("the code tables have no unused education or political code");
  for (const char* column : {"work_unit", "education", "political"}) {
    if (left <= 0) break;
    const long long n = std::min<long long>(left, personRows);
    const std::string name = column;
    const std::string value =
        name == "work_unit" ? "'新单位'" : "'" + (name == "education" ? *education : *political) + "'";
    const std::string stored = std::string(column) == "work_unit" ? "work_unit" : std::string(column) + "_code";
    edits += "UPDATE persons SET " + std::string(column) + " = " + value +
             " WHERE fid IN (SELECT fid FROM persons ORDER BY fid LIMIT " + std::to_string(n) + ");";
    peerSql += "UPDATE person SET " + stored + " = " + value +
               " WHERE id IN (SELECT id FROM person WHERE logout = 0 ORDER BY id LIMIT " + std::to_string(n) + ");";
    left -= static_cast<int>(n);
  }
  if (left > 0) {
    const long long n = std::min<long long>(left, householdRows);
    edits += "UPDATE households SET tags = '关爱' WHERE fid IN (SELECT fid FROM households ORDER BY fid LIMIT " +
             std::to_string(n) + ");";
    peerSql +=
        "UPDATE household SET tags = '关爱' WHERE id IN (SELECT id FROM household WHERE logout = 0 ORDER BY id LIMIT " +
        std::to_string(n) + ");";
    left -= static_cast<int>(n);
  }
  if (!execFile(big, edits + "COMMIT;")) return 1;
  // The peer's copy of the database, before the merge writes into ours.
  const std::string peerDb = (dir / "peer.sqlite").string();
  if (auto s = db.exec("PRAGMA wal_checkpoint(TRUNCATE)"); !s) return cli::fail(s.error());
  std::filesystem::copy_file(path, peerDb, std::filesystem::copy_options::overwrite_existing);

  const auto mergeStart = Steady::now();
  auto report = packages::mergePackage(context, big);
  const double merge = seconds(mergeStart);
  if (!report) return cli::fail(report.error());
  const auto plainStart = Steady::now();
  const bool plainOk = execFile(peerDb, peerSql + "COMMIT;");
  const double plain = seconds(plainStart);
  std::printf(
      "  merge of %d field changes: %.3f s (%d rows, %d fields applied, %d identical, %zu kept as conflicts or "
      "refusals; goal < 2 s)\n",
      changes - left, merge, report->rowsUpdated, report->fieldsApplied, report->fieldsIdentical,
      report->issues.size());
  std::printf("  [the same values as plain UPDATEs in one transaction: %.3f s%s; ratio %.1f]\n", plain,
              plainOk ? "" : ", failed", plain > 0 ? merge / plain : 0.0);
  const auto againStart = Steady::now();
  auto again = packages::mergePackage(context, big);
  if (!again) return cli::fail(again.error());
  std::printf("  the same package merged again: %.3f s, %s\n", seconds(againStart),
              again->changed() ? "CHANGED SOMETHING" : "nothing changed");
  if (!keep) std::filesystem::remove_all(dir);
  return 0;
}

}  // namespace grid::bench
