// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <atomic>
#include <functional>
#include <string>

namespace grid {

//! Progress report and cancel request shared between a long job and whoever shows it.
//! Thread-safe: the job calls report()/isCancelled(), the UI calls cancel().
class Progress {
 public:
  using Callback = std::function<void(double fraction, const std::string& stage)>;

  Progress() = default;
  explicit Progress(Callback callback) : m_callback(std::move(callback)) {}

  //! fraction in [0, 1]; stage is a short user-facing label.
  void report(double fraction, const std::string& stage = {}) {
    if (m_callback) m_callback(fraction, stage);
  }
  void cancel() { m_cancelled.store(true); }
  bool isCancelled() const { return m_cancelled.load(); }

 private:
  Callback m_callback;
  std::atomic<bool> m_cancelled{false};
};

}  // namespace grid
