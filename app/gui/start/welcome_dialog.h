// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDialog>
#include <QString>

class QLabel;

namespace grid::app {

/**
 * The first screen when no database is open: open the demo district (generated once into the user's data folder),
 * open a database, or start a new one from a buildings or boundaries file (the database takes the data's
 * Gauss-Krüger zone). Long steps run in the background with progress and Cancel. databasePath() is what to open.
 */
class WelcomeDialog : public QDialog {
  Q_OBJECT
 public:
  explicit WelcomeDialog(QWidget* parent = nullptr);
  QString databasePath() const { return mPath; }

 private:
  void openDemo();
  void openExisting();
  void startFromData();

  QString mPath;
  QLabel* mStatus = nullptr;
};

}  // namespace grid::app
