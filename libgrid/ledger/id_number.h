// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>
#include <string_view>

#include "common/result.h"

namespace grid {

enum class Sex { Male, Female };

//! The parts of a valid 18-character citizen ID number (GB 11643-1999).
struct IdNumberInfo {
  std::string normalized;   //!< 18 characters, check character upper-case
  std::string addressCode;  //!< 6-digit GB/T 2260 code where the number was issued (not the current hukou)
  int birthYear = 0;
  int birthMonth = 0;
  int birthDay = 0;
  Sex sex = Sex::Male;  //!< odd 17th digit = male
};

//! Check character for the first 17 digits: ISO 7064 MOD 11-2, '0'..'9' or 'X'.
char idNumberCheckCharacter(std::string_view first17);

/**
 * Validates an 18-character ID number: digits, a real birth date no later than \a todayIso (YYYY-MM-DD) and not
 * before 1850, and the check character. A lower-case 'x' and surrounding blanks are accepted and normalised.
 * The message says which part is wrong and what to do.
 */
Result<IdNumberInfo> validateIdNumber(std::string_view text, std::string_view todayIso);

//! The birth date an ID number carries, as YYYY-MM-DD.
std::string isoBirthDate(const IdNumberInfo& info);

//! Converts an old 15-digit number (GB 11643-1989) to 18 digits: inserts "19" and appends the check character.
Result<std::string> upgradeIdNumber15(std::string_view text);

//! Display mask: first 6 + 8 '*' + last 4 (110101********1234). Anything not 15/18 long is fully starred.
std::string maskIdNumber(std::string_view idNumber);

}  // namespace grid
