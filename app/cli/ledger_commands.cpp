// SPDX-License-Identifier: GPL-2.0-or-later
// gridctl export / import --list / bench ledger: the ledger editor's sheets and figures from the command line.
#include "ledger_commands.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <random>

#include "access/session.h"
#include "common/clock.h"
#include "interrupt.h"
#include "io/sheet_table.h"
#include "registry/ledger_profile.h"
#include "registry/list_sheet.h"
#include "registry/list_table.h"
#include "security/crypto.h"
#include "storage/database.h"
#include "storage/database_key.h"

namespace grid::cli {

using namespace grid::registry;

const char* kExportUsage =
    "usage: gridctl export DB OUT.xlsx|OUT.csv --list LIST --ledger LEVEL:REF [--reveal --reason TEXT]\n"
    "                      [--lang en] [--search TEXT] [--all]\n"
    "\n"
    "Writes a ledger's list to Excel or CSV with Chinese headers (English with --lang en).\n"
    "  --list      households, persons, key_persons, key_places, key_matters, entries, patrol_logs\n"
    "  --ledger    community:ADMIN_CODE, area:ID, grid:GRID_CODE, building:CODE|ID, property:ESTATE_ID\n"
    "  --reveal    full ID numbers and phones instead of masked ones; needs --reason, which is audited\n"
    "  --search    only rows matching the text (as the table's search box)\n"
    "  --all       include moved-out persons and households, cancelled places, closed matters\n"
    "Every export is written to the audit log (who, what, how many rows).\n";

namespace {

int fail(const Error& error) {
  std::cerr << "gridctl: " << error.describe() << "\n";
  return 2;
}

struct Opened {
  std::unique_ptr<Database> db;
  FieldCipher key;
};

Result<Opened> open(const std::string& path) {
  auto db = Database::open(path);
  if (!db) return db.error();
  auto key = access::fieldKey(**db);
  if (!key) return key.error();
  return Opened{std::move(*db), std::move(*key)};
}

double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  return values[std::min(values.size() - 1, static_cast<std::size_t>(p * static_cast<double>(values.size())))];
}

}  // namespace

int runExport(const std::vector<std::string>& positional, const Options& options, bool help) {
  if (help) return std::cout << kExportUsage, 0;
  if (positional.size() != 2) return std::cerr << "gridctl: export needs a database and an output file\n" << kExportUsage, 2;
  auto list = parseList(option(options, "list"));
  if (!list) return std::cerr << "gridctl: --list must name a list\n" << kExportUsage, 2;
  auto opened = open(positional[0]);
  if (!opened) return fail(opened.error());
  auto target = parseLedgerTarget(*opened->db, option(options, "ledger"));
  if (!target) return fail(target.error());
  ListExportOptions exportOptions;
  exportOptions.english = option(options, "lang") == "en";
  exportOptions.reveal = options.count("reveal") > 0;
  exportOptions.reason = option(options, "reason");
  exportOptions.search = option(options, "search");
  exportOptions.includeMovedOut = options.count("all") > 0;
  SystemClock clock;
  Progress progress([](double fraction, const std::string& stage) {
    std::fprintf(stderr, "\r%3.0f%% %-24s", fraction * 100, stage.c_str());
  });
  CancelOnInterrupt cancel(progress);
  auto rows = exportList(*opened->db, opened->key, clock, Actor::system("gridctl export"), *list, *target,
                         positional[1], exportOptions, &progress);
  std::fprintf(stderr, "\r%-40s\r", "");
  if (!rows) return fail(rows.error());
  std::cout << "Exported " << *rows << " rows to " << positional[1]
            << (exportOptions.reveal ? " (ID numbers and phones in full; recorded in the audit log)" : " (masked)")
            << "\n";
  return 0;
}

int runListImport(const std::string& database, const std::string& sheet, const Options& options) {
  auto list = parseList(option(options, "list"));
  if (!list) return std::cerr << "gridctl: --list must be key_persons, key_places, key_matters or entries\n", 2;
  auto opened = open(database);
  if (!opened) return fail(opened.error());
  LedgerTarget target{LedgerLevel::Grid, -1};
  if (options.count("ledger")) {
    auto parsed = parseLedgerTarget(*opened->db, option(options, "ledger"));
    if (!parsed) return fail(parsed.error());
    target = *parsed;
  } else if (*list == ListKind::Entries) {
    return std::cerr << "gridctl: ledger entries need --ledger LEVEL:REF (the ledger they belong to)\n", 2;
  }
  SheetImportOptions importOptions;
  importOptions.dryRun = options.count("dry-run") > 0;
  importOptions.skipInvalid = options.count("skip-invalid") > 0;
  for (const std::string& pair : [&] {
         std::vector<std::string> out;
         std::string map = option(options, "map");
         for (std::size_t start = 0; start < map.size();) {
           const std::size_t comma = map.find(',', start);
           out.push_back(map.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
           if (comma == std::string::npos) break;
           start = comma + 1;
         }
         return out;
       }()) {
    const std::size_t equals = pair.find('=');
    if (equals == std::string::npos) return std::cerr << "gridctl: --map takes key=HEADER pairs\n", 2;
    importOptions.columns[pair.substr(0, equals)] = pair.substr(equals + 1);
  }
  SystemClock clock;
  Progress progress([](double fraction, const std::string& stage) {
    std::fprintf(stderr, "\r%3.0f%% %-24s", fraction * 100, stage.c_str());
  });
  CancelOnInterrupt cancel(progress);
  auto report = importList(*opened->db, opened->key, clock, Actor::system("gridctl import"), *list, target, sheet,
                           importOptions, &progress);
  std::fprintf(stderr, "\r%-40s\r", "");
  if (!report) return fail(report.error());
  if (const std::string header = describeHeaderRow(report->headerRow); !header.empty())
    std::cout << sheet << ": " << header << "\n";
  for (const SheetIssue& issue : report->issues)
    std::cout << sheet << ":" << issue.row << " " << issue.column << ": " << issue.reason << "\n";
  if (report->written)
    std::cout << "Imported " << report->recordsWritten << " records from " << report->rows << " rows"
              << (report->invalidRows ? "; skipped " + std::to_string(report->invalidRows) + " bad rows" : "") << "\n";
  else if (importOptions.dryRun)
    std::cout << "Dry run, nothing written: " << report->rows << " rows, " << report->invalidRows << " with problems ("
              << report->issues.size() << " problems)\n";
  else
    std::cout << "Nothing written: " << report->invalidRows << " of " << report->rows << " rows have problems ("
              << report->issues.size() << "). Fix them, or pass --skip-invalid to import the good rows.\n";
  return report->issues.empty() ? 0 : 1;
}

int runLedgerBenchmark(const std::vector<std::string>& positional, const Options& options) {
  if (positional.size() != 2) return std::cerr << "usage: gridctl bench ledger DB [--samples 1000]\n", 2;
  auto opened = open(positional[1]);
  if (!opened) return fail(opened.error());
  Database& db = *opened->db;
  const int samples = std::stoi(option(options, "samples", "1000"));
  using Clock = std::chrono::steady_clock;
  auto ms = [](Clock::time_point since) {
    return std::chrono::duration<double, std::milli>(Clock::now() - since).count();
  };
  auto persons = db.queryInt("SELECT max(id) FROM person");
  auto households = db.queryInt("SELECT count(*) FROM household WHERE logout = 0");
  if (!persons || !households) return fail(persons ? households.error() : persons.error());
  std::printf("bench ledger: %s — %lld households, %lld persons\n", positional[1].c_str(), *households, *persons);
  // Random persons with an ID number: the ID (decrypted here, never printed) and the name are the queries.
  std::mt19937_64 rng(7);
  std::uniform_int_distribution<long long> pick(1, *persons);
  auto person = db.prepare("SELECT id_cipher, name FROM person WHERE id = ? AND id_cipher IS NOT NULL");
  if (!person) return fail(person.error());
  std::vector<std::pair<std::string, std::string>> queries;
  for (int tries = 0; static_cast<int>(queries.size()) < samples && tries < samples * 10; ++tries) {
    person->reset();
    person->bind(1, pick(rng));
    auto row = person->step();
    if (!row) return fail(row.error());
    if (!*row) continue;
    auto id = opened->key.decrypt(person->blob(0));
    if (id) queries.emplace_back(*id, person->text(1));
  }
  std::vector<double> byId, byName;
  long long found = 0, nameHits = 0;
  for (const auto& [id, name] : queries) {
    auto start = Clock::now();
    auto hits = findPersons(db, &opened->key, id, 20);
    byId.push_back(ms(start));
    if (hits && !hits->empty()) ++found;
    start = Clock::now();
    auto named = findPersons(db, &opened->key, name, 50);
    byName.push_back(ms(start));
    if (named) nameHits += static_cast<long long>(named->size());
  }
  std::printf("  person by ID number (keyed hash):  p50 %.3f ms  p99 %.3f ms  max %.3f ms  (%lld of %zu found; goal p99 <= 20 ms)\n",
              percentile(byId, 0.5), percentile(byId, 0.99), percentile(byId, 1.0), found, queries.size());
  std::printf("  person by name (first 50):         p50 %.3f ms  p99 %.3f ms  max %.3f ms  (%.1f hits per name)\n",
              percentile(byName, 0.5), percentile(byName, 0.99), percentile(byName, 1.0),
              queries.empty() ? 0.0 : static_cast<double>(nameHits) / static_cast<double>(queries.size()));
  // Opening a grid ledger: profile, household count and first page, person count and first page.
  auto grids = db.prepare(
      "SELECT grid_id FROM household WHERE logout = 0 AND grid_id IN (SELECT id FROM grid ORDER BY random() LIMIT 400) "
      "GROUP BY grid_id HAVING count(*) BETWEEN 270 AND 330 LIMIT 100");
  if (!grids) return fail(grids.error());
  std::vector<long long> gridIds;
  if (auto s = grids->forEachRow([&](const Statement& r) { gridIds.push_back(r.int64(0)); }); !s) return fail(s.error());
  std::vector<double> opening;
  for (long long grid : gridIds) {
    auto start = Clock::now();
    const LedgerTarget target{LedgerLevel::Grid, grid};
    auto profile = loadLedgerProfile(db, target);
    if (!profile) return fail(profile.error());
    for (ListKind kind : {ListKind::Households, ListKind::Persons}) {
      ListQuery query;
      query.kind = kind;
      query.target = target;
      ListTable table(db, &opened->key, query);
      auto count = table.count();
      auto page = table.rows(0, 100);
      if (!count || !page) return fail(count ? page.error() : count.error());
    }
    opening.push_back(ms(start));
  }
  std::printf("  open a grid ledger of ~300 households (profile + households + persons, first 100 rows each):\n"
              "                                     p50 %.1f ms  p99 %.1f ms  (%zu grids; goal < 100 ms)\n",
              percentile(opening, 0.5), percentile(opening, 0.99), opening.size());
  return 0;
}

}  // namespace grid::cli
