// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui/accounts/users_window.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "access/accounts.h"
#include "access/session.h"
#include "common/clock.h"
#include "core/translation.h"
#include "storage/database.h"
#include "storage/hierarchy_query.h"

namespace grid::app {
namespace {

bool chinese() {
  return uiIsChinese();
}

//! Role codes with their names in the UI language.
QList<QPair<QString, QString>> roles(Database& db) {
  QList<QPair<QString, QString>> out;
  if (auto codes = codeNames(db, "user_role", chinese()))
    for (const auto& [code, name] : *codes)
      out << qMakePair(QString::fromStdString(code), QString::fromStdString(name));
  return out;
}

//! Asks for a role and a scope (LEVEL:CODE); false when cancelled.
bool askGrant(QWidget* parent, Database& db, const QString& title, QString* role, QString* scope,
              QString* login = nullptr, QString* name = nullptr, QString* password = nullptr) {
  QDialog dialog(parent);
  dialog.setWindowTitle(title);
  auto* form = new QFormLayout(&dialog);
  QLineEdit* loginEdit = nullptr;
  QLineEdit* nameEdit = nullptr;
  QLineEdit* passwordEdit = nullptr;
  if (login) {
    loginEdit = new QLineEdit(&dialog);
    nameEdit = new QLineEdit(&dialog);
    passwordEdit = new QLineEdit(&dialog);
    passwordEdit->setEchoMode(QLineEdit::Password);
    form->addRow(QObject::tr("Login name"), loginEdit);
    form->addRow(QObject::tr("Display name"), nameEdit);
    form->addRow(QObject::tr("Initial password"), passwordEdit);
  }
  auto* roleBox = new QComboBox(&dialog);
  for (const auto& [code, text] : roles(db)) roleBox->addItem(QStringLiteral("%1 (%2)").arg(text, code), code);
  form->addRow(QObject::tr("Role"), roleBox);
  auto* scopeEdit = new QLineEdit(&dialog);
  scopeEdit->setPlaceholderText(QStringLiteral("grid:440310001001003 · community:440310001001 · street:440310001"));
  form->addRow(QObject::tr("Over (level:code)"), scopeEdit);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
  QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
  QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
  form->addRow(buttons);
  dialog.setMinimumWidth(460);
  if (dialog.exec() != QDialog::Accepted) return false;
  *role = roleBox->currentData().toString();
  *scope = scopeEdit->text().trimmed();
  if (login) {
    *login = loginEdit->text().trimmed();
    *name = nameEdit->text().trimmed();
    *password = passwordEdit->text();
  }
  return true;
}

}  // namespace

UsersWindow::UsersWindow(const QString& databasePath, QWidget* parent) : QDialog(parent), mPath(databasePath) {
  setWindowTitle(tr("Users and Roles"));
  auto* layout = new QVBoxLayout(this);
  mTable = new QTableWidget(0, 5, this);
  mTable->setHorizontalHeaderLabels(
      {tr("Login"), tr("Name"), tr("Roles over places"), tr("State"), tr("Last sign-in")});
  mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
  mTable->setSelectionMode(QAbstractItemView::SingleSelection);
  mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
  mTable->verticalHeader()->hide();
  layout->addWidget(mTable);
  auto* row = new QHBoxLayout;
  const QList<QPair<QString, std::function<void()>>> actions = {
      {tr("Add…"), [this] { addUser(); }},
      {tr("Grant Role…"), [this] { grantOrRevoke(true); }},
      {tr("Revoke Role…"), [this] { grantOrRevoke(false); }},
      {tr("Reset Password…"), [this] { resetPassword(); }},
      {tr("Unlock"), [this] { setState(QStringLiteral("unlock")); }},
      {tr("Deactivate"), [this] { setState(QStringLiteral("deactivate")); }},
      {tr("Activate"), [this] { setState(QStringLiteral("activate")); }},
  };
  for (const auto& [text, action] : actions) {
    auto* button = new QPushButton(text, this);
    connect(button, &QPushButton::clicked, this, action);
    row->addWidget(button);
  }
  row->addStretch();
  layout->addLayout(row);
  mMessage = new QLabel(this);
  mMessage->setWordWrap(true);
  layout->addWidget(mMessage);
  resize(900, 480);
  reload();
}

void UsersWindow::reload() {
  auto db = Database::open(mPath.toStdString(), Database::readOnlyOptions());
  if (!db) return report(QString::fromStdString(db.error().describe()), QString());
  auto users = access::listUsers(**db);
  if (!users) return report(QString::fromStdString(users.error().describe()), QString());
  mTable->setRowCount(static_cast<int>(users->size()));
  int r = 0;
  for (const access::UserInfo& user : *users) {
    QStringList grants;
    for (const access::Grant& grant : user.grants)
      grants << QStringLiteral("%1 @ %2").arg(QString::fromStdString(access::roleName(**db, grant.role)),
                                              QString::fromStdString(grant.scopeCode));
    QStringList state;
    if (!user.active) state << tr("inactive");
    if (user.locked) state << tr("locked");
    if (user.mustChangePassword) state << tr("must change password");
    if (state.isEmpty()) state << tr("active");
    const QStringList cells = {QString::fromStdString(user.login), QString::fromStdString(user.displayName),
                               grants.join(QStringLiteral("; ")), state.join(QStringLiteral(", ")),
                               QString::fromStdString(user.lastSignInAt)};
    for (int c = 0; c < cells.size(); ++c) mTable->setItem(r, c, new QTableWidgetItem(cells[c]));
    ++r;
  }
  mTable->resizeColumnsToContents();
}

QString UsersWindow::selectedLogin() const {
  const int row = mTable->currentRow();
  return row >= 0 && mTable->item(row, 0) ? mTable->item(row, 0)->text() : QString();
}

void UsersWindow::report(const QString& error, const QString& done) {
  mMessage->setStyleSheet(error.isEmpty() ? QString() : QStringLiteral("color: #b00020"));
  mMessage->setText(error.isEmpty() ? done : error);
  if (error.isEmpty()) reload();
}

void UsersWindow::addUser() {
  auto db = Database::open(mPath.toStdString());
  if (!db) return report(QString::fromStdString(db.error().describe()), QString());
  QString role, scope, login, name, password;
  if (!askGrant(this, **db, tr("Add User"), &role, &scope, &login, &name, &password)) return;
  auto grant = access::parseScope(**db, scope.toStdString());
  if (!grant) return report(QString::fromStdString(grant.error().message), QString());
  SystemClock clock;
  auto id = access::addUser(
      **db, clock, {login.toStdString(), name.toStdString(), password.toStdString(), role.toStdString(), *grant, -1});
  report(id ? QString() : QString::fromStdString(id.error().message),
         tr("Added %1; the password must be changed at first sign-in.").arg(login));
}

void UsersWindow::grantOrRevoke(bool grant) {
  const QString login = selectedLogin();
  if (login.isEmpty()) return report(tr("Choose an account first."), QString());
  auto db = Database::open(mPath.toStdString());
  if (!db) return report(QString::fromStdString(db.error().describe()), QString());
  QString role, scope;
  if (!askGrant(this, **db, grant ? tr("Grant Role to %1").arg(login) : tr("Revoke Role of %1").arg(login), &role,
                &scope))
    return;
  auto place = access::parseScope(**db, scope.toStdString());
  if (!place) return report(QString::fromStdString(place.error().message), QString());
  SystemClock clock;
  auto s = grant ? access::grantRole(**db, clock, login.toStdString(), role.toStdString(), *place)
                 : access::revokeRole(**db, clock, login.toStdString(), role.toStdString(), *place);
  report(s ? QString() : QString::fromStdString(s.error().message), grant ? tr("Granted.") : tr("Revoked."));
}

void UsersWindow::resetPassword() {
  const QString login = selectedLogin();
  if (login.isEmpty()) return report(tr("Choose an account first."), QString());
  bool ok = false;
  const QString password = QInputDialog::getText(this, tr("Reset Password"), tr("New password for %1:").arg(login),
                                                 QLineEdit::Password, QString(), &ok);
  if (!ok) return;
  auto db = Database::open(mPath.toStdString());
  if (!db) return report(QString::fromStdString(db.error().describe()), QString());
  SystemClock clock;
  auto s = access::resetPassword(**db, clock, login.toStdString(), password.toStdString());
  report(s ? QString() : QString::fromStdString(s.error().message),
         tr("Reset and unlocked %1; the password must be changed at the next sign-in.").arg(login));
}

void UsersWindow::setState(const QString& what) {
  const QString login = selectedLogin();
  if (login.isEmpty()) return report(tr("Choose an account first."), QString());
  auto db = Database::open(mPath.toStdString());
  if (!db) return report(QString::fromStdString(db.error().describe()), QString());
  SystemClock clock;
  auto s = what == QLatin1String("unlock")
               ? access::unlockUser(**db, clock, login.toStdString())
               : access::setUserActive(**db, clock, login.toStdString(), what == QLatin1String("activate"));
  report(s ? QString() : QString::fromStdString(s.error().message), tr("Done: %1.").arg(login));
}

}  // namespace grid::app
