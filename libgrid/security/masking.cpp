// SPDX-License-Identifier: GPL-2.0-or-later
#include "security/masking.h"

#include <vector>

namespace grid {

std::string maskName(std::string_view name) {
  std::vector<std::string> characters;
  for (std::size_t i = 0; i < name.size();) {
    const unsigned char lead = static_cast<unsigned char>(name[i]);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    characters.emplace_back(name.substr(i, length));
    i += length;
  }
  if (characters.empty()) return {};
  if (characters.size() == 1) return characters[0];
  if (characters.size() == 2) return characters[0] + "*";
  std::string masked = characters.front();
  for (std::size_t i = 1; i + 1 < characters.size(); ++i) masked += "*";
  return masked + characters.back();
}

}  // namespace grid
