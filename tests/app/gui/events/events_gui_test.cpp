// SPDX-License-Identifier: GPL-2.0-or-later
// Events in the workstation: the layer, the inbox, reporting from the form, acting from the event window.
#include <gtest/gtest.h>
#include <qgsvectorlayer.h>

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <algorithm>

#include "../libgrid/support/test_support.h"
#include "gui/events/event_dialogs.h"
#include "gui/ledger/ledger_window.h"
#include "gui/map/main_window.h"
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
  const long long building =
      test::count(*generated.db, "SELECT min(id) FROM building WHERE grid_id = " + std::to_string(grid));
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
  // Filtering by class narrows the inbox and the map alike.
  dock->classCombo()->setCurrentIndex(dock->classCombo()->findData(QStringLiteral("SAFETY")));
  overdue.domainCode = "SAFETY";
  EXPECT_EQ(dock->table()->rowCount(), static_cast<int>(workflow::listEvents(**db, now, overdue)->size()));
  EXPECT_EQ(layer->subsetString(), QStringLiteral("class = 'SAFETY' AND light = 'red'"));
  EXPECT_EQ(layer->featureCount(), static_cast<long long>(workflow::listEvents(**db, now, overdue)->size()));
  dock->inboxCombo()->setCurrentIndex(dock->inboxCombo()->findData(QString()));  // all
  EXPECT_EQ(layer->featureCount(), test::count(**db,
                                               "SELECT count(*) FROM event WHERE domain_code = 'SAFETY' AND "
                                               "merged_into IS NULL"));
  dock->gridCombo()->setCurrentIndex(1);
  const long long firstGrid = dock->gridCombo()->currentData().toLongLong();
  EXPECT_EQ(dock->table()->rowCount(), test::count(**db,
                                                   "SELECT count(*) FROM event WHERE domain_code = 'SAFETY' AND "
                                                   "occur_grid_id = " +
                                                       std::to_string(firstGrid)));
  dock->gridCombo()->setCurrentIndex(0);
  dock->classCombo()->setCurrentIndex(0);
  EXPECT_TRUE(layer->subsetString().isEmpty());

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

  // A point on the map lies in a grid; the form is prefilled with it (reportEventAt opens it modally, so the point
  // lookup is checked through the same query here).
  auto centre = (*db)->prepare("SELECT X(PointOnSurface(geom)), Y(PointOnSurface(geom)) FROM grid WHERE id = " +
                               std::to_string(grid));
  ASSERT_TRUE(centre.ok() && *centre->step());
  const double x = centre->real(0), y = centre->real(1);
  centre = Error{};  // finish the read: an open statement would keep this connection's snapshot
  ReportEventDialog atPoint(path, grid, -1, &window);
  atPoint.setPoint(x, y);
  atPoint.textEdit()->setPlainText(QStringLiteral("路面塌陷"));
  atPoint.submit();
  ASSERT_FALSE(atPoint.serial().isEmpty());
  EXPECT_EQ(test::count(**db, "SELECT count(*) FROM event WHERE serial_number = '" + atPoint.serial().toStdString() +
                                  "' AND geom IS NOT NULL AND building_id IS NULL"),
            1);

  // From a key place in the ledger: the form comes prefilled with its grid, building and name.
  const std::string gridCode = *(*db)->queryText(
      "SELECT g.grid_code FROM key_place k JOIN grid g ON g.id = k.grid_id "
      "WHERE k.building_id IS NOT NULL AND k.logout = 0 LIMIT 1");
  ASSERT_TRUE(window.showLedger(QString::fromStdString("grid:" + gridCode), &error)) << error.toStdString();
  ListPanel* places = window.ledgerWindow()->panel(registry::ListKind::KeyPlaces);
  ASSERT_TRUE(places);
  places->reload();
  ASSERT_GT(places->model()->rowCount(), 0);
  places->view()->setCurrentIndex(places->model()->index(0, 0));
  const long long placeId = places->currentId();
  QString fromLedger;
  QTimer::singleShot(0, [&] {
    for (QWidget* widget : QApplication::topLevelWidgets())
      if (auto* form = qobject_cast<ReportEventDialog*>(widget); form && form->isVisible()) {
        EXPECT_EQ(form->classCombo()->currentData().toString(), QStringLiteral("SAFETY"));
        EXPECT_FALSE(form->textEdit()->toPlainText().isEmpty()) << "the place's name starts the text";
        form->textEdit()->appendPlainText(QStringLiteral("灭火器过期"));
        form->submit();
        fromLedger = form->serial();
      }
  });
  places->reportEvent();
  ASSERT_FALSE(fromLedger.isEmpty());
  EXPECT_EQ(test::count(**db,
                        "SELECT count(*) FROM event e JOIN key_place k ON k.building_id = e.building_id AND "
                        "k.grid_id = e.occur_grid_id WHERE k.id = " +
                            std::to_string(placeId) + " AND e.serial_number = '" + fromLedger.toStdString() + "'"),
            1);

  // A hotline call is received by the community, which then holds it.
  ReportEventDialog hotline(path, grid, -1, &window);
  hotline.sourceCombo()->setCurrentIndex(hotline.sourceCombo()->findData(QStringLiteral("hotline")));
  EXPECT_TRUE(hotline.receiverCombo()->currentData().toString().startsWith(QStringLiteral("community:")));
  hotline.textEdit()->setPlainText(QStringLiteral("居民来电反映噪音扰民"));
  hotline.submit();
  ASSERT_FALSE(hotline.serial().isEmpty());
  EXPECT_EQ(*(*db)->queryText("SELECT first_receiver_org_level FROM event WHERE serial_number = '" +
                              hotline.serial().toStdString() + "'"),
            "community");

  // Act from the event window: escalate; the grid may not verify an open event (the refusal is shown, nothing written).
  EventDialog dialog(path, serial);
  ASSERT_TRUE(dialog.findChild<QPushButton*>(QStringLiteral("locate")))
      << "an event at a building has a place on the map";
  double shownX = 0;
  QObject::connect(&dialog, &EventDialog::locate, [&](double x, double) { shownX = x; });
  dialog.findChild<QPushButton*>(QStringLiteral("locate"))->click();
  EXPECT_GT(shownX, 0);
  EXPECT_TRUE(dialog.findChild<QPushButton*>(QStringLiteral("handle")))
      << "the first receiver may handle it on the spot";
  ASSERT_TRUE(dialog.perform(QStringLiteral("escalate"), QStringLiteral("需社区协调")));
  EXPECT_TRUE(dialog.header()->text().contains(QStringLiteral("community:"))) << dialog.header()->text().toStdString();
  EXPECT_EQ(dialog.timeline()->rowCount(), 2);
  EXPECT_TRUE(dialog.findChild<QPushButton*>(QStringLiteral("accept")));
  EXPECT_FALSE(dialog.perform(QStringLiteral("verify"), QString()));
  EXPECT_EQ(dialog.timeline()->rowCount(), 2);

  // A photo with an EXIF block (as phones write GPS positions): stored without it, unless kept on purpose.
  QImage image(64, 48, QImage::Format_RGB32);
  image.fill(Qt::darkGreen);
  QByteArray jpeg;
  {
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    ASSERT_TRUE(image.save(&buffer, "JPEG"));
  }
  const QByteArray exif = QByteArray("Exif\0\0", 6) + QByteArray("GPSLatitude 22.7N GPSLongitude 114.3E");
  QByteArray app1 = QByteArray::fromHex("FFE1");
  const int length = exif.size() + 2;
  app1.append(static_cast<char>(length >> 8)).append(static_cast<char>(length & 0xFF)).append(exif);
  jpeg.insert(2, app1);  // right after SOI
  const QString photo = QString::fromStdString(dir.file("photo.jpg"));
  QFile out(photo);
  ASSERT_TRUE(out.open(QIODevice::WriteOnly));
  out.write(jpeg);
  out.close();
  // Without accounts the window acts for whoever holds the step (the community, after the escalation).
  ASSERT_TRUE(dialog.addPhoto(photo, /*keepMetadata=*/false));
  ASSERT_TRUE(dialog.addPhoto(photo, /*keepMetadata=*/true));
  EXPECT_EQ(dialog.photos()->count(), 2);
  auto stored = workflow::loadAttachments(**db, serial.toStdString(), true);
  ASSERT_TRUE(stored.ok());
  ASSERT_EQ(stored->size(), 2u);
  auto holds = [](const std::vector<unsigned char>& bytes, const std::string& needle) {
    return std::search(bytes.begin(), bytes.end(), needle.begin(), needle.end()) != bytes.end();
  };
  EXPECT_FALSE(holds(stored->at(0).content, "GPSLatitude")) << "re-encoded without the EXIF block";
  EXPECT_FALSE(stored->at(0).metadataKept);
  EXPECT_TRUE(holds(stored->at(1).content, "GPSLatitude")) << "kept on purpose";
  EXPECT_TRUE(stored->at(1).metadataKept);
  EXPECT_FALSE(stored->at(0).thumbnail.empty());
}

}  // namespace
}  // namespace grid::app
