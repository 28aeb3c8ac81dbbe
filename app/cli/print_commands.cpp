// SPDX-License-Identifier: GPL-2.0-or-later
#include "print_commands.h"

#include <qgsapplication.h>
#include <qgsfeedback.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsreadwritecontext.h>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>

#include "arguments.h"
#include "boards/notice_board.h"
#include "core/translation.h"
#include "demo/district_generator.h"
#include "interrupt.h"
#include "options.h"
#include "print/board_layout.h"
#include "print/board_printer.h"
#include "print/panorama_printer.h"
#include "print/plate_printer.h"
#include "print/report_printer.h"
#include "qgis_session.h"
#include "storage/database.h"
#include "storage/database_key.h"
#include "storage/hierarchy_query.h"
#include "storage/qr_token_repository.h"
#include "workflow/event_flow.h"

namespace grid::cli {
namespace {

const char* kBoardsUsage =
    "usage: gridctl boards [--db] DB (--community CODE | --street CODE | --grid CODE[,CODE…]) --out PATH\n"
    "                     [--paper A3|A4] [--per-grid] [--template FILE.qpt] [--lang zh_CN|en]\n"
    "       gridctl boards --write-template FILE.qpt [--paper A3|A4]\n"
    "\n"
    "Prints grid notice boards (网格公示牌): grid map, staff with photos and work phones, duties, hours,\n"
    "supervision phone and hotlines, building and household counts, the grid's QR code (an opaque token URL).\n"
    "  --out PATH        one multi-page PDF, or with --per-grid a folder with one PDF per grid\n"
    "  --template FILE   a restyled board template (start from --write-template, keep the item ids)\n"
    "  --write-template  save the default A3/A4 template for editing in QGIS's layout designer\n"
    "Each print records a board version per grid when its content changed. Ctrl-C cancels; nothing is kept.\n";

const char* kPlatesUsage =
    "usage: gridctl plates [--db] DB (--community CODE | --street CODE | --grid CODE[,CODE…]) --out FILE.pdf\n"
    "                     [--columns 3] [--rows 8] [--lang zh_CN|en]\n"
    "\n"
    "Prints QR door plates (一户一码) for every household of the grids as A4 label sheets: QR code, building,\n"
    "unit and room. Households without a token get one. Ctrl-C cancels; nothing is kept.\n";

const char* kQrUsage =
    "usage: gridctl qr show DB TOKEN\n"
    "       gridctl qr revoke DB TOKEN [--reason TEXT]\n"
    "\n"
    "A revoked token no longer resolves; the next board or plate print for its grid or household issues a new one.\n";

int usage(const std::string& message, const char* text) {
  std::cerr << "gridctl: " << message << "\n" << text;
  return 2;
}

std::vector<std::string> split(const std::string& list) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= list.size()) {
    const std::size_t comma = list.find(',', start);
    const std::string part = list.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    if (!part.empty()) out.push_back(part);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

Result<std::unique_ptr<Database>> openForPrinting(const std::string& path) {
  if (!Database::isServerAddress(path) && !QFileInfo::exists(QString::fromStdString(path)))
    return makeError(ErrorCode::NotFound, "No database " + path + "; create one with `gridctl init` or `gridctl demo`.",
                     {.file = path});
  return Database::open(path);
}

//! The database named as the one positional argument or with --db (the form scripts use); empty if neither or both.
std::string databaseArgument(const std::vector<std::string>& positional, const Options& options) {
  const std::string flag = option(options, "db");
  if (!flag.empty()) return positional.empty() ? flag : std::string();
  return positional.size() == 1 ? positional[0] : std::string();
}

//! \a out itself, or for an existing folder (and one PDF) "<folder>/<what>-<scope code>.pdf" inside it.
std::string intoFolder(const std::string& out, const std::string& what, const BoardScope& scope, bool folderWanted) {
  std::error_code ignored;
  if (folderWanted || !std::filesystem::is_directory(out, ignored)) return out;
  const std::string code = !scope.communityCode.empty() ? scope.communityCode
                           : !scope.streetCode.empty()  ? scope.streetCode
                           : !scope.gridCodes.empty()   ? scope.gridCodes.front()
                                                        : std::string("all");
  return (std::filesystem::path(out) / (what + "-" + code + ".pdf")).string();
}

Result<BoardScope> scopeFrom(const Options& options) {
  BoardScope scope;
  scope.communityCode = option(options, "community");
  scope.streetCode = option(options, "street");
  scope.gridCodes = split(option(options, "grid"));
  if (scope.communityCode.empty() && scope.streetCode.empty() && scope.gridCodes.empty())
    return makeError(ErrorCode::InvalidInput, "say which grids: --community CODE, --street CODE or --grid CODE");
  return scope;
}

//! Prints "NN% stage" on stderr and turns Ctrl-C into a cancelled feedback.
class ConsoleFeedback : public QgsFeedback {
 public:
  explicit ConsoleFeedback(const char* stage) : m_cancel(m_progress) {
    QObject::connect(this, &QgsFeedback::progressChanged, this, [this, stage](double percent) {
      if (m_progress.isCancelled()) cancel();
      std::fprintf(stderr, "\r%3.0f%% %s", percent, stage);
    });
  }
  bool interrupted() const { return m_progress.isCancelled(); }

 private:
  Progress m_progress;
  CancelOnInterrupt m_cancel;
};

}  // namespace

const char* const kReportUsage =
    "usage: gridctl report monthly DB (--community CODE | --street CODE) --month YYYY-MM --out REPORT.pdf|REPORT.xlsx\n"
    "                             [--lang zh_CN|en] [--user NAME]\n"
    "\n"
    "The monthly report (月报) to the street: every dashboard indicator for the month beside the previous month and\n"
    "the change, charts and a table of the communities or grids below, the visits overdue and the events under\n"
    "supervision at the month's end. A4 PDF with the fonts embedded, or an .xlsx workbook with one sheet per table.\n"
    "The numbers are the dashboard's (gridctl dashboard, 统计分析), computed by the same code.\n";

int runReport(const std::vector<std::string>& positional, const Options& options, bool help) {
  if (help) return std::cout << kReportUsage, 0;
  if (positional.size() != 2 || positional[0] != "monthly")
    return usage(positional.empty() ? "report needs a kind: monthly" : "report takes monthly DB and options",
                 kReportUsage);
  const std::string out = option(options, "out"), month = option(options, "month");
  if (out.empty()) return usage("--out REPORT.pdf or REPORT.xlsx is required", kReportUsage);
  if (month.empty()) return usage("--month YYYY-MM is required", kReportUsage);
  std::string extension = std::filesystem::path(out).extension().string();
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (extension != ".pdf" && extension != ".xlsx")
    return usage("--out must end in .pdf or .xlsx, not \"" + out + "\"", kReportUsage);
  const bool community = options.count("community") > 0, street = options.count("street") > 0;
  if (community == street) return usage("name one --community CODE or one --street CODE", kReportUsage);
  const std::string language = option(options, "lang", "zh_CN");
  if (language != "zh_CN" && language != "en") return usage("--lang is zh_CN or en", kReportUsage);
  auto db = openForPrinting(positional[1]);
  if (!db) return fail(db.error());
  auto place = workflow::parseOrg(
      **db, (community ? "community:" + option(options, "community") : "street:" + option(options, "street")));
  if (!place) return fail(place.error());
  SystemClock clock;
  const bool english = language == "en";
  auto report = dashboard::buildMonthlyReport(**db, clock, *place, month, 200, english);
  if (!report) return fail(report.error());
  if (extension == ".xlsx") {
    if (auto s = dashboard::writeReportWorkbook(*report, out, english); !s) return fail(s.error());
  } else {
    QgisSession session(language);
    QString error;
    if (!app::printMonthlyReport(*report, QString::fromStdString(out), english, &error))
      return fail(makeError(ErrorCode::Io, error.toStdString(), {.file = out}));
  }
  std::cout << "Wrote " << out << ": " << report->current.placeName << " " << month << ", "
            << report->current.indicators.size() << " indicators, " << report->children.size() << " places below, "
            << report->overdueVisits.total << " visits overdue, " << report->supervisedEvents.total
            << " events under supervision\n";
  return 0;
}

int runBoards(const std::vector<std::string>& positional, const Options& options, bool help) {
  if (help) return std::cout << kBoardsUsage, 0;
  const std::string paperName = option(options, "paper", "A3");
  if (paperName != "A3" && paperName != "A4" && paperName != "a3" && paperName != "a4")
    return usage("--paper must be A3 or A4", kBoardsUsage);
  const app::Paper paper = paperName == "A4" || paperName == "a4" ? app::Paper::A4 : app::Paper::A3;
  const std::string language = option(options, "lang", "zh_CN");
  if (options.count("write-template")) {
    QgisSession session(language);
    QgsProject project;
    std::unique_ptr<QgsPrintLayout> layout(app::BoardLayout::createDefault(&project, paper));
    const QString path = QString::fromStdString(option(options, "write-template"));
    if (!layout->saveAsTemplate(path, QgsReadWriteContext()))
      return fail(makeError(ErrorCode::Io,
                            "Cannot write " + path.toStdString() + "; check the folder exists and is writable."));
    std::cout << "Wrote the " << paperName << " board template to " << path.toStdString()
              << "; restyle it in QGIS (Project → Layout Manager → from template) and print with --template.\n";
    return 0;
  }
  const std::string dbPath = databaseArgument(positional, options);
  if (dbPath.empty()) return usage("boards needs exactly one database: DB or --db DB", kBoardsUsage);
  if (option(options, "out").empty())
    return usage("say where to write the boards: --out FILE.pdf or --out FOLDER", kBoardsUsage);
  auto scope = scopeFrom(options);
  if (!scope) return usage(scope.error().message, kBoardsUsage);
  const std::string out = intoFolder(option(options, "out"), "网格公示牌", *scope, options.count("per-grid") > 0);
  auto db = openForPrinting(dbPath);
  if (!db) return fail(db.error());
  auto grids = boardGrids(**db, *scope);
  if (!grids) return fail(grids.error());

  QgisSession session(language);
  app::BoardPrintOptions print;
  print.paper = paper;
  print.templatePath = QString::fromStdString(option(options, "template"));
  print.onePdfPerGrid = options.count("per-grid") > 0;
  print.english = language.rfind("en", 0) == 0;
  SystemClock clock;
  app::BoardPrinter printer(**db, QString::fromStdString(dbPath), Actor::system("gridctl boards"), clock);
  ConsoleFeedback feedback("boards");
  auto result = printer.print(*grids, QString::fromStdString(out), print, &feedback);
  std::fprintf(stderr, "\n");
  if (!result) return fail(result.error());
  std::cout << "Printed " << result->pages << " notice board(s) (" << paperName << ") to "
            << (print.onePdfPerGrid ? out + " (" + std::to_string(result->files.size()) + " files)" : out) << "\n";
  return 0;
}

int runPlates(const std::vector<std::string>& positional, const Options& options, bool help) {
  if (help) return std::cout << kPlatesUsage, 0;
  const std::string dbPath = databaseArgument(positional, options);
  if (dbPath.empty()) return usage("plates needs exactly one database: DB or --db DB", kPlatesUsage);
  if (option(options, "out").empty())
    return usage("say where to write the plates: --out FILE.pdf or --out FOLDER", kPlatesUsage);
  app::PlateSheetOptions sheet;
  try {
    sheet.columns = std::stoi(option(options, "columns", "3"));
    sheet.rows = std::stoi(option(options, "rows", "8"));
  } catch (const std::exception&) {
    return usage("--columns and --rows take whole numbers", kPlatesUsage);
  }
  auto scope = scopeFrom(options);
  if (!scope) return usage(scope.error().message, kPlatesUsage);
  const std::string out = intoFolder(option(options, "out"), "一户一码", *scope, false);
  auto db = openForPrinting(dbPath);
  if (!db) return fail(db.error());
  auto grids = boardGrids(**db, *scope);
  if (!grids) return fail(grids.error());
  const std::string language = option(options, "lang", "zh_CN");
  QgisSession session(language);
  sheet.english = language.rfind("en", 0) == 0;
  SystemClock clock;
  Progress progress;
  CancelOnInterrupt cancel(progress);
  auto result = app::printDoorPlates(**db, *grids, QString::fromStdString(out), sheet, Actor::system("gridctl plates"),
                                     clock, [&](int done, int total) {
                                       std::fprintf(stderr, "\r%d/%d plates", done, total);
                                       return !progress.isCancelled();
                                     });
  std::fprintf(stderr, "\n");
  if (!result) return fail(result.error());
  std::cout << "Printed " << result->plates << " door plate(s) on " << result->pages << " A4 sheet(s) to " << out
            << "\n";
  return 0;
}

constexpr const char* kPanoramaUsage =
    "usage: gridctl panorama --db DB --community CODE --out FILE.pdf [--colours red,orange,yellow,blue]\n"
    "                        [--category CODE] [--since YYYY-MM-DD] [--lang zh_CN|en]\n"
    "Prints the community risk panorama (社区风险全景图) as one A3 landscape page: the map with the grid risk score,\n"
    "buildings by their highest risk (key persons only as counts), key places by category and colour, a legend and\n"
    "a table of red/orange/yellow/blue counts per grid. Score = red×4 + orange×3 + yellow×2 + blue×1.\n";

int runPanorama(const std::vector<std::string>& positional, const Options& options, bool help) {
  if (help) return std::cout << kPanoramaUsage, 0;
  const std::string dbPath = databaseArgument(positional, options);
  if (dbPath.empty()) return usage("panorama needs exactly one database: DB or --db DB", kPanoramaUsage);
  const std::string community = option(options, "community");
  if (community.empty()) return usage("say which community: --community CODE (12 digits)", kPanoramaUsage);
  if (option(options, "out").empty())
    return usage("say where to write the panorama: --out FILE.pdf or --out FOLDER", kPanoramaUsage);
  BoardScope panoramaScope;
  panoramaScope.communityCode = community;
  const std::string out = intoFolder(option(options, "out"), "社区风险全景图", panoramaScope, false);
  QgisSession session(option(options, "lang", "zh_CN"));
  app::RiskFilter filter;
  if (const std::string colours = option(options, "colours"); !colours.empty()) {
    filter.colours.clear();
    for (const std::string& colour : split(colours)) {
      if (colour != "red" && colour != "orange" && colour != "yellow" && colour != "blue")
        return usage("--colours takes red, orange, yellow and blue, not " + colour, kPanoramaUsage);
      filter.colours << QString::fromStdString(colour);
    }
  }
  filter.category = QString::fromStdString(option(options, "category"));
  filter.since = QString::fromStdString(option(options, "since"));
  app::PanoramaPrinter printer(QString::fromStdString(dbPath));
  printer.setFilter(filter);
  QString error;
  if (!printer.print(QString::fromStdString(community), QString::fromStdString(out), &error)) {
    std::cerr << "gridctl: " << error.toStdString() << "\n";
    return 2;
  }
  std::cout << "Printed the risk panorama of " << community << " to " << out << "\n";
  return 0;
}

int runQr(const std::vector<std::string>& positional, const Options& options, bool help) {
  if (help) return std::cout << kQrUsage, 0;
  if (positional.size() != 3 || (positional[0] != "show" && positional[0] != "revoke"))
    return usage("qr needs show|revoke, a database and a token", kQrUsage);
  auto db = openForPrinting(positional[1]);
  if (!db) return fail(db.error());
  SystemClock clock;
  QrTokenRepository tokens(**db, clock);
  if (positional[0] == "revoke") {
    if (auto s = tokens.revoke(positional[2], Actor::system("gridctl qr"), option(options, "reason")); !s)
      return fail(s.error());
    std::cout << "Revoked " << positional[2] << "; reprint the board or plate to issue a new code.\n";
    return 0;
  }
  auto token = tokens.find(positional[2]);
  if (!token) return fail(token.error());
  if (!*token) return fail(makeError(ErrorCode::NotFound, "No QR token \"" + positional[2] + "\" in this database."));
  std::cout << (*token)->scope << " #" << (*token)->targetId << ", issued " << (*token)->issuedAt
            << ((*token)->valid() ? ", valid" : ", revoked " + (*token)->revokedAt) << "\n";
  return 0;
}

int runBoardsBenchmark(const Options& options) {
  const int boards = std::stoi(option(options, "boards", "100"));
  QTemporaryDir temp;
  const QString dir = options.count("keep") ? QString::fromStdString(option(options, "keep")) : temp.path();
  QDir().mkpath(dir);
  qputenv("GRIDSTATION_KEY_DIR", (dir + QStringLiteral("/keys")).toUtf8());
  const std::string path = (dir + QStringLiteral("/boards.sqlite")).toStdString();
  QFile::remove(QString::fromStdString(path));
  Database::Options create;
  create.create = true;
  auto db = Database::open(path, create);
  if (!db) return fail(db.error());
  auto key = createDatabaseKey(**db);
  if (!key) return fail(key.error());
  SystemClock clock;
  DistrictOptions district;
  district.households = std::max(36000, boards * 330);
  if (auto r = generateDistrict(**db, *key, clock, Actor::system("bench"), district); !r) return fail(r.error());
  std::vector<long long> grids;
  auto live = listGrids(**db);  // the whole database, by code
  if (!live) return fail(live.error());
  for (const GridRef& grid : *live)
    if (static_cast<int>(grids.size()) < boards) grids.push_back(grid.id);
  std::printf("bench boards: %zu A3 notice boards into one PDF (demo district, %zu grids)\n", grids.size(),
              live->size());

  QgisSession session("zh_CN");
  app::BoardPrintOptions print;
  print.recordPublication = false;
  app::BoardPrinter printer(**db, QString::fromStdString(path), Actor::system("bench"), clock);
  QElapsedTimer timer;
  timer.start();
  auto ours = printer.print(grids, dir + QStringLiteral("/gridstation.pdf"), print, nullptr);
  const double oursSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
  if (!ours) return fail(ours.error());
  std::printf("  GridStation (board data, staff cards, QR codes, fitting, atlas export): %.2f s, %.0f ms/board\n",
              oursSeconds, 1000 * oursSeconds / static_cast<double>(ours->pages));

  // The peer: the same template, layers and atlas saved as a QGIS project, exported by QGIS's own algorithm.
  const QString project = dir + QStringLiteral("/peer.qgz");
  {
    QgsProject peer;
    auto layout = printer.prepareLayout(peer, grids, print);
    if (!layout) return fail(layout.error());
    if (!peer.write(project)) return fail(makeError(ErrorCode::Io, "cannot write " + project.toStdString()));
  }
  const QString processBinary = QFileInfo::exists(QStringLiteral("/usr/bin/qgis_process.bin"))
                                    ? QStringLiteral("/usr/bin/qgis_process.bin")
                                    : QStringLiteral("qgis_process");
  QProcess process;
  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
  environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
  process.setProcessEnvironment(environment);
  timer.restart();
  process.start(processBinary,
                {QStringLiteral("run"), QStringLiteral("native:atlaslayouttopdf"),
                 QStringLiteral("--PROJECT_PATH=") + project, QStringLiteral("--LAYOUT=网格公示牌 A3"),
                 QStringLiteral("--DPI=200"), QStringLiteral("--OUTPUT=") + dir + QStringLiteral("/qgis_atlas.pdf")});
  const bool finished = process.waitForFinished(30 * 60 * 1000);
  const double theirs = static_cast<double>(timer.nsecsElapsed()) / 1e9;
  if (!finished || process.exitCode() != 0 || !QFileInfo::exists(dir + QStringLiteral("/qgis_atlas.pdf"))) {
    std::printf("  qgis_process failed (%s); install Debian's qgis package for the peer run.\n%s\n",
                finished ? "exit code " + std::to_string(process.exitCode()) : "timeout",
                process.readAllStandardError().right(600).toStdString().c_str());
    return 1;
  }
  std::printf(
      "  qgis_process native:atlaslayouttopdf (same template and layers, static texts, no cards): %.2f s, %.0f "
      "ms/board\n",
      theirs, 1000 * theirs / static_cast<double>(grids.size()));
  std::printf("  ratio GridStation/QGIS atlas: %.2f (goal <= 1.0)\n", oursSeconds / theirs);
  return 0;
}

}  // namespace grid::cli
