// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui/building/building_profile_dialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>
#include <map>

#include "gui/party/party_edits.h"
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
  mTable->verticalHeader()->setDefaultSectionSize(58);
  layout->addWidget(mHeader);
  layout->addWidget(mStaff);
  layout->addWidget(mTable, 1);
  mTable->setSelectionMode(QAbstractItemView::ExtendedSelection);

  // Link and plaque editing (shown once a database is set).
  mEditBar = new QWidget(this);
  auto* bar = new QHBoxLayout(mEditBar);
  bar->setContentsMargins(0, 0, 0, 0);
  bar->addWidget(new QLabel(tr("Party member:"), mEditBar));
  mMember = new QComboBox(mEditBar);
  mMember->setObjectName(QStringLiteral("ProfileMember"));
  mMember->setMinimumWidth(200);
  bar->addWidget(mMember, 1);
  auto* link = new QPushButton(tr("Link Selected"), mEditBar);
  link->setToolTip(tr("Link the selected households to the chosen party member (党员联户)"));
  auto* unlink = new QPushButton(tr("Unlink"), mEditBar);
  auto* plaque = new QPushButton(tr("Put Up Plaque"), mEditBar);
  plaque->setToolTip(tr("The 党员家庭 plaque on the selected party households (挂牌亮户)"));
  auto* noPlaque = new QPushButton(tr("Take Down Plaque"), mEditBar);
  auto* visit = new QPushButton(tr("Log Visit…"), mEditBar);
  visit->setToolTip(tr("Log a visit to the selected household, or to the building (巡查走访)"));
  for (QPushButton* button : {link, unlink, plaque, noPlaque, visit}) bar->addWidget(button);
  connect(visit, &QPushButton::clicked, this, [this] {
    const QList<long long> households = selectedHouseholds();
    if (!households.isEmpty())
      return emit visitRequested(QStringLiteral("household"), households.front(), mHeader->text());
    emit visitRequested(QStringLiteral("building"), mBuildingId, mHeader->text());
  });
  layout->addWidget(mEditBar);
  mEditBar->hide();
  // The profile is its own window: Ctrl+Z / Ctrl+Y reach the workstation's undo stack from here too.
  auto* undo = new QShortcut(QKeySequence::Undo, this);
  auto* redo = new QShortcut(QKeySequence::Redo, this);
  connect(undo, &QShortcut::activated, this, [this] {
    if (mUndoStack) mUndoStack->undo();
  });
  connect(redo, &QShortcut::activated, this, [this] {
    if (mUndoStack) mUndoStack->redo();
  });
  const auto run = [this](bool (BuildingProfileDialog::*op)(QString*)) {
    QString error;
    if (!(this->*op)(&error) && !error.isEmpty()) QMessageBox::warning(this, windowTitle(), error);
  };
  connect(link, &QPushButton::clicked, this, [this, run] { run(&BuildingProfileDialog::linkSelected); });
  connect(unlink, &QPushButton::clicked, this, [this, run] { run(&BuildingProfileDialog::unlinkSelected); });
  connect(plaque, &QPushButton::clicked, this, [this] {
    QString error;
    if (!plaqueSelected(true, &error) && !error.isEmpty()) QMessageBox::warning(this, windowTitle(), error);
  });
  connect(noPlaque, &QPushButton::clicked, this, [this] {
    QString error;
    if (!plaqueSelected(false, &error) && !error.isEmpty()) QMessageBox::warning(this, windowTitle(), error);
  });
}

void BuildingProfileDialog::setEditing(const QString& path, QUndoStack* undoStack) {
  mPath = path;
  mUndoStack = undoStack;
  mEditBar->setVisible(!path.isEmpty() && undoStack);
  mCommunityCode.clear();
}

void BuildingProfileDialog::loadMembers(const QString& communityCode) {
  if (communityCode == mCommunityCode && mMember->count() > 0) return;
  mCommunityCode = communityCode;
  const long long current = mMember->currentData().toLongLong();
  mMember->clear();
  auto db = Database::open(mPath.toStdString(), Database::readOnlyOptions());
  if (!db) return;
  auto members = party::loadMemberLinks(**db, communityCode.toStdString());
  if (!members) return;
  for (const party::MemberLinks& member : *members) {
    if (!member.exemptCode.empty()) continue;  // exempt members take no households
    mMember->addItem(tr("%1 · %2 (%3/%4)")
                         .arg(QString::fromStdString(member.name), QString::fromStdString(member.buildingName))
                         .arg(member.households.size())
                         .arg(member.limit),
                     member.memberId);
  }
  const int keep = mMember->findData(current);
  if (keep >= 0) mMember->setCurrentIndex(keep);
}

void BuildingProfileDialog::reloadProfile() {
  if (mPath.isEmpty() || mBuildingId < 0) return;
  auto db = Database::open(mPath.toStdString(), Database::readOnlyOptions());
  if (!db) return;
  auto profile = loadBuildingProfile(**db, mBuildingId);
  if (profile) setProfile(*profile);
}

void BuildingProfileDialog::afterEdit() {
  mCommunityCode.clear();  // member loads changed
  reloadProfile();
  emit edited();
}

QList<long long> BuildingProfileDialog::selectedHouseholds() const {
  QList<long long> out;
  for (QTableWidgetItem* item : mTable->selectedItems())
    if (item->data(Qt::UserRole).isValid()) out << item->data(Qt::UserRole).toLongLong();
  return out;
}

bool BuildingProfileDialog::linkSelected(QString* error) {
  const long long member = mMember->currentData().isValid() ? mMember->currentData().toLongLong() : -1;
  const QList<long long> households = selectedHouseholds();
  if (member < 0 || households.isEmpty()) {
    if (error) *error = tr("Choose a party member and select the households to link.");
    return false;
  }
  const std::vector<long long> ids(households.begin(), households.end());
  return pushEdit(
      mUndoStack, mPath,
      tr("Link %n household(s) to %1", nullptr, households.size())
          .arg(mMember->currentText().section(QStringLiteral(" · "), 0, 0)),
      [member, ids](Database& db) { return party::linkHouseholds(db, SystemClock(), workstationActor(), member, ids); },
      undoLinkChange, [this] { afterEdit(); },
      [this](const QString& e) { QMessageBox::warning(this, windowTitle(), e); }, error);
}

bool BuildingProfileDialog::unlinkSelected(QString* error) {
  // The selected households grouped by their member; undone and redone as one step.
  std::map<long long, std::vector<long long>> byMember;
  for (QTableWidgetItem* item : mTable->selectedItems())
    if (item->data(Qt::UserRole + 1).toLongLong() >= 0 && item->data(Qt::UserRole).isValid())
      byMember[item->data(Qt::UserRole + 1).toLongLong()].push_back(item->data(Qt::UserRole).toLongLong());
  if (byMember.empty()) {
    if (error) *error = tr("None of the selected households has a linked party member.");
    return false;
  }
  int count = 0;
  for (const auto& [member, households] : byMember) count += static_cast<int>(households.size());
  // One LinkChange for all members: its ended links are undone together.
  return pushEdit(
      mUndoStack, mPath, tr("Unlink %n household(s)", nullptr, count),
      [byMember](Database& db) -> Result<party::LinkChange> {
        party::LinkChange all;
        for (const auto& [member, households] : byMember) {
          auto made = party::unlinkHouseholds(db, SystemClock(), workstationActor(), member, households);
          if (!made) {
            (void)undoLinkChange(db, all);  // what the earlier members' unlinks wrote
            return made.error();
          }
          all.ended.insert(all.ended.end(), made->ended.begin(), made->ended.end());
        }
        return all;
      },
      undoLinkChange, [this] { afterEdit(); },
      [this](const QString& e) { QMessageBox::warning(this, windowTitle(), e); }, error);
}

bool BuildingProfileDialog::plaqueSelected(bool on, QString* error) {
  const QList<long long> households = selectedHouseholds();
  if (households.isEmpty()) {
    if (error) *error = tr("Select the party households first.");
    return false;
  }
  return pushPlaqueEdit(
      mUndoStack, mPath, households, on, [this] { afterEdit(); },
      [this](const QString& e) { QMessageBox::warning(this, windowTitle(), e); }, error);
}

void BuildingProfileDialog::setProfile(const BuildingProfile& profile) {
  mBuildingId = profile.buildingId;
  if (mEditBar->isVisible() || (!mPath.isEmpty() && mUndoStack))
    loadMembers(QString::fromStdString(profile.gridCode.substr(0, std::min<std::size_t>(12, profile.gridCode.size()))));
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
    staff << QStringLiteral("%1 %2 %3")
                 .arg(QString::fromStdString(s.role), QString::fromStdString(s.name), QString::fromStdString(s.phone));
  mStaff->setText(staff.isEmpty() ? tr("No staff assigned to this building or its grid.")
                                  : staff.join(QStringLiteral("　")));

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
          tooltip << QStringLiteral("%1 %2 %3 %4")
                         .arg(QString::fromStdString(r.name), QString::fromStdString(r.relation),
                              QString::fromStdString(r.idMasked), QString::fromStdString(r.birthDate));
        tooltip.prepend(QString::fromStdString(d->householdType));
        // The linked member (联户) on a second line; a party household's plaque as ★ (up) or ☆ (missing).
        if (d->linkMemberId >= 0)
          text += QStringLiteral("\n") + tr("Linked: %1").arg(QString::fromStdString(d->linkMemberName));
        else if (!d->vacant)
          text += QStringLiteral("\n") + tr("No linked member");
        if (d->partyHousehold) text += d->partyPlaque ? tr(" ★") : tr(" ☆");
        if (d->partyHousehold)
          tooltip << (d->partyPlaque ? tr("Party household, plaque up") : tr("Party household, plaque missing"));
        const QColor base = d->residents.empty() ? QColor(250, 240, 210) : QColor(220, 238, 220);
        item->setBackground(d->linkMemberId < 0 && !d->vacant ? QColor(250, 218, 218) : base);
        item->setData(Qt::UserRole, d->householdId);
        item->setData(Qt::UserRole + 1, d->linkMemberId);
      }
      item->setText(text);
      item->setToolTip(tooltip.join(QLatin1Char('\n')));
      mTable->setItem(row, column++, item);
    }
  }
}

}  // namespace grid::app
