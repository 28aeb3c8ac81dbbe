// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/process_setup.h"

#include <cstdlib>
#include <ctime>
#include <filesystem>

namespace grid::app {

void applyProcessSetup() {
  if (std::getenv("TZ") == nullptr) {
    ::setenv("TZ", ":/etc/localtime", 0);
    ::tzset();
  }
  // libgrid's log (a library's own chatter, such as METIS's, and engine details): a file in the user's state
  // folder unless GRIDSTATION_LOG names one. Never the terminal.
  if (std::getenv("GRIDSTATION_LOG") == nullptr) {
    const char* state = std::getenv("XDG_STATE_HOME");
    const char* home = std::getenv("HOME");
    std::filesystem::path dir = state && *state ? std::filesystem::path(state) / "gridstation"
                                : home && *home ? std::filesystem::path(home) / ".local/state/gridstation"
                                                : std::filesystem::path();
    std::error_code error;
    if (!dir.empty() && (std::filesystem::create_directories(dir, error), !error))
      ::setenv("GRIDSTATION_LOG", (dir / "gridstation.log").c_str(), 0);
  }
}

}  // namespace grid::app
