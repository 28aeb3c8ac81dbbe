// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui/tree/place_box.h"

#include <QComboBox>
#include <QSignalBlocker>

#include "storage/database.h"
#include "storage/hierarchy_query.h"

namespace grid::app {

void fillPlaceBox(QComboBox* box, const QString& path, HierarchyLevel top) {
  const QSignalBlocker blocker(box);
  box->clear();
  auto db = Database::open(path.toStdString(), Database::readOnlyOptions());
  if (!db) return;
  auto tree = loadHierarchy(**db);
  if (!tree) return;
  const int first = top == HierarchyLevel::Street ? 0 : 1;  // depth of the top level: street 0, community 1, grid 2
  for (const HierarchyNode& node : *tree) {
    const int depth = node.level == HierarchyLevel::Street      ? 0
                      : node.level == HierarchyLevel::Community ? 1
                      : node.level == HierarchyLevel::Grid      ? 2
                                                                : -1;
    if (depth < first) continue;
    const char* level = depth == 0 ? "street" : depth == 1 ? "community" : "grid";
    box->addItem(QString((depth - first) * 4, QLatin1Char(' ')) + QString::fromStdString(node.name),
                 QStringLiteral("%1:%2").arg(QString::fromLatin1(level)).arg(node.id));
  }
}

}  // namespace grid::app
