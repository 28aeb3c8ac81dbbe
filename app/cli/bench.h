// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "common/result.h"
#include "security/crypto.h"
#include "storage/database.h"

namespace grid::bench {

//! The folder a benchmark works in: --keep DIR (kept), else a new folder under the system's temporary folder.
std::string temporaryDirectory(const std::map<std::string, std::string>& options);

//! A new database with its key in a key store inside \a dir (so benchmarks never touch the user's key store).
struct BenchDatabase {
  std::string path;
  std::unique_ptr<Database> db;
  FieldCipher key;
};
Result<BenchDatabase> createBenchDatabase(const std::string& dir, const std::string& name);

//! `gridctl bench import [--rows N] [--keep DIR]`: a synthetic household sheet of N rows imported with full
//! validation, against ogr2ogr loading the same file into SpatiaLite, in the same run. Prints figures; asserts nothing.
int runImportBenchmark(const std::map<std::string, std::string>& options);

//! `gridctl bench demo [--households N]`: wall time and peak RSS of the demo generator.
int runDemoBenchmark(const std::map<std::string, std::string>& options);

//! `gridctl bench render DB`: open-and-paint time, and paint times at full extent and at a community view, of
//! GridStation's styled layers vs a plain QGIS render (default symbols, no scale rules) of the same tables.
int runRenderBenchmark(const std::string& path);

//! `gridctl bench regrid [--seed N]`: rook lattices (20×20, 30×30, 50×50) proposed and repaired at 300 ± 10 %,
//! METIS's contiguous partition alone in the same run for reference.
int runRegridBenchmark(const std::map<std::string, std::string>& options);

//! `gridctl bench regrid --real [--data DIR]` (or --buildings FILE --lon X …): real OSM districts imported and
//! planned with streets and water; grids within tolerance of those that can be, oversized and cut-off grids,
//! contiguity, Polsby-Popper median, boundary on streets, seconds; METIS alone on the same units for reference.
int runRealRegridBenchmark(const std::map<std::string, std::string>& options);

//! `gridctl bench events [--events 10000]`: a community with N events made by the state machine; the inbox queries
//! and the map layer's query (p50/p99) against a plain read of the same event rows in the same run.
int runEventsBenchmark(const std::map<std::string, std::string>& options);

//! `gridctl bench dashboard [--households 1000000 | --db CITY] [--month YYYY-MM]`: the dashboard of one street and of
//! the whole city (goals < 1 s and < 5 s), a street with its communities, and the monthly report (figures, .xlsx,
//! .pdf), beside plain count(*) of the same tables in the same run.
int runDashboardBenchmark(const std::map<std::string, std::string>& options);

//! `gridctl bench package [--changes 10000]`: package create for a ~300-household grid (ogr2ogr copying the same rows
//! beside it) and a merge of N field changes (goal < 2 s; the same values as plain UPDATEs beside it).
int runPackageBenchmark(const std::map<std::string, std::string>& options);
//! `gridctl bench service-circle [--households 36000]`: the 15-minute service circle of one community and of a demo
//! district, beside QGIS's network analysis for the community.
int runServiceCircleBenchmark(const std::map<std::string, std::string>& options);

//! `gridctl bench server --server ADDRESS [--households 36000]`: a demo district on a file and pushed to a server,
//! timed side by side (open and read the grid layer, person lookup p50/p99, a street's dashboard, a community's
//! regrid), with the push and the pull. Prints figures; asserts nothing.
int runServerBenchmark(const std::map<std::string, std::string>& options);

}  // namespace grid::bench
