// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The PostgreSQL side of storage::Database, on libpq. Internal to storage: nothing above it sees libpq or this file.

#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"
#include "storage/value.h"

struct pg_conn;
struct pg_result;

namespace grid::pg {

//! An open connection: the search path is GridStation's schema (main) then PostGIS's (public), times are UTC,
//! and the server's notices never reach standard output.
class Connection {
 public:
  ~Connection();
  static Result<std::unique_ptr<Connection>> open(const std::string& address);

  //! Runs one or more statements as they are (no rewrite, no parameters): migrations, BEGIN, COMMIT.
  Status exec(std::string_view sql);
  //! The tables of the schema that have an `id` column: an INSERT into one of them reports its new id.
  void loadIdTables();
  bool hasIdColumn(const std::string& table) const { return m_idTables.count(table) > 0; }

  //! COPY … FROM STDIN (text format): \a sql starts it, copyData sends rows (each a line), copyEnd finishes it and
  //! reports what the server found wrong (with the line).
  Status copyBegin(const std::string& sql);
  Status copyData(std::string_view data);
  Status copyEnd();

  //! LISTEN on \a channel; notifications() then returns the payloads other connections sent there, each once.
  Status listen(const std::string& channel);
  std::vector<std::string> notifications();

  pg_conn* handle() const { return m_conn; }
  const std::string& address() const { return m_address; }
  long long lastInsertId = 0;

 private:
  pg_conn* m_conn = nullptr;
  std::string m_address;
  std::set<std::string> m_idTables;
};

//! The libpq connection string for \a address: a postgresql:// or postgres:// URI as it is, "pg:NAME" as the
//! service NAME of pg_service.conf.
std::string connectionString(std::string_view address);
//! The address with any password removed, for messages.
std::string displayAddress(std::string_view address);

//! One statement: rewritten once when prepared, run when first stepped, its rows read from the result.
class Query {
 public:
  Query(Connection& connection, std::string_view sqliteSql);
  ~Query();
  Query(const Query&) = delete;
  Query& operator=(const Query&) = delete;

  void bind(int index, const Value& value);
  void bindText(int index, std::string_view text);
  void bindBlob(int index, const void* data, std::size_t size);
  Result<bool> step();
  void reset();
  void clearBindings();
  //! A SELECT's rows come \a rows at a time through a server-side cursor, not all at once into this process's
  //! memory (a whole table of a city: 16 million persons). 0: all at once.
  void setBatchRows(int rows) { m_batch = rows; }

  int columnCount() const;
  std::string columnName(int column) const;
  bool isNull(int column) const;
  long long int64(int column) const;
  double real(int column) const;
  std::string_view textView(int column) const;
  Blob blob(int column) const;
  Value value(int column) const;

 private:
  void clearResult();
  Result<bool> fetch();
  Connection& m_connection;
  std::string m_sql;
  std::string m_insertTable;
  bool m_reportsId = false;
  std::vector<std::string> m_values;
  std::vector<char> m_null;
  std::vector<unsigned> m_types;
  std::vector<int> m_formats;
  std::vector<bool> m_used;  //!< parameters the statement mentions; the others are sent as text, never typed by use
  pg_result* m_result = nullptr;
  int m_row = -1;
  int m_rows = 0;
  bool m_executed = false;
  mutable std::string m_decoded;  //!< the last bytea column decoded, for textView
  int m_batch = 0;
  std::string m_cursor;  //!< open while a batched SELECT has rows left
  bool m_more = false;   //!< the last batch was full: another may follow
};

//! The error of the last failed call on \a connection (or of \a result), with the server's message and a hint; a
//! key, reference or check violation is a Conflict as on SQLite.
Error errorOf(Connection& connection, pg_result* result, std::string_view what);

}  // namespace grid::pg
