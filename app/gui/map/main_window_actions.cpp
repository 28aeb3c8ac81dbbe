// SPDX-License-Identifier: GPL-2.0-or-later
// MainWindow's menus, toolbar and their actions (the rest of the window is main_window.cpp).
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
#include "gui/community/community_window.h"
#include "gui/dashboard/dashboard_window.h"
#include "gui/events/event_dialogs.h"
#include "gui/ledger/ledger_window.h"
#include "gui/map/main_window.h"
#include "gui/map/pick_tool.h"
#include "gui/packages/packages_window.h"
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

void MainWindow::createActions() {
  QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
  QAction* open = fileMenu->addAction(tr("&Open Database…"), this, &MainWindow::chooseDatabase);
  QAction* find = fileMenu->addAction(tr("&Search…"), this, [this] {
    mSearchDock->show();
    mSearchDock->lineEdit()->setFocus();
    mSearchDock->lineEdit()->selectAll();
  });
  find->setShortcut(QKeySequence::Find);
  open->setShortcut(QKeySequence::Open);
  fileMenu->addSeparator();
  QMenu* printMenu = fileMenu->addMenu(tr("&Print"));
  printMenu->addAction(tr("Grid &Notice Boards…"), this, [this] {
    if (mDatabasePath.isEmpty()) return;
    PrintDialog dialog(mDatabasePath, PrintDialog::Kind::Boards, this);
    dialog.exec();
  });
  printMenu->addAction(tr("QR &Door Plates…"), this, [this] {
    if (mDatabasePath.isEmpty()) return;
    PrintDialog dialog(mDatabasePath, PrintDialog::Kind::Plates, this);
    dialog.exec();
  });
  fileMenu->addSeparator();
  mOfflineAction = fileMenu->addAction(tr("Take a Community &Offline…"), this, &MainWindow::takeCommunityOffline);
  mOfflineAction->setToolTip(tr("Copy one community of this server database into a file, to work without the server"));
  mSendBackAction = fileMenu->addAction(tr("Send Offline &Edits to the Server…"), this, &MainWindow::sendOfflineEdits);
  mSendBackAction->setToolTip(tr("Write what this file changed since it was taken offline back to its server"));
  fileMenu->addSeparator();
  mSwitchUserAction = fileMenu->addAction(tr("S&witch User…"), this, [this] {
    if (mDatabasePath.isEmpty()) return;
    QString error;
    if (!openDatabase(mDatabasePath, &error)) statusBar()->showMessage(error, 8000);
  });
  mPasswordAction = fileMenu->addAction(tr("Change &Password…"), this, [this] {
    auto session = access::processSession();
    if (!session) return;
    ChangePasswordDialog dialog(mDatabasePath, *session, false, this);
    if (dialog.exec() == QDialog::Accepted) statusBar()->showMessage(tr("Password changed."), 8000);
  });
  fileMenu->addAction(tr("&Lock"), this, &MainWindow::lockNow);
  fileMenu->addSeparator();
  QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
  quit->setShortcut(QKeySequence::Quit);

  QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
  mUndoAction = editMenu->addAction(tr("&Undo"), this, [this] {
    if (mRedrawDock->isVisible())
      mRedrawDock->undoAction()->trigger();
    else
      mUndoStack->undo();
  });
  mUndoAction->setShortcut(QKeySequence::Undo);
  mRedoAction = editMenu->addAction(tr("&Redo"), this, [this] {
    if (mRedrawDock->isVisible())
      mRedrawDock->redoAction()->trigger();
    else
      mUndoStack->redo();
  });
  mRedoAction->setShortcuts({QKeySequence(QStringLiteral("Ctrl+Y")), QKeySequence(QKeySequence::Redo)});
  // The menu names what an undo would undo.
  connect(editMenu, &QMenu::aboutToShow, this, [this] {
    const bool redraw = mRedrawDock->isVisible();
    mUndoAction->setEnabled(redraw ? mRedrawDock->undoAction()->isEnabled() : mUndoStack->canUndo());
    mRedoAction->setEnabled(redraw ? mRedrawDock->redoAction()->isEnabled() : mUndoStack->canRedo());
    mUndoAction->setText(!redraw && mUndoStack->canUndo() ? tr("&Undo %1").arg(mUndoStack->undoText()) : tr("&Undo"));
    mRedoAction->setText(!redraw && mUndoStack->canRedo() ? tr("&Redo %1").arg(mUndoStack->redoText()) : tr("&Redo"));
  });
  connect(editMenu, &QMenu::aboutToHide, this, [this] {
    mUndoAction->setEnabled(true);  // the shortcuts stay live; an empty stack just does nothing
    mRedoAction->setEnabled(true);
  });
  editMenu->addSeparator();
  QAction* staffAction = mStaffDock->toggleViewAction();
  staffAction->setText(tr("&Staff and Posts…"));
  editMenu->addAction(staffAction);
  QAction* linkAction = mLinkDock->toggleViewAction();
  linkAction->setText(tr("Party Member &Links…"));
  editMenu->addAction(linkAction);
  editMenu->addAction(tr("Report &Event…"), this, [this] { reportEvent(-1, -1); });
  editMenu->addAction(tr("Report Event at a &Point…"), this, [this] {
    // The next click on the map is where it happened; its grid receives it.
    auto* tool = new QgsMapToolEmitPoint(mCanvas);
    tool->setCursor(Qt::CrossCursor);
    connect(tool, &QgsMapToolEmitPoint::canvasClicked, this, [this, tool](const QgsPointXY& point) {
      mCanvas->setMapTool(mPickTool);
      tool->deleteLater();
      statusBar()->clearMessage();
      reportEventAt(point.x(), point.y());
    });
    mCanvas->setMapTool(tool);
    statusBar()->showMessage(tr("Click the map where the event happened."));
  });
  QAction* eventsAction = mEventDock->toggleViewAction();
  eventsAction->setText(tr("E&vents Inbox"));
  editMenu->addAction(eventsAction);
  QAction* visitsAction = mVisitDock->toggleViewAction();
  visitsAction->setText(tr("Patrols and &Visits"));
  editMenu->addAction(visitsAction);
  editMenu->addAction(tr("Log &Visit or Patrol…"), this, [this] { logVisit(QStringLiteral("grid"), -1); });
  editMenu->addAction(
      tr("Five &Ledgers and Three Lists…"), this,
      [this] {
        QString error;
        if (!showLedger(QString(), &error) && !error.isEmpty()) QMessageBox::warning(this, tr("Ledgers"), error);
      },
      QKeySequence(QStringLiteral("Ctrl+L")));
  QAction* partyAction = mPartyDock->toggleViewAction();
  partyAction->setText(tr("Party &Organisations and Plaques…"));
  editMenu->addAction(partyAction);
  editMenu->addAction(tr("&Redraw Grids…"), this, [this] {
    QString error;
    if (!startRedraw(QString(), &error) && !error.isEmpty()) QMessageBox::warning(this, tr("Redraw Grids"), error);
  });

  QMenu* toolsMenu = menuBar()->addMenu(tr("&Tools"));
  mUsersAction = toolsMenu->addAction(tr("&Users and Roles…"), this, [this] {
    UsersWindow window(mDatabasePath, this);
    window.exec();
  });
  toolsMenu->addAction(tr("Visit &Frequency Rules…"), this, [this] {
    if (mDatabasePath.isEmpty()) return;
    VisitRulesDialog dialog(mDatabasePath, mUndoStack, this);
    if (dialog.exec() == QDialog::Accepted) mVisitDock->reload();
  });
  toolsMenu->addAction(tr("&Work Packages…"), this, [this] {
    if (mDatabasePath.isEmpty()) return;
    PackagesWindow window(mDatabasePath, this, mUndoStack);
    connect(&window, &PackagesWindow::databaseChanged, this, &MainWindow::refreshAfterEdit);
    window.exec();
  });
  toolsMenu->addAction(tr("&Merge Work Package…"), this, [this] {
    if (mDatabasePath.isEmpty()) return;
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Merge Work Package"), QString(), tr("GeoPackage (*.gpkg)"));
    if (file.isEmpty()) return;
    MergeDialog dialog(mDatabasePath, file, this, mUndoStack);
    connect(&dialog, &MergeDialog::merged, this, &MainWindow::refreshAfterEdit);
    dialog.exec();
  });
  toolsMenu->addSeparator();
  const struct {
    QString text;
    CommunityWindow::Tab tab;
  } community[] = {{tr("&Deliberations (四事五议)…"), CommunityWindow::Tab::Deliberations},
                   {tr("Minimal &Emergency Units…"), CommunityWindow::Tab::EmergencyUnits},
                   {tr("15-Minute &Service Circle…"), CommunityWindow::Tab::ServiceCircle}};
  for (const auto& entry : community) {
    const CommunityWindow::Tab tab = entry.tab;
    toolsMenu->addAction(entry.text, this, [this, tab] {
      if (mDatabasePath.isEmpty()) return;
      CommunityWindow window(mDatabasePath, mUndoStack, this);
      connect(&window, &CommunityWindow::databaseChanged, this, &MainWindow::refreshAfterEdit);
      window.show(tab);
      window.exec();
    });
  }
  toolsMenu->addSeparator();
  mAuditAction = toolsMenu->addAction(tr("&Audit Log…"), this, [this] {
    AuditViewer viewer(mDatabasePath, this);
    viewer.exec();
  });

  QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
  mCoverageAction = viewMenu->addAction(tr("Party Link &Coverage"));
  mCoverageAction->setCheckable(true);
  mCoverageAction->setToolTip(
      tr("Buildings with households that have no linked party member in red, fully linked in green"));
  connect(mCoverageAction, &QAction::toggled, this, [this](bool on) {
    if (QgsVectorLayer* layer = layerForTable(QStringLiteral("building_links")))
      if (QgsLayerTreeLayer* node = mProject->layerTreeRoot()->findLayer(layer)) node->setItemVisibilityChecked(on);
    if (on) refreshLinkDots();
    if (mLinkDots)
      if (QgsLayerTreeLayer* node = mProject->layerTreeRoot()->findLayer(mLinkDots)) node->setItemVisibilityChecked(on);
  });
  mRiskAction = viewMenu->addAction(tr("&Risk Panorama"));
  mRiskAction->setCheckable(true);
  mRiskAction->setToolTip(tr("Key places, buildings by risk, grid risk score and heat map, with filters"));
  connect(mRiskAction, &QAction::toggled, this, [this](bool on) {
    if (QgsLayerTreeGroup* group = mProject->layerTreeRoot()->findGroup(tr("Risk panorama")))
      group->setItemVisibilityChecked(on);
    mRiskDock->setVisible(on);
    if (on) mRiskDock->raise();
  });
  viewMenu->addAction(
      tr("&Statistics…"), this,
      [this] {
        QString error;
        if (!showDashboard(QString(), QString(), &error) && !error.isEmpty())
          QMessageBox::warning(this, tr("Statistics"), error);
      },
      QKeySequence(QStringLiteral("Ctrl+Shift+D")));
  viewMenu->addSeparator();
  QAction* full = viewMenu->addAction(tr("Zoom to &Full Extent"), this, &MainWindow::zoomToFullExtent);
  full->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_F);
  QAction* previous = viewMenu->addAction(tr("&Previous Extent"), mCanvas, &QgsMapCanvas::zoomToPreviousExtent);
  QAction* next = viewMenu->addAction(tr("&Next Extent"), mCanvas, &QgsMapCanvas::zoomToNextExtent);

  QToolBar* toolbar = addToolBar(tr("Map"));
  toolbar->setObjectName(QStringLiteral("MapToolbar"));
  toolbar->addAction(open);
  toolbar->addAction(full);
  toolbar->addAction(previous);
  toolbar->addAction(next);
}

}  // namespace grid::app
