// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui/packages/packages_window.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <memory>

#include "access/session.h"
#include "common/clock.h"
#include "core/package_project.h"
#include "core/translation.h"
#include "gui/edit/database_command.h"
#include "gui/ledger/ledger_text.h"
#include "security/crypto.h"
#include "storage/database.h"
#include "storage/hierarchy_query.h"

namespace grid::app {

namespace {

using ledger_text::q;

//! The database with the field key of the signed-in user (or the key file), for one action.
struct Opened {
  std::unique_ptr<Database> db;
  FieldCipher key;
};
Result<Opened> openWithKey(const QString& path) {
  auto db = Database::open(path.toStdString());
  if (!db) return db.error();
  auto key = access::fieldKey(**db);
  if (!key) return key.error();
  return Opened{std::move(*db), std::move(*key)};
}

Actor currentActor() {
  auto session = access::processSession();
  return session ? session->actor : Actor::system("gridstation");
}

QString layerTitle(const std::string& layer) {
  auto kind = registry::parseList(layer);
  return kind ? ledger_text::listTitle(*kind) : q(layer);
}

QString fieldTitle(const std::string& layer, const std::string& field) {
  if (field == "*") return ConflictTable::tr("whole row");
  auto kind = registry::parseList(layer);
  if (kind)
    if (const registry::ListColumn* column = registry::listSpec(*kind).column(field))
      return ledger_text::header(*column);
  return q(field);
}

//! A value for the table: a whole row's encoded values are not shown raw.
QString shownValue(const std::string& value) {
  if (value.find("=") != std::string::npos && value.find(':') != std::string::npos && value.back() == ';')
    return ConflictTable::tr("(new row)");
  return q(value);
}

}  // namespace

ConflictTable::ConflictTable(const QString& databasePath, QWidget* parent) : QWidget(parent), mPath(databasePath) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  mTable = new QTableWidget(0, 10, this);
  mTable->setHorizontalHeaderLabels({tr("No."), tr("Package"), tr("List"), tr("Record"), tr("Field"), tr("Base"),
                                     tr("This database (ours)"), tr("Package (theirs)"), tr("State"), tr("Why")});
  mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
  mTable->setSelectionMode(QAbstractItemView::SingleSelection);
  mTable->horizontalHeader()->setStretchLastSection(true);
  mTable->verticalHeader()->hide();
  layout->addWidget(mTable, 1);
  auto* buttons = new QHBoxLayout;
  mMessage = new QLabel(this);
  mMessage->setWordWrap(true);
  buttons->addWidget(mMessage, 1);
  auto add = [&](const QString& text, packages::Resolution resolution) {
    auto* button = new QPushButton(text, this);
    connect(button, &QPushButton::clicked, this, [this, resolution] { resolve(resolution); });
    buttons->addWidget(button);
    mButtons.append(button);
  };
  add(tr("Keep Ours"), packages::Resolution::Ours);
  add(tr("Take Theirs"), packages::Resolution::Theirs);
  add(tr("Edit Value…"), packages::Resolution::Edited);
  layout->addLayout(buttons);
}

int ConflictTable::rows() const {
  return mTable->rowCount();
}

void ConflictTable::fill(const std::vector<packages::MergeIssue>& issues, const QStringList& statuses,
                         const QStringList& users) {
  // Codes and choices by their names, as the ledger shows them.
  registry::CodeBook codes;
  if (auto db = Database::open(mPath.toStdString(), Database::readOnlyOptions()))
    if (auto book = registry::CodeBook::load(**db)) codes = std::move(*book);
  auto shown = [&](const packages::MergeIssue& issue, const std::string& value) {
    auto kind = registry::parseList(issue.layer);
    const registry::ListColumn* column = kind ? registry::listSpec(*kind).column(issue.field) : nullptr;
    if (!column || value.empty()) return shownValue(value);
    return q(registry::displayValue(*column, value, codes, !uiIsChinese()));
  };
  mTable->setColumnHidden(1, users.isEmpty());
  mTable->setRowCount(static_cast<int>(issues.size()));
  for (int r = 0; r < static_cast<int>(issues.size()); ++r) {
    const packages::MergeIssue& issue = issues[static_cast<std::size_t>(r)];
    const bool conflict = issue.kind == "conflict";
    const QStringList cells = {issue.conflictId >= 0 ? QString::number(issue.conflictId) : QStringLiteral("–"),
                               users.value(r),
                               layerTitle(issue.layer),
                               issue.recordId >= 0 ? QString::number(issue.recordId) : tr("new (%1)").arg(issue.fid),
                               fieldTitle(issue.layer, issue.field),
                               shown(issue, issue.base),
                               shown(issue, issue.ours),
                               shown(issue, issue.theirs),
                               statuses.value(r),
                               conflict ? tr("both sides changed this field") : q(issue.message)};
    for (int c = 0; c < cells.size(); ++c) {
      auto* item = new QTableWidgetItem(cells[c]);
      if (c == 0) item->setData(Qt::UserRole, issue.conflictId);
      if (c == 6 || c == 7) item->setBackground(conflict ? QColor(255, 236, 200) : QColor(255, 220, 220));
      item->setToolTip(cells[c]);
      mTable->setItem(r, c, item);
    }
  }
  mTable->resizeColumnsToContents();
  for (int c : {5, 6, 7, 9}) mTable->setColumnWidth(c, std::min(mTable->columnWidth(c), 260));
}

void ConflictTable::reload(long long packageId, bool all) {
  mPackageId = packageId;
  mAll = all;
  for (QPushButton* button : mButtons) button->setVisible(true);
  auto db = Database::open(mPath.toStdString(), Database::readOnlyOptions());  // listing needs no field key
  if (!db) return mMessage->setText(q(db.error().describe()));
  auto rows = packages::listConflicts(**db, packageId, !all);
  if (!rows) return mMessage->setText(q(rows.error().describe()));
  std::vector<packages::MergeIssue> issues;
  QStringList statuses, users;
  const QMap<QString, QString> stateNames{{QStringLiteral("open"), tr("open")},
                                          {QStringLiteral("ours"), tr("kept ours")},
                                          {QStringLiteral("theirs"), tr("took theirs")},
                                          {QStringLiteral("edited"), tr("edited")}};
  for (const packages::ConflictRow& row : *rows) {
    issues.push_back(row.issue);
    statuses << stateNames.value(q(row.status), q(row.status));
    users << QStringLiteral("%1 · %2").arg(row.packageId).arg(q(row.user));
  }
  fill(issues, statuses, users);
  mMessage->setText(rows->empty() ? tr("No open conflicts.")
                                  : tr("%n conflict(s) or refusal(s): choose what stays for each field.", nullptr,
                                       static_cast<int>(rows->size())));
}

void ConflictTable::showPreview(const std::vector<packages::MergeIssue>& issues) {
  for (QPushButton* button : mButtons) button->setVisible(false);
  QStringList statuses;
  for (const packages::MergeIssue& issue : issues)
    statuses << (issue.kind == "conflict" ? tr("would be kept") : tr("would be refused"));
  fill(issues, statuses, {});
  mMessage->setText(issues.empty() ? tr("No conflicts.") : tr("Nothing is written until you merge."));
}

void ConflictTable::resolve(packages::Resolution resolution) {
  const int row = mTable->currentRow();
  if (row < 0) return mMessage->setText(tr("Select a conflict first."));
  const long long id = mTable->item(row, 0)->data(Qt::UserRole).toLongLong();
  if (id < 0) return;
  QString value;
  if (resolution == packages::Resolution::Edited) {
    bool ok = false;
    value = QInputDialog::getText(this, tr("Edit Value"), tr("Value for %1:").arg(mTable->item(row, 4)->text()),
                                  QLineEdit::Normal, mTable->item(row, 7)->text(), &ok);
    if (!ok) return;
  }
  auto opened = openWithKey(mPath);
  if (!opened) return mMessage->setText(q(opened.error().describe()));
  SystemClock clock;
  const packages::PackageContext context{*opened->db, opened->key, clock, currentActor()};
  if (auto s = packages::resolveConflict(context, id, resolution, value.toStdString()); !s)
    return mMessage->setText(q(s.error().describe()));
  reload(mPackageId, mAll);
  emit resolved();
}

MergeDialog::MergeDialog(const QString& databasePath, const QString& packagePath, QWidget* parent,
                         QUndoStack* undoStack)
    : QDialog(parent), mPath(databasePath), mPackage(packagePath), mUndoStack(undoStack) {
  setWindowTitle(tr("Merge Work Package"));
  auto* layout = new QVBoxLayout(this);
  auto* file = new QLabel(tr("Package: %1").arg(QFileInfo(packagePath).fileName()), this);
  layout->addWidget(file);
  mSummary = new QLabel(this);
  mSummary->setWordWrap(true);
  layout->addWidget(mSummary);
  mConflicts = new ConflictTable(databasePath, this);
  layout->addWidget(mConflicts, 1);
  auto* buttons = new QDialogButtonBox(this);
  mMergeButton = buttons->addButton(tr("Merge"), QDialogButtonBox::AcceptRole);
  buttons->addButton(QDialogButtonBox::Close);
  connect(mMergeButton, &QPushButton::clicked, this, [this] { merge(); });
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);
  resize(1200, 560);
  preview();
}

QString MergeDialog::describe(const packages::MergeReport& report) const {
  return tr("%1 (work package %2): %3 added, %4 updated (%5 fields), %6 moved out, %7 identical on both sides, %8 "
            "conflict(s) or refusal(s).")
      .arg(q(report.user))
      .arg(report.packageId)
      .arg(report.rowsInserted)
      .arg(report.rowsUpdated)
      .arg(report.fieldsApplied)
      .arg(report.rowsMovedOut)
      .arg(report.fieldsIdentical)
      .arg(report.issues.size());
}

void MergeDialog::preview() {
  auto opened = openWithKey(mPath);
  if (!opened) return mSummary->setText(q(opened.error().describe()));
  SystemClock clock;
  const packages::PackageContext context{*opened->db, opened->key, clock, currentActor()};
  auto report = packages::mergePackage(context, mPackage.toStdString(), true);
  if (!report) {
    mMergeButton->setEnabled(false);
    return mSummary->setText(q(report.error().describe()));
  }
  mSummary->setText(tr("If merged now: %1").arg(describe(*report)));
  mConflicts->showPreview(report->issues);
  if (!report->changed()) {
    mMergeButton->setEnabled(false);
    mSummary->setText(tr("Nothing new in this package since its last merge."));
  }
}

bool MergeDialog::merge() {
  // The merge as a workstation edit: with an undo stack, pushEdit keeps its report, undo withdraws the whole merge
  // (packages::undoMerge) and redo merges the package again.
  const std::string package = mPackage.toStdString();
  auto last = std::make_shared<packages::MergeReport>();
  auto operation = [package, last](Database& db) -> Result<packages::MergeReport> {
    auto key = access::fieldKey(db);
    if (!key) return key.error();
    SystemClock clock;
    auto report = packages::mergePackage({db, *key, clock, currentActor()}, package, false);
    if (report) *last = *report;
    return report;
  };
  QString error;
  bool done = false;
  if (mUndoStack) {
    done = pushEdit(
        mUndoStack, mPath, tr("Merge of work package %1").arg(QFileInfo(mPackage).fileName()), operation,
        [](Database& db, const packages::MergeReport& report) -> Status {
          auto key = access::fieldKey(db);
          if (!key) return key.error();
          SystemClock clock;
          return packages::undoMerge({db, *key, clock, currentActor()}, report);
        },
        [this] { emit merged(); },
        [this](const QString& problem) { QMessageBox::warning(this, tr("Merge Work Package"), problem); }, &error);
  } else {
    done = databaseStep(mPath, operation)(&error);
    if (done) emit merged();
  }
  if (!done) {
    mSummary->setText(error);
    return false;
  }
  mMergeButton->setEnabled(false);
  mSummary->setText(tr("Merged: %1").arg(describe(*last)));
  mConflicts->reload(last->packageId);
  return true;
}

CreatePackageDialog::CreatePackageDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent), mPath(databasePath) {
  setWindowTitle(tr("New Work Package"));
  auto* layout = new QFormLayout(this);
  mGrids = new QListWidget(this);
  if (auto db = Database::open(databasePath.toStdString(), Database::readOnlyOptions())) {
    if (auto grids = listGrids(**db))
      for (const GridRef& grid : *grids) {
        auto* item = new QListWidgetItem(QStringLiteral("%1  %2").arg(q(grid.code), q(grid.name)), mGrids);
        item->setData(Qt::UserRole, q(grid.code));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
      }
  }
  layout->addRow(tr("Grids"), mGrids);
  mUser = new QLineEdit(q(currentActor().userId >= 0 ? currentActor().name : std::string()), this);
  mUser->setPlaceholderText(tr("login of the grid worker"));
  layout->addRow(tr("For"), mUser);
  auto* fileRow = new QHBoxLayout;
  mOutput = new QLineEdit(this);
  auto* browse = new QPushButton(tr("Choose…"), this);
  connect(browse, &QPushButton::clicked, this, [this] {
    const QString file =
        QFileDialog::getSaveFileName(this, tr("Work Package"), mOutput->text(), tr("GeoPackage (*.gpkg)"));
    if (!file.isEmpty()) mOutput->setText(file.endsWith(QLatin1String(".gpkg")) ? file : file + ".gpkg");
  });
  fileRow->addWidget(mOutput, 1);
  fileRow->addWidget(browse);
  layout->addRow(tr("File"), fileRow);
  mMessage = new QLabel(tr("The grids' households, persons, key lists and recent patrols, with a QGIS/QField project "
                           "beside the file. Personal fields go masked."),
                        this);
  mMessage->setWordWrap(true);
  layout->addRow(mMessage);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  connect(buttons, &QDialogButtonBox::accepted, this, &CreatePackageDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addRow(buttons);
}

void CreatePackageDialog::accept() {
  packages::CreateRequest request;
  for (int i = 0; i < mGrids->count(); ++i)
    if (mGrids->item(i)->checkState() == Qt::Checked)
      request.gridCodes.push_back(mGrids->item(i)->data(Qt::UserRole).toString().toStdString());
  request.userLogin = mUser->text().trimmed().toStdString();
  request.output = mOutput->text().trimmed().toStdString();
  if (request.gridCodes.empty()) return mMessage->setText(tr("Tick the grids of the package."));
  if (request.output.empty()) return mMessage->setText(tr("Choose where to write the package."));
  auto opened = openWithKey(mPath);
  if (!opened) return mMessage->setText(q(opened.error().describe()));
  SystemClock clock;
  const packages::PackageContext context{*opened->db, opened->key, clock, currentActor()};
  auto made = packages::createPackage(context, request);
  if (!made) return mMessage->setText(q(made.error().describe()));
  QString project = q(request.output);
  project.replace(QRegularExpression(QStringLiteral("\\.gpkg$")), QStringLiteral(".qgz"));
  const QString problem = writePackageProject(q(request.output), project, !uiIsChinese());
  if (!problem.isEmpty()) return mMessage->setText(problem);
  QDialog::accept();
}

PackagesWindow::PackagesWindow(const QString& databasePath, QWidget* parent, QUndoStack* undoStack)
    : QDialog(parent), mPath(databasePath), mUndoStack(undoStack) {
  setWindowTitle(tr("Work Packages"));
  auto* layout = new QVBoxLayout(this);
  mTabs = new QTabWidget(this);
  auto* packagesPage = new QWidget(this);
  auto* packagesLayout = new QVBoxLayout(packagesPage);
  mPackages = new QTableWidget(0, 9, packagesPage);
  mPackages->setHorizontalHeaderLabels({tr("No."), tr("For"), tr("Grids"), tr("Made"), tr("State"), tr("Merged"),
                                        tr("Merges"), tr("Open conflicts"), tr("File")});
  mPackages->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mPackages->setSelectionBehavior(QAbstractItemView::SelectRows);
  mPackages->setSelectionMode(QAbstractItemView::SingleSelection);
  mPackages->horizontalHeader()->setStretchLastSection(true);
  mPackages->verticalHeader()->hide();
  packagesLayout->addWidget(mPackages, 1);
  auto* buttons = new QHBoxLayout;
  mMessage = new QLabel(packagesPage);
  mMessage->setWordWrap(true);
  buttons->addWidget(mMessage, 1);
  auto* create = new QPushButton(tr("New…"), packagesPage);
  connect(create, &QPushButton::clicked, this, [this] {
    CreatePackageDialog dialog(mPath, this);
    if (dialog.exec() == QDialog::Accepted) reload();
  });
  auto* merge = new QPushButton(tr("Merge…"), packagesPage);
  connect(merge, &QPushButton::clicked, this, &PackagesWindow::mergePackage);
  auto* revoke = new QPushButton(tr("Revoke"), packagesPage);
  connect(revoke, &QPushButton::clicked, this, &PackagesWindow::revokeSelected);
  buttons->addWidget(create);
  buttons->addWidget(merge);
  buttons->addWidget(revoke);
  packagesLayout->addLayout(buttons);
  mTabs->addTab(packagesPage, tr("Packages"));
  auto* conflictsPage = new QWidget(this);
  auto* conflictsLayout = new QVBoxLayout(conflictsPage);
  mShowResolved = new QCheckBox(tr("Show resolved ones too"), conflictsPage);
  connect(mShowResolved, &QCheckBox::toggled, this, [this](bool all) { mConflicts->reload(-1, all); });
  conflictsLayout->addWidget(mShowResolved);
  mConflicts = new ConflictTable(mPath, conflictsPage);
  connect(mConflicts, &ConflictTable::resolved, this, [this] {
    reload();
    emit databaseChanged();
  });
  conflictsLayout->addWidget(mConflicts, 1);
  mTabs->addTab(conflictsPage, tr("Conflicts"));
  layout->addWidget(mTabs);
  resize(1200, 560);
  reload();
}

void PackagesWindow::reload() {
  auto db = Database::open(mPath.toStdString(), Database::readOnlyOptions());
  if (!db) return mMessage->setText(q(db.error().describe()));
  auto list = packages::listPackages(**db);
  if (!list) return mMessage->setText(q(list.error().describe()));
  const QMap<QString, QString> states{{QStringLiteral("out"), tr("out")},
                                      {QStringLiteral("merged"), tr("merged")},
                                      {QStringLiteral("revoked"), tr("revoked")}};
  mPackages->setRowCount(static_cast<int>(list->size()));
  int open = 0;
  for (int r = 0; r < static_cast<int>(list->size()); ++r) {
    const packages::PackageInfo& p = (*list)[static_cast<std::size_t>(r)];
    open += p.openIssues;
    const QStringList cells = {QString::number(p.id),
                               q(p.user),
                               q(p.gridCodes),
                               q(p.createdAt).replace('T', ' ').left(16),
                               states.value(q(p.status), q(p.status)),
                               q(p.mergedAt).replace('T', ' ').left(16),
                               QString::number(p.mergeCount),
                               QString::number(p.openIssues),
                               QFileInfo(q(p.fileName)).fileName()};
    for (int c = 0; c < cells.size(); ++c) {
      auto* item = new QTableWidgetItem(cells[c]);
      if (c == 0) item->setData(Qt::UserRole, p.id);
      if (c == 7 && p.openIssues > 0) item->setForeground(QColor(190, 60, 0));
      mPackages->setItem(r, c, item);
    }
  }
  mPackages->resizeColumnsToContents();
  mConflicts->reload(-1, mShowResolved->isChecked());
  mTabs->setTabText(1, open > 0 ? tr("Conflicts (%1)").arg(open) : tr("Conflicts"));
  mMessage->setText(tr("%n package(s)", nullptr, static_cast<int>(list->size())));
}

void PackagesWindow::mergePackage() {
  const QString file =
      QFileDialog::getOpenFileName(this, tr("Merge Work Package"), QString(), tr("GeoPackage (*.gpkg)"));
  if (file.isEmpty()) return;
  MergeDialog dialog(mPath, file, this, mUndoStack);
  connect(&dialog, &MergeDialog::merged, this, [this] {
    reload();
    emit databaseChanged();
  });
  dialog.exec();
}

void PackagesWindow::revokeSelected() {
  const int row = mPackages->currentRow();
  if (row < 0) return mMessage->setText(tr("Select a package first."));
  const long long id = mPackages->item(row, 0)->data(Qt::UserRole).toLongLong();
  if (QMessageBox::question(this, tr("Revoke"), tr("Revoke package %1? Its later merge will be refused.").arg(id)) !=
      QMessageBox::Yes)
    return;
  auto opened = openWithKey(mPath);
  if (!opened) return mMessage->setText(q(opened.error().describe()));
  SystemClock clock;
  const packages::PackageContext context{*opened->db, opened->key, clock, currentActor()};
  if (auto s = packages::revokePackage(context, id); !s) return mMessage->setText(q(s.error().describe()));
  reload();
}

}  // namespace grid::app
