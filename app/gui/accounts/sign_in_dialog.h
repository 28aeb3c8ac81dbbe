// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDialog>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace grid::access {
struct Session;
}

namespace grid::app {

/**
 * 登录: sign-in to a database with accounts. Remembers the last login name (never the password), shows libgrid's
 * refusal (wrong password, wait N s, locked) and, after a first sign-in or a reset, asks for a new password before
 * the session is handed out. In lock mode (idle lock) the login is fixed to the signed-in user and "Switch user"
 * ends the dialog with SwitchUser.
 */
class SignInDialog : public QDialog {
  Q_OBJECT

 public:
  enum Result { SwitchUser = 2 };
  SignInDialog(const QString& databasePath, const QString& lockedLogin, QWidget* parent = nullptr);
  ~SignInDialog() override;

  std::shared_ptr<const access::Session> session() const { return mSession; }

  /**
   * Signs in to \a databasePath: the dialog until success or cancel, then the new-password dialog if required.
   * Automation: GRIDSTATION_USER and GRIDSTATION_PASSWORD sign in without a dialog (screenshots, GUI tests).
   * Returns nullptr when cancelled, with \a error set when signing in failed without a dialog.
   */
  static std::shared_ptr<const access::Session> signIn(QWidget* parent, const QString& databasePath, QString* error);

 private:
  void attempt();

  QString mPath;
  QLineEdit* mLogin = nullptr;
  QLineEdit* mPassword = nullptr;
  QLabel* mMessage = nullptr;
  std::shared_ptr<const access::Session> mSession;
};

//! 修改密码: the signed-in user's own change (current, new, repeat); shown when a password must be changed.
class ChangePasswordDialog : public QDialog {
  Q_OBJECT

 public:
  ChangePasswordDialog(const QString& databasePath, const access::Session& session, bool required,
                       QWidget* parent = nullptr);

 private:
  void attempt();

  QString mPath;
  const access::Session& mSession;
  QLineEdit* mCurrent = nullptr;
  QLineEdit* mNew = nullptr;
  QLineEdit* mRepeat = nullptr;
  QLabel* mMessage = nullptr;
};

}  // namespace grid::app
