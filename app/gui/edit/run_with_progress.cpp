// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui/edit/run_with_progress.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>
#include <memory>

#include "common/progress.h"

namespace grid::app {

QString runWithProgress(QWidget* parent, const QString& title, const std::function<std::string(Progress&)>& job) {
  QProgressDialog dialog(title, QObject::tr("Cancel"), 0, 1000, parent);
  dialog.setWindowModality(Qt::WindowModal);
  dialog.setMinimumDuration(0);
  auto progress = std::make_shared<Progress>([&dialog](double fraction, const std::string& stage) {
    QMetaObject::invokeMethod(
        &dialog,
        [&dialog, fraction, text = QString::fromStdString(stage)] {
          dialog.setValue(static_cast<int>(fraction * 1000));
          if (!text.isEmpty()) dialog.setLabelText(text);
        },
        Qt::QueuedConnection);
  });
  QObject::connect(&dialog, &QProgressDialog::canceled, [progress] { progress->cancel(); });
  QFutureWatcher<std::string> watcher;
  QEventLoop loop;
  QObject::connect(&watcher, &QFutureWatcher<std::string>::finished, &loop, &QEventLoop::quit);
  watcher.setFuture(QtConcurrent::run([job, progress] { return job(*progress); }));
  loop.exec();
  return QString::fromStdString(watcher.result());
}

}  // namespace grid::app
