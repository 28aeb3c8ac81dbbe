// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDialog>
#include <QString>

class QLabel;

namespace grid {
class Progress;
}

namespace grid::app {

/**
 * Makes the demo district at \a path (built under path.partial and moved into place, so a failed or cancelled run
 * leaves nothing). Returns the error, empty on success. Runs on any thread.
 */
QString makeDemoDatabase(const QString& path, Progress& progress);

/**
 * Makes a new database at \a path in the Gauss-Krüger zone of the buildings in \a data and imports them. Nothing
 * is left at \a path when no building could be imported. Returns the error (empty on success) and fills \a summary.
 */
QString makeDatabaseFromData(const QString& data, const QString& path, Progress& progress, QString* summary);

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
