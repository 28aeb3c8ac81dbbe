// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/bulk_write_mode.h"

#include <gtest/gtest.h>

#include "storage/database.h"
#include "support/test_support.h"

namespace grid {
namespace {

TEST(BulkWriteMode, UsesTheRollbackJournalOnlyWhenAloneAndRestoresTheSettings) {
  test::TempDir dir;
  auto db = test::createDatabase(dir);
  ASSERT_TRUE(db);
  if (db->isServer()) {
    // A server keeps its journal and foreign keys for every client: nothing is switched, writes still check keys.
    BulkWriteMode bulk(*db);
    EXPECT_FALSE(bulk.journalSwitched());
    EXPECT_FALSE(db->exec("INSERT INTO community (street_id, admin_code, name) VALUES (99, '440310001003', 'c')").ok());
    return;
  }
  {
    BulkWriteMode bulk(*db);
    EXPECT_TRUE(bulk.journalSwitched());
    EXPECT_EQ(*db->queryText("PRAGMA journal_mode"), "delete");
    EXPECT_EQ(*db->queryInt("PRAGMA foreign_keys"), 0);
  }
  EXPECT_EQ(*db->queryText("PRAGMA journal_mode"), "wal");
  EXPECT_EQ(*db->queryInt("PRAGMA foreign_keys"), 1);

  // Another connection (the workstation, a map layer) keeps the log in place, without waiting for it.
  auto other = Database::open(db->path());
  ASSERT_TRUE(other.ok());
  ASSERT_TRUE((*other)->queryInt("SELECT count(*) FROM grid").ok());
  {
    BulkWriteMode bulk(*db);
    EXPECT_FALSE(bulk.journalSwitched());
    EXPECT_EQ(*db->queryText("PRAGMA journal_mode"), "wal");
  }

  // Inside a transaction SQLite cannot change either setting: nothing happens.
  Transaction transaction(*db);
  BulkWriteMode inside(*db);
  EXPECT_FALSE(inside.journalSwitched());
  EXPECT_EQ(*db->queryInt("PRAGMA foreign_keys"), 1);
}

}  // namespace
}  // namespace grid
