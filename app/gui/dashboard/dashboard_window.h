// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDialog>
#include <QMap>
#include <vector>

#include "dashboard/dashboard.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;
class QgsVectorLayer;

namespace grid::app {

/**
 * 统计分析: the indicators of a place (street, community, grid, worker) for a month beside the month before, the same
 * figures for each place one level down (double-click to drill down; 上一级 goes back up), a chart of the chosen
 * indicator across them, the records behind any count (double-click it), the grid choropleth of any indicator on the
 * map, and the monthly report as PDF or Excel. Everything comes from libgrid's dashboard, on the signed-in user's
 * scope; the report prints the same numbers.
 */
class DashboardWindow : public QDialog {
  Q_OBJECT

 public:
  explicit DashboardWindow(QWidget* parent = nullptr);
  void setDatabase(const QString& path);
  //! Shows \a place ("community:12", "grid:40" …: level and id) for \a month (YYYY-MM).
  bool showPlace(const QString& place, const QString& month = QString(), QString* error = nullptr);
  QTableWidget* indicatorTable() const { return mIndicators; }
  QTableWidget* childTable() const { return mChildren; }
  QComboBox* placeCombo() const { return mPlace; }
  const dashboard::Figures& figures() const { return mNow; }
  const std::vector<dashboard::Figures>& children() const { return mChildFigures; }
  //! The records behind indicator \a key of the shown place (or of child \a child ≥ 0), in a dialog.
  void showRecords(const QString& key, int child = -1);
  //! Colours the grids under the shown place by indicator \a key on the map (emits choroplethRequested).
  void colourMap(const QString& key);
  //! Selects indicator \a key in the table (the chart follows).
  void selectIndicator(const QString& key);
  //! The indicator selected in the table (households when none).
  QString currentKey() const;
  //! Values of \a key for every grid under the shown place, for the map (grid id → value).
  QMap<long long, double> gridValues(const QString& key, QString* error = nullptr);
  //! Writes the monthly report of the shown community or street to \a file (.pdf or .xlsx).
  bool writeReport(const QString& file, QString* error = nullptr);

 signals:
  //! \a highIsGood: high values are good news (coverage, on time), so the map's darkest red goes to the lowest.
  void choroplethRequested(const QString& title, const QMap<long long, double>& values, bool highIsGood);
  void eventOpened(const QString& serial);
  void gridOpened(long long gridId);

 private:
  void reload();
  void fillChart();
  QString indicatorName(const dashboard::Indicator& indicator) const;
  QString mPath;
  QComboBox* mPlace = nullptr;
  QDateEdit* mMonth = nullptr;
  QLabel* mTitle = nullptr;
  QTableWidget* mIndicators = nullptr;
  QTableWidget* mChildren = nullptr;
  QWidget* mChart = nullptr;  //!< a QChartView (Qt 5 puts it in namespace QtCharts, Qt 6 does not)
  dashboard::Figures mNow, mBefore;
  std::vector<dashboard::Figures> mChildFigures;
  std::vector<std::string> mRowKeys;  //!< indicator key of each row of the indicator table ("" for group rows)
};

}  // namespace grid::app
