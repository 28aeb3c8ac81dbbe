// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui/start/welcome_dialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>
#include <memory>

#include "common/clock.h"
#include "common/progress.h"
#include "demo/district_generator.h"
#include "geo/crs.h"
#include "gui/edit/run_with_progress.h"
#include "io/vector_import.h"
#include "storage/database.h"
#include "storage/database_key.h"

namespace grid::app {

QString makeDemoDatabase(const QString& path, Progress& progress) {
  const std::string file = path.toStdString(), partial = file + ".partial";
  for (const char* suffix : {"", "-wal", "-shm"}) QFile::remove(QString::fromStdString(partial + suffix));
  std::string message;
  {
    auto db = createDatabaseWithKey(partial, 4547);
    if (!db) return QString::fromStdString(db.error().describe());
    auto key = loadDatabaseKey(**db);
    if (!key) return QString::fromStdString(key.error().describe());
    const SystemClock clock;
    auto made = generateDistrict(**db, *key, clock, Actor::system("gridstation demo"), DistrictOptions{}, &progress);
    if (!made)
      message = made.error().describe();
    else if (auto s = (*db)->checkpoint(); !s)
      message = s.error().describe();
  }
  if (message.empty() && !QFile::rename(QString::fromStdString(partial), path))
    message = "cannot move the demo into place at " + file;
  for (const char* suffix : {"", "-wal", "-shm"}) QFile::remove(QString::fromStdString(partial + suffix));
  return QString::fromStdString(message);
}

QString makeDatabaseFromData(const QString& data, const QString& path, Progress& progress, QString* summary) {
  // The zone comes from the data: an in-memory database only serves to read the layer's extent.
  Database::Options memory;
  memory.create = true;
  auto scratch = Database::open(":memory:", memory);
  if (!scratch) return QString::fromStdString(scratch.error().describe());
  VectorImportOptions options;
  auto longitude = sourceLongitude(**scratch, data.toStdString(), options);
  if (!longitude) return QString::fromStdString(longitude.error().describe());
  auto zone = gaussKrugerEpsgForLongitude(*longitude);
  if (!zone) return QString::fromStdString(zone.error().describe());
  auto db = createDatabaseWithKey(path.toStdString(), *zone);
  if (!db) return QString::fromStdString(db.error().describe());
  const SystemClock clock;
  auto report = importVector(**db, data.toStdString(), options, Actor::system("gridstation import"), clock, &progress);
  if (!report || report->imported == 0) {
    db->reset();
    for (const char* suffix : {"", "-wal", "-shm"}) QFile::remove(path + QString::fromLatin1(suffix));
    return report ? QObject::tr("no building could be imported; gridctl import --dry-run lists the reasons")
                  : QString::fromStdString(report.error().describe());
  }
  if (summary) *summary = QObject::tr("Imported %1 buildings into EPSG:%2.").arg(report->imported).arg(*zone);
  return {};
}

WelcomeDialog::WelcomeDialog(QWidget* parent) : QDialog(parent) {
  setWindowTitle(tr("Welcome to GridStation"));
  auto* layout = new QVBoxLayout(this);
  auto* title =
      new QLabel(tr("<h2>GridStation</h2><p>Grids, buildings, households and the five ledgers on one map. "
                    "Choose how to begin:</p>"));
  title->setWordWrap(true);
  layout->addWidget(title);
  auto addChoice = [&](const QString& text, const QString& detail, void (WelcomeDialog::*slot)()) {
    auto* button = new QPushButton(text);
    button->setMinimumHeight(44);
    button->setToolTip(detail);
    auto* note = new QLabel(detail);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #555; margin-bottom: 8px;"));
    layout->addWidget(button);
    layout->addWidget(note);
    connect(button, &QPushButton::clicked, this, slot);
    return button;
  };
  addChoice(tr("Open the demo district"),
            tr("A synthetic district of two streets and twelve communities with households, staff, party members "
               "and events, to try everything safely. Made once, in your data folder."),
            &WelcomeDialog::openDemo)
      ->setDefault(true);
  addChoice(tr("Open a database…"), tr("A GridStation database (.sqlite) made here or with gridctl."),
            &WelcomeDialog::openExisting);
  addChoice(tr("New database from buildings or boundaries…"),
            tr("Pick a buildings file (GeoPackage, Shapefile, GeoJSON, OSM, KML); the new database takes the "
               "Gauss-Krüger zone of the data and imports the buildings."),
            &WelcomeDialog::startFromData);
  mStatus = new QLabel;
  mStatus->setWordWrap(true);
  layout->addWidget(mStatus);
  auto* later = new QPushButton(tr("Not now"));
  connect(later, &QPushButton::clicked, this, &QDialog::reject);
  layout->addWidget(later, 0, Qt::AlignRight);
  setMinimumWidth(520);
}

void WelcomeDialog::openDemo() {
  const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
  QDir().mkpath(folder);
  const QString path = QDir(folder).filePath(QStringLiteral("demo.sqlite"));
  if (!QFileInfo::exists(path)) {
    const QString error = runWithProgress(this, tr("Making the demo district…"), [=](Progress& progress) {
      return makeDemoDatabase(path, progress).toStdString();
    });
    if (!error.isEmpty()) {
      mStatus->setText(tr("The demo could not be made: %1").arg(error));
      return;
    }
  }
  mPath = path;
  accept();
}

void WelcomeDialog::openExisting() {
  const QString path =
      QFileDialog::getOpenFileName(this, tr("Open GridStation Database"), QDir::homePath(),
                                   tr("GridStation databases (*.sqlite *.gridstation *.gsdb *.db);;All files (*)"));
  if (path.isEmpty()) return;
  mPath = path;
  accept();
}

void WelcomeDialog::startFromData() {
  const QString data = QFileDialog::getOpenFileName(
      this, tr("Buildings or Boundaries"), QDir::homePath(),
      tr("Vector data (*.gpkg *.shp *.geojson *.json *.osm *.pbf *.kml *.fgb);;All files (*)"));
  if (data.isEmpty()) return;
  const QFileInfo info(data);
  const QString path = QFileDialog::getSaveFileName(
      this, tr("New GridStation Database"), info.dir().filePath(info.completeBaseName() + QStringLiteral(".sqlite")),
      tr("GridStation databases (*.sqlite)"));
  if (path.isEmpty()) return;
  if (QFileInfo::exists(path)) {
    mStatus->setText(tr("%1 exists already; choose a new name.").arg(path));
    return;
  }
  QString summary;
  const QString error = runWithProgress(this, tr("Importing buildings…"), [&](Progress& progress) {
    return makeDatabaseFromData(data, path, progress, &summary).toStdString();
  });
  if (!error.isEmpty()) {
    mStatus->setText(tr("Nothing was made: %1").arg(error));
    return;
  }
  mStatus->setText(summary);
  mPath = path;
  accept();
}

}  // namespace grid::app
