// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDockWidget>

class QStandardItemModel;
class QStandardItem;
class QTreeView;

namespace grid {
class Database;
}

namespace grid::app {

/**
 * The administrative tree (街道 → 社区 → 片区 → 网格) with live household and person counts. Selecting a node emits
 * nodeSelected(table, id) with the map layer's table (street, community, area, grid_map); selectNode() does the
 * reverse when something is picked on the map.
 */
class HierarchyDock : public QDockWidget {
  Q_OBJECT

 public:
  explicit HierarchyDock(QWidget* parent = nullptr);

  //! Rebuilds the tree from \a database (at \a path, reopened to load a grid's buildings when it is expanded); false
  //! with \a error set when the query fails.
  bool load(Database& database, const QString& path, QString* error);
  //! Updates the counts and coverage of the loaded nodes in place (after an edit), keeping expansion and selection.
  bool refreshCounts(Database& database, QString* error = nullptr);
  //! Selects (and reveals) the node of \a table / \a id without emitting nodeSelected.
  bool selectNode(const QString& table, long long id);
  //! Selects building \a id under grid \a gridId, loading the grid's buildings first.
  bool selectBuilding(long long gridId, long long id);
  QStandardItemModel* model() const { return mModel; }
  //! The map table (street, community, area, grid_map, building) and record id of the node at \a index.
  QString tableAt(const QModelIndex& index) const;
  long long idAt(const QModelIndex& index) const;
  QTreeView* view() const { return mView; }

 signals:
  void nodeSelected(const QString& table, long long id);
  //! A building node was double-clicked (open its profile).
  void buildingActivated(long long id);

 private:
  void onCurrentChanged();
  void loadBuildings(const QModelIndex& gridIndex);

  QTreeView* mView = nullptr;
  QStandardItemModel* mModel = nullptr;
  bool mSilent = false;
  QString mPath;
};

}  // namespace grid::app
