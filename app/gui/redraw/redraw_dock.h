// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDockWidget>
#include <QPointer>
#include <memory>
#include <set>
#include <vector>

class QAction;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QgsMapCanvas;
class QgsMapTool;
class QgsProject;
class QgsVectorLayer;
class QgsGeometry;

namespace grid::districting {
class RedrawSession;
struct PlanIssue;
}  // namespace grid::districting

namespace grid::app {

class RedrawTool;

/**
 * Redraw mode (重划网格): the grids of one community as a table with live household totals, signed changes and
 * deviation colours, a map tool that assigns buildings to the active grid (click, brush, Shift-drag rectangle),
 * the issues that block or deserve a look, auto-balance of the selected grids, locks, undo/redo of every stroke
 * (Ctrl+Z / Ctrl+Y), and commit as one audited plan version — or discard.
 */
class RedrawDock : public QDockWidget {
  Q_OBJECT
 public:
  RedrawDock(QgsMapCanvas* canvas, QgsProject* project, QWidget* parent = nullptr);
  ~RedrawDock() override;

  //! Starts redrawing \a communityCode of the database at \a path; false with \a error if it cannot.
  bool start(const QString& path, const QString& communityCode, QString* error);
  //! Leaves redraw mode without saving (the session's steps are dropped).
  void discard();
  bool active() const { return static_cast<bool>(mSession); }

  districting::RedrawSession* session() const { return mSession.get(); }
  QTableWidget* table() const { return mTable; }
  QListWidget* issueList() const { return mIssues; }
  QAction* undoAction() const { return mUndo; }
  QAction* redoAction() const { return mRedo; }
  RedrawTool* tool() const;
  QgsVectorLayer* previewLayer() const { return mLayer; }
  //! The grid strokes go to (the current table row).
  int activeGrid() const;
  void setActiveGrid(int grid);

  //! The grid a unit is in now (−1: none).
  int gridOf(int unit) const;
  //! Units (building indices) whose footprints intersect \a geometry (map CRS).
  std::vector<int> unitsIn(const QgsGeometry& geometry) const;
  //! Live totals while a stroke is in progress (nothing recorded); \a grid −1 = the active grid.
  void previewStroke(const std::vector<int>& units, int grid = -1);
  //! Records a stroke as one undoable step; \a grid −1 = the active grid.
  void finishStroke(const std::vector<int>& units, const QString& label, int grid = -1);

  //! Splits the building of \a unit by 单元 (entrance) as one undoable step, so its parts can go to different grids.
  bool splitUnit(int unit, QString* error = nullptr);

  //! Rebalances the selected grids as one undoable step: one selected grid means it and its neighbours, none
  //! means all.
  void autoBalanceSelection();
  //! Accepts the plan as a new version; false with \a error if it cannot (issues, database).
  bool commit(QString* error);

 signals:
  //! The plan was accepted: the workstation reloads its layers.
  void committed(const QString& path);
  void finished();

 private:
  void refresh(const std::vector<long long>* preview = nullptr);
  QString gridName(int grid) const;
  QString issueText(const districting::PlanIssue& issue) const;
  void refreshLayer();
  void rebuildFeatures();
  void toggleLock(int row, bool locked);

  QPointer<QgsMapCanvas> mCanvas;
  QgsProject* mProject;
  QString mPath;
  std::unique_ptr<districting::RedrawSession> mSession;
  QgsVectorLayer* mLayer = nullptr;
  QPointer<RedrawTool> mTool;  // a child of the canvas
  QPointer<QgsMapTool> mPreviousTool;
  QLabel* mSummary = nullptr;
  QTableWidget* mTable = nullptr;
  QListWidget* mIssues = nullptr;
  QAction* mUndo = nullptr;
  QAction* mRedo = nullptr;
  QPushButton* mBalance = nullptr;
  QPushButton* mCommit = nullptr;
  QPushButton* mDiscard = nullptr;
  bool mUpdating = false;
  std::set<long long> mShownSplits;  //!< the session's splits the preview layer was built with
};

}  // namespace grid::app
