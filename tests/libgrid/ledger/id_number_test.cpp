// SPDX-License-Identifier: GPL-2.0-or-later
#include "ledger/id_number.h"

#include <gtest/gtest.h>

namespace grid {
namespace {

constexpr const char* kToday = "2026-11-23";

class ValidIdNumbers : public ::testing::TestWithParam<const char*> {};

// DOMAIN.md §1.4 vectors; the first is the standard's own example.
INSTANTIATE_TEST_SUITE_P(Gb11643Vectors, ValidIdNumbers,
                         ::testing::Values("11010519491231002X", "440524188001010014", "440310198503174211",
                                           "440310199008231025", "440310201206053039", "513021198805123317"));

TEST_P(ValidIdNumbers, AcceptsStandardVectors) {
  auto info = validateIdNumber(GetParam(), kToday);
  ASSERT_TRUE(info.ok()) << info.error().message;
  EXPECT_EQ(info->normalized, GetParam());
}

TEST(IdNumber, DerivesBirthDateSexAndAddress) {
  auto male = validateIdNumber("440310198503174211", kToday);
  ASSERT_TRUE(male.ok());
  EXPECT_EQ(male->addressCode, "440310");
  EXPECT_EQ(male->birthYear, 1985);
  EXPECT_EQ(male->birthMonth, 3);
  EXPECT_EQ(male->birthDay, 17);
  EXPECT_EQ(male->sex, Sex::Male);
  auto female = validateIdNumber("440310199008231025", kToday);
  ASSERT_TRUE(female.ok());
  EXPECT_EQ(female->sex, Sex::Female);
}

TEST(IdNumber, NormalisesLowerCaseXAndBlanks) {
  auto info = validateIdNumber("  11010519491231002x ", kToday);
  ASSERT_TRUE(info.ok()) << info.error().message;
  EXPECT_EQ(info->normalized, "11010519491231002X");
}

struct BadId {
  const char* text;
  const char* messagePart;
};

void PrintTo(const BadId& c, std::ostream* os) {
  *os << '"' << c.text << '"';
}

class InvalidIdNumbers : public ::testing::TestWithParam<BadId> {};

INSTANTIATE_TEST_SUITE_P(
    Rejections, InvalidIdNumbers,
    ::testing::Values(BadId{"440310198503174212", "check character"},  // last digit changed
                      BadId{"440310198503174121", "check character"},  // two sequence digits swapped
                      BadId{"44031019850317421", "18 characters"},     // too short
                      BadId{"4403101985031742111", "18 characters"},   // too long
                      BadId{"44031019850230421X", "birth date"},       // 30 February
                      BadId{"440310190002290014", "birth date"},       // 1900 was no leap year
                      BadId{"440310203001010010", "future"},           // born 2030
                      BadId{"44031A198503174211", "digits"},           // letter inside
                      BadId{"440310198503174Y11", "digits"}, BadId{"000000198503174211", "address code"},
                      BadId{"440310850317421", "15-digit"},  // old format
                      BadId{"", "empty"}));

TEST_P(InvalidIdNumbers, RejectsWithHelpfulMessage) {
  auto info = validateIdNumber(GetParam().text, kToday);
  ASSERT_FALSE(info.ok()) << GetParam().text;
  EXPECT_NE(info.error().message.find(GetParam().messagePart), std::string::npos) << info.error().message;
}

TEST(IdNumber, AcceptsLeapDayOfLeapYears) {
  const std::string first17 = "44031020000229001";  // 2000 is a leap year (divisible by 400)
  EXPECT_TRUE(validateIdNumber(first17 + idNumberCheckCharacter(first17), kToday).ok());
}

TEST(IdNumber, CheckCharacterTableMatchesStandard) {
  // r = S mod 11 → "10X98765432"[r]; the standard's example sums to r = 2 → 'X'.
  EXPECT_EQ(idNumberCheckCharacter("11010519491231002"), 'X');
  EXPECT_EQ(idNumberCheckCharacter("44052418800101001"), '4');
}

TEST(IdNumber, UpgradesFifteenDigitNumbers) {
  auto upgraded = upgradeIdNumber15("110105491231002");
  ASSERT_TRUE(upgraded.ok());
  EXPECT_EQ(*upgraded, "11010519491231002X");
  EXPECT_FALSE(upgradeIdNumber15("11010549123100").ok());
}

TEST(IdNumber, MasksAllButFirstSixAndLastFour) {
  EXPECT_EQ(maskIdNumber("440310198503174211"), "440310********4211");
  EXPECT_EQ(maskIdNumber("110105491231002"), "110105*****1002");
  EXPECT_EQ(maskIdNumber("abc"), "***");
}

}  // namespace
}  // namespace grid
