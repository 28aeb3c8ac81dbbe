// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/database.h"

// sqlite3.h must come first: spatialite.h uses its types.
#include <sqlite3.h>
// clang-format off
#include <spatialite.h>
// clang-format on

#include <filesystem>
#include <mutex>
#include <regex>

#include "storage/migrations.h"
#include "storage/postgres_backend.h"
#include "storage/sql_dialect.h"

namespace grid {

// ---- Statement ---------------------------------------------------------------------------------------------------

Statement::Statement(std::unique_ptr<pg::Query> query, Database* database)
    : m_query(query.release()), m_database(database) {}

Statement::Statement(Statement&& other) noexcept
    : m_statement(other.m_statement), m_query(other.m_query), m_database(other.m_database) {
  other.m_statement = nullptr;
  other.m_query = nullptr;
}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(m_statement);
    delete m_query;
    m_statement = other.m_statement;
    m_query = other.m_query;
    m_database = other.m_database;
    other.m_statement = nullptr;
    other.m_query = nullptr;
  }
  return *this;
}

Statement::~Statement() {
  sqlite3_finalize(m_statement);
  delete m_query;
}

Statement& Statement::bind(int index, const Value& value) {
  if (m_query) {
    m_query->bind(index, value);
    return *this;
  }
  std::visit(
      [&](const auto& v) {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::monostate>) {
          sqlite3_bind_null(m_statement, index);
        } else if constexpr (std::is_same_v<T, long long>) {
          sqlite3_bind_int64(m_statement, index, v);
        } else if constexpr (std::is_same_v<T, double>) {
          sqlite3_bind_double(m_statement, index, v);
        } else if constexpr (std::is_same_v<T, std::string>) {
          sqlite3_bind_text(m_statement, index, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
        } else if constexpr (std::is_same_v<T, Blob>) {
          sqlite3_bind_blob(m_statement, index, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
        } else if constexpr (std::is_same_v<T, Wkt>) {
          sqlite3_bind_text(m_statement, index, v.text.data(), static_cast<int>(v.text.size()), SQLITE_TRANSIENT);
        }
      },
      value);
  return *this;
}

Statement& Statement::bindStaticText(int index, std::string_view value) {
  if (m_query) {
    m_query->bindText(index, value);
    return *this;
  }
  sqlite3_bind_text(m_statement, index, value.empty() ? "" : value.data(), static_cast<int>(value.size()),
                    SQLITE_STATIC);
  return *this;
}

Statement& Statement::bindStaticBlob(int index, const void* data, std::size_t size) {
  if (m_query) {
    m_query->bindBlob(index, data, size);
    return *this;
  }
  sqlite3_bind_blob(m_statement, index, size ? data : "", static_cast<int>(size), SQLITE_STATIC);
  return *this;
}

Statement& Statement::fetchInBatches(int rows) {
  if (m_query) m_query->setBatchRows(rows);
  return *this;
}

Result<bool> Statement::step() {
  if (m_query) return m_query->step();
  const int rc = sqlite3_step(m_statement);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return m_database->lastError("statement failed");
}

Status Statement::run() {
  while (true) {
    auto row = step();
    if (!row) return row.error();
    if (!*row) return {};
  }
}

Status Statement::forEachRow(const std::function<void(const Statement&)>& each) {
  while (true) {
    auto row = step();
    if (!row) return row.error();
    if (!*row) return {};
    each(*this);
  }
}

void Statement::reset() {
  if (m_query) {
    m_query->reset();
    m_query->clearBindings();
    return;
  }
  sqlite3_reset(m_statement);
  sqlite3_clear_bindings(m_statement);
}

int Statement::columnCount() const {
  if (m_query) return m_query->columnCount();
  return sqlite3_column_count(m_statement);
}
std::string Statement::columnName(int column) const {
  if (m_query) return m_query->columnName(column);
  return sqlite3_column_name(m_statement, column);
}
bool Statement::isNull(int column) const {
  if (m_query) return m_query->isNull(column);
  return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}
long long Statement::int64(int column) const {
  if (m_query) return m_query->int64(column);
  return sqlite3_column_int64(m_statement, column);
}
double Statement::real(int column) const {
  if (m_query) return m_query->real(column);
  return sqlite3_column_double(m_statement, column);
}

std::string Statement::text(int column) const {
  if (m_query) return std::string(m_query->textView(column));
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
  return text ? std::string(text, sqlite3_column_bytes(m_statement, column)) : std::string();
}

std::string_view Statement::textView(int column) const {
  if (m_query) return m_query->textView(column);
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
  return text ? std::string_view(text, static_cast<std::size_t>(sqlite3_column_bytes(m_statement, column)))
              : std::string_view();
}

Blob Statement::blob(int column) const {
  if (m_query) return m_query->blob(column);
  const auto* data = static_cast<const std::uint8_t*>(sqlite3_column_blob(m_statement, column));
  return data ? Blob(data, data + sqlite3_column_bytes(m_statement, column)) : Blob();
}

Value Statement::value(int column) const {
  if (m_query) return m_query->value(column);
  switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
      return int64(column);
    case SQLITE_FLOAT:
      return real(column);
    case SQLITE_TEXT:
      return text(column);
    case SQLITE_BLOB:
      return blob(column);
    default:
      return null();
  }
}

// ---- Database ----------------------------------------------------------------------------------------------------

namespace {
std::mutex& connectionHookMutex() {
  static std::mutex mutex;
  return mutex;
}
Database::ConnectionHook& connectionHook() {
  static Database::ConnectionHook hook;
  return hook;
}
}  // namespace

namespace {
Error notGaussKruger(int srid) {
  return makeError(ErrorCode::InvalidInput,
                   "CRS EPSG:" + std::to_string(srid) +
                       " is not a projected CGCS2000 Gauss-Krüger CRS; choose one of EPSG:4491-4554 (e.g. 4547 for "
                       "central meridian 114°E).");
}
}  // namespace

Status requirePermission(Database& database, std::string_view subject, std::string_view operation,
                         std::optional<long long> grid) {
  const AccessGuard* guard = database.accessGuard();
  return guard ? guard->allow(subject, operation, grid) : Status{};
}

std::string_view gridColumnOf(std::string_view table) {
  if (table == "event") return "occur_grid_id";
  static const char* const kGridTables[] = {"household",  "person",   "key_person",    "key_place",  "key_matter",
                                            "patrol_log", "building", "building_unit", "micro_grid", "notice_board"};
  for (const char* name : kGridTables)
    if (table == name) return "grid_id";
  return {};
}

Database::Database() = default;

Database::~Database() {
  m_pg.reset();
  if (m_db) sqlite3_close_v2(m_db);
  if (m_spatialiteCache) spatialite_cleanup_ex(m_spatialiteCache);
}

int Database::latestVersion() {
  return migrations().empty() ? 0 : migrations().back().version;
}

bool Database::isServerAddress(std::string_view path) {
  return path.rfind("postgresql://", 0) == 0 || path.rfind("postgres://", 0) == 0 || path.rfind("pg:", 0) == 0;
}

Status Database::runConnectionHook() {
  ConnectionHook hook;
  {
    std::lock_guard lock(connectionHookMutex());
    hook = connectionHook();
  }
  if (hook) return hook(*this);
  return {};
}

Result<std::unique_ptr<Database>> Database::openServer(const std::string& address, const Options& options) {
  auto connection = pg::Connection::open(address);
  if (!connection) return connection.error();
  std::unique_ptr<Database> db(new Database());
  db->m_path = address;
  db->m_pg = std::move(*connection);
  const std::string shown = pg::displayAddress(address);
  const int version = db->userVersion();
  if (version < 0)
    return makeError(ErrorCode::Database, "Cannot read the schema version on the server " + shown + ".",
                     {.file = shown});
  if (version > latestVersion())
    return makeError(ErrorCode::Unsupported,
                     "This server database has schema version " + std::to_string(version) +
                         ", newer than this GridStation (" + std::to_string(latestVersion()) +
                         "); update GridStation to open it.",
                     {.file = shown});
  if (version == 0 && !options.create)
    return makeError(ErrorCode::NotFound,
                     "The server database " + shown +
                         " holds no GridStation schema yet; create it with `gridctl server init " + shown + "`.",
                     {.file = shown});
  if (!options.readOnly) {
    const int target = options.targetVersion < 0 ? latestVersion() : options.targetVersion;
    if (auto s = db->migrateServer(target, options.srid); !s) {
      Error e = s.error();
      e.context.file = shown;
      return e;
    }
  }
  // Read-only on a server means no migration; the session stays writable, as its temporary scope views need DDL
  // (PostgreSQL refuses even temporary DDL in a read-only transaction). What a role may change is the server's to
  // enforce (its grants and row-level security).
  db->m_pg->loadIdTables();
  auto srid = db->queryInt("SELECT CAST(value AS INTEGER) FROM gs_meta WHERE key = 'srid'");
  db->m_srid = srid ? static_cast<int>(*srid) : 0;
  if (auto s = db->runConnectionHook(); !s) return s.error();
  return db;
}

Status Database::migrateServer(int targetVersion, int sridForNewDatabase) {
  const int current = userVersion();
  const auto& all = serverMigrations();
  if (current == 0 && !all.empty() && targetVersion < all.front().version)
    return makeError(ErrorCode::Unsupported,
                     "A server database starts at schema version " + std::to_string(all.front().version) +
                         " (the server's first migration is the whole schema of that version).");
  for (const Migration& migration : all) {
    if (migration.version <= current || migration.version > targetVersion) continue;
    int srid = sridForNewDatabase;
    if (current > 0) {
      if (auto stored = meta("srid"); stored) srid = std::stoi(*stored);
    }
    if (srid < 4491 || srid > 4554) return notGaussKruger(srid);
    std::string sql(migration.sql);
    sql = std::regex_replace(sql, std::regex("@SRID@"), std::to_string(srid));
    Transaction transaction(*this);
    if (!transaction.begun()) return transaction.begun();
    if (auto s = m_pg->exec(sql); !s)
      return makeError(ErrorCode::Database,
                       "Server migration " + std::string(migration.name) + " failed: " + s.error().message);
    if (current == 0) {
      if (auto s = setMeta("srid", std::to_string(srid)); !s) return s;
    }
    if (auto s = setMeta("schema_name", std::string(migration.name)); !s) return s;
    if (auto s = setMeta("schema_version", std::to_string(migration.version)); !s) return s;
    if (auto s = transaction.commit(); !s) return s;
  }
  return {};
}

Result<std::unique_ptr<Database>> Database::open(const std::string& path, const Options& options) {
  if (isServerAddress(path)) return openServer(path, options);
  const bool inMemory = path == ":memory:" || path.empty();
  const bool exists = !inMemory && std::filesystem::exists(path);
  if (!inMemory && !exists && !options.create)
    return makeError(ErrorCode::NotFound,
                     "Database file does not exist; create it with `gridctl init " + path + "` or check the path.",
                     {.file = path});
  std::unique_ptr<Database> db(new Database());
  db->m_path = path;
  int flags = options.readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  flags |= SQLITE_OPEN_NOMUTEX;
  if (sqlite3_open_v2(inMemory ? ":memory:" : path.c_str(), &db->m_db, flags, nullptr) != SQLITE_OK)
    return makeError(ErrorCode::Io,
                     std::string("Cannot open the database: ") +
                         (db->m_db ? sqlite3_errmsg(db->m_db) : "out of memory") +
                         ". Check the path and that you may read and write it.",
                     {.file = path});
  db->m_spatialiteCache = spatialite_alloc_connection();
  spatialite_init_ex(db->m_db, db->m_spatialiteCache, 0);
  if (auto s = db->configure(options.readOnly); !s)  // the first read: a non-SQLite file fails here
    return makeError(ErrorCode::Unsupported,
                     "This file is not a GridStation database (SQLite says: " + s.error().message + ").",
                     {.file = path});

  // A file that is not SQLite fails here, on first read, with SQLITE_NOTADB.
  auto version = db->queryInt("PRAGMA user_version");
  if (!version)
    return makeError(ErrorCode::Unsupported,
                     "This file is not a GridStation database (SQLite says: " + version.error().message + ").",
                     {.file = path});
  if (*version > latestVersion())
    return makeError(ErrorCode::Unsupported,
                     "This database has schema version " + std::to_string(*version) +
                         ", newer than this GridStation (" + std::to_string(latestVersion()) +
                         "); update GridStation to open it.",
                     {.file = path});
  if (*version == 0 && exists) {
    auto tables = db->queryInt("SELECT count(*) FROM sqlite_master WHERE type = 'table'");
    if (tables && *tables > 0)
      return makeError(
          ErrorCode::Unsupported,
          "This SQLite file holds other tables and no GridStation schema; choose a GridStation database or "
          "create one with `gridctl init`.",
          {.file = path});
  }
  if (!options.readOnly) {
    const int target = options.targetVersion < 0 ? latestVersion() : options.targetVersion;
    if (auto s = db->migrate(target, options.srid); !s) {
      Error e = s.error();
      e.context.file = path;
      return e;
    }
  }
  auto srid = db->queryInt("SELECT CAST(value AS INTEGER) FROM gs_meta WHERE key = 'srid'");
  db->m_srid = srid ? static_cast<int>(*srid) : 0;
  if (auto s = db->runConnectionHook(); !s) return s.error();
  return db;
}

void Database::setConnectionHook(ConnectionHook hook) {
  std::lock_guard lock(connectionHookMutex());
  connectionHook() = std::move(hook);
}

Status Database::configure(bool readOnly) {
  sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
  if (auto s = exec("PRAGMA foreign_keys = ON"); !s) return s;
  if (readOnly) return {};
  if (m_path != ":memory:" && !m_path.empty()) {
    if (auto s = exec("PRAGMA journal_mode = WAL"); !s) return s;
  }
  return exec("PRAGMA synchronous = FULL");
}

Status Database::migrate(int targetVersion, int sridForNewDatabase) {
  auto current = queryInt("PRAGMA user_version");
  if (!current) return current.error();
  for (const Migration& migration : migrations()) {
    if (migration.version <= *current || migration.version > targetVersion) continue;
    int srid = sridForNewDatabase;
    if (migration.version > 1) {
      auto stored = meta("srid");
      if (stored) srid = std::stoi(*stored);
    }
    if ((srid < 4491 || srid > 4554) && migration.version == 1) return notGaussKruger(srid);
    std::string sql(migration.sql);
    sql = std::regex_replace(sql, std::regex("@SRID@"), std::to_string(srid));
    Transaction transaction(*this);
    if (!transaction.begun()) return transaction.begun();
    if (auto s = exec(sql); !s)
      return makeError(ErrorCode::Database,
                       "Migration " + std::string(migration.name) + " failed: " + s.error().message);
    // SpatiaLite's AddGeometryColumn reports failure by returning 0, not by an SQL error: count what registered.
    std::size_t expected = 0;
    for (auto at = sql.find("AddGeometryColumn("); at != std::string::npos; at = sql.find("AddGeometryColumn(", at + 1))
      ++expected;
    if (expected > 0) {
      auto registered = queryInt("SELECT count(*) FROM geometry_columns");
      if (!registered || *registered < static_cast<long long>(expected))
        return makeError(ErrorCode::Database, "Migration " + std::string(migration.name) +
                                                  " could not register its geometry columns (SpatiaLite error above).");
    }
    if (migration.version == 1) {
      if (auto s = setMeta("srid", std::to_string(srid)); !s) return s;
    }
    if (auto s = setMeta("schema_name", std::string(migration.name)); !s) return s;
    if (auto s = exec("PRAGMA user_version = " + std::to_string(migration.version)); !s) return s;
    if (auto s = transaction.commit(); !s) return s;
  }
  return {};
}

Status Database::exec(std::string_view sql) {
  if (m_pg) {
    sql::PostgresStatement statement = sql::toPostgres(sql);
    // One INSERT that makes an id runs as a statement, so lastInsertId() reports it as on SQLite.
    const std::size_t end = statement.text.find_last_not_of(" \t\r\n;");
    if (!statement.insertTable.empty() && m_pg->hasIdColumn(statement.insertTable) && statement.text.find(';') >= end) {
      auto prepared = prepare(sql);
      if (!prepared) return prepared.error();
      return prepared->run();
    }
    return m_pg->exec(statement.text);
  }
  char* message = nullptr;
  const std::string text(sql);
  if (sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
    std::string what = message ? message : "unknown error";
    sqlite3_free(message);
    return makeError(ErrorCode::Database, what);
  }
  return {};
}

Result<Statement> Database::prepare(std::string_view sql) {
  if (m_pg) return Statement(std::make_unique<pg::Query>(*m_pg, sql), this);
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &statement, nullptr) != SQLITE_OK)
    return lastError("cannot prepare statement");
  return Statement(statement, this);
}

int Database::userVersion() {
  if (m_pg) {
    auto present = queryInt("SELECT CASE WHEN to_regclass('main.gs_meta') IS NULL THEN 0 ELSE 1 END");
    if (!present) return -1;
    if (*present == 0) return 0;
    auto stored = queryInt(
        "SELECT COALESCE((SELECT CAST(value AS BIGINT) FROM main.gs_meta WHERE key = "
        "'schema_version'), 0)");
    return stored ? static_cast<int>(*stored) : -1;
  }
  auto v = queryInt("PRAGMA user_version");
  return v ? static_cast<int>(*v) : -1;
}

long long Database::lastInsertId() const {
  if (m_pg) return m_pg->lastInsertId;
  return sqlite3_last_insert_rowid(m_db);
}

Error Database::lastError(std::string_view what) const {
  if (m_pg) return pg::errorOf(*m_pg, nullptr, what);
  const int code = sqlite3_extended_errcode(m_db);
  std::string message = std::string(what) + ": " + sqlite3_errmsg(m_db);
  ErrorCode kind = ErrorCode::Database;
  if ((code & 0xff) == SQLITE_CONSTRAINT) {
    kind = ErrorCode::Conflict;
    if (code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY)
      message += " (a record with this key already exists)";
    else if (code == SQLITE_CONSTRAINT_FOREIGNKEY)
      message += " (a referenced record does not exist, or other records still refer to this one)";
    else if (code == SQLITE_CONSTRAINT_CHECK)
      message += " (a value does not have the required form)";
  } else if ((code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED) {
    message += " (another program is writing this database; try again in a moment)";
  } else if ((code & 0xff) == SQLITE_READONLY) {
    message += " (the database is read-only; check file permissions)";
  }
  return makeError(kind, message, {.file = m_path});
}

Status Database::copyInBegin(std::string_view table, const std::vector<std::string>& columns) {
  if (!m_pg) return makeError(ErrorCode::Unsupported, "a file database has no bulk load path");
  std::string names;
  for (const std::string& column : columns) names += (names.empty() ? "\"" : ", \"") + column + "\"";
  return m_pg->copyBegin("COPY main.\"" + std::string(table) + "\" (" + names + ") FROM STDIN");
}

Status Database::copyInRow(std::string_view line) {
  if (!m_pg) return makeError(ErrorCode::Unsupported, "a file database has no bulk load path");
  return m_pg->copyData(line);
}

Status Database::copyInEnd() {
  if (!m_pg) return makeError(ErrorCode::Unsupported, "a file database has no bulk load path");
  return m_pg->copyEnd();
}

Status Database::listenForChanges() {
  if (m_pg) return m_pg->listen("gridstation_changes");
  auto version = queryInt("PRAGMA data_version");
  if (!version) return version.error();
  m_dataVersion = *version;
  return {};
}

std::vector<std::string> Database::takeChanges() {
  if (m_pg) return m_pg->notifications();
  if (m_dataVersion < 0) return {};
  auto version = queryInt("PRAGMA data_version");  // changes when another connection commits
  if (!version || *version == m_dataVersion) return {};
  m_dataVersion = *version;
  return {"*"};
}

Result<bool> Database::hasTable(std::string_view table) {
  auto statement = prepare(m_pg ? "SELECT 1 FROM information_schema.tables WHERE table_schema = 'main' AND "
                                  "table_type = 'BASE TABLE' AND table_name = ?"
                                : "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
  if (!statement) return statement.error();
  statement->bind(1, table);
  return statement->step();
}

Result<std::vector<std::string>> Database::columnsOf(std::string_view table) {
  auto statement = prepare(m_pg ? "SELECT column_name FROM information_schema.columns WHERE table_schema = 'main' "
                                  "AND table_name = ? ORDER BY ordinal_position"
                                : "SELECT name FROM pragma_table_info(?, 'main') ORDER BY cid");
  if (!statement) return statement.error();
  statement->bind(1, table);
  std::vector<std::string> columns;
  if (auto s = statement->forEachRow([&](const Statement& row) { columns.push_back(row.text(0)); }); !s)
    return s.error();
  return columns;
}

Result<std::vector<std::pair<std::string, std::string>>> Database::geometryColumnsOf(std::string_view table) {
  auto statement = prepare(
      m_pg ? "SELECT f_geometry_column, upper(type) FROM public.geometry_columns WHERE f_table_schema = 'main' AND "
             "f_table_name = ? ORDER BY f_geometry_column"
           : "SELECT f_geometry_column, CASE geometry_type % 1000 WHEN 1 THEN 'POINT' WHEN 2 THEN 'LINESTRING' "
             "WHEN 3 THEN 'POLYGON' WHEN 4 THEN 'MULTIPOINT' WHEN 5 THEN 'MULTILINESTRING' WHEN 6 THEN "
             "'MULTIPOLYGON' ELSE 'GEOMETRY' END FROM geometry_columns WHERE f_table_name = lower(?) "
             "ORDER BY f_geometry_column");
  if (!statement) return statement.error();
  statement->bind(1, table);
  std::vector<std::pair<std::string, std::string>> columns;
  if (auto s = statement->forEachRow([&](const Statement& row) { columns.emplace_back(row.text(0), row.text(1)); }); !s)
    return s.error();
  return columns;
}

Result<long long> Database::queryInt(std::string_view sql) {
  auto statement = prepare(sql);
  if (!statement) return statement.error();
  auto row = statement->step();
  if (!row) return row.error();
  if (!*row) return makeError(ErrorCode::NotFound, "query returned no row");
  return statement->int64(0);
}

Result<std::string> Database::queryText(std::string_view sql) {
  auto statement = prepare(sql);
  if (!statement) return statement.error();
  auto row = statement->step();
  if (!row) return row.error();
  if (!*row) return makeError(ErrorCode::NotFound, "query returned no row");
  return statement->text(0);
}

Result<std::string> Database::meta(std::string_view key) {
  auto statement = prepare("SELECT value FROM gs_meta WHERE key = ?");
  if (!statement) return statement.error();
  statement->bind(1, key);
  auto row = statement->step();
  if (!row) return row.error();
  if (!*row) return makeError(ErrorCode::NotFound, "no metadata " + std::string(key));
  return statement->text(0);
}

Status Database::setMeta(std::string_view key, std::string_view value) {
  auto statement = prepare(
      "INSERT INTO main.gs_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
  if (!statement) return statement.error();
  statement->bind(1, key).bind(2, value);
  return statement->run();
}

// ---- CacheSizeScope ----------------------------------------------------------------------------------------------

CacheSizeScope::CacheSizeScope(Database& database, int megabytes) : m_database(database) {
  if (database.isServer()) return;  // the server's memory is its own configuration
  if (auto previous = database.queryInt("PRAGMA cache_size"); previous) m_previous = *previous;
  (void)database.exec("PRAGMA cache_size = -" + std::to_string(megabytes * 1024));
}

MemoryMapScope::MemoryMapScope(Database& database, int megabytes) : m_database(database) {
  if (database.isServer()) return;
  if (auto previous = database.queryInt("PRAGMA mmap_size"); previous) m_previous = *previous;
  (void)database.exec("PRAGMA mmap_size = " + std::to_string(static_cast<long long>(megabytes) * 1024 * 1024));
}

MemoryMapScope::~MemoryMapScope() {
  if (m_database.isServer()) return;
  (void)m_database.exec("PRAGMA mmap_size = " + std::to_string(m_previous));
}

CacheSizeScope::~CacheSizeScope() {
  if (m_database.isServer()) return;
  (void)m_database.exec("PRAGMA cache_size = " + std::to_string(m_previous));
}

// ---- Transaction -------------------------------------------------------------------------------------------------

Transaction::Transaction(Database& database) : m_database(database) {
  if (m_database.m_transactionDepth == 0) {
    m_begin = m_database.exec("BEGIN IMMEDIATE");
  } else {
    m_savepoint = "gs_sp" + std::to_string(++m_database.m_savepointCounter);
    m_begin = m_database.exec("SAVEPOINT " + m_savepoint);
  }
  if (m_begin) {
    m_open = true;
    ++m_database.m_transactionDepth;
  }
}

Transaction::~Transaction() {
  if (m_open) rollback();
}

Status Transaction::commit() {
  if (!m_open) return makeError(ErrorCode::Database, "transaction is not open");
  Status s = m_savepoint.empty() ? m_database.exec("COMMIT") : m_database.exec("RELEASE " + m_savepoint);
  if (!s) {
    rollback();
    return s;
  }
  m_open = false;
  --m_database.m_transactionDepth;
  return {};
}

void Transaction::rollback() {
  if (!m_open) return;
  if (m_savepoint.empty()) {
    (void)m_database.exec("ROLLBACK");
  } else {
    (void)m_database.exec("ROLLBACK TO " + m_savepoint);
    (void)m_database.exec("RELEASE " + m_savepoint);
  }
  m_open = false;
  --m_database.m_transactionDepth;
}

std::string sqlIdList(const std::vector<long long>& ids) {
  std::string out;
  for (long long id : ids) out += (out.empty() ? "" : ",") + std::to_string(id);
  return out.empty() ? "NULL" : out;
}

Result<bool> holdsNoPlaces(Database& database) {
  auto rows = database.queryInt(
      "SELECT (SELECT count(*) FROM district) + (SELECT count(*) FROM street) + (SELECT count(*) FROM community) + "
      "(SELECT count(*) FROM grid) + (SELECT count(*) FROM building) + (SELECT count(*) FROM person) + "
      "(SELECT count(*) FROM staff)");
  if (!rows) return rows.error();
  return *rows == 0;
}

}  // namespace grid
