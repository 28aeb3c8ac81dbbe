// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDockWidget>
#include <vector>

#include "visits/visits.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;
class QgsVectorLayer;

namespace grid::app {

/**
 * 巡查走访: the objects due for a visit in a community or grid under the frequency rules, most overdue first
 * (overdue rows red, due within a week amber), with 登记走访 for the selected one and 网格巡查 for its grid. The
 * overdue ones are marked on the map in the layer set with setOverdueLayer(), which the dock fills.
 */
class VisitDock : public QDockWidget {
  Q_OBJECT

 public:
  explicit VisitDock(QWidget* parent = nullptr);
  void setDatabase(const QString& path);
  //! The map layer of overdue objects (memory points in \a srid), created once per database by the window.
  void setOverdueLayer(QgsVectorLayer* layer) { mLayer = layer; }
  void reload();
  QComboBox* placeCombo() const { return mPlace; }
  //! The grid workers of the listed objects; "all" first.
  QComboBox* workerCombo() const { return mWorker; }
  QCheckBox* overdueOnly() const { return mOverdueOnly; }
  QTableWidget* table() const { return mTable; }
  const std::vector<visits::DueItem>& items() const { return mItems; }
  //! Creates the overdue marks layer (purple diamonds labelled with the days overdue).
  static QgsVectorLayer* createOverdueLayer(int srid);

 signals:
  //! Log a visit to row's object (grid patrols: type "grid" and the grid id).
  void logRequested(const QString& type, long long id, const QString& label);
  void zoomRequested(double x, double y);

 private:
  void fillLayer();
  QString mPath;
  QComboBox* mPlace = nullptr;
  QComboBox* mWorker = nullptr;
  QCheckBox* mOverdueOnly = nullptr;
  QCheckBox* mWeek = nullptr;
  QTableWidget* mTable = nullptr;
  QLabel* mSummary = nullptr;
  QgsVectorLayer* mLayer = nullptr;
  std::vector<visits::DueItem> mItems;
};

}  // namespace grid::app
