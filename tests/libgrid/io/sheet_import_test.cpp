// SPDX-License-Identifier: GPL-2.0-or-later
#include "io/sheet_import.h"

#include <gdal_utils.h>
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "demo/sample_district.h"
#include "ledger/id_number.h"
#include "storage/database_key.h"
#include "support/test_support.h"

namespace grid {
namespace {

//! A valid fake ID number issued in 110105 (the sample district's own people are 440310).
std::string idNumber(int serial, int year, bool male) {
  char first17[18];
  std::snprintf(first17, sizeof first17, "110105%04d%02d%02d%03d", year, serial % 12 + 1, serial % 27 + 1,
                (serial % 400) * 2 + (male ? 1 : 2));
  return std::string(first17) + idNumberCheckCharacter(first17);
}

struct Row {
  std::string name, id, gender, birth, relation, account, building, unit, room, mobile, nation, political, population;
};

class SheetImportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto sample = test::createSampleDatabase(dir);
    ASSERT_TRUE(sample.key);
    db = std::move(sample.db);
    key = std::move(sample.key);
    building = *db->queryText("SELECT building_code FROM building ORDER BY id LIMIT 1");
    otherBuilding = *db->queryText("SELECT name FROM building ORDER BY id DESC LIMIT 1");
    existingId = *key->decrypt(*[&] {
      auto s = db->prepare("SELECT id_cipher FROM person ORDER BY id LIMIT 1");
      (void)s->step();
      return std::make_unique<Blob>(s->blob(0));
    }());
    persons = test::count(*db, "SELECT count(*) FROM person");
    audits = test::count(*db, "SELECT count(*) FROM audit_log");
  }

  //! A household of \\a size valid rows in \\a room: the head first, then spouse and children.
  std::vector<Row> household(const std::string& room, int size, const std::string& where = {}) {
    std::vector<Row> rows;
    for (int i = 0; i < size; ++i) {
      const bool male = i == 0 || i == 2;
      const int year = i < 2 ? 1970 + serial % 20 : 2000 + serial % 15;
      const std::string id = idNumber(serial++, year, male);
      rows.push_back({(i == 0 ? "王" : "李") + std::to_string(serial), id, male ? "男" : "女",
                      id.substr(6, 4) + "-" + id.substr(10, 2) + "-" + id.substr(12, 2),
                      i == 0   ? "户主"
                      : i == 1 ? "配偶"
                      : male   ? "子"
                               : "女",
                      "A" + room, where.empty() ? building : where, "9", room,
                      i < 2 ? "1380013" + std::to_string(8000 + serial % 1000) : "", "汉族", "群众", "户籍人口"});
    }
    return rows;
  }

  std::string writeCsv(const std::vector<Row>& rows, const std::string& name = "sheet.csv") {
    std::ofstream out(dir.file(name));
    out << "姓名,身份证号,性别,出生日期,与户主关系,户号,楼栋编码,单元,房号,联系电话,民族,政治面貌,人口类型\n";
    for (const Row& r : rows)
      out << r.name << "," << r.id << "," << r.gender << "," << r.birth << "," << r.relation << "," << r.account << ","
          << r.building << "," << r.unit << "," << r.room << "," << r.mobile << "," << r.nation << "," << r.political
          << "," << r.population << "\n";
    return dir.file(name);
  }

  Result<SheetImportReport> run(const std::string& path, SheetImportOptions options = {}) {
    return importPersonSheet(*db, *key, path, options, Actor::system("test"), clock);
  }

  test::TempDir dir;
  std::unique_ptr<Database> db;
  std::unique_ptr<FieldCipher> key;
  FixedClock clock{"2026-11-23T08:00:00Z"};
  std::string building, otherBuilding, existingId;
  long long persons = 0, audits = 0;
  int serial = 1;
};

TEST_F(SheetImportTest, ImportsHouseholdsWithHeadsDwellingsAndGrid) {
  std::vector<Row> rows = household("9901", 3);
  for (const Row& r : household("9902", 2, otherBuilding)) rows.push_back(r);
  auto report = run(writeCsv(rows));
  ASSERT_TRUE(report.ok()) << report.error().describe();
  for (const SheetIssue& i : report->issues) ADD_FAILURE() << i.row << " " << i.column << ": " << i.reason;
  EXPECT_TRUE(report->written);
  EXPECT_EQ(report->personsWritten, 5);
  EXPECT_EQ(report->householdsWritten, 2);
  EXPECT_EQ(report->dwellingsCreated, 2);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM person") - persons, 5);
  EXPECT_EQ(test::count(*db,
                        "SELECT count(*) FROM household h JOIN person p ON p.id = h.head_person_id "
                        "WHERE h.source_state = 'imported' AND p.relation_code = '02'"),
            2);
  EXPECT_EQ(
      test::count(
          *db,
          "SELECT count(*) FROM person p JOIN household h ON h.id = p.household_id "
          "JOIN building b ON b.id = h.building_id WHERE p.source_state = 'imported' AND p.grid_id IS NOT b.grid_id"),
      0);
  EXPECT_EQ(test::count(*db, "SELECT floor FROM house WHERE room_no = '9901'"), 99);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM audit_log") - audits, 1);
  EXPECT_EQ(db->queryText("SELECT id_masked FROM person ORDER BY id DESC LIMIT 1")->substr(0, 6), "110105");
}

TEST_F(SheetImportTest, DryRunReportsExactlyThePlantedErrorsAndWritesNothing) {
  std::vector<Row> rows;
  std::set<std::pair<long long, std::string>> planted;
  int room = 9000;
  // Each planted error sits on a non-head member of an otherwise valid household.
  auto plant = [&](const std::string& column, auto change) {
    std::vector<Row> h = household(std::to_string(++room), 2);
    change(h[1]);
    for (Row& r : h) rows.push_back(r);
    planted.insert({static_cast<long long>(rows.size()) + 1, column});  // header is row 1
  };
  plant("身份证号", [](Row& r) { r.id.back() = r.id.back() == '1' ? '2' : '1'; });  // 1 checksum
  plant("姓名", [](Row& r) { r.name.clear(); });                                    // 2
  plant("身份证号", [](Row& r) { r.id.pop_back(); });                               // 3 17 characters
  plant("性别", [](Row& r) { r.gender = r.gender == "男" ? "女" : "男"; });         // 4 sex mismatch
  plant("出生日期", [](Row& r) { r.birth = "1999-01-01"; });                        // 5 date mismatch
  plant("与户主关系", [](Row& r) { r.relation = "表哥"; });                         // 6 not GB/T 4761
  plant("楼栋编码", [](Row& r) { r.building = "440310001002009999"; });             // 7 unknown building
  plant("联系电话", [](Row& r) { r.mobile = "1380013800"; });                       // 8 10 digits
  plant("民族", [](Row& r) { r.nation = "火星族"; });                               // 9
  plant("政治面貌", [](Row& r) { r.political = "无党派"; });                        // 10
  plant("身份证号", [&](Row& r) {
    r.id = rows.front().id;
    r.gender = rows.front().gender;
    r.birth = rows.front().birth;
  });                              // 11 duplicate in sheet
  plant("身份证号", [&](Row& r) {  // 12 already registered
    r.id = existingId;
    r.gender.clear();
    r.birth.clear();
  });
  plant("身份证号", [](Row& r) { r.id = "4.40310198503174E+17"; });  // 13 Excel number
  plant("单元", [](Row& r) { r.unit = "一单元"; });                  // 14
  plant("房号", [](Row& r) { r.room.clear(); });                     // 15
  plant("出生日期", [](Row& r) { r.birth = "1985-13-45"; });         // 16 not a date
  plant("人口类型", [](Row& r) { r.population = "常住"; });          // 17
  plant("与户主关系", [](Row& r) { r.relation.clear(); });           // 18 empty
  {                                                                  // 19 a second head in one household
    std::vector<Row> h = household(std::to_string(++room), 3);
    h[2].relation = "户主";
    for (Row& r : h) rows.push_back(r);
    planted.insert({static_cast<long long>(rows.size()) + 1, "与户主关系"});
  }
  {  // 20 a household without head
    std::vector<Row> h = household(std::to_string(++room), 2);
    h[0].relation = "兄";
    rows.push_back(h[0]);
    planted.insert({static_cast<long long>(rows.size()) + 1, "与户主关系"});
    rows.push_back(h[1]);
  }
  for (const Row& r : household(std::to_string(++room), 4)) rows.push_back(r);  // and good rows around them
  ASSERT_EQ(planted.size(), 20u);

  SheetImportOptions options;
  options.dryRun = true;
  auto report = run(writeCsv(rows), options);
  ASSERT_TRUE(report.ok()) << report.error().describe();
  std::set<std::pair<long long, std::string>> found;
  for (const SheetIssue& i : report->issues) {
    found.insert({i.row, i.column});
    EXPECT_FALSE(i.reason.empty());
  }
  EXPECT_EQ(found, planted);
  EXPECT_EQ(report->issues.size(), 20u);
  EXPECT_FALSE(report->written);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM person"), persons);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM audit_log"), audits);

  // Without --dry-run: all or nothing.
  auto strict = run(dir.file("sheet.csv"));
  ASSERT_TRUE(strict.ok());
  EXPECT_FALSE(strict->written);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM person"), persons);

  // --skip-invalid: everything else goes in.
  SheetImportOptions skip;
  skip.skipInvalid = true;
  auto partial = run(dir.file("sheet.csv"), skip);
  ASSERT_TRUE(partial.ok());
  EXPECT_TRUE(partial->written);
  // 20 bad rows, and the headless household's other row cannot go in without its head.
  EXPECT_EQ(partial->personsWritten, static_cast<long long>(rows.size()) - 20 - 1);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM person") - persons, partial->personsWritten);
}

TEST_F(SheetImportTest, GroupsMembersListedApartAndSkipsBlankRowsInAQuotedCrlfSheet) {
  std::vector<Row> a = household("9701", 2), b = household("9702", 2);
  auto line = [](const Row& r) {
    return "\"" + r.name + "\"," + r.id + "," + r.gender + "," + r.birth + "," + r.relation + ",\"" + r.account +
           "\"," + r.building + "," + r.unit + ",\"" + r.room + "\"," + r.mobile + "," + r.nation + "," + r.political +
           "," + r.population + "\r\n";
  };
  // The spouse of 9701 comes after the other household, with a blank row and a row of empty cells between.
  std::ofstream(dir.file("apart.csv"), std::ios::binary) << "\xEF\xBB\xBF姓名,身份证号,性别,出生日期,与户主关系,户号,"
                                                            "楼栋编码,单元,房号,联系电话,民族,政治面貌,人口类型\r\n"
                                                         << line(a[0]) << line(b[0]) << "\r\n"
                                                         << ",,,,,,,,,,,,\r\n"
                                                         << line(b[1]) << line(a[1]);
  auto report = run(dir.file("apart.csv"));
  ASSERT_TRUE(report.ok()) << report.error().describe();
  for (const SheetIssue& i : report->issues) ADD_FAILURE() << i.row << " " << i.column << ": " << i.reason;
  EXPECT_EQ(report->rows, 4);
  EXPECT_EQ(report->householdsWritten, 2);
  EXPECT_EQ(report->personsWritten, 4);
  for (const Row& r : {a[0], a[1]}) {
    auto household = db->prepare(
        "SELECT h.members_count, ho.room_no, p.relation_code FROM person p "
        "JOIN household h ON h.id = p.household_id JOIN house ho ON ho.id = h.house_id WHERE p.name = ?");
    household->bind(1, r.name);
    ASSERT_TRUE(*household->step()) << r.name;
    EXPECT_EQ(household->int64(0), 2);
    EXPECT_EQ(household->text(1), "9701");
  }
  EXPECT_EQ(test::count(*db, "SELECT count(DISTINCT household_id) FROM person WHERE source_state = 'imported'"), 2);
}

TEST_F(SheetImportTest, ASheetLargeNextToTheRegisterIsCheckedAgainstItInOnePass) {
  // More rows than a quarter of the register's person ids: the register's hashes are read once and merged.
  const long long maxId = *db->queryInt("SELECT max(id) FROM person");
  std::vector<Row> rows;
  int room = 5000;
  while (static_cast<long long>(rows.size()) <= maxId / 4 + 2)
    for (const Row& r : household(std::to_string(++room), 3)) rows.push_back(r);
  rows[4].id = existingId;  // a spouse already registered
  rows[4].gender.clear();
  rows[4].birth.clear();
  rows[8].id = rows[1].id;  // the same person twice in the sheet
  rows[8].gender = rows[1].gender;
  rows[8].birth = rows[1].birth;
  SheetImportOptions dry;
  dry.dryRun = true;
  auto report = run(writeCsv(rows), dry);
  ASSERT_TRUE(report.ok()) << report.error().describe();
  ASSERT_EQ(report->issues.size(), 2u);
  EXPECT_EQ(report->issues[0].row, 6);
  EXPECT_NE(report->issues[0].reason.find("already registered"), std::string::npos) << report->issues[0].reason;
  EXPECT_EQ(report->issues[1].row, 10);
  EXPECT_NE(report->issues[1].reason.find("row 3"), std::string::npos) << report->issues[1].reason;
}

TEST_F(SheetImportTest, TheBulkPathWritesTheSameRecordsAndRestoresIndexesJournalAndKeys) {
  const long long indexes = test::count(*db, "SELECT count(*) FROM sqlite_master WHERE type = 'index'");
  std::vector<Row> rows;
  for (int h = 0; h < 40; ++h)
    for (const Row& r : household(std::to_string(7001 + h), 1 + h % 4, h % 2 ? otherBuilding : building))
      rows.push_back(r);
  SheetImportOptions bulk;
  bulk.bulkRows = 10;
  auto report = run(writeCsv(rows), bulk);
  ASSERT_TRUE(report.ok()) << report.error().describe();
  ASSERT_TRUE(report->written);
  EXPECT_EQ(report->personsWritten, static_cast<long long>(rows.size()));
  EXPECT_EQ(report->householdsWritten, 40);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM sqlite_master WHERE type = 'index'"), indexes);
  EXPECT_EQ(*db->queryText("PRAGMA journal_mode"), "wal");
  EXPECT_EQ(*db->queryInt("PRAGMA foreign_keys"), 1);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'"), 0);
  // Grid counts recounted: every grid's stored household and person counts match the records.
  EXPECT_EQ(test::count(*db,
                        "SELECT count(*) FROM grid_stats s WHERE s.households <> (SELECT count(*) FROM household h "
                        "WHERE h.grid_id = s.grid_id AND h.logout = 0) OR s.persons <> (SELECT count(*) FROM person p "
                        "WHERE p.grid_id = s.grid_id AND p.logout = 0)"),
            0);
  // Each household's head is its 户主 and its member count is right.
  EXPECT_EQ(test::count(*db,
                        "SELECT count(*) FROM household h JOIN person p ON p.id = h.head_person_id "
                        "WHERE h.source_state = 'imported' AND (p.relation_code <> '02' OR p.household_id <> h.id OR "
                        "h.members_count <> (SELECT count(*) FROM person m WHERE m.household_id = h.id))"),
            0);
  // Found again by ID number through the rebuilt hash index.
  auto found = db->prepare("SELECT name FROM person WHERE id_hmac = ?");
  found->bind(1, key->lookupHash(rows.back().id));
  ASSERT_TRUE(*found->step());
  EXPECT_EQ(found->text(0), rows.back().name);
}

TEST_F(SheetImportTest, ReadsXlsxWithSpreadsheetRowNumbers) {
  std::vector<Row> rows = household("9801", 2);
  rows[1].mobile = "12345678";
  const std::string csv = writeCsv(rows, "book.csv");
  GDALAllRegister();
  const char* args[] = {"-f", "XLSX", nullptr};
  GDALVectorTranslateOptions* options = GDALVectorTranslateOptionsNew(const_cast<char**>(args), nullptr);
  GDALDatasetH source = GDALOpenEx(csv.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
  GDALDatasetH xlsx = GDALVectorTranslate(dir.file("book.xlsx").c_str(), nullptr, 1, &source, options, nullptr);
  GDALVectorTranslateOptionsFree(options);
  GDALClose(source);
  ASSERT_TRUE(xlsx);
  GDALClose(xlsx);
  SheetImportOptions dry;
  dry.dryRun = true;
  auto report = run(dir.file("book.xlsx"), dry);
  ASSERT_TRUE(report.ok()) << report.error().describe();
  ASSERT_EQ(report->issues.size(), 1u);
  EXPECT_EQ(report->issues[0].row, 3);
  EXPECT_EQ(report->issues[0].column, "联系电话");
}

TEST_F(SheetImportTest, FindsTheHeaderUnderTitleRowsAndInTwoMergedRows) {
  std::vector<Row> rows = household("9701", 3);
  rows[1].mobile = "12345678";  // the second data row
  const std::string plain = writeCsv(rows, "plain.csv");
  std::ifstream in(plain);
  std::string header, body, line;
  std::getline(in, header);
  while (std::getline(in, line)) body += line + "\n";
  // A register as communities keep it: a merged title, the unit and date, then the header (row 3).
  const std::string titled = dir.file("titled.csv");
  std::ofstream(titled)
      << "和平社区第1网格实有人口登记表,,,,,,,,,,,,\n填报单位：和平社区,,,,,,,,填报日期：2026-11-01,,,,\n"
      << header << "\n"
      << body;
  // A two-row header: 楼栋编码, 单元 and 房号 under a merged 居住地址 cell (rows 2 and 3, under a title).
  std::string upper = header, lower;
  for (const char* part : {"楼栋编码", "单元", "房号"}) upper.replace(upper.find(part), std::string(part).size(), "");
  upper.replace(upper.find(",,,"), 3, ",居住地址,,");
  for (std::size_t i = 0, column = 0; i < header.size(); ++column) {
    const std::size_t comma = std::min(header.find(',', i), header.size());
    const std::string cell = header.substr(i, comma - i);
    lower += (column ? "," : "") + std::string(cell == "楼栋编码" || cell == "单元" || cell == "房号" ? cell : "");
    i = comma + 1;
  }
  const std::string twoRows = dir.file("two-rows.csv");
  std::ofstream(twoRows) << "实有人口登记表\n" << upper << "\n" << lower << "\n" << body;
  // The same titled register as a workbook.
  GDALAllRegister();
  const char* args[] = {"-f", "XLSX", nullptr};
  const char* open[] = {"HEADERS=NO", nullptr};
  GDALVectorTranslateOptions* options = GDALVectorTranslateOptionsNew(const_cast<char**>(args), nullptr);
  GDALDatasetH source = GDALOpenEx(titled.c_str(), GDAL_OF_VECTOR, nullptr, open, nullptr);
  GDALDatasetH xlsx = GDALVectorTranslate(dir.file("titled.xlsx").c_str(), nullptr, 1, &source, options, nullptr);
  GDALVectorTranslateOptionsFree(options);
  GDALClose(source);
  ASSERT_TRUE(xlsx);
  GDALClose(xlsx);
  struct Case {
    std::string path;
    long long headerRow, badRow;
  };
  for (const Case& c : {Case{titled, 3, 5}, Case{twoRows, 3, 5}, Case{dir.file("titled.xlsx"), 4, 6}}) {
    SCOPED_TRACE(c.path);
    SheetImportOptions dry;
    dry.dryRun = true;
    auto report = run(c.path, dry);
    ASSERT_TRUE(report.ok()) << report.error().describe();
    EXPECT_EQ(report->rows, 3);
    EXPECT_EQ(report->headerRow, c.headerRow);
    ASSERT_EQ(report->issues.size(), 1u);
    EXPECT_EQ(report->issues[0].row, c.badRow);
    EXPECT_EQ(report->issues[0].column, "联系电话");
  }
}

TEST_F(SheetImportTest, FileLevelProblemsSayWhatToDo) {
  std::ofstream(dir.file("gbk.csv"), std::ios::binary)
      << "\xd0\xd5\xc3\xfb,\xc9\xed\xb7\xdd\xd6\xa4\xba\xc5\n\xd5\xc5\xc8\xfd,1\n";
  auto gbk = run(dir.file("gbk.csv"));
  ASSERT_FALSE(gbk.ok());
  EXPECT_NE(gbk.error().message.find("UTF-8"), std::string::npos);

  std::ofstream(dir.file("headers.csv")) << "名字,证件\n张三,1\n";
  auto headers = run(dir.file("headers.csv"));
  ASSERT_FALSE(headers.ok());
  EXPECT_NE(headers.error().message.find("姓名"), std::string::npos) << headers.error().message;
  EXPECT_NE(headers.error().message.find("--map"), std::string::npos);

  SheetImportOptions mapped;
  mapped.columns = {{"name", "名字"}, {"id_number", "证件"}};
  auto stillMissing = run(dir.file("headers.csv"), mapped);
  ASSERT_FALSE(stillMissing.ok());
  EXPECT_NE(stillMissing.error().message.find("与户主关系"), std::string::npos);

  std::ofstream(dir.file("empty.csv")) << "姓名,身份证号,与户主关系,楼栋编码,房号\n";
  auto empty = run(dir.file("empty.csv"));
  ASSERT_FALSE(empty.ok());
  EXPECT_NE(empty.error().message.find("no rows"), std::string::npos);
  EXPECT_EQ(run(dir.file("missing.xlsx")).error().code, ErrorCode::NotFound);
}

}  // namespace
}  // namespace grid
