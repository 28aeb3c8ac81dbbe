// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <map>
#include <string>
#include <vector>

namespace grid::cli {

extern const char* const kEventsUsage;

//! `gridctl events report|act|show|list|classes|stats|import-duties|export-duties DB …`.
int runEvents(const std::vector<std::string>& positional, const std::map<std::string, std::string>& options, bool help);

}  // namespace grid::cli
