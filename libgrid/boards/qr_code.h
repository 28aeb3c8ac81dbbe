// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/result.h"

namespace grid {

//! A QR code as a square of modules (libqrencode), without the quiet zone.
struct QrMatrix {
  int size = 0;
  std::vector<std::uint8_t> dark;  //!< size × size, row-major, 1 = dark module
  bool at(int x, int y) const {
    return dark[static_cast<std::size_t>(y) * static_cast<std::size_t>(size) + static_cast<std::size_t>(x)] != 0;
  }
};

//! Encodes \a text (8-bit, case-sensitive) at error-correction level M (15 %: survives scuffs on a wall board).
Result<QrMatrix> encodeQr(const std::string& text);

//! An SVG of \a matrix with a quiet zone of \a quietZone modules; one path, so it prints as crisp vectors.
std::string qrSvg(const QrMatrix& matrix, int quietZone = 4);

}  // namespace grid
