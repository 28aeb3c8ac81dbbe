// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <atomic>
#include <csignal>

#include "common/progress.h"

namespace grid::cli {

//! The running job's progress, so Ctrl-C cancels it cleanly (the job stops at its next check and rolls back).
inline std::atomic<Progress*> g_progress{nullptr};

extern "C" inline void onInterrupt(int) {
  if (Progress* progress = g_progress.load()) progress->cancel();
}

//! Installs \a progress as the target of Ctrl-C for its lifetime.
class CancelOnInterrupt {
 public:
  explicit CancelOnInterrupt(Progress& progress) {
    g_progress.store(&progress);
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
  }
  ~CancelOnInterrupt() {
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    g_progress.store(nullptr);
  }
};

}  // namespace grid::cli
