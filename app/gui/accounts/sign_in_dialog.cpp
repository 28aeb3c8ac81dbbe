// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui/accounts/sign_in_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>
#include <cstdlib>

#include "access/accounts.h"
#include "access/session.h"
#include "common/clock.h"
#include "storage/database.h"

namespace grid::app {

SignInDialog::SignInDialog(const QString& databasePath, const QString& lockedLogin, QWidget* parent)
    : QDialog(parent), mPath(databasePath) {
  setWindowTitle(lockedLogin.isEmpty() ? tr("Sign In") : tr("Locked"));
  auto* layout = new QVBoxLayout(this);
  auto* intro = new QLabel(lockedLogin.isEmpty()
                               ? tr("This database has accounts. Sign in to see and change what your roles allow.")
                               : tr("The workstation was locked after a time without use. Enter your password to go "
                                    "on, or switch user."),
                           this);
  intro->setWordWrap(true);
  layout->addWidget(intro);
  auto* form = new QFormLayout;
  mLogin = new QLineEdit(this);
  mLogin->setObjectName(QStringLiteral("login"));
  mPassword = new QLineEdit(this);
  mPassword->setObjectName(QStringLiteral("password"));
  mPassword->setEchoMode(QLineEdit::Password);
  form->addRow(tr("Login name"), mLogin);
  form->addRow(tr("Password"), mPassword);
  layout->addLayout(form);
  mMessage = new QLabel(this);
  mMessage->setObjectName(QStringLiteral("message"));
  mMessage->setWordWrap(true);
  mMessage->setStyleSheet(QStringLiteral("color: #b00020"));
  layout->addWidget(mMessage);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign In"));
  if (!lockedLogin.isEmpty()) {
    QPushButton* other = buttons->addButton(tr("Switch User"), QDialogButtonBox::ResetRole);
    connect(other, &QPushButton::clicked, this, [this] { done(SwitchUser); });
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Quit"));
    mLogin->setText(lockedLogin);
    mLogin->setReadOnly(true);
  } else {
    mLogin->setText(QSettings().value(QStringLiteral("signin/login")).toString());
  }
  connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::attempt);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);
  (mLogin->text().isEmpty() ? mLogin : mPassword)->setFocus();
  setMinimumWidth(420);
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::attempt() {
  auto db = Database::open(mPath.toStdString());
  if (!db) {
    mMessage->setText(QString::fromStdString(db.error().describe()));
    return;
  }
  SystemClock clock;
  auto session = access::signIn(**db, clock, mLogin->text().trimmed().toStdString(), mPassword->text().toStdString());
  mPassword->clear();
  if (!session) {
    mMessage->setText(QString::fromStdString(session.error().message));
    return;
  }
  QSettings().setValue(QStringLiteral("signin/login"), mLogin->text().trimmed());
  mSession = std::make_shared<access::Session>(std::move(*session));
  accept();
}

std::shared_ptr<const access::Session> SignInDialog::signIn(QWidget* parent, const QString& databasePath,
                                                            QString* error) {
  std::shared_ptr<const access::Session> session;
  const char* user = std::getenv("GRIDSTATION_USER");
  const char* password = std::getenv("GRIDSTATION_PASSWORD");
  if (user && *user && password) {  // automation: screenshots and GUI tests
    auto db = Database::open(databasePath.toStdString());
    if (!db) {
      if (error) *error = QString::fromStdString(db.error().describe());
      return nullptr;
    }
    SystemClock clock;
    auto signedIn = access::signIn(**db, clock, user, password);
    if (!signedIn) {
      if (error) *error = QString::fromStdString(signedIn.error().message);
      return nullptr;
    }
    return std::make_shared<access::Session>(std::move(*signedIn));
  }
  SignInDialog dialog(databasePath, QString(), parent);
  if (dialog.exec() != QDialog::Accepted) return nullptr;
  session = dialog.session();
  if (session->mustChangePassword) {
    ChangePasswordDialog change(databasePath, *session, /*required=*/true, parent);
    if (change.exec() != QDialog::Accepted) return nullptr;
  }
  return session;
}

ChangePasswordDialog::ChangePasswordDialog(const QString& databasePath, const access::Session& session, bool required,
                                           QWidget* parent)
    : QDialog(parent), mPath(databasePath), mSession(session) {
  setWindowTitle(tr("Change Password"));
  auto* layout = new QVBoxLayout(this);
  auto* intro = new QLabel(required ? tr("This is your first sign-in, or an administrator reset your password: choose "
                                         "your own password now.")
                                    : tr("Choose a new password."),
                           this);
  intro->setWordWrap(true);
  layout->addWidget(intro);
  auto* form = new QFormLayout;
  for (QLineEdit** edit : {&mCurrent, &mNew, &mRepeat}) {
    *edit = new QLineEdit(this);
    (*edit)->setEchoMode(QLineEdit::Password);
  }
  form->addRow(tr("Current password"), mCurrent);
  form->addRow(tr("New password"), mNew);
  form->addRow(tr("Repeat new password"), mRepeat);
  layout->addLayout(form);
  auto* rules = new QLabel(tr("At least 10 characters with letters and digits, not containing your login name."), this);
  rules->setWordWrap(true);
  layout->addWidget(rules);
  mMessage = new QLabel(this);
  mMessage->setWordWrap(true);
  mMessage->setStyleSheet(QStringLiteral("color: #b00020"));
  layout->addWidget(mMessage);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::attempt);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);
  setMinimumWidth(420);
}

void ChangePasswordDialog::attempt() {
  if (mNew->text() != mRepeat->text()) {
    mMessage->setText(tr("The two new passwords differ."));
    return;
  }
  auto db = Database::open(mPath.toStdString());
  if (!db) {
    mMessage->setText(QString::fromStdString(db.error().describe()));
    return;
  }
  SystemClock clock;
  auto changed =
      access::changePassword(**db, clock, mSession, mCurrent->text().toStdString(), mNew->text().toStdString());
  if (!changed) {
    mMessage->setText(QString::fromStdString(changed.error().message));
    return;
  }
  accept();
}

}  // namespace grid::app
