// SPDX-License-Identifier: GPL-2.0-or-later
// The household sheet importer on any bytes (as .csv): never crashes; a refusal or an issue names where; the write
// runs inside a transaction that is rolled back, so every input meets the same district.
#include <cstdlib>

#include "fuzz_support.h"
#include "io/sheet_import.h"
#include "storage/database.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  grid::fuzz::District& d = grid::fuzz::sampleDistrict();
  const std::string path = grid::fuzz::writeInput("sheet.csv", data, size);
  grid::Transaction keep(*d.db);  // never committed
  grid::SheetImportOptions options;
  options.skipInvalid = size % 2 == 0;
  auto report = grid::importPersonSheet(*d.db, *d.key, path, options, d.actor, d.clock);
  if (!report) {
    if (report.error().message.empty() || report.error().context.file != path) std::abort();
    return 0;
  }
  for (const grid::SheetIssue& issue : report->issues)
    if (issue.row < 2 || issue.reason.empty()) std::abort();
  return 0;
}
