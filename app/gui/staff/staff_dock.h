// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QPointer>

#include "gui/edit/community_dock.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;
class QTreeWidget;
class QUndoStack;
class QgsMapCanvas;
class QgsProject;
class QgsVectorLayer;

namespace grid::app {

class HierarchyDock;

//! The MIME type of a staff member dragged from the register (payload: the staff id as text).
inline constexpr const char* kStaffMimeType = "application/x-gridstation-staff";

/**
 * Staff (人员配置): the community's staff register with posts and load, the rule panel (grids without a full-time
 * worker, overloaded workers, buildings without a chief, estates without a property chief) highlighted on the map,
 * and assignment by dragging a person from the register onto a grid, area or building in the tree or on the map.
 * Every assignment is an audited libgrid operation on the workstation's undo stack.
 */
class StaffDock : public CommunityDock {
  Q_OBJECT

 public:
  StaffDock(QgsMapCanvas* canvas, QgsProject* project, QUndoStack* undoStack, QWidget* parent = nullptr);
  ~StaffDock() override;

  //! Assigns \a staffId to \a level / \a targetId with the chosen role (auto: the target's usual role); the drop path.
  bool assign(long long staffId, const QString& level, long long targetId, QString* error = nullptr);
  //! Adds a member of staff to the register (they join the pool, without a post); undoable.
  bool addStaff(const QString& name, const QString& gender, const QString& phone, const QString& remark,
                QString* error = nullptr);
  //! Staff member \a staffId leaves (离职): every current post ends and they leave the register; undoable.
  bool deactivate(long long staffId, QString* error = nullptr);
  //! Makes the tree and the map canvas accept staff drops.
  void installDropTargets(HierarchyDock* tree);

  QTableWidget* registerTable() const { return mRegister; }
  QTreeWidget* rulesTree() const { return mRules; }
  QComboBox* roleCombo() const { return mRole; }
  QCheckBox* keepPostsCheck() const { return mKeepPosts; }
  //! The map layer marking the rule findings (grids, buildings, estates); owned by the project.
  QgsVectorLayer* highlightLayer() const;
  //! Number of rule findings of each kind, in the order of the rule panel.
  QList<int> findingCounts() const { return mCounts; }

 signals:
  //! A finding or a register row asks the map to show \a table / \a id (grid_map, building).
  void featureRequested(const QString& table, long long id);
  //! Something the main window shows changed (a post moved).
  void edited();

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  void load() override;
  void addStaffDialog();
  void loadRegister();
  void loadRules();
  void rebuildHighlight();
  //! The (level, id) under a drop at \a pos of the canvas viewport; level empty when nothing is there.
  QPair<QString, long long> targetOnMap(const QPoint& pos) const;
  QPair<QString, long long> targetInTree(const QPoint& pos) const;

  QgsMapCanvas* mCanvas = nullptr;
  QgsProject* mProject = nullptr;
  QUndoStack* mUndoStack = nullptr;
  QPointer<HierarchyDock> mTree;
  QComboBox* mRole = nullptr;
  QCheckBox* mKeepPosts = nullptr;
  QTableWidget* mRegister = nullptr;
  QTreeWidget* mRules = nullptr;
  QLabel* mSummary = nullptr;
  QPointer<QgsVectorLayer> mHighlight;
  QList<int> mCounts;
  struct Finding {
    QString table;  //!< grid_map, building, estate, staff
    long long id;
    int kind;
  };
  QList<Finding> mFindings;
};

}  // namespace grid::app
