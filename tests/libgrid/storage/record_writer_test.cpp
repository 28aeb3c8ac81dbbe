// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/record_writer.h"

#include <gtest/gtest.h>

#include "support/test_support.h"

namespace grid {
namespace {

class RecordWriterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db = test::createDatabase(dir);
    ASSERT_TRUE(db);
    writer = std::make_unique<RecordWriter>(*db, clock);
  }
  test::TempDir dir;
  std::unique_ptr<Database> db;
  FixedClock clock{"2026-11-23T08:00:00Z"};
  Actor actor{"wang.wei", 7, "GRID_WORKER"};
  std::unique_ptr<RecordWriter> writer;
};

TEST_F(RecordWriterTest, InsertWritesAuditRowWithAfterImage) {
  auto id = writer->insert(actor, "street", {{"admin_code", "440310001"}, {"name", "和平街道"}});
  ASSERT_TRUE(id.ok()) << id.error().describe();
  auto row = db->prepare(
      "SELECT at, actor, actor_user_id, action, table_name, record_id, before_json, after_json FROM audit_log");
  ASSERT_TRUE(row.ok());
  ASSERT_TRUE(*row->step());
  EXPECT_EQ(row->text(0), "2026-11-23T08:00:00Z");
  EXPECT_EQ(row->text(1), "wang.wei");
  EXPECT_EQ(row->int64(2), 7);
  EXPECT_EQ(row->text(3), "insert");
  EXPECT_EQ(row->text(4), "street");
  EXPECT_EQ(row->int64(5), *id);
  EXPECT_TRUE(row->isNull(6));
  EXPECT_NE(row->text(7).find("\"name\":\"和平街道\""), std::string::npos) << row->text(7);
}

TEST_F(RecordWriterTest, UpdateRecordsBeforeAndAfterAndSkipsNoOps) {
  auto id = writer->insert(actor, "street", {{"admin_code", "440310001"}, {"name", "旧名"}});
  ASSERT_TRUE(id.ok());
  ASSERT_TRUE(writer->update(actor, "street", *id, {{"name", "新名"}}).ok());
  ASSERT_TRUE(writer->update(actor, "street", *id, {{"name", "新名"}}).ok());  // no change → no audit row
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM audit_log"), 2);
  auto before = db->queryText("SELECT before_json FROM audit_log WHERE action = 'update'");
  auto after = db->queryText("SELECT after_json FROM audit_log WHERE action = 'update'");
  EXPECT_NE(before->find("旧名"), std::string::npos);
  EXPECT_NE(after->find("新名"), std::string::npos);
}

TEST_F(RecordWriterTest, GeometryIsStoredInTheDatabaseCrsAndAuditedAsWkt) {
  auto id = writer->insert(
      actor, "street",
      {{"admin_code", "440310001"}, {"name", "s"}, {"geom", Wkt{"POLYGON((0 0,100 0,100 100,0 100,0 0))"}}});
  ASSERT_TRUE(id.ok()) << id.error().describe();
  EXPECT_EQ(*db->queryText("SELECT GeometryType(geom) FROM street"), "MULTIPOLYGON");
  EXPECT_EQ(test::count(*db, "SELECT ST_SRID(geom) FROM street"), 4547);
  EXPECT_EQ(test::count(*db, "SELECT CAST(ST_Area(geom) AS INTEGER) FROM street"), 10000);
  EXPECT_NE(db->queryText("SELECT after_json FROM audit_log")->find("MULTIPOLYGON"), std::string::npos);
}

TEST_F(RecordWriterTest, FailedWriteLeavesNoRecordAndNoAuditRow) {
  auto bad = writer->insert(actor, "street", {{"admin_code", "not-a-code"}, {"name", "x"}});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, ErrorCode::Conflict);
  EXPECT_EQ(bad.error().context.table, "street");
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM street"), 0);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM audit_log"), 0);
}

TEST_F(RecordWriterTest, OuterRollbackUndoesInnerWritesAndTheirAudit) {
  {
    Transaction transaction(*db);
    ASSERT_TRUE(writer->insert(actor, "street", {{"admin_code", "440310001"}, {"name", "a"}}).ok());
    ASSERT_FALSE(writer->insert(actor, "street", {{"admin_code", "440310001"}, {"name", "dup"}}).ok());
  }  // the operation failed as a whole: roll back
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM street"), 0);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM audit_log"), 0);
}

TEST_F(RecordWriterTest, RejectsUnknownTablesAndColumns) {
  EXPECT_FALSE(writer->insert(actor, "street; DROP TABLE person", {{"name", "x"}}).ok());
  auto column = writer->insert(actor, "street", {{"admin_code", "440310001"}, {"nmae", "x"}});
  ASSERT_FALSE(column.ok());
  EXPECT_EQ(column.error().context.field, "nmae");
  EXPECT_FALSE(writer->update(actor, "street", 42, {{"name", "x"}}).ok());
}

TEST_F(RecordWriterTest, DeleteIsAuditedWithBeforeImage) {
  auto id = writer->insert(actor, "base_road", {{"name", "和平路"}});
  ASSERT_TRUE(id.ok());
  ASSERT_TRUE(writer->remove(actor, "base_road", *id).ok());
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM base_road"), 0);
  EXPECT_NE(db->queryText("SELECT before_json FROM audit_log WHERE action = 'delete'")->find("和平路"),
            std::string::npos);
}

TEST_F(RecordWriterTest, AuditLogIsAppendOnlyAndHashChained) {
  for (int i = 1; i <= 3; ++i)
    ASSERT_TRUE(writer->insert(actor, "base_road", {{"name", "road " + std::to_string(i)}}).ok());
  EXPECT_EQ(*verifyAuditChain(*db), -1);
  EXPECT_FALSE(db->exec("UPDATE audit_log SET actor = 'someone else' WHERE id = 2").ok());
  EXPECT_FALSE(db->exec("DELETE FROM audit_log").ok());
  // Someone with raw file access drops the guard and edits a row: the chain shows where.
  ASSERT_TRUE(db->exec(db->isServer() ? "ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update"
                                      : "DROP TRIGGER audit_log_no_update")
                  .ok());
  ASSERT_TRUE(db->exec("UPDATE audit_log SET actor = 'someone else' WHERE id = 2").ok());
  EXPECT_EQ(*verifyAuditChain(*db), 2);
}

}  // namespace
}  // namespace grid
