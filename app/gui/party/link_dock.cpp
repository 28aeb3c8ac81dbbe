// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui/party/link_dock.h"

#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <cmath>
#include <map>

#include "core/layer_factory.h"
#include "core/translation.h"
#include "gui/edit/database_command.h"
#include "gui/party/link_tool.h"
#include "gui/party/party_edits.h"
#include "party/link_store.h"
#include "storage/database.h"
#include "storage/hierarchy_query.h"

namespace grid::app {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kHouseholdsRole = Qt::UserRole + 2;
constexpr int kHomeRole = Qt::UserRole + 3;

QString describe(const Error& error) {
  return QString::fromStdString(error.describe());
}

}  // namespace

LinkDock::LinkDock(QgsMapCanvas* canvas, QgsProject* project, QUndoStack* undoStack, QWidget* parent)
    : CommunityDock(tr("Party Member Links"), parent), mCanvas(canvas), mProject(project), mUndoStack(undoStack) {
  setObjectName(QStringLiteral("LinkDock"));
  setMinimumWidth(420);
  auto* body = new QWidget(this);
  auto* layout = new QVBoxLayout(body);
  auto* top = new QHBoxLayout;
  top->addWidget(new QLabel(tr("Community:"), body));
  top->addWidget(communityPicker(body), 1);
  top->addWidget(new QLabel(tr("Households per member:"), body));
  mLimit = new QSpinBox(body);
  mLimit->setRange(1, 30);
  mLimit->setValue(5);
  mLimit->setToolTip(tr("Each party member links about five households (每名党员联系5户)"));
  top->addWidget(mLimit);
  layout->addLayout(top);
  mSummary = new QLabel(body);
  mSummary->setWordWrap(true);
  layout->addWidget(mSummary);

  mMembers = new QTableWidget(0, 4, body);
  mMembers->setObjectName(QStringLiteral("LinkMembers"));
  mMembers->setHorizontalHeaderLabels({tr("Party member"), tr("Home"), tr("Links"), tr("Exemption")});
  mMembers->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mMembers->setSelectionBehavior(QAbstractItemView::SelectRows);
  mMembers->setSelectionMode(QAbstractItemView::SingleSelection);
  mMembers->verticalHeader()->hide();
  mMembers->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
  layout->addWidget(mMembers, 3);

  mMapButton = new QPushButton(tr("Link on the Map"), body);
  mMapButton->setObjectName(QStringLiteral("LinkOnMap"));
  mMapButton->setCheckable(true);
  mMapButton->setToolTip(
      tr("Click a building to link its unlinked households to the chosen member; Ctrl-drag to "
         "lasso several buildings; hold Shift to unlink instead"));
  auto* suggest = new QPushButton(tr("Suggest Links"), body);
  suggest->setToolTip(tr("Cover every unlinked household within the limit, with the shortest walks (min-cost flow)"));
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(mMapButton);
  buttons->addStretch();
  buttons->addWidget(suggest);
  layout->addLayout(buttons);

  mSuggestions = new QTreeWidget(body);
  mSuggestions->setObjectName(QStringLiteral("LinkSuggestions"));
  mSuggestions->setHeaderLabels({tr("Suggested links"), tr("Distance")});
  layout->addWidget(mSuggestions, 2);
  mAccept = new QPushButton(tr("Accept Checked Members"), body);
  auto* reject = new QPushButton(tr("Reject All"), body);
  auto* decide = new QHBoxLayout;
  decide->addStretch();
  decide->addWidget(reject);
  decide->addWidget(mAccept);
  layout->addLayout(decide);
  setWidget(body);

  connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
    if (!visible && mMapButton->isChecked()) mMapButton->setChecked(false);
  });
  connect(mLimit, qOverload<int>(&QSpinBox::valueChanged), this, [this] { mSuggestions->clear(); });
  connect(mMembers, &QTableWidget::currentCellChanged, this, [this] { showMemberOnMap(); });
  connect(mMapButton, &QPushButton::toggled, this, [this](bool on) {
    if (on) {
      QgsVectorLayer* buildings = LayerFactory::findLayer(mProject, QStringLiteral("building"));
      if (!buildings) return;
      delete mTool;
      mTool = new LinkTool(mCanvas, buildings);
      connect(mTool, &LinkTool::buildingsPicked, this, [this](const QList<long long>& picked, bool remove) {
        QString error;
        if (!editBuildings(picked, remove, &error) && !error.isEmpty())
          QMessageBox::warning(this, tr("Party Member Links"), error);
      });
      mCanvas->setMapTool(mTool);
    } else if (mTool && mCanvas->mapTool() == mTool) {
      mCanvas->unsetMapTool(mTool);
    }
  });
  connect(suggest, &QPushButton::clicked, this, [this] {
    QString error;
    if (!this->suggest(&error)) QMessageBox::warning(this, tr("Party Member Links"), error);
  });
  connect(reject, &QPushButton::clicked, this, [this] {
    mSuggestions->clear();
    mSuggested.clear();
  });
  connect(mAccept, &QPushButton::clicked, this, [this] {
    QString error;
    if (acceptChecked(&error) < 0) QMessageBox::warning(this, tr("Party Member Links"), error);
  });
}

LinkDock::~LinkDock() = default;

void LinkDock::communityLeft(bool databaseChanged) {
  mSuggestions->clear();
  mSuggested.clear();
  if (databaseChanged && mMapButton->isChecked()) mMapButton->setChecked(false);
}

void LinkDock::communityShown(const QString& code) {
  emit communityChanged(code);
}

void LinkDock::load() {
  loadMembers();
}

void LinkDock::loadMembers() {
  auto db = Database::open(path().toStdString(), Database::readOnlyOptions());
  if (!db) return;
  const long long current = currentMember();
  auto members = party::loadMemberLinks(**db, communityCode().toStdString());
  std::map<std::string, QString> exemptions;
  if (auto codes = codeNames(**db, "link_exemption", uiIsChinese()))
    for (const auto& [code, name] : *codes) exemptions[code] = QString::fromStdString(name);
  {
    const QSignalBlocker blocker(mMembers);
    mMembers->setRowCount(0);
    if (members) {
      mMembers->setRowCount(static_cast<int>(members->size()));
      int row = 0;
      for (const party::MemberLinks& member : *members) {
        auto* name = new QTableWidgetItem(QString::fromStdString(member.name));
        name->setData(kIdRole, member.memberId);
        QVariantList households;
        for (long long id : member.households) households << id;
        name->setData(kHouseholdsRole, households);
        name->setData(kHomeRole, member.buildingId);
        auto* load = new QTableWidgetItem(QStringLiteral("%1 / %2").arg(member.households.size()).arg(member.limit));
        load->setTextAlignment(Qt::AlignCenter);
        if (static_cast<int>(member.households.size()) > member.limit) load->setForeground(QColor(200, 30, 30));
        auto found = exemptions.find(member.exemptCode);
        auto* exempt = new QTableWidgetItem(member.exemptCode.empty()   ? QString()
                                            : found != exemptions.end() ? found->second
                                                                        : QString::fromStdString(member.exemptCode));
        if (!member.exemptCode.empty())
          for (QTableWidgetItem* item : {name, load}) item->setForeground(QColor(130, 130, 130));
        mMembers->setItem(row, 0, name);
        mMembers->setItem(row, 1, new QTableWidgetItem(QString::fromStdString(member.buildingName)));
        mMembers->setItem(row, 2, load);
        mMembers->setItem(row, 3, exempt);
        ++row;
      }
    }
    mMembers->resizeColumnToContents(0);
    mMembers->resizeColumnToContents(2);
  }
  if (current >= 0) selectMember(current);
  auto links = party::loadCommunityLinks(**db, communityCode().toStdString());
  if (links) {
    mCoverage = {links->linked, links->households};
    mSummary->setText(tr("Coverage %1% — %2 of %3 households have a linked party member; %4 members.")
                          .arg(links->coverage() * 100.0, 0, 'f', 1)
                          .arg(links->linked)
                          .arg(links->households)
                          .arg(members ? static_cast<int>(members->size()) : 0));
  }
}

bool LinkDock::selectMember(long long memberId) {
  for (int row = 0; row < mMembers->rowCount(); ++row)
    if (mMembers->item(row, 0)->data(kIdRole).toLongLong() == memberId) {
      mMembers->setCurrentCell(row, 0);
      return true;
    }
  return false;
}

long long LinkDock::currentMember() const {
  const int row = mMembers->currentRow();
  return row >= 0 && mMembers->item(row, 0) ? mMembers->item(row, 0)->data(kIdRole).toLongLong() : -1;
}

void LinkDock::showMemberOnMap() {
  // The member's home and the buildings of their households, selected on the building layer.
  QgsVectorLayer* buildings = LayerFactory::findLayer(mProject, QStringLiteral("building"));
  const int row = mMembers->currentRow();
  if (!buildings || row < 0) return;
  auto db = Database::open(path().toStdString(), Database::readOnlyOptions());
  if (!db) return;
  QgsFeatureIds ids{mMembers->item(row, 0)->data(kHomeRole).toLongLong()};
  if (auto linked = party::linkedBuildings(**db, currentMember()))
    for (long long building : *linked) ids.insert(building);
  buildings->selectByIds(ids);
}

bool LinkDock::editBuildings(const QList<long long>& buildings, bool remove, QString* error) {
  const long long member = currentMember();
  if (member < 0) {
    if (error) *error = tr("Choose a party member in the list first.");
    return false;
  }
  auto db = Database::open(path().toStdString(), Database::readOnlyOptions());
  if (!db) {
    if (error) *error = describe(db.error());
    return false;
  }
  const std::vector<long long> picked(buildings.begin(), buildings.end());
  auto households =
      remove ? party::memberHouseholdsIn(**db, member, picked) : party::unlinkedHouseholdsIn(**db, picked);
  if (!households) {
    if (error) *error = describe(households.error());
    return false;
  }
  db->reset();
  std::vector<long long> targets = *households;
  const int limit = mLimit->value();
  if (!remove) {
    // Take what the member has room for, in building order.
    const int row = mMembers->currentRow();
    const long long current = mMembers->item(row, 0)->data(kHouseholdsRole).toList().size();
    const long long room = std::max(0LL, static_cast<long long>(limit) - current);
    if (targets.empty()) {
      if (error) *error = tr("Every household there already has a linked party member.");
      return false;
    }
    if (room == 0) {
      if (error)
        *error = tr("%1 already links %2 households (limit %3); pick another member or raise the limit.")
                     .arg(mMembers->item(row, 0)->text())
                     .arg(current)
                     .arg(limit);
      return false;
    }
    if (static_cast<long long>(targets.size()) > room) targets.resize(static_cast<std::size_t>(room));
  } else if (targets.empty()) {
    if (error) *error = tr("The member links no household there.");
    return false;
  }
  const QString name = mMembers->item(mMembers->currentRow(), 0)->text();
  return pushEdit(
      mUndoStack, path(),
      remove ? tr("Unlink %n household(s) from %1", nullptr, static_cast<int>(targets.size())).arg(name)
             : tr("Link %n household(s) to %1", nullptr, static_cast<int>(targets.size())).arg(name),
      [member, targets, remove, limit](Database& db) {
        return remove ? party::unlinkHouseholds(db, SystemClock(), workstationActor(), member, targets)
                      : party::linkHouseholds(db, SystemClock(), workstationActor(), member, targets, limit);
      },
      undoLinkChange,
      [this] {
        reload();
        emit edited();
      },
      [this](const QString& e) { QMessageBox::warning(this, tr("Party Member Links"), e); }, error);
}

bool LinkDock::suggest(QString* error) {
  mSuggestions->clear();
  mSuggested.clear();
  auto db = Database::open(path().toStdString(), Database::readOnlyOptions());
  if (!db) {
    if (error) *error = describe(db.error());
    return false;
  }
  auto links = party::loadCommunityLinks(**db, communityCode().toStdString(), mLimit->value());
  if (!links) {
    if (error) *error = describe(links.error());
    return false;
  }
  auto suggestion = party::suggestLinks(links->members, links->unlinked, 30);
  if (!suggestion) {
    if (error) *error = describe(suggestion.error());
    return false;
  }
  mSuggested = suggestion->links;
  std::vector<long long> households;
  for (const party::SuggestedLink& link : mSuggested) households.push_back(link.householdId);
  auto labels = party::householdLabels(**db, households);
  std::map<long long, QString> names;
  for (int row = 0; row < mMembers->rowCount(); ++row)
    names[mMembers->item(row, 0)->data(kIdRole).toLongLong()] = mMembers->item(row, 0)->text();
  std::map<long long, QTreeWidgetItem*> byMember;
  std::map<long long, double> distance;
  for (const party::SuggestedLink& link : mSuggested) {
    QTreeWidgetItem*& parent = byMember[link.memberId];
    if (!parent) {
      parent = new QTreeWidgetItem(mSuggestions);
      parent->setData(0, kIdRole, link.memberId);
      parent->setCheckState(0, Qt::Checked);
    }
    auto* child = new QTreeWidgetItem(parent);
    const auto label = labels ? labels->find(link.householdId) : decltype(labels->find(0)){};
    child->setText(0, labels && label != labels->end() ? QString::fromStdString(label->second)
                                                       : QString::number(link.householdId));
    child->setText(1, tr("%1 m").arg(std::lround(link.distance)));
    distance[link.memberId] += link.distance;
  }
  for (auto& [member, item] : byMember) {
    const int n = item->childCount();
    item->setText(
        0, tr("%1 → %n household(s)", nullptr, n).arg(names.count(member) ? names[member] : QString::number(member)));
    item->setText(1, tr("avg %1 m").arg(std::lround(distance[member] / std::max(1, n))));
  }
  mSuggestions->resizeColumnToContents(0);
  const QString uncovered = suggestion->uncovered.empty()
                                ? tr("every unlinked household is covered")
                                : tr("%n household(s) stay uncovered: the members near them are full", nullptr,
                                     static_cast<int>(suggestion->uncovered.size()));
  mSummary->setText(
      tr("Suggestion: %1 links for %2 members; %3.").arg(mSuggested.size()).arg(byMember.size()).arg(uncovered));
  return true;
}

int LinkDock::acceptChecked(QString* error) {
  QSet<long long> accepted;
  for (int i = 0; i < mSuggestions->topLevelItemCount(); ++i) {
    QTreeWidgetItem* item = mSuggestions->topLevelItem(i);
    if (item->checkState(0) == Qt::Checked) accepted.insert(item->data(0, kIdRole).toLongLong());
  }
  std::vector<party::SuggestedLink> links;
  for (const party::SuggestedLink& link : mSuggested)
    if (accepted.contains(link.memberId)) links.push_back(link);
  if (links.empty()) return 0;
  if (!pushEdit(
          mUndoStack, path(), tr("Accept %n suggested link(s)", nullptr, static_cast<int>(links.size())),
          [links](Database& db) { return party::acceptLinks(db, SystemClock(), workstationActor(), links); },
          undoLinkChange,
          [this] {
            reload();
            emit edited();
          },
          [this](const QString& e) { QMessageBox::warning(this, tr("Party Member Links"), e); }, error))
    return -1;
  mSuggestions->clear();
  mSuggested.clear();
  return static_cast<int>(links.size());
}

}  // namespace grid::app
