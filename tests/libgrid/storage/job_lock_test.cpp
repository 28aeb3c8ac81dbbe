// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/job_lock.h"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "storage/record_writer.h"
#include "support/test_support.h"

namespace grid {
namespace {

TEST(JobLock, ASecondWorkstationIsToldWhoHoldsACommunityUntilTheClaimEnds) {
  test::TempDir dir;
  auto db = test::createDatabase(dir);
  ASSERT_TRUE(db);
  FixedClock clock("2026-12-07T09:30:00Z");
  const Actor secretary{"li.na", 3, "COMMUNITY_SECRETARY"};
  const Actor other{"zhao.lei", 4, "COMMUNITY_SECRETARY"};
  auto second = Database::open(db->path());
  ASSERT_TRUE(second.ok());
  auto held = JobLock::acquire(*db, clock, 7, "regrid commit", secretary);
  ASSERT_TRUE(held.ok()) << held.error().describe();  // (describe: the reason)
  if (!db->isServer()) {
    // a file claims nothing: SQLite's write lock serialises writers
    EXPECT_TRUE(JobLock::acquire(**second, clock, 7, "import", other).ok());
    return;
  }
  auto refused = JobLock::acquire(**second, clock, 7, "import", other);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
  EXPECT_NE(refused.error().message.find("li.na (regrid commit, since 2026-12-07T09:30:00Z)"), std::string::npos)
      << refused.error().message;
  // another community is free; the same connection may claim again (a session lock nests)
  EXPECT_TRUE(JobLock::acquire(**second, clock, 8, "import", other).ok());
  // released: the second may claim it
  held = Error{};
  EXPECT_TRUE(JobLock::acquire(**second, clock, 7, "import", other).ok());
  // a holder whose connection dies (a crashed workstation) leaves no claim behind
  {
    auto third = Database::open(db->path());
    ASSERT_TRUE(third.ok());
    auto crashed = JobLock::acquire(**third, clock, 9, "regrid commit", secretary);
    ASSERT_TRUE(crashed.ok());
    const long long pid = *(*third)->queryInt("SELECT pg_backend_pid()");
    ASSERT_TRUE(db->exec("SELECT pg_terminate_backend(" + std::to_string(pid) + ")").ok());
    for (int i = 0;
         i < 50 && test::count(*db, "SELECT count(*) FROM pg_stat_activity WHERE pid = " + std::to_string(pid)) > 0;
         ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    auto after = JobLock::acquire(**second, clock, 9, "import", other);
    EXPECT_TRUE(after.ok()) << (after.ok() ? "" : after.error().describe());
    EXPECT_EQ(*db->queryText("SELECT holder FROM gs_job_lock WHERE community_id = 9"), "zhao.lei");
  }
}

TEST(LiveChanges, AnotherConnectionsCommittedChangesAreAnnouncedOnce) {
  test::TempDir dir;
  auto db = test::createDatabase(dir);
  ASSERT_TRUE(db);
  FixedClock clock("2026-12-07T09:30:00Z");
  auto other = Database::open(db->path());
  ASSERT_TRUE(other.ok());
  ASSERT_TRUE(db->listenForChanges().ok());
  EXPECT_TRUE(db->takeChanges().empty());
  // my own writes are not news to me
  RecordWriter mine(*db, clock);
  ASSERT_TRUE(mine.insert(Actor::system("me"), "street", {{"admin_code", "440310001"}, {"name", "a"}}).ok());
  EXPECT_TRUE(db->takeChanges().empty());
  // another workstation's: two writes to street and one to community in one transaction, announced once each
  RecordWriter theirs(**other, clock);
  {
    Transaction transaction(**other);
    auto street = theirs.insert(Actor::system("them"), "street", {{"admin_code", "440310002"}, {"name", "b"}});
    ASSERT_TRUE(street.ok());
    ASSERT_TRUE(theirs.update(Actor::system("them"), "street", *street, {{"name", "c"}}).ok());
    ASSERT_TRUE(theirs
                    .insert(Actor::system("them"), "community",
                            {{"street_id", *street}, {"admin_code", "440310002001"}, {"name", "d"}})
                    .ok());
    EXPECT_TRUE(db->takeChanges().empty()) << "nothing is announced before the commit";
    ASSERT_TRUE(transaction.commit().ok());
  }
  std::vector<std::string> changes;
  for (int i = 0; i < 100 && changes.empty(); ++i) {
    changes = db->takeChanges();
    if (changes.empty()) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  if (db->isServer()) {
    std::sort(changes.begin(), changes.end());
    EXPECT_EQ(changes, (std::vector<std::string>{"community", "street"}));
  } else {
    EXPECT_EQ(changes, std::vector<std::string>{"*"});  // a file says only that something changed
  }
  EXPECT_TRUE(db->takeChanges().empty()) << "each change once";
}

}  // namespace
}  // namespace grid
