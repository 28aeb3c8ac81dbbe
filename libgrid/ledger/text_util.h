// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <algorithm>
#include <cstdio>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

namespace grid {

//! Copy without leading/trailing ASCII blanks (UTF-8 text passes unchanged).
inline std::string trimmed(std::string_view text) {
  const auto isBlank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  std::size_t begin = 0;
  std::size_t end = text.size();
  while (begin < end && isBlank(text[begin])) ++begin;
  while (end > begin && isBlank(text[end - 1])) --end;
  return std::string(text.substr(begin, end - begin));
}

//! The pieces of \a text between \a separator (non-empty); an empty text gives none.
inline std::vector<std::string> splitText(std::string_view text, std::string_view separator) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t next = text.find(separator, start);
    out.emplace_back(text.substr(start, next - start));
    if (next == std::string_view::npos) break;
    start = next + separator.size();
  }
  return out;
}

inline bool allDigits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

//! The floor a room number names: 1203 → 12, 502 → 5; 1 for short or non-numeric rooms (A, 01).
inline int floorOfRoom(std::string_view room) {
  return allDigits(room) && room.size() >= 3 ? std::stoi(std::string(room.substr(0, room.size() - 2))) : 1;
}

//! YYYY-MM-DD from 2026-01-05, 2026/1/5, 2026.1.5, 20260105 or 2026年1月5日; empty when unreadable or impossible
//! (month 13, 31 April, 29 February outside leap years, years before 1850).
inline std::string parseDate(std::string_view text) {
  int y = 0, m = 0, d = 0;
  std::string digits;
  for (char c : text) digits += (c >= '0' && c <= '9') ? c : ' ';
  if (text.size() == 8 && allDigits(text)) {
    y = std::stoi(std::string(text.substr(0, 4)));
    m = std::stoi(std::string(text.substr(4, 2)));
    d = std::stoi(std::string(text.substr(6, 2)));
  } else if (std::sscanf(digits.c_str(), "%d %d %d", &y, &m, &d) != 3) {
    return {};
  }
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (y < 1850 || y > 2200 || m < 1 || m > 12 || d < 1 || d > kDays[m - 1] || (m == 2 && d == 29 && !leap)) return {};
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", y, m, d);
  return buffer;
}

}  // namespace grid
