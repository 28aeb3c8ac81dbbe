// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui/community/service_panel.h"

#include <qgsfillsymbol.h>
#include <qgsgeometry.h>
#include <qgsmapcanvas.h>
#include <qgsrulebasedrenderer.h>
#include <qgsvectorlayer.h>

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

#include "core/translation.h"
#include "gui/community/community_map.h"
#include "gui/community/community_text.h"
#include "gui/edit/community_picker.h"
#include "gui/edit/database_command.h"
#include "io/service_layers.h"
#include "storage/database.h"
#include "storage/layer_filter.h"

namespace grid::app {

namespace {

using community_text::q;

QColor shareColour(double share) {
  if (share >= 0.95) return QColor(0xC8, 0xE6, 0xC9);
  if (share >= 0.8) return QColor(0xFF, 0xF3, 0xC4);
  return QColor(0xFF, 0xCD, 0xD2);
}

//! Buildings by walking minutes against the limit: well within, within, up to half again, beyond, unreachable.
void styleMinutes(QgsVectorLayer* layer, int limit) {
  auto fill = [](const QString& colour) {
    return QgsFillSymbol::createSimple({{QStringLiteral("color"), colour},
                                        {QStringLiteral("outline_color"), QStringLiteral("#616161")},
                                        {QStringLiteral("outline_width"), QStringLiteral("0.2")}});
  };
  auto* root = new QgsRuleBasedRenderer::Rule(nullptr);
  const QString half = QString::number(limit / 2.0), full = QString::number(limit), more = QString::number(limit * 1.5);
  const struct {
    QString filter, label, colour;
  } rules[] = {
      {QStringLiteral("\"minutes\" >= 0 AND \"minutes\" <= %1").arg(half), QObject::tr("within %1 min").arg(half),
       QStringLiteral("#1b5e20")},
      {QStringLiteral("\"minutes\" > %1 AND \"minutes\" <= %2").arg(half, full), QObject::tr("within %1 min").arg(full),
       QStringLiteral("#66bb6a")},
      {QStringLiteral("\"minutes\" > %1 AND \"minutes\" <= %2").arg(full, more),
       QObject::tr("%1–%2 min").arg(full, more), QStringLiteral("#ffa726")},
      {QStringLiteral("\"minutes\" > %1").arg(more), QObject::tr("beyond %1 min").arg(more), QStringLiteral("#d32f2f")},
      {QStringLiteral("\"minutes\" < 0 OR \"minutes\" IS NULL"), QObject::tr("no facility reachable"),
       QStringLiteral("#7b1fa2")},
  };
  for (const auto& r : rules)
    root->appendChild(new QgsRuleBasedRenderer::Rule(fill(r.colour), 0, 0, r.filter, r.label));
  layer->setRenderer(new QgsRuleBasedRenderer(root));
}

}  // namespace

ServicePanel::ServicePanel(const QString& databasePath, QWidget* parent) : QWidget(parent), mPath(databasePath) {
  auto* layout = new QVBoxLayout(this);
  auto* top = new QHBoxLayout;
  mCommunity = new QComboBox(this);
  mType = new QComboBox(this);
  mSpeed = new QDoubleSpinBox(this);
  mSpeed->setRange(1.0, 10.0);
  mSpeed->setSingleStep(0.5);
  mSpeed->setValue(4.5);
  mSpeed->setSuffix(QStringLiteral(" km/h"));
  mSpeed->setToolTip(tr("Walking speed (4.5 km/h is an adult's; 3 km/h an older person's)"));
  auto* computeButton = new QPushButton(tr("Compute"), this);
  auto* exportButton = new QPushButton(tr("Export GeoPackage…"), this);
  top->addWidget(new QLabel(tr("Community"), this));
  top->addWidget(mCommunity, 1);
  top->addWidget(new QLabel(tr("Facility"), this));
  top->addWidget(mType, 1);
  top->addWidget(new QLabel(tr("Walking speed"), this));
  top->addWidget(mSpeed);
  top->addWidget(computeButton);
  top->addWidget(exportButton);
  layout->addLayout(top);

  auto* splitter = new QSplitter(Qt::Horizontal, this);
  auto* left = new QSplitter(Qt::Vertical, splitter);
  mCoverage = new QTableWidget(0, 0, left);
  mCoverage->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mCoverage->verticalHeader()->hide();
  mBeyond = new QTableWidget(0, 5, left);
  mBeyond->setHorizontalHeaderLabels({tr("Building"), tr("Households"), tr("Minutes"), tr("Nearest"), tr("Within")});
  mBeyond->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mBeyond->verticalHeader()->hide();
  mBeyond->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
  mCanvas = createPanelCanvas(splitter);
  splitter->setSizes({620, 640});
  layout->addWidget(splitter, 1);
  mMessage = new QLabel(this);
  mMessage->setWordWrap(true);
  layout->addWidget(mMessage);

  if (auto db = Database::open(mPath.toStdString(), Database::readOnlyOptions())) {
    auto types = services::facilityTypes(**db);
    if (types)
      for (const auto& t : *types)
        if (t.active) mType->addItem(q(uiIsChinese() ? t.nameZh : t.nameEn), q(t.code));
  }
  connect(mCommunity, &QComboBox::currentIndexChanged, this, [this](int) { reload(); });
  connect(mType, &QComboBox::currentIndexChanged, this, [this](int) {
    mTypeChosen = true;
    showType();
  });
  connect(computeButton, &QPushButton::clicked, this, &ServicePanel::compute);
  connect(exportButton, &QPushButton::clicked, this, &ServicePanel::exportGeoPackage);
  connect(mBeyond, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
    const long long id = mBeyond->item(row, 0)->data(Qt::UserRole).toLongLong();
    for (QgsVectorLayer* layer : mLayers)
      if (layer->name() == tr("Walking time")) {
        QgsFeatureIds ids;
        QgsFeature feature;
        for (QgsFeatureIterator it = layer->getFeatures(); it.nextFeature(feature);)
          if (feature.attribute(0).toLongLong() == id) ids.insert(feature.id());
        layer->selectByIds(ids);
        mCanvas->zoomToSelected(layer);
      }
  });
  QString code, error;
  refillCommunities(mCommunity, mPath, &code, &error);
  if (!error.isEmpty()) mMessage->setText(error);
}

bool ServicePanel::setCommunity(const QString& code) {
  return selectCommunity(mCommunity, code);
}

bool ServicePanel::setType(const QString& code) {
  const int index = mType->findData(code);
  if (index < 0) return false;
  mTypeChosen = true;
  mType->setCurrentIndex(index);
  return true;
}

void ServicePanel::reload() {
  auto db = Database::open(mPath.toStdString(), Database::readOnlyOptions());
  if (!db) return;
  auto org = workflow::parseOrg(**db, "community:" + mCommunity->currentData().toString().toStdString());
  if (!org) return;
  mCommunityId = org->id;
  auto whole = services::serviceCoverage(**db, *org, false);
  auto grids = services::serviceCoverage(**db, *org, true);
  auto types = services::facilityTypes(**db);
  if (!whole || !grids || !types) return;
  QStringList header = {tr("Place")};
  QStringList codes;
  for (const auto& t : *types)
    if (t.active) {
      header << QStringLiteral("%1 (%2′)").arg(q(uiIsChinese() ? t.nameZh : t.nameEn)).arg(t.minutes);
      codes << q(t.code);
    }
  mCoverage->clear();
  mCoverage->setColumnCount(static_cast<int>(header.size()));
  mCoverage->setHorizontalHeaderLabels(header);
  mCoverage->setRowCount(0);
  std::string computed;
  auto addRows = [&](const std::vector<services::CoverageRow>& rows, const QString& total) {
    std::map<long long, int> rowOf;
    for (const auto& r : rows) {
      if (!rowOf.count(r.place.id)) {
        const int row = mCoverage->rowCount();
        mCoverage->insertRow(row);
        rowOf[r.place.id] = row;
        auto* name = new QTableWidgetItem(total.isEmpty() ? q(r.name) : total);
        if (!total.isEmpty()) {
          QFont bold = name->font();
          bold.setBold(true);
          name->setFont(bold);
        }
        mCoverage->setItem(row, 0, name);
      }
      const int column = static_cast<int>(codes.indexOf(q(r.typeCode))) + 1;
      if (column <= 0) continue;
      auto* cell = new QTableWidgetItem(r.computedAt.empty() ? tr("not computed")
                                                             : QStringLiteral("%1%").arg(r.share() * 100, 0, 'f', 1));
      cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
      cell->setToolTip(
          tr("%1 of %2 households within %3 minutes").arg(r.householdsWithin).arg(r.households).arg(r.minutes));
      if (!r.computedAt.empty()) cell->setBackground(shareColour(r.share()));
      mCoverage->setItem(rowOf[r.place.id], column, cell);
      if (!r.computedAt.empty() && (computed.empty() || r.computedAt < computed)) computed = r.computedAt;
    }
  };
  addRows(*whole, mCommunity->currentText());
  // The weakest service first, until the user picks one.
  if (!mTypeChosen && !computed.empty()) {
    const services::CoverageRow* weakest = nullptr;
    for (const auto& r : *whole)
      if (!weakest || r.share() < weakest->share()) weakest = &r;
    if (weakest) {
      const QSignalBlocker block(mType);
      mType->setCurrentIndex(std::max(0, mType->findData(q(weakest->typeCode))));
    }
  }
  addRows(*grids, QString());
  mCoverage->resizeColumnsToContents();
  mMessage->setText(computed.empty() ? tr("Not computed yet for this community: press Compute.")
                                     : tr("Computed %1. Roads and facilities come from the importer (gridctl import "
                                          "--kind roads, walkways, facilities).")
                                           .arg(q(computed.substr(0, 16)).replace(QLatin1Char('T'), QLatin1Char(' '))));
  showType();
}

void ServicePanel::showType() {
  mBeyond->setRowCount(0);
  auto db = Database::open(mPath.toStdString(), Database::readOnlyOptions());
  if (!db || mCommunityId < 0) return;
  const std::string type = mType->currentData().toString().toStdString();
  auto access = services::buildingAccess(**db, {"community", mCommunityId}, type, true);
  if (!access) return;
  int limit = 15;
  if (auto types = services::facilityTypes(**db))
    for (const auto& t : *types)
      if (t.code == type) limit = t.minutes;
  // Homes first (the slowest first among them), then the buildings nobody lives in.
  std::vector<const services::BuildingAccess*> beyond;
  for (const auto& b : *access)
    if (!b.within) beyond.push_back(&b);
  std::stable_partition(beyond.begin(), beyond.end(),
                        [](const services::BuildingAccess* b) { return b->households > 0; });
  for (const services::BuildingAccess* p : beyond) {
    const services::BuildingAccess& b = *p;
    const int row = mBeyond->rowCount();
    mBeyond->insertRow(row);
    auto* name = new QTableWidgetItem(q(b.name));
    name->setData(Qt::UserRole, b.buildingId);
    mBeyond->setItem(row, 0, name);
    mBeyond->setItem(row, 1, new QTableWidgetItem(QString::number(b.households)));
    mBeyond->setItem(row, 2, new QTableWidgetItem(b.minutes < 0 ? tr("none") : QString::number(b.minutes, 'f', 1)));
    mBeyond->setItem(row, 3, new QTableWidgetItem(q(b.facilityName)));
    mBeyond->setItem(row, 4, new QTableWidgetItem(tr("no")));
    mBeyond->item(row, 2)->setForeground(QColor(0xC6, 0x28, 0x28));
  }
  // The map: walking times of this type, its service area and facilities over the roads.
  mCanvas->setLayers({});
  qDeleteAll(mLayers);
  mLayers.clear();
  auto* times = new QgsVectorLayer(QStringLiteral("MultiPolygon?crs=EPSG:%1&field=building_id:integer&field=name:string"
                                                  "&field=minutes:double&field=households:integer")
                                       .arg((*db)->srid()),
                                   tr("Walking time"), QStringLiteral("memory"));
  QgsFeatureList features;
  for (const auto& b : *access) {
    QgsFeature feature(times->fields());
    feature.setAttributes(QgsAttributes({b.buildingId, q(b.name), b.minutes, b.households}));
    QgsGeometry outline;
    outline.fromWkb(QByteArray(reinterpret_cast<const char*>(b.outline.data()), static_cast<int>(b.outline.size())));
    feature.setGeometry(outline);
    features << feature;
  }
  times->dataProvider()->addFeatures(features);
  times->updateExtents();
  styleMinutes(times, limit);
  QString error;
  QgsVectorLayer* area = panelLayer(
      mPath, QStringLiteral("service_area"), tr("Service area"),
      QStringLiteral("type_code = '%1' AND community_id = %2").arg(QString::fromStdString(type)).arg(mCommunityId),
      &error);
  QgsVectorLayer* facilities = panelLayer(mPath, QStringLiteral("service_facility"), tr("Facilities"),
                                          QStringLiteral("type_code = '%1'").arg(QString::fromStdString(type)), &error);
  QgsVectorLayer* roads = panelLayer(mPath, QStringLiteral("base_road"), tr("Roads"), QString(), &error);
  // Other communities' buildings in grey, for context.
  QgsVectorLayer* others = panelLayer(mPath, QStringLiteral("building"), tr("Buildings"),
                                      q(buildingsOfCommunitySubset(mCommunityId, false)), &error);
  styleSimple(others, QColor(0xE0, 0xE0, 0xE0), 1.0, QColor(0xBD, 0xBD, 0xBD));
  styleSimple(area, QColor(0x42, 0xA5, 0xF5), 0.15, QColor(0x1E, 0x88, 0xE5));
  styleSimple(facilities, QColor(0x0D, 0x47, 0xA1));
  styleLabels(facilities, QStringLiteral("\"name\""), 8);
  styleSimple(roads, QColor(0xB0, 0xB0, 0xB0));
  QList<QgsMapLayer*> shown;  // top first
  for (QgsVectorLayer* l : {facilities, times, others, area, roads})
    if (l) {
      mLayers << l;
      shown << l;
    }
  mCanvas->setDestinationCrs(times->crs());
  mCanvas->setLayers(shown);
  showExtent(mCanvas, times->extent().buffered(60));
}

bool ServicePanel::compute() {
  if (mCommunityId < 0) return false;
  auto db = Database::open(mPath.toStdString());
  if (!db) {
    mMessage->setText(q(db.error().describe()));
    return false;
  }
  QProgressDialog dialog(tr("Computing walking times…"), tr("Cancel"), 0, 100, this);
  dialog.setWindowModality(Qt::WindowModal);
  dialog.setMinimumDuration(300);
  Progress progress([&dialog](double fraction, const std::string&) {
    dialog.setValue(static_cast<int>(fraction * 100));
    QApplication::processEvents();
  });
  connect(&dialog, &QProgressDialog::canceled, &dialog, [&progress] { progress.cancel(); });
  services::CircleOptions options;
  options.communityId = mCommunityId;
  options.speedKmh = mSpeed->value();
  auto report = services::computeServiceCircle(**db, SystemClock(), workstationActor(), options, &progress);
  dialog.reset();
  if (!report) {
    mMessage->setText(q(report.error().describe()));
    return false;
  }
  db->reset();
  reload();
  emit changed();
  mMessage->setText(tr("%1 buildings over %2 roads and paths, %3 s.")
                        .arg(report->buildings)
                        .arg(report->roads)
                        .arg(report->seconds, 0, 'f', 2) +
                    QStringLiteral(" ") + mMessage->text());
  return true;
}

void ServicePanel::exportGeoPackage() {
  const QString file = QFileDialog::getSaveFileName(
      this, tr("Export GeoPackage"), mCommunity->currentText() + tr("-service-circle.gpkg"), tr("GeoPackage (*.gpkg)"));
  if (file.isEmpty()) return;
  auto db = Database::open(mPath.toStdString(), Database::readOnlyOptions());
  if (!db) return;
  if (auto s = writeServiceCircle(**db, mCommunityId, file.toStdString()); !s)
    QMessageBox::warning(this, tr("Export GeoPackage"), q(s.error().describe()));
  else
    mMessage->setText(tr("Written %1").arg(file));
}

}  // namespace grid::app
