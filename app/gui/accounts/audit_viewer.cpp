// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui/accounts/audit_viewer.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

#include "access/audit.h"
#include "common/clock.h"
#include "storage/database.h"
#include "storage/record_writer.h"

namespace grid::app {

AuditViewer::AuditViewer(const QString& databasePath, QWidget* parent) : QDialog(parent), mPath(databasePath) {
  setWindowTitle(tr("Audit Log"));
  auto* layout = new QVBoxLayout(this);
  auto* filters = new QHBoxLayout;
  mActor = new QLineEdit(this);
  mActor->setPlaceholderText(tr("who (login)"));
  mAction = new QComboBox(this);
  mAction->addItem(tr("any action"), QString());
  const QList<QPair<QString, QString>> actions = {
      {QStringLiteral("login"), tr("sign-in")}, {QStringLiteral("insert"), tr("add")},
      {QStringLiteral("update"), tr("change")}, {QStringLiteral("delete"), tr("delete")},
      {QStringLiteral("reveal"), tr("reveal")}, {QStringLiteral("export"), tr("export")},
      {QStringLiteral("import"), tr("import")}};
  for (const auto& [code, text] : actions) mAction->addItem(text, code);
  mTableName = new QLineEdit(this);
  mTableName->setPlaceholderText(tr("table"));
  mRecord = new QLineEdit(this);
  mRecord->setPlaceholderText(tr("record no."));
  mFrom = new QDateEdit(QDate::currentDate().addMonths(-1), this);
  mTo = new QDateEdit(QDate::currentDate(), this);
  for (QDateEdit* date : {mFrom, mTo}) {
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
  }
  auto* show = new QPushButton(tr("Show"), this);
  connect(show, &QPushButton::clicked, this, &AuditViewer::reload);
  filters->addWidget(mActor);
  filters->addWidget(mAction);
  filters->addWidget(mTableName);
  filters->addWidget(mRecord);
  filters->addWidget(new QLabel(tr("from"), this));
  filters->addWidget(mFrom);
  filters->addWidget(new QLabel(tr("to"), this));
  filters->addWidget(mTo);
  filters->addWidget(show);
  layout->addLayout(filters);
  mTable = new QTableWidget(0, 7, this);
  mTable->setHorizontalHeaderLabels(
      {tr("No."), tr("Time"), tr("Who"), tr("Action"), tr("Record"), tr("Change"), tr("Reason")});
  mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
  mTable->horizontalHeader()->setStretchLastSection(true);
  mTable->verticalHeader()->hide();
  layout->addWidget(mTable);
  auto* bottom = new QHBoxLayout;
  mMessage = new QLabel(this);
  mMessage->setWordWrap(true);
  bottom->addWidget(mMessage, 1);
  auto* verifyButton = new QPushButton(tr("Verify Hash Chain"), this);
  connect(verifyButton, &QPushButton::clicked, this, &AuditViewer::verify);
  auto* exportButton = new QPushButton(tr("Export…"), this);
  connect(exportButton, &QPushButton::clicked, this, &AuditViewer::exportRows);
  bottom->addWidget(verifyButton);
  bottom->addWidget(exportButton);
  layout->addLayout(bottom);
  resize(1100, 600);
  reload();
}

static access::AuditFilter filterOf(QLineEdit* actor, QComboBox* action, QLineEdit* table, QLineEdit* record,
                                    QDateEdit* from, QDateEdit* to) {
  access::AuditFilter filter;
  filter.actor = actor->text().trimmed().toStdString();
  filter.action = action->currentData().toString().toStdString();
  filter.table = table->text().trimmed().toStdString();
  bool ok = false;
  const long long id = record->text().trimmed().toLongLong(&ok);
  if (ok) filter.recordId = id;
  filter.from = from->date().toString(QStringLiteral("yyyy-MM-dd")).toStdString();
  filter.to = to->date().toString(QStringLiteral("yyyy-MM-dd")).toStdString();
  return filter;
}

void AuditViewer::reload() {
  auto db = Database::open(mPath.toStdString(), Database::readOnlyOptions());
  if (!db) return mMessage->setText(QString::fromStdString(db.error().describe()));
  auto rows = access::queryAudit(**db, filterOf(mActor, mAction, mTableName, mRecord, mFrom, mTo));
  if (!rows) return mMessage->setText(QString::fromStdString(rows.error().describe()));
  mTable->setRowCount(static_cast<int>(rows->size()));
  int r = 0;
  for (const access::AuditRow& row : *rows) {
    const QString change = QString::fromStdString(row.before.empty()  ? row.after
                                                  : row.after.empty() ? row.before
                                                                      : row.before + " → " + row.after);
    const QStringList cells = {QString::number(row.id),
                               QString::fromStdString(row.at),
                               QString::fromStdString(row.actor),
                               QString::fromStdString(row.action),
                               QStringLiteral("%1 #%2").arg(QString::fromStdString(row.table)).arg(row.recordId),
                               change.left(400),
                               QString::fromStdString(row.reason)};
    for (int c = 0; c < cells.size(); ++c) mTable->setItem(r, c, new QTableWidgetItem(cells[c]));
    ++r;
  }
  mTable->resizeColumnsToContents();
  mTable->setColumnWidth(5, std::min(mTable->columnWidth(5), 520));  // the change: wide, but not the whole width
  mMessage->setText(tr("%n row(s)", nullptr, static_cast<int>(rows->size())));
}

void AuditViewer::verify() {
  auto db = Database::open(mPath.toStdString(), Database::readOnlyOptions());
  if (!db) return mMessage->setText(QString::fromStdString(db.error().describe()));
  auto broken = verifyAuditChain(**db);
  if (!broken) return mMessage->setText(QString::fromStdString(broken.error().describe()));
  mMessage->setText(*broken < 0 ? tr("The hash chain is intact: no row was changed or removed.")
                                : tr("The hash chain breaks at row %1: rows from there on were altered.").arg(*broken));
}

void AuditViewer::exportRows() {
  const QString path =
      QFileDialog::getSaveFileName(this, tr("Export Audit Rows"), QStringLiteral("audit.csv"), tr("CSV (*.csv)"));
  if (path.isEmpty()) return;
  auto db = Database::open(mPath.toStdString());
  if (!db) return mMessage->setText(QString::fromStdString(db.error().describe()));
  SystemClock clock;
  auto rows =
      access::exportAudit(**db, clock, filterOf(mActor, mAction, mTableName, mRecord, mFrom, mTo), path.toStdString());
  mMessage->setText(rows ? tr("Exported %1 row(s) to %2").arg(*rows).arg(path)
                         : QString::fromStdString(rows.error().message));
}

}  // namespace grid::app
