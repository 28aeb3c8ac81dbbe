// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "common/result.h"

namespace grid {

namespace pg {
class Connection;
}

/**
 * Administration of a GridStation server (PostgreSQL + PostGIS) that happens outside any one GridStation database:
 * creating and dropping databases. `gridctl server init` and the tests' throwaway databases use it.
 */

//! \a address with its database replaced by \a database (a postgresql:// URI; a pg:SERVICE address gets dbname=).
std::string serverAddressOf(std::string_view address, std::string_view database);
//! \a address as messages and audit rows show it: without a password.
std::string serverAddressForDisplay(std::string_view address);
//! The database an address names ("postgres" when it names none).
std::string serverDatabaseOf(std::string_view address);

//! Creates database \a name through the server at \a address (any database of it, typically postgres): UTF-8 with
//! the C collation, so text sorts by code point as in SQLite; from \a templateName when given. The name must be a
//! plain identifier (letters, digits, underscore).
Status createServerDatabase(const std::string& address, const std::string& name, const std::string& templateName = {});
//! Drops database \a name, closing other connections to it. Nothing happens when it does not exist.
Status dropServerDatabase(const std::string& address, const std::string& name);
//! True when database \a name exists on the server at \a address.
Result<bool> serverDatabaseExists(const std::string& address, const std::string& name);

//! Runs \a sql as it is (PostgreSQL's dialect, no parameters) on the server database at \a address, which need not
//! hold GridStation: administration and the tests' bookkeeping.
Status serverExec(const std::string& address, const std::string& sql);
//! The first column of the first row of \a sql there, as text; NotFound when no row.
Result<std::string> serverQueryText(const std::string& address, const std::string& sql);

/**
 * A session advisory lock on a server, held while the object lives (on a connection of its own to \a address):
 * one process at a time builds what many share (the tests' template database).
 */
class ServerLock {
 public:
  static Result<std::unique_ptr<ServerLock>> acquire(const std::string& address, long long key);
  ~ServerLock();
  ServerLock(const ServerLock&) = delete;
  ServerLock& operator=(const ServerLock&) = delete;

 private:
  ServerLock() = default;
  std::unique_ptr<pg::Connection> m_connection;
};

}  // namespace grid
