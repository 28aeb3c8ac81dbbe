// SPDX-License-Identifier: GPL-2.0-or-later
#include "ledger/division_code.h"

#include <gtest/gtest.h>

namespace grid {
namespace {

TEST(DivisionCode, CountyCodes) {
  EXPECT_TRUE(validateCountyCode("440310").ok());
  EXPECT_TRUE(validateCountyCode("110105").ok());
  EXPECT_FALSE(validateCountyCode("44031").ok());
  EXPECT_FALSE(validateCountyCode("990310").ok());  // no province 99
  EXPECT_FALSE(validateCountyCode("440000").ok());  // a province, not a county
  EXPECT_FALSE(validateCountyCode("44031a").ok());
}

TEST(DivisionCode, StreetCodesAreStreetOfficesUnlessTownsAllowed) {
  EXPECT_TRUE(validateStreetCode("440310001").ok());
  EXPECT_TRUE(validateStreetCode("440310099").ok());
  EXPECT_FALSE(validateStreetCode("440310000").ok());
  EXPECT_FALSE(validateStreetCode("440310101").ok());  // a town
  EXPECT_TRUE(validateStreetCode("440310101", true).ok());
  EXPECT_FALSE(validateStreetCode("440310601", true).ok());
}

TEST(DivisionCode, CommunityCodesAreResidentsCommittees) {
  EXPECT_TRUE(validateCommunityCode("440310001002").ok());
  EXPECT_TRUE(validateCommunityCode("220581102001", true).ok());  // NBS example 九龙社区 in a town
  EXPECT_FALSE(validateCommunityCode("220581102200").ok());       // village committee 春明村
  EXPECT_TRUE(validateCommunityCode("220581102200", true).ok());
  EXPECT_FALSE(validateCommunityCode("440310001000").ok());
  EXPECT_FALSE(validateCommunityCode("4403100010021").ok());
}

TEST(DivisionCode, GridCodesExtendTheirCommunity) {
  EXPECT_TRUE(validateGridCode("440310001002003").ok());
  EXPECT_TRUE(validateGridCode("440310001002003", "440310001002").ok());
  EXPECT_FALSE(validateGridCode("440310001002003", "440310001003").ok());
  EXPECT_FALSE(validateGridCode("440310001002000").ok());
  EXPECT_FALSE(validateGridCode("44031000100200").ok());
  EXPECT_FALSE(validateGridCode("440310001002003-007").ok());
}

TEST(DivisionCode, MakesGridCodes) {
  EXPECT_EQ(*makeGridCode("440310001002", 3), "440310001002003");
  EXPECT_EQ(*makeGridCode("440310001002", 999), "440310001002999");
  EXPECT_FALSE(makeGridCode("440310001002", 0).ok());
  EXPECT_FALSE(makeGridCode("440310001002", 1000).ok());
  EXPECT_FALSE(makeGridCode("4403100010", 1).ok());
}

TEST(DivisionCode, DisplayFormNeverLooksLikeAnIdNumber) {
  EXPECT_EQ(formatCodeForDisplay("440310001002003"), "440310001002-003");
  EXPECT_EQ(formatCodeForDisplay("440310001002003007"), "440310001002003-007");
  EXPECT_EQ(formatCodeForDisplay("440310"), "440310");
}

}  // namespace
}  // namespace grid
