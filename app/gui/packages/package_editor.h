// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QScrollArea;
class QSplitter;
class QgsAttributeForm;
class QgsAttributeTableFilterModel;
class QgsAttributeTableModel;
class QgsAttributeTableView;
class QgsMapCanvas;
class QgsVectorLayer;
class QgsVectorLayerCache;

namespace grid::app {

/**
 * A work package opened in GridStation (`gridstation PKG.gpkg`), for a grid worker's laptop: the package's map
 * (grids, buildings, key places), its lists as tables and forms generated from the list definitions (the package's
 * QGIS project: value relations into its code tables, read-only fields, parent records picked from lists), edits
 * saved into the package, and what changed since the package was made. Scope is the package itself: it holds only its
 * grids. The office merges the file back (工作包 → 合并).
 */
class PackageEditor : public QMainWindow {
  Q_OBJECT

 public:
  explicit PackageEditor(const QString& packagePath, QWidget* parent = nullptr);
  ~PackageEditor() override;
  //! Empty when the package opened; else why not (the window shows it too).
  QString error() const { return mError; }
  //! Shows list \a layer (households, persons, …) in the table and form; false when there is none.
  bool showLayer(const QString& layer);
  QgsVectorLayer* layer(const QString& name) const;
  QgsAttributeTableView* table() const { return mTable; }
  QgsAttributeForm* form() const { return mForm; }
  //! Shows the form of feature \a fid of the current list.
  void showFeature(long long fid);
  QgsMapCanvas* canvas() const { return mCanvas; }
  //! Saves the current list's edits into the package; false with the reason.
  bool save(QString* error = nullptr);
  //! Re-counts what the package holds beyond its base (the status line).
  void updateChanges();
  QString changesText() const;

 protected:
  void closeEvent(QCloseEvent* event) override;

 private:
  QString mPath, mError;
  QgsMapCanvas* mCanvas = nullptr;
  QListWidget* mLayers = nullptr;
  QSplitter* mRight = nullptr;
  QScrollArea* mScroll = nullptr;
  QgsAttributeTableView* mTable = nullptr;
  QgsAttributeForm* mForm = nullptr;
  QgsVectorLayerCache* mCache = nullptr;
  QgsAttributeTableModel* mModel = nullptr;
  QgsAttributeTableFilterModel* mFilter = nullptr;
  QgsVectorLayer* mCurrent = nullptr;
  QLabel* mChanges = nullptr;
};

}  // namespace grid::app
