// SPDX-License-Identifier: GPL-2.0-or-later
#include "building/building_profile_dialog.h"

#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

#include "ledger/division_code.h"
#include "storage/building_profile.h"

namespace grid::app {

BuildingProfileDialog::BuildingProfileDialog(QWidget* parent) : QDialog(parent) {
  setObjectName(QStringLiteral("BuildingProfileDialog"));
  resize(900, 640);
  auto* layout = new QVBoxLayout(this);
  mHeader = new QLabel(this);
  mHeader->setTextFormat(Qt::RichText);
  mStaff = new QLabel(this);
  mStaff->setWordWrap(true);
  mTable = new QTableWidget(this);
  mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mTable->setWordWrap(true);
  mTable->horizontalHeader()->setDefaultSectionSize(120);
  mTable->verticalHeader()->setDefaultSectionSize(44);
  layout->addWidget(mHeader);
  layout->addWidget(mStaff);
  layout->addWidget(mTable, 1);
}

void BuildingProfileDialog::setProfile(const BuildingProfile& profile) {
  mBuildingId = profile.buildingId;
  setWindowTitle(tr("Building profile — %1").arg(QString::fromStdString(profile.name)));
  mHeader->setText(tr("<b>%1</b> %2<br>%3 · %4 floors · %5 units · grid %6 %7<br>%8 households · %9 residents")
                       .arg(QString::fromStdString(profile.name).toHtmlEscaped(),
                            QString::fromStdString(formatCodeForDisplay(profile.code)),
                            QString::fromStdString(profile.type).toHtmlEscaped())
                       .arg(profile.floors)
                       .arg(profile.units)
                       .arg(QString::fromStdString(formatCodeForDisplay(profile.gridCode)),
                            QString::fromStdString(profile.gridName).toHtmlEscaped())
                       .arg(profile.households)
                       .arg(profile.persons));
  QStringList staff;
  for (const ProfileStaff& s : profile.staff)
    staff << QStringLiteral("%1 %2 %3").arg(QString::fromStdString(s.role), QString::fromStdString(s.name),
                                             QString::fromStdString(s.phone));
  mStaff->setText(staff.isEmpty() ? tr("No staff assigned to this building or its grid.") : staff.join(QStringLiteral("　")));

  // Columns: for each unit, one per room position on a landing; rows: floors, top first.
  QMap<QPair<int, int>, QList<const ProfileDwelling*>> byUnitFloor;
  QList<int> floors;
  for (const ProfileDwelling& d : profile.dwellings) {
    byUnitFloor[{d.unit, d.floor}].append(&d);
    if (!floors.contains(d.floor)) floors.append(d.floor);
  }
  std::sort(floors.begin(), floors.end(), std::greater<int>());
  QMap<int, int> roomsPerUnit;
  for (auto it = byUnitFloor.cbegin(); it != byUnitFloor.cend(); ++it)
    roomsPerUnit[it.key().first] = std::max(roomsPerUnit.value(it.key().first), static_cast<int>(it.value().size()));
  QMap<int, int> firstColumn;
  int columns = 0;
  QStringList headers;
  for (auto it = roomsPerUnit.cbegin(); it != roomsPerUnit.cend(); ++it) {
    firstColumn[it.key()] = columns;
    for (int j = 0; j < it.value(); ++j) headers << tr("Unit %1 · %2").arg(it.key()).arg(j + 1);
    columns += it.value();
  }
  mTable->clear();
  mTable->setRowCount(static_cast<int>(floors.size()));
  mTable->setColumnCount(columns);
  mTable->setHorizontalHeaderLabels(headers);
  QStringList floorLabels;
  for (int floor : std::as_const(floors)) floorLabels << tr("%1F").arg(floor);
  mTable->setVerticalHeaderLabels(floorLabels);
  for (auto it = byUnitFloor.cbegin(); it != byUnitFloor.cend(); ++it) {
    const int row = static_cast<int>(floors.indexOf(it.key().second));
    int column = firstColumn.value(it.key().first);
    for (const ProfileDwelling* d : it.value()) {
      QString text = QString::fromStdString(d->room);
      QStringList tooltip;
      auto* item = new QTableWidgetItem();
      if (d->householdId < 0) {
        text += QStringLiteral("\n") + tr("no household");
        item->setBackground(QColor(235, 235, 235));
      } else {
        const ProfileResident* head = d->residents.empty() ? nullptr : &d->residents.front();
        text += QStringLiteral("\n") + (head ? QString::fromStdString(head->name) : tr("vacant")) +
                tr(" (%1)").arg(d->residents.size());
        for (const ProfileResident& r : d->residents)
          tooltip << QStringLiteral("%1 %2 %3 %4").arg(QString::fromStdString(r.name), QString::fromStdString(r.relation),
                                                       QString::fromStdString(r.idMasked), QString::fromStdString(r.birthDate));
        tooltip.prepend(QString::fromStdString(d->householdType));
        item->setBackground(d->residents.empty() ? QColor(250, 240, 210) : QColor(220, 238, 220));
        item->setData(Qt::UserRole, d->householdId);
      }
      item->setText(text);
      item->setToolTip(tooltip.join(QLatin1Char('\n')));
      mTable->setItem(row, column++, item);
    }
  }
}

}  // namespace grid::app
