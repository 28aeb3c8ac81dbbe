// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>
#include <vector>

#include "options.h"

namespace grid::cli {

//! gridctl export DB OUT.xlsx --list L --ledger LEVEL:REF …: any ledger or list to .xlsx/.csv.
int runExport(const std::vector<std::string>& positional, const Options& options, bool help);

//! gridctl import DB SHEET --list L [--ledger LEVEL:REF]: key persons, places, matters or ledger entries.
int runListImport(const std::string& database, const std::string& sheet, const Options& options);

//! gridctl bench ledger DB: person lookup by ID number and by name (p50/p99), opening grid ledgers.
int runLedgerBenchmark(const std::vector<std::string>& positional, const Options& options);

extern const char* kExportUsage;

}  // namespace grid::cli
