// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <functional>
#include <string>

namespace grid::log {

enum class Level { Debug, Info, Warning };

/**
 * libgrid's log: where messages that are not for the user's standard output go (a library's own chatter, such as
 * METIS's, in its words). The process installs a sink (gridctl and the workstation write a log file); without one
 * a message is appended to the file named by GRIDSTATION_LOG, else dropped. Thread-safe.
 */
using Sink = std::function<void(Level, const std::string& source, const std::string& message)>;

//! Installs \a sink for the whole process (empty: back to the default); returns the previous one.
Sink setSink(Sink sink);

void message(Level level, const std::string& source, const std::string& text);

/**
 * Runs \a work with the process's standard output and standard error sent to a temporary file, then logs what was
 * written there under \a source and returns it. For C libraries that print instead of returning messages (METIS).
 * Calls are serialised; anything another thread prints meanwhile is captured too, so keep \a work short.
 */
std::string captureOutput(const std::string& source, const std::function<void()>& work);

}  // namespace grid::log
