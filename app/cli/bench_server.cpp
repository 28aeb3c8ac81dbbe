// SPDX-License-Identifier: GPL-2.0-or-later
// `gridctl bench server`: the same district on a file and on a PostgreSQL server, timed side by side.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <random>

#include "access/accounts.h"
#include "access/session.h"
#include "bench.h"
#include "common/clock.h"
#include "dashboard/dashboard.h"
#include "demo/district_generator.h"
#include "districting/community_plan.h"
#include "storage/database_copy.h"
#include "storage/record_writer.h"
#include "storage/search.h"
#include "storage/server_admin.h"

namespace grid::bench {

namespace {

using Steady = std::chrono::steady_clock;
double since(Steady::time_point start) {
  return std::chrono::duration<double>(Steady::now() - start).count();
}

struct Quantiles {
  double p50 = 0, p99 = 0;
};
Quantiles quantiles(std::vector<double> samples) {
  std::sort(samples.begin(), samples.end());
  if (samples.empty()) return {};
  return {samples[samples.size() / 2], samples[std::min(samples.size() - 1, samples.size() * 99 / 100)]};
}

}  // namespace

int runServerBenchmark(const std::map<std::string, std::string>& options) {
  std::string server = options.count("server") ? options.at("server") : "";
  if (server.empty())
    if (const char* fromEnvironment = std::getenv("GRIDSTATION_BENCH_SERVER")) server = fromEnvironment;
  if (server.empty() || !Database::isServerAddress(server))
    return std::fprintf(
               stderr,
               "bench server needs a PostgreSQL + PostGIS server: --server postgresql://USER@HOST:PORT/postgres "
               "(scripts/pg-test-cluster start DIR makes a throwaway one and writes its address to DIR/uri)\n"),
           2;
  long long households = 36000;
  if (options.count("households")) households = std::stoll(options.at("households"));
  const std::string dir = temporaryDirectory(options);
  auto bench = createBenchDatabase(dir, "district.sqlite");
  if (!bench) return std::fprintf(stderr, "%s\n", bench.error().describe().c_str()), 2;
  SystemClock systemClock;
  DistrictOptions district;
  district.households = households;
  auto start = Steady::now();
  auto summary = generateDistrict(*bench->db, bench->key, systemClock, Actor::system("bench"), district);
  if (!summary) return std::fprintf(stderr, "%s\n", summary.error().describe().c_str()), 2;
  (void)bench->db->checkpoint();
  std::printf("bench server: %lld households, %lld persons, %lld grids, %lld communities generated in %.1f s\n",
              summary->households, summary->persons, summary->grids, summary->communities, since(start));

  // push: the file onto a new server database
  const std::string name = "gs_bench_" + std::to_string(std::random_device{}() % 1000000);
  const std::string maintenance = serverAddressOf(server, "postgres");
  if (auto s = createServerDatabase(maintenance, name); !s)
    return std::fprintf(stderr, "%s\n", s.error().describe().c_str()), 2;
  const std::string address = serverAddressOf(server, name);
  double pushSeconds = 0, pullSeconds = 0;
  DatabaseCopyReport copied;
  {
    Database::Options create;
    create.create = true;
    create.srid = bench->db->srid();
    auto target = Database::open(address, create);
    if (!target) return std::fprintf(stderr, "%s\n", target.error().describe().c_str()), 2;
    start = Steady::now();
    auto pushed = copyDatabase(*bench->db, **target, systemClock, Actor::system("bench"), bench->path);
    pushSeconds = since(start);
    if (!pushed) return std::fprintf(stderr, "%s\n", pushed.error().describe().c_str()), 2;
    copied = *pushed;
    (void)(*target)->exec("ANALYZE");
  }
  FixedClock clock("2026-11-20T09:00:00Z");
  struct Row {
    std::string label;
    double file = 0, server = 0;
    std::string unit = "s";
  };
  std::vector<Row> rows;
  auto both = [&](const std::string& label, const std::function<double(Database&)>& measure) {
    Row row{label};
    for (int side = 0; side < 2; ++side) {
      auto db = Database::open(side == 0 ? bench->path : address);
      if (!db) {
        std::fprintf(stderr, "%s\n", db.error().describe().c_str());
        return;
      }
      (side == 0 ? row.file : row.server) = measure(**db);
    }
    rows.push_back(row);
  };
  for (int side = 0; side < 2; ++side) {  // open, then read what the map's grid layer reads
    const auto t = Steady::now();
    auto db = Database::open(side == 0 ? bench->path : address);
    if (!db) continue;
    auto layer = (*db)->prepare("SELECT id, AsBinary(geom), households FROM grid_map");
    long long features = 0;
    if (layer) (void)layer->forEachRow([&](const Statement&) { ++features; });
    const double s = since(t);
    if (side == 0)
      rows.push_back({"open and read the grid map layer (" + std::to_string(features) + " grids)", s, 0});
    else
      rows.back().server = s;
  }
  // The search box, as typed: each text searched on both sides, 20 hits each; p50 and p99 rows.
  auto lookups = [&](const std::string& label, const std::vector<std::string>& texts) {
    Row p50{label + " p50 (" + std::to_string(texts.size()) + " texts)", 0, 0, "ms"}, p99{label + " p99", 0, 0, "ms"};
    for (int side = 0; side < 2 && !texts.empty(); ++side) {
      auto db = Database::open(side == 0 ? bench->path : address);
      if (!db) continue;
      std::vector<double> samples;
      for (const std::string& text : texts) {
        const auto t = Steady::now();
        (void)search(**db, nullptr, text, 20);
        samples.push_back(since(t) * 1000);
      }
      const Quantiles q = quantiles(samples);
      (side == 0 ? p50.file : p50.server) = q.p50;
      (side == 0 ? p99.file : p99.server) = q.p99;
    }
    rows.push_back(p50);
    rows.push_back(p99);
  };
  {  // persons: a surname and a common given character
    static const char* kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"};
    std::vector<std::string> names;
    std::mt19937 random(7);
    for (int i = 0; i < 200; ++i) names.push_back(std::string(kSurnames[random() % 10]) + (random() % 2 ? "伟" : "丽"));
    lookups("person name lookup", names);
  }
  {  // buildings: two neighbouring characters of a building's name or address
    std::vector<std::string> pieces;
    auto names = bench->db->prepare(
        "SELECT name, coalesce(address, '') FROM building WHERE id % max(1, (SELECT count(*) FROM building) / 400) = 0 "
        "ORDER BY id LIMIT 400");
    std::mt19937 random(13);
    if (names)
      (void)names->forEachRow([&](const Statement& row) {
        const std::string text = row.text(random() % 2 ? 0 : 1);
        std::vector<std::size_t> starts;  // character boundaries of the UTF-8 text
        for (std::size_t at = 0; at < text.size(); ++at)
          if ((static_cast<unsigned char>(text[at]) & 0xC0) != 0x80) starts.push_back(at);
        starts.push_back(text.size());
        if (starts.size() < 3 || pieces.size() >= 200) return;
        const std::size_t from = random() % (starts.size() - 2);
        pieces.push_back(text.substr(starts[from], starts[from + 2] - starts[from]));
      });
    lookups("building lookup by 2 characters", pieces);
  }
  auto street = bench->db->queryInt("SELECT id FROM street ORDER BY admin_code LIMIT 1");
  const auto period = dashboard::monthPeriod("2026-10");
  if (street && period)
    both("dashboard of one street (October)", [&](Database& db) {
      const auto t = Steady::now();
      auto figures = dashboard::computeFigures(db, clock, {"street", *street}, *period);
      if (!figures) std::fprintf(stderr, "%s\n", figures.error().describe().c_str());
      return since(t);
    });
  auto community = bench->db->queryText("SELECT admin_code FROM community ORDER BY admin_code LIMIT 1");
  if (community)
    both("regrid of one community (read, tessellate, propose)", [&](Database& db) {
      districting::PlanOptions plan;
      const auto t = Steady::now();
      auto planned = districting::planCommunity(db, *community, plan, false);
      if (!planned) std::fprintf(stderr, "%s\n", planned.error().describe().c_str());
      return since(t);
    });
  if (community) {  // one community out to a new file and back, from the district file and from the server
    Row out{"pull one community into a new file", 0, 0}, back{"push it back (one record changed)", 0, 0};
    long long records = 0;
    for (int side = 0; side < 2; ++side) {
      auto db = Database::open(side == 0 ? bench->path : address);
      if (!db) continue;
      Database::Options create;
      create.create = true;
      create.srid = bench->db->srid();
      auto file = Database::open(dir + "/community" + std::to_string(side) + ".sqlite", create);
      if (!file) continue;
      auto t = Steady::now();
      auto pulled = pullCommunity(**db, **file, *community, systemClock, Actor::system("bench"), "bench");
      (side == 0 ? out.file : out.server) = since(t);
      if (!pulled) {
        std::fprintf(stderr, "%s\n", pulled.error().describe().c_str());
        continue;
      }
      records = pulled->rows;
      auto person = (*file)->queryInt("SELECT min(id) FROM person");
      RecordWriter writer(**file, systemClock);
      if (person) (void)writer.update(Actor::system("bench"), "person", *person, {{"career", "bench"}});
      t = Steady::now();
      auto pushed = pushCommunity(**file, **db, *community, systemClock, Actor::system("bench"), "bench");
      (side == 0 ? back.file : back.server) = since(t);
      if (!pushed) std::fprintf(stderr, "%s\n", pushed.error().describe().c_str());
    }
    out.label += " (" + std::to_string(records) + " records)";
    rows.push_back(out);
    rows.push_back(back);
  }
  {  // pull: the server database back into a new file
    auto source = Database::open(address);
    Database::Options create;
    create.create = true;
    create.srid = bench->db->srid();
    const std::string pulled = dir + "/pulled.sqlite";
    auto target = Database::open(pulled, create);
    if (source && target) {
      start = Steady::now();
      auto result = copyDatabase(**source, **target, systemClock, Actor::system("bench"), "bench server");
      pullSeconds = since(start);
      if (!result) std::fprintf(stderr, "%s\n", result.error().describe().c_str());
    }
  }
  {  // Last (a database with accounts needs a signed-in administrator for the copies above): every connection a
     // workstation opens binds its user's scope; a district administrator's covers every grid.
    Row row{"open a connection as the district administrator", 0, 0, "ms"};
    for (int side = 0; side < 2; ++side) {
      const std::string where = side == 0 ? bench->path : address;
      auto db = Database::open(where);
      if (!db) continue;
      // Each side wraps the same key for its administrator, and takes it out of the key store: it goes back first.
      if (auto id = (*db)->meta("database_id"); id && !KeyStore::load(*id))
        if (auto s = KeyStore::save(*id, bench->key); !s) std::fprintf(stderr, "%s\n", s.error().describe().c_str());
      auto code = (*db)->queryText("SELECT admin_code FROM district LIMIT 1");
      if (!code) continue;
      auto district = access::parseScope(**db, "district:" + *code);
      if (!district) {
        std::fprintf(stderr, "%s\n", district.error().describe().c_str());
        continue;
      }
      if (auto made = access::putUnderAccounts(
              **db, systemClock, {"benchadmin", "bench", "District-key-2026", "DISTRICT_ADMIN", *district, -1},
              access::PasswordCost::minimal());
          !made) {
        std::fprintf(stderr, "%s\n", made.error().describe().c_str());
        continue;
      }
      auto session = access::signIn(**db, systemClock, "benchadmin", "District-key-2026");
      if (!session) {
        std::fprintf(stderr, "%s\n", session.error().describe().c_str());
        continue;
      }
      std::vector<double> samples;
      for (int i = 0; i < 5; ++i) {
        const auto t = Steady::now();
        auto connection = Database::open(where);
        if (connection) (void)access::bindSession(**connection, *session);
        samples.push_back(since(t) * 1000);
      }
      (side == 0 ? row.file : row.server) = quantiles(samples).p50;
    }
    rows.push_back(row);
  }
  std::printf("  %-56s %12s %12s\n", "", "SpatiaLite", "PostGIS");
  for (const Row& row : rows)
    std::printf("  %-56s %10.3f %s %10.3f %s\n", row.label.c_str(), row.file, row.unit.c_str(), row.server,
                row.unit.c_str());
  std::printf("  push (file → server): %lld records of %lld tables in %.1f s; pull (server → file) in %.1f s\n",
              copied.rows, copied.tables, pushSeconds, pullSeconds);
  (void)dropServerDatabase(maintenance, name);
  if (!options.count("keep")) std::filesystem::remove_all(dir);
  return 0;
}

}  // namespace grid::bench
