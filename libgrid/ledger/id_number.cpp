// SPDX-License-Identifier: GPL-2.0-or-later
#include "ledger/id_number.h"

#include <array>
#include <cctype>
#include <cstdio>

#include "common/civil_date.h"
#include "ledger/text_util.h"

namespace grid {
namespace {

constexpr std::array<int, 17> kWeights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr std::string_view kCheckCharacters = "10X98765432";

int toInt(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

}  // namespace

char idNumberCheckCharacter(std::string_view first17) {
  int sum = 0;
  for (std::size_t i = 0; i < kWeights.size() && i < first17.size(); ++i) sum += (first17[i] - '0') * kWeights[i];
  return kCheckCharacters[sum % 11];
}

Result<IdNumberInfo> validateIdNumber(std::string_view text, std::string_view todayIso) {
  std::string id = trimmed(text);
  if (id.empty()) return makeError(ErrorCode::InvalidInput, "ID number is empty; enter the 18-character number.");
  if (!id.empty() && id.back() == 'x') id.back() = 'X';
  if (id.size() == 15 && allDigits(id))
    return makeError(ErrorCode::InvalidInput,
                     "This is an old 15-digit ID number; convert it to 18 characters (insert 19 before the year and "
                     "add the check character).");
  if (id.size() != 18)
    return makeError(ErrorCode::InvalidInput, "ID number must have 18 characters, this one has " +
                                                  std::to_string(id.size()) + "; check for missing or extra digits.");
  if (!allDigits(std::string_view(id).substr(0, 17)))
    return makeError(ErrorCode::InvalidInput, "The first 17 characters of an ID number must be digits.");
  const char last = id[17];
  if (!(std::isdigit(static_cast<unsigned char>(last)) || last == 'X'))
    return makeError(ErrorCode::InvalidInput, "The last character of an ID number must be a digit or X.");
  if (id[0] == '0' || id.substr(0, 6) == "000000")
    return makeError(ErrorCode::InvalidInput, "The address code (first 6 digits) is not a valid division code.");

  IdNumberInfo info;
  info.birthYear = toInt(std::string_view(id).substr(6, 4));
  info.birthMonth = toInt(std::string_view(id).substr(10, 2));
  info.birthDay = toInt(std::string_view(id).substr(12, 2));
  const bool dateValid = info.birthYear >= 1850 && info.birthMonth >= 1 && info.birthMonth <= 12 &&
                         info.birthDay >= 1 && info.birthDay <= daysInMonth(info.birthYear, info.birthMonth);
  if (!dateValid)
    return makeError(ErrorCode::InvalidInput,
                     "Digits 7-14 of the ID number are not a real birth date (YYYYMMDD); check the date part.");
  if (todayIso.size() >= 10) {
    const std::string birth = id.substr(6, 8);
    const std::string today =
        std::string(todayIso.substr(0, 4)) + std::string(todayIso.substr(5, 2)) + std::string(todayIso.substr(8, 2));
    if (birth > today)
      return makeError(ErrorCode::InvalidInput, "The birth date in the ID number lies in the future; check it.");
  }
  const char expected = idNumberCheckCharacter(id);
  if (expected != last)
    return makeError(ErrorCode::InvalidInput, std::string("The ID number's check character does not match (expected ") +
                                                  expected + "); a digit was probably mistyped.");
  info.normalized = id;
  info.addressCode = id.substr(0, 6);
  info.sex = ((id[16] - '0') % 2 == 1) ? Sex::Male : Sex::Female;
  return info;
}

Result<std::string> upgradeIdNumber15(std::string_view text) {
  const std::string id = trimmed(text);
  if (id.size() != 15 || !allDigits(id))
    return makeError(ErrorCode::InvalidInput, "An old ID number has exactly 15 digits.");
  std::string upgraded = id.substr(0, 6) + "19" + id.substr(6);
  upgraded += idNumberCheckCharacter(upgraded);
  return upgraded;
}

std::string maskIdNumber(std::string_view idNumber) {
  if (idNumber.size() == 18 || idNumber.size() == 15)
    return std::string(idNumber.substr(0, 6)) + std::string(idNumber.size() - 10, '*') +
           std::string(idNumber.substr(idNumber.size() - 4));
  return std::string(idNumber.size(), '*');
}

std::string isoBirthDate(const IdNumberInfo& info) {
  char date[16];
  std::snprintf(date, sizeof date, "%04d-%02d-%02d", info.birthYear, info.birthMonth, info.birthDay);
  return date;
}

}  // namespace grid
