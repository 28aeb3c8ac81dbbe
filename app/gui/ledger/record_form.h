// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDialog>
#include <QMap>
#include <QString>
#include <vector>

#include "registry/list_spec.h"
#include "registry/list_table.h"
#include "registry/record_edit.h"

class QLabel;

namespace grid::app {

/**
 * The form of one record of a list, built from the list's columns: drop-downs for code tables and fixed choices,
 * text fields for the rest (ID numbers and phones show their masked copies and stay unchanged unless retyped).
 * A problem is shown in red beside its field; the dialog stays open until the save succeeds.
 */
class RecordForm : public QDialog {
  Q_OBJECT

 public:
  RecordForm(registry::ListKind kind, const registry::CodeBook& codes, const registry::ListRow* row, QWidget* parent);
  //! Values of the editable fields: all of them for a new record, only the changed ones for an existing one.
  registry::RecordValues values() const;
  void setValue(const QString& key, const QString& text);
  void showIssues(const std::vector<registry::FieldIssue>& issues, const QString& other = QString());
  QWidget* editor(const QString& key) const { return mEditors.value(key); }
  QLabel* message(const QString& key) const { return mMessages.value(key); }

 private:
  QString current(const QString& key) const;
  const registry::ListSpec& mSpec;
  QMap<QString, QWidget*> mEditors;
  QMap<QString, QLabel*> mMessages;
  QMap<QString, QString> mInitial;
  QLabel* mGeneral = nullptr;
  bool mNew = true;
};

}  // namespace grid::app
