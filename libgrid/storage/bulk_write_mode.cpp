// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/bulk_write_mode.h"

#include <sqlite3.h>

namespace grid {

BulkWriteMode::BulkWriteMode(Database& database) : m_database(database) {
  // A server keeps its journal and its foreign keys for every client; nothing to switch there.
  if (m_database.isServer() || m_database.transactionDepth() > 0 || !sqlite3_get_autocommit(m_database.handle()))
    return;
  m_active = true;
  (void)m_database.exec("PRAGMA foreign_keys = OFF");
  auto mode = m_database.queryText("PRAGMA journal_mode");
  if (mode && *mode == "wal") {
    // Leaving WAL needs the only connection; do not wait for others to close.
    sqlite3_busy_timeout(m_database.handle(), 0);
    auto changed = m_database.queryText("PRAGMA journal_mode = DELETE");
    sqlite3_busy_timeout(m_database.handle(), Database::kBusyTimeoutMs);
    m_journalSwitched = changed && *changed == "delete";
  }
}

BulkWriteMode::~BulkWriteMode() {
  if (!m_active) return;
  if (m_journalSwitched) (void)m_database.exec("PRAGMA journal_mode = WAL");
  (void)m_database.exec("PRAGMA foreign_keys = ON");
}

}  // namespace grid
