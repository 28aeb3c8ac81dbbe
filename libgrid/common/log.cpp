// SPDX-License-Identifier: GPL-2.0-or-later
#include "common/log.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <mutex>

namespace grid::log {
namespace {

std::mutex& sinkMutex() {
  static std::mutex mutex;
  return mutex;
}

Sink& currentSink() {
  static Sink sink;
  return sink;
}

const char* levelName(Level level) {
  switch (level) {
    case Level::Debug:
      return "debug";
    case Level::Info:
      return "info";
    case Level::Warning:
      return "warning";
  }
  return "info";
}

}  // namespace

Sink setSink(Sink sink) {
  std::lock_guard lock(sinkMutex());
  Sink previous = std::move(currentSink());
  currentSink() = std::move(sink);
  return previous;
}

void message(Level level, const std::string& source, const std::string& text) {
  std::lock_guard lock(sinkMutex());
  if (currentSink()) return currentSink()(level, source, text);
  const char* path = std::getenv("GRIDSTATION_LOG");
  if (!path || !*path) return;
  std::ofstream file(path, std::ios::app);
  char stamp[32] = {};
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  std::strftime(stamp, sizeof stamp, "%Y-%m-%d %H:%M:%S", &local);
  file << stamp << " " << levelName(level) << " [" << source << "] " << text << "\n";
}

std::string captureOutput(const std::string& source, const std::function<void()>& work) {
  static std::mutex mutex;
  std::unique_lock lock(mutex);
  std::fflush(stdout);
  std::fflush(stderr);
  // One temporary file for the process, emptied before each use: METIS runs thousands of times in a plan.
  static std::FILE* reused = std::tmpfile();
  std::FILE* sink = reused;
  if (sink && (ftruncate(fileno(sink), 0) != 0 || std::fseek(sink, 0, SEEK_SET) != 0)) sink = nullptr;
  const int savedOut = sink ? dup(1) : -1, savedErr = sink ? dup(2) : -1;
  const bool redirected =
      sink && savedOut >= 0 && savedErr >= 0 && dup2(fileno(sink), 1) >= 0 && dup2(fileno(sink), 2) >= 0;
  work();
  std::string text;
  if (sink) {
    std::fflush(stdout);
    std::fflush(stderr);
    if (savedOut >= 0) dup2(savedOut, 1), close(savedOut);
    if (savedErr >= 0) dup2(savedErr, 2), close(savedErr);
    if (redirected) {
      std::rewind(sink);
      char buffer[4096];
      for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, sink)) > 0;) text.append(buffer, n);
    }
  }
  lock.unlock();
  if (!text.empty()) message(Level::Debug, source, text);
  return text;
}

}  // namespace grid::log
