// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/json.h"

#include <cmath>
#include <cstdio>

namespace grid {

std::string jsonQuote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
          out += buffer;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

void JsonObject::add(std::string_view key, const Value& value) {
  if (!m_body.empty()) m_body += ",";
  m_body += jsonQuote(key) + ":";
  std::visit(
      [&](const auto& v) {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::monostate>) {
          m_body += "null";
        } else if constexpr (std::is_same_v<T, long long>) {
          m_body += std::to_string(v);
        } else if constexpr (std::is_same_v<T, double>) {
          char buffer[32];
          std::snprintf(buffer, sizeof buffer, "%.17g", v);
          m_body += std::isfinite(v) ? buffer : "null";
        } else if constexpr (std::is_same_v<T, std::string>) {
          m_body += jsonQuote(v);
        } else if constexpr (std::is_same_v<T, Blob>) {
          static constexpr char kDigits[] = "0123456789abcdef";
          std::string hex = "\\x";
          for (std::uint8_t b : v) {
            hex += kDigits[b >> 4];
            hex += kDigits[b & 15];
          }
          m_body += jsonQuote(hex);
        } else if constexpr (std::is_same_v<T, Wkt>) {
          m_body += jsonQuote(v.text);
        }
      },
      value);
}

}  // namespace grid
