// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace grid {

//! \a text without leading/trailing ASCII blanks (UTF-8 text passes unchanged), as a view into it.
inline std::string_view trimmedView(std::string_view text) {
  const auto isBlank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && isBlank(text.front())) text.remove_prefix(1);
  while (!text.empty() && isBlank(text.back())) text.remove_suffix(1);
  return text;
}

//! Copy without leading/trailing ASCII blanks (UTF-8 text passes unchanged).
inline std::string trimmed(std::string_view text) {
  return std::string(trimmedView(text));
}

//! Copy with ASCII letters in lower case (file extensions, English headers; UTF-8 text passes unchanged).
inline std::string asciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
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
