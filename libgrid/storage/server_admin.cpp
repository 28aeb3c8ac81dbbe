// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/server_admin.h"

#include <cctype>
#include <regex>

#include "storage/postgres_backend.h"

namespace grid {

namespace {

bool plainIdentifier(std::string_view name) {
  if (name.empty() || name.size() > 63) return false;
  for (char c : name)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) return false;
  return !std::isdigit(static_cast<unsigned char>(name.front()));
}

Error badName(std::string_view name) {
  return makeError(ErrorCode::InvalidInput, "\"" + std::string(name) +
                                                "\" is not a plain database name; use letters, digits and _ only, "
                                                "starting with a letter.");
}

}  // namespace

std::string serverAddressOf(std::string_view address, std::string_view database) {
  const std::string text(address);
  if (text.rfind("pg:", 0) == 0) return text + " dbname=" + std::string(database);
  static const std::regex kUri(R"(^(postgres(?:ql)?://[^/?]*)(/[^?]*)?(\?.*)?$)");
  std::smatch match;
  if (!std::regex_match(text, match, kUri)) return text;
  return match[1].str() + "/" + std::string(database) + (match[3].matched ? match[3].str() : "");
}

std::string serverAddressForDisplay(std::string_view address) {
  return pg::displayAddress(address);
}

std::string serverDatabaseOf(std::string_view address) {
  static const std::regex kUri(R"(^postgres(?:ql)?://[^/?]*/([^?]+).*$)");
  std::smatch match;
  const std::string text(address);
  if (std::regex_match(text, match, kUri)) return match[1].str();
  return "postgres";
}

Result<bool> serverDatabaseExists(const std::string& address, const std::string& name) {
  if (!plainIdentifier(name)) return badName(name);
  auto connection = pg::Connection::open(address);
  if (!connection) return connection.error();
  pg::Query query(**connection, "SELECT 1 FROM pg_database WHERE datname = ?");
  query.bind(1, Value(name));
  return query.step();
}

Status createServerDatabase(const std::string& address, const std::string& name, const std::string& templateName) {
  if (!plainIdentifier(name)) return badName(name);
  if (!templateName.empty() && !plainIdentifier(templateName)) return badName(templateName);
  auto connection = pg::Connection::open(address);
  if (!connection) return connection.error();
  const std::string sql = "CREATE DATABASE \"" + name + "\" TEMPLATE " +
                          (templateName.empty() ? std::string("template0") : "\"" + templateName + "\"") +
                          " ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'";
  return (*connection)->exec(sql);
}

Status dropServerDatabase(const std::string& address, const std::string& name) {
  if (!plainIdentifier(name)) return badName(name);
  auto connection = pg::Connection::open(address);
  if (!connection) return connection.error();
  return (*connection)->exec("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
}

Status serverExec(const std::string& address, const std::string& sql) {
  auto connection = pg::Connection::open(address);
  if (!connection) return connection.error();
  return (*connection)->exec(sql);
}

Result<std::string> serverQueryText(const std::string& address, const std::string& sql) {
  auto connection = pg::Connection::open(address);
  if (!connection) return connection.error();
  pg::Query query(**connection, sql);  // no ? in administration statements: the rewrite leaves them as they are
  auto row = query.step();
  if (!row) return row.error();
  if (!*row) return makeError(ErrorCode::NotFound, "query returned no row");
  return std::string(query.textView(0));
}

Result<std::unique_ptr<ServerLock>> ServerLock::acquire(const std::string& address, long long key) {
  auto connection = pg::Connection::open(address);
  if (!connection) return connection.error();
  if (auto s = (*connection)->exec("SELECT pg_advisory_lock(" + std::to_string(key) + ")"); !s) return s.error();
  std::unique_ptr<ServerLock> lock(new ServerLock());
  lock->m_connection = std::move(*connection);
  return lock;
}

ServerLock::~ServerLock() = default;  // closing the connection releases the lock

}  // namespace grid
