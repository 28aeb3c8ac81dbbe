// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui/visits/visit_dock.h"

#include <qgsfeature.h>
#include <qgsgeometry.h>
#include <qgsmarkersymbol.h>
#include <qgsmarkersymbollayer.h>
#include <qgspallabeling.h>
#include <qgssinglesymbolrenderer.h>
#include <qgssymbol.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <map>

#include "core/translation.h"
#include "gui/tree/place_box.h"
#include "storage/database.h"
#include "storage/hierarchy_query.h"

namespace grid::app {

namespace {
QString q(const std::string& text) {
  return QString::fromStdString(text);
}
}  // namespace

VisitDock::VisitDock(QWidget* parent) : QDockWidget(tr("Patrols and Visits"), parent) {
  setObjectName(QStringLiteral("VisitDock"));
  auto* body = new QWidget(this);
  auto* layout = new QVBoxLayout(body);
  auto* row = new QHBoxLayout;
  mPlace = new QComboBox(body);
  mWorker = new QComboBox(body);
  mWorker->setToolTip(tr("Only the objects of one grid worker"));
  mOverdueOnly = new QCheckBox(tr("Overdue only"), body);
  mWeek = new QCheckBox(tr("Due within 7 days"), body);
  row->addWidget(mPlace, 1);
  row->addWidget(mWorker);
  row->addWidget(mOverdueOnly);
  row->addWidget(mWeek);
  layout->addLayout(row);
  connect(mPlace, qOverload<int>(&QComboBox::currentIndexChanged), this, &VisitDock::reload);
  connect(mOverdueOnly, &QCheckBox::toggled, this, &VisitDock::reload);
  connect(mWorker, qOverload<int>(&QComboBox::currentIndexChanged), this, &VisitDock::reload);
  connect(mWeek, &QCheckBox::toggled, this, &VisitDock::reload);
  mTable = new QTableWidget(0, 7, body);
  mTable->setHorizontalHeaderLabels(
      {tr("Due"), tr("Overdue"), tr("Visited"), tr("Name"), tr("Grid worker"), tr("Rule"), tr("Last visit")});
  mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
  mTable->setSelectionMode(QAbstractItemView::SingleSelection);
  mTable->horizontalHeader()->setStretchLastSection(true);
  mTable->verticalHeader()->hide();
  connect(mTable, &QTableWidget::cellDoubleClicked, this, [this](int r, int) {
    if (r < 0 || r >= static_cast<int>(mItems.size())) return;
    const visits::DueItem& item = mItems[static_cast<std::size_t>(r)];
    if (item.hasPoint) emit zoomRequested(item.x, item.y);
  });
  layout->addWidget(mTable);
  auto* buttons = new QHBoxLayout;
  auto* log = new QPushButton(tr("Log Visit…"), body);
  auto* patrol = new QPushButton(tr("Grid Patrol…"), body);
  connect(log, &QPushButton::clicked, this, [this] {
    const int r = mTable->currentRow();
    if (r < 0 || r >= static_cast<int>(mItems.size()))
      return emit logRequested(QStringLiteral("household"), 0, QString());
    const visits::DueItem& item = mItems[static_cast<std::size_t>(r)];
    emit logRequested(q(item.objectType), item.objectId, q(item.label));
  });
  connect(patrol, &QPushButton::clicked, this, [this] {
    const int r = mTable->currentRow();
    if (r >= 0 && r < static_cast<int>(mItems.size())) {
      const visits::DueItem& item = mItems[static_cast<std::size_t>(r)];
      return emit logRequested(QStringLiteral("grid"), item.gridId, q(item.gridName));
    }
    const long long grid = mPlace->currentData().toString().startsWith(QLatin1String("grid:"))
                               ? mPlace->currentData().toString().mid(5).toLongLong()
                               : -1;
    emit logRequested(QStringLiteral("grid"), grid, mPlace->currentText().trimmed());
  });
  buttons->addWidget(log);
  buttons->addWidget(patrol);
  buttons->addStretch();
  layout->addLayout(buttons);
  mSummary = new QLabel(body);
  mSummary->setWordWrap(true);
  layout->addWidget(mSummary);
  setWidget(body);
}

void VisitDock::setDatabase(const QString& path) {
  mPath = path;
  fillPlaceBox(mPlace, path, HierarchyLevel::Community);
  if (isVisible()) reload();
}

void VisitDock::reload() {
  mTable->setRowCount(0);
  mItems.clear();
  if (mPath.isEmpty() || mPlace->count() == 0) return fillLayer();
  auto db = Database::open(mPath.toStdString(), Database::readOnlyOptions());
  if (!db) return mSummary->setText(q(db.error().describe()));
  const QStringList place = mPlace->currentData().toString().split(QLatin1Char(':'));
  visits::DueQuery query;
  query.place = {place.value(0).toStdString(), place.value(1).toLongLong()};
  query.overdueOnly = mOverdueOnly->isChecked();
  query.dueWithinDays = mWeek->isChecked() ? 7 : -1;
  query.english = !uiIsChinese();
  query.withPoints = true;
  SystemClock clock;
  auto items = visits::dueVisits(**db, clock, query);
  if (!items) return mSummary->setText(q(items.error().describe()));
  // The workers of the place, for the filter (kept when the place still has them).
  {
    const long long chosen = mWorker->currentData().isValid() ? mWorker->currentData().toLongLong() : -1;
    const QSignalBlocker blocker(mWorker);
    mWorker->clear();
    mWorker->addItem(tr("All workers"), QVariant::fromValue(-1LL));
    std::map<long long, std::string> workers;
    for (const visits::DueItem& item : *items)
      if (item.staffId >= 0) workers[item.staffId] = item.worker;
    for (const auto& [id, name] : workers) mWorker->addItem(q(name), QVariant::fromValue(id));
    mWorker->setCurrentIndex(std::max(0, mWorker->findData(QVariant::fromValue(chosen))));
  }
  const long long worker = mWorker->currentData().toLongLong();
  for (visits::DueItem& item : *items)
    if (worker < 0 || item.staffId == worker) mItems.push_back(std::move(item));
  mTable->setRowCount(static_cast<int>(mItems.size()));
  int overdue = 0, soon = 0;
  for (int r = 0; r < static_cast<int>(mItems.size()); ++r) {
    const visits::DueItem& item = mItems[static_cast<std::size_t>(r)];
    const QStringList cells{q(item.due),
                            item.overdue() ? tr("%n day(s)", nullptr, item.daysOverdue) : QString(),
                            q(visits::objectTypeName(item.objectType, !uiIsChinese())),
                            q(item.label),
                            q(item.worker),
                            q(item.ruleName),
                            item.lastVisit.empty() ? tr("never") : q(item.lastVisit)};
    const QColor colour = item.overdue()          ? QColor(0xFF, 0xCD, 0xD2)
                          : item.daysOverdue > -7 ? QColor(0xFF, 0xE0, 0xB2)
                                                  : QColor();
    overdue += item.overdue();
    soon += !item.overdue() && item.daysOverdue > -7;
    for (int c = 0; c < cells.size(); ++c) {
      auto* cell = new QTableWidgetItem(cells[c]);
      if (colour.isValid()) cell->setBackground(colour);
      mTable->setItem(r, c, cell);
    }
  }
  mTable->resizeColumnsToContents();
  mSummary->setText(tr("%1 object(s): %2 overdue, %3 due within a week. Purple diamonds on the map are overdue.")
                        .arg(mItems.size())
                        .arg(overdue)
                        .arg(soon));
  fillLayer();
}

QgsVectorLayer* VisitDock::createOverdueLayer(int srid) {
  auto* layer = new QgsVectorLayer(
      QStringLiteral("Point?crs=EPSG:%1&field=days:integer&field=label:string&field=kind:string").arg(srid),
      tr("Overdue visits"), QStringLiteral("memory"));
  // Diamonds, apart from the events' triangles: dark red with a white rim, the days overdue beside them.
  auto* marker = new QgsSimpleMarkerSymbolLayer(QgsSimpleMarkerSymbolLayerBase::Diamond, 3.6, 0,
                                                Qgis::ScaleMethod::ScaleArea, QColor(0x8E, 0x24, 0xAA), Qt::white);
  auto* symbol = new QgsMarkerSymbol(QgsSymbolLayerList() << marker);
  layer->setRenderer(new QgsSingleSymbolRenderer(symbol));
  QgsPalLayerSettings label;
  label.fieldName = QStringLiteral("days");
  label.placement = QgsPalLayerSettings::AroundPoint;
  QgsTextFormat format;
  format.setFont(QFont(QStringLiteral("Noto Sans CJK SC")));
  format.setSize(8);
  format.setColor(QColor(0x6A, 0x1B, 0x9A));
  QgsTextBufferSettings buffer;
  buffer.setEnabled(true);
  buffer.setSize(0.8);
  format.setBuffer(buffer);
  label.setFormat(format);
  layer->setLabeling(new QgsVectorLayerSimpleLabeling(label));
  layer->setLabelsEnabled(true);
  layer->setReadOnly(true);  // filled by the dock from libgrid's due list, never edited on the map
  return layer;
}

void VisitDock::fillLayer() {
  if (!mLayer) return;
  mLayer->dataProvider()->truncate();
  QgsFeatureList features;
  for (const visits::DueItem& item : mItems) {
    if (!item.overdue() || !item.hasPoint) continue;
    QgsFeature feature(mLayer->fields());
    feature.setGeometry(QgsGeometry::fromPointXY(QgsPointXY(item.x, item.y)));
    feature.setAttributes(QgsAttributes() << item.daysOverdue << q(item.label) << q(item.objectType));
    features << feature;
  }
  mLayer->dataProvider()->addFeatures(features);
  mLayer->updateExtents();
  mLayer->triggerRepaint();
}

}  // namespace grid::app
