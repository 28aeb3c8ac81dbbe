// SPDX-License-Identifier: GPL-2.0-or-later
// Patrols, visits and the dashboard in the workstation: the dock's list and map marks match libgrid's due list, a
// visit logged from the dialog clears its object and undoes, the dashboard's tables and choropleth carry libgrid's
// figures, and the report button writes a PDF.
#include <gtest/gtest.h>
#include <qgsfeatureiterator.h>
#include <qgsvectorlayer.h>

#include <QComboBox>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>
#include <filesystem>

#include "../libgrid/support/test_support.h"
#include "dashboard/dashboard.h"
#include "gui/dashboard/dashboard_window.h"
#include "gui/map/main_window.h"
#include "gui/visits/visit_dialog.h"
#include "gui/visits/visit_dock.h"
#include "gui/visits/visit_rules_dialog.h"
#include "registry/visit_rules.h"
#include "visits/visits.h"

namespace grid::app {
namespace {

TEST(VisitsGui, TheDockDialogAndDashboardShowLibgridsFigures) {
  test::TempDir dir;
  FixedClock clock("2026-11-01T18:00:00Z");
  auto generated = test::createGeneratedDatabase(dir, clock, Actor::system("test"), 3000, "visits.sqlite");
  ASSERT_TRUE(generated.db);
  const long long community = test::count(*generated.db, "SELECT min(id) FROM community");
  ASSERT_TRUE(generated.db->exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
  const QString path = QString::fromStdString(generated.db->path());
  generated.db.reset();

  MainWindow window;
  QString error;
  ASSERT_TRUE(window.openDatabase(path, &error)) << error.toStdString();
  VisitDock* dock = window.visitDock();
  dock->show();
  const QString place = QStringLiteral("community:%1").arg(community);
  dock->placeCombo()->setCurrentIndex(dock->placeCombo()->findData(place));
  dock->reload();

  // The dock lists what libgrid lists today, and marks every overdue object that has a place on the map.
  auto db = Database::open(path.toStdString(), Database::readOnlyOptions());
  ASSERT_TRUE(db.ok());
  SystemClock now;
  visits::DueQuery query;
  query.place = {"community", community};
  query.withPoints = true;
  auto due = visits::dueVisits(**db, now, query);
  ASSERT_TRUE(due.ok());
  EXPECT_EQ(dock->table()->rowCount(), static_cast<int>(due->size()));
  long long marked = 0;
  for (const auto& item : *due) marked += item.overdue() && item.hasPoint;
  ASSERT_TRUE(window.overdueLayer());
  EXPECT_GT(marked, 0);
  EXPECT_EQ(window.overdueLayer()->featureCount(), marked);
  // One worker's objects only.
  ASSERT_GT(dock->workerCombo()->count(), 1);
  dock->workerCombo()->setCurrentIndex(1);
  const long long worker = dock->workerCombo()->currentData().toLongLong();
  for (const auto& item : dock->items()) EXPECT_EQ(item.staffId, worker);
  dock->workerCombo()->setCurrentIndex(0);

  // A visit logged from the dialog takes its key person off the overdue list; undo puts it back.
  const visits::DueItem* late = nullptr;
  for (const auto& item : *due)
    if (item.overdue() && item.objectType == "key_person") late = &item;
  ASSERT_NE(late, nullptr);
  const long long logs = test::count(**db, "SELECT count(*) FROM patrol_log");
  VisitDialog dialog(path, window.undoStack());
  dialog.setObject(QStringLiteral("key_person"), late->objectId);
  dialog.findingsEdit()->setPlainText(QStringLiteral("见面走访，情绪稳定"));
  ASSERT_TRUE(dialog.save());
  EXPECT_EQ(test::count(**db, "SELECT count(*) FROM patrol_log"), logs + 1);
  query.overdueOnly = true;
  auto after = visits::dueVisits(**db, now, query);
  ASSERT_TRUE(after.ok());
  for (const auto& item : *after) EXPECT_FALSE(item.objectType == "key_person" && item.objectId == late->objectId);
  window.undoStack()->undo();
  EXPECT_EQ(test::count(**db, "SELECT count(*) FROM patrol_log"), logs);
  // A refused visit (no such household) writes nothing and says which field.
  VisitDialog refused(path, window.undoStack());
  refused.setObject(QStringLiteral("household"), 99999999);
  EXPECT_FALSE(refused.save());
  EXPECT_EQ(test::count(**db, "SELECT count(*) FROM patrol_log"), logs);

  // The rule editor: a changed interval is saved through libgrid and undone from the window's stack.
  {
    VisitRulesDialog rules(path, window.undoStack());
    ASSERT_GT(rules.table()->rowCount(), 10);
    auto* every = qobject_cast<QSpinBox*>(rules.table()->cellWidget(0, 3));
    ASSERT_NE(every, nullptr);
    const int before = every->value();
    every->setValue(before + 2);
    ASSERT_TRUE(rules.save());
    auto saved = registry::loadVisitRules(**db, false);
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved->front().every, before + 2);
    window.undoStack()->undo();
    saved = registry::loadVisitRules(**db, false);
    EXPECT_EQ(saved->front().every, before);
  }

  // The dashboard: the place's figures, its grids below, and the grids coloured by an indicator.
  ASSERT_TRUE(window.showDashboard(place, QStringLiteral("2026-10"), &error)) << error.toStdString();
  DashboardWindow* dashboard = window.dashboardWindow();
  auto figures = dashboard::computeFigures(**db, now, {"community", community}, *dashboard::monthPeriod("2026-10"));
  ASSERT_TRUE(figures.ok());
  EXPECT_EQ(dashboard->figures().value("households"), figures->value("households"));
  EXPECT_EQ(dashboard->figures().value("visits_overdue"), figures->value("visits_overdue"));
  EXPECT_EQ(
      dashboard->childTable()->rowCount(),
      static_cast<int>(test::count(
          **db, "SELECT count(*) FROM grid WHERE retired_at IS NULL AND community_id = " + std::to_string(community))));
  dashboard->selectIndicator(QStringLiteral("visits_done"));
  EXPECT_EQ(dashboard->currentKey(), QStringLiteral("visits_done"));
  const auto values = dashboard->gridValues(QStringLiteral("visits_done"), &error);
  ASSERT_EQ(values.size(), dashboard->childTable()->rowCount());
  double sum = 0;
  for (double v : values) sum += v;
  EXPECT_EQ(sum, figures->value("visits_done")) << "the grids' visits add up to the community's";
  QgsVectorLayer* layer = window.showChoropleth(QStringLiteral("visits"), values, true);
  ASSERT_TRUE(layer);
  EXPECT_EQ(layer->featureCount(), values.size());
  QgsFeature feature;
  for (QgsFeatureIterator it = layer->getFeatures(); it.nextFeature(feature);)
    EXPECT_EQ(feature.attribute(QStringLiteral("value")).toDouble(),
              values.value(feature.attribute(QStringLiteral("grid_id")).toLongLong()));
  // Down to a grid, then its workers.
  const QString grid = QStringLiteral("grid:%1").arg(values.firstKey());
  ASSERT_TRUE(dashboard->showPlace(grid, QString(), &error)) << error.toStdString();
  EXPECT_EQ(dashboard->figures().place.level, "grid");
  ASSERT_GE(dashboard->childTable()->rowCount(), 1);
  EXPECT_EQ(dashboard->children().front().place.level, "worker");

  // The monthly report of the community, from the dashboard.
  ASSERT_TRUE(dashboard->showPlace(place, QString(), &error));
  const std::string pdf = dir.file("report.pdf");
  ASSERT_TRUE(dashboard->writeReport(QString::fromStdString(pdf), &error)) << error.toStdString();
  EXPECT_GT(std::filesystem::file_size(pdf), 20000u);
}

}  // namespace
}  // namespace grid::app
