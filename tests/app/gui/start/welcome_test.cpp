// SPDX-License-Identifier: GPL-2.0-or-later
// The welcome page's two ways to a first database: a new one from real buildings (it takes the data's zone), and
// the failures that must leave nothing behind.
#include <gtest/gtest.h>

#include <QFile>
#include <QString>

#include "../libgrid/support/test_support.h"
#include "common/progress.h"
#include "gui/start/welcome_dialog.h"
#include "storage/database.h"

namespace grid::app {
namespace {

TEST(WelcomePage, ANewDatabaseFromNanjingBuildingsTakesTheirZoneAndHoldsThem) {
  test::TempDir dir;
  const QString data = QStringLiteral(GRIDSTATION_REAL_DATA "/nanjing-xinjiekou-osm/nanjing_xinjiekou_buildings.gpkg");
  const QString path = QString::fromStdString(dir.file("nanjing.sqlite"));
  Progress progress;
  QString summary;
  const QString error = makeDatabaseFromData(data, path, progress, &summary);
  ASSERT_TRUE(error.isEmpty()) << error.toStdString();
  EXPECT_TRUE(summary.contains(QStringLiteral("4549"))) << summary.toStdString();
  auto db = Database::open(path.toStdString(), Database::readOnlyOptions());
  ASSERT_TRUE(db.ok());
  EXPECT_EQ((*db)->srid(), 4549) << "118.8°E lies in the 3-degree zone of 120°E";
  EXPECT_EQ(test::count(**db, "SELECT count(*) FROM building"), 1277);
}

TEST(WelcomePage, DataWithoutBuildingsOrOutsideChinaLeavesNoDatabase) {
  test::TempDir dir;
  const std::string paris = dir.file("paris.geojson");
  QFile file(QString::fromStdString(paris));
  ASSERT_TRUE(file.open(QIODevice::WriteOnly));
  file.write(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon",
    "coordinates":[[[2.35,48.85],[2.3505,48.85],[2.3505,48.8505],[2.35,48.8505],[2.35,48.85]]]}}]})");
  file.close();
  const QString path = QString::fromStdString(dir.file("paris.sqlite"));
  Progress progress;
  const QString error = makeDatabaseFromData(QString::fromStdString(paris), path, progress, nullptr);
  EXPECT_FALSE(error.isEmpty());
  EXPECT_FALSE(QFile::exists(path));
  EXPECT_FALSE(
      makeDatabaseFromData(QString::fromStdString(dir.file("missing.gpkg")), path, progress, nullptr).isEmpty());
  EXPECT_FALSE(QFile::exists(path));
}

TEST(WelcomePage, ACancelledDemoLeavesNothing) {
  test::TempDir dir;
  const QString path = QString::fromStdString(dir.file("demo.sqlite"));
  Progress progress;
  progress.cancel();
  EXPECT_FALSE(makeDemoDatabase(path, progress).isEmpty());
  EXPECT_FALSE(QFile::exists(path));
  EXPECT_FALSE(QFile::exists(path + QStringLiteral(".partial")));
}

}  // namespace
}  // namespace grid::app
