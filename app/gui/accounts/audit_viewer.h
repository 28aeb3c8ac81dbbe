// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace grid::app {

/**
 * 审计日志: filter by who, what, table, record and dates; verify the hash chain; export the filtered rows. What a
 * row shows is what libgrid's scope gives the signed-in user (an auditor: field names only, nothing personal).
 */
class AuditViewer : public QDialog {
  Q_OBJECT

 public:
  AuditViewer(const QString& databasePath, QWidget* parent = nullptr);
  void reload();
  QTableWidget* table() const { return mTable; }

 private:
  void verify();
  void exportRows();

  QString mPath;
  QLineEdit* mActor = nullptr;
  QComboBox* mAction = nullptr;
  QLineEdit* mTableName = nullptr;
  QLineEdit* mRecord = nullptr;
  QDateEdit* mFrom = nullptr;
  QDateEdit* mTo = nullptr;
  QTableWidget* mTable = nullptr;
  QLabel* mMessage = nullptr;
};

}  // namespace grid::app
