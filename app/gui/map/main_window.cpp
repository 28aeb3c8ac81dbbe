// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui/map/main_window.h"

#include <qgsclassificationquantile.h>
#include <qgscoordinatereferencesystem.h>
#include <qgscoordinatetransform.h>
#include <qgsexception.h>
#include <qgsexpression.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsfillsymbol.h>
#include <qgsgraduatedsymbolrenderer.h>
#include <qgslayertree.h>
#include <qgslayertreemapcanvasbridge.h>
#include <qgslayertreemodel.h>
#include <qgslayertreeview.h>
#include <qgsmapcanvas.h>
#include <qgsmaptoolemitpoint.h>
#include <qgsproject.h>
#include <qgsstyle.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

#include "access/session.h"
#include "core/choropleth_layer.h"
#include "core/event_layer.h"
#include "core/layer_factory.h"
#include "core/risk_layers.h"
#include "gui/accounts/audit_viewer.h"
#include "gui/accounts/sign_in_dialog.h"
#include "gui/accounts/users_window.h"
#include "gui/building/building_profile_dialog.h"
#include "gui/dashboard/dashboard_window.h"
#include "gui/edit/community_offline.h"
#include "gui/events/event_dialogs.h"
#include "gui/ledger/ledger_window.h"
#include "gui/map/pick_tool.h"
#include "gui/party/link_dock.h"
#include "gui/party/link_overlay.h"
#include "gui/party/party_dock.h"
#include "gui/print/print_dialog.h"
#include "gui/redraw/redraw_dock.h"
#include "gui/risk/risk_dock.h"
#include "gui/search/search_dock.h"
#include "gui/staff/staff_dock.h"
#include "gui/tree/hierarchy_dock.h"
#include "gui/visits/visit_dialog.h"
#include "gui/visits/visit_dock.h"
#include "gui/visits/visit_rules_dialog.h"
#include "print/panorama_printer.h"
#include "registry/ledger_profile.h"
#include "storage/building_profile.h"
#include "storage/database.h"
#include "storage/hierarchy_query.h"

namespace grid::app {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), mProject(std::make_unique<QgsProject>()) {
  setWindowTitle(tr("GridStation"));
  setObjectName(QStringLiteral("MainWindow"));

  mCanvas = new QgsMapCanvas(this);
  mCanvas->setObjectName(QStringLiteral("MapCanvas"));
  mCanvas->setCanvasColor(QColor(246, 244, 240));
  mCanvas->setSelectionColor(QColor(255, 170, 0, 90));  // translucent: buildings stay readable under a selection
  mCanvas->enableAntiAliasing(true);
  mCanvas->setParallelRenderingEnabled(true);
  setCentralWidget(mCanvas);

  mLayerTreeView = new QgsLayerTreeView(this);
  auto* model = new QgsLayerTreeModel(mProject->layerTreeRoot(), this);
  model->setFlag(QgsLayerTreeModel::AllowNodeChangeVisibility);
  model->setFlag(QgsLayerTreeModel::ShowLegendAsTree);
  mLayerTreeView->setModel(model);
  auto* layersDock = new QDockWidget(tr("Layers"), this);
  layersDock->setObjectName(QStringLiteral("LayersDock"));
  layersDock->setWidget(mLayerTreeView);
  addDockWidget(Qt::LeftDockWidgetArea, layersDock);
  mBridge = new QgsLayerTreeMapCanvasBridge(mProject->layerTreeRoot(), mCanvas, this);

  // Tree → map: selecting a street, community, area or grid zooms to it. Map → tree: clicking a grid selects it.
  mHierarchyDock = new HierarchyDock(this);
  addDockWidget(Qt::LeftDockWidgetArea, mHierarchyDock);
  tabifyDockWidget(layersDock, mHierarchyDock);
  mHierarchyDock->raise();
  connect(mHierarchyDock, &HierarchyDock::nodeSelected, this,
          [this](const QString& table, long long id) { zoomToFeature(table, id); });
  connect(mHierarchyDock, &HierarchyDock::buildingActivated, this, [this](long long id) {
    QString error;
    if (!openBuildingProfile(id, &error)) QMessageBox::warning(this, tr("Building Profile"), error);
  });

  // Search: a grid zooms the map; a building or a person's building opens the building profile.
  mSearchDock = new SearchDock(this);
  addDockWidget(Qt::LeftDockWidgetArea, mSearchDock, Qt::Vertical);
  connect(mSearchDock, &SearchDock::hitActivated, this, [this](const SearchHit& hit) {
    if (hit.kind == SearchKind::Grid) {
      zoomToFeature(QStringLiteral("grid_map"), hit.id);
      mHierarchyDock->selectNode(QStringLiteral("grid_map"), hit.id);
    } else if (hit.buildingId >= 0) {
      zoomToFeature(QStringLiteral("building"), hit.buildingId);
      QString error;
      if (!openBuildingProfile(hit.buildingId, &error)) QMessageBox::warning(this, tr("Building Profile"), error);
    }
  });

  // Redraw mode: hidden until started from Edit → Redraw Grids…; a commit reloads the layers.
  mRedrawDock = new RedrawDock(mCanvas, mProject.get(), this);
  addDockWidget(Qt::RightDockWidgetArea, mRedrawDock);
  mRedrawDock->hide();
  connect(mRedrawDock, &RedrawDock::committed, this, [this](const QString& path) {
    QString error;
    if (!openDatabase(path, &error)) QMessageBox::warning(this, tr("Redraw Grids"), error);
    statusBar()->showMessage(tr("The new grid plan was accepted."), 8000);
  });
  connect(mRedrawDock, &RedrawDock::finished, this, [this] { mRedrawDock->hide(); });

  // Staff: register, rules and drag-to-assign; its edits go on the window's undo stack.
  mUndoStack = new QUndoStack(this);
  mStaffDock = new StaffDock(mCanvas, mProject.get(), mUndoStack, this);
  addDockWidget(Qt::RightDockWidgetArea, mStaffDock);
  mStaffDock->hide();
  mStaffDock->installDropTargets(mHierarchyDock);
  connect(mStaffDock, &StaffDock::featureRequested, this,
          [this](const QString& table, long long id) { zoomToFeature(table, id); });
  // Party links: members, the link map tool and suggestions; same undo stack.
  mLinkDock = new LinkDock(mCanvas, mProject.get(), mUndoStack, this);
  addDockWidget(Qt::RightDockWidgetArea, mLinkDock);
  tabifyDockWidget(mStaffDock, mLinkDock);
  mLinkDock->hide();
  connect(mLinkDock, &LinkDock::edited, this, &MainWindow::refreshAfterEdit);
  connect(mLinkDock, &LinkDock::communityChanged, this, [this] {
    if (mCoverageAction && mCoverageAction->isChecked()) refreshLinkDots();
  });
  // Party organisations, in-service registration and plaques; same undo stack.
  mPartyDock = new PartyDock(mUndoStack, this);
  addDockWidget(Qt::RightDockWidgetArea, mPartyDock);
  tabifyDockWidget(mStaffDock, mPartyDock);
  mPartyDock->hide();
  connect(mPartyDock, &PartyDock::edited, this, &MainWindow::refreshAfterEdit);
  connect(mPartyDock, &PartyDock::showBuilding, this,
          [this](long long id) { zoomToFeature(QStringLiteral("building"), id); });
  mLedgerWindow = new LedgerWindow(mUndoStack, this);
  mLedgerWindow->setWindowFlag(Qt::Window);
  connect(mLedgerWindow, &LedgerWindow::edited, this, &MainWindow::refreshAfterEdit);
  connect(mLedgerWindow, &LedgerWindow::showOnMap, this,
          [this](const QString& table, long long id, double x, double y) {
            raise();
            activateWindow();
            if (x != 0 || y != 0) {
              mCanvas->setCenter(QgsPointXY(x, y));
              mCanvas->zoomScale(1500);
              mCanvas->refresh();
            } else {
              zoomToFeature(table, id);
            }
          });
  connect(mLedgerWindow, &LedgerWindow::reportEventRequested, this,
          [this](long long gridId, long long buildingId, const QString& domain, const QString& text) {
            ReportEventDialog dialog(mDatabasePath, gridId, buildingId, mLedgerWindow);
            dialog.classCombo()->setCurrentIndex(std::max(0, dialog.classCombo()->findData(domain)));
            dialog.textEdit()->setPlainText(text);
            if (dialog.exec() != QDialog::Accepted) return;
            mEventDock->reload();
            if (mEventLayer) mEventLayer->triggerRepaint();
            statusBar()->showMessage(tr("Event %1 reported.").arg(dialog.serial()), 8000);
          });
  connect(mLedgerWindow, &LedgerWindow::visitRequested, this,
          [this](const QString& type, long long id) { logVisit(type, id); });
  connect(mLedgerWindow, &LedgerWindow::placeOnMap, this, [this](long long placeId) {
    // The next click on the map sets the key place's point (undoable like every edit); Esc or another tool cancels.
    auto* tool = new QgsMapToolEmitPoint(mCanvas);
    tool->setCursor(Qt::CrossCursor);
    connect(tool, &QgsMapToolEmitPoint::canvasClicked, this, [this, placeId, tool](const QgsPointXY& point) {
      QString error;
      if (!mLedgerWindow->placeKeyPlace(placeId, point.x(), point.y(), &error))
        QMessageBox::warning(this, tr("Place on Map"), error);
      statusBar()->clearMessage();
      mCanvas->setMapTool(mPickTool);
      tool->deleteLater();
      mLedgerWindow->raise();
    });
    mCanvas->setMapTool(tool);
    raise();
    activateWindow();
    statusBar()->showMessage(tr("Click the map where key place No. %1 is.").arg(placeId));
  });
  // Risk overlays: filters for the risk layer group, and the printable panorama.
  mRiskDock = new RiskDock(this);
  addDockWidget(Qt::RightDockWidgetArea, mRiskDock);
  tabifyDockWidget(mStaffDock, mRiskDock);
  mEventDock = new EventDock(this);
  addDockWidget(Qt::RightDockWidgetArea, mEventDock);
  tabifyDockWidget(mRiskDock, mEventDock);
  mEventDock->hide();
  connect(mEventDock, &EventDock::eventOpened, this, [this](const QString& serial) {
    QString error;
    if (!openEvent(serial, &error)) statusBar()->showMessage(error, 8000);
  });
  connect(mEventDock, &EventDock::reportRequested, this, [this] { reportEvent(-1, -1); });
  // Patrols and visits: what is due and overdue, the overdue marks on the map, and 登记走访.
  mVisitDock = new VisitDock(this);
  addDockWidget(Qt::RightDockWidgetArea, mVisitDock);
  tabifyDockWidget(mEventDock, mVisitDock);
  mVisitDock->hide();
  connect(mVisitDock, &VisitDock::logRequested, this,
          [this](const QString& type, long long id, const QString& label) { logVisit(type, id, label); });
  connect(mVisitDock, &VisitDock::zoomRequested, this, [this](double x, double y) {
    mCanvas->setCenter(QgsPointXY(x, y));
    mCanvas->zoomScale(1500);
    mCanvas->refresh();
  });
  connect(mVisitDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
    if (visible) mVisitDock->reload();
    if (mOverdueLayer)
      if (QgsLayerTreeLayer* node = mProject->layerTreeRoot()->findLayer(mOverdueLayer))
        node->setItemVisibilityChecked(visible);
  });
  // 统计分析: the dashboard, its records and the grid choropleth.
  mDashboard = new DashboardWindow(this);
  connect(mDashboard, &DashboardWindow::choroplethRequested, this, &MainWindow::showChoropleth);
  connect(mDashboard, &DashboardWindow::eventOpened, this, [this](const QString& serial) {
    QString error;
    if (!openEvent(serial, &error)) statusBar()->showMessage(error, 8000);
  });
  connect(mDashboard, &DashboardWindow::gridOpened, this,
          [this](long long id) { zoomToFeature(QStringLiteral("grid_map"), id); });
  connect(mEventDock, &EventDock::mapFilterChanged, this, [this](const QString& expression) {
    if (!mEventLayer) return;
    const QString scope = scopeCondition(mDatabasePath, "event");  // the user's scope always applies
    mEventLayer->setSubsetString(scope.isEmpty()        ? expression
                                 : expression.isEmpty() ? scope
                                                        : QStringLiteral("(%1) AND %2").arg(scope, expression));
    mEventLayer->triggerRepaint();
  });
  mRiskDock->hide();
  connect(mRiskDock, &RiskDock::layerVisibilityRequested, this, [this](QgsVectorLayer* layer, bool visible) {
    if (QgsLayerTreeLayer* node = layer ? mProject->layerTreeRoot()->findLayer(layer) : nullptr)
      node->setItemVisibilityChecked(visible);
  });
  connect(mRiskDock, &RiskDock::printRequested, this, [this](const QString& code) {
    if (code.isEmpty()) {
      QMessageBox::information(this, tr("Risk Panorama"), tr("Choose a community to print its panorama."));
      return;
    }
    const QString pdf = QFileDialog::getSaveFileName(
        this, tr("Print Risk Panorama"), QStringLiteral("risk-panorama-%1.pdf").arg(code), tr("PDF files (*.pdf)"));
    if (pdf.isEmpty()) return;
    QString error;
    if (!printPanorama(code, pdf, &error)) QMessageBox::warning(this, tr("Risk Panorama"), error);
  });

  mCoordinateLabel = new QLabel(this);
  mScaleLabel = new QLabel(this);
  mCrsLabel = new QLabel(this);
  mUserLabel = new QLabel(this);
  mUserLabel->setObjectName(QStringLiteral("signedIn"));
  mUserLabel->setVisible(false);
  statusBar()->addPermanentWidget(mUserLabel);
  statusBar()->addPermanentWidget(mCoordinateLabel);
  mChangeTimer = new QTimer(this);
  mChangeTimer->setInterval(2000);
  connect(mChangeTimer, &QTimer::timeout, this, [this] { pollChanges(); });
  mChangeTimer->start();
  mIdleTimer = new QTimer(this);
  mIdleTimer->setSingleShot(true);
  connect(mIdleTimer, &QTimer::timeout, this, &MainWindow::lockNow);
  qApp->installEventFilter(this);
  statusBar()->addPermanentWidget(mScaleLabel);
  statusBar()->addPermanentWidget(mCrsLabel);
  connect(mCanvas, &QgsMapCanvas::xyCoordinates, this, &MainWindow::showCoordinates);
  connect(mCanvas, &QgsMapCanvas::scaleChanged, this, &MainWindow::showScale);

  createActions();
  restoreSettings();
}

MainWindow::~MainWindow() {
  // The canvas and bridge refer to the project's layers: take them down before the project.
  delete mBridge;
  mBridge = nullptr;
  mCanvas->setLayers({});
}

bool MainWindow::printPanorama(const QString& communityCode, const QString& pdf, QString* error) {
  PanoramaPrinter printer(mDatabasePath);
  printer.setFilter(mRiskDock->filter());
  if (!printer.print(communityCode, pdf, error)) return false;
  statusBar()->showMessage(tr("Risk panorama written to %1").arg(pdf), 8000);
  return true;
}

bool MainWindow::startRedraw(const QString& communityCode, QString* error) {
  if (mDatabasePath.isEmpty()) {
    if (error) *error = tr("Open a database first.");
    return false;
  }
  QString code = communityCode;
  if (code.isEmpty()) {
    auto database = Database::open(mDatabasePath.toStdString(), Database::readOnlyOptions());
    if (!database) {
      if (error) *error = QString::fromStdString(database.error().describe());
      return false;
    }
    QStringList items;
    if (auto communities = listCommunities(**database))
      for (const CommunityRef& community : *communities)
        items << QString::fromStdString(community.code + "  " + community.name);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Redraw Grids"), tr("Community:"), items, 0, false, &ok);
    if (!ok || chosen.isEmpty()) return false;
    code = chosen.section(QLatin1Char(' '), 0, 0);
  }
  return mRedrawDock->start(mDatabasePath, code, error);
}

void MainWindow::refreshLinkDots() {
  if (!mLinkDots || mDatabasePath.isEmpty()) return;
  QString error;
  if (!LinkOverlay::fill(mLinkDots, mDatabasePath, mLinkDock->communityCode(),
                         layerForTable(QStringLiteral("building")), &error))
    statusBar()->showMessage(error, 8000);
}

void MainWindow::refreshAfterEdit() {
  if (mCoverageAction && mCoverageAction->isChecked()) refreshLinkDots();
  if (QgsVectorLayer* coverage = layerForTable(QStringLiteral("building_links"))) {
    coverage->dataProvider()->reloadData();
    coverage->triggerRepaint();
  }
  auto database = Database::open(mDatabasePath.toStdString(), Database::readOnlyOptions());
  if (database) mHierarchyDock->refreshCounts(**database);
}

void MainWindow::restoreSettings() {
  QSettings settings;
  resize(1400, 900);
  restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
  restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

QString MainWindow::signedInText() const {
  auto session = access::processSession();
  if (!session) return QString();
  QStringList grants;
  auto db = Database::open(mDatabasePath.toStdString(), Database::readOnlyOptions());
  for (const access::Grant& grant : session->grants)
    grants << QStringLiteral("%1 @ %2").arg(
        db ? QString::fromStdString(access::roleName(**db, grant.role)) : QString::fromStdString(grant.role),
        QString::fromStdString(grant.scopeName.empty() ? grant.scopeCode : grant.scopeName));
  return QStringLiteral("%1 · %2").arg(QString::fromStdString(session->displayName), grants.join(QStringLiteral("; ")));
}

void MainWindow::updateAccountUi() {
  const QString text = signedInText();
  mUserLabel->setText(text);
  mUserLabel->setVisible(!text.isEmpty());
  const bool accounts = !text.isEmpty();
  mSwitchUserAction->setEnabled(accounts);
  mPasswordAction->setEnabled(accounts);
  bool admin = false, auditor = false;
  if (accounts) {
    if (auto db = Database::open(mDatabasePath.toStdString(), Database::readOnlyOptions())) {
      admin = access::may(**db, "user", "admin");
      auditor = access::may(**db, "audit", "read");
    }
  }
  mUsersAction->setEnabled(admin);
  // A server's administrator takes a community offline; a file taken offline, not yet sent, sends its edits back.
  mOfflineAction->setEnabled(admin && Database::isServerAddress(mDatabasePath.toStdString()));
  const auto pulled = pulledFileOf(mDatabasePath);
  mSendBackAction->setEnabled(pulled && pulled->pushed.isEmpty());
  mAuditAction->setEnabled(auditor || (!accounts && !mDatabasePath.isEmpty()));
  const int minutes = QSettings().value(QStringLiteral("security/idleMinutes"), 15).toInt();
  mIdleTimer->setInterval(std::max(1, minutes) * 60 * 1000);
  if (accounts)
    mIdleTimer->start();
  else
    mIdleTimer->stop();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event) {
  switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
      if (mIdleTimer->isActive()) mIdleTimer->start();  // any input restarts the idle time
      break;
    default:
      break;
  }
  return QMainWindow::eventFilter(watched, event);
}

void MainWindow::lockNow() {
  auto session = access::processSession();
  if (!session || mLocked) return;
  mLocked = true;
  mIdleTimer->stop();
  centralWidget()->setVisible(false);  // nothing personal stays on screen behind the dialog
  SignInDialog dialog(mDatabasePath, QString::fromStdString(session->actor.name), this);
  const int result = dialog.exec();
  centralWidget()->setVisible(true);
  mLocked = false;
  if (result == QDialog::Accepted) {
    updateAccountUi();
    return;
  }
  if (result == SignInDialog::SwitchUser) {
    QString error;
    if (!openDatabase(mDatabasePath, &error)) {
      statusBar()->showMessage(error, 8000);
      close();
    }
    return;
  }
  close();  // Quit: a locked workstation is not left open
}

void MainWindow::closeEvent(QCloseEvent* event) {
  QSettings settings;
  settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
  settings.setValue(QStringLiteral("window/state"), saveState());
  if (!mDatabasePath.isEmpty()) {
    settings.setValue(QStringLiteral("database/last"), mDatabasePath);
    saveView();
  }
  event->accept();
}

bool MainWindow::openDatabase(const QString& path, QString* error) {
  // libgrid opens first: it checks the file and applies pending migrations (the single writer).
  auto database = Database::open(path.toStdString());
  if (!database) {
    if (error) *error = QString::fromStdString(database.error().describe());
    return false;
  }
  const int srid = (*database)->srid();
  // A database with accounts: sign in before anything is read; every connection opened afterwards (docks, ledger,
  // printing) is then held to that user's scope by libgrid (access::installConnectionGuard).
  auto accounts = access::hasAccounts(**database);
  auto databaseId = (*database)->meta("database_id");
  database.value().reset();  // close before QGIS opens its own connections
  access::setProcessSession(nullptr, std::string());
  if (accounts && *accounts) {
    QString signInError;
    auto session = SignInDialog::signIn(this, path, &signInError);
    if (!session) {
      if (error) *error = signInError.isEmpty() ? tr("Sign-in cancelled; the database was not opened.") : signInError;
      updateAccountUi();
      return false;
    }
    access::setProcessSession(session, databaseId ? *databaseId : std::string());
  }

  mProject->removeAllMapLayers();
  mLinkDots = nullptr;
  mEventLayer = nullptr;
  mOverdueLayer = nullptr;
  mChoropleth = nullptr;
  if (mVisitDock) mVisitDock->setOverdueLayer(nullptr);
  QList<QgsMapLayer*> layers;
  for (const LayerSpec& spec : LayerFactory::hierarchySpecs()) {
    QString layerError;
    QgsVectorLayer* layer = LayerFactory::createLayer(path, spec, &layerError);
    if (!layer) {
      qDeleteAll(layers);
      if (error) *error = layerError;
      return false;
    }
    layers.prepend(layer);  // the tree lists top layers first
  }
  QList<QgsMapLayer*> overlays;
  for (const LayerSpec& spec : LayerFactory::overlaySpecs()) {
    QString layerError;
    if (QgsVectorLayer* layer = LayerFactory::createLayer(path, spec, &layerError)) overlays << layer;
    // An overlay that cannot open (an older database) is left out; the map still works.
  }
  mProject->addMapLayers(overlays + layers);
  // The risk layers go in one group on top, off until View → Risk Panorama.
  RiskLayers risk;
  QString riskError;
  if (RiskLayers::create(path, &risk, &riskError)) {
    QgsLayerTreeGroup* group = mProject->layerTreeRoot()->insertGroup(0, tr("Risk panorama"));
    for (QgsVectorLayer* layer : risk.all()) {
      mProject->addMapLayer(layer, false);
      group->insertLayer(0, layer);
    }
    group->setItemVisibilityChecked(false);
    if (QgsLayerTreeLayer* heat = group->findLayer(risk.heat)) heat->setItemVisibilityChecked(false);
    mRiskDock->setLayers(risk, path);
  }
  if (mRiskAction) mRiskAction->setChecked(false);
  // The coverage overlay's household dots, above the building coverage fill; filled when coverage is shown.
  mLinkDots = LinkOverlay::createLayer(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:%1").arg(srid)));
  mProject->addMapLayer(mLinkDots, false);
  mProject->layerTreeRoot()->insertLayer(0, mLinkDots);
  overlays << mLinkDots;
  for (QgsMapLayer* overlay : overlays)
    if (QgsLayerTreeLayer* node = mProject->layerTreeRoot()->findLayer(overlay)) node->setItemVisibilityChecked(false);
  if (mCoverageAction) mCoverageAction->setChecked(false);
  {
    QString eventError;  // an older database without the events view opens without the layer
    if ((mEventLayer = createEventLayer(path, &eventError))) {
      mProject->addMapLayer(mEventLayer, false);
      mProject->layerTreeRoot()->insertLayer(0, mEventLayer);
    }
  }
  // Overdue visits as red marks, shown with the 巡查走访 dock.
  mOverdueLayer = VisitDock::createOverdueLayer(srid);
  mProject->addMapLayer(mOverdueLayer, false);
  mProject->layerTreeRoot()->insertLayer(0, mOverdueLayer);
  if (QgsLayerTreeLayer* node = mProject->layerTreeRoot()->findLayer(mOverdueLayer))
    node->setItemVisibilityChecked(mVisitDock->isVisible());
  mVisitDock->setOverdueLayer(mOverdueLayer);
  {
    // The tree reads its counts through libgrid, from the same file.
    auto treeDatabase = Database::open(path.toStdString(), Database::readOnlyOptions());
    QString treeError;
    if (!treeDatabase || !mHierarchyDock->load(**treeDatabase, path, &treeError)) {
      if (error) *error = treeDatabase ? treeError : QString::fromStdString(treeDatabase.error().describe());
      return false;
    }
  }
  // Clicking the map opens a building's profile (when buildings are drawn) or selects a grid.
  QList<QgsVectorLayer*> pickable;
  for (const char* table : {"event_map", "building", "grid_map"})
    if (QgsVectorLayer* layer = layerForTable(QString::fromLatin1(table))) pickable << layer;
  delete mPickTool;
  mPickTool = new PickTool(mCanvas, pickable);
  connect(mPickTool, &PickTool::picked, this, &MainWindow::onPicked);
  mCanvas->setMapTool(mPickTool);
  const QgsCoordinateReferenceSystem crs(QStringLiteral("EPSG:%1").arg(srid));
  mProject->setCrs(crs);
  mCanvas->setDestinationCrs(crs);
  mCrsLabel->setText(QStringLiteral("EPSG:%1 %2").arg(srid).arg(crs.description()));
  mDatabasePath = path;
  updateAccountUi();
  mSearchDock->setDatabase(path);
  mUndoStack->clear();  // edits of another file cannot be undone here
  QString staffError;
  mStaffDock->setDatabase(path, &staffError);  // an older file without staff still opens
  mLinkDock->setDatabase(path, &staffError);
  mPartyDock->setDatabase(path, &staffError);
  mLedgerWindow->setDatabase(path, &staffError);
  mEventDock->setDatabase(path);
  mVisitDock->setDatabase(path);
  mDashboard->setDatabase(path);
  setWindowTitle(tr("GridStation — %1").arg(QFileInfo(path).fileName()));
  if (!restoreView()) zoomToFullExtent();
  mChangeListener.reset();
  if (auto listener = Database::open(path.toStdString(), Database::readOnlyOptions());
      listener && (*listener)->listenForChanges())
    mChangeListener = std::move(*listener);
  return true;
}

QStringList MainWindow::pollChanges() {
  QStringList tables;
  if (!mChangeListener || mLocked) return tables;
  for (const std::string& table : mChangeListener->takeChanges()) tables << QString::fromStdString(table);
  if (tables.isEmpty()) return tables;
  for (QgsMapLayer* layer : mProject->mapLayers()) {
    auto* vector = qobject_cast<QgsVectorLayer*>(layer);
    if (!vector || !vector->dataProvider() || vector->providerType() == QLatin1String("memory")) continue;
    vector->dataProvider()->reloadData();
    vector->triggerRepaint();
  }
  refreshAfterEdit();
  statusBar()->showMessage(
      tables.contains(QStringLiteral("*"))
          ? tr("The database was changed elsewhere; the map and counts are redrawn.")
          : tr("Changed elsewhere: %1; the map and counts are redrawn.").arg(tables.join(QStringLiteral(", "))),
      8000);
  return tables;
}

QString MainWindow::viewKey() const {
  // One remembered view per database file.
  return QStringLiteral("view/") +
         QString::fromLatin1(QCryptographicHash::hash(mDatabasePath.toUtf8(), QCryptographicHash::Sha1).toHex());
}

void MainWindow::saveView() {
  const QgsRectangle extent = mCanvas->extent();
  QSettings().setValue(viewKey(),
                       QVariantList{extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()});
}

bool MainWindow::restoreView() {
  const QVariantList saved = QSettings().value(viewKey()).toList();
  if (saved.size() != 4) return false;
  const QgsRectangle extent(saved[0].toDouble(), saved[1].toDouble(), saved[2].toDouble(), saved[3].toDouble());
  if (extent.isEmpty()) return false;
  mCanvas->setExtent(extent);
  mCanvas->refresh();
  return true;
}

void MainWindow::zoomToFullExtent() {
  // The community layer bounds the working area better than the street outline.
  for (QgsMapLayer* layer : mProject->mapLayers()) {
    auto* vector = qobject_cast<QgsVectorLayer*>(layer);
    if (vector && vector->dataProvider()->uri().table() == QLatin1String("community") && vector->featureCount() > 0) {
      QgsRectangle extent = vector->extent();
      extent.scale(1.1);
      mCanvas->setExtent(extent);
      mCanvas->refresh();
      return;
    }
  }
  mCanvas->zoomToFullExtent();
  mCanvas->refresh();
}

void MainWindow::onPicked(QgsVectorLayer* layer, const QgsFeature& feature) {
  const QString table = layer->dataProvider()->uri().table();
  for (QgsMapLayer* other : mProject->mapLayers())
    if (auto* vector = qobject_cast<QgsVectorLayer*>(other); vector && vector != layer) vector->removeSelection();
  layer->selectByIds({feature.id()});
  if (table == QLatin1String("event_map")) {
    QString error;
    if (!openEvent(feature.attribute(QStringLiteral("serial")).toString(), &error))
      QMessageBox::warning(this, tr("Event"), error);
  } else if (table == QLatin1String("grid_map")) {
    mHierarchyDock->selectNode(table, feature.id());
  } else if (table == QLatin1String("building")) {
    mHierarchyDock->selectBuilding(feature.attribute(QStringLiteral("grid_id")).toLongLong(), feature.id());
    QString error;
    if (!openBuildingProfile(feature.id(), &error)) QMessageBox::warning(this, tr("Building Profile"), error);
  }
}

bool MainWindow::openBuildingProfile(long long id, QString* error) {
  auto database = Database::open(mDatabasePath.toStdString(), Database::readOnlyOptions());
  if (!database) {
    if (error) *error = QString::fromStdString(database.error().describe());
    return false;
  }
  auto profile = loadBuildingProfile(**database, id);
  if (!profile) {
    if (error) *error = QString::fromStdString(profile.error().describe());
    return false;
  }
  if (!mProfileDialog) {
    mProfileDialog = new BuildingProfileDialog(this);
    connect(mProfileDialog, &BuildingProfileDialog::visitRequested, this,
            [this](const QString& type, long long id, const QString& label) { logVisit(type, id, label); });
    connect(mProfileDialog, &BuildingProfileDialog::edited, this, [this] {
      refreshAfterEdit();
      mLinkDock->reload();
      mPartyDock->reload();
    });
  }
  mProfileDialog->setEditing(mDatabasePath, mUndoStack);
  mProfileDialog->setProfile(*profile);
  mProfileDialog->show();
  mProfileDialog->raise();
  return true;
}

QgsVectorLayer* MainWindow::layerForTable(const QString& table) const {
  return LayerFactory::findLayer(mProject.get(), table);
}

bool MainWindow::showLedger(const QString& target, QString* error) {
  if (mDatabasePath.isEmpty()) {
    if (error) *error = tr("Open a database first.");
    return false;
  }
  if (!target.isEmpty()) {
    auto parsed = registry::parseLedgerTarget(*mLedgerWindow->database(), target.toStdString());
    if (!parsed) {
      if (error) *error = QString::fromStdString(parsed.error().message);
      return false;
    }
    // The ledger's community first, so the tree holds the ledger.
    auto community = communityCodeOf(*mLedgerWindow->database(), registry::levelCode(parsed->level), parsed->id);
    if (!community || !mLedgerWindow->setCommunity(QString::fromStdString(*community), error) ||
        !mLedgerWindow->openLedger(*parsed, error))
      return false;
  }
  mLedgerWindow->show();
  mLedgerWindow->raise();
  mLedgerWindow->activateWindow();
  return true;
}

bool MainWindow::zoomToFeature(const QString& table, long long id) {
  QgsVectorLayer* layer = layerForTable(table);
  if (!layer) return false;
  QgsFeature feature;
  if (!layer->getFeatures(QgsFeatureRequest(id)).nextFeature(feature) || !feature.hasGeometry()) return false;
  for (QgsMapLayer* other : mProject->mapLayers())
    if (auto* vector = qobject_cast<QgsVectorLayer*>(other); vector && vector != layer) vector->removeSelection();
  layer->selectByIds({feature.id()});
  QgsRectangle extent = feature.geometry().boundingBox();
  extent.scale(1.15);
  mCanvas->setExtent(extent);
  mCanvas->refresh();
  return true;
}

bool MainWindow::zoomToGrid(const QString& code) {
  for (QgsMapLayer* layer : mProject->mapLayers()) {
    auto* vector = qobject_cast<QgsVectorLayer*>(layer);
    if (!vector || vector->dataProvider()->uri().table() != QLatin1String("grid_map")) continue;
    QgsFeatureRequest request(
        QgsExpression(QStringLiteral("\"grid_code\" = %1").arg(QgsExpression::quotedString(code))));
    QgsFeature feature;
    if (!vector->getFeatures(request).nextFeature(feature)) return false;
    mHierarchyDock->selectNode(QStringLiteral("grid_map"), feature.id());
    return zoomToFeature(QStringLiteral("grid_map"), feature.id());
  }
  return false;
}

void MainWindow::chooseDatabase() {
  const QString path =
      QFileDialog::getOpenFileName(this, tr("Open GridStation Database"), QFileInfo(mDatabasePath).path(),
                                   tr("GridStation databases (*.sqlite *.db);;All files (*)"));
  if (path.isEmpty()) return;
  QString error;
  if (!openDatabase(path, &error)) QMessageBox::warning(this, tr("Cannot Open Database"), error);
}

void MainWindow::showCoordinates(const QgsPointXY& point) {
  // Display lon/lat in CGCS2000 (EPSG:4490); geometry itself stays projected.
  const QgsCoordinateTransform transform(mCanvas->mapSettings().destinationCrs(),
                                         QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4490")), mProject.get());
  try {
    const QgsPointXY lonLat = transform.transform(point);
    mCoordinateLabel->setText(tr("CGCS2000 %1°E %2°N").arg(lonLat.x(), 0, 'f', 6).arg(lonLat.y(), 0, 'f', 6));
  } catch (const QgsCsException&) {
    mCoordinateLabel->setText(tr("outside the CRS area"));
  }
}

void MainWindow::showScale(double scale) {
  mScaleLabel->setText(tr("Scale 1:%1").arg(qRound64(scale)));
}

}  // namespace grid::app
