// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QMainWindow>
#include <QMap>
#include <memory>

class QAction;
class QTimer;
class QgsMapCanvas;
class QgsProject;
class QgsLayerTreeView;
class QgsLayerTreeMapCanvasBridge;
class QgsPointXY;
class QLabel;
class QUndoStack;
class QgsVectorLayer;
class QgsFeature;
class QgsMapTool;

namespace grid {
class Database;
}

namespace grid::app {

class HierarchyDock;
class SearchDock;
class RedrawDock;
class BuildingProfileDialog;
class PickTool;
class StaffDock;
class LinkDock;
class RiskDock;
class PartyDock;
class LedgerWindow;
class EventDock;
class VisitDock;
class DashboardWindow;

/**
 * The workstation window: a QGIS map canvas with the database's hierarchy layers, a layer tree, and a status bar
 * with CGCS2000 lon/lat, scale and CRS. Owns the QgsProject (no QgsProject::instance() elsewhere).
 */
class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  /**
   * Live refresh: redraws the map and the tree's counts when other connections (another workstation, gridctl, this
   * window's own dialogs) committed changes since the last call; the status bar says which tables. Called every
   * 2 s by a timer. Returns the changed tables ("*" for a file, which tells only that something changed).
   */
  QStringList pollChanges();

  //! Opens (and, if older, upgrades) a GridStation database and shows its layers; false with a message on error.
  bool openDatabase(const QString& path, QString* error);
  QgsMapCanvas* canvas() const { return mCanvas; }
  //! Zooms to the grid with the 15-digit \a code and selects it; false when no such grid is shown.
  bool zoomToGrid(const QString& code);
  //! Zooms to and selects feature \a id of the layer on \a table (street, community, area, grid_map, building).
  bool zoomToFeature(const QString& table, long long id);
  HierarchyDock* hierarchyDock() const { return mHierarchyDock; }
  SearchDock* searchDock() const { return mSearchDock; }
  //! Opens the profile of building \a id; false with \a error set when it cannot be loaded.
  bool openBuildingProfile(long long id, QString* error = nullptr);
  BuildingProfileDialog* buildingProfileDialog() const { return mProfileDialog; }
  PickTool* pickTool() const { return mPickTool; }
  RedrawDock* redrawDock() const { return mRedrawDock; }
  QAction* coverageAction() const { return mCoverageAction; }
  StaffDock* staffDock() const { return mStaffDock; }
  LinkDock* linkDock() const { return mLinkDock; }
  RiskDock* riskDock() const { return mRiskDock; }
  PartyDock* partyDock() const { return mPartyDock; }
  //! Edit → 五本台账 · 三张清单: the ledger editor window (created with the main window, shown on demand).
  LedgerWindow* ledgerWindow() const { return mLedgerWindow; }
  //! Shows the ledger window on \a target ("grid:CODE", "community:CODE" …; empty: the current ledger).
  bool showLedger(const QString& target = QString(), QString* error = nullptr);
  //! The coverage overlay's household dots (filled for the link dock's community while coverage is shown).
  QgsVectorLayer* linkDotsLayer() const { return mLinkDots; }
  //! Refills the household dots for the link dock's community.
  void refreshLinkDots();
  //! View → Risk Panorama: shows the risk layer group and the filter dock.
  QAction* riskAction() const { return mRiskAction; }
  //! Prints the A3 risk panorama of \a communityCode to \a pdf; false with \a error set on failure.
  bool printPanorama(const QString& communityCode, const QString& pdf, QString* error = nullptr);
  //! Data edits (staff posts, party links): each an audited libgrid operation with its inverse.
  QUndoStack* undoStack() const { return mUndoStack; }
  //! Edit → Undo / Redo: the redraw session's while redraw mode is on, else the data-edit stack.
  QAction* undoAction() const { return mUndoAction; }
  QAction* redoAction() const { return mRedoAction; }
  //! Starts redraw mode for a community (asks which one when \a communityCode is empty).
  bool startRedraw(const QString& communityCode = QString(), QString* error = nullptr);
  //! The map layer drawn from \a table, or nullptr.
  QgsVectorLayer* layerForTable(const QString& table) const;
  QgsProject* project() const { return mProject.get(); }
  //! Who is signed in, as the status bar shows it ("王伟 · 网格员 @ grid:…"); empty without accounts.
  QString signedInText() const;
  //! Locks the window now (as the idle timer does): the password of the signed-in user, or switch user.
  void lockNow();
  QAction* usersAction() const { return mUsersAction; }
  //! File ▸ Take a Community Offline… and File ▸ Send Offline Edits to the Server… (for tests).
  QAction* offlineAction() const { return mOfflineAction; }
  QAction* sendBackAction() const { return mSendBackAction; }
  EventDock* eventDock() const { return mEventDock; }
  //! The events layer (event_map), or nullptr when the database has none.
  QgsVectorLayer* eventLayer() const { return mEventLayer; }
  //! Opens the event window of \a serial (modeless); false with \a error when there is no such event.
  bool openEvent(const QString& serial, QString* error = nullptr);
  //! 上报事件 at grid \a gridId / building \a buildingId (-1: none); returns the new serial number or empty.
  QString reportEvent(long long gridId, long long buildingId);
  //! 上报事件 at map point (\a x, \a y) in the database CRS: the grid it lies in receives it.
  QString reportEventAt(double x, double y);
  QAction* auditAction() const { return mAuditAction; }
  VisitDock* visitDock() const { return mVisitDock; }
  //! The overdue-visit marks layer, or nullptr before a database is open.
  QgsVectorLayer* overdueLayer() const { return mOverdueLayer; }
  //! View → 统计分析: the dashboard window (created with the main window, shown on demand).
  DashboardWindow* dashboardWindow() const { return mDashboard; }
  //! Opens the dashboard on \a place ("community:ID" …; empty: the first place) for \a month (empty: this month).
  bool showDashboard(const QString& place = QString(), const QString& month = QString(), QString* error = nullptr);
  //! Opens 登记走访 for an object ("grid", "building", "household", "key_person" …); returns the new log id or -1.
  long long logVisit(const QString& type, long long id, const QString& label = QString(), bool modal = true);
  //! Colours the grids by \a values (grid id → value) in a layer named \a title, replacing the one before: the deepest
  //! red for the highest values, or for the lowest when \a highIsGood.
  QgsVectorLayer* showChoropleth(const QString& title, const QMap<long long, double>& values, bool highIsGood = false);
  QgsVectorLayer* choroplethLayer() const { return mChoropleth; }

 public slots:
  void zoomToFullExtent();

 protected:
  void closeEvent(QCloseEvent* event) override;
  bool eventFilter(QObject* watched, QEvent* event) override;

 private slots:
  void chooseDatabase();
  //! File ▸ Take a Community Offline…: one community of the open server database into a new file, then opens it.
  void takeCommunityOffline();
  //! File ▸ Send Offline Edits to the Server…: the open pulled file's edits back to its server.
  void sendOfflineEdits();
  void showCoordinates(const QgsPointXY& point);
  void showScale(double scale);
  void onPicked(QgsVectorLayer* layer, const QgsFeature& feature);

 private:
  void createActions();
  //! After a data edit: the coverage overlay and the tree's counts show the database again.
  void refreshAfterEdit();
  void restoreSettings();
  QString viewKey() const;
  void saveView();
  //! Restores the extent last shown for this database; false when there is none.
  bool restoreView();

  std::unique_ptr<QgsProject> mProject;
  QgsMapCanvas* mCanvas = nullptr;
  QgsLayerTreeView* mLayerTreeView = nullptr;
  QgsLayerTreeMapCanvasBridge* mBridge = nullptr;
  HierarchyDock* mHierarchyDock = nullptr;
  SearchDock* mSearchDock = nullptr;
  RedrawDock* mRedrawDock = nullptr;
  QAction* mCoverageAction = nullptr;
  StaffDock* mStaffDock = nullptr;
  LinkDock* mLinkDock = nullptr;
  RiskDock* mRiskDock = nullptr;
  PartyDock* mPartyDock = nullptr;
  LedgerWindow* mLedgerWindow = nullptr;
  QgsMapTool* mPlaceTool = nullptr;  // 在地图上放置: the next map click places a key place
  QgsVectorLayer* mLinkDots = nullptr;
  QAction* mRiskAction = nullptr;
  VisitDock* mVisitDock = nullptr;
  QgsVectorLayer* mOverdueLayer = nullptr;
  DashboardWindow* mDashboard = nullptr;
  QgsVectorLayer* mChoropleth = nullptr;
  QUndoStack* mUndoStack = nullptr;
  QAction* mUndoAction = nullptr;
  QAction* mRedoAction = nullptr;
  PickTool* mPickTool = nullptr;
  BuildingProfileDialog* mProfileDialog = nullptr;
  QLabel* mCoordinateLabel = nullptr;
  QLabel* mScaleLabel = nullptr;
  QLabel* mCrsLabel = nullptr;
  QString mDatabasePath;
  QLabel* mUserLabel = nullptr;
  EventDock* mEventDock = nullptr;
  QgsVectorLayer* mEventLayer = nullptr;
  QAction* mUsersAction = nullptr;
  QAction* mAuditAction = nullptr;
  QAction* mSwitchUserAction = nullptr;
  QAction* mPasswordAction = nullptr;
  QAction* mOfflineAction = nullptr;
  QAction* mSendBackAction = nullptr;
  class QTimer* mIdleTimer = nullptr;
  QTimer* mChangeTimer = nullptr;
  std::unique_ptr<Database> mChangeListener;  //!< a connection of its own that hears other connections' commits
  bool mLocked = false;
  //! After a sign-in or a database without accounts: the status bar and the account actions.
  void updateAccountUi();
};

}  // namespace grid::app
