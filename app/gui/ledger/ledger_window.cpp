// SPDX-License-Identifier: GPL-2.0-or-later
#include "ledger/ledger_window.h"

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

#include "edit/community_picker.h"
#include "edit/database_command.h"
#include "registry/ledger_profile.h"
#include "registry/list_sheet.h"
#include "registry/record_access.h"
#include "security/crypto.h"
#include "storage/database.h"
#include "storage/hierarchy_query.h"
#include "access/session.h"
#include "storage/database_key.h"
#include "core/translation.h"

namespace grid::app {

using namespace grid::registry;

namespace {

QString q(const std::string& text) { return QString::fromStdString(text); }
std::string s(const QString& text) { return text.trimmed().toStdString(); }

QString header(const ListColumn& column) { return uiIsChinese() ? q(column.zh) : q(column.en); }

QString listTitle(ListKind kind) {
  switch (kind) {
    case ListKind::Households: return LedgerWindow::tr("Households");
    case ListKind::Persons: return LedgerWindow::tr("Persons");
    case ListKind::KeyPersons: return LedgerWindow::tr("Key Persons");
    case ListKind::KeyPlaces: return LedgerWindow::tr("Key Places");
    case ListKind::KeyMatters: return LedgerWindow::tr("Key Matters");
    case ListKind::Entries: return LedgerWindow::tr("Ledger Entries");
    case ListKind::PatrolLogs: return LedgerWindow::tr("Patrols and Visits");
  }
  return {};
}

QString levelTitle(LedgerLevel level) {
  switch (level) {
    case LedgerLevel::Community: return LedgerWindow::tr("Community ledger");
    case LedgerLevel::Area: return LedgerWindow::tr("Area ledger");
    case LedgerLevel::Grid: return LedgerWindow::tr("Grid ledger");
    case LedgerLevel::Building: return LedgerWindow::tr("Building ledger");
    case LedgerLevel::Property: return LedgerWindow::tr("Property ledger");
  }
  return {};
}

}  // namespace

// ---------------------------------------------------------------------------------------------------------------
// ListTableModel

void ListTableModel::setSource(Database* database, const FieldCipher* key, const CodeBook* codes, const ListQuery& query) {
  mDatabase = database;
  mKey = key;
  mCodes = codes;
  mQuery = query;
  reload();
}

void ListTableModel::reload() {
  beginResetModel();
  mRows.clear();
  mTotal = 0;
  mError.clear();
  mTable.reset();
  if (mDatabase && mQuery.target.id >= 0) {
    mTable = std::make_unique<ListTable>(*mDatabase, mKey, mQuery);
    auto total = mTable->count();
    if (total) {
      mTotal = *total;
      auto first = mTable->rows(0, 200);
      if (first)
        mRows = std::move(*first);
      else
        mError = q(first.error().describe());
    } else {
      mError = q(total.error().describe());
    }
  }
  endResetModel();
}

const ListRow* ListTableModel::rowAt(int row) const {
  return row >= 0 && row < static_cast<int>(mRows.size()) ? &mRows[static_cast<std::size_t>(row)] : nullptr;
}

int ListTableModel::rowOf(long long id) const {
  for (std::size_t i = 0; i < mRows.size(); ++i)
    if (mRows[i].id == id) return static_cast<int>(i);
  return -1;
}

int ListTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(mRows.size());
}

int ListTableModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(listSpec(mQuery.kind).columns.size());
}

QVariant ListTableModel::data(const QModelIndex& index, int role) const {
  const ListRow* row = rowAt(index.row());
  if (!row || !mCodes) return {};
  const ListSpec& spec = listSpec(mQuery.kind);
  const std::size_t column = static_cast<std::size_t>(index.column());
  if (column >= spec.columns.size()) return {};
  if (role == Qt::DisplayRole)
    return q(displayValue(spec.columns[column], row->raw[column], *mCodes, !uiIsChinese()));
  if (role == Qt::ForegroundRole && row->movedOut) return QBrush(Qt::gray);
  if (role == Qt::ToolTipRole && row->movedOut) return tr("Moved out or closed; kept in history");
  if (role == Qt::TextAlignmentRole && (spec.columns[column].kind == ColumnKind::Integer))
    return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
  return {};
}

QVariant ListTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  const ListSpec& spec = listSpec(mQuery.kind);
  if (orientation != Qt::Horizontal || section < 0 || section >= static_cast<int>(spec.columns.size())) return {};
  const ListColumn& column = spec.columns[static_cast<std::size_t>(section)];
  if (role == Qt::DisplayRole) return header(column);
  if (role == Qt::ToolTipRole && column.sensitive) return tr("Masked; use Show Full to reveal one value (audited)");
  return {};
}

bool ListTableModel::canFetchMore(const QModelIndex& parent) const {
  return !parent.isValid() && mTable && static_cast<long long>(mRows.size()) < mTotal;
}

void ListTableModel::fetchMore(const QModelIndex& parent) {
  if (!canFetchMore(parent)) return;
  auto more = mTable->rows(static_cast<long long>(mRows.size()), 200);
  if (!more || more->empty()) {
    mTotal = static_cast<long long>(mRows.size());
    return;
  }
  beginInsertRows(QModelIndex(), static_cast<int>(mRows.size()), static_cast<int>(mRows.size() + more->size()) - 1);
  for (ListRow& row : *more) mRows.push_back(std::move(row));
  endInsertRows();
}

void ListTableModel::sort(int column, Qt::SortOrder order) {
  mQuery.sortColumn = column;
  mQuery.descending = order == Qt::DescendingOrder;
  reload();
}

// ---------------------------------------------------------------------------------------------------------------
// RecordForm

RecordForm::RecordForm(ListKind kind, const CodeBook& codes, const ListRow* row, QWidget* parent)
    : QDialog(parent), mSpec(listSpec(kind)), mNew(row == nullptr) {
  setWindowTitle(row ? tr("Edit %1 No. %2").arg(listTitle(kind)).arg(row->id) : tr("New: %1").arg(listTitle(kind)));
  auto* form = new QFormLayout;
  for (std::size_t i = 0; i < mSpec.columns.size(); ++i) {
    const ListColumn& column = mSpec.columns[i];
    const QString key = q(column.key);
    const QString value = row ? q(row->raw[i]) : QString();
    const bool editable = !column.column.empty() && column.key != "id";
    QWidget* editor = nullptr;
    if (!editable) {
      if (!row || value.isEmpty()) continue;
      auto* label = new QLabel(q(displayValue(column, row->raw[i], codes, !uiIsChinese())));
      label->setTextInteractionFlags(Qt::TextSelectableByMouse);
      form->addRow(header(column), label);
      continue;
    }
    if (column.kind == ColumnKind::Code || column.kind == ColumnKind::Choice) {
      auto* combo = new QComboBox;
      if (!column.required || !row) combo->addItem(QString(), QString());
      const std::vector<ChoiceValue> values =
          column.kind == ColumnKind::Code ? codes.values(column.domain) : choiceValues(column);
      for (const ChoiceValue& v : values) combo->addItem(uiIsChinese() ? q(v.zh) : q(v.en), q(v.value));
      combo->setCurrentIndex(std::max(0, combo->findData(value)));
      editor = combo;
    } else {
      auto* line = new QLineEdit(value);
      if (column.kind == ColumnKind::Date) line->setPlaceholderText(QStringLiteral("2026-03-17"));
      if (column.kind == ColumnKind::IdNumber) line->setPlaceholderText(tr("18 characters, checksum verified"));
      if (column.kind == ColumnKind::Phone) line->setPlaceholderText(QStringLiteral("13800138000 / 0755-83000000"));
      if (column.sensitive && row) line->setToolTip(tr("Masked. Leave it to keep the stored value, or type the full new value."));
      editor = line;
    }
    editor->setObjectName(key);
    auto* message = new QLabel;
    message->setStyleSheet(QStringLiteral("color: #c62828;"));
    message->setWordWrap(true);
    message->hide();
    auto* cell = new QWidget;
    auto* cellLayout = new QHBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->addWidget(editor, 2);
    cellLayout->addWidget(message, 3);
    form->addRow(header(column) + (column.required ? QStringLiteral(" *") : QString()), cell);
    mEditors.insert(key, editor);
    mMessages.insert(key, message);
    mInitial.insert(key, current(key));
  }
  mGeneral = new QLabel;
  mGeneral->setStyleSheet(QStringLiteral("color: #c62828;"));
  mGeneral->setWordWrap(true);
  mGeneral->hide();
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(mGeneral);
  layout->addWidget(buttons);
  resize(640, sizeHint().height());
}

QString RecordForm::current(const QString& key) const {
  QWidget* editor = mEditors.value(key);
  if (auto* combo = qobject_cast<QComboBox*>(editor)) return combo->currentData().toString();
  if (auto* line = qobject_cast<QLineEdit*>(editor)) return line->text().trimmed();
  return {};
}

void RecordForm::setValue(const QString& key, const QString& text) {
  QWidget* editor = mEditors.value(key);
  if (auto* combo = qobject_cast<QComboBox*>(editor)) {
    int index = combo->findData(text);
    if (index < 0) index = combo->findText(text);
    combo->setCurrentIndex(std::max(0, index));
  } else if (auto* line = qobject_cast<QLineEdit*>(editor)) {
    line->setText(text);
  }
}

RecordValues RecordForm::values() const {
  RecordValues out;
  for (auto it = mEditors.cbegin(); it != mEditors.cend(); ++it) {
    const QString value = current(it.key());
    if (mNew ? !value.isEmpty() : value != mInitial.value(it.key())) out[s(it.key())] = s(value);
  }
  return out;
}

void RecordForm::showIssues(const std::vector<FieldIssue>& issues, const QString& other) {
  for (QLabel* label : mMessages) label->hide();
  QStringList general;
  for (const FieldIssue& issue : issues) {
    if (QLabel* label = mMessages.value(q(issue.key))) {
      label->setText(q(issue.message));
      label->show();
    } else {
      general << q(issue.message);
    }
  }
  if (!other.isEmpty()) general << other;
  mGeneral->setText(general.join(QLatin1Char('\n')));
  mGeneral->setVisible(!general.isEmpty());
}

// ---------------------------------------------------------------------------------------------------------------
// ListPanel

ListPanel::ListPanel(LedgerWindow* window, ListKind kind)
    : QWidget(window), mWindow(window), mKind(kind), mModel(new ListTableModel(this)), mView(new QTableView),
      mSearch(new QLineEdit), mMovedOut(new QCheckBox(tr("Include moved out"))), mCount(new QLabel) {
  mSearch->setPlaceholderText(kind == ListKind::Persons || kind == ListKind::KeyPersons
                                  ? tr("Search name, building, room or full ID number")
                                  : tr("Search"));
  mSearch->setClearButtonEnabled(true);
  auto* bar = new QToolBar;
  bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
  bar->addAction(tr("New…"), this, &ListPanel::addRecord);
  bar->addAction(tr("Edit…"), this, &ListPanel::editRecord);
  if (kind == ListKind::Households || kind == ListKind::KeyPersons || kind == ListKind::KeyPlaces || kind == ListKind::KeyMatters)
    bar->addAction(tr("Log Visit…"), this, [this, kind] {
      if (currentId() < 0) return;
      const char* type = kind == ListKind::Households ? "household" : kind == ListKind::KeyPersons ? "key_person"
                         : kind == ListKind::KeyPlaces ? "key_place" : "key_matter";
      emit mWindow->visitRequested(QString::fromLatin1(type), currentId());
    });
  if (kind == ListKind::Households || kind == ListKind::Persons || kind == ListKind::KeyPersons || kind == ListKind::KeyPlaces)
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
  if (kind == ListKind::KeyPersons || kind == ListKind::KeyPlaces || kind == ListKind::KeyMatters || kind == ListKind::Entries ||
      kind == ListKind::PatrolLogs)
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
  if (mKind == ListKind::KeyMatters) form.setValue(QStringLiteral("registered_at"), QDate::currentDate().toString(Qt::ISODate));
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
  while (form.exec() == QDialog::Accepted) {
    const RecordValues values = form.values();
    if (values.empty()) return;
    std::vector<FieldIssue> issues;
    QString error;
    if (mWindow->saveRecord(mKind, id, values, &issues, &error)) {
      selectRecord(id);
      return;
    }
    form.showIssues(issues, issues.empty() ? error : QString());
  }
}

void ListPanel::moveOutRecord() {
  const long long id = currentId();
  if (id < 0) return;
  bool ok = false;
  const QString reason = QInputDialog::getText(this, tr("Move Out"),
                                               tr("Reason (moved away, died, registration cancelled …):"),
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
  const QString where = QInputDialog::getText(this, tr("Move to Dwelling"),
                                              tr("Building No., unit and room, e.g. 41 2 1203:"), QLineEdit::Normal,
                                              QString(), &ok);
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
        tree->addTopLevelItem(
            new QTreeWidgetItem({q(entry.at), q(entry.actor), action, q(change.field), q(change.before), q(change.after)}));
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
    if (column.sensitive && (key.isEmpty() || mView->currentIndex().column() == spec.columnIndex(column.key))) key = q(column.key);
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
  const QString file = QFileDialog::getSaveFileName(this, tr("Export to Excel"), listTitle(mKind) + QStringLiteral(".xlsx"),
                                                    tr("Excel (*.xlsx);;CSV UTF-8 (*.csv)"));
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
  const QString domain = mKind == ListKind::KeyMatters ? QStringLiteral("DISPUTE")
                         : mKind == ListKind::Households ? QStringLiteral("LIVELIHOOD")
                                                         : QStringLiteral("SAFETY");
  QString text;
  for (const char* key : {"name", "subject", "content"}) {
    const int i = spec.columnIndex(key);
    if (i >= 0 && text.isEmpty()) text = q(row->raw[static_cast<std::size_t>(i)]);
  }
  emit mWindow->reportEventRequested(place->gridId, place->buildingId, domain, text.isEmpty() ? QString() : text + QStringLiteral("："));
}

// ---------------------------------------------------------------------------------------------------------------
// LedgerWindow

LedgerWindow::LedgerWindow(QUndoStack* undoStack, QWidget* parent)
    : QMainWindow(parent), mUndoStack(undoStack), mCommunity(new QComboBox), mTree(new QTreeWidget), mTitle(new QLabel),
      mTabs(new QTabWidget), mProfile(new QTextBrowser) {
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
  connect(mCommunity, qOverload<int>(&QComboBox::activated), this, [this] {
    setCommunity(mCommunity->currentData().toString());
  });
  connect(mTree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
    if (!item || item->data(0, Qt::UserRole).toInt() < 0) return;
    openLedger({static_cast<LedgerLevel>(item->data(0, Qt::UserRole).toInt()), item->data(0, Qt::UserRole + 1).toLongLong()});
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
  mTitle->setText(QStringLiteral("%1 · %2%3").arg(levelTitle(mTarget.level), q(profile->name),
                                                  profile->code.empty() ? QString() : QStringLiteral("  ") + q(profile->code)));
  QString html = QStringLiteral("<style>td{padding:2px 10px;} h3{margin-top:12px;}</style>");
  html += QStringLiteral("<p>%1</p>").arg(q(profile->parent).toHtmlEscaped());
  html += QStringLiteral("<h3>%1</h3><table>").arg(tr("Holdings"));
  const std::vector<std::pair<QString, long long>> counts{
      {tr("Buildings"), profile->buildings},     {tr("Households"), profile->households},
      {tr("Persons"), profile->persons},         {tr("Party members"), profile->partyMembers},
      {tr("Key persons"), profile->keyPersons},  {tr("Key places"), profile->keyPlaces},
      {tr("Open key matters"), profile->keyMatters}, {tr("Open ledger entries"), profile->openEntries}};
  for (const auto& [label, value] : counts)
    html += QStringLiteral("<tr><td>%1</td><td align=right><b>%2</b></td></tr>").arg(label).arg(value);
  html += QStringLiteral("</table><h3>%1</h3>").arg(tr("Staff"));
  if (profile->staff.empty()) html += QStringLiteral("<p style='color:#c62828'>%1</p>").arg(tr("No one holds a post here."));
  html += QStringLiteral("<table>");
  for (const auto& post : profile->staff)
    html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                .arg(q(mCodes.name("staff_role", post.role, !uiIsChinese())).toHtmlEscaped(), q(post.name).toHtmlEscaped(),
                     q(post.phone).toHtmlEscaped());
  html += QStringLiteral("</table><h3>%1</h3>").arg(tr("Party organisation"));
  for (const auto& org : profile->partyOrgs)
    html += QStringLiteral("<p>%1</p>").arg(tr("%1 · secretary %2 · %3 members")
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
                              QString* error) {
  if (!mKey) {
    if (error) *error = tr("The database key is missing; ID numbers and phones cannot be stored.");
    return false;
  }
  auto found = std::make_shared<std::vector<FieldIssue>>();
  const QString text = id < 0 ? tr("New %1").arg(listTitle(kind)) : tr("Edit %1 No. %2").arg(listTitle(kind)).arg(id);
  const bool ok = push(
      text, [=](const SaveContext& context) { return registry::saveRecord(context, kind, id, values, found.get()); },
      error);
  if (issues) *issues = *found;
  return ok;
}

bool LedgerWindow::moveOut(ListKind kind, long long id, const QString& reason, const QString& date, QString* error) {
  return push(tr("Move out %1 No. %2").arg(listTitle(kind)).arg(id),
              [=](const SaveContext& context) { return registry::moveOut(context, kind, id, s(reason), s(date)); },
              error);
}

bool LedgerWindow::changeHead(long long householdId, long long personId, const QString& relation, QString* error) {
  return push(tr("Change head of household No. %1").arg(householdId),
              [=](const SaveContext& context) {
                return registry::changeHead(context, householdId, personId, s(relation));
              },
              error);
}

bool LedgerWindow::moveHousehold(long long householdId, long long buildingId, int unit, const QString& room, QString* error) {
  return push(tr("Move household No. %1").arg(householdId),
              [=](const SaveContext& context) {
                return registry::moveHousehold(context, householdId, buildingId, unit, s(room));
              },
              error);
}

bool LedgerWindow::placeKeyPlace(long long id, double x, double y, QString* error) {
  return saveRecord(ListKind::KeyPlaces, id, {{"x", QString::number(x, 'f', 2).toStdString()}, {"y", QString::number(y, 'f', 2).toStdString()}},
                    nullptr, error);
}

QString LedgerWindow::reveal(ListKind kind, long long id, const QString& columnKey, const QString& reason, QString* error) {
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

bool LedgerWindow::exportList(ListKind kind, const QString& file, bool revealAll, const QString& reason, QString* error) {
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
  auto rows = registry::exportList(**writable, *mKey, clock, workstationActor(), kind, mTarget, file.toStdString(), options);
  if (!rows) {
    if (error) *error = q(rows.error().describe());
    return false;
  }
  return true;
}

}  // namespace grid::app
