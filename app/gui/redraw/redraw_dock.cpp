// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui/redraw/redraw_dock.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgsfillsymbol.h>
#include <qgsgeometry.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>
#include <set>

#include "common/clock.h"
#include "districting/redraw_session.h"
#include "gui/redraw/redraw_tool.h"
#include "storage/database.h"

namespace grid::app {
namespace {

enum Column { CodeColumn, HouseholdsColumn, ChangeColumn, DeviationColumn, LockColumn, ColumnCount };

//! Diverging colour of a deviation: blue under the target, red over it, pale inside the tolerance band.
QColor deviationColour(double deviation, double tolerance) {
  const double t = std::min(1.0, std::abs(deviation) / (2 * tolerance));
  const double strength = std::abs(deviation) <= tolerance ? 0.35 * t : 0.35 + 0.65 * t;
  const QColor end = deviation < 0 ? QColor(69, 117, 180) : QColor(215, 48, 39);
  auto mix = [&](int from, int to) { return static_cast<int>(std::lround(from + (to - from) * strength)); };
  return QColor(mix(250, end.red()), mix(250, end.green()), mix(245, end.blue()));
}

}  // namespace

RedrawDock::RedrawDock(QgsMapCanvas* canvas, QgsProject* project, QWidget* parent)
    : QDockWidget(tr("Redraw Grids"), parent), mCanvas(canvas), mProject(project) {
  setObjectName(QStringLiteral("RedrawDock"));
  setMinimumWidth(460);
  auto* body = new QWidget(this);
  auto* layout = new QVBoxLayout(body);
  mSummary = new QLabel(body);
  mSummary->setWordWrap(true);
  layout->addWidget(mSummary);
  mTable = new QTableWidget(0, ColumnCount, body);
  mTable->setObjectName(QStringLiteral("RedrawGridTable"));
  mTable->setHorizontalHeaderLabels({tr("Grid"), tr("Households"), tr("Change"), tr("Deviation"), tr("Locked")});
  mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
  mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mTable->verticalHeader()->hide();
  mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  layout->addWidget(mTable, 3);
  layout->addWidget(new QLabel(tr("Issues"), body));
  mIssues = new QListWidget(body);
  mIssues->setObjectName(QStringLiteral("RedrawIssues"));
  layout->addWidget(mIssues, 1);
  auto* buttons = new QHBoxLayout;
  mBalance = new QPushButton(tr("Auto-balance selected"), body);
  mCommit = new QPushButton(tr("Commit plan"), body);
  mDiscard = new QPushButton(tr("Discard"), body);
  buttons->addWidget(mBalance);
  buttons->addStretch();
  buttons->addWidget(mDiscard);
  buttons->addWidget(mCommit);
  layout->addLayout(buttons);
  setWidget(body);

  // No shortcuts here: the window's Edit → Undo/Redo (Ctrl+Z, Ctrl+Y) route to these while redraw mode is on.
  mUndo = new QAction(tr("Undo"), this);
  mRedo = new QAction(tr("Redo"), this);
  connect(mUndo, &QAction::triggered, this, [this] {
    if (mSession && mSession->undo()) refresh();
  });
  connect(mRedo, &QAction::triggered, this, [this] {
    if (mSession && mSession->redo()) refresh();
  });
  connect(mBalance, &QPushButton::clicked, this, &RedrawDock::autoBalanceSelection);
  connect(mDiscard, &QPushButton::clicked, this, &RedrawDock::discard);
  connect(mCommit, &QPushButton::clicked, this, [this] {
    QString error;
    if (!commit(&error)) QMessageBox::warning(this, tr("Redraw Grids"), error);
  });
  connect(mTable, &QTableWidget::currentCellChanged, this, [this] {
    if (!mUpdating) refreshLayer();
  });
  mTool = new RedrawTool(mCanvas, this);
  refresh();
}

RedrawDock::~RedrawDock() {
  if (mCanvas && mTool && mCanvas->mapTool() == mTool) mCanvas->unsetMapTool(mTool);
  delete mTool.data();
}

bool RedrawDock::start(const QString& path, const QString& communityCode, QString* error) {
  discard();
  auto database = Database::open(path.toStdString(), Database::readOnlyOptions());
  if (!database) {
    if (error) *error = QString::fromStdString(database.error().describe());
    return false;
  }
  auto session = districting::RedrawSession::open(**database, communityCode.toStdString(), districting::PlanOptions{});
  if (!session) {
    if (error) *error = QString::fromStdString(session.error().describe());
    return false;
  }
  mSession = std::make_unique<districting::RedrawSession>(std::move(*session));
  mPath = path;
  // The preview layer: one feature per building, its grid as an attribute, coloured by the grid's deviation.
  const int srid = (*database)->srid();
  mLayer = new QgsVectorLayer(QStringLiteral("Polygon?crs=EPSG:%1&field=unit:integer&field=grid:integer").arg(srid),
                              tr("Redraw"), QStringLiteral("memory"));
  rebuildFeatures();
  mLayer->updateExtents();
  mProject->addMapLayer(mLayer);
  QList<QgsMapLayer*> layers = mCanvas->layers();
  layers.prepend(mLayer);
  mCanvas->setLayers(layers);
  mPreviousTool = mCanvas->mapTool();
  mCanvas->setMapTool(mTool);
  setActiveGrid(0);
  refresh();
  mCanvas->setExtent(mLayer->extent().buffered(mLayer->extent().width() * 0.05));
  mCanvas->refresh();
  show();
  raise();
  return true;
}

void RedrawDock::discard() {
  if (!mSession) return;
  mSession.reset();
  if (mCanvas && mCanvas->mapTool() == mTool) {
    if (mPreviousTool)
      mCanvas->setMapTool(mPreviousTool);
    else
      mCanvas->unsetMapTool(mTool);
  }
  if (mLayer && mCanvas) {
    QList<QgsMapLayer*> layers = mCanvas->layers();
    layers.removeAll(mLayer);
    mCanvas->setLayers(layers);
    mProject->removeMapLayer(mLayer);  // deletes it
    mLayer = nullptr;
  }
  refresh();
  emit finished();
}

RedrawTool* RedrawDock::tool() const {
  return mTool.data();
}

int RedrawDock::activeGrid() const {
  return mTable->currentRow();
}

void RedrawDock::setActiveGrid(int grid) {
  if (grid >= 0 && grid < mTable->rowCount()) mTable->setCurrentCell(grid, CodeColumn);
}

int RedrawDock::gridOf(int unit) const {
  if (!mSession || unit < 0 || unit >= mSession->unitCount()) return -1;
  return mSession->assignment()[static_cast<std::size_t>(unit)];
}

std::vector<int> RedrawDock::unitsIn(const QgsGeometry& geometry) const {
  std::vector<int> out;
  if (!mLayer) return out;
  QgsFeatureRequest request;
  request.setFilterRect(geometry.boundingBox());
  QgsFeature feature;
  QgsFeatureIterator it = mLayer->getFeatures(request);
  while (it.nextFeature(feature))
    if (feature.geometry().intersects(geometry)) out.push_back(feature.attribute(0).toInt());
  return out;
}

void RedrawDock::previewStroke(const std::vector<int>& units, int grid) {
  if (!mSession) return;
  const std::vector<long long> totals = mSession->preview(units, grid >= 0 ? grid : activeGrid());
  refresh(&totals);
}

void RedrawDock::finishStroke(const std::vector<int>& units, const QString& label, int grid) {
  if (!mSession) return;
  mSession->assign(units, grid >= 0 ? grid : activeGrid(), label.toStdString());
  refresh();
}

void RedrawDock::autoBalanceSelection() {
  if (!mSession) return;
  std::set<int> rows;
  for (const QModelIndex& index : mTable->selectionModel()->selectedRows())
    if (index.row() < mSession->gridCount()) rows.insert(index.row());
  if (rows.size() == 1)  // one grid: it and its neighbours
    for (int g : mSession->neighbourGrids(*rows.begin())) rows.insert(g);
  if (rows.empty())
    for (int g = 0; g < mSession->gridCount(); ++g) rows.insert(g);
  auto moved = mSession->autoBalance(std::vector<int>(rows.begin(), rows.end()));
  if (!moved) QMessageBox::warning(this, tr("Redraw Grids"), QString::fromStdString(moved.error().describe()));
  refresh();
}

void RedrawDock::toggleLock(int row, bool locked) {
  if (!mSession) return;
  mSession->setGridLocked(row, locked);
  refresh();
}

bool RedrawDock::commit(QString* error) {
  if (!mSession) return false;
  auto database = Database::open(mPath.toStdString());
  if (!database) {
    if (error) *error = QString::fromStdString(database.error().describe());
    return false;
  }
  SystemClock clock;
  const QString user = qEnvironmentVariable("USER", QStringLiteral("gridstation"));
  auto summary = mSession->commit(**database, clock, Actor::system(user.toStdString()),
                                  tr("Redrawn in GridStation").toStdString());
  if (!summary) {
    if (error) *error = QString::fromStdString(summary.error().describe());
    return false;
  }
  database->reset();
  const QString path = mPath;
  discard();
  emit committed(path);
  return true;
}

QString RedrawDock::gridName(int grid) const {
  if (grid < static_cast<int>(mSession->units().gridCodes.size())) {
    const QString code = QString::fromStdString(mSession->units().gridCodes[static_cast<std::size_t>(grid)]);
    return code.left(12) + QLatin1Char('-') + code.mid(12);  // 440310001001-003: never read as an ID number
  }
  return tr("New grid %1").arg(grid - static_cast<int>(mSession->units().gridCodes.size()) + 1);
}

QString RedrawDock::issueText(const districting::PlanIssue& issue) const {
  using Kind = districting::PlanIssue::Kind;
  const QString grid = issue.grid >= 0 ? gridName(issue.grid) : QString();
  switch (issue.kind) {
    case Kind::NotContiguous:
      return tr("%1 is in separate pieces: join them or give the stray buildings to a neighbour.").arg(grid);
    case Kind::Enclave:
      return tr("%1 lies wholly inside %2, like a hole: join it to %2 or reach another neighbour.")
          .arg(grid, gridName(static_cast<int>(issue.value)));
    case Kind::Unassigned:
      return tr("%1 building(s) have no grid: paint them into one.").arg(issue.value);
    case Kind::Empty:
      return tr("%1 has no buildings left and will be retired.").arg(grid);
    case Kind::OutsideTolerance: {
      const long long target = std::llround(mSession->options().target);
      return issue.value < target ? tr("%1: %2 households; add %3 to reach %4.")
                                        .arg(grid)
                                        .arg(issue.value)
                                        .arg(target - issue.value)
                                        .arg(target)
                                  : tr("%1: %2 households; remove %3 to reach %4.")
                                        .arg(grid)
                                        .arg(issue.value)
                                        .arg(issue.value - target)
                                        .arg(target);
    }
  }
  return QString::fromStdString(issue.message);
}

void RedrawDock::rebuildFeatures() {
  if (!mLayer || !mSession) return;
  QgsFeatureList features;
  const auto& units = mSession->units();
  for (int u = 0; u < mSession->unitCount(); ++u) {
    QgsFeature feature(mLayer->fields());
    QgsGeometry geometry;
    const auto& wkb = units.footprints[static_cast<std::size_t>(u)];
    geometry.fromWkb(QByteArray(reinterpret_cast<const char*>(wkb.data()), static_cast<int>(wkb.size())));
    feature.setGeometry(geometry);
    QgsAttributes attributes;  // not {u, grid}: that would pick QgsAttributes(int size, const QVariant&)
    attributes << QVariant(u) << QVariant(mSession->assignment()[static_cast<std::size_t>(u)]);
    feature.setAttributes(attributes);
    features << feature;
  }
  mLayer->dataProvider()->truncate();
  mLayer->dataProvider()->addFeatures(features);
  mLayer->dataProvider()->createSpatialIndex();  // the brush asks for the buildings under it on every mouse move
  mShownSplits = mSession->splitBuildings();
}

bool RedrawDock::splitUnit(int unit, QString* error) {
  if (!mSession || unit < 0 || unit >= mSession->unitCount()) return false;
  auto database = Database::open(mPath.toStdString(), Database::readOnlyOptions());
  if (!database) {
    if (error) *error = QString::fromStdString(database.error().describe());
    return false;
  }
  auto parts = mSession->splitBuilding(**database, mSession->units().buildingIds[static_cast<std::size_t>(unit)]);
  if (!parts) {
    if (error) *error = QString::fromStdString(parts.error().describe());
    return false;
  }
  refresh();
  return true;
}

void RedrawDock::refresh(const std::vector<long long>* preview) {
  // A split (or its undo) changed the units: the preview layer follows.
  if (mSession && mLayer && mSession->splitBuildings() != mShownSplits) rebuildFeatures();
  mUpdating = true;
  const bool on = static_cast<bool>(mSession);
  for (QWidget* w : std::initializer_list<QWidget*>{mTable, mIssues, mBalance, mCommit, mDiscard}) w->setEnabled(on);
  mUndo->setEnabled(on && mSession->canUndo());
  mRedo->setEnabled(on && mSession->canRedo());
  if (!on) {
    mTable->setRowCount(0);
    mIssues->clear();
    mSummary->setText(tr("Choose Edit → Redraw Grids… to redraw a community's grids."));
    mUpdating = false;
    return;
  }
  auto stepName = [this](const std::string& label) {
    return label == "auto-balance"    ? tr("Auto-balance")
           : label == "split by 单元" ? tr("Split by entrance")
                                      : QString::fromStdString(label);  // the tool's labels are translated already
  };
  mUndo->setText(mSession->canUndo() ? tr("Undo %1").arg(stepName(mSession->undoLabel())) : tr("Undo"));
  mRedo->setText(mSession->canRedo() ? tr("Redo %1").arg(stepName(mSession->redoLabel())) : tr("Redo"));
  const auto& options = mSession->options();
  const int rows = mSession->gridCount() + 1;  // the last row starts a new grid
  const int current = std::max(0, mTable->currentRow());
  mTable->setRowCount(rows);
  for (int g = 0; g < rows; ++g) {
    const bool fresh = g == mSession->gridCount();
    const long long households =
        fresh ? (preview && static_cast<int>(preview->size()) > g ? (*preview)[static_cast<std::size_t>(g)] : 0)
              : (preview ? (*preview)[static_cast<std::size_t>(g)] : mSession->households(g));
    const long long start = fresh ? 0 : mSession->householdsAtStart(g);
    const long long live = preview && !fresh ? households - mSession->households(g) : 0;
    const double deviation = (static_cast<double>(households) - options.target) / options.target;
    auto cell = [&](int column, const QString& text) {
      QTableWidgetItem* item = mTable->item(g, column);
      if (!item) mTable->setItem(g, column, item = new QTableWidgetItem);
      item->setText(text);
      return item;
    };
    cell(CodeColumn, fresh ? tr("+ new grid") : gridName(g))
        ->setToolTip(fresh ? tr("Paint buildings here to start a new grid")
                           : QString::fromStdString(mSession->gridLabel(g)));
    cell(HouseholdsColumn, QString::number(households))->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    const long long change = households - start;
    QTableWidgetItem* changeItem = cell(ChangeColumn, change == 0 ? QString() : QString::asprintf("%+lld", change));
    changeItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    changeItem->setToolTip(live ? tr("%1 in this stroke").arg(QString::asprintf("%+lld", live)) : QString());
    QFont font = changeItem->font();
    font.setBold(live != 0);
    changeItem->setFont(font);
    QTableWidgetItem* deviationItem =
        cell(DeviationColumn, households == 0 ? QString() : QString::asprintf("%+.1f %%", 100 * deviation));
    deviationItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    const QColor colour = households == 0 ? QColor(Qt::white) : deviationColour(deviation, options.tolerance);
    for (int column = 0; column < LockColumn; ++column) mTable->item(g, column)->setBackground(colour);
    if (!fresh) {
      auto* box = qobject_cast<QCheckBox*>(mTable->cellWidget(g, LockColumn));
      if (!box) {
        box = new QCheckBox(mTable);
        connect(box, &QCheckBox::toggled, this, [this, g](bool locked) {
          if (!mUpdating) toggleLock(g, locked);
        });
        mTable->setCellWidget(g, LockColumn, box);
      }
      box->setChecked(mSession->gridLocked(g));
    } else {
      mTable->removeCellWidget(g, LockColumn);
    }
  }
  mTable->setCurrentCell(std::min(current, rows - 1), CodeColumn);
  mUpdating = false;
  if (preview) return;  // while a stroke is in progress only the totals move; issues and summary wait for it
  mUpdating = true;
  mIssues->clear();
  int blocking = 0;
  for (const auto& issue : mSession->issues()) {
    auto* item = new QListWidgetItem(issueText(issue), mIssues);
    item->setData(Qt::UserRole, issue.grid);
    if (issue.blocksCommit()) {
      ++blocking;
      item->setForeground(QColor(183, 28, 28));
    }
  }
  mCommit->setEnabled(blocking == 0);
  int within = 0, grids = 0;
  for (int g = 0; g < mSession->gridCount(); ++g) {
    if (mSession->households(g) == 0) continue;
    ++grids;
    within += std::abs(mSession->deviation(g)) <= options.tolerance + 1e-9;
  }
  mSummary->setText(tr("%1 (%2): %3 grids, %4 within ±%5 % of %6 households; %7 buildings moved.")
                        .arg(QString::fromStdString(mSession->units().communityName),
                             QString::fromStdString(mSession->units().communityCode))
                        .arg(grids)
                        .arg(within)
                        .arg(std::lround(100 * options.tolerance))
                        .arg(std::lround(options.target))
                        .arg(mSession->unitsMoved()));
  mUpdating = false;
  refreshLayer();
}

void RedrawDock::refreshLayer() {
  if (!mLayer || !mSession) return;
  QgsChangedAttributesMap changes;
  QgsFeature feature;
  QgsFeatureIterator it = mLayer->getFeatures();
  while (it.nextFeature(feature)) {
    const int unit = feature.attribute(0).toInt();
    const int grid = mSession->assignment()[static_cast<std::size_t>(unit)];
    if (feature.attribute(1).toInt() != grid) changes[feature.id()] = {{1, grid}};
  }
  if (!changes.isEmpty()) mLayer->dataProvider()->changeAttributeValues(changes);
  QgsCategoryList categories;
  const int active = activeGrid();
  for (int g = 0; g < mSession->gridCount(); ++g) {
    const QColor fill = deviationColour(mSession->deviation(g), mSession->options().tolerance);
    QgsFillSymbol* symbol = QgsFillSymbol::createSimple(
        {{QStringLiteral("color"), fill.name()},
         {QStringLiteral("outline_color"), g == active ? QStringLiteral("#111111") : QStringLiteral("#666666")},
         {QStringLiteral("outline_width"), g == active ? QStringLiteral("0.6") : QStringLiteral("0.2")},
         {QStringLiteral("outline_width_unit"), QStringLiteral("MM")}});
    categories << QgsRendererCategory(g, symbol, QString::fromStdString(mSession->gridLabel(g)));
  }
  QgsFillSymbol* none = QgsFillSymbol::createSimple({{QStringLiteral("color"), QStringLiteral("#ffffff")},
                                                     {QStringLiteral("outline_color"), QStringLiteral("#b71c1c")},
                                                     {QStringLiteral("outline_style"), QStringLiteral("dash")}});
  categories << QgsRendererCategory(-1, none, tr("No grid"));
  mLayer->setRenderer(new QgsCategorizedSymbolRenderer(QStringLiteral("grid"), categories));
  mLayer->triggerRepaint();
}

}  // namespace grid::app
