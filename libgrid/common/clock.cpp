// SPDX-License-Identifier: GPL-2.0-or-later
#include "common/clock.h"

#include <chrono>
#include <ctime>

namespace grid {

std::string SystemClock::nowIso() const {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buffer;
}

std::string todayIso() {
  return SystemClock().today();
}

}  // namespace grid
