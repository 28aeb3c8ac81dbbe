// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui/ledger/ledger_window.h"

#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include "access/session.h"
#include "core/translation.h"
#include "gui/edit/community_picker.h"
#include "gui/edit/database_command.h"
#include "gui/ledger/ledger_text.h"
#include "gui/ledger/ledger_window.h"
#include "registry/ledger_profile.h"
#include "registry/list_sheet.h"
#include "registry/record_access.h"
#include "security/crypto.h"
#include "storage/database.h"
#include "storage/database_key.h"
#include "storage/hierarchy_query.h"

namespace grid::app {

using namespace grid::registry;
using namespace grid::app::ledger_text;

// ---------------------------------------------------------------------------------------------------------------
// LedgerWindow

LedgerWindow::LedgerWindow(QUndoStack* undoStack, QWidget* parent)
    : QMainWindow(parent),
      mUndoStack(undoStack),
      mCommunity(new QComboBox),
      mTree(new QTreeWidget),
      mTitle(new QLabel),
      mTabs(new QTabWidget),
      mProfile(new QTextBrowser) {
  setWindowTitle(tr("Five Ledgers and Three Lists"));
  mTree->setHeaderHidden(true);
  mTree->setObjectName(QStringLiteral("ledgerTree"));
  auto* left = new QWidget;
  auto* leftLayout = new QVBoxLayout(left);
  leftLayout->setContentsMargins(0, 0, 0, 0);
  leftLayout->addWidget(mCommunity);
  leftLayout->addWidget(mTree, 1);
  mTitle->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: bold; padding: 4px;"));
  mTabs->addTab(mProfile, tr("Profile"));
  for (ListKind kind : {ListKind::Entries, ListKind::Households, ListKind::Persons, ListKind::KeyPersons,
                        ListKind::KeyPlaces, ListKind::KeyMatters, ListKind::PatrolLogs}) {
    auto* panel = new ListPanel(this, kind);
    mPanels.push_back(panel);
    mTabs->addTab(panel, listTitle(kind));
  }
  auto* right = new QWidget;
  auto* rightLayout = new QVBoxLayout(right);
  rightLayout->setContentsMargins(0, 0, 0, 0);
  rightLayout->addWidget(mTitle);
  rightLayout->addWidget(mTabs, 1);
  auto* splitter = new QSplitter;
  splitter->addWidget(left);
  splitter->addWidget(right);
  splitter->setStretchFactor(1, 1);
  splitter->setSizes({260, 1000});
  setCentralWidget(splitter);
  QToolBar* bar = addToolBar(tr("Edit"));
  bar->setObjectName(QStringLiteral("ledgerEditBar"));
  QAction* undo = mUndoStack->createUndoAction(this, tr("Undo"));
  undo->setShortcut(QKeySequence::Undo);
  QAction* redo = mUndoStack->createRedoAction(this, tr("Redo"));
  redo->setShortcut(QKeySequence::Redo);
  bar->addAction(undo);
  bar->addAction(redo);
  connect(mUndoStack, &QUndoStack::indexChanged, this, [this] { refresh(); });
  connect(mCommunity, qOverload<int>(&QComboBox::activated), this,
          [this] { setCommunity(mCommunity->currentData().toString()); });
  connect(mTree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
    if (!item || item->data(0, Qt::UserRole).toInt() < 0) return;
    openLedger(
        {static_cast<LedgerLevel>(item->data(0, Qt::UserRole).toInt()), item->data(0, Qt::UserRole + 1).toLongLong()});
  });
  resize(1360, 800);
}

LedgerWindow::~LedgerWindow() = default;

ListPanel* LedgerWindow::panel(ListKind kind) const {
  for (ListPanel* p : mPanels)
    if (p->kind() == kind) return p;
  return nullptr;
}

bool LedgerWindow::openReadConnection(QString* error) {
  auto database = Database::open(mPath.toStdString(), Database::readOnlyOptions());
  if (!database) {
    if (error) *error = q(database.error().describe());
    return false;
  }
  mDatabase = std::move(*database);
  auto codes = CodeBook::load(*mDatabase);
  if (codes) mCodes = std::move(*codes);
  auto key = access::fieldKey(*mDatabase);  // without the key: masked values only, no ID search
  mKey = key ? std::make_unique<FieldCipher>(std::move(*key)) : nullptr;
  return true;
}

bool LedgerWindow::setDatabase(const QString& path, QString* error) {
  mPath = path;
  if (!openReadConnection(error)) return false;
  QString code;
  if (!refillCommunities(mCommunity, path, &code, error)) return false;
  return code.isEmpty() || setCommunity(code, error);
}

bool LedgerWindow::setCommunity(const QString& code, QString* error) {
  if (!selectCommunity(mCommunity, code, error)) return false;
  auto community = findCommunity(*mDatabase, s(code));
  if (!community) {
    if (error) *error = q(community.error().describe());
    return false;
  }
  mTarget = {LedgerLevel::Community, community->id};
  loadTree();
  return openLedger(mTarget, error);
}

void LedgerWindow::loadTree() {
  QSignalBlocker block(mTree);
  mTree->clear();
  auto item = [](QTreeWidgetItem* parent, const QString& text, int level, long long id) {
    auto* node = new QTreeWidgetItem(parent, {text});
    node->setData(0, Qt::UserRole, level);
    node->setData(0, Qt::UserRole + 1, id);
    return node;
  };
  auto* root = new QTreeWidgetItem(mTree, {mCommunity->currentText()});
  root->setData(0, Qt::UserRole, static_cast<int>(LedgerLevel::Community));
  root->setData(0, Qt::UserRole + 1, mTarget.id);
  QMap<long long, QTreeWidgetItem*> areas, grids;
  if (auto list = ledgersOf(*mDatabase, mTarget.id, LedgerLevel::Area))
    for (const auto& [id, name] : *list) areas[id] = item(root, q(name), static_cast<int>(LedgerLevel::Area), id);
  if (auto list = listGrids(*mDatabase, mTarget.id))
    for (const GridRef& grid : *list) {
      QTreeWidgetItem* parent = grid.areaId < 0 ? root : areas.value(grid.areaId, root);
      grids[grid.id] = item(parent, q(grid.name), static_cast<int>(LedgerLevel::Grid), grid.id);
    }
  if (auto list = listBuildings(*mDatabase, mTarget.id))
    for (const BuildingRef& building : *list)
      if (QTreeWidgetItem* grid = grids.value(building.gridId))
        item(grid, q(building.name), static_cast<int>(LedgerLevel::Building), building.id);
  if (auto estates = ledgersOf(*mDatabase, mTarget.id, LedgerLevel::Property); estates && !estates->empty()) {
    auto* group = item(root, tr("Estates (property ledgers)"), -1, -1);
    for (const auto& [id, name] : *estates) item(group, q(name), static_cast<int>(LedgerLevel::Property), id);
  }
  root->setExpanded(true);
  for (QTreeWidgetItem* area : areas) area->setExpanded(true);
  mTree->setCurrentItem(root);
}

bool LedgerWindow::openLedger(const LedgerTarget& target, QString* error) {
  if (!mDatabase) return false;
  auto profile = loadLedgerProfile(*mDatabase, target);
  if (!profile) {
    if (error) *error = q(profile.error().describe());
    return false;
  }
  mTarget = target;
  {
    QSignalBlocker block(mTree);
    for (QTreeWidgetItemIterator it(mTree); *it; ++it)
      if ((*it)->data(0, Qt::UserRole).toInt() == static_cast<int>(target.level) &&
          (*it)->data(0, Qt::UserRole + 1).toLongLong() == target.id)
        mTree->setCurrentItem(*it);
  }
  refresh();
  return true;
}

void LedgerWindow::loadProfile() {
  auto profile = loadLedgerProfile(*mDatabase, mTarget);
  if (!profile) return mProfile->setPlainText(q(profile.error().describe()));
  mTitle->setText(QStringLiteral("%1 · %2%3")
                      .arg(levelTitle(mTarget.level), q(profile->name),
                           profile->code.empty() ? QString() : QStringLiteral("  ") + q(profile->code)));
  QString html = QStringLiteral("<style>td{padding:2px 10px;} h3{margin-top:12px;}</style>");
  html += QStringLiteral("<p>%1</p>").arg(q(profile->parent).toHtmlEscaped());
  html += QStringLiteral("<h3>%1</h3><table>").arg(tr("Holdings"));
  const std::vector<std::pair<QString, long long>> counts{{tr("Buildings"), profile->buildings},
                                                          {tr("Households"), profile->households},
                                                          {tr("Persons"), profile->persons},
                                                          {tr("Party members"), profile->partyMembers},
                                                          {tr("Key persons"), profile->keyPersons},
                                                          {tr("Key places"), profile->keyPlaces},
                                                          {tr("Open key matters"), profile->keyMatters},
                                                          {tr("Open ledger entries"), profile->openEntries}};
  for (const auto& [label, value] : counts)
    html += QStringLiteral("<tr><td>%1</td><td align=right><b>%2</b></td></tr>").arg(label).arg(value);
  html += QStringLiteral("</table><h3>%1</h3>").arg(tr("Staff"));
  if (profile->staff.empty())
    html += QStringLiteral("<p style='color:#c62828'>%1</p>").arg(tr("No one holds a post here."));
  html += QStringLiteral("<table>");
  for (const auto& post : profile->staff)
    html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                .arg(q(mCodes.name("staff_role", post.role, !uiIsChinese())).toHtmlEscaped(),
                     q(post.name).toHtmlEscaped(), q(post.phone).toHtmlEscaped());
  html += QStringLiteral("</table><h3>%1</h3>").arg(tr("Party organisation"));
  for (const auto& org : profile->partyOrgs)
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("%1 · secretary %2 · %3 members")
                         .arg(q(org.name).toHtmlEscaped(), q(org.secretary).toHtmlEscaped())
                         .arg(org.members));
  if (profile->partyOrgs.empty()) html += QStringLiteral("<p>—</p>");
  html += QStringLiteral("<h3>%1</h3>").arg(tr("Facilities"));
  for (const std::string& facility : profile->facilities) {
    const std::size_t bar = facility.find('|');
    html += QStringLiteral("<p>%1 · %2</p>")
                .arg(q(mCodes.name("key_place_class", facility.substr(0, bar), !uiIsChinese())).toHtmlEscaped(),
                     q(facility.substr(bar + 1)).toHtmlEscaped());
  }
  if (profile->facilities.empty()) html += QStringLiteral("<p>—</p>");
  mProfile->setHtml(html);
}

void LedgerWindow::refresh() {
  if (!mDatabase || mTarget.id < 0) return;
  loadProfile();
  for (ListPanel* panel : mPanels) panel->reload();
}

bool LedgerWindow::push(const QString& text, std::function<Result<RecordChange>(const SaveContext&)> operation,
                        QString* error) {
  const FieldCipher key = mKey ? *mKey : FieldCipher();
  const CodeBook codes = mCodes;
  const LedgerTarget target = mTarget;
  return pushRecordEdit(
      mUndoStack, mPath, text,
      [=](Database& db) {
        SystemClock clock;
        return operation(SaveContext{db, key, codes, clock, workstationActor(), target});
      },
      [this] { emit edited(); }, [this](const QString& message) { QMessageBox::warning(this, tr("Undo"), message); },
      error);
}

bool LedgerWindow::saveRecord(ListKind kind, long long id, const RecordValues& values, std::vector<FieldIssue>* issues,
                              QString* error, std::optional<long long> version) {
  if (!mKey) {
    if (error) *error = tr("The database key is missing; ID numbers and phones cannot be stored.");
    return false;
  }
  auto found = std::make_shared<std::vector<FieldIssue>>();
  const QString text = id < 0 ? tr("New %1").arg(listTitle(kind)) : tr("Edit %1 No. %2").arg(listTitle(kind)).arg(id);
  const bool ok = push(
      text,
      [=, first = std::make_shared<bool>(true)](const SaveContext& context) {
        // the version guards the first save only: a redo after an undo writes over the undo's own version
        SaveContext guarded = context;
        if (*first) guarded.expectedVersion = version;
        *first = false;
        return registry::saveRecord(guarded, kind, id, values, found.get());
      },
      error);
  if (issues) *issues = *found;
  return ok;
}

bool LedgerWindow::moveOut(ListKind kind, long long id, const QString& reason, const QString& date, QString* error) {
  return push(
      tr("Move out %1 No. %2").arg(listTitle(kind)).arg(id),
      [=](const SaveContext& context) { return registry::moveOut(context, kind, id, s(reason), s(date)); }, error);
}

bool LedgerWindow::changeHead(long long householdId, long long personId, const QString& relation, QString* error) {
  return push(
      tr("Change head of household No. %1").arg(householdId),
      [=](const SaveContext& context) { return registry::changeHead(context, householdId, personId, s(relation)); },
      error);
}

bool LedgerWindow::moveHousehold(long long householdId, long long buildingId, int unit, const QString& room,
                                 QString* error) {
  return push(
      tr("Move household No. %1").arg(householdId),
      [=](const SaveContext& context) {
        return registry::moveHousehold(context, householdId, buildingId, unit, s(room));
      },
      error);
}

bool LedgerWindow::placeKeyPlace(long long id, double x, double y, QString* error) {
  return saveRecord(ListKind::KeyPlaces, id,
                    {{"x", QString::number(x, 'f', 2).toStdString()}, {"y", QString::number(y, 'f', 2).toStdString()}},
                    nullptr, error);
}

QString LedgerWindow::reveal(ListKind kind, long long id, const QString& columnKey, const QString& reason,
                             QString* error) {
  if (!mKey) {
    if (error) *error = tr("The database key is missing; nothing can be revealed.");
    return {};
  }
  auto writable = Database::open(mPath.toStdString());  // the reveal writes its audit row
  if (!writable) {
    if (error) *error = q(writable.error().describe());
    return {};
  }
  SystemClock clock;
  auto value = revealValue(**writable, *mKey, clock, workstationActor(), kind, id, s(columnKey), s(reason));
  if (!value) {
    if (error) *error = q(value.error().message);
    return {};
  }
  return q(*value);
}

bool LedgerWindow::exportList(ListKind kind, const QString& file, bool revealAll, const QString& reason,
                              QString* error) {
  if (!mKey) {
    if (error) *error = tr("The database key is missing.");
    return false;
  }
  auto writable = Database::open(mPath.toStdString());  // the export writes its audit row
  if (!writable) {
    if (error) *error = q(writable.error().describe());
    return false;
  }
  ListExportOptions options;
  options.english = !uiIsChinese();
  options.reveal = revealAll;
  options.reason = s(reason);
  if (ListPanel* p = panel(kind)) {
    options.search = s(p->searchBox()->text());
    options.includeMovedOut = p->movedOutBox()->isChecked();
  }
  SystemClock clock;
  auto rows =
      registry::exportList(**writable, *mKey, clock, workstationActor(), kind, mTarget, file.toStdString(), options);
  if (!rows) {
    if (error) *error = q(rows.error().describe());
    return false;
  }
  return true;
}

}  // namespace grid::app
