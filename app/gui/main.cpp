// SPDX-License-Identifier: GPL-2.0-or-later
// gridstation: the desktop workstation.
//   gridstation [DB] [--lang zh|en] [--screenshot out.png] [--size 1600x1000]

#include <qgsapplication.h>
#include <qgsmapcanvas.h>
#include <qgsvectorlayer.h>

#include <QAction>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "access/session.h"
#include "core/process_setup.h"
#include "core/translation.h"
#include "gui/accounts/audit_viewer.h"
#include "gui/accounts/sign_in_dialog.h"
#include "gui/accounts/users_window.h"
#include "gui/building/building_profile_dialog.h"
#include "gui/community/community_window.h"
#include "gui/community/deliberation_panel.h"
#include "gui/community/emergency_panel.h"
#include "gui/community/service_panel.h"
#include "gui/dashboard/dashboard_window.h"
#include "gui/events/event_dialogs.h"
#include "gui/ledger/ledger_window.h"
#include "gui/map/main_window.h"
#include "gui/packages/package_editor.h"
#include "gui/packages/packages_window.h"
#include "gui/party/link_dock.h"
#include "gui/party/party_dock.h"
#include "gui/redraw/redraw_dock.h"
#include "gui/staff/staff_dock.h"
#include "gui/start/welcome_dialog.h"
#include "gui/visits/visit_dialog.h"
#include "gui/visits/visit_dock.h"
#include "storage/database.h"

namespace {
//! Where the database named on the command line is: a file relative to the current folder, or a server address
//! (postgresql://…, pg:SERVICE) as it is.
QString located(const QString& database) {
  return grid::Database::isServerAddress(database.toStdString()) ? database
                                                                 : QDir::current().absoluteFilePath(database);
}
}  // namespace

int main(int argc, char** argv) {
  grid::app::applyProcessSetup();
  // --help and --version print text and exit: they need no display (a terminal on a server, help2man).
  for (int i = 1; i < argc; ++i) {
    const std::string word = argv[i];
    if (word == "--help" || word == "-h" || word == "--help-all" || word == "--version" || word == "-v")
      setenv("QT_QPA_PLATFORM", "offscreen", 0);
  }
  QgsApplication app(argc, argv, true);
  QCoreApplication::setApplicationVersion(QStringLiteral(GRIDSTATION_VERSION));
  QCoreApplication::setOrganizationName(QStringLiteral("GridStation"));
  QCoreApplication::setApplicationName(QStringLiteral("GridStation"));
  QgsApplication::setPrefixPath(QStringLiteral("/usr"), true);
  QgsApplication::initQgis();
  // Every database connection of the workstation follows the signed-in user (nobody until a sign-in).
  grid::access::installConnectionGuard();

  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral("GridStation — urban grid-governance GIS workstation"));
  parser.addHelpOption();
  parser.addVersionOption();
  parser.addPositionalArgument(QStringLiteral("database"), QStringLiteral("GridStation database (.sqlite) to open"));
  const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("UI language: zh (default) or en"),
                                      QStringLiteral("language"));
  const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                            QStringLiteral("render the window to this PNG file and exit"),
                                            QStringLiteral("file"));
  const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("window size WIDTHxHEIGHT"),
                                      QStringLiteral("size"), QStringLiteral("1600x1000"));
  const QCommandLineOption selectOption(
      QStringLiteral("select"), QStringLiteral("zoom to and select grid:CODE, or building:ID and open its profile"),
      QStringLiteral("what"));
  const QCommandLineOption redrawOption(QStringLiteral("redraw"),
                                        QStringLiteral("start redraw mode for the community with this 12-digit code"),
                                        QStringLiteral("community"));
  const QCommandLineOption balanceOption(QStringLiteral("redraw-balance"),
                                         QStringLiteral("with --redraw: auto-balance every grid first (screenshots)"));
  const QCommandLineOption coverageOption(QStringLiteral("coverage"),
                                          QStringLiteral("turn on the party-link coverage overlay"));
  const QCommandLineOption linksOption(QStringLiteral("links"),
                                       QStringLiteral("show the party-link editor for the community with this code"),
                                       QStringLiteral("code"));
  const QCommandLineOption suggestOption(QStringLiteral("suggest"),
                                         QStringLiteral("with --links: run the link suggestion (screenshots)"));
  const QCommandLineOption riskOption(QStringLiteral("risk"), QStringLiteral("turn on the risk panorama layers"));
  const QCommandLineOption staffOption(QStringLiteral("staff"),
                                       QStringLiteral("show the staff panel for the community with this code"),
                                       QStringLiteral("code"));
  const QCommandLineOption partyOption(
      QStringLiteral("party"), QStringLiteral("show the party organisations dock for the community with this code"),
      QStringLiteral("code"));
  const QCommandLineOption partyTabOption(QStringLiteral("party-tab"),
                                          QStringLiteral("with --party: tab 0 organisations, 1 in-service, 2 plaques"),
                                          QStringLiteral("index"), QStringLiteral("0"));
  parser.addOptions({partyOption, partyTabOption});
  const QCommandLineOption ledgerOption(
      QStringLiteral("ledger"), QStringLiteral("open the ledger window on LEVEL:REF (grid:CODE, community:CODE …)"),
      QStringLiteral("target"));
  const QCommandLineOption ledgerTabOption(
      QStringLiteral("ledger-tab"),
      QStringLiteral("with --ledger: 0 profile, 1 entries, 2 households, 3 persons, "
                     "4 key persons, 5 key places, 6 key matters, 7 patrols"),
      QStringLiteral("n"), QStringLiteral("0"));
  parser.addOptions({ledgerOption, ledgerTabOption});
  const QCommandLineOption welcomeOption(QStringLiteral("welcome"),
                                         QStringLiteral("show the welcome page (with --screenshot: grab it)"));
  parser.addOption(welcomeOption);
  const QCommandLineOption accountsOption(
      QStringLiteral("accounts"),
      QStringLiteral("show an accounts window: signin (the sign-in dialog), users (administration) or audit (the log); "
                     "with --screenshot it is grabbed too. GRIDSTATION_USER/GRIDSTATION_PASSWORD sign in without the "
                     "dialog"),
      QStringLiteral("window"));
  parser.addOption(accountsOption);
  const QCommandLineOption packagesOption(
      QStringLiteral("packages"), QStringLiteral("show the work packages window on its conflicts (screenshots)"));
  const QCommandLineOption mergeOption(QStringLiteral("merge"),
                                       QStringLiteral("open the merge dialog on this work package (a dry run first)"),
                                       QStringLiteral("package"));
  parser.addOptions({packagesOption, mergeOption});
  const QCommandLineOption communityOption(
      QStringLiteral("community-window"),
      QStringLiteral("show the community governance window on a tab: deliberations, emergency or service "
                     "(screenshots); with --select community:CODE on that community"),
      QStringLiteral("tab"));
  parser.addOption(communityOption);
  const QCommandLineOption eventsOption(
      QStringLiteral("events"),
      QStringLiteral("show the events inbox: unaccepted, handling, due_soon, overdue, "
                     "awaiting_feedback, awaiting_rating, dealing or all"),
      QStringLiteral("inbox"));
  const QCommandLineOption eventOption(
      QStringLiteral("event"), QStringLiteral("open the event with this serial number"), QStringLiteral("serial"));
  const QCommandLineOption reportOption(QStringLiteral("report-event"),
                                        QStringLiteral("open the report form for the selected building (--select)"));
  parser.addOptions({eventsOption, eventOption, reportOption});
  const QCommandLineOption visitsOption(QStringLiteral("visits"),
                                        QStringLiteral("show the patrols and visits dock for community:ID or grid:ID"),
                                        QStringLiteral("place"));
  const QCommandLineOption visitFormOption(
      QStringLiteral("visit-form"),
      QStringLiteral("open 登记走访 for TYPE:ID (grid:ID, key_person:ID, household:ID …)"), QStringLiteral("object"));
  const QCommandLineOption dashboardOption(
      QStringLiteral("dashboard"), QStringLiteral("open the statistics window on street:ID, community:ID or grid:ID"),
      QStringLiteral("place"));
  const QCommandLineOption monthOption(QStringLiteral("month"), QStringLiteral("with --dashboard: the month (YYYY-MM)"),
                                       QStringLiteral("month"));
  const QCommandLineOption choroplethOption(QStringLiteral("choropleth"),
                                            QStringLiteral("with --dashboard: colour the grids by this indicator"),
                                            QStringLiteral("key"));
  parser.addOptions({visitsOption, visitFormOption, dashboardOption, monthOption, choroplethOption});
  parser.addOptions({langOption, screenshotOption, sizeOption, selectOption, redrawOption, balanceOption,
                     coverageOption, staffOption, linksOption, suggestOption, riskOption});
  parser.process(app);

  QSettings settings;
  QString language = parser.value(langOption);
  if (language.isEmpty())
    language = settings.value(QStringLiteral("ui/language"), QStringLiteral("zh_CN")).toString();
  else
    settings.setValue(QStringLiteral("ui/language"), language);
  grid::app::installTranslation(app, language);

  int status = 0;
  // A work package (.gpkg) opens in the package editor: a worker's laptop edits the package, not a database.
  if (const QString first = parser.positionalArguments().value(0);
      first.endsWith(QLatin1String(".gpkg"), Qt::CaseInsensitive)) {
    {
      grid::app::PackageEditor editor(QDir::current().absoluteFilePath(first));
      const QString screenshot = parser.value(screenshotOption);
      if (!editor.error().isEmpty()) std::fprintf(stderr, "gridstation: %s\n", qPrintable(editor.error()));
      editor.show();
      if (!screenshot.isEmpty()) {
        if (!editor.error().isEmpty()) return 2;
        const QString layer = parser.value(selectOption);
        if (!layer.isEmpty()) editor.showLayer(layer);
        QTimer::singleShot(0, &editor, [&editor] {
          QObject::connect(editor.canvas(), &QgsMapCanvas::mapCanvasRefreshed, &editor,
                           [] { QTimer::singleShot(300, [] { QCoreApplication::exit(100); }); });
          editor.canvas()->refresh();
        });
        QTimer::singleShot(30000, [] { QCoreApplication::exit(100); });
        app.exec();
        const bool saved = editor.grab().save(screenshot);
        std::printf("%s\n", qPrintable(QDir::current().absoluteFilePath(screenshot)));
        status = saved ? 0 : 3;
      } else {
        status = app.exec();
      }
    }
    QgsApplication::exitQgis();
    return status;
  }
  {
    // The window (and its QgsProject with the layers) must be gone before exitQgis() unloads the providers.
    grid::app::MainWindow window;
    QString database = parser.positionalArguments().value(0);
    if (database.isEmpty()) database = settings.value(QStringLiteral("database/last")).toString();

    const QString screenshot = parser.value(screenshotOption);
    if (!screenshot.isEmpty()) {
      const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
      if (size.size() == 2) window.resize(size[0].toInt(), size[1].toInt());
    }
    window.show();
    QCoreApplication::processEvents();  // lay the window out first: the canvas keeps its scale when resized
    // First run (no database named, none opened before), or --welcome: the welcome page says how to begin.
    if ((database.isEmpty() && screenshot.isEmpty()) || parser.isSet(welcomeOption)) {
      grid::app::WelcomeDialog welcome(&window);
      if (!screenshot.isEmpty()) {
        welcome.show();
        QCoreApplication::processEvents();
        const bool saved = welcome.grab().save(screenshot);
        std::printf("%s\n", qPrintable(screenshot));
        return saved ? 0 : 2;
      }
      if (welcome.exec() == QDialog::Accepted) database = welcome.databasePath();
    }
    if (parser.value(accountsOption) == QLatin1String("signin") && !screenshot.isEmpty()) {
      grid::app::SignInDialog dialog(located(database), QString(), &window);
      dialog.show();
      QCoreApplication::processEvents();
      const bool saved = dialog.grab().save(screenshot);
      std::printf("%s\n", qPrintable(screenshot));
      return saved ? 0 : 2;
    }
    if (!database.isEmpty()) {
      QString error;
      if (!window.openDatabase(located(database), &error)) {
        if (!screenshot.isEmpty()) {
          std::fprintf(stderr, "gridstation: %s\n", qPrintable(error));
          return 2;
        }
        QMessageBox::warning(&window, QObject::tr("Cannot Open Database"), error);
      }
    }
    const QString select = parser.value(selectOption);
    if (select.startsWith(QLatin1String("grid:")) && !window.zoomToGrid(select.mid(5)) && !screenshot.isEmpty()) {
      std::fprintf(stderr, "gridstation: no grid %s\n", qPrintable(select.mid(5)));
      return 2;
    }
    if (parser.isSet(coverageOption)) window.coverageAction()->setChecked(true);
    if (parser.isSet(riskOption)) window.riskAction()->setChecked(true);
    if (parser.isSet(linksOption)) {
      window.linkDock()->show();
      window.linkDock()->raise();
      QString error;
      if (!window.linkDock()->setCommunity(parser.value(linksOption), &error) ||
          (parser.isSet(suggestOption) && !window.linkDock()->suggest(&error))) {
        std::fprintf(stderr, "gridstation: %s\n", qPrintable(error));
        if (!screenshot.isEmpty()) return 2;
      }
      if (window.linkDock()->memberTable()->rowCount() > 0) window.linkDock()->memberTable()->selectRow(0);
    }
    if (parser.isSet(staffOption)) {
      window.staffDock()->show();
      QString error;
      if (!window.staffDock()->setCommunity(parser.value(staffOption), &error)) {
        std::fprintf(stderr, "gridstation: %s\n", qPrintable(error));
        if (!screenshot.isEmpty()) return 2;
      }
    }
    if (parser.isSet(partyOption)) {
      window.partyDock()->show();
      window.partyDock()->raise();
      QString error;
      if (!window.partyDock()->setCommunity(parser.value(partyOption), &error)) {
        std::fprintf(stderr, "gridstation: %s\n", qPrintable(error));
        if (!screenshot.isEmpty()) return 2;
      }
      window.partyDock()->tabs()->setCurrentIndex(parser.value(partyTabOption).toInt());
    }
    if (parser.isSet(ledgerOption)) {
      QString error;
      if (!window.showLedger(parser.value(ledgerOption), &error)) {
        std::fprintf(stderr, "gridstation: %s\n", qPrintable(error));
        if (!screenshot.isEmpty()) return 2;
      }
      window.ledgerWindow()->tabs()->setCurrentIndex(parser.value(ledgerTabOption).toInt());
    }
    if (parser.isSet(redrawOption)) {
      QString error;
      if (!window.startRedraw(parser.value(redrawOption), &error)) {
        std::fprintf(stderr, "gridstation: %s\n", qPrintable(error));
        if (!screenshot.isEmpty()) return 2;
      } else if (parser.isSet(balanceOption)) {
        window.redrawDock()->table()->clearSelection();
        window.redrawDock()->autoBalanceSelection();
      }
    }
    std::unique_ptr<QDialog> accountsWindow;
    if (parser.value(accountsOption) == QLatin1String("users"))
      accountsWindow = std::make_unique<grid::app::UsersWindow>(located(database), &window);
    else if (parser.value(accountsOption) == QLatin1String("audit"))
      accountsWindow = std::make_unique<grid::app::AuditViewer>(located(database), &window);
    if (parser.isSet(packagesOption)) {
      auto packages = std::make_unique<grid::app::PackagesWindow>(located(database), &window);
      packages->tabs()->setCurrentIndex(1);
      accountsWindow = std::move(packages);
    } else if (parser.isSet(mergeOption)) {
      accountsWindow = std::make_unique<grid::app::MergeDialog>(located(database), parser.value(mergeOption), &window);
    }
    if (parser.isSet(communityOption)) {
      auto community = std::make_unique<grid::app::CommunityWindow>(located(database), window.undoStack(), &window);
      const QString tab = parser.value(communityOption);
      community->show(tab == QLatin1String("emergency") ? grid::app::CommunityWindow::Tab::EmergencyUnits
                      : tab == QLatin1String("service") ? grid::app::CommunityWindow::Tab::ServiceCircle
                                                        : grid::app::CommunityWindow::Tab::Deliberations);
      if (select.startsWith(QLatin1String("community:"))) {
        community->emergency()->setCommunity(select.mid(10));
        community->services()->setCommunity(select.mid(10));
      }
      if (select.startsWith(QLatin1String("deliberation:"))) community->deliberations()->select(select.mid(13));
      if (select.startsWith(QLatin1String("unit:"))) {  // unit:ID, of the first community's units
        community->emergency()->selectUnit(select.mid(5).toLongLong());
      }
      accountsWindow = std::move(community);
    }
    if (accountsWindow) accountsWindow->show();
    if (parser.isSet(eventsOption)) {
      window.eventDock()->show();
      window.eventDock()->raise();
      const int at = window.eventDock()->inboxCombo()->findData(
          parser.value(eventsOption) == QLatin1String("all") ? QString() : parser.value(eventsOption));
      if (at >= 0) window.eventDock()->inboxCombo()->setCurrentIndex(at);
    }
    if (parser.isSet(eventOption)) {
      QString error;
      if (!window.openEvent(parser.value(eventOption), &error)) {
        std::fprintf(stderr, "gridstation: %s\n", qPrintable(error));
        if (!screenshot.isEmpty()) return 2;
      }
    }
    if (select.startsWith(QLatin1String("building:"))) {
      const long long id = select.mid(9).toLongLong();
      QString error;
      if ((!window.zoomToFeature(QStringLiteral("building"), id) || !window.openBuildingProfile(id, &error)) &&
          !screenshot.isEmpty()) {
        std::fprintf(stderr, "gridstation: no building %lld %s\n", id, qPrintable(error));
        return 2;
      }
    }

    if (parser.isSet(visitsOption)) {
      window.visitDock()->show();
      window.visitDock()->raise();
      const int at = window.visitDock()->placeCombo()->findData(parser.value(visitsOption));
      if (at >= 0) window.visitDock()->placeCombo()->setCurrentIndex(at);
      window.visitDock()->reload();
    }
    std::unique_ptr<grid::app::VisitDialog> visitForm;
    if (parser.isSet(visitFormOption)) {
      const QStringList object = parser.value(visitFormOption).split(QLatin1Char(':'));
      visitForm = std::make_unique<grid::app::VisitDialog>(located(database), window.undoStack(), &window);
      visitForm->setObject(object.value(0), object.value(1).toLongLong());
      visitForm->findingsEdit()->setPlainText(QObject::tr("Met in person; stable, reported on time"));
      visitForm->show();
    }
    if (parser.isSet(dashboardOption)) {
      QString error;
      if (!window.showDashboard(parser.value(dashboardOption), parser.value(monthOption), &error)) {
        std::fprintf(stderr, "gridstation: %s\n", qPrintable(error));
        if (!screenshot.isEmpty()) return 2;
      }
      if (parser.isSet(choroplethOption)) {
        const QString key = parser.value(choroplethOption);
        window.dashboardWindow()->selectIndicator(key);
        window.dashboardWindow()->colourMap(key);
      }
    }

    std::unique_ptr<grid::app::ReportEventDialog> reportDialog;
    if (parser.isSet(reportOption) && select.startsWith(QLatin1String("building:"))) {
      const long long id = select.mid(9).toLongLong();
      long long gridId = -1;
      if (QgsVectorLayer* buildings = window.layerForTable(QStringLiteral("building")))
        gridId = buildings->getFeature(id).attribute(QStringLiteral("grid_id")).toLongLong();
      reportDialog = std::make_unique<grid::app::ReportEventDialog>(located(database), gridId, id, &window);
      reportDialog->textEdit()->setPlainText(QObject::tr("Fire passage blocked by parked e-bikes and boxes"));
      reportDialog->show();
    }
    if (!screenshot.isEmpty()) {
      // Grab once the canvas has finished painting (or after a guard time), then exit.
      auto grabAndQuit = [&window, &accountsWindow, &reportDialog, &visitForm, screenshot]() {
        bool saved = window.grab().save(screenshot);
        auto grabExtra = [&](QWidget* widget, const char* suffix) {
          const QString shot = QFileInfo(screenshot).path() + QLatin1Char('/') +
                               QFileInfo(screenshot).completeBaseName() + QString::fromLatin1(suffix);
          saved = widget->grab().save(shot) && saved;
          std::printf("%s\n", qPrintable(QDir::current().absoluteFilePath(shot)));
        };
        if (reportDialog && reportDialog->isVisible()) grabExtra(reportDialog.get(), "-report.png");
        if (visitForm && visitForm->isVisible()) grabExtra(visitForm.get(), "-visit.png");
        if (auto* dashboard = window.dashboardWindow(); dashboard && dashboard->isVisible())
          grabExtra(dashboard, "-dashboard.png");
        for (auto* dialog : window.findChildren<grid::app::EventDialog*>())
          if (dialog->isVisible()) grabExtra(dialog, "-event.png");
        if (accountsWindow && accountsWindow->isVisible()) {
          const QString shot = QFileInfo(screenshot).path() + QLatin1Char('/') +
                               QFileInfo(screenshot).completeBaseName() + QStringLiteral("-accounts.png");
          saved = accountsWindow->grab().save(shot) && saved;
          std::printf("%s\n", qPrintable(QDir::current().absoluteFilePath(shot)));
        }
        if (auto* ledger = window.ledgerWindow(); ledger && ledger->isVisible()) {
          const QString ledgerShot = QFileInfo(screenshot).path() + QLatin1Char('/') +
                                     QFileInfo(screenshot).completeBaseName() + QStringLiteral("-ledger.png");
          saved = ledger->grab().save(ledgerShot) && saved;
          std::printf("%s\n", qPrintable(QDir::current().absoluteFilePath(ledgerShot)));
        }
        if (auto* profile = window.buildingProfileDialog(); profile && profile->isVisible()) {
          const QString profileShot = QFileInfo(screenshot).path() + QLatin1Char('/') +
                                      QFileInfo(screenshot).completeBaseName() + QStringLiteral("-profile.png");
          saved = profile->grab().save(profileShot) && saved;
          std::printf("%s\n", qPrintable(QDir::current().absoluteFilePath(profileShot)));
        }
        std::printf("%s\n", qPrintable(saved ? QDir::current().absoluteFilePath(screenshot) : QString()));
        QCoreApplication::exit(saved ? 0 : 3);
      };
      // Armed from the event loop, so a render started while opening (at another extent) cannot trigger it.
      QTimer::singleShot(0, &window, [&window, grabAndQuit]() {
        QObject::connect(window.canvas(), &QgsMapCanvas::mapCanvasRefreshed, &window,
                         [grabAndQuit]() { QTimer::singleShot(300, grabAndQuit); });
        window.canvas()->refresh();
      });
      QTimer::singleShot(30000, grabAndQuit);
    }
    status = app.exec();
  }
  QgsApplication::exitQgis();
  return status;
}
