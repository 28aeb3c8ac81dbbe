// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/record_writer.h"

#include <gtest/gtest.h>

#include <barrier>
#include <map>
#include <random>
#include <thread>

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

TEST_F(RecordWriterTest, VersionsCountUpdatesAndAStaleCopyIsRefusedNamingWhoChangedIt) {
  auto id = writer->insert(actor, "street", {{"admin_code", "440310001"}, {"name", "和平街道"}});
  ASSERT_TRUE(id.ok());
  EXPECT_EQ(*rowVersion(*db, "street", *id), 1);
  const Actor other{"li.na", 8, "COMMUNITY_SECRETARY"};
  ASSERT_TRUE(writer->update(other, "street", *id, {{"name", "和平"}}, 1).ok());
  EXPECT_EQ(*rowVersion(*db, "street", *id), 2);
  // the same value again changes nothing: no new version, no audit row
  const long long audits = test::count(*db, "SELECT count(*) FROM audit_log");
  ASSERT_TRUE(writer->update(other, "street", *id, {{"name", "和平"}}).ok());
  EXPECT_EQ(*rowVersion(*db, "street", *id), 2);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM audit_log"), audits);
  // a copy read at version 1 is refused, naming who changed what since, and nothing is written
  auto stale = writer->update(actor, "street", *id, {{"name", "旧名"}}, 1);
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
  EXPECT_NE(stale.error().message.find("li.na"), std::string::npos) << stale.error().message;
  EXPECT_NE(stale.error().message.find("(name)"), std::string::npos) << stale.error().message;
  EXPECT_EQ(*db->queryText("SELECT name FROM street"), "和平");
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM audit_log"), audits);
  auto since = changesSince(*db, "street", *id, 1);
  ASSERT_TRUE(since.ok()) << since.error().describe();
  ASSERT_EQ(since->size(), 1u);
  EXPECT_EQ(since->at(0).version, 2);
  EXPECT_EQ(since->at(0).actor, "li.na");
  ASSERT_EQ(since->at(0).changes.size(), 1u);
  EXPECT_EQ(since->at(0).changes[0].field, "name");
  EXPECT_EQ(since->at(0).changes[0].before, std::optional<std::string>("和平街道"));
  EXPECT_EQ(since->at(0).changes[0].after, std::optional<std::string>("和平"));
  EXPECT_TRUE(changesSince(*db, "street", *id, 2)->empty());
  // the current version is accepted; the version is the writer's own, never a field
  EXPECT_TRUE(writer->update(actor, "street", *id, {{"name", "新和平"}}, 2).ok());
  EXPECT_EQ(*rowVersion(*db, "street", *id), 3);
  EXPECT_FALSE(writer->update(actor, "street", *id, {{"row_version", 1LL}}).ok());
  EXPECT_FALSE(writer->insert(actor, "street", {{"admin_code", "440310002"}, {"row_version", 9LL}}).ok());
  EXPECT_EQ(*verifyAuditChain(*db), -1);
}

// Two workstations on one database (two connections, two threads) edit the same three records 1,000 times: in each
// round both read the same record, then both write what they read it as, racing. No write may land on a version
// other than the one its client read (a silent overwrite); every refusal names the other client; versions and the
// audit count the accepted writes exactly.
TEST_F(RecordWriterTest, TwoClientsInterleavingConflictingEditsNeverOverwriteSilently) {
  std::vector<long long> ids;
  for (int i = 1; i <= 3; ++i) {
    auto id = writer->insert(actor, "street", {{"admin_code", "44031000" + std::to_string(i)}, {"name", "s"}});
    ASSERT_TRUE(id.ok());
    ids.push_back(*id);
  }
  const long long auditsBefore = test::count(*db, "SELECT count(*) FROM audit_log");
  struct Outcome {
    int accepted = 0;
    int refused = 0;
    int refusedWithoutTheOther = 0;
    int failed = 0;
    std::map<std::string, std::string> readBeforeWrite;  //!< the value each accepted write was based on, by new value
  };
  std::barrier rounds(2);
  std::vector<long long> order;
  std::mt19937 pick(5);
  for (int round = 0; round < 500; ++round) order.push_back(ids[pick() % ids.size()]);
  auto client = [&](const std::string& name, const std::string& otherName, int seed, Outcome& outcome) {
    auto connection = Database::open(db->path());
    if (!connection.ok()) {
      ++outcome.failed;
      for (int round = 0; round < 500; ++round) rounds.arrive_and_drop();
      return;
    }
    Database& mine = **connection;
    RecordWriter writes(mine, clock);
    const Actor me{name, seed, "GRID_WORKER"};
    std::mt19937 random(static_cast<unsigned>(seed));
    for (int round = 0; round < 500; ++round) {
      const long long id = order[static_cast<std::size_t>(round)];
      auto read = mine.prepare("SELECT name, row_version FROM street WHERE id = ?");
      std::string value;
      long long version = 0;
      if (read.ok()) {
        read->bind(1, id);
        if (read->step().ok()) {
          value = read->text(0);
          version = read->int64(1);
        }
      }
      read = Error{};
      rounds.arrive_and_wait();  // both have read; now both write
      if (random() % 2) std::this_thread::yield();
      const std::string next = name + "-" + std::to_string(round);
      auto written = writes.update(me, "street", id, {{"name", next}}, version);
      if (written.ok()) {
        ++outcome.accepted;
        outcome.readBeforeWrite[next] = value;
      } else if (written.error().code == ErrorCode::Conflict) {
        ++outcome.refused;
        if (written.error().message.find(otherName) == std::string::npos) ++outcome.refusedWithoutTheOther;
      } else {
        ++outcome.failed;
      }
      rounds.arrive_and_wait();  // the next round starts from what both wrote
    }
  };
  Outcome first, second;
  std::thread a(client, "client-a", "client-b", 11, std::ref(first));
  std::thread b(client, "client-b", "client-a", 23, std::ref(second));
  a.join();
  b.join();
  EXPECT_EQ(first.failed + second.failed, 0);
  EXPECT_EQ(first.accepted + first.refused + second.accepted + second.refused, 1000);
  EXPECT_EQ(first.refusedWithoutTheOther, 0);
  EXPECT_EQ(second.refusedWithoutTheOther, 0);
  // every accepted write replaced exactly what its client had read: its audit before-image is that value
  long long silent = 0;
  auto audit = db->prepare(
      "SELECT b.value, a.value FROM audit_log l, json_each(l.after_json) a, json_each(l.before_json) b WHERE "
      "l.action = 'update' AND l.table_name = 'street' AND a.key = 'name' AND b.key = 'name'");
  ASSERT_TRUE(audit.ok());
  long long audited = 0;
  ASSERT_TRUE(audit
                  ->forEachRow([&](const Statement& row) {
                    ++audited;
                    const std::string after = row.text(1);
                    const auto& reads =
                        after.rfind("client-a", 0) == 0 ? first.readBeforeWrite : second.readBeforeWrite;
                    auto it = reads.find(after);
                    if (it == reads.end() || it->second != row.text(0)) ++silent;
                  })
                  .ok());
  EXPECT_EQ(silent, 0) << "writes that replaced a value their client had not read";
  EXPECT_EQ(audited, first.accepted + second.accepted);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM audit_log") - auditsBefore, audited);
  EXPECT_EQ(test::count(*db, "SELECT sum(row_version - 1) FROM street"), audited);
  // both read the same version each round, so exactly one of the two writes of a round lands
  EXPECT_EQ(first.accepted + second.accepted, 500);
  EXPECT_EQ(first.refused + second.refused, 500);
  EXPECT_EQ(*verifyAuditChain(*db), -1);
  std::printf("[ stale edits ] %d accepted, %d refused (each naming the other client), 0 silent overwrites\n",
              first.accepted + second.accepted, first.refused + second.refused);
}

}  // namespace
}  // namespace grid
