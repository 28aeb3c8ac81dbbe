// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/process_setup.h"

#include <cstdlib>
#include <ctime>

namespace grid::app {

void applyProcessSetup() {
  if (std::getenv("TZ") == nullptr) {
    ::setenv("TZ", ":/etc/localtime", 0);
    ::tzset();
  }
}

}  // namespace grid::app
