// SPDX-License-Identifier: GPL-2.0-or-later
#include "ledger/division_code.h"

#include "ledger/text_util.h"

namespace grid {
namespace {

int toInt(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

Status requireDigits(std::string_view code, std::size_t length, const char* what) {
  if (code.size() != length || !allDigits(code))
    return makeError(ErrorCode::InvalidInput, std::string(what) + " must be exactly " + std::to_string(length) +
                                                  " digits; got \"" + std::string(code) + "\".");
  return {};
}

}  // namespace

Status validateCountyCode(std::string_view code) {
  if (auto s = requireDigits(code, 6, "A county-level division code"); !s) return s;
  const int province = toInt(code.substr(0, 2));
  if (province < 11 || province > 82)
    return makeError(ErrorCode::InvalidInput,
                     "Division code \"" + std::string(code) + "\" does not start with a province code (11-82).");
  if (code.substr(2, 4) == "0000")
    return makeError(ErrorCode::InvalidInput,
                     "Division code \"" + std::string(code) + "\" is a province, not a county or district.");
  return {};
}

Status validateStreetCode(std::string_view code, bool allowTowns) {
  if (auto s = requireDigits(code, 9, "A street code"); !s) return s;
  if (auto s = validateCountyCode(code.substr(0, 6)); !s) return s;
  const int street = toInt(code.substr(6, 3));
  if (street == 0) return makeError(ErrorCode::InvalidInput, "Street part (digits 7-9) must not be 000.");
  if (street > 99 && !allowTowns)
    return makeError(ErrorCode::InvalidInput,
                     "Street part " + std::string(code.substr(6, 3)) +
                         " is not a street office (001-099); towns and townships are 100-399.");
  if (street > 599) return makeError(ErrorCode::InvalidInput, "Street part must be 001-599.");
  return {};
}

Status validateCommunityCode(std::string_view code, bool allowVillages) {
  if (auto s = requireDigits(code, 12, "A community code"); !s) return s;
  if (auto s = validateStreetCode(code.substr(0, 9), true); !s) return s;
  const int village = toInt(code.substr(9, 3));
  if (village == 0) return makeError(ErrorCode::InvalidInput, "Community part (digits 10-12) must not be 000.");
  if (village > 199 && !allowVillages)
    return makeError(ErrorCode::InvalidInput,
                     "Community part " + std::string(code.substr(9, 3)) + " is not a residents' committee (001-199).");
  return {};
}

Status validateGridCode(std::string_view code, std::string_view communityCode) {
  if (auto s = requireDigits(code, 15, "A grid code"); !s) return s;
  if (auto s = validateCommunityCode(code.substr(0, 12), true); !s) return s;
  if (code.substr(12, 3) == "000") return makeError(ErrorCode::InvalidInput, "Grid sequence must be 001-999.");
  if (!communityCode.empty() && code.substr(0, 12) != communityCode)
    return makeError(ErrorCode::InvalidInput, "Grid code " + std::string(code) +
                                                  " does not start with its community's code " +
                                                  std::string(communityCode) + ".");
  return {};
}

Result<std::string> makeGridCode(std::string_view communityCode, int sequence) {
  if (auto s = validateCommunityCode(communityCode, true); !s) return s.error();
  if (sequence < 1 || sequence > 999)
    return makeError(ErrorCode::InvalidInput, "A community holds at most 999 grids (sequence 1-999).");
  std::string suffix = std::to_string(sequence);
  return std::string(communityCode) + std::string(3 - suffix.size(), '0') + suffix;
}

std::string formatCodeForDisplay(std::string_view code) {
  if (code.size() == 15) return std::string(code.substr(0, 12)) + "-" + std::string(code.substr(12));
  if (code.size() == 18) return std::string(code.substr(0, 15)) + "-" + std::string(code.substr(15));
  return std::string(code);
}

}  // namespace grid
