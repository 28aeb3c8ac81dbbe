// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <functional>
#include <string>

class QWidget;

namespace grid {
class Progress;
}

namespace grid::app {

//! Runs \a job on a worker thread while a progress dialog shows its stage; Cancel asks the job to stop.
//! Returns the job's error message (empty when it succeeded).
QString runWithProgress(QWidget* parent, const QString& title, const std::function<std::string(Progress&)>& job);

}  // namespace grid::app
