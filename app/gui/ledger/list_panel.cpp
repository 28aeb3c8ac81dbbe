// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui/ledger/list_panel.h"

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
#include "gui/ledger/stale_edit_dialog.h"
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
// ListPanel

ListPanel::ListPanel(LedgerWindow* window, ListKind kind)
    : QWidget(window),
      mWindow(window),
      mKind(kind),
      mModel(new ListTableModel(this)),
      mView(new QTableView),
      mSearch(new QLineEdit),
      mMovedOut(new QCheckBox(tr("Include moved out"))),
      mCount(new QLabel) {
  mSearch->setPlaceholderText(kind == ListKind::Persons || kind == ListKind::KeyPersons
                                  ? tr("Search name, building, room or full ID number")
                                  : tr("Search"));
  mSearch->setClearButtonEnabled(true);
  auto* bar = new QToolBar;
  bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
  bar->addAction(tr("New…"), this, &ListPanel::addRecord);
  bar->addAction(tr("Edit…"), this, &ListPanel::editRecord);
  if (kind == ListKind::Households || kind == ListKind::KeyPersons || kind == ListKind::KeyPlaces ||
      kind == ListKind::KeyMatters)
    bar->addAction(tr("Log Visit…"), this, [this, kind] {
      if (currentId() < 0) return;
      const char* type = kind == ListKind::Households   ? "household"
                         : kind == ListKind::KeyPersons ? "key_person"
                         : kind == ListKind::KeyPlaces  ? "key_place"
                                                        : "key_matter";
      emit mWindow->visitRequested(QString::fromLatin1(type), currentId());
    });
  if (kind == ListKind::Households || kind == ListKind::Persons || kind == ListKind::KeyPersons ||
      kind == ListKind::KeyPlaces)
    bar->addAction(kind == ListKind::KeyPersons || kind == ListKind::KeyPlaces ? tr("Cancel Record…") : tr("Move Out…"),
                   this, &ListPanel::moveOutRecord);
  if (kind == ListKind::Households) {
    bar->addAction(tr("Change Head…"), this, &ListPanel::changeHead);
    bar->addAction(tr("Move to Dwelling…"), this, &ListPanel::moveDwelling);
  }
  bar->addAction(tr("History…"), this, &ListPanel::showHistory);
  const ListSpec& spec = listSpec(kind);
  if (std::any_of(spec.columns.begin(), spec.columns.end(), [](const ListColumn& c) { return c.sensitive; }))
    bar->addAction(tr("Show Full…"), this, &ListPanel::revealRecord);
  bar->addAction(tr("Show on Map"), this, &ListPanel::showOnMap);
  if (kind == ListKind::KeyPersons || kind == ListKind::KeyPlaces || kind == ListKind::KeyMatters ||
      kind == ListKind::PatrolLogs || kind == ListKind::Households)
    bar->addAction(tr("Report Event…"), this, &ListPanel::reportEvent);
  if (kind == ListKind::KeyPlaces)
    bar->addAction(tr("Place on Map"), this, [this] {
      if (currentId() >= 0) emit mWindow->placeOnMap(currentId());
    });
  bar->addSeparator();
  bar->addAction(tr("Export to Excel…"), this, &ListPanel::exportSheet);
  if (kind == ListKind::KeyPersons || kind == ListKind::KeyPlaces || kind == ListKind::KeyMatters ||
      kind == ListKind::Entries || kind == ListKind::PatrolLogs)
    bar->addAction(tr("Import…"), this, &ListPanel::importSheet);
  mView->setModel(mModel);
  mView->setSortingEnabled(true);
  mView->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
  mView->setSelectionBehavior(QAbstractItemView::SelectRows);
  mView->setSelectionMode(QAbstractItemView::SingleSelection);
  mView->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mView->verticalHeader()->hide();
  mView->verticalHeader()->setDefaultSectionSize(22);
  mView->setAlternatingRowColors(true);
  connect(mView, &QTableView::doubleClicked, this, &ListPanel::editRecord);
  connect(mSearch, &QLineEdit::returnPressed, this, &ListPanel::reload);
  connect(mSearch, &QLineEdit::textChanged, this, [this](const QString& text) {
    if (text.isEmpty()) reload();
  });
  connect(mMovedOut, &QCheckBox::toggled, this, &ListPanel::reload);
  auto* top = new QHBoxLayout;
  top->addWidget(mSearch, 1);
  if (!spec.movedOutExpr.empty()) top->addWidget(mMovedOut);
  top->addWidget(mCount);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(top);
  layout->addWidget(bar);
  layout->addWidget(mView, 1);
}

void ListPanel::reload() {
  ListQuery query = mModel->query();
  query.kind = mKind;
  query.target = mWindow->target();
  query.search = s(mSearch->text());
  query.includeMovedOut = mMovedOut->isChecked();
  mModel->setSource(mWindow->database(), mWindow->key(), &mWindow->codes(), query);
  mCount->setText(mModel->errorText().isEmpty() ? tr("%n record(s)", nullptr, static_cast<int>(mModel->total()))
                                                : mModel->errorText());
  mView->resizeColumnsToContents();
}

long long ListPanel::currentId() const {
  const ListRow* row = mModel->rowAt(mView->currentIndex().row());
  return row ? row->id : -1;
}

bool ListPanel::selectRecord(long long id) {
  int row = mModel->rowOf(id);
  while (row < 0 && mModel->canFetchMore(QModelIndex())) {
    mModel->fetchMore(QModelIndex());
    row = mModel->rowOf(id);
  }
  if (row < 0) return false;
  mView->selectRow(row);
  mView->scrollTo(mModel->index(row, 0));
  return true;
}

void ListPanel::addRecord() {
  RecordForm form(mKind, mWindow->codes(), nullptr, this);
  if (mKind == ListKind::Persons) {
    // A newborn or a new member joins the household chosen in the households tab (or typed here).
    const long long household = mWindow->panel(ListKind::Households)->currentId();
    if (household >= 0) form.setValue(QStringLiteral("household_id"), QString::number(household));
  }
  if (mKind == ListKind::KeyMatters)
    form.setValue(QStringLiteral("registered_at"), QDate::currentDate().toString(Qt::ISODate));
  while (form.exec() == QDialog::Accepted) {
    std::vector<FieldIssue> issues;
    QString error;
    if (mWindow->saveRecord(mKind, -1, form.values(), &issues, &error)) return;
    form.showIssues(issues, issues.empty() ? error : QString());
  }
}

void ListPanel::editRecord() {
  const ListRow* row = mModel->rowAt(mView->currentIndex().row());
  if (!row) return;
  RecordForm form(mKind, mWindow->codes(), row, this);
  const long long id = row->id;
  // The version the form shows: saving over a version someone else saved since is refused, and they are named.
  std::optional<long long> version;
  if (Database* db = mWindow->database())
    if (auto read = registry::recordVersion(*db, mKind, id)) version = *read;
  while (form.exec() == QDialog::Accepted) {
    const RecordValues values = form.values();
    if (values.empty()) return;
    std::vector<FieldIssue> issues;
    QString error;
    if (mWindow->saveRecord(mKind, id, values, &issues, &error, version)) {
      selectRecord(id);
      return;
    }
    if (Database* db = mWindow->database(); db && version) {
      auto now = registry::recordVersion(*db, mKind, id);
      if (now && *now != *version) {  // someone saved it meanwhile: theirs or mine, field by field
        auto theirs = registry::staleFields(*db, mKind, id, *version, !uiIsChinese(), &values);
        StaleEditDialog stale(values, theirs ? *theirs : std::vector<registry::StaleField>{}, this);
        if (stale.exec() != QDialog::Accepted) return;  // mine discarded, theirs stays
        version = *now;
        if (mWindow->saveRecord(mKind, id, stale.merged(), &issues, &error, version)) {
          selectRecord(id);
          return;
        }
      }
    }
    form.showIssues(issues, issues.empty() ? error : QString());
  }
}

void ListPanel::moveOutRecord() {
  const long long id = currentId();
  if (id < 0) return;
  bool ok = false;
  const QString reason =
      QInputDialog::getText(this, tr("Move Out"), tr("Reason (moved away, died, registration cancelled …):"),
                            QLineEdit::Normal, QString(), &ok);
  if (!ok) return;
  const QString date = QInputDialog::getText(this, tr("Move Out"), tr("Date:"), QLineEdit::Normal,
                                             QDate::currentDate().toString(Qt::ISODate), &ok);
  if (!ok) return;
  QString error;
  if (!mWindow->moveOut(mKind, id, reason, date, &error)) QMessageBox::warning(this, tr("Move Out"), error);
}

void ListPanel::changeHead() {
  const long long household = currentId();
  if (household < 0) return;
  bool ok = false;
  const long long person =
      QInputDialog::getText(this, tr("Change Head"), tr("Person No. of the new head (see the Persons tab):"),
                            QLineEdit::Normal, QString::number(mWindow->panel(ListKind::Persons)->currentId()), &ok)
          .toLongLong();
  if (!ok) return;
  const QString relation = QInputDialog::getText(this, tr("Change Head"),
                                                 tr("The former head's relation to the new head (配偶, 父亲, 母亲 …):"),
                                                 QLineEdit::Normal, QString(), &ok);
  if (!ok) return;
  QString error;
  if (!mWindow->changeHead(household, person, relation, &error)) QMessageBox::warning(this, tr("Change Head"), error);
}

void ListPanel::moveDwelling() {
  const long long household = currentId();
  if (household < 0) return;
  bool ok = false;
  const QString where =
      QInputDialog::getText(this, tr("Move to Dwelling"), tr("Building No., unit and room, e.g. 41 2 1203:"),
                            QLineEdit::Normal, QString(), &ok);
  if (!ok) return;
  const QStringList parts = where.simplified().split(QLatin1Char(' '));
  QString error = tr("Write the building number, the unit and the room, separated by spaces.");
  if (parts.size() == 3 && mWindow->moveHousehold(household, parts[0].toLongLong(), parts[1].toInt(), parts[2], &error))
    return;
  QMessageBox::warning(this, tr("Move to Dwelling"), error);
}

void ListPanel::showHistory() {
  const long long id = currentId();
  if (id < 0 || !mWindow->database()) return;
  auto history = loadHistory(*mWindow->database(), listSpec(mKind).table, id);
  if (!history) return void(QMessageBox::warning(this, tr("History"), q(history.error().describe())));
  QDialog dialog(this);
  dialog.setWindowTitle(tr("History of %1 No. %2").arg(listTitle(mKind)).arg(id));
  auto* tree = new QTreeWidget;
  tree->setObjectName(QStringLiteral("history"));
  tree->setHeaderLabels({tr("When"), tr("Who"), tr("Action"), tr("Field"), tr("Before"), tr("After")});
  tree->setRootIsDecorated(false);
  for (const HistoryEntry& entry : *history) {
    const QString action = entry.action == "insert"   ? tr("created")
                           : entry.action == "update" ? tr("changed")
                           : entry.action == "reveal" ? tr("revealed: %1").arg(q(entry.reason))
                           : entry.action == "delete" ? tr("removed (undo)")
                                                      : q(entry.action);
    if (entry.changes.empty() || entry.action == "reveal")
      tree->addTopLevelItem(new QTreeWidgetItem({q(entry.at), q(entry.actor), action}));
    for (const HistoryChange& change : entry.changes)
      if (entry.action != "reveal")
        tree->addTopLevelItem(new QTreeWidgetItem(
            {q(entry.at), q(entry.actor), action, q(change.field), q(change.before), q(change.after)}));
  }
  for (int c = 0; c < tree->columnCount(); ++c) tree->resizeColumnToContents(c);
  auto* layout = new QVBoxLayout(&dialog);
  layout->addWidget(tree);
  auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
  connect(close, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
  layout->addWidget(close);
  dialog.resize(900, 420);
  dialog.exec();
}

void ListPanel::revealRecord() {
  const long long id = currentId();
  if (id < 0) return;
  const ListSpec& spec = listSpec(mKind);
  QString key;
  for (const ListColumn& column : spec.columns)
    if (column.sensitive && (key.isEmpty() || mView->currentIndex().column() == spec.columnIndex(column.key)))
      key = q(column.key);
  bool ok = false;
  const QString reason = QInputDialog::getText(this, tr("Show Full Value"),
                                               tr("Why do you need the full value? (recorded with your name)"),
                                               QLineEdit::Normal, QString(), &ok);
  if (!ok) return;
  QString error;
  const QString value = mWindow->reveal(mKind, id, key, reason, &error);
  if (value.isEmpty())
    QMessageBox::warning(this, tr("Show Full Value"), error);
  else
    QMessageBox::information(this, tr("Show Full Value"), value);
}

void ListPanel::exportSheet() {
  const QString file = QFileDialog::getSaveFileName(
      this, tr("Export to Excel"), listTitle(mKind) + QStringLiteral(".xlsx"), tr("Excel (*.xlsx);;CSV UTF-8 (*.csv)"));
  if (file.isEmpty()) return;
  QString error;
  if (!mWindow->exportList(mKind, file, false, QString(), &error)) QMessageBox::warning(this, tr("Export"), error);
}

void ListPanel::importSheet() {
  const QString file = QFileDialog::getOpenFileName(this, tr("Import"), QString(), tr("Sheets (*.xlsx *.csv)"));
  if (file.isEmpty() || !mWindow->database()) return;
  // A dry run first: every bad cell is listed and nothing is written; then all or nothing.
  auto writable = Database::open(mWindow->path().toStdString());
  if (!writable) return void(QMessageBox::warning(this, tr("Import"), q(writable.error().describe())));
  SheetImportOptions options;
  options.dryRun = true;
  SystemClock clock;
  auto report = importList(**writable, *mWindow->key(), clock, workstationActor(), mKind, mWindow->target(),
                           file.toStdString(), options);
  if (!report) return void(QMessageBox::warning(this, tr("Import"), q(report.error().describe())));
  if (!report->issues.empty()) {
    QStringList lines;
    for (const SheetIssue& issue : report->issues)
      lines << tr("Row %1, %2: %3").arg(issue.row).arg(q(issue.column), q(issue.reason));
    QMessageBox box(QMessageBox::Warning, tr("Import"),
                    tr("%1 of %2 rows have problems; nothing was imported.").arg(report->invalidRows).arg(report->rows),
                    QMessageBox::Ok, this);
    box.setDetailedText(lines.join(QLatin1Char('\n')));
    box.exec();
    return;
  }
  options.dryRun = false;
  report = importList(**writable, *mWindow->key(), clock, workstationActor(), mKind, mWindow->target(),
                      file.toStdString(), options);
  if (!report) return void(QMessageBox::warning(this, tr("Import"), q(report.error().describe())));
  mWindow->refresh();
  QMessageBox::information(this, tr("Import"), tr("%1 records imported or updated.").arg(report->recordsWritten));
}

void ListPanel::showOnMap() {
  const ListRow* row = mModel->rowAt(mView->currentIndex().row());
  if (!row) return;
  const ListSpec& spec = listSpec(mKind);
  auto raw = [&](const char* key) {
    const int i = spec.columnIndex(key);
    return i >= 0 ? q(row->raw[static_cast<std::size_t>(i)]) : QString();
  };
  if (mKind == ListKind::KeyPlaces && !raw("x").isEmpty())
    return emit mWindow->showOnMap(QStringLiteral("key_place"), row->id, raw("x").toDouble(), raw("y").toDouble());
  if (mWindow->database())
    if (auto place = recordPlace(*mWindow->database(), mKind, row->id)) {
      if (place->buildingId > 0) return emit mWindow->showOnMap(QStringLiteral("building"), place->buildingId, 0, 0);
      if (place->gridId > 0) return emit mWindow->showOnMap(QStringLiteral("grid_map"), place->gridId, 0, 0);
    }
}

void ListPanel::reportEvent() {
  const ListRow* row = mModel->rowAt(mView->currentIndex().row());
  if (!row || !mWindow->database()) return;
  const ListSpec& spec = listSpec(mKind);
  auto place = recordPlace(*mWindow->database(), mKind, row->id);
  if (!place || place->gridId <= 0)
    return void(QMessageBox::warning(this, tr("Report Event"), tr("This record lies in no grid.")));
  // A class that fits the list; the record's name or subject starts the description.
  const QString domain = mKind == ListKind::KeyMatters   ? QStringLiteral("DISPUTE")
                         : mKind == ListKind::Households ? QStringLiteral("LIVELIHOOD")
                                                         : QStringLiteral("SAFETY");
  QString text;
  for (const char* key : {"name", "subject", "content"}) {
    const int i = spec.columnIndex(key);
    if (i >= 0 && text.isEmpty()) text = q(row->raw[static_cast<std::size_t>(i)]);
  }
  emit mWindow->reportEventRequested(place->gridId, place->buildingId, domain,
                                     text.isEmpty() ? QString() : text + QStringLiteral("："));
}

}  // namespace grid::app
