// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <map>
#include <string>
#include <vector>

namespace grid::cli {

extern const char* const kVisitsUsage;
extern const char* const kDashboardUsage;

//! `gridctl visits due|log|report|rules|rule DB …`: patrols and visits under the frequency rules.
int runVisits(const std::vector<std::string>& positional, const std::map<std::string, std::string>& options, bool help);
//! `gridctl dashboard DB [--place LEVEL:CODE] [--month YYYY-MM] [--children] [--records KEY]`.
int runDashboard(const std::vector<std::string>& positional, const std::map<std::string, std::string>& options,
                 bool help);

}  // namespace grid::cli
