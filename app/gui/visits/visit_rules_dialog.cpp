// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui/visits/visit_rules_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/translation.h"
#include "gui/edit/database_command.h"
#include "storage/database.h"
#include "visits/visits.h"

namespace grid::app {

namespace {
QString q(const std::string& text) {
  return QString::fromStdString(text);
}
enum Column { Object, Category, Colour, Every, Unit, Name, Active };
}  // namespace

VisitRulesDialog::VisitRulesDialog(QString databasePath, QUndoStack* stack, QWidget* parent)
    : QDialog(parent), mPath(std::move(databasePath)), mStack(stack) {
  setWindowTitle(tr("Visit Frequency Rules"));
  resize(900, 620);
  auto* layout = new QVBoxLayout(this);
  auto* help = new QLabel(tr("An object is visited as often as the strictest rule that matches it says; an empty "
                             "category or colour matches any. A month after 31 January is the last day of February."),
                          this);
  help->setWordWrap(true);
  layout->addWidget(help);
  mTable = new QTableWidget(0, 7, this);
  mTable->setHorizontalHeaderLabels(
      {tr("Object"), tr("Category"), tr("Colour"), tr("Every"), tr("Unit"), tr("Name"), tr("Active")});
  mTable->verticalHeader()->hide();
  mTable->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
  layout->addWidget(mTable, 1);
  mMessage = new QLabel(this);
  mMessage->setWordWrap(true);
  mMessage->setStyleSheet(QStringLiteral("color: #b71c1c"));
  layout->addWidget(mMessage);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
  connect(buttons, &QDialogButtonBox::accepted, this, [this] {
    if (save()) accept();
  });
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);
  reload();
}

void VisitRulesDialog::reload() {
  mTable->setRowCount(0);
  auto db = Database::open(mPath.toStdString(), Database::readOnlyOptions());
  if (!db) return mMessage->setText(q(db.error().describe()));
  auto rules = registry::loadVisitRules(**db, false);
  if (!rules) return mMessage->setText(q(rules.error().describe()));
  mRules = std::move(*rules);
  const bool english = !uiIsChinese();
  mTable->setRowCount(static_cast<int>(mRules.size()));
  for (int r = 0; r < static_cast<int>(mRules.size()); ++r) {
    const registry::VisitRule& rule = mRules[static_cast<std::size_t>(r)];
    auto fixed = [&](int column, const QString& text) {
      auto* item = new QTableWidgetItem(text);
      item->setFlags(item->flags() & ~Qt::ItemIsEditable);
      mTable->setItem(r, column, item);
    };
    fixed(Object, q(visits::objectTypeName(rule.objectType, english)));
    fixed(Category, rule.category.empty() ? tr("(any)") : q(rule.category));
    fixed(Colour, rule.colour.empty() ? tr("(any)") : q(rule.colour));
    auto* every = new QSpinBox(mTable);
    every->setRange(1, 366);
    every->setValue(rule.every);
    mTable->setCellWidget(r, Every, every);
    auto* unit = new QComboBox(mTable);
    unit->addItem(tr("days"), QStringLiteral("day"));
    unit->addItem(tr("weeks"), QStringLiteral("week"));
    unit->addItem(tr("months"), QStringLiteral("month"));
    unit->setCurrentIndex(std::max(0, unit->findData(q(rule.unit))));
    mTable->setCellWidget(r, Unit, unit);
    mTable->setItem(r, Name, new QTableWidgetItem(q(english ? rule.nameEn : rule.nameZh)));
    auto* active = new QTableWidgetItem();
    active->setFlags((active->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
    active->setCheckState(rule.active ? Qt::Checked : Qt::Unchecked);
    mTable->setItem(r, Active, active);
  }
  mTable->resizeColumnsToContents();
  mTable->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
}

bool VisitRulesDialog::save() {
  const bool english = !uiIsChinese();
  for (int r = 0; r < static_cast<int>(mRules.size()); ++r) {
    registry::VisitRule rule = mRules[static_cast<std::size_t>(r)];
    rule.every = static_cast<QSpinBox*>(mTable->cellWidget(r, Every))->value();
    rule.unit = static_cast<QComboBox*>(mTable->cellWidget(r, Unit))->currentData().toString().toStdString();
    (english ? rule.nameEn : rule.nameZh) = mTable->item(r, Name)->text().trimmed().toStdString();
    rule.active = mTable->item(r, Active)->checkState() == Qt::Checked;
    const registry::VisitRule& before = mRules[static_cast<std::size_t>(r)];
    if (rule.every == before.every && rule.unit == before.unit && rule.nameZh == before.nameZh &&
        rule.nameEn == before.nameEn && rule.active == before.active)
      continue;
    QString error;
    const bool ok = pushRecordEdit(
        mStack, mPath, tr("Change visit rule %1").arg(rule.id),
        [rule](Database& db) { return registry::saveVisitRule(db, SystemClock(), workstationActor(), rule); }, {}, {},
        &error);
    if (!ok) {
      mMessage->setText(tr("Rule %1: %2").arg(rule.id).arg(error));
      return false;
    }
    mRules[static_cast<std::size_t>(r)] = rule;
  }
  return true;
}

}  // namespace grid::app
