// SPDX-License-Identifier: GPL-2.0-or-later
#include "ledger/field_text.h"

#include <cstdio>
#include <cstdlib>

namespace grid {

namespace {

//! Decodes one UTF-8 code point at \a i (advancing it); -1 when the bytes are not well-formed UTF-8.
long decode(std::string_view text, std::size_t& i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) return ++i, lead;
  int extra = 0;
  long point = 0, minimum = 0;
  if ((lead & 0xE0) == 0xC0)
    extra = 1, point = lead & 0x1F, minimum = 0x80;
  else if ((lead & 0xF0) == 0xE0)
    extra = 2, point = lead & 0x0F, minimum = 0x800;
  else if ((lead & 0xF8) == 0xF0)
    extra = 3, point = lead & 0x07, minimum = 0x10000;
  else
    return -1;
  if (i + static_cast<std::size_t>(extra) >= text.size()) return -1;
  for (int k = 1; k <= extra; ++k) {
    const unsigned char next = byte(i + static_cast<std::size_t>(k));
    if ((next & 0xC0) != 0x80) return -1;
    point = (point << 6) | (next & 0x3F);
  }
  if (point < minimum || point > 0x10FFFF || (point >= 0xD800 && point <= 0xDFFF)) return -1;
  i += static_cast<std::size_t>(extra) + 1;
  return point;
}

bool invisible(long point) {
  return (point >= 0x200B && point <= 0x200F) || (point >= 0x202A && point <= 0x202E) ||
         (point >= 0x2060 && point <= 0x2069) || point == 0xFEFF || point == 0x061C || point == 0x00AD;
}

bool startsFormula(char c) {
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

}  // namespace

std::size_t maximumLength(TextField field) {
  switch (field) {
    case TextField::Name:
      return 100;
    case TextField::Short:
      return 50;
    case TextField::Address:
      return 200;
    case TextField::Note:
      return 2000;
  }
  return 100;
}

Result<std::string> cleanFieldText(std::string_view text, TextField field) {
  std::string out;
  out.reserve(std::min<std::size_t>(text.size(), 4 * maximumLength(field) + 16));
  std::size_t characters = 0;
  bool pendingSpace = false;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    const long point = decode(text, i);
    if (point < 0)
      return makeError(ErrorCode::InvalidInput, "is not valid UTF-8 text (byte " + std::to_string(start + 1) +
                                                    "); save the file as UTF-8 (Excel: CSV UTF-8) and import again");
    if (point == '\n' && field == TextField::Note) {
      out += '\n';
      pendingSpace = false;
      ++characters;
      continue;
    }
    if (point == '\t' || point == '\n' || point == '\r' || point == ' ' || point == 0x3000) {
      pendingSpace = !out.empty() && out.back() != '\n';
      continue;
    }
    if (point < 0x20 || (point >= 0x7F && point <= 0x9F) || invisible(point)) continue;
    if (pendingSpace) out += ' ', ++characters, pendingSpace = false;
    out.append(text.substr(start, i - start));
    // Stop copying once far beyond the limit: a 1 MB name is refused, not copied.
    if (++characters > maximumLength(field)) {
      std::size_t total = characters;
      for (std::size_t j = i; j < text.size(); ++j)
        if ((static_cast<unsigned char>(text[j]) & 0xC0) != 0x80) ++total;
      return makeError(ErrorCode::InvalidInput, "is " + std::to_string(total) + " characters long; at most " +
                                                    std::to_string(maximumLength(field)) + " are kept, shorten it");
    }
  }
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  return out;
}

std::string fieldTextProblem(std::string_view text, TextField field) {
  std::size_t characters = 0;
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char byte = static_cast<unsigned char>(text[i]);
    long point = byte;
    if (byte >= 0x20 && byte < 0x7F) {
      ++i;  // printable ASCII: the common case
    } else {
      const std::size_t start = i;
      point = decode(text, i);
      if (point < 0) return "is not valid UTF-8 text (byte " + std::to_string(start + 1) + "); save the file as UTF-8";
      const bool lineBreak = field == TextField::Note && (point == '\n' || point == '\r' || point == '\t');
      if (!lineBreak && (point < 0x20 || (point >= 0x7F && point <= 0x9F) || invisible(point))) {
        char code[24];
        std::snprintf(code, sizeof code, "U+%04lX", static_cast<unsigned long>(point));
        return std::string("holds an invisible or control character (") + code + "); retype the value";
      }
    }
    if (++characters > maximumLength(field))
      return "is longer than " + std::to_string(maximumLength(field)) + " characters; shorten it";
  }
  return {};
}

std::string shownInMessage(std::string_view text) {
  std::string out;
  std::size_t characters = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && ++characters > 40) return out + "…";
    out += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
  }
  return out;
}

std::string spreadsheetSafe(std::string_view text) {
  if (text.empty() || !startsFormula(text.front())) return std::string(text);
  const std::string copy(text);
  char* end = nullptr;
  std::strtod(copy.c_str(), &end);
  if (end && *end == '\0' && (text.front() == '-' || text.front() == '+') &&
      copy.find_first_of("xXpP") == std::string::npos && copy.find_first_of("0123456789") != std::string::npos)
    return copy;  // a plain number such as -12.5
  return "'" + copy;
}

std::string_view withoutSpreadsheetGuard(std::string_view text) {
  if (text.size() >= 2 && text.front() == '\'' && startsFormula(text[1])) text.remove_prefix(1);
  return text;
}

}  // namespace grid
