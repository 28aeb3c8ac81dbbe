// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui/party/party_dock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <map>

#include "gui/edit/database_command.h"
#include "gui/edit/form_footer.h"
#include "gui/party/party_edits.h"
#include "party/link_store.h"
#include "party/party_org.h"
#include "staff/staff_register.h"
#include "storage/database.h"
#include "storage/hierarchy_query.h"

namespace grid::app {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kBuildingRole = Qt::UserRole + 2;
constexpr int kGridRole = Qt::UserRole + 3;
constexpr int kParentRole = Qt::UserRole + 4;
constexpr int kKindRole = Qt::UserRole + 5;
constexpr int kSecretaryRole = Qt::UserRole + 6;

QString describe(const Error& error) {
  return QString::fromStdString(error.describe());
}

QString kindName(const QString& kind) {
  if (kind == QLatin1String("committee")) return PartyDock::tr("Party committee");
  if (kind == QLatin1String("general_branch")) return PartyDock::tr("General branch");
  if (kind == QLatin1String("branch")) return PartyDock::tr("Branch");
  if (kind == QLatin1String("group")) return PartyDock::tr("Party group");
  return kind;
}

//! Fills \a combo with (text, id) pairs after a first "none" entry with id -1.
void fillCombo(QComboBox* combo, const QString& none, const QList<QPair<QString, long long>>& items,
               long long current) {
  combo->clear();
  combo->addItem(none, -1LL);
  for (const auto& [text, id] : items) combo->addItem(text, id);
  const int index = combo->findData(current);
  combo->setCurrentIndex(index >= 0 ? index : 0);
}

}  // namespace

PartyDock::PartyDock(QUndoStack* undoStack, QWidget* parent)
    : CommunityDock(tr("Party Organisations"), parent), mUndoStack(undoStack) {
  setObjectName(QStringLiteral("PartyDock"));
  setMinimumWidth(540);
  auto* body = new QWidget(this);
  auto* layout = new QVBoxLayout(body);
  auto* top = new QHBoxLayout;
  top->addWidget(new QLabel(tr("Community:"), body));
  top->addWidget(communityPicker(body), 1);
  layout->addLayout(top);
  mSummary = new QLabel(body);
  mSummary->setWordWrap(true);
  layout->addWidget(mSummary);
  mTabs = new QTabWidget(body);
  layout->addWidget(mTabs, 1);

  // Organisations.
  auto* orgPage = new QWidget(mTabs);
  auto* orgLayout = new QVBoxLayout(orgPage);
  mOrgs = new QTreeWidget(orgPage);
  mOrgs->setObjectName(QStringLiteral("PartyOrgs"));
  mOrgs->setHeaderLabels(
      {tr("Organisation"), tr("Kind"), tr("Grid"), tr("Secretary"), tr("Members"), tr("In-service")});
  mOrgs->setContextMenuPolicy(Qt::CustomContextMenu);
  orgLayout->addWidget(mOrgs, 1);
  mGridsWithout = new QLabel(orgPage);
  mGridsWithout->setWordWrap(true);
  mGridsWithout->setStyleSheet(QStringLiteral("color: #b01c1c"));
  orgLayout->addWidget(mGridsWithout);
  auto* orgButtons = new QHBoxLayout;
  auto* addOrg = new QPushButton(tr("New Organisation…"), orgPage);
  auto* editOrgButton = new QPushButton(tr("Edit…"), orgPage);
  auto* moveButton = new QPushButton(tr("Move Members Here…"), orgPage);
  orgButtons->addWidget(addOrg);
  orgButtons->addWidget(editOrgButton);
  orgButtons->addStretch();
  orgButtons->addWidget(moveButton);
  orgLayout->addLayout(orgButtons);
  mTabs->addTab(orgPage, tr("Organisations"));

  // In-service registration.
  auto* servicePage = new QWidget(mTabs);
  auto* serviceLayout = new QVBoxLayout(servicePage);
  mInService = new QTableWidget(0, 6, servicePage);
  mInService->setObjectName(QStringLiteral("InServiceMembers"));
  mInService->setHorizontalHeaderLabels(
      {tr("Member"), tr("Lives in"), tr("Workplace organisation"), tr("Registered"), tr("Reports to"), tr("Links")});
  mInService->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mInService->setSelectionBehavior(QAbstractItemView::SelectRows);
  mInService->verticalHeader()->hide();
  mInService->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  mInService->horizontalHeader()->setStretchLastSection(true);
  mInService->verticalHeader()->setDefaultSectionSize(24);
  mInService->setWordWrap(false);
  serviceLayout->addWidget(mInService, 1);
  auto* serviceButtons = new QHBoxLayout;
  auto* registerButton = new QPushButton(tr("Register Member…"), servicePage);
  auto* endButton = new QPushButton(tr("End Registration"), servicePage);
  serviceButtons->addWidget(registerButton);
  serviceButtons->addStretch();
  serviceButtons->addWidget(endButton);
  serviceLayout->addLayout(serviceButtons);
  mTabs->addTab(servicePage, tr("In-service registration"));

  // Plaques.
  auto* plaquePage = new QWidget(mTabs);
  auto* plaqueLayout = new QVBoxLayout(plaquePage);
  mOnlyBare = new QCheckBox(tr("Only households without the plaque"), plaquePage);
  plaqueLayout->addWidget(mOnlyBare);
  mPlaques = new QTableWidget(0, 3, plaquePage);
  mPlaques->setObjectName(QStringLiteral("PartyHouseholds"));
  mPlaques->setHorizontalHeaderLabels({tr("Household"), tr("Party members"), tr("Plaque")});
  mPlaques->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mPlaques->setSelectionBehavior(QAbstractItemView::SelectRows);
  mPlaques->verticalHeader()->hide();
  mPlaques->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
  mPlaques->verticalHeader()->setDefaultSectionSize(24);
  mPlaques->setWordWrap(false);
  plaqueLayout->addWidget(mPlaques, 1);
  auto* plaqueButtons = new QHBoxLayout;
  auto* putUp = new QPushButton(tr("Put Up Plaque"), plaquePage);
  auto* takeDown = new QPushButton(tr("Take Down"), plaquePage);
  auto* putUpAll = new QPushButton(tr("Plaque Every Party Household"), plaquePage);
  plaqueButtons->addWidget(putUp);
  plaqueButtons->addWidget(takeDown);
  plaqueButtons->addStretch();
  plaqueButtons->addWidget(putUpAll);
  plaqueLayout->addLayout(plaqueButtons);
  mTabs->addTab(plaquePage, tr("Party household plaques"));
  setWidget(body);

  connect(addOrg, &QPushButton::clicked, this, [this] { orgDialog(-1); });
  connect(editOrgButton, &QPushButton::clicked, this, [this] {
    if (QTreeWidgetItem* item = mOrgs->currentItem()) orgDialog(item->data(0, kIdRole).toLongLong());
  });
  connect(mOrgs, &QTreeWidget::itemDoubleClicked, this,
          [this](QTreeWidgetItem* item) { orgDialog(item->data(0, kIdRole).toLongLong()); });
  connect(moveButton, &QPushButton::clicked, this, [this] {
    if (QTreeWidgetItem* item = mOrgs->currentItem()) moveMembersDialog(item->data(0, kIdRole).toLongLong());
  });
  connect(mOrgs, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
    QTreeWidgetItem* item = mOrgs->itemAt(at);
    QMenu menu(this);
    menu.addAction(tr("New Organisation…"), this, [this] { orgDialog(-1); });
    if (item) {
      const long long id = item->data(0, kIdRole).toLongLong();
      menu.addAction(tr("Edit…"), this, [this, id] { orgDialog(id); });
      menu.addAction(tr("Move Members Here…"), this, [this, id] { moveMembersDialog(id); });
    }
    menu.exec(mOrgs->viewport()->mapToGlobal(at));
  });
  connect(registerButton, &QPushButton::clicked, this, [this] { registerDialog(); });
  connect(endButton, &QPushButton::clicked, this, [this] {
    const int row = mInService->currentRow();
    if (row < 0) return;
    const QString name = mInService->item(row, 0)->text();
    if (QMessageBox::question(this, tr("End Registration"),
                              tr("End %1's registration with the community? Their links stay.").arg(name)) !=
        QMessageBox::Yes)
      return;
    QString error;
    if (!endInService(mInService->item(row, 0)->data(kIdRole).toLongLong(), &error)) warn(error);
  });
  connect(mOnlyBare, &QCheckBox::toggled, this, [this] { loadPlaques(); });
  connect(putUp, &QPushButton::clicked, this, [this] {
    QString error;
    if (!setPlaque(selectedHouseholds(), true, &error) && !error.isEmpty()) warn(error);
  });
  connect(takeDown, &QPushButton::clicked, this, [this] {
    QString error;
    if (!setPlaque(selectedHouseholds(), false, &error) && !error.isEmpty()) warn(error);
  });
  connect(putUpAll, &QPushButton::clicked, this, [this] {
    QList<long long> bare;
    for (int row = 0; row < mPlaques->rowCount(); ++row)
      if (mPlaques->item(row, 2)->data(Qt::UserRole).toInt() == 0)
        bare << mPlaques->item(row, 0)->data(kIdRole).toLongLong();
    QString error;
    if (!setPlaque(bare, true, &error) && !error.isEmpty()) warn(error);
  });
  connect(mPlaques, &QTableWidget::cellDoubleClicked, this,
          [this](int row) { emit showBuilding(mPlaques->item(row, 0)->data(kBuildingRole).toLongLong()); });
}

void PartyDock::warn(const QString& message) {
  QMessageBox::warning(this, windowTitle(), message);
}

void PartyDock::load() {
  loadOrgs();
  loadInService();
  loadPlaques();
  mSummary->setText(tr("%1 organisations; %2 grids without one; %3 in-service members registered; plaques on %4 of "
                       "%5 party households.")
                        .arg(mOrgCount)
                        .arg(mGridGaps)
                        .arg(mInServiceCount)
                        .arg(mPlaqued)
                        .arg(mPartyHouseholds));
}

void PartyDock::loadOrgs() {
  auto db = Database::open(path().toStdString(), Database::readOnlyOptions());
  if (!db) return;
  const long long current = mOrgs->currentItem() ? mOrgs->currentItem()->data(0, kIdRole).toLongLong() : -1;
  mOrgs->clear();
  auto overview = party::loadPartyOrgs(**db, communityCode().toStdString());
  if (!overview) {
    mGridsWithout->setText(describe(overview.error()));
    return;
  }
  std::map<long long, QTreeWidgetItem*> items;
  for (const party::PartyOrgInfo& org : overview->orgs) {
    auto* item = new QTreeWidgetItem;
    item->setText(0, QString::fromStdString(org.name));
    item->setText(1, kindName(QString::fromStdString(org.kind)));
    item->setText(2, QString::fromStdString(org.gridName));
    item->setText(3, org.secretaryName.empty() ? tr("(vacant)") : QString::fromStdString(org.secretaryName));
    if (org.secretaryName.empty()) item->setForeground(3, QColor(176, 28, 28));
    item->setText(4, QString::number(org.members));
    item->setText(5, QString::number(org.inService));
    item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
    item->setTextAlignment(5, Qt::AlignRight | Qt::AlignVCenter);
    item->setData(0, kIdRole, org.id);
    item->setData(0, kGridRole, org.gridId);
    item->setData(0, kParentRole, org.parentId);
    item->setData(0, kKindRole, QString::fromStdString(org.kind));
    item->setData(0, kSecretaryRole, org.secretaryStaffId);
    items[org.id] = item;
  }
  for (const party::PartyOrgInfo& org : overview->orgs) {
    auto parent = items.find(org.parentId);
    if (parent != items.end() && parent->second != items[org.id])
      parent->second->addChild(items[org.id]);
    else
      mOrgs->addTopLevelItem(items[org.id]);
  }
  mOrgs->expandToDepth(0);
  for (int column = 1; column < 6; ++column) mOrgs->resizeColumnToContents(column);
  mOrgs->setColumnWidth(0, std::max(mOrgs->columnWidth(0), 200));
  if (auto it = items.find(current); it != items.end()) mOrgs->setCurrentItem(it->second);
  mOrgCount = static_cast<int>(overview->orgs.size());
  mGridGaps = static_cast<int>(overview->gridsWithoutOrg.size());
  QStringList gaps;
  for (const auto& [id, name] : overview->gridsWithoutOrg) gaps << QString::fromStdString(name);
  mGridsWithout->setText(gaps.isEmpty()
                             ? QString()
                             : tr("Grids without a party organisation (支部建在网格上): %1").arg(gaps.join(tr(", "))));
  mGridsWithout->setVisible(!gaps.isEmpty());
}

void PartyDock::loadInService() {
  auto db = Database::open(path().toStdString(), Database::readOnlyOptions());
  if (!db) return;
  auto members = party::loadInServiceMembers(**db, communityCode().toStdString());
  mInService->setRowCount(0);
  if (!members) return;
  mInService->setRowCount(static_cast<int>(members->size()));
  int row = 0;
  for (const party::InServiceMember& member : *members) {
    auto* name = new QTableWidgetItem(QString::fromStdString(member.name));
    name->setData(kIdRole, member.memberId);
    mInService->setItem(row, 0, name);
    mInService->setItem(row, 1, new QTableWidgetItem(QString::fromStdString(member.buildingName)));
    mInService->setItem(row, 2, new QTableWidgetItem(QString::fromStdString(member.workplaceOrg)));
    mInService->setItem(row, 3, new QTableWidgetItem(QString::fromStdString(member.date)));
    mInService->setItem(row, 4, new QTableWidgetItem(QString::fromStdString(member.orgName)));
    auto* links = new QTableWidgetItem(QString::number(member.links));
    links->setTextAlignment(Qt::AlignCenter);
    mInService->setItem(row, 5, links);
    ++row;
  }
  mInServiceCount = static_cast<int>(members->size());
}

void PartyDock::loadPlaques() {
  auto db = Database::open(path().toStdString(), Database::readOnlyOptions());
  if (!db) return;
  auto households = party::loadPartyHouseholds(**db, communityCode().toStdString());
  mPlaques->setRowCount(0);
  if (!households) return;
  mPartyHouseholds = static_cast<int>(households->size());
  mPlaqued = 0;
  for (const party::PartyHousehold& household : *households) mPlaqued += household.plaque ? 1 : 0;
  for (const party::PartyHousehold& household : *households) {
    if (mOnlyBare->isChecked() && household.plaque) continue;
    const int row = mPlaques->rowCount();
    mPlaques->insertRow(row);
    auto* label = new QTableWidgetItem(QString::fromStdString(household.label));
    label->setData(kIdRole, household.householdId);
    label->setData(kBuildingRole, household.buildingId);
    QStringList names;
    for (const std::string& name : household.members) names << QString::fromStdString(name);
    auto* plaque = new QTableWidgetItem(household.plaque ? tr("Plaqued") : tr("Missing"));
    plaque->setData(Qt::UserRole, household.plaque ? 1 : 0);
    plaque->setForeground(household.plaque ? QColor(40, 120, 40) : QColor(176, 28, 28));
    mPlaques->setItem(row, 0, label);
    mPlaques->setItem(row, 1, new QTableWidgetItem(names.join(tr(", "))));
    mPlaques->setItem(row, 2, plaque);
  }
  mPlaques->resizeColumnToContents(0);
}

QList<long long> PartyDock::selectedHouseholds() const {
  QList<long long> out;
  for (const QModelIndex& index : mPlaques->selectionModel()->selectedRows())
    out << mPlaques->item(index.row(), 0)->data(kIdRole).toLongLong();
  return out;
}

void PartyDock::afterEdit() {
  reload();
  emit edited();
}

bool PartyDock::createOrg(const QString& kind, const QString& name, long long gridId, long long parentId,
                          long long secretaryId, QString* error) {
  const party::PartyOrgRequest request{parentId, kind.toStdString(), name.trimmed().toStdString(), gridId, secretaryId};
  const std::string community = communityCode().toStdString();
  return pushRecordEdit(
      mUndoStack, path(), tr("New party organisation %1").arg(name),
      [request, community](Database& db) {
        return party::createPartyOrg(db, SystemClock(), workstationActor(), community, request);
      },
      [this] { afterEdit(); }, [this](const QString& e) { warn(e); }, error);
}

bool PartyDock::editOrg(long long orgId, const QString& kind, const QString& name, long long gridId, long long parentId,
                        long long secretaryId, QString* error) {
  const party::PartyOrgRequest request{parentId, kind.toStdString(), name.trimmed().toStdString(), gridId, secretaryId};
  return pushRecordEdit(
      mUndoStack, path(), tr("Edit party organisation %1").arg(name),
      [request, orgId](Database& db) {
        return party::updatePartyOrg(db, SystemClock(), workstationActor(), orgId, request);
      },
      [this] { afterEdit(); }, [this](const QString& e) { warn(e); }, error);
}

bool PartyDock::moveMembersTo(const QList<long long>& members, long long orgId, QString* error) {
  if (members.isEmpty()) return false;
  const std::vector<long long> ids(members.begin(), members.end());
  return pushRecordEdit(
      mUndoStack, path(), tr("Move %n party member(s)", nullptr, members.size()),
      [ids, orgId](Database& db) { return party::moveMembers(db, SystemClock(), workstationActor(), ids, orgId); },
      [this] { afterEdit(); }, [this](const QString& e) { warn(e); }, error);
}

bool PartyDock::registerInService(long long personId, const QString& workplace, const QString& date, long long orgId,
                                  QString* error) {
  const party::InServiceRequest request{personId, workplace.trimmed().toStdString(), date.toStdString(), orgId};
  return pushRecordEdit(
      mUndoStack, path(), tr("Register in-service party member"),
      [request](Database& db) { return party::registerInService(db, SystemClock(), workstationActor(), request); },
      [this] { afterEdit(); }, [this](const QString& e) { warn(e); }, error);
}

bool PartyDock::endInService(long long memberId, QString* error) {
  return pushRecordEdit(
      mUndoStack, path(), tr("End in-service registration"),
      [memberId](Database& db) { return party::endInService(db, SystemClock(), workstationActor(), memberId); },
      [this] { afterEdit(); }, [this](const QString& e) { warn(e); }, error);
}

bool PartyDock::setPlaque(const QList<long long>& households, bool on, QString* error) {
  if (households.isEmpty()) {
    if (error) *error = tr("Select the households in the list first.");
    return false;
  }
  return pushPlaqueEdit(
      mUndoStack, path(), households, on, [this] { afterEdit(); }, [this](const QString& e) { warn(e); }, error);
}

void PartyDock::orgDialog(long long orgId) {
  auto db = Database::open(path().toStdString(), Database::readOnlyOptions());
  if (!db) return;
  QTreeWidgetItem* editing = nullptr;
  QList<QPair<QString, long long>> orgs;
  for (QTreeWidgetItemIterator it(mOrgs); *it; ++it) {
    const long long id = (*it)->data(0, kIdRole).toLongLong();
    if (id == orgId)
      editing = *it;
    else
      orgs << qMakePair((*it)->text(0), id);
  }
  QList<QPair<QString, long long>> grids;
  if (auto community = findCommunity(**db, communityCode().toStdString())) {
    if (auto list = listGrids(**db, community->id))
      for (const GridRef& grid : *list) grids << qMakePair(QString::fromStdString(grid.name), grid.id);
  }
  QList<QPair<QString, long long>> staff;
  if (auto members = staff::loadStaffRegister(**db, communityCode().toStdString(),
                                              QDate::currentDate().toString(Qt::ISODate).toStdString()))
    for (const staff::StaffMember& member : *members)
      staff << qMakePair(QString::fromStdString(member.name), member.id);

  QDialog dialog(this);
  dialog.setWindowTitle(editing ? tr("Edit Party Organisation") : tr("New Party Organisation"));
  auto* form = new QFormLayout(&dialog);
  auto* kind = new QComboBox(&dialog);
  for (const char* code : {"branch", "group", "general_branch", "committee"})
    kind->addItem(kindName(QLatin1String(code)), QLatin1String(code));
  auto* name = new QLineEdit(&dialog);
  auto* parentOrg = new QComboBox(&dialog);
  auto* grid = new QComboBox(&dialog);
  auto* secretary = new QComboBox(&dialog);
  fillCombo(parentOrg, tr("(community committee)"), orgs, editing ? editing->data(0, kParentRole).toLongLong() : -1);
  fillCombo(grid, tr("(no single grid)"), grids, editing ? editing->data(0, kGridRole).toLongLong() : -1);
  fillCombo(secretary, tr("(vacant)"), staff, editing ? editing->data(0, kSecretaryRole).toLongLong() : -1);
  if (editing) {
    kind->setCurrentIndex(kind->findData(editing->data(0, kKindRole)));
    name->setText(editing->text(0));
  } else if (QTreeWidgetItem* current = mOrgs->currentItem()) {
    // A new organisation goes under the one selected, in its grid.
    parentOrg->setCurrentIndex(std::max(0, parentOrg->findData(current->data(0, kIdRole))));
    grid->setCurrentIndex(std::max(0, grid->findData(current->data(0, kGridRole))));
    if (current->data(0, kKindRole).toString() == QLatin1String("branch"))
      kind->setCurrentIndex(kind->findData(QStringLiteral("group")));
  }
  form->addRow(tr("Kind:"), kind);
  form->addRow(tr("Name:"), name);
  form->addRow(tr("Parent:"), parentOrg);
  form->addRow(tr("Grid:"), grid);
  form->addRow(tr("Secretary:"), secretary);
  const FormFooter footer = addFormFooter(form, &dialog);
  QLabel* message = footer.message;
  QDialogButtonBox* buttons = footer.buttons;
  connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
    QString error;
    const bool ok =
        editing ? editOrg(orgId, kind->currentData().toString(), name->text(), grid->currentData().toLongLong(),
                          parentOrg->currentData().toLongLong(), secretary->currentData().toLongLong(), &error)
                : createOrg(kind->currentData().toString(), name->text(), grid->currentData().toLongLong(),
                            parentOrg->currentData().toLongLong(), secretary->currentData().toLongLong(), &error);
    if (ok)
      dialog.accept();
    else
      message->setText(error);  // the dialog stays open with what to fix
  });
  dialog.exec();
}

void PartyDock::moveMembersDialog(long long orgId) {
  auto db = Database::open(path().toStdString(), Database::readOnlyOptions());
  if (!db) return;
  auto members = party::loadMemberLinks(**db, communityCode().toStdString());
  if (!members) return;
  QDialog dialog(this);
  QString orgName;
  for (QTreeWidgetItemIterator it(mOrgs); *it; ++it)
    if ((*it)->data(0, kIdRole).toLongLong() == orgId) orgName = (*it)->text(0);
  dialog.setWindowTitle(tr("Move Members to %1").arg(orgName));
  auto* layout = new QVBoxLayout(&dialog);
  auto* filter = new QLineEdit(&dialog);
  filter->setPlaceholderText(tr("Filter by name or building"));
  layout->addWidget(filter);
  auto* list = new QListWidget(&dialog);
  list->setSelectionMode(QAbstractItemView::ExtendedSelection);
  for (const party::MemberLinks& member : *members) {
    auto* item = new QListWidgetItem(
        QStringLiteral("%1 · %2").arg(QString::fromStdString(member.name), QString::fromStdString(member.buildingName)),
        list);
    item->setData(kIdRole, member.memberId);
  }
  layout->addWidget(list, 1);
  connect(filter, &QLineEdit::textChanged, list, [list](const QString& text) {
    for (int i = 0; i < list->count(); ++i) list->item(i)->setHidden(!list->item(i)->text().contains(text));
  });
  auto* message = new QLabel(&dialog);
  message->setStyleSheet(QStringLiteral("color: #b01c1c"));
  layout->addWidget(message);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
  layout->addWidget(buttons);
  connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
  connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
    QList<long long> chosen;
    for (QListWidgetItem* item : list->selectedItems()) chosen << item->data(kIdRole).toLongLong();
    QString error;
    if (chosen.isEmpty())
      message->setText(tr("Select the members to move."));
    else if (moveMembersTo(chosen, orgId, &error))
      dialog.accept();
    else
      message->setText(error);
  });
  dialog.resize(420, 480);
  dialog.exec();
}

void PartyDock::registerDialog() {
  QDialog dialog(this);
  dialog.setWindowTitle(tr("Register In-service Party Member"));
  auto* form = new QFormLayout(&dialog);
  auto* search = new QLineEdit(&dialog);
  search->setPlaceholderText(tr("Type the start of the resident's name"));
  auto* results = new QListWidget(&dialog);
  results->setMinimumHeight(160);
  auto* workplace = new QLineEdit(&dialog);
  workplace->setPlaceholderText(tr("e.g. 区教育局机关党支部"));
  auto* date = new QDateEdit(QDate::currentDate(), &dialog);
  date->setCalendarPopup(true);
  date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
  date->setMaximumDate(QDate::currentDate());
  auto* org = new QComboBox(&dialog);
  QList<QPair<QString, long long>> orgs;
  for (QTreeWidgetItemIterator it(mOrgs); *it; ++it)
    orgs << qMakePair((*it)->text(0), (*it)->data(0, kIdRole).toLongLong());
  fillCombo(org, tr("(branch of the grid they live in)"), orgs, -1);
  form->addRow(tr("Resident:"), search);
  form->addRow(QString(), results);
  form->addRow(tr("Workplace organisation:"), workplace);
  form->addRow(tr("Registered on:"), date);
  form->addRow(tr("Reports to:"), org);
  const FormFooter footer = addFormFooter(form, &dialog);
  QLabel* message = footer.message;
  QDialogButtonBox* buttons = footer.buttons;
  connect(search, &QLineEdit::textChanged, results, [this, results](const QString& text) {
    results->clear();
    if (text.trimmed().isEmpty()) return;
    auto db = Database::open(path().toStdString(), Database::readOnlyOptions());
    if (!db) return;
    auto hits = party::findResidents(**db, communityCode().toStdString(), text.trimmed().toStdString());
    if (!hits) return;
    for (const party::ResidentHit& hit : *hits) {
      QString label = QStringLiteral("%1  %2  %3")
                          .arg(QString::fromStdString(hit.name), QString::fromStdString(hit.idMasked),
                               QString::fromStdString(hit.buildingName));
      if (hit.inService)
        label += tr("  (already registered)");
      else if (hit.partyMember)
        label += tr("  (party member)");
      auto* item = new QListWidgetItem(label, results);
      item->setData(kIdRole, hit.personId);
      if (hit.inService) item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
  });
  connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
    QListWidgetItem* person = results->currentItem();
    if (!person) {
      message->setText(tr("Find the resident by name and select them in the list."));
      return;
    }
    QString error;
    if (registerInService(person->data(kIdRole).toLongLong(), workplace->text(), date->date().toString(Qt::ISODate),
                          org->currentData().toLongLong(), &error))
      dialog.accept();
    else
      message->setText(error);
  });
  dialog.resize(480, 420);
  dialog.exec();
}

}  // namespace grid::app
