// SPDX-License-Identifier: GPL-2.0-or-later
// gridctl export / import --list: the ledger editor's sheets and figures from the command line.
#include "ledger_commands.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>

#include "access/session.h"
#include "arguments.h"
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

Result<OpenedLedger> openLedgerDatabase(const std::string& path) {
  auto db = Database::open(path);
  if (!db) return db.error();
  auto key = access::fieldKey(**db);
  if (!key) return key.error();
  return OpenedLedger{std::move(*db), std::move(*key)};
}

int runExport(const std::vector<std::string>& positional, const Options& options, bool help) {
  if (help) return std::cout << kExportUsage, 0;
  if (positional.size() != 2)
    return std::cerr << "gridctl: export needs a database and an output file\n" << kExportUsage, 2;
  auto list = parseList(option(options, "list"));
  if (!list) return std::cerr << "gridctl: --list must name a list\n" << kExportUsage, 2;
  auto opened = openLedgerDatabase(positional[0]);
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
  auto opened = openLedgerDatabase(database);
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

}  // namespace grid::cli
