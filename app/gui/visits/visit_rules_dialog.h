// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDialog>
#include <vector>

#include "registry/visit_rules.h"

class QLabel;
class QTableWidget;
class QUndoStack;

namespace grid::app {

/**
 * 走访频次规则: the visit frequency rules as a table — object, category, colour, every N days/weeks/months, name,
 * active. Changed rows are saved through libgrid (checked, audited) as one undoable edit each; administrators only,
 * as the database's guard decides.
 */
class VisitRulesDialog : public QDialog {
  Q_OBJECT

 public:
  VisitRulesDialog(QString databasePath, QUndoStack* stack, QWidget* parent = nullptr);
  QTableWidget* table() const { return mTable; }
  //! Saves the rows that differ from the database; false with the message shown when one is refused.
  bool save();
  void reload();

 private:
  QString mPath;
  QUndoStack* mStack;
  QTableWidget* mTable = nullptr;
  QLabel* mMessage = nullptr;
  std::vector<registry::VisitRule> mRules;
};

}  // namespace grid::app
