// SPDX-License-Identifier: GPL-2.0-or-later
#include "security/masking.h"

#include <gtest/gtest.h>

namespace grid {
namespace {

TEST(Masking, NamesKeepFirstAndLastCharacter) {
  EXPECT_EQ(maskName("张明华"), "张*华");
  EXPECT_EQ(maskName("李红"), "李*");
  EXPECT_EQ(maskName("欧阳子涵"), "欧**涵");
  EXPECT_EQ(maskName("王"), "王");
  EXPECT_EQ(maskName(""), "");
}

}  // namespace
}  // namespace grid
