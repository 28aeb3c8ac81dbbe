// SPDX-License-Identifier: GPL-2.0-or-later
#include "io/csv_text.h"

#include <gtest/gtest.h>

#include <fstream>
#include <thread>

#include "support/test_support.h"

namespace grid {
namespace {

std::string write(const test::TempDir& dir, const std::string& name, const std::string& bytes) {
  std::ofstream(dir.file(name), std::ios::binary) << bytes;
  return dir.file(name);
}

std::vector<std::string> fields(CsvText& csv, std::size_t record) {
  std::vector<std::string_view> views;
  csv.split(record, views);
  return {views.begin(), views.end()};
}

TEST(CsvText, SplitsQuotedCellsLineBreaksDoubledQuotesAndCountsRowsAsASpreadsheetDoes) {
  test::TempDir dir;
  auto csv =
      CsvText::read(write(dir, "a.csv",
                          "\xEF\xBB\xBF"
                          "姓名, 房号 ,备注\r\n"                  // row 1: header with a BOM and spaces
                          "王一,\"9,01\",\"他说\"\"好\"\"\"\r\n"  // row 2: separator and doubled quotes inside quotes
                          "李二,902,\"第一行\r\n第二行\"\r\n"     // row 3: a cell over two lines
                          "\r\n"                                  // row 4: blank
                          "张三,,\r\n"                            // row 5: empty cells
                          "赵四,\"\",末行"));                     // row 6: no line end
  ASSERT_TRUE(csv.ok()) << csv.error().describe();
  EXPECT_EQ(csv->header(), (std::vector<std::string>{"姓名", "房号", "备注"}));
  ASSERT_EQ(csv->recordCount(), 4u);
  EXPECT_EQ(csv->rowNumber(0), 2);
  EXPECT_EQ(csv->rowNumber(1), 3);
  EXPECT_EQ(csv->rowNumber(2), 5);
  EXPECT_EQ(csv->rowNumber(3), 6);
  EXPECT_EQ(fields(*csv, 0), (std::vector<std::string>{"王一", "9,01", "他说\"好\""}));
  EXPECT_EQ(fields(*csv, 1), (std::vector<std::string>{"李二", "902", "第一行\r\n第二行"}));
  EXPECT_EQ(fields(*csv, 2), (std::vector<std::string>{"张三", "", ""}));
  EXPECT_EQ(fields(*csv, 3), (std::vector<std::string>{"赵四", "", "末行"}));
}

TEST(CsvText, TakesTheSeparatorTheHeaderUses) {
  test::TempDir dir;
  auto semicolon = CsvText::read(write(dir, "s.csv", "a;b\n1,5;\"x;y\"\n"));
  ASSERT_TRUE(semicolon.ok());
  EXPECT_EQ(fields(*semicolon, 0), (std::vector<std::string>{"1,5", "x;y"}));
  auto tab = CsvText::read(write(dir, "t.txt", "a\tb\n1\t2\n"));
  ASSERT_TRUE(tab.ok());
  EXPECT_EQ(fields(*tab, 0), (std::vector<std::string>{"1", "2"}));
}

TEST(CsvText, RecordsSplitFromSeveralThreadsAtOnce) {
  test::TempDir dir;
  std::string text = "n,q\n";
  for (int i = 0; i < 20000; ++i) text += std::to_string(i) + ",\"" + std::to_string(i) + "\"\"\"\n";
  auto csv = CsvText::read(write(dir, "big.csv", text));
  ASSERT_TRUE(csv.ok());
  ASSERT_EQ(csv->recordCount(), 20000u);
  std::vector<std::vector<std::string>> got(csv->recordCount());
  {
    std::vector<std::jthread> threads;
    for (int t = 0; t < 4; ++t)
      threads.emplace_back([&, t] {
        for (std::size_t r = static_cast<std::size_t>(t); r < got.size(); r += 4) got[r] = fields(*csv, r);
      });
  }
  for (std::size_t r = 0; r < got.size(); ++r)
    ASSERT_EQ(got[r], (std::vector<std::string>{std::to_string(r), std::to_string(r) + "\""})) << r;
}

TEST(CsvText, BadFilesSayWhichRowAndWhatToDo) {
  test::TempDir dir;
  auto open = CsvText::read(write(dir, "cut.csv", "a,b\n1,2\n3,\"never closed\n4,5\n"));
  ASSERT_FALSE(open.ok());
  EXPECT_EQ(open.error().context.row, 3);
  EXPECT_NE(open.error().message.find("never closed"), std::string::npos);
  EXPECT_EQ(open.error().context.file, dir.file("cut.csv"));

  auto gbk = CsvText::read(write(dir, "gbk.csv", "\xd0\xd5\xc3\xfb,\xc9\xed\xb7\xdd\n"));
  ASSERT_FALSE(gbk.ok());
  EXPECT_NE(gbk.error().message.find("UTF-8"), std::string::npos);

  auto empty = CsvText::read(write(dir, "empty.csv", ""));
  ASSERT_FALSE(empty.ok());
  EXPECT_NE(empty.error().message.find("empty"), std::string::npos);

  EXPECT_EQ(CsvText::read(dir.file("missing.csv")).error().code, ErrorCode::NotFound);
}

}  // namespace
}  // namespace grid
