// SPDX-License-Identifier: GPL-2.0-or-later
#include "import_command.h"

#include <cmath>
#include <filesystem>
#include <iostream>
#include <map>
#include <string>

#include "access/session.h"
#include "common/clock.h"
#include "core/process_setup.h"
#include "geo/crs.h"
#include "interrupt.h"
#include "io/sheet_import.h"
#include "io/sheet_table.h"
#include "io/vector_import.h"
#include "ledger/text_util.h"
#include "ledger_commands.h"
#include "sign_in.h"
#include "storage/database.h"
#include "storage/database_key.h"

namespace grid::cli {
namespace {

const char* kImportUsage =
    "usage: gridctl import DB SOURCE [--kind KIND] [--layer NAME]\n"
    "                      [--map target=field,...] [--where OGR_SQL] [--source-srs EPSG:N] [--dry-run]\n"
    "                      [--dwelling-area 90] [--usable-share 0.8] [--default-floors 3] [--floor-height 3]\n"
    "\n"
    "Imports buildings or boundaries from any GDAL vector source (GeoPackage, Shapefile, GeoJSON, OSM .osm/.pbf,\n"
    "KML …) in one transaction: geometries are transformed to the database CRS, invalid ones repaired (MakeValid)\n"
    "and listed, buildings assigned to the grid they stand in. Nothing is written if anything fails.\n"
    "  --kind K          buildings (default), streets (9- or 12-digit codes), communities (12), grids (15),\n"
    "                    roads (the base map's streets: grid plans like to end at them), water (no grid crosses it),\n"
    "                    walkways (footways, paths, steps, service roads: walked by the service circle, ignored by\n"
    "                    grid plans), facilities (service-circle points: OSM features matching a facility type's\n"
    "                    tags, or any point/polygon layer with a type field holding a type code or name)\n"
    "  --layer NAME      layer to read (default: the first polygon layer, for roads the first line layer; OSM:\n"
    "                    multipolygons, for roads lines, for facilities points then multipolygons; OSM water reads "
    "areas, then rivers and canals drawn as\n"
    "                    lines, widened 5 m either side)\n"
    "  --map t=f,...     source field for each target: name, floors, height, households, type, address, code,\n"
    "                    district_name. Common OSM/Chinese field names are found without --map.\n"
    "  --where SQL       attribute filter (OSM buildings default to \"building IS NOT NULL\", roads to the highway\n"
    "                    classes that bound blocks: motorway … residential, living_street, pedestrian)\n"
    "  --source-srs CRS  CRS to assume when the file declares none, e.g. EPSG:4326\n"
    "  --dry-run         check and report everything, write nothing\n"
    "Exit status 1 when no feature could be imported, 2 when the file or an option is refused (nothing written).\n"
    "Household estimate for residential buildings without a count:\n"
    "  households = footprint area (m²) × floors × usable share ÷ dwelling area, 0 below 30 m²;\n"
    "  floors from the floors field, else height ÷ floor height, else --default-floors.\n"
    "\n"
    "Household register sheets (.xlsx, .csv in UTF-8), one row per person, headers in row 1:\n"
    "  姓名 身份证号 与户主关系 楼栋编码|楼栋 房号 (required) 性别 出生日期 户号 单元 联系电话 民族 政治面貌 文化程度\n"
    "  人口类型 户类型 (optional). --map id_number=证件号 etc. for other headers.\n"
    "  --dry-run         list every bad cell (row, column, reason) and write nothing\n"
    "  --skip-invalid    import the good rows and list the skipped ones (default: all or nothing)\n"
    "  Exit status 1 when any row is bad.\n"
    "\n"
    "The three lists and ledger entries (.xlsx/.csv with the headers of gridctl export):\n"
    "  --list key_persons|key_places|key_matters|entries [--ledger LEVEL:REF] [--dry-run] [--skip-invalid]\n"
    "  A row whose 编号 names an existing record updates it; other rows are added.\n";

Result<std::map<std::string, std::string>> parseFieldMap(const std::string& text) {
  std::map<std::string, std::string> map;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = std::min(text.find(',', start), text.size());
    const std::string pair = text.substr(start, end - start);
    const std::size_t eq = pair.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == pair.size())
      return makeError(ErrorCode::InvalidInput,
                       "--map takes target=field pairs separated by commas, e.g. households=hh,floors=levels");
    map[pair.substr(0, eq)] = pair.substr(eq + 1);
    start = end + 1;
  }
  return map;
}

}  // namespace

int runImport(const Arguments& args) {
  if (args.help) return std::cout << kImportUsage, 0;
  if (args.positional.size() != 2) return usageError("import needs a database and a source file", kImportUsage);
  if (args.options.count("list")) return grid::cli::runListImport(args.positional[0], args.positional[1], args.options);
  VectorImportOptions options;
  const std::string kind = args.options.count("kind") ? args.options.at("kind") : "buildings";
  if (kind == "buildings")
    options.kind = VectorImportKind::Buildings;
  else if (kind == "streets")
    options.kind = VectorImportKind::Streets;
  else if (kind == "communities")
    options.kind = VectorImportKind::Communities;
  else if (kind == "grids")
    options.kind = VectorImportKind::Grids;
  else if (kind == "roads")
    options.kind = VectorImportKind::Roads;
  else if (kind == "water")
    options.kind = VectorImportKind::Water;
  else if (kind == "walkways")
    options.kind = VectorImportKind::Walkways;
  else if (kind == "facilities")
    options.kind = VectorImportKind::Facilities;
  else
    return usageError("--kind must be buildings, streets, communities, grids, roads, walkways, water or facilities",
                      kImportUsage);
  if (args.options.count("layer")) options.layer = args.options.at("layer");
  if (args.options.count("where")) options.where = args.options.at("where");
  if (args.options.count("source-srs")) options.sourceSrs = args.options.at("source-srs");
  if (args.options.count("map")) {
    auto map = parseFieldMap(args.options.at("map"));
    if (!map) return fail(map.error());
    options.fields = *map;
  }
  try {
    if (args.options.count("dwelling-area"))
      options.estimate.dwellingArea = std::stod(args.options.at("dwelling-area"));
    if (args.options.count("usable-share")) options.estimate.usableShare = std::stod(args.options.at("usable-share"));
    if (args.options.count("default-floors"))
      options.estimate.defaultFloors = std::stoi(args.options.at("default-floors"));
    if (args.options.count("floor-height")) options.estimate.floorHeight = std::stod(args.options.at("floor-height"));
  } catch (const std::exception&) {
    return usageError("the estimate options take numbers", kImportUsage);
  }
  if (options.estimate.dwellingArea <= 0 || options.estimate.usableShare <= 0 || options.estimate.usableShare > 1 ||
      options.estimate.defaultFloors < 1 || options.estimate.floorHeight <= 0)
    return usageError("estimate options out of range (dwelling area > 0, 0 < usable share <= 1, floors >= 1)",
                      kImportUsage);
  options.dryRun = args.options.count("dry-run") > 0;

  auto db = Database::open(args.positional[0]);
  if (!db) return fail(db.error());
  SystemClock clock;
  Progress progress([](double fraction, const std::string& stage) {
    std::fprintf(stderr, "\r%3.0f%% %-24s", fraction * 100, stage.c_str());
  });
  CancelOnInterrupt cancelOnInterrupt(progress);
  const std::string extension = asciiLower(std::filesystem::path(args.positional[1]).extension().string());
  // Tables are household register sheets unless --kind says they hold buildings or boundaries (e.g. a CSV with WKT).
  const bool sheet = extension == ".csv" || extension == ".tsv" || extension == ".txt" || extension == ".xlsx";
  if (sheet && !args.options.count("kind")) {
    auto key = access::fieldKey(**db);
    if (!key) return fail(key.error());
    SheetImportOptions sheet;
    sheet.columns = options.fields;
    sheet.dryRun = options.dryRun;
    sheet.skipInvalid = args.options.count("skip-invalid") > 0;
    auto report =
        importPersonSheet(**db, *key, args.positional[1], sheet, Actor::system("gridctl import"), clock, &progress);
    std::fprintf(stderr, "\r%-40s\r", "");
    if (!report) return fail(report.error());
    if (const std::string header = describeHeaderRow(report->headerRow); !header.empty())
      std::cout << args.positional[1] << ": " << header << "\n";
    for (const SheetIssue& issue : report->issues)
      std::cout << args.positional[1] << ":" << issue.row << " " << issue.column << ": " << issue.reason << "\n";
    if (report->written)
      std::cout << "Imported " << report->personsWritten << " persons in " << report->householdsWritten
                << " households (" << report->dwellingsCreated << " new dwellings) from " << report->rows << " rows"
                << (report->invalidRows ? "; skipped " + std::to_string(report->invalidRows) + " bad rows" : "")
                << "\n";
    else if (sheet.dryRun)
      std::cout << "Dry run, nothing written: " << report->rows << " rows, " << report->invalidRows
                << " with problems (" << report->issues.size() << " problems)\n";
    else
      std::cout << "Nothing written: " << report->invalidRows << " of " << report->rows << " rows have problems ("
                << report->issues.size() << "). Fix them, or pass --skip-invalid to import the good rows.\n";
    return report->issues.empty() ? 0 : 1;
  }
  // An empty database (just made by `gridctl init`) takes the zone of the data instead of refusing it.
  std::string zoneNote;
  std::string target = args.positional[0];
  if (auto empty = holdsNoPlaces(**db); empty && *empty) {
    auto longitude = sourceLongitude(**db, args.positional[1], options);
    auto zone = longitude ? gaussKrugerEpsgForLongitude(*longitude) : Result<int>(longitude.error());
    if (zone && *zone != (*db)->srid()) {
      // A dry run tries the new zone on a scratch database; a real import makes the empty database anew.
      target = options.dryRun ? args.positional[0] + ".zone-check" : args.positional[0];
      // The empty database's key encrypts nothing yet: it goes with the file it belonged to.
      auto oldId = (*db)->meta("database_id");
      db->reset();
      if (!options.dryRun && oldId) std::filesystem::remove(KeyStore::keyPath(*oldId));
      for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(target + suffix);
      auto recreated = createDatabaseWithKey(target, *zone);
      if (!recreated) return fail(recreated.error());
      db = std::move(recreated);
      zoneNote = std::string(options.dryRun ? "The empty database would take" : "The empty database took") +
                 " the data's zone: EPSG:" + std::to_string(*zone) + " (central meridian " +
                 std::to_string(static_cast<int>(std::lround(*longitude / 3) * 3)) + "°E).";
    }
  }
  // A dry run's scratch database goes again afterwards, with its key.
  struct RemoveScratch {
    std::string path, key;
    ~RemoveScratch() {
      if (path.empty()) return;
      for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
      if (!key.empty()) std::filesystem::remove(key);
    }
  } scratch;
  if (target != args.positional[0]) {
    scratch.path = target;
    if (auto id = (*db)->meta("database_id")) scratch.key = KeyStore::keyPath(*id);
  }
  auto report = importVector(**db, args.positional[1], options, Actor::system("gridctl import"), clock, &progress);
  if (!zoneNote.empty()) std::cout << zoneNote << "\n";
  std::fprintf(stderr, "\r%-40s\r", "");
  if (!report) return fail(report.error());
  const VectorImportReport& r = *report;
  for (const ImportIssue& issue : r.issues)
    std::cout << args.positional[1] << ": feature " << issue.feature << ": " << issue.message << "\n";
  std::cout << (options.dryRun ? "Dry run, nothing written: " : "Imported ") << r.imported << " of " << r.read << " "
            << kind << " from layer " << r.layer << " (" << r.sourceCrs << " → EPSG:" << (*db)->srid() << "); "
            << r.repaired << " repaired, " << r.skipped << " skipped";
  if (options.kind == VectorImportKind::Buildings)
    std::cout << "; " << r.inGrid << " in a grid, " << r.withoutGrid << " in no grid; households estimated for "
              << r.estimated << " residential buildings (" << r.estimatedHouseholds << " households)";
  std::cout << "\n";
  if (r.imported == 0) {
    std::cerr << "gridctl: nothing " << (options.dryRun ? "would be" : "was") << " imported from " << args.positional[1]
              << "; see the reasons above (--kind, --layer and --map choose what is read).\n";
    return 1;
  }
  return 0;
}

}  // namespace grid::cli
