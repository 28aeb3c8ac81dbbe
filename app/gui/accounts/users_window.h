// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace grid::app {

/**
 * 用户管理: the administrator's window. Lists accounts with their roles over places, state and last sign-in; adds
 * an account, grants and revokes roles, resets a password, unlocks, deactivates. Every action is a libgrid call
 * that checks the admin permission and is audited; refusals are shown as libgrid words them.
 */
class UsersWindow : public QDialog {
  Q_OBJECT

 public:
  UsersWindow(const QString& databasePath, QWidget* parent = nullptr);
  void reload();
  QTableWidget* table() const { return mTable; }

 private:
  QString selectedLogin() const;
  void addUser();
  void grantOrRevoke(bool grant);
  void resetPassword();
  void setState(const QString& what);
  void report(const QString& error, const QString& done);

  QString mPath;
  QTableWidget* mTable = nullptr;
  QLabel* mMessage = nullptr;
};

}  // namespace grid::app
