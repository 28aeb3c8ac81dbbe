// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <map>
#include <string>
#include <vector>

namespace grid::cli {

//! `gridctl links suggest --db DB --community CODE [--limit 5] [--commit]`.
int runLinks(const std::vector<std::string>& positional, const std::map<std::string, std::string>& options, bool help);

//! `gridctl bench links [--households N]`: link suggestion for every community of a generated demo district.
int runLinksBenchmark(const std::map<std::string, std::string>& options);

}  // namespace grid::cli
