// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui/edit/community_picker.h"

#include <QComboBox>
#include <QCoreApplication>

#include "storage/database.h"
#include "storage/hierarchy_query.h"

namespace grid::app {

bool refillCommunities(QComboBox* combo, const QString& path, QString* code, QString* error) {
  auto database = Database::open(path.toStdString(), Database::readOnlyOptions());
  if (!database) {
    if (error) *error = QString::fromStdString(database.error().describe());
    return false;
  }
  const QString previous = combo->currentData().toString();
  combo->clear();
  if (auto communities = listCommunities(**database))
    for (const CommunityRef& community : *communities)
      combo->addItem(QString::fromStdString(community.name), QString::fromStdString(community.code));
  const int keep = combo->findData(previous);
  *code = combo->count() == 0 ? QString() : combo->itemData(keep >= 0 ? keep : 0).toString();
  return true;
}

bool selectCommunity(QComboBox* combo, const QString& code, QString* error) {
  const int index = combo->findData(code);
  if (index < 0) {
    if (error)
      *error = QCoreApplication::translate("grid::app::CommunityPicker", "No community with code %1.").arg(code);
    return false;
  }
  combo->setCurrentIndex(index);
  return true;
}

}  // namespace grid::app
