// SPDX-License-Identifier: GPL-2.0-or-later
#include "boards/qr_code.h"

#include <gtest/gtest.h>

namespace grid::test {
namespace {

TEST(QrCode, MatrixHasFinderPatternsInThreeCorners) {
  auto matrix = encodeQr("https://wg.example.gov.cn/q/abcdefghijklmnopqrstuvwxyz");
  ASSERT_TRUE(matrix.ok());
  ASSERT_GE(matrix->size, 21);
  ASSERT_EQ((matrix->size - 17) % 4, 0) << "QR sizes are 17 + 4 × version";
  // A finder pattern: dark 7×7 ring, light ring, dark 3×3 core; at top-left, top-right and bottom-left only.
  auto finderAt = [&](int x0, int y0) {
    for (int y = 0; y < 7; ++y)
      for (int x = 0; x < 7; ++x) {
        const bool ring = x == 0 || y == 0 || x == 6 || y == 6;
        const bool core = x >= 2 && x <= 4 && y >= 2 && y <= 4;
        if (matrix->at(x0 + x, y0 + y) != (ring || core)) return false;
      }
    return true;
  };
  const int far = matrix->size - 7;
  EXPECT_TRUE(finderAt(0, 0));
  EXPECT_TRUE(finderAt(far, 0));
  EXPECT_TRUE(finderAt(0, far));
  EXPECT_FALSE(finderAt(far, far));
  const std::string svg = qrSvg(*matrix);
  EXPECT_NE(svg.find("viewBox=\"0 0 " + std::to_string(matrix->size + 8)), std::string::npos);
  EXPECT_FALSE(encodeQr("").ok());
  EXPECT_FALSE(encodeQr(std::string(4000, 'x')).ok()) << "beyond QR capacity";
}

}  // namespace
}  // namespace grid::test
