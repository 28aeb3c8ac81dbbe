// SPDX-License-Identifier: GPL-2.0-or-later
// MainWindow's offline work: one community of a server database into a file, and the file's edits back.
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>

#include "access/session.h"
#include "gui/edit/community_offline.h"
#include "gui/edit/community_picker.h"
#include "gui/edit/run_with_progress.h"
#include "gui/map/main_window.h"
#include "storage/database.h"
#include "storage/database_copy.h"
#include "storage/server_admin.h"

namespace grid::app {

void MainWindow::takeCommunityOffline() {
  if (!Database::isServerAddress(mDatabasePath.toStdString())) return;
  QDialog dialog(this);
  dialog.setWindowTitle(tr("Take a Community Offline"));
  auto* form = new QFormLayout(&dialog);
  auto* explanation = new QLabel(
      tr("The community's places, households, persons, events and ledgers are copied into a file, with the district's "
         "accounts, so the same people sign in to it. Edit it without the server, then send the edits back with "
         "File ▸ Send Offline Edits to the Server…; records changed on the server in the meantime are named, not "
         "overwritten."),
      &dialog);
  explanation->setWordWrap(true);
  form->addRow(explanation);
  auto* community = new QComboBox(&dialog);
  QString code, error;
  if (!refillCommunities(community, mDatabasePath, &code, &error) || code.isEmpty()) {
    QMessageBox::warning(this, dialog.windowTitle(), error.isEmpty() ? tr("This database has no community.") : error);
    return;
  }
  form->addRow(tr("Community:"), community);
  auto* file = new QLineEdit(&dialog);
  auto suggest = [&] {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    file->setText(QDir(folder).filePath(community->currentText() + QStringLiteral(".sqlite")));
  };
  suggest();
  connect(community, qOverload<int>(&QComboBox::currentIndexChanged), &dialog, suggest);
  auto* browse = new QPushButton(tr("Browse…"), &dialog);
  connect(browse, &QPushButton::clicked, &dialog, [&] {
    const QString chosen =
        QFileDialog::getSaveFileName(&dialog, tr("Offline file"), file->text(), tr("GridStation database (*.sqlite)"));
    if (!chosen.isEmpty()) file->setText(chosen);
  });
  auto* row = new QHBoxLayout;
  row->addWidget(file, 1);
  row->addWidget(browse);
  form->addRow(tr("File:"), row);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Take Offline"));
  connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
  form->addRow(buttons);
  dialog.resize(560, dialog.sizeHint().height());
  if (dialog.exec() != QDialog::Accepted) return;

  const QString server = mDatabasePath, chosenCode = community->currentData().toString(), path = file->text();
  CommunityCopyReport report;
  const QString failed = runWithProgress(this, tr("Copying the community…"), [&](Progress& progress) {
    return grid::app::takeCommunityOffline(server, chosenCode, path, progress, &report).toStdString();
  });
  if (!failed.isEmpty()) {
    QMessageBox::warning(this, tr("Take a Community Offline"), failed);
    return;
  }
  if (QMessageBox::question(this, tr("Take a Community Offline"),
                            tr("%1 is in %2: %n record(s). Open the file now?", nullptr, static_cast<int>(report.rows))
                                .arg(community->currentText(), path)) == QMessageBox::Yes) {
    QString openError;
    if (!openDatabase(path, &openError)) statusBar()->showMessage(openError, 8000);
  }
}

void MainWindow::sendOfflineEdits() {
  const auto pulled = pulledFileOf(mDatabasePath);
  if (!pulled) return;
  const QString title = tr("Send Offline Edits to the Server");
  if (!pulled->pushed.isEmpty()) {
    QMessageBox::information(this, title,
                             tr("This file's edits were sent already (%1). Take the community offline again to go "
                                "on working without the server.")
                                 .arg(pulled->pushed));
    return;
  }
  QDialog dialog(this);
  dialog.setWindowTitle(title);
  auto* form = new QFormLayout(&dialog);
  auto* explanation = new QLabel(
      tr("What this file changed in community %1 since it was taken offline is written to the server. When someone "
         "changed the same record on the server in the meantime, nothing is written and the records are named.")
          .arg(pulled->name.isEmpty() ? pulled->community
                                      : QStringLiteral("%1 (%2)").arg(pulled->name, pulled->community)),
      &dialog);
  explanation->setWordWrap(true);
  form->addRow(explanation);
  auto* server = new QLineEdit(pulled->server, &dialog);
  form->addRow(tr("Server database:"), server);
  auto session = access::processSession();
  auto* login = new QLineEdit(session ? QString::fromStdString(session->actor.name) : QString(), &dialog);
  form->addRow(tr("Sign in to the server as:"), login);
  auto* password = new QLineEdit(&dialog);
  password->setEchoMode(QLineEdit::Password);
  form->addRow(tr("Password:"), password);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Send"));
  connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
  form->addRow(buttons);
  password->setFocus();
  dialog.resize(560, dialog.sizeHint().height());
  if (dialog.exec() != QDialog::Accepted) return;

  const QString file = mDatabasePath, address = server->text().trimmed(), user = login->text().trimmed(),
                secret = password->text();
  CommunityCopyReport report;
  const QString failed = runWithProgress(this, tr("Sending the edits…"), [&](Progress& progress) {
    return grid::app::sendOfflineEdits(file, address, user, secret, progress, &report).toStdString();
  });
  if (!failed.isEmpty()) {
    QMessageBox::warning(this, title, failed);
    return;
  }
  const QString done = tr("Sent: %1 new, %2 changed, %3 removed record(s).")
                           .arg(report.inserted)
                           .arg(report.updated)
                           .arg(report.deleted);
  updateAccountUi();  // the file is marked as sent
  if (QMessageBox::question(this, title, done + QLatin1Char(' ') + tr("Open the server database now?")) ==
      QMessageBox::Yes) {
    QString openError;
    if (!openDatabase(address, &openError)) statusBar()->showMessage(openError, 8000);
  } else {
    statusBar()->showMessage(done, 8000);
  }
}

}  // namespace grid::app
