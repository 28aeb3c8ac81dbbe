// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui/tree/hierarchy_dock.h"

#include <QColor>
#include <QHash>
#include <QHeaderView>
#include <QMap>
#include <QStandardItemModel>
#include <QTreeView>
#include <algorithm>
#include <cmath>
#include <functional>

#include "ledger/division_code.h"
#include "storage/database.h"
#include "storage/hierarchy_query.h"

namespace grid::app {
namespace {

constexpr int kTableRole = Qt::UserRole + 1;
constexpr int kIdRole = Qt::UserRole + 2;
constexpr int kPlaceholderRole = Qt::UserRole + 3;  //!< child standing in for buildings not loaded yet
constexpr int kCoverageRole = Qt::UserRole + 4;     //!< party-link coverage 0–1 (coverage column)

QString tableOf(HierarchyLevel level) {
  switch (level) {
    case HierarchyLevel::Street:
      return QStringLiteral("street");
    case HierarchyLevel::Community:
      return QStringLiteral("community");
    case HierarchyLevel::Area:
      return QStringLiteral("area");
    case HierarchyLevel::Grid:
      return QStringLiteral("grid_map");
    case HierarchyLevel::Building:
      return QStringLiteral("building");
  }
  return {};
}

//! The party-link coverage cell: "97.5%", red below full coverage, with the counts in the tooltip.
QStandardItem* coverageItem(const HierarchyNode& node) {
  auto* item = new QStandardItem;
  item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
  if (node.linkable == 0) return item;
  const double coverage = node.linkCoverage();
  // Never round a gap up to "100.0%": 99.97 % shows as 99.9 %.
  const double shown = coverage < 1.0 ? std::min(std::floor(coverage * 1000.0) / 10.0, 99.9) : 100.0;
  item->setText(QStringLiteral("%1%").arg(shown, 0, 'f', 1));
  item->setData(coverage, kCoverageRole);
  if (coverage < 1.0) item->setForeground(QColor(200, 30, 30));
  item->setToolTip(
      HierarchyDock::tr("%1 of %2 households have a linked party member").arg(node.linked).arg(node.linkable));
  return item;
}

QList<QStandardItem*> rowItems(QStandardItem* name, const HierarchyNode& node) {
  auto* households = new QStandardItem(QString::number(node.households));
  auto* persons = new QStandardItem(QString::number(node.persons));
  households->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
  persons->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
  return {name, households, persons, coverageItem(node)};
}

}  // namespace

HierarchyDock::HierarchyDock(QWidget* parent) : QDockWidget(tr("Hierarchy"), parent) {
  setObjectName(QStringLiteral("HierarchyDock"));
  mModel = new QStandardItemModel(this);
  mModel->setHorizontalHeaderLabels({tr("Name"), tr("Households"), tr("Persons"), tr("Links")});
  mView = new QTreeView(this);
  mView->setModel(mModel);
  mView->setUniformRowHeights(true);
  mView->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mView->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
  mView->header()->setStretchLastSection(false);
  setWidget(mView);
  setMinimumWidth(330);
  connect(mView->selectionModel(), &QItemSelectionModel::currentChanged, this, &HierarchyDock::onCurrentChanged);
  connect(mView, &QTreeView::expanded, this, &HierarchyDock::loadBuildings);
  connect(mView, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
    const QModelIndex name = index.siblingAtColumn(0);
    if (name.data(kTableRole).toString() == QLatin1String("building"))
      emit buildingActivated(name.data(kIdRole).toLongLong());
  });
}

void HierarchyDock::loadBuildings(const QModelIndex& gridIndex) {
  QStandardItem* grid = mModel->itemFromIndex(gridIndex.siblingAtColumn(0));
  if (!grid || grid->rowCount() != 1 || !grid->child(0, 0)->data(kPlaceholderRole).toBool()) return;
  grid->removeRow(0);
  Database::Options readOnly;
  readOnly.readOnly = true;
  auto database = Database::open(mPath.toStdString(), readOnly);
  if (!database) return;
  auto buildings = loadGridBuildings(**database, grid->data(kIdRole).toLongLong());
  if (!buildings) return;
  for (const HierarchyNode& node : *buildings) {
    auto* name = new QStandardItem(QString::fromStdString(node.name));
    name->setData(QStringLiteral("building"), kTableRole);
    name->setData(node.id, kIdRole);
    if (!node.code.empty()) name->setToolTip(QString::fromStdString(formatCodeForDisplay(node.code)));
    grid->appendRow(rowItems(name, node));
  }
}

bool HierarchyDock::load(Database& database, const QString& path, QString* error) {
  mPath = path;
  auto nodes = loadHierarchy(database);
  if (!nodes) {
    if (error) *error = QString::fromStdString(nodes.error().describe());
    return false;
  }
  mModel->removeRows(0, mModel->rowCount());
  QMap<QPair<int, long long>, QStandardItem*> items;
  QMap<long long, QString> communityNames;
  for (const HierarchyNode& node : *nodes) {
    QString label = QString::fromStdString(node.name);
    if (node.level == HierarchyLevel::Community) communityNames.insert(node.id, label);
    // "和平社区第3网格" under 和平社区 reads as "第3网格".
    for (const QString& community : std::as_const(communityNames))
      if (node.level == HierarchyLevel::Grid && label.startsWith(community) && label.size() > community.size())
        label = label.mid(community.size());
    auto* name = new QStandardItem(label);
    if (!node.code.empty()) name->setToolTip(QString::fromStdString(formatCodeForDisplay(node.code)));
    name->setData(tableOf(node.level), kTableRole);
    name->setData(node.id, kIdRole);
    QStandardItem* parent = node.parentId < 0
                                ? mModel->invisibleRootItem()
                                : items.value({static_cast<int>(node.parentLevel), node.parentId}, nullptr);
    if (!parent) parent = mModel->invisibleRootItem();
    parent->appendRow(rowItems(name, node));
    items.insert({static_cast<int>(node.level), node.id}, name);
    if (node.level == HierarchyLevel::Grid) {  // buildings load when the grid is expanded
      auto* placeholder = new QStandardItem(tr("Loading…"));
      placeholder->setData(true, kPlaceholderRole);
      name->appendRow(placeholder);
    }
  }
  mView->expandToDepth(0);
  mView->resizeColumnToContents(1);
  mView->resizeColumnToContents(2);
  mView->resizeColumnToContents(3);
  return true;
}

bool HierarchyDock::refreshCounts(Database& database, QString* error) {
  auto nodes = loadHierarchy(database);
  if (!nodes) {
    if (error) *error = QString::fromStdString(nodes.error().describe());
    return false;
  }
  QHash<QPair<QString, long long>, const HierarchyNode*> byKey;
  for (const HierarchyNode& node : *nodes) byKey.insert({tableOf(node.level), node.id}, &node);
  std::function<void(QStandardItem*)> walk = [&](QStandardItem* parent) {
    for (int row = 0; row < parent->rowCount(); ++row) {
      QStandardItem* name = parent->child(row, 0);
      if (!name) continue;
      if (const HierarchyNode* node =
              byKey.value({name->data(kTableRole).toString(), name->data(kIdRole).toLongLong()})) {
        const QList<QStandardItem*> fresh = rowItems(new QStandardItem, *node);
        for (int column = 1; column < fresh.size(); ++column) parent->setChild(row, column, fresh[column]);
        delete fresh[0];
      }
      walk(name);
    }
  };
  walk(mModel->invisibleRootItem());
  return true;
}

bool HierarchyDock::selectNode(const QString& table, long long id) {
  const QModelIndexList found =
      mModel->match(mModel->index(0, 0), kIdRole, id, -1, Qt::MatchExactly | Qt::MatchRecursive);
  for (const QModelIndex& index : found) {
    if (index.data(kTableRole).toString() != table) continue;
    mSilent = true;
    mView->setCurrentIndex(index);
    mView->scrollTo(index);
    mSilent = false;
    return true;
  }
  return false;
}

bool HierarchyDock::selectBuilding(long long gridId, long long id) {
  const QModelIndexList grids =
      mModel->match(mModel->index(0, 0), kIdRole, gridId, -1, Qt::MatchExactly | Qt::MatchRecursive);
  for (const QModelIndex& grid : grids) {
    if (grid.data(kTableRole).toString() != QLatin1String("grid_map")) continue;
    loadBuildings(grid);
    mSilent = true;
    mView->expand(grid);
    mSilent = false;
    return selectNode(QStringLiteral("building"), id);
  }
  return false;
}

QString HierarchyDock::tableAt(const QModelIndex& index) const {
  return index.siblingAtColumn(0).data(kTableRole).toString();
}

long long HierarchyDock::idAt(const QModelIndex& index) const {
  return index.siblingAtColumn(0).data(kIdRole).toLongLong();
}

void HierarchyDock::onCurrentChanged() {
  if (mSilent) return;
  const QModelIndex index = mView->currentIndex().siblingAtColumn(0);
  if (!index.isValid()) return;
  emit nodeSelected(index.data(kTableRole).toString(), index.data(kIdRole).toLongLong());
}

}  // namespace grid::app
