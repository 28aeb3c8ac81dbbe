// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>
#include <string_view>

#include "common/result.h"

namespace grid {

//! Level of an administrative-division code, by length (DOMAIN.md §1.2).
enum class DivisionLevel {
  County,     //!< 6 digits, GB/T 2260
  Street,     //!< 9 digits, + GB/T 10114 (001-099 street office, 100-199 town, 200-399 township, 400-599 other)
  Community,  //!< 12 digits, NBS statistical code (village part 001-199 residents' committee, 200-399 village)
};

//! Validates a 6-digit county-level code: digits, a plausible province prefix (11-82), not ending in "0000" twice.
Status validateCountyCode(std::string_view code);

//! Validates a 9-digit street code; a town/township code is accepted only when \a allowTowns is set.
Status validateStreetCode(std::string_view code, bool allowTowns = false);

/**
 * Validates a 12-digit NBS community code: a valid street part and a village part 001-199 (residents'
 * committee). Village committees (200-399) and 4xx/5xx units are accepted only when \a allowVillages is set.
 */
Status validateCommunityCode(std::string_view code, bool allowVillages = false);

/**
 * Validates a 15-digit grid code = 12-digit community code + 3-digit sequence 001-999 (GB/T 30428.1 layout).
 * When \a communityCode is not empty the grid code must start with it.
 */
Status validateGridCode(std::string_view code, std::string_view communityCode = {});

//! Grid code for \a sequence (1-999) in a community.
Result<std::string> makeGridCode(std::string_view communityCode, int sequence);

//! Display form with a separator so codes never look like ID numbers: 440310001002003 → 440310001002-003;
//! an 18-digit building code → 440310001002003-007.
std::string formatCodeForDisplay(std::string_view code);

}  // namespace grid
