// SPDX-License-Identifier: GPL-2.0-or-later
#include "bench.h"

#include <sys/resource.h>

#include <QApplication>
#include <QString>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <optional>
#include <random>

#include "common/clock.h"
#include "dashboard/dashboard.h"
#include "demo/district_generator.h"
#include "io/sheet_import.h"
#include "ledger/id_number.h"
#include "print/report_printer.h"
#include "storage/database.h"
#include "storage/database_key.h"
#include "workflow/event_flow.h"

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

long long option(const std::map<std::string, std::string>& options, const char* name, long long fallback) {
  auto it = options.find(name);
  return it == options.end() ? fallback : std::atoll(it->second.c_str());
}

//! A generated district of --households (default \a households) in a new bench database named \a name.
struct GeneratedBench {
  std::string dir;
  BenchDatabase bench;
  DistrictSummary summary;
  long long requested = 0;
  double seconds = 0;
};
Result<GeneratedBench> generateBench(const std::map<std::string, std::string>& options, const std::string& name,
                                     long long households) {
  GeneratedBench out;
  out.requested = option(options, "households", households);
  out.dir = temporaryDirectory(options);
  auto bench = createBenchDatabase(out.dir, name);
  if (!bench) return bench.error();
  out.bench = std::move(*bench);
  SystemClock clock;
  DistrictOptions district;
  district.households = out.requested;
  const auto start = Clock::now();
  auto summary = generateDistrict(*out.bench.db, out.bench.key, clock, Actor::system("bench"), district);
  if (!summary) return summary.error();
  out.summary = *summary;
  out.seconds = seconds(start);
  return out;
}

}  // namespace

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
    const std::string append =
        "ogr2ogr -update -gt 65536 '" + existing + "' '" + csv + "' -nln households > /dev/null 2>&1";
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
        {"house",
         "SELECT DISTINCT 户号 AS room_no, 9 AS unit_no, 1 AS floor, " + b + " AS building_id FROM \"" + layer + "\""},
        {"household", "SELECT DISTINCT 户号 AS account_number, " + g + " AS grid_id, " + b + " AS building_id FROM \"" +
                          layer + "\""},
        {"person",
         "SELECT 姓名 AS name, 身份证号 AS id_masked, 身份证号 AS id_hmac, CASE 性别 WHEN '男' THEN 'M' ELSE 'F' "
         "END AS gender, 联系电话 AS mobile_masked, " +
             g + " AS grid_id FROM \"" + layer + "\""}};
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
      std::printf(
          "  ogr2ogr -append into the same house/household/person tables (indexes, triggers): %.2f s, %lld "
          "persons in the copy; ratio %.2f\n",
          same, persons, ours / same);
    else
      std::printf("  ogr2ogr into the same tables failed; run with --keep DIR and try the command by hand\n");
  }
  if (!options.count("keep")) std::filesystem::remove_all(dir);
  return 0;
}

int runDemoBenchmark(const std::map<std::string, std::string>& options) {
  auto generated = generateBench(options, "demo.sqlite", 36000);
  if (!generated) return std::fprintf(stderr, "%s\n", generated.error().describe().c_str()), 2;
  const long long households = generated->requested;
  const double elapsed = generated->seconds;
  const DistrictSummary* summary = &generated->summary;
  const BenchDatabase* bench = &generated->bench;
  const std::string& dir = generated->dir;
  (void)bench->db->checkpoint();
  std::printf(
      "bench demo: %lld households requested → %lld households, %lld persons, %lld buildings, %lld grids: "
      "%.1f s wall, %.0f households/s, peak RSS %ld MB, file %.0f MB\n",
      households, summary->households, summary->persons, summary->buildings, summary->grids, elapsed,
      static_cast<double>(summary->households) / elapsed, peakRssMb(),
      static_cast<double>(std::filesystem::file_size(bench->path)) / 1e6);
  if (!options.count("keep")) std::filesystem::remove_all(dir);
  return 0;
}

namespace {

double percentileOf(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  return values[std::min(values.size() - 1, static_cast<std::size_t>(p * static_cast<double>(values.size())))];
}

}  // namespace

int runEventsBenchmark(const std::map<std::string, std::string>& options) {
  const long long wanted = option(options, "events", 10000);
  const std::string dir = temporaryDirectory(options);
  auto bench = createBenchDatabase(dir, "events.sqlite");
  if (!bench) return std::fprintf(stderr, "%s\n", bench.error().describe().c_str()), 2;
  SystemClock clock;
  DistrictOptions district;
  district.households = 3000;  // one community of 12 grids
  auto summary = generateDistrict(*bench->db, bench->key, clock, Actor::system("bench"), district);
  if (!summary) return std::fprintf(stderr, "%s\n", summary.error().describe().c_str()), 2;
  Database& db = *bench->db;
  std::vector<long long> grids, buildings;
  auto places = db.prepare("SELECT grid_id, id FROM building WHERE logout = 0");
  if (!places) return 2;
  (void)places->forEachRow([&](const Statement& r) {
    grids.push_back(r.int64(0));
    buildings.push_back(r.int64(1));
  });
  auto community = db.queryInt("SELECT id FROM community LIMIT 1");
  if (!community) return 2;
  // More events through the state machine, spread over the last year: reported, half escalated, a third resolved.
  std::mt19937 random(5);
  const auto writing = Clock::now();
  {
    Transaction transaction(db);
    FixedClock past("2026-01-05T09:00:00Z");
    const workflow::Org communityOrg{"community", *community};
    for (long long i = summary->events; i < wanted; ++i) {
      const std::size_t at = random() % buildings.size();
      char time[32];
      std::snprintf(time, sizeof time, "2026-%02d-%02dT09:%02d:00Z", 1 + static_cast<int>(i % 10),
                    1 + static_cast<int>(random() % 27), static_cast<int>(i % 60));
      past.set(time);
      workflow::ReportInput input;
      input.gridId = grids[at];
      input.buildingId = buildings[at];
      input.domainCode = "SAFETY";
      input.typeCode = "SAFETY_08";
      input.content = "消防通道堵塞 " + std::to_string(i);
      auto reported = workflow::reportEvent(db, nullptr, past, Actor::system("bench"), input);
      if (!reported) return std::fprintf(stderr, "%s\n", reported.error().describe().c_str()), 2;
      if (i % 2 == 0) {
        workflow::ActionInput up;
        up.action = workflow::Action::Escalate;
        (void)workflow::act(db, past, Actor::system("bench"), reported->serial, up);
        if (i % 6 == 0) {
          up.action = workflow::Action::Accept;
          up.actingAs = communityOrg;
          (void)workflow::act(db, past, Actor::system("bench"), reported->serial, up);
          up.action = workflow::Action::Resolve;
          (void)workflow::act(db, past, Actor::system("bench"), reported->serial, up);
        }
      }
    }
    if (auto s = transaction.commit(); !s) return std::fprintf(stderr, "%s\n", s.error().describe().c_str()), 2;
  }
  const double writeSeconds = seconds(writing);
  auto total = db.queryInt("SELECT count(*) FROM event");
  std::printf(
      "bench events: %lld events in one community (%lld by the demo), written by the state machine in %.1f s "
      "(%.0f events/s)\n",
      total ? *total : 0, summary->events, writeSeconds, static_cast<double>(wanted - summary->events) / writeSeconds);
  auto time = [&](const char* label, const std::function<bool()>& query, int samples) {
    std::vector<double> ms;
    for (int i = 0; i < samples; ++i) {
      const auto start = Clock::now();
      if (!query()) return;
      ms.push_back(seconds(start) * 1000);
    }
    std::printf("  %-44s p50 %7.2f ms  p99 %7.2f ms\n", label, percentileOf(ms, 0.5), percentileOf(ms, 0.99));
  };
  const workflow::Org communityOrg{"community", *community};
  for (const char* inbox : {"unaccepted", "handling", "overdue", "awaiting_feedback", "dealing"}) {
    workflow::EventFilter filter;
    filter.state = inbox;
    filter.limit = 200;  // one screen of the inbox
    size_t rows = 0;
    time((std::string("inbox ") + inbox + " (first 200)").c_str(),
         [&] {
           auto events = workflow::listEvents(db, clock, filter);
           rows = events ? events->size() : 0;
           return events.ok();
         },
         30);
  }
  {
    workflow::EventFilter mine;
    mine.holder = communityOrg;
    mine.limit = 200;
    time(
        "inbox held by the community (first 200)", [&] { return workflow::listEvents(db, clock, mine).ok(); }, 30);
  }
  long long features = 0;
  time(
      "map layer: every feature of event_map",
      [&] {
        auto statement = db.prepare("SELECT id, serial, light, geom FROM event_map");
        if (!statement) return false;
        features = 0;
        return statement->forEachRow([&](const Statement&) { ++features; }).ok();
      },
      20);
  time(
      "peer: the same rows read plainly from event",
      [&] {
        auto statement = db.prepare("SELECT id, serial_number, status, geom FROM event WHERE geom IS NOT NULL");
        if (!statement) return false;
        return statement->forEachRow([&](const Statement&) {}).ok();
      },
      20);
  time(
      "events list --overdue (all of them)",
      [&] {
        workflow::EventFilter overdue;
        overdue.overdue = true;
        overdue.limit = 1000000;
        return workflow::listEvents(db, clock, overdue).ok();
      },
      10);
  std::printf("  (%lld map features; goal: inbox and map layer < 100 ms for 10,000 events)\n", features);
  if (!options.count("keep")) std::filesystem::remove_all(dir);
  return 0;
}

int runDashboardBenchmark(const std::map<std::string, std::string>& options) {
  const std::string month = options.count("month") ? options.at("month") : "2026-10";
  const auto period = dashboard::monthPeriod(month);
  if (!period) return std::fprintf(stderr, "bench dashboard: --month takes YYYY-MM\n"), 2;
  std::unique_ptr<Database> opened;
  std::string path;
  std::optional<std::string> generatedDir;  // the generated city's folder, removed at the end unless --keep
  if (auto db = options.find("db"); db != options.end()) {
    path = db->second;
    auto existing = Database::open(path, Database::readOnlyOptions());
    if (!existing) return std::fprintf(stderr, "%s\n", existing.error().describe().c_str()), 2;
    opened = std::move(*existing);
  } else {
    auto generated = generateBench(options, "city.sqlite", 1000000);
    if (!generated) return std::fprintf(stderr, "%s\n", generated.error().describe().c_str()), 2;
    const DistrictSummary* summary = &generated->summary;
    std::printf(
        "bench dashboard: generated %lld households, %lld grids, %lld streets, %lld patrol logs, %lld events in "
        "%.0f s (%s)\n",
        summary->households, summary->grids, summary->streets, summary->patrolLogs, summary->events, generated->seconds,
        generated->bench.path.c_str());
    path = generated->bench.path;
    generatedDir = generated->dir;
    opened = std::move(generated->bench.db);
  }
  Database& db = *opened;
  FixedClock clock("2026-11-20T09:00:00Z");  // a day after the demo's: October is a whole past month
  auto street = db.queryInt("SELECT id FROM street ORDER BY admin_code LIMIT 1");
  auto grids = db.queryInt("SELECT count(*) FROM grid WHERE retired_at IS NULL");
  auto streetGrids = db.queryInt(
      "SELECT count(*) FROM grid g JOIN community c ON c.id = g.community_id WHERE "
      "g.retired_at IS NULL AND c.street_id = (SELECT id FROM street ORDER BY admin_code LIMIT 1)");
  if (!street || !grids || !streetGrids)
    return std::fprintf(stderr, "bench dashboard: the database has no street\n"), 2;
  auto timed = [&](const char* label, const std::function<bool()>& run, int repeats) {
    double best = 1e30, total = 0;
    for (int i = 0; i < repeats; ++i) {
      const auto start = Clock::now();
      if (!run()) return -1.0;
      const double s = seconds(start);
      best = std::min(best, s);
      total += s;
    }
    std::printf("  %-52s %8.3f s best, %8.3f s mean of %d\n", label, best, total / repeats, repeats);
    return best;
  };
  std::printf("bench dashboard: %lld grids in the city, %lld in the first street; month %s\n", *grids, *streetGrids,
              month.c_str());
  bool ok = true;
  auto figures = [&](workflow::Org place) {
    return [&, place] {
      auto f = dashboard::computeFigures(db, clock, place, *period);
      if (!f) std::fprintf(stderr, "%s\n", f.error().describe().c_str());
      return ok &= f.ok(), f.ok();
    };
  };
  const double streetSeconds = timed("dashboard, one street (goal < 1 s)", figures({"street", *street}), 3);
  const double citySeconds = timed("dashboard, whole city (goal < 5 s)", figures({}), 2);
  timed(
      "dashboard with its communities, one street",
      [&] {
        auto f = dashboard::childFigures(db, clock, {"street", *street}, *period);
        return ok &= f.ok(), f.ok();
      },
      1);
  dashboard::MonthlyReport report;
  timed(
      "monthly report figures, one street",
      [&] {
        auto r = dashboard::buildMonthlyReport(db, clock, {"street", *street}, month);
        if (r) report = std::move(*r);
        return ok &= r.ok(), r.ok();
      },
      1);
  // The report files go to a folder of the benchmark's own, never beside a database given with --db.
  const std::string dir = temporaryDirectory(options);
  const bool removeDir = !options.count("keep");
  timed(
      "monthly report .xlsx, one street",
      [&] { return dashboard::writeReportWorkbook(report, dir + "/report.xlsx", false).ok(); }, 1);
  {
    if (qEnvironmentVariableIsEmpty("DISPLAY")) qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "gridctl";
    static char* argv[] = {name, nullptr};
    QApplication app(argc, argv);
    timed(
        "monthly report .pdf (A4, charts), one street",
        [&] { return app::printMonthlyReport(report, QString::fromStdString(dir + "/report.pdf"), false); }, 1);
  }
  // The peer: plain counts of the same rows with no place, no dates and no rules — the floor any dashboard pays.
  const double floorSeconds = timed(
      "peer: plain count(*) of the city's rows (sqlite)",
      [&] {
        for (const char* sql :
             {"SELECT count(*) FROM household WHERE logout = 0", "SELECT count(*) FROM person WHERE logout = 0",
              "SELECT count(*) FROM party_link WHERE end_date IS NULL", "SELECT count(*) FROM key_person",
              "SELECT count(*) FROM key_place", "SELECT count(*) FROM event", "SELECT count(*) FROM patrol_log"})
          if (!db.queryInt(sql)) return false;
        return true;
      },
      2);
  std::printf(
      "bench dashboard: street %.2f s (goal < 1 s: %s), city %.2f s (goal < 5 s: %s); the city's dashboard takes "
      "%.1f× the plain counts\n",
      streetSeconds, streetSeconds < 1 ? "met" : "missed", citySeconds, citySeconds < 5 ? "met" : "missed",
      floorSeconds > 0 ? citySeconds / floorSeconds : 0);
  opened.reset();
  if (removeDir) std::filesystem::remove_all(dir);
  if (generatedDir && !options.count("keep")) std::filesystem::remove_all(*generatedDir);
  return ok ? 0 : 1;
}

}  // namespace grid::bench
