// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>
#include <string_view>

#include "common/result.h"

namespace grid {

enum class PhoneKind { Mobile, Landline, Service };

struct PhoneNumber {
  std::string normalized;  //!< mobile: 11 digits; landline: "area-local[-ext]"; service: 5 digits (12345)
  PhoneKind kind = PhoneKind::Mobile;
};

/**
 * Validates a mainland phone number. Mobile: 11 digits starting 13-19 (a +86/0086 prefix and blanks or dashes
 * are removed). Landline: area code 010/02x (3 digits) or 0xxx (4 digits) plus a 7-8 digit local number, with an
 * optional extension after '-' or '转'. Service: 5-digit government hotlines such as 12345.
 */
Result<PhoneNumber> validatePhone(std::string_view text);

//! Display mask: mobile 138****0000; landline keeps area code and last 2 digits; other text fully starred.
std::string maskPhone(std::string_view phone);

}  // namespace grid
