// SPDX-License-Identifier: GPL-2.0-or-later
// MainWindow's work half: events (open, report), visits (log), the dashboard and its map colouring.
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
#include "gui/events/event_dialogs.h"
#include "gui/ledger/ledger_window.h"
#include "gui/map/main_window.h"
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

bool MainWindow::showDashboard(const QString& place, const QString& month, QString* error) {
  if (mDatabasePath.isEmpty()) {
    if (error) *error = tr("Open a database first.");
    return false;
  }
  if (!place.isEmpty() || !month.isEmpty()) {
    const QString where = place.isEmpty() ? mDashboard->placeCombo()->currentData().toString() : place;
    if (!mDashboard->showPlace(where, month, error)) return false;
  } else if (mDashboard->figures().place.level.empty() && mDashboard->placeCombo()->count() > 0) {
    if (!mDashboard->showPlace(mDashboard->placeCombo()->itemData(0).toString(), QString(), error)) return false;
  }
  mDashboard->show();
  mDashboard->raise();
  return true;
}

long long MainWindow::logVisit(const QString& type, long long id, const QString& label, bool modal) {
  if (mDatabasePath.isEmpty()) return -1;
  auto* dialog = new VisitDialog(mDatabasePath, mUndoStack, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  if (id >= 0 || type == QLatin1String("grid")) dialog->setObject(type, id, label);
  connect(dialog, &VisitDialog::saved, this, [this](long long logId, const QString& serial) {
    mVisitDock->reload();
    if (mLedgerWindow) mLedgerWindow->refresh();
    if (!serial.isEmpty()) {
      mEventDock->reload();
      if (mEventLayer) mEventLayer->triggerRepaint();
    }
    statusBar()->showMessage(serial.isEmpty() ? tr("Visit %1 logged.").arg(logId)
                                              : tr("Visit %1 logged and reported as event %2.").arg(logId).arg(serial),
                             8000);
  });
  if (!modal) {
    dialog->show();
    return -1;
  }
  dialog->exec();
  return -1;
}

QgsVectorLayer* MainWindow::showChoropleth(const QString& title, const QMap<long long, double>& values,
                                           bool highIsGood) {
  QgsVectorLayer* grids = layerForTable(QStringLiteral("grid_map"));
  if (!grids) return nullptr;
  if (mChoropleth) mProject->removeMapLayer(mChoropleth);
  mChoropleth = createChoroplethLayer(*grids, title, values, highIsGood);
  mProject->addMapLayer(mChoropleth, false);
  mProject->layerTreeRoot()->insertLayer(0, mChoropleth);
  if (mChoropleth->featureCount() > 0) {
    QgsRectangle extent = mChoropleth->extent();
    extent.scale(1.1);
    mCanvas->setExtent(extent);
  }
  mCanvas->refresh();
  statusBar()->showMessage(
      tr("%1: %n grid(s) coloured.", nullptr, static_cast<int>(mChoropleth->featureCount())).arg(title), 8000);
  return mChoropleth;
}

bool MainWindow::openEvent(const QString& serial, QString* error) {
  auto db = Database::open(mDatabasePath.toStdString(), Database::readOnlyOptions());
  if (!db) {
    if (error) *error = QString::fromStdString(db.error().describe());
    return false;
  }
  SystemClock clock;
  if (!workflow::loadEvent(**db, clock, serial.toStdString())) {
    if (error) *error = tr("No event %1 (or it lies outside your scope).").arg(serial);
    return false;
  }
  auto* dialog = new EventDialog(mDatabasePath, serial, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &EventDialog::changed, this, [this] {
    mEventDock->reload();
    if (mEventLayer) mEventLayer->triggerRepaint();
  });
  connect(dialog, &EventDialog::locate, this, [this](double x, double y) {
    mCanvas->setCenter(QgsPointXY(x, y));
    mCanvas->zoomScale(1500);
    mCanvas->refresh();
  });
  dialog->show();
  return true;
}

QString MainWindow::reportEvent(long long gridId, long long buildingId) {
  if (mDatabasePath.isEmpty()) return QString();
  if (gridId < 0)  // the selected building, else the selected grid
    if (QgsVectorLayer* buildings = layerForTable(QStringLiteral("building"));
        buildings && buildings->selectedFeatureCount() > 0) {
      const QgsFeature feature = buildings->selectedFeatures().first();
      buildingId = feature.id();
      gridId = feature.attribute(QStringLiteral("grid_id")).toLongLong();
    }
  if (gridId < 0)
    if (QgsVectorLayer* grids = layerForTable(QStringLiteral("grid_map")); grids && grids->selectedFeatureCount() > 0)
      gridId = grids->selectedFeatures().first().id();
  ReportEventDialog dialog(mDatabasePath, gridId, buildingId, this);
  if (dialog.exec() != QDialog::Accepted) return QString();
  mEventDock->reload();
  if (mEventLayer) mEventLayer->triggerRepaint();
  statusBar()->showMessage(tr("Event %1 reported.").arg(dialog.serial()), 8000);
  return dialog.serial();
}

QString MainWindow::reportEventAt(double x, double y) {
  auto db = Database::open(mDatabasePath.toStdString(), Database::readOnlyOptions());
  if (!db) return QString();
  auto grid = gridAt(**db, x, y);
  const long long gridId = grid && *grid ? **grid : -1;
  db.value().reset();
  if (gridId < 0) {
    statusBar()->showMessage(tr("That point lies in no grid; click inside a grid."), 8000);
    return QString();
  }
  ReportEventDialog dialog(mDatabasePath, gridId, -1, this);
  dialog.setPoint(x, y);
  if (dialog.exec() != QDialog::Accepted) return QString();
  mEventDock->reload();
  if (mEventLayer) mEventLayer->triggerRepaint();
  statusBar()->showMessage(tr("Event %1 reported.").arg(dialog.serial()), 8000);
  return dialog.serial();
}

}  // namespace grid::app
