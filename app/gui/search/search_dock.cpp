// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui/search/search_dock.h"

#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "access/session.h"
#include "storage/database.h"
#include "storage/database_key.h"

namespace grid::app {
namespace {

std::vector<SearchHit> runSearch(const QString& path, const QString& text) {
  auto database = Database::open(path.toStdString(), Database::readOnlyOptions());
  if (!database) return {};
  auto key = access::fieldKey(**database);  // without the key, ID-number search is skipped
  auto hits = search(**database, key ? &*key : nullptr, text.trimmed().toStdString());
  return hits ? *hits : std::vector<SearchHit>{};
}

}  // namespace

SearchDock::SearchDock(QWidget* parent) : QDockWidget(tr("Search"), parent) {
  setObjectName(QStringLiteral("SearchDock"));
  auto* content = new QWidget(this);
  auto* layout = new QVBoxLayout(content);
  layout->setContentsMargins(2, 2, 2, 2);
  mEdit = new QLineEdit(content);
  mEdit->setPlaceholderText(tr("Grid code or name, building, person name or ID number"));
  mEdit->setClearButtonEnabled(true);
  mResults = new QListWidget(content);
  layout->addWidget(mEdit);
  layout->addWidget(mResults, 1);
  setWidget(content);
  mDebounce.setSingleShot(true);
  mDebounce.setInterval(200);
  connect(mEdit, &QLineEdit::textChanged, &mDebounce, qOverload<>(&QTimer::start));
  connect(mEdit, &QLineEdit::returnPressed, this, [this] {
    if (mResults->count() > 0) activate(mResults->item(0));
  });
  connect(&mDebounce, &QTimer::timeout, this, &SearchDock::startSearch);
  connect(&mWatcher, &QFutureWatcher<std::vector<SearchHit>>::finished, this, &SearchDock::showResults);
  connect(mResults, &QListWidget::itemActivated, this, &SearchDock::activate);
  connect(mResults, &QListWidget::itemClicked, this, &SearchDock::activate);
}

void SearchDock::setDatabase(const QString& path) {
  mDatabasePath = path;
  mResults->clear();
  mHits.clear();
}

void SearchDock::startSearch() {
  if (mDatabasePath.isEmpty()) return;
  ++mSequence;
  if (mWatcher.isRunning()) {  // one query at a time; the newest text runs next
    mPending = true;
    return;
  }
  mPending = false;
  mRunningSequence = mSequence;
  mWatcher.setFuture(QtConcurrent::run(runSearch, mDatabasePath, mEdit->text()));
}

void SearchDock::showResults() {
  if (mPending || mRunningSequence != mSequence) {  // typing went on: this answer is stale
    startSearch();
    return;
  }
  mHits = mWatcher.result();
  mResults->clear();
  for (std::size_t i = 0; i < mHits.size(); ++i) {
    const SearchHit& hit = mHits[i];
    const QString kind = hit.kind == SearchKind::Grid       ? tr("Grid")
                         : hit.kind == SearchKind::Building ? tr("Building")
                                                            : tr("Person");
    auto* item = new QListWidgetItem(
        QStringLiteral("[%1] %2  %3").arg(kind, QString::fromStdString(hit.label), QString::fromStdString(hit.detail)),
        mResults);
    item->setData(Qt::UserRole, static_cast<int>(i));
  }
  emit resultsShown(static_cast<int>(mHits.size()));
}

void SearchDock::activate(QListWidgetItem* item) {
  if (!item) return;
  const int index = item->data(Qt::UserRole).toInt();
  if (index >= 0 && index < static_cast<int>(mHits.size())) emit hitActivated(mHits[static_cast<std::size_t>(index)]);
}

}  // namespace grid::app
