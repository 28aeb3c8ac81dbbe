// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui/ledger/stale_edit_dialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace grid::app {

StaleEditDialog::StaleEditDialog(const registry::RecordValues& ours, const std::vector<registry::StaleField>& theirs,
                                 QWidget* parent)
    : QDialog(parent), mOurs(ours), mTheirs(theirs) {
  setWindowTitle(tr("Changed by Someone Else"));
  auto* layout = new QVBoxLayout(this);
  auto* note =
      new QLabel(tr("Someone saved this record after you opened it. Nothing of yours is saved yet. For each "
                    "field they changed, keep yours (ticked) or take theirs (cleared), then save again."));
  note->setWordWrap(true);
  layout->addWidget(note);
  mTable = new QTableWidget(static_cast<int>(theirs.size()), 5, this);
  mTable->setHorizontalHeaderLabels({tr("Keep mine"), tr("Field"), tr("Mine"), tr("Theirs (saved now)"), tr("By")});
  mTable->verticalHeader()->hide();
  mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
  for (int row = 0; row < static_cast<int>(theirs.size()); ++row) {
    const registry::StaleField& field = theirs[static_cast<std::size_t>(row)];
    const auto mine = ours.find(field.key);
    const bool edited = !field.key.empty() && mine != ours.end();
    auto* keep = new QTableWidgetItem();
    keep->setFlags(edited ? Qt::ItemIsUserCheckable | Qt::ItemIsEnabled : Qt::ItemIsEnabled);
    keep->setCheckState(edited && mine->second != field.theirs ? Qt::Checked : Qt::Unchecked);
    mTable->setItem(row, 0, keep);
    mTable->setItem(row, 1, new QTableWidgetItem(QString::fromStdString(field.label)));
    const std::string& mineShown = field.oursText.empty() && edited ? mine->second : field.oursText;
    mTable->setItem(row, 2,
                    new QTableWidgetItem(edited ? QString::fromStdString(mineShown) : tr("(not in this form)")));
    mTable->setItem(row, 3,
                    new QTableWidgetItem(QString::fromStdString(
                        field.theirsText.empty() && !field.theirs.empty() ? field.theirs : field.theirsText)));
    mTable->setItem(row, 4,
                    new QTableWidgetItem(QStringLiteral("%1 · %2").arg(
                        QString::fromStdString(field.who),
                        QString::fromStdString(field.at).left(16).replace(QLatin1Char('T'), QLatin1Char(' ')))));
  }
  mTable->horizontalHeader()->setStretchLastSection(true);
  mTable->resizeColumnsToContents();
  layout->addWidget(mTable);
  auto* buttons = new QDialogButtonBox(this);
  buttons->addButton(tr("Save with My Choices"), QDialogButtonBox::AcceptRole);
  buttons->addButton(tr("Discard My Changes"), QDialogButtonBox::RejectRole);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);
  resize(std::max(760, mTable->horizontalHeader()->length() + 40), 320);
}

registry::RecordValues StaleEditDialog::merged() const {
  registry::RecordValues values = mOurs;
  for (int row = 0; row < mTable->rowCount(); ++row) {
    const registry::StaleField& field = mTheirs[static_cast<std::size_t>(row)];
    if (field.key.empty() || mTable->item(row, 0)->checkState() == Qt::Checked) continue;
    if (values.count(field.key)) values[field.key] = field.theirs;  // theirs stays: ours is not sent
  }
  return values;
}

}  // namespace grid::app
