// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace grid {

//! Name in lists for non-owners: first and last character kept, the middle starred (张*华, 李*). UTF-8 aware.
std::string maskName(std::string_view name);

}  // namespace grid
