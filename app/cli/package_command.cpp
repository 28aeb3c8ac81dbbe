// SPDX-License-Identifier: GPL-2.0-or-later
#include "package_command.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <cstdio>
#include <iostream>

#include "access/session.h"
#include "arguments.h"
#include "common/clock.h"
#include "core/package_project.h"
#include "interrupt.h"
#include "packages/work_package.h"
#include "qgis_session.h"
#include "storage/database.h"

namespace grid::cli {

const char* const kPackageUsage =
    "usage: gridctl package create DB --grid CODE[,CODE…] --out PKG.gpkg [--for LOGIN] [--patrol-days N]\n"
    "                              [--no-project] [--lang en] [--user NAME]\n"
    "       gridctl package merge DB PKG.gpkg [--dry-run] [--user SECRETARY]\n"
    "       gridctl package list DB [--user NAME]\n"
    "       gridctl package conflicts DB [--package N] [--all] [--user NAME]\n"
    "       gridctl package resolve DB CONFLICT_ID (--ours | --theirs | --value TEXT) [--user NAME]\n"
    "       gridctl package revoke DB PACKAGE_ID [--user NAME]\n"
    "\n"
    "Work packages (工作包): a grid worker takes their grids out as a GeoPackage, edits offline (GridStation, QGIS or\n"
    "QField: PKG.qgz beside it has the forms), and the secretary merges it back.\n"
    "  create     the grids' households, persons, key persons/places/matters and recent patrol logs, buildings and\n"
    "             grids for the map, the code tables, and the base the merge compares with; personal fields masked.\n"
    "             The package is for --for LOGIN (default: the signed-in user, else --user)\n"
    "  merge      a three-way merge, field by field, of the package's base, the package now and the database now:\n"
    "             different fields of one record both merge, equal edits are no conflict, different values for one\n"
    "             field are kept as conflicts; new rows get new ids with every reference remapped; a deleted row is\n"
    "             moved out; rows outside the package's grids are refused. One audited transaction; merging the\n"
    "             same package again changes nothing. Exit 0 merged (conflicts listed), 1 refused, 2 usage\n"
    "  list       packages made from this database: to whom, grids, since when, merged, revoked, open conflicts\n"
    "  conflicts  conflicts and refusals kept by merges (open ones; --all: resolved too)\n"
    "  resolve    keeps ours, takes theirs or writes an edited value (validated like a form)\n"
    "  revoke     a revoked package's later merge is refused\n";

namespace {

void printIssue(const packages::MergeIssue& issue) {
  std::cout << "  " << (issue.conflictId >= 0 ? "#" + std::to_string(issue.conflictId) + " " : std::string())
            << issue.kind << " " << issue.layer << " "
            << (issue.recordId >= 0 ? std::to_string(issue.recordId) : "new row " + std::to_string(issue.fid)) << " "
            << issue.field;
  if (issue.kind == "conflict")
    std::cout << ": base \"" << issue.base << "\", ours \"" << issue.ours << "\", theirs \"" << issue.theirs << "\"";
  if (!issue.message.empty() && issue.kind != "conflict") std::cout << ": " << issue.message;
  std::cout << "\n";
}

Result<long long> idArgument(const std::vector<std::string>& positional, std::size_t index, const char* what) {
  if (positional.size() <= index) return makeError(ErrorCode::InvalidInput, std::string("name the ") + what);
  try {
    std::size_t used = 0;
    const long long id = std::stoll(positional[index], &used);
    if (used == positional[index].size() && id > 0) return id;
  } catch (const std::exception&) {
  }
  return makeError(ErrorCode::InvalidInput, std::string("\"") + positional[index] + "\" is not a " + what);
}

std::vector<std::string> splitCodes(const std::string& text) {
  std::vector<std::string> codes;
  std::size_t at = 0;
  while (at <= text.size()) {
    std::size_t comma = text.find(',', at);
    if (comma == std::string::npos) comma = text.size();
    if (comma > at) codes.push_back(text.substr(at, comma - at));
    at = comma + 1;
  }
  return codes;
}

}  // namespace

int runPackage(const std::vector<std::string>& positional, const Options& options, bool help) {
  if (help) return std::cout << kPackageUsage, 0;
  if (positional.size() < 2) return usageError("name what to do and the database", kPackageUsage);
  const std::string& what = positional[0];
  static const std::vector<std::string> kWhat = {"create", "merge", "list", "conflicts", "resolve", "revoke"};
  if (std::find(kWhat.begin(), kWhat.end(), what) == kWhat.end()) {
    const std::string nearest = nearestName(what, kWhat);
    return usageError("unknown package command \"" + what + "\"" +
                          (nearest.empty() ? std::string() : "; did you mean " + nearest + "?"),
                      kPackageUsage);
  }
  auto opened = Database::open(positional[1]);
  if (!opened) return fail(opened.error());
  Database& db = **opened;
  SystemClock clock;
  const auto session = access::processSession();
  const Actor actor = session ? session->actor : Actor::system(option(options, "user", "gridctl package"));
  auto key = access::fieldKey(db);
  if (!key) return fail(key.error());
  const packages::PackageContext context{db, *key, clock, actor};
  // Progress on standard error; Ctrl-C cancels and nothing is written.
  Progress progress([](double fraction, const std::string& stage) {
    std::fprintf(stderr, "\r%3.0f%% %-24s", fraction * 100, stage.c_str());
    if (fraction >= 1.0) std::fprintf(stderr, "\r%32s\r", "");
  });
  CancelOnInterrupt cancelOnInterrupt(progress);

  if (what == "create") {
    packages::CreateRequest request;
    request.gridCodes = splitCodes(option(options, "grid"));
    request.output = option(options, "out");
    request.userLogin = option(options, "for", session ? session->actor.name : option(options, "user"));
    if (options.count("patrol-days")) {
      try {
        request.patrolDays = std::stoi(option(options, "patrol-days"));
      } catch (const std::exception&) {
        return usageError("--patrol-days takes a number of days", kPackageUsage);
      }
    }
    if (request.output.empty()) return usageError("name the package file with --out PKG.gpkg", kPackageUsage);
    auto made = packages::createPackage(context, request, &progress);
    if (!made) return fail(made.error());
    std::cout << "Package " << made->packageId << " for " << request.userLogin << ": " << request.output << "\n";
    for (const auto& [layer, rows] : made->rows) std::cout << "  " << layer << ": " << rows << "\n";
    if (!options.count("no-project")) {
      const QString package = QString::fromStdString(request.output);
      QString project = package;
      project.replace(QRegularExpression(QStringLiteral("\\.gpkg$"), QRegularExpression::CaseInsensitiveOption),
                      QString());
      project += QStringLiteral(".qgz");
      const std::string language = option(options, "lang", "zh_CN");
      QgisSession qgis(language);
      const QString problem = app::writePackageProject(package, project, language == "en");
      if (!problem.isEmpty())
        return fail("the package was written, but its QGIS project was not: " + problem.toStdString(), 1);
      std::cout << "QGIS/QField project: " << project.toStdString() << "\n";
    }
    return 0;
  }
  if (what == "merge") {
    if (positional.size() < 3) return usageError("name the package file to merge", kPackageUsage);
    const bool dryRun = options.count("dry-run") > 0;
    auto report = packages::mergePackage(context, positional[2], dryRun, &progress);
    if (!report) return fail(report.error().describe(), 1);
    std::cout << (dryRun ? "Dry run (nothing written): package " : "Merged package ") << report->packageId << " ("
              << report->user << "): " << report->rowsInserted << " added, " << report->rowsUpdated << " updated ("
              << report->fieldsApplied << " fields), " << report->rowsMovedOut << " moved out, "
              << report->fieldsIdentical << " identical on both sides, " << report->issues.size()
              << " conflicts or refusals\n";
    for (const packages::MergeIssue& issue : report->issues) printIssue(issue);
    if (!report->changed()) std::cout << "Nothing new in this package since its last merge.\n";
    if (report->openIssues > 0)
      std::cout << report->openIssues
                << " open conflicts or refusals are kept for this package; `gridctl package conflicts` lists them.\n";
    return 0;
  }
  if (what == "list") {
    auto list = packages::listPackages(db);
    if (!list) return fail(list.error());
    std::cout << "id\tuser\tgrids\tcreated\tstatus\tmerged\tmerges\topen conflicts\tfile\n";
    for (const packages::PackageInfo& p : *list)
      std::cout << p.id << "\t" << p.user << "\t" << p.gridCodes << "\t" << p.createdAt << "\t" << p.status << "\t"
                << (p.mergedAt.empty() ? "-" : p.mergedAt) << "\t" << p.mergeCount << "\t" << p.openIssues << "\t"
                << p.fileName << "\n";
    return 0;
  }
  if (what == "conflicts") {
    long long package = -1;
    if (options.count("package")) {
      auto id = idArgument({option(options, "package")}, 0, "package number");
      if (!id) return fail(id.error());
      package = *id;
    }
    auto rows = packages::listConflicts(db, package, !options.count("all"));
    if (!rows) return fail(rows.error());
    for (const packages::ConflictRow& row : *rows) {
      std::cout << "package " << row.packageId << " (" << row.user << ") " << row.status;
      printIssue(row.issue);
    }
    if (rows->empty()) std::cout << "No open conflicts.\n";
    return 0;
  }
  if (what == "resolve") {
    auto id = idArgument(positional, 2, "conflict number");
    if (!id) return usageError(id.error().message, kPackageUsage);
    const int chosen = static_cast<int>(options.count("ours") + options.count("theirs") + options.count("value"));
    if (chosen != 1) return usageError("choose one of --ours, --theirs and --value TEXT", kPackageUsage);
    const packages::Resolution resolution = options.count("ours")     ? packages::Resolution::Ours
                                            : options.count("theirs") ? packages::Resolution::Theirs
                                                                      : packages::Resolution::Edited;
    if (auto s = packages::resolveConflict(context, *id, resolution, option(options, "value")); !s)
      return fail(s.error().describe(), 1);
    std::cout << "Conflict " << *id << " resolved.\n";
    return 0;
  }
  auto id = idArgument(positional, 2, "package number");
  if (!id) return usageError(id.error().message, kPackageUsage);
  if (auto s = packages::revokePackage(context, *id); !s) return fail(s.error().describe(), 1);
  std::cout << "Package " << *id << " revoked: its later merge is refused.\n";
  return 0;
}

}  // namespace grid::cli
