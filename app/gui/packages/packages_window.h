// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDialog>

#include "packages/work_package.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QUndoStack;

namespace grid::app {

/**
 * Conflicts and refusals a merge kept (per field: the base, ours, theirs and why), with 保留本库 / 采用工作包 / 编辑值
 * for the selected row. Used by the merge dialog and the packages window.
 */
class ConflictTable : public QWidget {
  Q_OBJECT

 public:
  ConflictTable(const QString& databasePath, QWidget* parent = nullptr);
  //! Shows the open conflicts of \a packageId (−1: all packages), or every one with \a all.
  void reload(long long packageId, bool all = false);
  //! Shows \a issues as a dry run found them (no resolution buttons: nothing is kept yet).
  void showPreview(const std::vector<packages::MergeIssue>& issues);
  QTableWidget* table() const { return mTable; }
  int rows() const;

 signals:
  void resolved();

 private:
  void fill(const std::vector<packages::MergeIssue>& issues, const QStringList& statuses, const QStringList& users);
  void resolve(packages::Resolution resolution);

  QString mPath;
  long long mPackageId = -1;
  bool mAll = false;
  QTableWidget* mTable = nullptr;
  QLabel* mMessage = nullptr;
  QList<QPushButton*> mButtons;
};

//! 合并工作包: a dry run first (what would be added, updated, moved out, and the conflicts), then the merge, then the
//! conflicts it kept with their resolution buttons.
class MergeDialog : public QDialog {
  Q_OBJECT

 public:
  //! With \a undoStack, a merge goes on it: Ctrl+Z undoes the whole merge (packages::undoMerge), Ctrl+Y merges again.
  MergeDialog(const QString& databasePath, const QString& packagePath, QWidget* parent = nullptr,
              QUndoStack* undoStack = nullptr);
  //! Runs the merge (the dialog's 合并 button); false with the message shown when refused.
  bool merge();
  ConflictTable* conflicts() const { return mConflicts; }
  QLabel* summary() const { return mSummary; }

 signals:
  void merged();

 private:
  void preview();
  QString describe(const packages::MergeReport& report) const;

  QString mPath, mPackage;
  QUndoStack* mUndoStack = nullptr;
  QLabel* mSummary = nullptr;
  ConflictTable* mConflicts = nullptr;
  QPushButton* mMergeButton = nullptr;
};

//! 新建工作包: the grids (of one community), whose package, where to write it; writes the .gpkg and the .qgz.
class CreatePackageDialog : public QDialog {
  Q_OBJECT

 public:
  CreatePackageDialog(const QString& databasePath, QWidget* parent = nullptr);
  void accept() override;

 private:
  QString mPath;
  QListWidget* mGrids = nullptr;
  QLineEdit* mUser = nullptr;
  QLineEdit* mOutput = nullptr;
  QLabel* mMessage = nullptr;
};

//! 工作包: the packages made from this database (to whom, grids, since when, merged, revoked, open conflicts) and all
//! open conflicts; new, merge and revoke.
class PackagesWindow : public QDialog {
  Q_OBJECT

 public:
  PackagesWindow(const QString& databasePath, QWidget* parent = nullptr, QUndoStack* undoStack = nullptr);
  void reload();
  QTabWidget* tabs() const { return mTabs; }
  QTableWidget* packagesTable() const { return mPackages; }
  ConflictTable* conflicts() const { return mConflicts; }

 signals:
  void databaseChanged();

 private:
  void mergePackage();
  void revokeSelected();

  QString mPath;
  QUndoStack* mUndoStack = nullptr;
  QTabWidget* mTabs = nullptr;
  QTableWidget* mPackages = nullptr;
  ConflictTable* mConflicts = nullptr;
  QCheckBox* mShowResolved = nullptr;
  QLabel* mMessage = nullptr;
};

}  // namespace grid::app
