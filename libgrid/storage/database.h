// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/actor.h"
#include "common/result.h"
#include "storage/value.h"

struct sqlite3;
struct sqlite3_stmt;

namespace grid {

namespace pg {
class Connection;
class Query;
}  // namespace pg

class Database;

/**
 * Who is signed in on a connection, as the write path sees it (installed by access::bindSession; absent on a
 * database without accounts and for system jobs). Every writer asks it before a change, and audit rows name its
 * actor whatever actor the caller passed.
 */
class AccessGuard {
 public:
  virtual ~AccessGuard() = default;
  virtual const Actor& actor() const = 0;
  /**
   * May the actor change a row of \a table? \a operation is insert, update or delete. For a table whose rows lie in a
   * grid, \a gridBefore and \a gridAfter are the row's grid before and after the change (0 for a row at a higher
   * level, whose grid is NULL); std::nullopt where there is no such state (insert: before, delete: after) or the
   * table has no grid. The refusal names the missing permission or the grid outside the actor's scope.
   */
  virtual Status allowWrite(std::string_view table, std::string_view operation, std::optional<long long> gridBefore,
                            std::optional<long long> gridAfter) const = 0;
  /**
   * May the actor do \a operation (read, write, export, reveal, print, redraw, admin) on \a subject (a permission
   * subject: household, person, key_person, board, audit, user …), in grid \a grid when given, else anywhere?
   */
  virtual Status allow(std::string_view subject, std::string_view operation, std::optional<long long> grid) const = 0;
  //! The places the actor's grants name, as (level, id): the organisations they act for (grid, area, community,
  //! street, district).
  virtual std::vector<std::pair<std::string, long long>> places() const = 0;
};

//! OK without a signed-in user (no accounts, system job); otherwise the guard's answer.
Status requirePermission(Database& database, std::string_view subject, std::string_view operation,
                         std::optional<long long> grid = std::nullopt);

//! The column that places a row of \a table in a grid ("grid_id", "occur_grid_id" for events), empty when none.
std::string_view gridColumnOf(std::string_view table);

//! A prepared statement with bound parameters. Moves, never copies; finalised on destruction.
class Statement {
 public:
  Statement() = default;
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  //! Binds a value to a 1-based parameter index. A Wkt binds as its text (wrap the SQL in GeomFromText).
  Statement& bind(int index, const Value& value);
  Statement& bind(int index, long long value) { return bind(index, Value(value)); }
  Statement& bind(int index, int value) { return bind(index, Value(static_cast<long long>(value))); }
  Statement& bind(int index, double value) { return bind(index, Value(value)); }
  Statement& bind(int index, std::string_view value) { return bind(index, Value(std::string(value))); }
  Statement& bind(int index, const char* value) { return bind(index, Value(std::string(value))); }
  Statement& bind(int index, const std::string& value) { return bind(index, Value(value)); }
  Statement& bindNull(int index) { return bind(index, null()); }
  //! Binds text or a blob without copying it: the bytes must stay unchanged until the statement is reset or
  //! rebound. For bulk writers that bind millions of values; an empty view binds an empty value, not NULL.
  Statement& bindStaticText(int index, std::string_view value);
  Statement& bindStaticBlob(int index, const void* data, std::size_t size);

  //! Executes one step: true when a row is available, false when done.
  Result<bool> step();
  //! Runs to completion, ignoring rows.
  Status run();
  //! Runs to completion, calling \a each for every row; stops at the first error.
  Status forEachRow(const std::function<void(const Statement&)>& each);
  void reset();
  //! For reads of whole tables: on a server the rows come \a rows at a time (a cursor) rather than all at once into
  //! memory. A file reads row by row anyway.
  Statement& fetchInBatches(int rows);

  int columnCount() const;
  std::string columnName(int column) const;
  bool isNull(int column) const;
  long long int64(int column) const;
  double real(int column) const;
  std::string text(int column) const;
  //! The column's text without a copy; valid until the next step(), reset() or column access of another type.
  std::string_view textView(int column) const;
  Blob blob(int column) const;
  //! The column as a Value (NULL → monostate, INTEGER → long long, FLOAT → double, TEXT, BLOB).
  Value value(int column) const;

 private:
  friend class Database;
  Statement(sqlite3_stmt* statement, Database* database) : m_statement(statement), m_database(database) {}
  Statement(std::unique_ptr<pg::Query> query, Database* database);
  sqlite3_stmt* m_statement = nullptr;
  pg::Query* m_query = nullptr;  //!< owned; on a server database instead of m_statement
  Database* m_database = nullptr;
};

/**
 * An open GridStation database, on one of two backends behind this one interface:
 *
 * - a file: SQLite with SpatiaLite loaded, WAL journal, synchronous=FULL, foreign keys on and a busy timeout
 *   (PRAGMA user_version records the schema version);
 * - a server: PostgreSQL with PostGIS, addressed as postgresql://… (or postgres://…) or pg:SERVICE (a service of
 *   pg_service.conf); the schema lives in the schema `main`, its version in gs_meta.
 *
 * Opening applies pending migrations (each backend has its own, with the same version numbers). Statements are
 * written in GridStation's SQL (SQLite's dialect with SpatiaLite's functions); on a server each is rewritten once
 * when prepared (sql_dialect.h). One Database per thread; the single writer of DESIGN.md.
 */
class Database {
 public:
  enum class Backend { SQLite, PostgreSQL };
  //! True for a server address (postgresql://…, postgres://…, pg:SERVICE) rather than a file path.
  static bool isServerAddress(std::string_view path);

  struct Options {
    bool create = false;     //!< create the file when absent (otherwise a missing file is an error)
    int srid = 4547;         //!< CRS for a new database: CGCS2000 3-degree Gauss-Krüger CM 114E by default
    int targetVersion = -1;  //!< migrate up to this version (-1: latest); tests use it to make old files
    bool readOnly = false;   //!< open without migrating or writing
  };

  static Result<std::unique_ptr<Database>> open(const std::string& path, const Options& options);
  //! Options for reading only: no migration, no writes (map views, search, reports).
  static Options readOnlyOptions() {
    Options options;
    options.readOnly = true;
    return options;
  }
  static Result<std::unique_ptr<Database>> open(const std::string& path) { return open(path, Options{}); }

  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  //! How long a statement waits for another connection's lock before it fails.
  static constexpr int kBusyTimeoutMs = 5000;

  /**
   * A process-wide step run on every connection after it is opened (and migrated): access::installConnectionGuard
   * binds the signed-in user's scope there, so no connection of a signed-in program escapes it. Its failure fails
   * the open.
   */
  using ConnectionHook = std::function<Status(Database&)>;
  static void setConnectionHook(ConnectionHook hook);

  //! Latest schema version this build knows (the same on both backends).
  static int latestVersion();
  Backend backend() const { return m_pg ? Backend::PostgreSQL : Backend::SQLite; }
  bool isServer() const { return m_pg != nullptr; }

  Status exec(std::string_view sql);
  //! Writes the write-ahead log into the file and truncates it (before the file is copied or moved); nothing on a
  //! server.
  Status checkpoint() { return isServer() ? Status{} : exec("PRAGMA wal_checkpoint(TRUNCATE)"); }
  Result<Statement> prepare(std::string_view sql);

  int userVersion();
  //! EPSG code of the projected CRS all geometry columns use.
  int srid() const { return m_srid; }
  const std::string& path() const { return m_path; }
  long long lastInsertId() const;
  //! Error for the last failed call, with SQLite's message and a hint.
  Error lastError(std::string_view what) const;

  /**
   * A server's bulk load (COPY FROM STDIN, text format) into \a table's \a columns: then copyInRow for each row
   * (values tab-separated, escaped as COPY's text format wants; copyText encodes one), and copyInEnd. A file has no
   * such path (Unsupported): it loads with many-row INSERTs.
   */
  Status copyInBegin(std::string_view table, const std::vector<std::string>& columns);
  Status copyInRow(std::string_view line);
  Status copyInEnd();

  /**
   * Live refresh: after listenForChanges(), takeChanges() returns the tables other connections changed and committed
   * since the last call, each once (a server announces them on the channel gridstation_changes; a file tells only
   * that something changed, by its data version, reported as "*"). The workstation polls it to redraw.
   */
  Status listenForChanges();
  std::vector<std::string> takeChanges();

  //! The schema's catalogue, the same on both backends: whether a table exists, its columns in order,
  //! and its geometry columns with their types (POINT, LINESTRING, POLYGON, MULTI…, GEOMETRY).
  Result<bool> hasTable(std::string_view table);
  Result<std::vector<std::string>> columnsOf(std::string_view table);
  Result<std::vector<std::pair<std::string, std::string>>> geometryColumnsOf(std::string_view table);

  //! Single-value helpers for counts and metadata.
  Result<long long> queryInt(std::string_view sql);
  Result<std::string> queryText(std::string_view sql);
  Result<std::string> meta(std::string_view key);
  Status setMeta(std::string_view key, std::string_view value);

  //! The SQLite connection; nullptr on a server.
  sqlite3* handle() { return m_db; }

  //! The signed-in user's guard, or nullptr (no accounts, or a system job). Set by access::bindSession.
  const AccessGuard* accessGuard() const { return m_accessGuard.get(); }
  void setAccessGuard(std::shared_ptr<const AccessGuard> guard) { m_accessGuard = std::move(guard); }
  //! The audit actor: the signed-in user's when one is bound, else \a fallback (no accounts, system jobs, and the
  //! sign-in attempts themselves, made before anyone is signed in on the connection).
  const Actor& auditActor(const Actor& fallback) const {
    return m_accessGuard && m_accessGuard->actor().userId >= 0 ? m_accessGuard->actor() : fallback;
  }
  //! The reason audit rows carry when their writer gives none (AuditReasonScope): on whose behalf a job writes.
  const std::string& auditReason() const { return m_auditReason; }
  void setAuditReason(std::string reason) { m_auditReason = std::move(reason); }

  //! Transaction nesting depth (managed by Transaction).
  int transactionDepth() const { return m_transactionDepth; }

 private:
  friend class Transaction;
  Database();
  static Result<std::unique_ptr<Database>> openServer(const std::string& address, const Options& options);
  Status configure(bool readOnly);
  Status migrate(int targetVersion, int sridForNewDatabase);
  Status migrateServer(int targetVersion, int sridForNewDatabase);
  Status runConnectionHook();

  sqlite3* m_db = nullptr;
  std::unique_ptr<pg::Connection> m_pg;
  long long m_dataVersion = -1;  //!< a file's PRAGMA data_version when listening
  void* m_spatialiteCache = nullptr;
  std::string m_path;
  int m_srid = 0;
  int m_transactionDepth = 0;
  int m_savepointCounter = 0;
  std::string m_auditReason;
  std::shared_ptr<const AccessGuard> m_accessGuard;
};

//! While alive, audit rows written on \a database without a reason of their own carry \a reason (a work package's
//! merge names the worker whose edits it applies).
class AuditReasonScope {
 public:
  AuditReasonScope(Database& database, std::string reason) : m_database(database) {
    m_database.setAuditReason(std::move(reason));
  }
  ~AuditReasonScope() { m_database.setAuditReason({}); }
  AuditReasonScope(const AuditReasonScope&) = delete;
  AuditReasonScope& operator=(const AuditReasonScope&) = delete;

 private:
  Database& m_database;
};

//! Maps up to \a megabytes of the file into memory for the scans of a read-heavy job (PRAGMA mmap_size), and stops
//! mapping afterwards. Reads only: writes still go through SQLite's pager.
class MemoryMapScope {
 public:
  MemoryMapScope(Database& database, int megabytes);
  ~MemoryMapScope();
  MemoryMapScope(const MemoryMapScope&) = delete;
  MemoryMapScope& operator=(const MemoryMapScope&) = delete;

 private:
  Database& m_database;
  long long m_previous = 0;
};

//! Raises SQLite's page cache to \a megabytes for a bulk job and restores the previous size afterwards.
class CacheSizeScope {
 public:
  CacheSizeScope(Database& database, int megabytes);
  ~CacheSizeScope();
  CacheSizeScope(const CacheSizeScope&) = delete;
  CacheSizeScope& operator=(const CacheSizeScope&) = delete;

 private:
  Database& m_database;
  long long m_previous = -2000;
};

/**
 * Rolls back unless commit() is called. Nested guards use savepoints, so an inner failure rolls back only its part
 * and the outer transaction decides. The outermost one takes the write lock at once (BEGIN IMMEDIATE).
 */
class Transaction {
 public:
  explicit Transaction(Database& database);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;

  //! Status of BEGIN; a failed begin means nothing may be written.
  const Status& begun() const { return m_begin; }
  Status commit();
  void rollback();

 private:
  Database& m_database;
  std::string m_savepoint;  //!< empty for the outermost transaction
  Status m_begin;
  bool m_open = false;
};

//! "1,2,3" for an SQL IN (…) list of record ids (formatted integers, never user text); "NULL" when empty, which
//! matches nothing.
std::string sqlIdList(const std::vector<long long>& ids);

//! True when the database holds no district, street, community, grid, building, person or staff yet (as after
//! `gridctl init`): its CRS zone may still be chosen from the first data imported.
Result<bool> holdsNoPlaces(Database& database);

}  // namespace grid
