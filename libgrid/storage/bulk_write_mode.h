// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "storage/database.h"

namespace grid {

/**
 * For one bulk job (an import, a generated district) that writes new rows it has built from rows read in its own
 * transaction. Create it before the job's transaction begins and keep it until that transaction has ended:
 *
 * - The rollback journal replaces the write-ahead log while the job runs, when no other connection has the
 *   database open. Rows appended to a database are then written once, at commit, instead of once to the log and
 *   again by the checkpoint that follows a large commit. The commit is as atomic and durable as before (a crash
 *   leaves a hot journal that the next open rolls back). With other connections open, the log stays.
 * - Foreign keys are not enforced for the job's transaction: the job writes only references to rows it has just
 *   read or written. `gridctl validate` checks them on the whole database.
 *
 * The destructor restores both (and Database::open always sets WAL, should the process stop in between). Does
 * nothing inside an open transaction, where SQLite cannot change either setting.
 */
class BulkWriteMode {
 public:
  explicit BulkWriteMode(Database& database);
  ~BulkWriteMode();
  BulkWriteMode(const BulkWriteMode&) = delete;
  BulkWriteMode& operator=(const BulkWriteMode&) = delete;

  //! True while the rollback journal is used instead of the log.
  bool journalSwitched() const { return m_journalSwitched; }

 private:
  Database& m_database;
  bool m_active = false;
  bool m_journalSwitched = false;
};

}  // namespace grid
