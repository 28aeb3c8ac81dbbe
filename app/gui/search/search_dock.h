// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDockWidget>
#include <QFutureWatcher>
#include <QTimer>
#include <vector>

#include "storage/search.h"

class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace grid::app {

/**
 * Search box: grid code or name, building code, name or address, person name or ID number. Queries run on a worker
 * thread with their own read-only connection, 200 ms after typing pauses; a result that arrives after newer typing is
 * dropped, so typing never waits for a query. Activating a hit emits hitActivated.
 */
class SearchDock : public QDockWidget {
  Q_OBJECT

 public:
  explicit SearchDock(QWidget* parent = nullptr);
  void setDatabase(const QString& path);
  QLineEdit* lineEdit() const { return mEdit; }
  QListWidget* results() const { return mResults; }

 signals:
  void hitActivated(const grid::SearchHit& hit);
  //! Emitted when a query's results are shown (for tests and status messages).
  void resultsShown(int count);

 private:
  void startSearch();
  void showResults();
  void activate(QListWidgetItem* item);

  QLineEdit* mEdit = nullptr;
  QListWidget* mResults = nullptr;
  QTimer mDebounce;
  QString mDatabasePath;
  QFutureWatcher<std::vector<SearchHit>> mWatcher;
  std::vector<SearchHit> mHits;
  int mSequence = 0;         //!< the latest query started
  int mRunningSequence = 0;  //!< the query the watcher is running
  bool mPending = false;     //!< newer text arrived while a query ran
};

}  // namespace grid::app
