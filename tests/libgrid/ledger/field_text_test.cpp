// SPDX-License-Identifier: GPL-2.0-or-later
// Field text as stored: hostile characters removed, limits per field, spreadsheet cells that cannot run formulas.
#include "ledger/field_text.h"

#include <gtest/gtest.h>

#include <ostream>

namespace grid {
namespace {

struct CleanCase {
  std::string input;
  TextField field;
  std::string expected;  //!< "" with refused = true: the message must mention this
  bool refused = false;
};

//! Short names in test listings: a case's input can be a megabyte.
void PrintTo(const CleanCase& c, std::ostream* os) {
  *os << c.input.size() << "-byte input";
}

class CleanFieldText : public ::testing::TestWithParam<CleanCase> {};

TEST_P(CleanFieldText, StoresOnlyVisibleTextWithinTheLimit) {
  const CleanCase& c = GetParam();
  auto cleaned = cleanFieldText(c.input, c.field);
  if (c.refused) {
    ASSERT_FALSE(cleaned.ok());
    EXPECT_NE(cleaned.error().message.find(c.expected), std::string::npos) << cleaned.error().message;
  } else {
    ASSERT_TRUE(cleaned.ok()) << cleaned.error().message;
    EXPECT_EQ(*cleaned, c.expected);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Vectors, CleanFieldText,
    ::testing::Values(CleanCase{"  王小明 ", TextField::Name, "王小明"},
                      CleanCase{"王\u202e明小", TextField::Name, "王明小"},              // right-to-left override
                      CleanCase{"王\u2066小\u2069明", TextField::Name, "王小明"},        // isolates
                      CleanCase{"王\u200b小\u200d明\ufeff", TextField::Name, "王小明"},  // zero-width
                      CleanCase{std::string("王\x01小\x1b明\x7f", 12), TextField::Name, "王小明"},
                      CleanCase{"和平\t路\r\n12号", TextField::Address, "和平 路 12号"},
                      CleanCase{"第一行\r\n第二行\n", TextField::Note, "第一行\n第二行"},
                      CleanCase{"\xe7\x8e\x8b\xff", TextField::Name, "UTF-8", true},
                      CleanCase{"\xe7\x8e", TextField::Name, "UTF-8", true},      // cut in the middle
                      CleanCase{"\xed\xa0\x80", TextField::Name, "UTF-8", true},  // a surrogate
                      CleanCase{std::string(101, 'a'), TextField::Name, "101 characters long; at most 100", true},
                      CleanCase{std::string(1 << 20, 'x'), TextField::Name, "1048576 characters long", true},
                      CleanCase{std::string(100, 'a'), TextField::Name, std::string(100, 'a')},
                      CleanCase{"\u200b\u200b", TextField::Name, ""}),
    [](const ::testing::TestParamInfo<CleanCase>& info) { return "Case" + std::to_string(info.index); });

TEST(FieldTextProblem, NamesWhatIsWrongWithoutChangingTheText) {
  EXPECT_EQ(fieldTextProblem("王小明", TextField::Name), "");
  EXPECT_EQ(fieldTextProblem("Wang Xiaoming", TextField::Name), "");
  EXPECT_NE(fieldTextProblem("王\u202e明", TextField::Name).find("U+202E"), std::string::npos);
  EXPECT_NE(fieldTextProblem("王\u200b明", TextField::Name).find("U+200B"), std::string::npos);
  EXPECT_NE(fieldTextProblem(std::string("a\x07", 2), TextField::Name).find("U+0007"), std::string::npos);
  EXPECT_NE(fieldTextProblem("a\tb", TextField::Name).find("U+0009"), std::string::npos);
  EXPECT_EQ(fieldTextProblem("a\nb", TextField::Note), "");
  EXPECT_NE(fieldTextProblem("\xff", TextField::Name).find("UTF-8"), std::string::npos);
  EXPECT_NE(fieldTextProblem(std::string(101, 'a'), TextField::Name).find("longer than 100"), std::string::npos);
  std::string chinese;
  for (int i = 0; i < 100; ++i) chinese += "王";
  EXPECT_EQ(fieldTextProblem(chinese, TextField::Name), "");  // characters, not bytes
  EXPECT_NE(fieldTextProblem(chinese + "王", TextField::Name), "");
}

TEST(SpreadsheetSafe, FormulaCellsBecomeTextAndComeBackUnchanged) {
  for (const std::string hostile : {"=cmd|' /C calc'!A0", "+SUM(1,1)", "@SUM(A1)", "-2+3", "=HYPERLINK(\"http://x\")",
                                    "\t=1", "\r=1", "-", "+", "-inf", "+0x1p3"}) {
    const std::string safe = spreadsheetSafe(hostile);
    EXPECT_EQ(safe, "'" + hostile) << hostile;
    EXPECT_EQ(withoutSpreadsheetGuard(safe), hostile);
  }
  for (const std::string plain : {"王小明", "-12.5", "+86", "13800138000", "", "'quoted", "a=b"}) {
    EXPECT_EQ(spreadsheetSafe(plain), plain);
    EXPECT_EQ(withoutSpreadsheetGuard(plain), plain);
  }
}

}  // namespace
}  // namespace grid
