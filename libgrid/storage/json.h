// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>
#include <string_view>

#include "storage/value.h"

namespace grid {

//! JSON string literal for UTF-8 text (control characters escaped, non-ASCII passed through).
std::string jsonQuote(std::string_view text);

//! Builds a flat JSON object in insertion order; blobs become "\\x<hex>", Wkt becomes its text.
class JsonObject {
 public:
  void add(std::string_view key, const Value& value);
  std::string str() const { return "{" + m_body + "}"; }

 private:
  std::string m_body;
};

}  // namespace grid
