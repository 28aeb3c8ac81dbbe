// SPDX-License-Identifier: GPL-2.0-or-later
// Events in the workstation: the layer, the inbox, reporting from the form, acting from the event window.
#include <gtest/gtest.h>
#include <qgsvectorlayer.h>

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

#include "../libgrid/support/test_support.h"
#include "events/event_dialogs.h"
#include "map/main_window.h"
#include "workflow/event_flow.h"

namespace grid::app {
namespace {

TEST(EventsGui, TheInboxLayerFormAndWindowDriveTheStateMachine) {
  test::TempDir dir;
  FixedClock clock("2026-11-24T09:00:00Z");
  auto generated = test::createGeneratedDatabase(dir, clock, Actor::system("test"), 3000, "events.sqlite");
  ASSERT_TRUE(generated.db);
  const long long events = test::count(*generated.db, "SELECT count(*) FROM event WHERE merged_into IS NULL");
  ASSERT_GT(events, 20);
  const long long grid = test::count(*generated.db, "SELECT min(id) FROM grid");
  const long long building = test::count(*generated.db, "SELECT min(id) FROM building WHERE grid_id = " + std::to_string(grid));
  ASSERT_TRUE(generated.db->exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
  const QString path = QString::fromStdString(generated.db->path());
  generated.db.reset();

  MainWindow window;
  QString error;
  ASSERT_TRUE(window.openDatabase(path, &error)) << error.toStdString();
  QgsVectorLayer* layer = window.eventLayer();
  ASSERT_TRUE(layer);
  EXPECT_EQ(layer->featureCount(), events) << "every event not merged into another has its place on the map";

  // The inbox lists what listEvents gives for the same filter.
  EventDock* dock = window.eventDock();
  dock->inboxCombo()->setCurrentIndex(dock->inboxCombo()->findData(QStringLiteral("overdue")));
  auto db = Database::open(path.toStdString(), Database::readOnlyOptions());
  ASSERT_TRUE(db.ok());
  SystemClock now;
  workflow::EventFilter overdue;
  overdue.state = "overdue";
  auto expected = workflow::listEvents(**db, now, overdue);
  ASSERT_TRUE(expected.ok());
  EXPECT_EQ(dock->table()->rowCount(), static_cast<int>(expected->size()));
  EXPECT_GT(dock->table()->rowCount(), 0);

  // Report from the form at a building.
  ReportEventDialog report(path, grid, building, &window);
  report.classCombo()->setCurrentIndex(report.classCombo()->findData(QStringLiteral("SAFETY")));
  report.textEdit()->setPlainText(QStringLiteral("消防通道被电动车堵塞"));
  report.submit();
  const QString serial = report.serial();
  ASSERT_FALSE(serial.isEmpty());
  EXPECT_EQ(test::count(**db, "SELECT count(*) FROM event WHERE serial_number = '" + serial.toStdString() +
                                  "' AND building_id = " + std::to_string(building) + " AND geom IS NOT NULL"),
            1);

  // Act from the event window: escalate; the grid may not verify an open event (the refusal is shown, nothing written).
  EventDialog dialog(path, serial);
  EXPECT_TRUE(dialog.findChild<QPushButton*>(QStringLiteral("handle"))) << "the first receiver may handle it on the spot";
  ASSERT_TRUE(dialog.perform(QStringLiteral("escalate"), QStringLiteral("需社区协调")));
  EXPECT_TRUE(dialog.header()->text().contains(QStringLiteral("community:"))) << dialog.header()->text().toStdString();
  EXPECT_EQ(dialog.timeline()->rowCount(), 2);
  EXPECT_TRUE(dialog.findChild<QPushButton*>(QStringLiteral("accept")));
  EXPECT_FALSE(dialog.perform(QStringLiteral("verify"), QString()));
  EXPECT_EQ(dialog.timeline()->rowCount(), 2);
}

}  // namespace
}  // namespace grid::app
