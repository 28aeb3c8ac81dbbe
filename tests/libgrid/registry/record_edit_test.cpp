// SPDX-License-Identifier: GPL-2.0-or-later
// The ledger editor's engine on a generated district: validation vectors, undo that restores exact values, audit
// rows for every change and reveal, moved-out persons kept in history, paged tables, and Excel/CSV out and in
// (planted errors reported exactly, nothing written on a dry run, export → import yields identical records).
#include "registry/record_edit.h"

#include <gtest/gtest.h>

#include <fstream>
#include <set>

#include "ledger/text_util.h"
#include "registry/ledger_profile.h"
#include "registry/list_sheet.h"
#include "registry/list_table.h"
#include "registry/record_access.h"
#include "support/test_support.h"

namespace grid::registry {
namespace {

const Actor kWorker = Actor::system("grid-worker");

class RegistryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    generated = test::createGeneratedDatabase(dir, clock, kWorker, 3000);
    ASSERT_TRUE(generated.db);
    db = generated.db.get();
    auto book = CodeBook::load(*db);
    ASSERT_TRUE(book.ok());
    codes = *book;
    gridId = test::count(
        *db, "SELECT grid_id FROM household WHERE logout = 0 GROUP BY grid_id ORDER BY count(*) DESC LIMIT 1");
    communityId = test::count(*db, "SELECT community_id FROM grid WHERE id = " + std::to_string(gridId));
  }
  SaveContext context() { return SaveContext{*db, *generated.key, codes, clock, kWorker, {LedgerLevel::Grid, gridId}}; }
  long long audits() { return test::count(*db, "SELECT count(*) FROM audit_log"); }
  std::string dump(const std::string& sql) {
    auto all = db->queryText("WITH t(r) AS (" + sql + ") SELECT coalesce(group_concat(r, '|'), '') FROM t");
    EXPECT_TRUE(all.ok()) << sql << ": " << (all.ok() ? "" : all.error().describe());
    return all.ok() ? *all : std::string();
  }
  //! Every column of a table's rows, as text (blobs as hex), for exact before/after comparisons.
  std::string rows(const std::string& table, const std::string& where = "TRUE") {
    // every column but row_version: an undo is a new edit, so the version moves on (RecordWriter)
    std::string columns;
    const std::vector<std::string> all = *db->columnsOf(table);
    for (const std::string& column : all)
      if (column != "row_version") columns += (columns.empty() ? "\"" : ", \"") + column + "\"";
    auto statement = db->prepare("SELECT " + columns + " FROM " + table + " WHERE " + where + " ORDER BY id");
    EXPECT_TRUE(statement.ok());
    std::string out;
    auto s = statement->forEachRow([&](const Statement& r) {
      for (int i = 0; i < r.columnCount(); ++i) {
        const Value v = r.value(i);
        if (std::holds_alternative<Blob>(v))
          out += "<" + std::to_string(std::get<Blob>(v).size()) +
                 " bytes:" + std::to_string(std::get<Blob>(v).empty() ? 0 : std::get<Blob>(v).back()) + ">";
        else
          out += r.isNull(i) ? "NULL" : r.text(i);
        out += '\t';
      }
      out += '\n';
    });
    EXPECT_TRUE(s.ok());
    return out;
  }
  long long household() {
    return test::count(*db, "SELECT id FROM household WHERE logout = 0 AND members_count >= 2 AND grid_id = " +
                                std::to_string(gridId) + " ORDER BY id LIMIT 1");
  }

  test::TempDir dir;
  FixedClock clock{"2026-11-23T10:00:00Z"};
  test::SampleDatabase generated;
  Database* db = nullptr;
  CodeBook codes;
  long long gridId = -1, communityId = -1;
};

TEST_F(RegistryTest, ValidationVectorsNameTheFieldAndWriteNothing) {
  const long long before = audits();
  const std::string persons = rows("person");
  struct Vector {
    RecordValues values;
    std::set<std::string> bad;  //!< keys that must be reported, and only these
  };
  const std::string h = std::to_string(household());
  const std::vector<Vector> vectors{
      {{{"name", "王小明"}, {"id_number", "440310201503170013"}, {"household_id", h}}, {"id_number"}},  // checksum
      {{{"name", "王小明"}, {"id_number", "44031020150317001"}, {"household_id", h}}, {"id_number"}},   // 17 chars
      {{{"name", ""}, {"household_id", h}}, {"name"}},
      {{{"name", "王小明"}, {"mobile", "1380000"}, {"household_id", h}}, {"mobile"}},
      {{{"name", "王小明"}, {"mobile", "138****0000"}, {"household_id", h}}, {"mobile"}},  // masked on a new record
      {{{"name", "王小明"}, {"birth_date", "2025-02-30"}, {"household_id", h}}, {"birth_date"}},
      {{{"name", "王小明"}, {"relation", "表哥的朋友"}, {"household_id", h}}, {"relation"}},
      {{{"name", "王小明"}, {"gender", "X"}, {"nation", "火星族"}, {"household_id", h}}, {"gender", "nation"}},
      {{{"name", "王小明"}, {"household_id", "99999999"}}, {"household_id"}},
      {{{"name", "王小明"}}, {"household_id"}},
  };
  for (const Vector& vector : vectors) {
    std::vector<FieldIssue> issues;
    auto saved = saveRecord(context(), ListKind::Persons, -1, vector.values, &issues);
    ASSERT_FALSE(saved.ok()) << "accepted: " << vector.values.begin()->second;
    EXPECT_EQ(saved.error().code, ErrorCode::InvalidInput);
    std::set<std::string> reported;
    for (const FieldIssue& issue : issues) {
      reported.insert(issue.key);
      EXPECT_FALSE(issue.message.empty());
    }
    EXPECT_EQ(reported, vector.bad) << saved.error().message;
  }
  // A valid ID number of someone already registered, and a sex that contradicts the ID number.
  auto existing = db->queryInt("SELECT id FROM person WHERE id_cipher IS NOT NULL AND logout = 0 AND grid_id = " +
                               std::to_string(gridId) + " LIMIT 1");
  ASSERT_TRUE(existing.ok());
  auto id = revealValue(*db, *generated.key, clock, kWorker, ListKind::Persons, *existing, "id_number", "test");
  ASSERT_TRUE(id.ok()) << id.error().describe();
  std::vector<FieldIssue> issues;
  EXPECT_FALSE(
      saveRecord(context(), ListKind::Persons, -1, {{"name", "重复"}, {"id_number", *id}, {"household_id", h}}, &issues)
          .ok());
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].key, "id_number");
  const char* sexOfId = ((*id)[16] - '0') % 2 ? "女" : "男";  // the opposite sex
  EXPECT_FALSE(saveRecord(context(), ListKind::Persons, *existing, {{"gender", sexOfId}}, &issues).ok());
  ASSERT_EQ(issues.size(), 1u) << "the stored ID number's 17th digit decides";
  EXPECT_EQ(issues[0].key, "gender");
  EXPECT_EQ(audits(), before + 1) << "only the reveal above is audited";
  EXPECT_EQ(rows("person"), persons);
}

TEST_F(RegistryTest, EditsUndoToTheExactValuesAndRedoAgain) {
  const long long h = household();
  const std::string where = "id = " + std::to_string(h);
  const std::string householdBefore = rows("household", where);
  const std::string personsBefore = rows("person", "household_id = " + std::to_string(h));
  const long long before = audits();
  const RecordValues edit{{"household_type", "出租户"}, {"home_phone", "075528881234"}, {"tags", "低保户"}};
  auto change = saveRecord(context(), ListKind::Households, h, edit);
  ASSERT_TRUE(change.ok()) << change.error().describe();
  EXPECT_EQ(dump("SELECT household_type || ' ' || home_phone_masked || ' ' || tags FROM household WHERE " + where),
            "rental 0755-******34 低保户");
  EXPECT_EQ(audits(), before + 1);
  ASSERT_TRUE(revertRecordChange(*db, clock, kWorker, *change).ok());
  EXPECT_EQ(rows("household", where), householdBefore);
  auto redo = saveRecord(context(), ListKind::Households, h, edit);
  ASSERT_TRUE(redo.ok());
  EXPECT_EQ(dump("SELECT household_type FROM household WHERE " + where), "rental");
  ASSERT_TRUE(revertRecordChange(*db, clock, kWorker, *redo).ok());

  // A newborn: added to the household, the member count follows; undo removes both.
  auto born = saveRecord(context(), ListKind::Persons, -1,
                         {{"name", "王小宝"},
                          {"id_number", "440310202605179979"},
                          {"relation", "子"},
                          {"household_id", std::to_string(h)}});
  ASSERT_TRUE(born.ok()) << born.error().describe();
  EXPECT_EQ(dump("SELECT gender || ' ' || birth_date FROM person WHERE name = '王小宝'"), "M 2026-05-17");
  auto unborn = revertRecordChange(*db, clock, kWorker, *born);
  ASSERT_TRUE(unborn.ok()) << unborn.error().describe();
  EXPECT_EQ(rows("household", where), householdBefore);

  // Change of head, move to another dwelling, move out: each undone exactly.
  const long long member = test::count(*db, "SELECT id FROM person WHERE household_id = " + std::to_string(h) +
                                                " AND id <> (SELECT head_person_id FROM household WHERE " + where +
                                                ") AND logout = 0 LIMIT 1");
  auto head = changeHead(context(), h, member, "配偶");
  ASSERT_TRUE(head.ok()) << head.error().describe();
  EXPECT_EQ(test::count(*db, "SELECT head_person_id FROM household WHERE " + where), member);
  EXPECT_EQ(dump("SELECT relation_code FROM person WHERE id = " + std::to_string(member)), "02");
  ASSERT_TRUE(revertRecordChange(*db, clock, kWorker, *head).ok());
  const long long otherBuilding = test::count(
      *db, "SELECT id FROM building WHERE grid_id IS NOT NULL AND grid_id <> " + std::to_string(gridId) + " LIMIT 1");
  auto moved = moveHousehold(context(), h, otherBuilding, 1, "9901");
  ASSERT_TRUE(moved.ok()) << moved.error().describe();
  EXPECT_EQ(test::count(*db, "SELECT count(DISTINCT grid_id) FROM person WHERE household_id = " + std::to_string(h) +
                                 " AND grid_id = (SELECT grid_id FROM building WHERE id = " +
                                 std::to_string(otherBuilding) + ")"),
            1);
  ASSERT_TRUE(revertRecordChange(*db, clock, kWorker, *moved).ok());
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM house WHERE room_no = '9901'"), 0) << "the new dwelling goes too";
  auto gone = moveOut(context(), ListKind::Households, h, "搬离本社区", "2026-11-20");
  ASSERT_TRUE(gone.ok()) << gone.error().describe();
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM person WHERE logout = 0 AND household_id = " + std::to_string(h)),
            0);
  ASSERT_TRUE(revertRecordChange(*db, clock, kWorker, *gone).ok());
  EXPECT_EQ(rows("household", where), householdBefore);
  EXPECT_EQ(rows("person", "household_id = " + std::to_string(h)), personsBefore);
  EXPECT_FALSE(moveOut(context(), ListKind::Persons, member, "", "2026-11-20").ok()) << "a reason is required";
  EXPECT_FALSE(moveOut(context(), ListKind::Persons, member, "死亡", "2027-01-01").ok()) << "not in the future";
}

TEST_F(RegistryTest, AFormOpenedBeforeSomeoneElseSavedIsRefusedAndNamesWhatChanged) {
  const long long h = household();
  const long long person = test::count(
      *db, "SELECT id FROM person WHERE household_id = " + std::to_string(h) + " AND logout = 0 ORDER BY id LIMIT 1");
  auto opened = recordVersion(*db, ListKind::Persons, person);  // a workstation opens the form
  ASSERT_TRUE(opened.ok()) << opened.error().describe();
  // another workstation saves the work unit meanwhile
  SaveContext other = context();
  other.actor = Actor{"li.na", 9, "GRID_WORKER"};
  ASSERT_TRUE(saveRecord(other, ListKind::Persons, person, {{"work_unit", "坪山区人民医院"}}).ok());
  const long long audits = test::count(*db, "SELECT count(*) FROM audit_log");
  // the first saves its form, read before: refused, nothing written
  SaveContext stale = context();
  stale.expectedVersion = *opened;
  auto refused = saveRecord(stale, ListKind::Persons, person, {{"work_unit", "街道办"}, {"career", "文员"}});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
  EXPECT_NE(refused.error().message.find("li.na"), std::string::npos) << refused.error().message;
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM audit_log"), audits);
  EXPECT_EQ(*db->queryText("SELECT work_unit FROM person WHERE id = " + std::to_string(person)), "坪山区人民医院");
  // what changed since, in the form's own words
  auto stale_ = staleFields(*db, ListKind::Persons, person, *opened);
  ASSERT_TRUE(stale_.ok()) << stale_.error().describe();
  ASSERT_EQ(stale_->size(), 1u);
  EXPECT_EQ(stale_->at(0).key, "work_unit");
  EXPECT_EQ(stale_->at(0).label, "工作单位");
  EXPECT_EQ(stale_->at(0).theirs, "坪山区人民医院");
  EXPECT_EQ(stale_->at(0).who, "li.na");
  // a code is given as the form holds it and shown by its name, the form's own value too
  ASSERT_TRUE(saveRecord(other, ListKind::Persons, person, {{"political", "03"}}).ok());
  const RecordValues mine = {{"political", "01"}, {"work_unit", "街道办"}};
  auto named = staleFields(*db, ListKind::Persons, person, *opened, false, &mine);
  ASSERT_TRUE(named.ok()) << named.error().describe();
  ASSERT_EQ(named->size(), 2u);
  EXPECT_EQ(named->at(1).key, "political");
  EXPECT_EQ(named->at(1).theirs, "03");
  EXPECT_EQ(named->at(1).theirsText, "中国共产主义青年团团员");
  EXPECT_EQ(named->at(1).oursText, "中国共产党党员");
  EXPECT_EQ(named->at(0).oursText, "街道办");
  auto english = staleFields(*db, ListKind::Persons, person, *opened, true, &mine);
  ASSERT_TRUE(english.ok());
  EXPECT_EQ(english->at(1).label, "Political status");
  EXPECT_EQ(english->at(1).theirsText, "CYL member");
  // saved again against the version now: accepted
  stale.expectedVersion = *recordVersion(*db, ListKind::Persons, person);
  ASSERT_TRUE(saveRecord(stale, ListKind::Persons, person, {{"work_unit", "街道办"}, {"career", "文员"}}).ok());
  EXPECT_EQ(*db->queryText("SELECT work_unit FROM person WHERE id = " + std::to_string(person)), "街道办");
}

TEST_F(RegistryTest, MovedOutPersonsStayInTheHistoryAndEveryRevealIsAudited) {
  const long long h = household();
  const long long person = test::count(*db, "SELECT id FROM person WHERE household_id = " + std::to_string(h) +
                                                " AND logout = 0 ORDER BY id DESC LIMIT 1");
  ListQuery query;
  query.kind = ListKind::Persons;
  query.target = {LedgerLevel::Grid, gridId};
  auto active = ListTable(*db, generated.key.get(), query).count();
  ASSERT_TRUE(active.ok());
  ASSERT_TRUE(saveRecord(context(), ListKind::Persons, person, {{"work_unit", "坪山区人民医院"}}).ok());
  ASSERT_TRUE(moveOut(context(), ListKind::Persons, person, "迁往外省", "2026-11-01").ok());
  EXPECT_EQ(*ListTable(*db, generated.key.get(), query).count(), *active - 1);
  query.includeMovedOut = true;
  EXPECT_EQ(*ListTable(*db, generated.key.get(), query).count(), *active);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM person WHERE id = " + std::to_string(person)), 1) << "never deleted";
  auto history = loadHistory(*db, "person", person);
  ASSERT_TRUE(history.ok()) << history.error().describe();
  ASSERT_GE(history->size(), 2u);
  const HistoryEntry& last = history->back();
  EXPECT_EQ(last.action, "update");
  EXPECT_EQ(last.actor, "grid-worker");
  std::map<std::string, std::pair<std::string, std::string>> changed;
  for (const HistoryChange& c : last.changes) changed[c.field] = {c.before, c.after};
  EXPECT_EQ(changed["logout"], std::make_pair(std::string("0"), std::string("1")));
  EXPECT_EQ(changed["logout_reason"].second, "迁往外省");
  EXPECT_EQ((*history)[history->size() - 2].changes.front().after, "坪山区人民医院");

  const long long before = audits();
  EXPECT_FALSE(revealValue(*db, *generated.key, clock, kWorker, ListKind::Persons, person, "id_number", "").ok());
  EXPECT_EQ(audits(), before) << "refused reveals leave nothing to audit";
  auto id = revealValue(*db, *generated.key, clock, kWorker, ListKind::Persons, person, "id_number", "核实户籍");
  ASSERT_TRUE(id.ok()) << id.error().describe();
  EXPECT_EQ(id->size(), 18u);
  EXPECT_EQ(audits(), before + 1);
  EXPECT_EQ(dump("SELECT action || ' ' || reason || ' ' || actor FROM audit_log ORDER BY id DESC LIMIT 1"),
            "reveal 核实户籍 grid-worker");
  auto again = loadHistory(*db, "person", person);
  EXPECT_EQ(again->back().action, "reveal");
}

TEST_F(RegistryTest, TablesPageSearchAndSortWithinTheLedgerScope) {
  ListQuery query;
  query.kind = ListKind::Persons;
  query.target = {LedgerLevel::Grid, gridId};
  query.sortColumn = listSpec(ListKind::Persons).columnIndex("name");
  ListTable table(*db, generated.key.get(), query);
  auto total = table.count();
  ASSERT_TRUE(total.ok());
  EXPECT_EQ(*total,
            test::count(*db, "SELECT count(*) FROM person WHERE logout = 0 AND grid_id = " + std::to_string(gridId)));
  std::vector<ListRow> all;
  for (long long offset = 0; offset < *total; offset += 100) {
    auto page = table.rows(offset, 100);
    ASSERT_TRUE(page.ok()) << page.error().describe();
    all.insert(all.end(), page->begin(), page->end());
  }
  ASSERT_EQ(static_cast<long long>(all.size()), *total);
  std::set<long long> ids;
  for (std::size_t i = 0; i < all.size(); ++i) {
    ids.insert(all[i].id);
    if (i) EXPECT_LE(all[i - 1].raw[1], all[i].raw[1]) << "sorted by name";
    EXPECT_NE(all[i].raw[2].find("********"), std::string::npos) << "ID numbers are masked in tables";
  }
  EXPECT_EQ(static_cast<long long>(ids.size()), *total) << "pages neither overlap nor skip";
  // Search by part of a name, and by a full ID number through its keyed hash.
  const std::string name = all[all.size() / 2].raw[1];
  query.search = name;
  auto byName = ListTable(*db, generated.key.get(), query).rows(0, 50);
  ASSERT_TRUE(byName.ok());
  EXPECT_TRUE(std::any_of(byName->begin(), byName->end(), [&](const ListRow& r) { return r.raw[1] == name; }));
  auto id = revealValue(*db, *generated.key, clock, kWorker, ListKind::Persons, all[3].id, "id_number", "test");
  ASSERT_TRUE(id.ok());
  query.search = *id;
  auto byId = ListTable(*db, generated.key.get(), query).rows(0, 50);
  ASSERT_TRUE(byId.ok());
  ASSERT_EQ(byId->size(), 1u);
  EXPECT_EQ(byId->front().id, all[3].id);
  // The community profile counts what its grids hold.
  auto profile = loadLedgerProfile(*db, {LedgerLevel::Community, communityId});
  ASSERT_TRUE(profile.ok()) << profile.error().describe();
  const std::string grids = "(SELECT id FROM grid WHERE community_id = " + std::to_string(communityId) + ")";
  EXPECT_EQ(profile->households,
            test::count(*db, "SELECT count(*) FROM household WHERE logout = 0 AND grid_id IN " + grids));
  EXPECT_EQ(profile->keyPlaces,
            test::count(*db, "SELECT count(*) FROM key_place WHERE logout = 0 AND grid_id IN " + grids));
  EXPECT_GT(profile->partyMembers, 0);
  EXPECT_FALSE(profile->staff.empty());
}

//! Writes a UTF-8 CSV with \a header and \a rows.
void writeCsv(const std::string& path, const std::string& header, const std::vector<std::string>& rows) {
  std::ofstream out(path);
  out << header << "\n";
  for (const std::string& row : rows) out << row << "\n";
}

TEST_F(RegistryTest, APlaceSheetWithTwentyPlantedErrorsReportsExactlyThoseAndWritesNothing) {
  const std::string grid = dump("SELECT grid_code FROM grid WHERE id = " + std::to_string(gridId));
  const std::string building = std::to_string(
      test::count(*db, "SELECT id FROM building WHERE grid_id = " + std::to_string(gridId) + " LIMIT 1"));
  const std::string header =
      "名称,分类,关注程度,风险等级,负责人电话,消防等级,网格编码,楼栋编号,X坐标,Y坐标,重点类型,管理级别";
  const std::string good =
      ",餐饮服务场所,一般,低风险（蓝）,13800138000,2," + grid + "," + building + ",,,消防安全重点,B";
  std::vector<std::string> rows;
  std::set<std::pair<long long, std::string>> planted;
  auto plant = [&](const std::string& row, const std::vector<std::string>& columns) {
    rows.push_back(row);
    for (const std::string& c : columns) planted.insert({static_cast<long long>(rows.size()) + 1, c});
  };
  for (int i = 0; i < 10; ++i) rows.push_back("好场所" + std::to_string(i) + good);
  plant(",餐饮服务场所,一般,,,," + grid + ",,,,,", {"名称"});
  plant("甲,火锅店,一般,,,," + grid + ",,,,,", {"分类"});
  plant("乙,餐饮服务场所,很严重,,,," + grid + ",,,,,", {"关注程度"});
  plant("丙,餐饮服务场所,一般,紫色,,," + grid + ",,,,,", {"风险等级"});
  plant("丁,餐饮服务场所,一般,,1380013,," + grid + ",,,,,", {"负责人电话"});
  plant("戊,餐饮服务场所,一般,,,7," + grid + ",,,,,", {"消防等级"});
  plant("己,餐饮服务场所,一般,,,,123,,,,,", {"网格编码"});
  plant("庚,餐饮服务场所,一般,,,," + grid + ",99999999,,,,", {"楼栋编号"});
  plant("辛,餐饮服务场所,一般,,,," + grid + ",,512345.5,,,", {"Y坐标"});
  plant("壬,餐饮服务场所,一般,,,," + grid + ",,abc,2500000,,", {"X坐标"});
  plant("癸,餐饮服务场所,一般,,,," + grid + ",,,,噪音扰民,", {"重点类型"});
  plant("子,餐饮服务场所,一般,,,," + grid + ",,,,,D", {"管理级别"});
  plant("丑,,,,,,,,,,,", {"分类", "网格编码"});
  plant("辰,餐饮服务场所,一般,,,二级," + grid + ",,,,,", {"消防等级"});
  plant("巳,餐饮服务场所,一般,,,," + grid + ",,,,,甲", {"管理级别"});
  plant("寅,学校,严重,粉色,138****0000,0," + grid + ",,,,,", {"风险等级", "负责人电话", "消防等级"});
  plant("卯,学校,严重,,,,,,,,,", {"网格编码"});
  ASSERT_EQ(planted.size(), 20u);
  const std::string path = dir.file("places.csv");
  writeCsv(path, header, rows);
  const std::string before = rows.empty() ? "" : this->rows("key_place");
  const long long audit = audits();
  SheetImportOptions options;
  options.dryRun = true;
  auto report =
      importList(*db, *generated.key, clock, kWorker, ListKind::KeyPlaces, {LedgerLevel::Grid, gridId}, path, options);
  ASSERT_TRUE(report.ok()) << report.error().describe();
  std::set<std::pair<long long, std::string>> found;
  for (const SheetIssue& issue : report->issues) {
    found.insert({issue.row, issue.column});
    if (!planted.count({issue.row, issue.column}) || getenv("GS_ISSUES"))
      ADD_FAILURE() << issue.row << " " << issue.column << ": " << issue.reason;
    EXPECT_FALSE(issue.reason.empty());
  }
  EXPECT_EQ(found, planted);
  EXPECT_EQ(report->issues.size(), 20u);
  EXPECT_EQ(report->rows, 27);
  EXPECT_EQ(report->invalidRows, 17);
  EXPECT_FALSE(report->written);
  EXPECT_EQ(this->rows("key_place"), before);
  EXPECT_EQ(audits(), audit);
  // All or nothing, then skip-invalid.
  options.dryRun = false;
  report =
      importList(*db, *generated.key, clock, kWorker, ListKind::KeyPlaces, {LedgerLevel::Grid, gridId}, path, options);
  ASSERT_TRUE(report.ok());
  EXPECT_FALSE(report->written);
  EXPECT_EQ(this->rows("key_place"), before);
  options.skipInvalid = true;
  report =
      importList(*db, *generated.key, clock, kWorker, ListKind::KeyPlaces, {LedgerLevel::Grid, gridId}, path, options);
  ASSERT_TRUE(report.ok());
  EXPECT_TRUE(report->written);
  EXPECT_EQ(report->recordsWritten, 10);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM key_place WHERE name LIKE '好场所%' AND grid_id = " +
                                 std::to_string(gridId) + " AND geom IS NOT NULL AND classification_code = 'CATERING'"),
            10);
}

TEST_F(RegistryTest, AListImportTouchesNoRecordOutsideTheLedgerNamed) {
  // Another grid of the district, with a key place of its own.
  const long long otherGrid = test::count(
      *db, "SELECT id FROM grid WHERE id <> " + std::to_string(gridId) + " AND retired_at IS NULL ORDER BY id LIMIT 1");
  ASSERT_GT(otherGrid, 0);
  const std::string ownCode = dump("SELECT grid_code FROM grid WHERE id = " + std::to_string(gridId));
  const std::string otherCode = dump("SELECT grid_code FROM grid WHERE id = " + std::to_string(otherGrid));
  auto place = [&](long long grid, const std::string& name) {
    auto context = SaveContext{*db, *generated.key, codes, clock, kWorker, {LedgerLevel::Grid, grid}};
    const std::string code = dump("SELECT grid_code FROM grid WHERE id = " + std::to_string(grid));
    auto saved = saveRecord(context, ListKind::KeyPlaces, -1,
                            {{"name", name}, {"classification", "CATERING"}, {"attention", "normal"}, {"grid", code}});
    EXPECT_TRUE(saved.ok()) << (saved.ok() ? "" : saved.error().describe());
    return test::count(*db, "SELECT max(id) FROM key_place");
  };
  const long long own = place(gridId, "本网格饭店");
  const long long foreign = place(otherGrid, "邻网格饭店");
  const std::string before = rows("key_place");
  const long long audit = audits();
  const std::string header = "编号,名称,分类,关注程度,网格编码";
  const std::string path = dir.file("bounded.csv");
  writeCsv(path, header,
           {std::to_string(own) + ",本网格饭店（改）,餐饮服务场所,一般," + ownCode,  // fine on its own
            std::to_string(foreign) + ",改名,餐饮服务场所,一般," + ownCode,          // another grid's place
            ",新饭店,餐饮服务场所,一般," + otherCode,                                // a new place in another grid
            std::to_string(own) + ",又改,餐饮服务场所,一般," + ownCode});            // the same 编号 again
  for (bool skipInvalid : {false, true}) {
    SCOPED_TRACE(skipInvalid ? "skip invalid" : "all or nothing");
    SheetImportOptions options;
    options.skipInvalid = skipInvalid;
    auto report = importList(*db, *generated.key, clock, kWorker, ListKind::KeyPlaces, {LedgerLevel::Grid, gridId},
                             path, options);
    ASSERT_TRUE(report.ok()) << report.error().describe();
    std::set<std::pair<long long, std::string>> found;
    for (const SheetIssue& issue : report->issues) found.insert({issue.row, issue.column});
    EXPECT_EQ(found, (std::set<std::pair<long long, std::string>>{{3, "编号"}, {4, "网格编码"}, {5, "编号"}}));
    for (const SheetIssue& issue : report->issues) {
      if (issue.row == 3) {
        EXPECT_NE(issue.reason.find(otherCode), std::string::npos) << issue.reason;
      }
      if (issue.row == 5) {
        EXPECT_NE(issue.reason.find("row 2"), std::string::npos) << issue.reason;
      }
    }
    EXPECT_EQ(report->invalidRows, 3);
    EXPECT_EQ(dump("SELECT name || '@' || grid_id FROM key_place WHERE id = " + std::to_string(foreign)),
              "邻网格饭店@" + std::to_string(otherGrid));
    EXPECT_EQ(test::count(*db, "SELECT count(*) FROM key_place WHERE name = '新饭店'"), 0);
    if (!skipInvalid) {
      EXPECT_FALSE(report->written);
      EXPECT_EQ(rows("key_place"), before);
      EXPECT_EQ(audits(), audit);
    } else {
      EXPECT_TRUE(report->written);
      EXPECT_EQ(report->recordsWritten, 1);
      EXPECT_EQ(dump("SELECT name FROM key_place WHERE id = " + std::to_string(own)), "本网格饭店（改）");
    }
  }
}

TEST_F(RegistryTest, AListSheetWithATitleRowIsReadFromItsHeaderRow) {
  const std::string grid = dump("SELECT grid_code FROM grid WHERE id = " + std::to_string(gridId));
  const std::string path = dir.file("titled-places.csv");
  writeCsv(path, "和平社区重点场所清单,,,",
           {"填报日期：2026-11-01,,,", "名称,分类,关注程度,网格编码", "标题下的饭店,餐饮服务场所,一般," + grid,
            "第二家,餐饮服务场所,很严重," + grid});
  auto report = importList(*db, *generated.key, clock, kWorker, ListKind::KeyPlaces, {LedgerLevel::Grid, gridId}, path);
  ASSERT_TRUE(report.ok()) << report.error().describe();
  EXPECT_EQ(report->headerRow, 3);
  EXPECT_EQ(report->rows, 2);
  ASSERT_EQ(report->issues.size(), 1u);
  EXPECT_EQ(report->issues[0].row, 5) << "rows keep the spreadsheet's numbers";
  EXPECT_EQ(report->issues[0].column, "关注程度");
  EXPECT_FALSE(report->written);
}

TEST_F(RegistryTest, NumbersThatAreNoWholeNumberAreReportedNotCast) {
  // Found by the list-import fuzzer: NaN, infinities and 1e30 reached a double → long long cast (undefined).
  const std::string grid = dump("SELECT grid_code FROM grid WHERE id = " + std::to_string(gridId));
  for (const std::string& count : {"NaN", "inf", "-Infinity", "1e30", "-1e19", "2.5"}) {
    SCOPED_TRACE(count);
    std::vector<FieldIssue> issues;
    auto saved = saveRecord(
        context(), ListKind::KeyPlaces, -1,
        {{"name", "数值场所"}, {"classification", "CATERING"}, {"grid", grid}, {"staff_count", count}}, &issues);
    ASSERT_FALSE(saved.ok());
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(issues[0].key, "staff_count");
  }
  EXPECT_TRUE(
      saveRecord(context(), ListKind::KeyPlaces, -1,
                 {{"name", "数值场所"}, {"classification", "CATERING"}, {"grid", grid}, {"staff_count", "12.0"}})
          .ok())
      << "Excel's 12.0 is still 12";
}

TEST_F(RegistryTest, AFormSaveCannotMoveARecordOutOfItsLedger) {
  const long long otherGrid = test::count(
      *db, "SELECT id FROM grid WHERE id <> " + std::to_string(gridId) + " AND retired_at IS NULL ORDER BY id LIMIT 1");
  const std::string otherCode = dump("SELECT grid_code FROM grid WHERE id = " + std::to_string(otherGrid));
  const std::string ownCode = dump("SELECT grid_code FROM grid WHERE id = " + std::to_string(gridId));
  auto saved =
      saveRecord(context(), ListKind::KeyPlaces, -1,
                 {{"name", "小卖部"}, {"classification", "CATERING"}, {"attention", "normal"}, {"grid", ownCode}});
  ASSERT_TRUE(saved.ok()) << saved.error().describe();
  const long long id = test::count(*db, "SELECT max(id) FROM key_place");
  const std::string before = rows("key_place");
  std::vector<FieldIssue> issues;
  auto moved = saveRecord(context(), ListKind::KeyPlaces, id, {{"grid", otherCode}}, &issues);
  ASSERT_FALSE(moved.ok());
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].key, "grid");
  EXPECT_NE(issues[0].message.find(otherCode), std::string::npos) << issues[0].message;
  EXPECT_EQ(rows("key_place"), before);
  // The grid's community ledger holds both grids, so there the same move is fine.
  SaveContext community = context();
  community.target = {LedgerLevel::Community, communityId};
  const long long otherCommunity =
      test::count(*db, "SELECT community_id FROM grid WHERE id = " + std::to_string(otherGrid));
  if (otherCommunity == communityId) {
    EXPECT_TRUE(saveRecord(community, ListKind::KeyPlaces, id, {{"grid", otherCode}}).ok());
    EXPECT_EQ(test::count(*db, "SELECT grid_id FROM key_place WHERE id = " + std::to_string(id)), otherGrid);
  }
}

TEST_F(RegistryTest, ExportThenImportYieldsIdenticalRecordsForTheThreeLists) {
  const LedgerTarget community{LedgerLevel::Community, communityId};
  struct Case {
    ListKind kind;
    std::string table, columns;
  };
  const std::vector<Case> cases{
      {ListKind::KeyPlaces, "key_place",

       "t.id; t.grid_id; t.building_id; t.name; t.address; t.classification_code; t.key_types; t.hidden_danger; "
       "t.rectification; t.attention_level; t.risk_colour; t.charge_person; t.charge_phone_masked; t.staff_count; "
       "t.fire_level; t.management_class; round(ST_X(t.geom), 2); round(ST_Y(t.geom), 2)"},
      {ListKind::KeyPersons, "key_person",

       "t.id; t.person_id; t.grid_id; t.category_code; t.attention_level; t.under_attention; t.risk_colour; "
       "t.helper_staff_id; t.last_visit_date; t.next_visit_due"},
      {ListKind::PatrolLogs, "patrol_log",

       "t.id; t.grid_id; t.staff_id; t.log_type; t.object_type; t.object_id; t.key_matter_id; t.work_time; t.place; "
       "t.met_person; t.content; t.has_exception; t.exception_code; t.exception_info; t.next_due; t.event_id; "
       "t.sign_status"},
      {ListKind::KeyMatters, "key_matter",

       "t.id; t.serial_number; t.grid_id; t.subject; t.group_size; t.group_type; t.aspiration_code; t.warning_level; "
       "t.stability_unit; t.stability_owner; t.resolve_unit; t.resolve_owner; t.current_state; t.status; t.origin; "
       "t.registrant; t.registered_at; t.deadline; t.next_review_date"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.table);
    const std::string scope = scopeCondition(listSpec(c.kind), community);
    const std::string from = listSpec(c.kind).from;
    auto snapshot = [&] {
      std::string concat;
      for (const std::string& column : splitText(c.columns, "; "))
        concat += (concat.empty() ? "" : " || '~' || ") + std::string("coalesce(CAST(") + column + " AS TEXT), '')";
      return dump("SELECT " + concat + " FROM " + from + " WHERE " + scope + " ORDER BY t.id");
    };
    const std::string before = snapshot();
    ASSERT_FALSE(before.empty());
    const std::string path = dir.file(listCode(c.kind) + ".xlsx");
    ListExportOptions options;
    options.reveal = true;
    options.reason = "与街道交换台账";
    auto exported = exportList(*db, *generated.key, clock, kWorker, c.kind, community, path, options);
    ASSERT_TRUE(exported.ok()) << exported.error().describe();
    EXPECT_GT(*exported, 0);
    EXPECT_EQ(dump("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1"), "export");
    // Remove them (links first), put them back from the sheet.
    const std::string ids = "SELECT t.id FROM " + from + " WHERE " + scope;
    if (c.kind == ListKind::KeyMatters) {
      ASSERT_TRUE(db->exec("DELETE FROM key_matter_link WHERE key_matter_id IN (" + ids + ")").ok());
      ASSERT_TRUE(db->exec("DELETE FROM patrol_log WHERE key_matter_id IN (" + ids + ")").ok());  // their visits
    }
    if (c.kind == ListKind::KeyPlaces)
      ASSERT_TRUE(
          db->exec("DELETE FROM key_matter_link WHERE object_type = 'key_place' AND object_id IN (" + ids + ")").ok());
    ASSERT_TRUE(db->exec("DELETE FROM " + c.table + " WHERE id IN (" + ids + ")").ok());
    ASSERT_TRUE(snapshot().empty());
    auto imported = importList(*db, *generated.key, clock, kWorker, c.kind, community, path);
    ASSERT_TRUE(imported.ok()) << imported.error().describe();
    for (const SheetIssue& issue : imported->issues)
      ADD_FAILURE() << issue.row << " " << issue.column << ": " << issue.reason;
    EXPECT_TRUE(imported->written);
    EXPECT_EQ(imported->recordsWritten, *exported);
    EXPECT_EQ(snapshot(), before);
  }
}

}  // namespace
}  // namespace grid::registry
