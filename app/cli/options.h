// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <map>
#include <string>

namespace grid::cli {

//! A command's --name value options, as gridctl parses them.
using Options = std::map<std::string, std::string>;

//! The value of --\a name, or \a fallback when it was not given.
inline std::string option(const Options& options, const std::string& name, const std::string& fallback = {}) {
  auto it = options.find(name);
  return it == options.end() ? fallback : it->second;
}

}  // namespace grid::cli
