// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "common/result.h"
#include "options.h"
#include "security/crypto.h"
#include "storage/database.h"

namespace grid::cli {

//! gridctl export DB OUT.xlsx --list L --ledger LEVEL:REF …: any ledger or list to .xlsx/.csv.
int runExport(const std::vector<std::string>& positional, const Options& options, bool help);

//! gridctl import DB SHEET --list L [--ledger LEVEL:REF]: key persons, places, matters or ledger entries.
int runListImport(const std::string& database, const std::string& sheet, const Options& options);

//! gridctl bench ledger DB: person lookup by ID number and by name (p50/p99), opening grid ledgers.
int runLedgerBenchmark(const std::vector<std::string>& positional, const Options& options);

extern const char* kExportUsage;

//! A database opened with its field key (the signed-in user's or the key store's), for ledger commands.
struct OpenedLedger {
  std::unique_ptr<Database> db;
  FieldCipher key;
};
Result<OpenedLedger> openLedgerDatabase(const std::string& path);

}  // namespace grid::cli
