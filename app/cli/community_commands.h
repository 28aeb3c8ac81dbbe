// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <map>
#include <string>
#include <vector>

namespace grid::cli {

extern const char* const kDeliberationUsage;
extern const char* const kEmergencyUsage;
extern const char* const kServiceCircleUsage;

//! `gridctl deliberation open|advance|return|withdraw|link|publish|print|show|list DB …`: 四事五议.
int runDeliberation(const std::vector<std::string>& positional, const std::map<std::string, std::string>& options,
                    bool help);
//! `gridctl emergency units|unit DB …`: minimal emergency units.
int runEmergency(const std::vector<std::string>& positional, const std::map<std::string, std::string>& options,
                 bool help);
//! `gridctl service-circle DB (--community CODE | --all) …`: the 15-minute service circle.
int runServiceCircle(const std::vector<std::string>& positional, const std::map<std::string, std::string>& options,
                     bool help);

}  // namespace grid::cli
