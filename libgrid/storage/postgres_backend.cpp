// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/postgres_backend.h"

#include <libpq-fe.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <regex>

#include "storage/sql_dialect.h"

namespace grid::pg {

namespace {

// Type OIDs of pg_type that results are read by (stable since PostgreSQL 7).
constexpr Oid kBool = 16;
constexpr Oid kBytea = 17;
constexpr Oid kInt8 = 20;
constexpr Oid kInt2 = 21;
constexpr Oid kInt4 = 23;
constexpr Oid kOid = 26;
constexpr Oid kFloat4 = 700;
constexpr Oid kFloat8 = 701;
constexpr Oid kNumeric = 1700;

void ignoreNotice(void*, const char*) {}

}  // namespace

std::string connectionString(std::string_view address) {
  if (address.rfind("pg:", 0) == 0) return "service=" + std::string(address.substr(3));
  return std::string(address);
}

std::string displayAddress(std::string_view address) {
  // postgresql://user:secret@host → postgresql://user@host
  static const std::regex kPassword(R"(^(postgres(?:ql)?://[^:/@]*):[^@/]*@)");
  std::string shown = std::regex_replace(std::string(address), kPassword, "$1@");
  static const std::regex kQueryPassword(R"(([?&])password=[^&]*)");
  return std::regex_replace(shown, kQueryPassword, "$1password=…");
}

Connection::~Connection() {
  if (m_conn) PQfinish(m_conn);
}

Result<std::unique_ptr<Connection>> Connection::open(const std::string& address) {
  std::unique_ptr<Connection> connection(new Connection());
  connection->m_address = address;
  connection->m_conn = PQconnectdb(connectionString(address).c_str());
  if (!connection->m_conn || PQstatus(connection->m_conn) != CONNECTION_OK) {
    std::string why = connection->m_conn ? PQerrorMessage(connection->m_conn) : "out of memory";
    while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) why.pop_back();
    return makeError(ErrorCode::Io,
                     "Cannot connect to the GridStation server " + displayAddress(address) + ": " + why +
                         ". Check the address, that the server runs, and your user name and password (or "
                         "~/.pgpass).",
                     {.file = displayAddress(address)});
  }
  PQsetNoticeProcessor(connection->m_conn, ignoreNotice, nullptr);
  if (auto s = connection->exec("SET client_min_messages = warning; SET TIME ZONE 'UTC'; "
                                "SET search_path = main, public");
      !s)
    return s.error();
  return connection;
}

Status Connection::exec(std::string_view sql) {
  const std::string text(sql);
  PGresult* result = PQexec(m_conn, text.c_str());
  const ExecStatusType status = PQresultStatus(result);
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_EMPTY_QUERY) {
    Error error = errorOf(*this, result, "statement failed");
    if (const char* trace = std::getenv("GRIDSTATION_SQL_TRACE"); trace && *trace == '1')
      std::fprintf(stderr, "[sql] %s\n[sql] %s\n", error.message.c_str(), text.c_str());
    PQclear(result);
    return error;
  }
  PQclear(result);
  return {};
}

Status Connection::copyBegin(const std::string& sql) {
  PGresult* result = PQexec(m_conn, sql.c_str());
  const bool started = PQresultStatus(result) == PGRES_COPY_IN;
  Error error = started ? Error{} : errorOf(*this, result, "bulk load refused");
  PQclear(result);
  if (!started) return error;
  return {};
}

Status Connection::copyData(std::string_view data) {
  if (PQputCopyData(m_conn, data.data(), static_cast<int>(data.size())) != 1)
    return errorOf(*this, nullptr, "bulk load failed");
  return {};
}

Status Connection::copyEnd() {
  if (PQputCopyEnd(m_conn, nullptr) != 1) return errorOf(*this, nullptr, "bulk load failed");
  Status status;
  while (PGresult* result = PQgetResult(m_conn)) {
    if (PQresultStatus(result) != PGRES_COMMAND_OK && status) status = errorOf(*this, result, "bulk load failed");
    PQclear(result);
  }
  return status;
}

Status Connection::listen(const std::string& channel) {
  return exec("LISTEN \"" + channel + "\"");
}

std::vector<std::string> Connection::notifications() {
  std::vector<std::string> payloads;
  if (!PQconsumeInput(m_conn)) return payloads;
  const int self = PQbackendPID(m_conn);
  while (PGnotify* notice = PQnotifies(m_conn)) {
    const std::string payload = notice->extra ? notice->extra : "";
    if (notice->be_pid != self && std::find(payloads.begin(), payloads.end(), payload) == payloads.end())
      payloads.push_back(payload);
    PQfreemem(notice);
  }
  return payloads;
}

void Connection::loadIdTables() {
  m_idTables.clear();
  // (the catalogue itself: information_schema.columns took 5–8 ms of every connection's opening)
  PGresult* result = PQexec(m_conn,
                            "SELECT c.relname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN "
                            "pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'main' AND a.attname = 'id' "
                            "AND a.attidentity <> '' AND NOT a.attisdropped");
  if (PQresultStatus(result) == PGRES_TUPLES_OK)
    for (int row = 0; row < PQntuples(result); ++row) m_idTables.insert(PQgetvalue(result, row, 0));
  PQclear(result);
}

Error errorOf(Connection& connection, pg_result* result, std::string_view what) {
  std::string message = result ? PQresultErrorMessage(result) : "";
  if (message.empty()) message = PQerrorMessage(connection.handle());
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  // "ERROR:  text" → "text"
  if (message.rfind("ERROR:", 0) == 0) message.erase(0, message.find_first_not_of(' ', 6));
  const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  const std::string sqlState = state ? state : "";
  ErrorCode kind = ErrorCode::Database;
  std::string text = std::string(what) + ": " + message;
  if (sqlState.rfind("23", 0) == 0) {
    kind = ErrorCode::Conflict;
    if (sqlState == "23505")
      text += " (a record with this key already exists)";
    else if (sqlState == "23503")
      text += " (a referenced record does not exist, or other records still refer to this one)";
    else if (sqlState == "23514")
      text += " (a value does not have the required form)";
  } else if (sqlState == "40001" || sqlState == "40P01" || sqlState == "55P03") {
    text += " (another workstation is writing the same records; try again in a moment)";
  } else if (sqlState == "42501") {
    kind = ErrorCode::PermissionDenied;
    text += " (the server refuses this to your database role)";
  } else if (PQstatus(connection.handle()) != CONNECTION_OK) {
    kind = ErrorCode::Io;
    text += " (the connection to the server was lost; check the network and open the database again)";
  }
  return makeError(kind, text, {.file = displayAddress(connection.address())});
}

// ---- Query ---------------------------------------------------------------------------------------------------------

Query::Query(Connection& connection, std::string_view sqliteSql) : m_connection(connection) {
  sql::PostgresStatement statement = sql::toPostgres(sqliteSql);
  m_sql = std::move(statement.text);
  m_insertTable = std::move(statement.insertTable);
  if (!m_insertTable.empty() && m_connection.hasIdColumn(m_insertTable)) {
    // SQLite's last_insert_rowid: the new row's id comes back with the INSERT itself.
    std::size_t end = m_sql.find_last_not_of(" \t\r\n;");
    m_sql.erase(end == std::string::npos ? 0 : end + 1);
    m_sql += " RETURNING id";
    m_reportsId = true;
  }
  const auto count = static_cast<std::size_t>(statement.parameterCount);
  m_used = statement.parameterUsed;
  m_used.resize(count, true);
  m_values.resize(count);
  m_null.assign(count, 1);
  m_types.assign(count, 0);
  m_formats.assign(count, 0);
}

Query::~Query() {
  clearResult();
}

void Query::clearResult() {
  if (m_result) PQclear(m_result);
  m_result = nullptr;
  if (!m_cursor.empty()) {  // (fails harmlessly in an aborted transaction, which drops the cursor anyway)
    PQclear(PQexec(m_connection.handle(), ("CLOSE " + m_cursor).c_str()));
    m_cursor.clear();
  }
  m_more = false;
  m_row = -1;
  m_rows = 0;
  m_executed = false;
}

void Query::bind(int index, const Value& value) {
  if (index < 1 || static_cast<std::size_t>(index) > m_values.size()) return;
  const std::size_t at = static_cast<std::size_t>(index - 1);
  m_null[at] = 0;
  m_formats[at] = 0;
  std::visit(
      [&](const auto& v) {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::monostate>) {
          m_null[at] = 1;
          m_types[at] = 0;
        } else if constexpr (std::is_same_v<T, long long>) {
          m_values[at] = std::to_string(v);
          m_types[at] = kInt8;
        } else if constexpr (std::is_same_v<T, double>) {
          char buffer[64];
          std::snprintf(buffer, sizeof buffer, "%.17g", v);
          m_values[at] = buffer;
          m_types[at] = kFloat8;
        } else if constexpr (std::is_same_v<T, std::string>) {
          m_values[at] = v;
          m_types[at] = 0;  // unknown: typed by its use, as a string literal is
        } else if constexpr (std::is_same_v<T, Blob>) {
          m_values[at].assign(reinterpret_cast<const char*>(v.data()), v.size());
          m_types[at] = kBytea;
          m_formats[at] = 1;
        } else if constexpr (std::is_same_v<T, Wkt>) {
          m_values[at] = v.text;
          m_types[at] = 0;
        }
      },
      value);
}

void Query::bindText(int index, std::string_view text) {
  bind(index, Value(std::string(text)));
}

void Query::bindBlob(int index, const void* data, std::size_t size) {
  const auto* bytes = static_cast<const std::uint8_t*>(data);
  bind(index, Value(Blob(bytes, bytes + size)));
}

Result<bool> Query::step() {
  if (!m_executed) {
    clearResult();
    m_executed = true;
    std::vector<const char*> values(m_values.size());
    std::vector<int> lengths(m_values.size());
    for (std::size_t i = 0; i < m_values.size(); ++i) {
      values[i] = m_null[i] ? nullptr : m_values[i].data();
      lengths[i] = static_cast<int>(m_values[i].size());
      if (!m_used[i] && m_types[i] == 0) m_types[i] = 25;  // text: an unmentioned parameter has no use to type it
    }
    const bool batched = m_batch > 0 && !m_reportsId;
    if (batched) {  // WITH HOLD: the cursor outlives a transaction of its own (a read outside any)
      static std::atomic<long long> cursors{0};
      m_cursor = "gs_rows_" + std::to_string(++cursors);
    }
    const std::string sql = batched ? "DECLARE " + m_cursor + " NO SCROLL CURSOR WITH HOLD FOR " + m_sql : m_sql;
    m_result =
        PQexecParams(m_connection.handle(), sql.c_str(), static_cast<int>(m_values.size()),
                     reinterpret_cast<const Oid*>(m_types.data()), values.data(), lengths.data(), m_formats.data(), 0);
    if (batched) {
      if (PQresultStatus(m_result) != PGRES_COMMAND_OK) {
        Error error = errorOf(m_connection, m_result, "statement failed");
        PQclear(m_result);
        m_result = nullptr;
        m_cursor.clear();
        return error;
      }
      PQclear(m_result);
      m_result = nullptr;
      return fetch();
    }
    const ExecStatusType status = PQresultStatus(m_result);
    if (status == PGRES_COMMAND_OK || status == PGRES_EMPTY_QUERY) return false;
    if (status != PGRES_TUPLES_OK) {
      Error error = errorOf(m_connection, m_result, "statement failed");
      // GRIDSTATION_SQL_TRACE=1: a failed statement as the server saw it, on standard error (for porting work)
      if (const char* trace = std::getenv("GRIDSTATION_SQL_TRACE"); trace && *trace == '1')
        std::fprintf(stderr, "[sql] %s\n[sql] %s\n", error.message.c_str(), m_sql.c_str());
      PQclear(m_result);
      m_result = nullptr;
      return error;
    }
    m_rows = PQntuples(m_result);
    if (m_reportsId) {
      if (m_rows > 0) m_connection.lastInsertId = std::strtoll(PQgetvalue(m_result, m_rows - 1, 0), nullptr, 10);
      m_row = m_rows;
      return false;
    }
    m_row = 0;
    return m_rows > 0;
  }
  if (m_row < m_rows) ++m_row;
  if (m_row >= m_rows && m_more) return fetch();
  return m_row < m_rows;
}

Result<bool> Query::fetch() {
  if (m_result) PQclear(m_result);
  m_result = PQexec(m_connection.handle(), ("FETCH FORWARD " + std::to_string(m_batch) + " FROM " + m_cursor).c_str());
  if (PQresultStatus(m_result) != PGRES_TUPLES_OK) {
    Error error = errorOf(m_connection, m_result, "statement failed");
    PQclear(m_result);
    m_result = nullptr;
    return error;
  }
  m_rows = PQntuples(m_result);
  m_row = 0;
  m_more = m_rows == m_batch;
  if (!m_more) {  // the last batch: the cursor is done
    PQclear(PQexec(m_connection.handle(), ("CLOSE " + m_cursor).c_str()));
    m_cursor.clear();
  }
  return m_rows > 0;
}

void Query::reset() {
  clearResult();
}

void Query::clearBindings() {
  std::fill(m_null.begin(), m_null.end(), 1);
  std::fill(m_types.begin(), m_types.end(), 0);
  std::fill(m_formats.begin(), m_formats.end(), 0);
}

int Query::columnCount() const {
  return m_result ? PQnfields(m_result) : 0;
}

std::string Query::columnName(int column) const {
  const char* name = m_result ? PQfname(m_result, column) : nullptr;
  return name ? name : "";
}

bool Query::isNull(int column) const {
  return !m_result || m_row < 0 || m_row >= m_rows || PQgetisnull(m_result, m_row, column);
}

long long Query::int64(int column) const {
  if (isNull(column)) return 0;
  const char* text = PQgetvalue(m_result, m_row, column);
  switch (PQftype(m_result, column)) {
    case kBool:
      return text[0] == 't' ? 1 : 0;
    case kFloat4:
    case kFloat8:
    case kNumeric:
      return static_cast<long long>(std::strtod(text, nullptr));
    default:
      return std::strtoll(text, nullptr, 10);
  }
}

double Query::real(int column) const {
  if (isNull(column)) return 0.0;
  const char* text = PQgetvalue(m_result, m_row, column);
  if (PQftype(m_result, column) == kBool) return text[0] == 't' ? 1.0 : 0.0;
  return std::strtod(text, nullptr);
}

std::string_view Query::textView(int column) const {
  if (isNull(column)) return {};
  const char* text = PQgetvalue(m_result, m_row, column);
  switch (PQftype(m_result, column)) {
    case kBool:
      return text[0] == 't' ? "1" : "0";
    case kBytea: {
      std::size_t length = 0;
      unsigned char* bytes = PQunescapeBytea(reinterpret_cast<const unsigned char*>(text), &length);
      m_decoded.assign(reinterpret_cast<const char*>(bytes), length);
      PQfreemem(bytes);
      return m_decoded;
    }
    default:
      return std::string_view(text, static_cast<std::size_t>(PQgetlength(m_result, m_row, column)));
  }
}

Blob Query::blob(int column) const {
  if (isNull(column)) return {};
  if (PQftype(m_result, column) == kBytea) {
    const std::string_view bytes = textView(column);
    return Blob(bytes.begin(), bytes.end());
  }
  const char* text = PQgetvalue(m_result, m_row, column);
  return Blob(text, text + PQgetlength(m_result, m_row, column));
}

Value Query::value(int column) const {
  if (isNull(column)) return null();
  switch (PQftype(m_result, column)) {
    case kBool:
    case kInt2:
    case kInt4:
    case kInt8:
    case kOid:
      return int64(column);
    case kFloat4:
    case kFloat8:
      return real(column);
    case kNumeric: {
      const char* text = PQgetvalue(m_result, m_row, column);
      if (std::strpbrk(text, ".eEN") == nullptr) return std::strtoll(text, nullptr, 10);
      return real(column);
    }
    case kBytea:
      return blob(column);
    default:
      return std::string(textView(column));
  }
}

}  // namespace grid::pg
