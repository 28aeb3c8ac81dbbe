// SPDX-License-Identifier: GPL-2.0-or-later
// Work packages out and back on the sample district: each failure reported against Mergin Maps' geodiff and db-sync
// (different columns of one row, the same change on both sides, inserts on both sides, UNIQUE and foreign keys,
// conflicts forgotten after a later sync) as a test; scope, revocation, idempotence, a redraw since the package was
// made, and a randomized three-way check against an independent model.
#include "packages/work_package.h"

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>
#include <sqlite3.h>

#include <map>
#include <random>
#include <set>

#include "checks/validator.h"
#include "districting/community_plan.h"
#include "registry/list_spec.h"
#include "registry/record_edit.h"
#include "support/test_support.h"

namespace grid::packages {
namespace {

const Actor kSecretary = Actor::system("secretary");

//! The package file edited as QGIS or QField would: plain SQL on its (aspatial) tables.
class PackageEditor {
 public:
  explicit PackageEditor(const std::string& path) { EXPECT_EQ(sqlite3_open(path.c_str(), &m_db), SQLITE_OK); }
  ~PackageEditor() { sqlite3_close(m_db); }
  void exec(const std::string& sql) {
    char* error = nullptr;
    EXPECT_EQ(sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &error), SQLITE_OK)
        << sql << ": " << (error ? error : "");
    sqlite3_free(error);
  }
  void set(const std::string& table, long long fid, const std::string& field, const std::string& value) {
    sqlite3_stmt* statement = nullptr;
    const std::string sql = "UPDATE " + table + " SET " + field + " = ? WHERE fid = ?";
    ASSERT_EQ(sqlite3_prepare_v2(m_db, sql.c_str(), -1, &statement, nullptr), SQLITE_OK) << sql;
    if (value.empty())
      sqlite3_bind_null(statement, 1);
    else
      sqlite3_bind_text(statement, 1, value.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(statement, 2, fid);
    EXPECT_EQ(sqlite3_step(statement), SQLITE_DONE);
    sqlite3_finalize(statement);
  }
  long long lastId() const { return sqlite3_last_insert_rowid(m_db); }
  long long count(const std::string& sql) {
    sqlite3_stmt* statement = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(m_db, sql.c_str(), -1, &statement, nullptr), SQLITE_OK) << sql;
    long long value = -1;
    if (sqlite3_step(statement) == SQLITE_ROW) value = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return value;
  }
  std::string text(const std::string& sql) {
    sqlite3_stmt* statement = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(m_db, sql.c_str(), -1, &statement, nullptr), SQLITE_OK) << sql;
    std::string value;
    if (sqlite3_step(statement) == SQLITE_ROW && sqlite3_column_text(statement, 0))
      value = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
    sqlite3_finalize(statement);
    return value;
  }

 private:
  sqlite3* m_db = nullptr;
};

class WorkPackageTest : public ::testing::Test {
 protected:
  void SetUp() override {
    sample = test::createSampleDatabase(dir);
    ASSERT_TRUE(sample.db);
    db = sample.db.get();
    auto book = registry::CodeBook::load(*db);
    ASSERT_TRUE(book.ok());
    codes = *book;
    grid1 = test::count(*db, "SELECT id FROM grid ORDER BY grid_code LIMIT 1");
    grid2 = test::count(*db, "SELECT id FROM grid ORDER BY grid_code LIMIT 1 OFFSET 1");
    code1 = text("SELECT grid_code FROM grid WHERE id = " + std::to_string(grid1));
    code2 = text("SELECT grid_code FROM grid WHERE id = " + std::to_string(grid2));
  }
  PackageContext context() { return PackageContext{*db, *sample.key, clock, kSecretary}; }
  std::string text(const std::string& sql) {
    auto value = db->queryText(sql);
    EXPECT_TRUE(value.ok()) << sql << ": " << (value.ok() ? "" : value.error().describe());
    return value.ok() ? *value : std::string();
  }
  std::string make(const std::string& name, std::vector<std::string> grids, const std::string& user = "wang") {
    CreateRequest request;
    request.gridCodes = std::move(grids);
    request.userLogin = user;
    request.output = dir.file(name);
    auto made = createPackage(context(), request);
    EXPECT_TRUE(made.ok()) << (made.ok() ? "" : made.error().describe());
    if (made.ok()) packageIds[request.output] = made->packageId;
    return request.output;
  }
  MergeReport merge(const std::string& path, bool dryRun = false) {
    auto report = mergePackage(context(), path, dryRun);
    EXPECT_TRUE(report.ok()) << (report.ok() ? "" : report.error().describe());
    return report.ok() ? *report : MergeReport{};
  }
  //! Saves a field as the ledger form does (the master's own edit).
  void masterSet(registry::ListKind kind, long long id, const std::string& key, const std::string& value) {
    const registry::SaveContext save{*db, *sample.key, codes, clock, kSecretary, {}};
    auto saved = registry::saveRecord(save, kind, id, {{key, value}});
    ASSERT_TRUE(saved.ok()) << saved.error().describe();
  }
  long long household(int offset, long long grid) {
    return test::count(*db, "SELECT id FROM household WHERE logout = 0 AND grid_id = " + std::to_string(grid) +
                                " ORDER BY id LIMIT 1 OFFSET " + std::to_string(offset));
  }
  long long person(int offset, long long grid) {
    return test::count(*db, "SELECT id FROM person WHERE logout = 0 AND grid_id = " + std::to_string(grid) +
                                " ORDER BY id LIMIT 1 OFFSET " + std::to_string(offset));
  }
  std::string field(const std::string& table, const std::string& column, long long id) {
    return text("SELECT coalesce(" + column + ", '') FROM " + table + " WHERE id = " + std::to_string(id));
  }
  void expectValid() {
    auto report = validateDatabase(*db, sample.key.get());
    ASSERT_TRUE(report.ok()) << report.error().describe();
    EXPECT_TRUE(report->violations.empty())
        << report->violations.front().rule << ": " << report->violations.front().message;
  }

  test::TempDir dir;
  test::SampleDatabase sample;
  Database* db = nullptr;
  registry::CodeBook codes;
  FixedClock clock{"2026-12-01T09:00:00Z"};
  long long grid1 = -1, grid2 = -1;
  std::string code1, code2;
  std::map<std::string, long long> packageIds;  //!< path → work_package.id
};

TEST_F(WorkPackageTest, CreateWritesTheGridsRecordsMaskedWithTheirBase) {
  const std::string path = make("p.gpkg", {code1});
  PackageEditor package(path);
  const std::string grid = std::to_string(grid1);
  EXPECT_EQ(package.count("SELECT count(*) FROM households"),
            test::count(*db, "SELECT count(*) FROM household WHERE logout = 0 AND grid_id = " + grid));
  EXPECT_EQ(package.count("SELECT count(*) FROM persons"),
            test::count(*db, "SELECT count(*) FROM person WHERE logout = 0 AND grid_id = " + grid));
  EXPECT_EQ(package.count("SELECT count(*) FROM persons WHERE fid NOT IN (SELECT gs_fid FROM gs_base_persons)"), 0);
  EXPECT_EQ(package.count("SELECT count(*) FROM persons WHERE id_number IS NOT NULL AND id_number NOT LIKE '%*%'"), 0);
  EXPECT_GT(package.count("SELECT count(*) FROM persons WHERE id_number LIKE '%*%'"), 0);
  EXPECT_EQ(package.count("SELECT count(*) FROM code_value WHERE domain = 'household_type'"),
            test::count(*db, "SELECT count(*) FROM code_value WHERE domain = 'household_type' AND active = 1"));
  EXPECT_EQ(package.text("SELECT value FROM gs_package WHERE key = 'user'"), "wang");
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM work_package WHERE user_login = 'wang' AND status = 'out'"), 1);

  CreateRequest request{{"999999999999999"}, "wang", dir.file("bad.gpkg"), 90};
  auto refused = createPackage(context(), request);
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.error().message.find("999999999999999"), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(dir.file("bad.gpkg")));
  request.gridCodes = {code1};
  request.output = path;  // exists: refused, nothing recorded
  EXPECT_FALSE(createPackage(context(), request).ok());
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM work_package"), 1);
}

// geodiff #146: concurrent edits of different columns of one row gave a wrong conflict or a malformed rebase.
TEST_F(WorkPackageTest, DifferentFieldsOfOneRecordBothMerge) {
  const long long h = household(0, grid1);
  const std::string path = make("p.gpkg", {code1});
  PackageEditor(path).set("households", h, "tags", "低保户");
  masterSet(registry::ListKind::Households, h, "account_number", "A-778");
  const MergeReport report = merge(path);
  EXPECT_TRUE(report.issues.empty());
  EXPECT_EQ(field("household", "tags", h), "低保户");
  EXPECT_EQ(field("household", "account_number", h), "A-778");
  expectValid();
}

// geodiff #152: the same change on both sides was reported as a conflict.
TEST_F(WorkPackageTest, TheSameChangeOnBothSidesIsNoConflict) {
  const long long p = person(0, grid1);
  const std::string path = make("p.gpkg", {code1});
  PackageEditor(path).set("persons", p, "work_unit", "社区卫生服务中心");
  masterSet(registry::ListKind::Persons, p, "work_unit", "社区卫生服务中心");
  const long long audits = test::count(*db, "SELECT count(*) FROM audit_log WHERE table_name = 'person'");
  const MergeReport report = merge(path);
  EXPECT_TRUE(report.issues.empty());
  EXPECT_EQ(report.fieldsIdentical, 1);
  EXPECT_EQ(report.fieldsApplied, 0);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM audit_log WHERE table_name = 'person'"), audits);
}

// db-sync #152: conflicted changes were forgotten after a later successful sync.
TEST_F(WorkPackageTest, ConflictsAreKeptUntilResolvedThroughLaterMerges) {
  const long long p = person(1, grid1);
  const std::string path = make("p.gpkg", {code1});
  PackageEditor(path).set("persons", p, "work_unit", "物业公司");
  masterSet(registry::ListKind::Persons, p, "work_unit", "街道办事处");
  MergeReport first = merge(path);
  ASSERT_EQ(first.issues.size(), 1u);
  EXPECT_EQ(first.issues[0].kind, "conflict");
  EXPECT_EQ(first.issues[0].ours, "街道办事处");
  EXPECT_EQ(first.issues[0].theirs, "物业公司");
  EXPECT_EQ(field("person", "work_unit", p), "街道办事处");  // never silently overwritten

  // The worker goes on editing another record; the next merge succeeds and the conflict is still there.
  const long long other = person(2, grid1);
  PackageEditor(path).set("persons", other, "work_unit", "学校");
  MergeReport second = merge(path);
  EXPECT_TRUE(second.issues.empty());
  EXPECT_EQ(field("person", "work_unit", other), "学校");
  auto open = listConflicts(*db, first.packageId);
  ASSERT_TRUE(open.ok());
  ASSERT_EQ(open->size(), 1u);
  EXPECT_EQ(second.openIssues, 1);

  // Resolved as theirs: the package's value is written, audited, and the conflict closes.
  ASSERT_TRUE(resolveConflict(context(), (*open)[0].issue.conflictId, Resolution::Theirs).ok());
  EXPECT_EQ(field("person", "work_unit", p), "物业公司");
  EXPECT_TRUE(listConflicts(*db, first.packageId)->empty());
  EXPECT_FALSE(resolveConflict(context(), (*open)[0].issue.conflictId, Resolution::Ours).ok());
}

// geodiff #62: rows inserted on both sides got colliding ids and only the conflicting ones were remapped.
TEST_F(WorkPackageTest, RowsInsertedOnBothSidesGetNewIdsWithEveryReferenceRemapped) {
  const std::string path = make("p.gpkg", {code1});
  const long long building =
      test::count(*db, "SELECT id FROM building WHERE grid_id = " + std::to_string(grid1) + " ORDER BY id LIMIT 1");
  const long long existing = household(3, grid1);
  PackageEditor package(path);
  std::vector<long long> newHouseholds;
  for (const char* room : {"9901", "9902"}) {
    package.exec("INSERT INTO households (household_type, building_id, unit, room) VALUES ('registered', " +
                 std::to_string(building) + ", 1, '" + room + "')");
    newHouseholds.push_back(package.lastId());
  }
  // Persons in both new households and one in an existing household; the package's new ids are the next ones, which
  // the master hands out too.
  package.exec(
      "INSERT INTO persons (name, gender, population_type, relation, household_id) VALUES ('新甲', 'M', "
      "'registered', '02', " +
      std::to_string(newHouseholds[0]) + ")");
  package.exec(
      "INSERT INTO persons (name, gender, population_type, relation, household_id) VALUES ('新乙', 'F', "
      "'registered', '02', " +
      std::to_string(newHouseholds[1]) + ")");
  package.exec(
      "INSERT INTO persons (name, gender, population_type, relation, household_id) VALUES ('新丙', 'F', "
      "'registered', '10', " +
      std::to_string(existing) + ")");
  // The master adds a household in the meantime: it takes the id the package's first new household has.
  const registry::SaveContext save{*db, *sample.key, codes, clock, kSecretary, {}};
  auto ours = registry::saveRecord(
      save, registry::ListKind::Households, -1,
      {{"household_type", "registered"}, {"building_id", std::to_string(building)}, {"unit", "1"}, {"room", "8801"}});
  ASSERT_TRUE(ours.ok()) << ours.error().describe();
  const long long oursId = ours->created.back().second;
  // The package's new ids follow its own rows, so they are ids the database already gave to other grids' records.
  const std::string taken = std::to_string(newHouseholds[0]);
  EXPECT_EQ(test::count(
                *db, "SELECT count(*) FROM household WHERE id = " + taken + " AND grid_id <> " + std::to_string(grid1)),
            1);
  const long long takenMembers = test::count(*db, "SELECT count(*) FROM person WHERE household_id = " + taken);

  const MergeReport report = merge(path);
  EXPECT_TRUE(report.issues.empty()) << report.issues.front().message;
  EXPECT_EQ(report.rowsInserted, 5);
  auto householdOf = [&](const char* name) {
    return test::count(*db, std::string("SELECT household_id FROM person WHERE name = '") + name + "'");
  };
  auto roomOf = [&](long long id) {
    return text("SELECT h.room_no FROM household t JOIN house h ON h.id = t.house_id WHERE t.id = " +
                std::to_string(id));
  };
  EXPECT_EQ(roomOf(householdOf("新甲")), "9901");
  EXPECT_EQ(roomOf(householdOf("新乙")), "9902");
  EXPECT_EQ(householdOf("新丙"), existing);
  EXPECT_EQ(roomOf(oursId), "8801");  // the master's own rows are untouched
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM person WHERE household_id = " + taken), takenMembers);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM person WHERE household_id = " + std::to_string(oursId)), 0);
  expectValid();
}

// geodiff #210 and #48: UNIQUE constraints and foreign keys broke a rebase. Here a value that breaks a rule is refused
// and kept, the rest merges, and new rows that point to new rows keep their links.
TEST_F(WorkPackageTest, AUniqueValueClashIsKeptAndTheRestMerges) {
  const long long a = person(0, grid1), b = person(4, grid1);
  const std::string path = make("p.gpkg", {code1});
  // Another person's ID number, in full (the worker typed it): unique among persons, so refused.
  auto key = sample.key.get();
  auto statement = db->prepare("SELECT id_cipher FROM person WHERE id = ?");
  ASSERT_TRUE(statement.ok());
  statement->bind(1, b);
  ASSERT_TRUE(*statement->step());
  const std::string taken = *key->decrypt(statement->blob(0));
  PackageEditor package(path);
  package.set("persons", a, "id_number", taken);
  package.set("persons", a, "work_unit", "医院");
  package.set("households", household(1, grid1), "tags", "独居");
  const MergeReport report = merge(path);
  ASSERT_EQ(report.issues.size(), 2u);  // both fields of the refused save are kept
  for (const MergeIssue& issue : report.issues) EXPECT_EQ(issue.kind, "refused");
  EXPECT_NE(field("person", "id_masked", a), field("person", "id_masked", b));
  EXPECT_EQ(field("person", "work_unit", a), field("person", "work_unit", a));
  EXPECT_EQ(field("household", "tags", household(1, grid1)), "独居");
  expectValid();
}

TEST_F(WorkPackageTest, DeletedRowsAreMovedOutNeverDeleted) {
  const long long p = person(3, grid1), q = person(4, grid1);
  const std::string path = make("p.gpkg", {code1});
  PackageEditor(path).exec("DELETE FROM persons WHERE fid IN (" + std::to_string(p) + ", " + std::to_string(q) + ")");
  // The office moved one of them out as well: the same change on both sides, no refusal.
  const registry::SaveContext save{*db, *sample.key, codes, clock, kSecretary, {}};
  ASSERT_TRUE(registry::moveOut(save, registry::ListKind::Persons, q, "迁往外省", "2026-11-30").ok());
  const MergeReport report = merge(path);
  EXPECT_EQ(report.rowsMovedOut, 1);
  EXPECT_TRUE(report.issues.empty());
  EXPECT_EQ(field("person", "logout_reason", q), "迁往外省");
  EXPECT_EQ(field("person", "logout", p), "1");
  EXPECT_NE(field("person", "logout_reason", p).find("wang"), std::string::npos);
  expectValid();
}

TEST_F(WorkPackageTest, RowsOutsideThePackagesGridsAreRefused) {
  const std::string path = make("p.gpkg", {code1});
  const long long outside = household(0, grid2);
  const long long outsideBuilding =
      test::count(*db, "SELECT id FROM building WHERE grid_id = " + std::to_string(grid2) + " LIMIT 1");
  const std::string before = field("household", "tags", outside);
  PackageEditor package(path);
  // A tampered package: a household of another grid slipped into the base and the layer, then edited.
  package.exec("INSERT INTO gs_base_households (gs_fid, household_type) VALUES (" + std::to_string(outside) +
               ", 'registered')");
  package.exec("INSERT INTO households (fid, household_type, tags) VALUES (" + std::to_string(outside) +
               ", 'registered', '篡改')");
  // A new household in another grid's building, and a new person in another grid's household.
  package.exec("INSERT INTO households (household_type, building_id, unit, room) VALUES ('registered', " +
               std::to_string(outsideBuilding) + ", 1, '7701')");
  package.exec(
      "INSERT INTO persons (name, gender, population_type, relation, household_id) VALUES ('越界', 'M', "
      "'registered', '10', " +
      std::to_string(outside) + ")");
  const long long persons = test::count(*db, "SELECT count(*) FROM person");
  const MergeReport report = merge(path);
  ASSERT_EQ(report.issues.size(), 3u);
  for (const MergeIssue& issue : report.issues) {
    EXPECT_EQ(issue.kind, "refused");
    EXPECT_NE(issue.message.find(code1), std::string::npos) << issue.message;
  }
  EXPECT_EQ(field("household", "tags", outside), before);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM person"), persons);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM house WHERE room_no = '7701'"), 0);
}

TEST_F(WorkPackageTest, MergingTwiceChangesNothingAndLaterEditsMergeAlone) {
  const long long h = household(2, grid1);
  const std::string path = make("p.gpkg", {code1});
  PackageEditor(path).set("households", h, "tags", "空巢");
  PackageEditor(path).exec(
      "INSERT INTO persons (name, gender, population_type, relation, household_id) VALUES ('新丁', 'M', "
      "'registered', '10', " +
      std::to_string(h) + ")");
  // A new person without a name: refused, and kept as a refusal (a repeated merge must not write it again).
  PackageEditor(path).exec(
      "INSERT INTO persons (gender, population_type, relation, household_id) VALUES ('F', 'registered', '10', " +
      std::to_string(h) + ")");
  const MergeReport first = merge(path);
  EXPECT_TRUE(first.changed());
  ASSERT_EQ(first.issues.size(), 1u);
  EXPECT_EQ(first.issues[0].kind, "refused");
  const long long audits = test::count(*db, "SELECT count(*) FROM audit_log");
  const long long persons = test::count(*db, "SELECT count(*) FROM person");
  const MergeReport again = merge(path);
  EXPECT_FALSE(again.changed());
  EXPECT_EQ(again.openIssues, 1);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM audit_log"), audits);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM person"), persons);
  // The master edits the merged record; the worker then edits the new person only: the master's edit stays.
  masterSet(registry::ListKind::Households, h, "tags", "空巢,独居");
  const long long added = test::count(*db, "SELECT max(id) FROM person");
  PackageEditor package(path);
  const long long fid = package.count("SELECT fid FROM persons WHERE name = '新丁'");
  package.set("persons", fid, "work_unit", "超市");
  const MergeReport third = merge(path);
  EXPECT_TRUE(third.issues.empty());
  EXPECT_EQ(third.rowsUpdated, 1);
  EXPECT_EQ(field("person", "work_unit", added), "超市");
  EXPECT_EQ(field("household", "tags", h), "空巢,独居");
}

// A merge is undone as a whole (records back, added ones removed, kept conflicts withdrawn, the package as before) and
// merging again then gives the same result.
TEST_F(WorkPackageTest, AMergeIsUndoneExactlyAndMergesAgain) {
  const long long h = household(0, grid1), p = person(0, grid1), gone = person(5, grid1);
  const std::string path = make("p.gpkg", {code1});
  {
    PackageEditor package(path);
    package.set("households", h, "tags", "低保户");
    package.set("persons", p, "work_unit", "物业公司");
    package.exec("DELETE FROM persons WHERE fid = " + std::to_string(gone));
    package.exec(
        "INSERT INTO persons (name, gender, population_type, relation, household_id) VALUES ('新丁', 'M', "
        "'registered', '10', " +
        std::to_string(h) + ")");
  }
  masterSet(registry::ListKind::Persons, p, "work_unit", "街道办事处");  // a conflict
  auto state = [&] {
    return text(
        "SELECT (SELECT group_concat(r, ',') FROM (SELECT coalesce(tags, '') || '/' || logout AS r FROM household "
        "ORDER BY id) AS hr) || '|' || (SELECT group_concat(r, ',') FROM (SELECT name || '/' || "
        "coalesce(work_unit, '') || '/' || logout || '/' || coalesce(household_id, '') AS r FROM person ORDER BY id) "
        "AS pr) || '|' || (SELECT count(*) FROM work_package_conflict "
        "WHERE status = 'open') || '|' || (SELECT count(*) FROM work_package_row) || '|' || (SELECT status || "
        "merge_count FROM work_package) || '|' || (SELECT members_count FROM household WHERE id = " +
        std::to_string(h) + ")");
  };
  const std::string before = state();
  const MergeReport first = merge(path);
  ASSERT_EQ(first.rowsInserted, 1);
  ASSERT_EQ(first.rowsMovedOut, 1);
  ASSERT_EQ(first.issues.size(), 1u);
  const std::string after = state();
  ASSERT_NE(after, before);
  ASSERT_TRUE(undoMerge(context(), first).ok());
  EXPECT_EQ(state(), before);
  expectValid();
  const MergeReport again = merge(path);
  EXPECT_EQ(again.rowsInserted, 1);
  EXPECT_EQ(state(), after);
  // The database changed since: the undo is refused and writes nothing.
  masterSet(registry::ListKind::Households, h, "tags", "空巢");
  const std::string changed = state();
  EXPECT_FALSE(undoMerge(context(), again).ok());
  EXPECT_EQ(state(), changed);
}

TEST_F(WorkPackageTest, DryRunWritesNothing) {
  const std::string path = make("p.gpkg", {code1});
  PackageEditor(path).set("households", household(0, grid1), "tags", "低保户");
  const long long audits = test::count(*db, "SELECT count(*) FROM audit_log");
  const MergeReport report = merge(path, true);
  EXPECT_EQ(report.rowsUpdated, 1);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM audit_log"), audits);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM work_package_row"), 0);
  EXPECT_EQ(merge(path).rowsUpdated, 1);
}

TEST_F(WorkPackageTest, ARevokedOrForeignPackageIsRefused) {
  const std::string path = make("p.gpkg", {code1});
  PackageEditor(path).set("households", household(0, grid1), "tags", "低保户");
  auto list = listPackages(*db);
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 1u);
  ASSERT_TRUE(revokePackage(context(), (*list)[0].id).ok());
  auto refused = mergePackage(context(), path);
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.error().message.find("revoked"), std::string::npos);
  EXPECT_EQ(listPackages(*db)->front().status, "revoked");

  const std::string other = make("q.gpkg", {code1});
  PackageEditor(other).exec("UPDATE gs_package SET value = 'feedbeef' WHERE key = 'database_id'");
  auto foreign = mergePackage(context(), other);
  ASSERT_FALSE(foreign.ok());
  EXPECT_NE(foreign.error().message.find("another database"), std::string::npos);
}

// The community was redrawn since the package was made (grids retired, new codes, buildings and their records moved):
// the package still merges by record id, and its scope (the buildings it was made with) still holds.
TEST_F(WorkPackageTest, APackageOlderThanARedrawMergesByRecordId) {
  const std::string path = make("p.gpkg", {code1});
  PackageEditor(path).exec("UPDATE households SET tags = '重点关爱'");
  const long long inPackage = PackageEditor(path).count("SELECT count(*) FROM households");
  const std::string community = text("SELECT admin_code FROM community LIMIT 1");
  // Grids of ~200 households instead of ~300: more grids, and buildings move between them.
  districting::PlanOptions smaller;
  smaller.target = 200;
  auto plan = districting::planCommunity(*db, community, smaller, false);
  ASSERT_TRUE(plan.ok()) << plan.error().describe();
  auto summary = districting::commitCommunityPlan(*db, clock, kSecretary, *plan, smaller);
  ASSERT_TRUE(summary.ok()) << summary.error().describe();
  const MergeReport report = merge(path);
  EXPECT_TRUE(report.issues.empty()) << report.issues.front().message;
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM household WHERE tags = '重点关爱'"), inPackage);
  // Some of the package's households now lie in another grid than the one the package was made for.
  EXPECT_GT(test::count(
                *db, "SELECT count(*) FROM household WHERE tags = '重点关爱' AND grid_id <> " + std::to_string(grid1)),
            0)
      << "the redraw moved none of the package's households; the test proves nothing";
  expectValid();
}

// A master and three packages edit overlapping records in a random interleaving; the result equals an independently
// computed three-way merge, no edit is lost, and conflicts are exactly where two sides set one field differently.
TEST_F(WorkPackageTest, RandomInterleavingsEqualAnIndependentThreeWayMerge) {
  std::mt19937 random(20261206);
  for (int round = 0; round < 3; ++round) {
    struct Slot {
      registry::ListKind kind;
      std::string layer, table, key, column;
      long long id;
    };
    std::vector<Slot> slots;
    for (int i = 0; i < 6; ++i) {
      const long long h = household(i + round * 6, grid1), p = person(i + round * 6, grid1);
      slots.push_back({registry::ListKind::Households, "households", "household", "tags", "tags", h});
      slots.push_back(
          {registry::ListKind::Households, "households", "household", "account_number", "account_number", h});
      slots.push_back({registry::ListKind::Persons, "persons", "person", "work_unit", "work_unit", p});
    }
    const std::vector<std::string> pool{"甲", "乙", "丙"};
    std::map<std::size_t, std::string> model;  // slot → expected value
    for (std::size_t s = 0; s < slots.size(); ++s) model[s] = field(slots[s].table, slots[s].column, slots[s].id);
    std::vector<std::string> paths;
    std::vector<std::map<std::size_t, std::string>> base(3), theirs(3);
    for (int k = 0; k < 3; ++k) {
      paths.push_back(make("r" + std::to_string(round) + "_" + std::to_string(k) + ".gpkg",
                           k == 2 ? std::vector<std::string>{code1, code2} : std::vector<std::string>{code1}));
      base[static_cast<std::size_t>(k)] = model;
    }
    // Each package edits about half the slots.
    for (int k = 0; k < 3; ++k) {
      PackageEditor package(paths[static_cast<std::size_t>(k)]);
      for (std::size_t s = 0; s < slots.size(); ++s) {
        if (random() % 2) continue;
        const std::string value = pool[random() % pool.size()];
        package.set(slots[s].layer, slots[s].id, slots[s].key, value);
        theirs[static_cast<std::size_t>(k)][s] = value;
      }
    }
    std::set<std::pair<int, std::size_t>> expectedConflicts;
    std::vector<int> order{0, 1, 2};
    std::shuffle(order.begin(), order.end(), random);
    for (int k : order) {
      // The master edits a few slots before each merge.
      for (std::size_t s = 0; s < slots.size(); ++s) {
        if (random() % 4) continue;
        const std::string value = pool[random() % pool.size()];
        masterSet(slots[s].kind, slots[s].id, slots[s].key, value);
        model[s] = value;
      }
      for (const auto& [s, value] : theirs[static_cast<std::size_t>(k)]) {
        const std::string& b = base[static_cast<std::size_t>(k)][s];
        if (value == b || value == model[s]) continue;
        if (model[s] == b)
          model[s] = value;
        else
          expectedConflicts.insert({k, s});
      }
      const MergeReport report = merge(paths[static_cast<std::size_t>(k)]);
      for (const MergeIssue& issue : report.issues) EXPECT_EQ(issue.kind, "conflict") << issue.message;
      expectValid();
    }
    for (std::size_t s = 0; s < slots.size(); ++s)
      EXPECT_EQ(field(slots[s].table, slots[s].column, slots[s].id), model[s])
          << "round " << round << " " << slots[s].table << " " << slots[s].id << " " << slots[s].key;
    // Conflicts: exactly the expected ones, each with the package's value (so no edit is lost).
    std::set<std::pair<int, std::size_t>> found;
    auto conflicts = listConflicts(*db, -1, true);
    ASSERT_TRUE(conflicts.ok());
    for (const ConflictRow& row : *conflicts) {
      int k = -1;
      for (int i = 0; i < 3; ++i)
        if (packageIds[paths[static_cast<std::size_t>(i)]] == row.packageId) k = i;
      for (std::size_t s = 0; s < slots.size(); ++s)
        if (slots[s].id == row.issue.recordId && slots[s].key == row.issue.field && slots[s].layer == row.issue.layer) {
          found.insert({k, s});
          EXPECT_EQ(row.issue.theirs, theirs[static_cast<std::size_t>(k)][s]);
        }
    }
    EXPECT_EQ(found, expectedConflicts) << "round " << round;
    for (const ConflictRow& row : *conflicts)
      ASSERT_TRUE(resolveConflict(context(), row.issue.conflictId, Resolution::Ours).ok());
  }
}

// The events layer: a new point reported through the event workflow (its grid from the building), an edit of an
// existing event refused and kept, and a report outside the package's grids refused.
TEST_F(WorkPackageTest, NewEventsAreReportedThroughTheWorkflowAndEditsOfOldOnesAreKept) {
  const std::string path = make("p.gpkg", {code1});
  const long long inside = test::count(*db, "SELECT min(id) FROM building WHERE grid_id = " + std::to_string(grid1));
  const long long outside = test::count(*db, "SELECT min(id) FROM building WHERE grid_id = " + std::to_string(grid2));
  const long long events = test::count(*db, "SELECT count(*) FROM event");
  {
    // QField adds features through GDAL (the layer has a spatial index and its triggers).
    GDALAllRegister();
    std::unique_ptr<GDALDataset> package(static_cast<GDALDataset*>(
        GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr)));
    ASSERT_TRUE(package);
    OGRLayer* layer = package->GetLayerByName("events");
    ASSERT_TRUE(layer);
    for (long long building : {inside, outside}) {
      OGRFeature feature(layer->GetLayerDefn());
      feature.SetField("subject", building == inside ? "楼道堆放杂物" : "越界上报");
      feature.SetField("content", "三楼消防通道被堵");
      feature.SetField("domain", "SAFETY");
      feature.SetField("grade", "urgent");
      feature.SetField("building_id", static_cast<GIntBig>(building));
      ASSERT_EQ(layer->CreateFeature(&feature), OGRERR_NONE);
    }
  }
  const MergeReport report = merge(path);
  EXPECT_EQ(report.rowsInserted, 1);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM event"), events + 1);
  EXPECT_EQ(test::count(*db,
                        "SELECT count(*) FROM event WHERE subject = '楼道堆放杂物' AND grade = 'urgent' AND "
                        "source_kind = 'mobile' AND occur_grid_id = " +
                            std::to_string(grid1)),
            1);
  ASSERT_EQ(report.issues.size(), 1u);
  EXPECT_EQ(report.issues[0].layer, "events");
  EXPECT_NE(report.issues[0].message.find(code1), std::string::npos) << report.issues[0].message;
  // Merged again: the reported event is not reported twice, the refusal not written twice.
  const MergeReport again = merge(path);
  EXPECT_FALSE(again.changed());
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM event"), events + 1);
}

}  // namespace
}  // namespace grid::packages
