// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>
#include <vector>

#include "options.h"

namespace grid::cli {

extern const char* const kPackageUsage;

//! `gridctl package create|merge|list|conflicts|resolve|revoke DB …`: work packages out and back (issue 21).
int runPackage(const std::vector<std::string>& positional, const Options& options, bool help);

}  // namespace grid::cli
