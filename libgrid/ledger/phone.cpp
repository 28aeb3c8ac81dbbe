// SPDX-License-Identifier: GPL-2.0-or-later
#include "ledger/phone.h"

#include "ledger/text_util.h"

namespace grid {
namespace {

std::string withoutSeparators(std::string_view text) {
  std::string out;
  for (char c : text)
    if (c != ' ' && c != '-' && c != '(' && c != ')') out += c;
  return out;
}

//! Area codes: 010 and 02x are three digits; every other area code is four digits (0xxx).
int areaCodeLength(std::string_view digits) {
  if (digits.size() >= 3 && digits[0] == '0' && (digits.substr(0, 3) == "010" || digits[1] == '2')) return 3;
  return 4;
}

}  // namespace

Result<PhoneNumber> validatePhone(std::string_view text) {
  std::string raw = trimmed(text);
  if (raw.empty()) return makeError(ErrorCode::InvalidInput, "Phone number is empty.");
  // The country prefix goes first, so its separator is not taken for an extension's.
  for (std::string_view prefix : {std::string_view("+86"), std::string_view("0086")}) {
    if (raw.rfind(prefix, 0) == 0) {
      raw = trimmed(std::string_view(raw).substr(prefix.size()));
      if (!raw.empty() && raw[0] == '-') raw = raw.substr(1);
      break;
    }
  }

  std::string extension;
  for (std::string_view marker : {std::string_view("转"), std::string_view("ext"), std::string_view("#")}) {
    if (const auto at = raw.find(marker); at != std::string::npos) {
      extension = withoutSeparators(std::string_view(raw).substr(at + marker.size()));
      raw = raw.substr(0, at);
      break;
    }
  }
  // A landline written as 0755-12345678-123 carries its extension after the second dash.
  if (extension.empty() && !raw.empty() && raw[0] == '0') {
    const auto first = raw.find('-');
    const auto second = first == std::string::npos ? std::string::npos : raw.find('-', first + 1);
    if (second != std::string::npos) {
      extension = raw.substr(second + 1);
      raw = raw.substr(0, second);
    }
  }
  const std::string digits = withoutSeparators(raw);
  if (!allDigits(digits) || (!extension.empty() && !allDigits(extension)))
    return makeError(ErrorCode::InvalidInput, "Phone number may contain only digits, spaces, dashes and +86.");

  if (digits.size() == 11 && digits[0] == '1') {
    if (digits[1] < '3')
      return makeError(ErrorCode::InvalidInput, "Mobile numbers start with 13-19; check the second digit.");
    if (!extension.empty()) return makeError(ErrorCode::InvalidInput, "A mobile number has no extension.");
    return PhoneNumber{digits, PhoneKind::Mobile};
  }
  if (digits.size() == 5 && digits[0] == '1') return PhoneNumber{digits, PhoneKind::Service};
  if (digits[0] == '0') {
    const int areaLength = areaCodeLength(digits);
    const std::size_t localLength = digits.size() - areaLength;
    if (localLength < 7 || localLength > 8 || digits[areaLength] == '0' || digits[areaLength] == '1')
      return makeError(
          ErrorCode::InvalidInput,
          "Landline must be an area code (010, 02x or 0xxx) and a 7-8 digit local number, e.g. 0755-83000000.");
    std::string normalized = digits.substr(0, areaLength) + "-" + digits.substr(areaLength);
    if (!extension.empty()) normalized += "-" + extension;
    return PhoneNumber{normalized, PhoneKind::Landline};
  }
  if (digits.size() == 11) return makeError(ErrorCode::InvalidInput, "Mobile numbers start with 1 and have 11 digits.");
  return makeError(ErrorCode::InvalidInput,
                   "Not a phone number: enter an 11-digit mobile (13800138000) or a landline with area code "
                   "(0755-83000000).");
}

std::string maskPhone(std::string_view phone) {
  const std::string digits = withoutSeparators(phone);
  if (digits.size() == 11 && digits[0] == '1') return digits.substr(0, 3) + "****" + digits.substr(7);
  if (digits.size() >= 10 && digits[0] == '0') {
    const int areaLength = areaCodeLength(digits);
    return digits.substr(0, areaLength) + "-" + std::string(digits.size() - areaLength - 2, '*') +
           digits.substr(digits.size() - 2);
  }
  return std::string(phone.size(), '*');
}

}  // namespace grid
