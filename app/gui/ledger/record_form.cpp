// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui/ledger/record_form.h"

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
      if (column.sensitive && row)
        line->setToolTip(tr("Masked. Leave it to keep the stored value, or type the full new value."));
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

}  // namespace grid::app
