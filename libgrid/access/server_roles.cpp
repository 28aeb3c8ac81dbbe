// SPDX-License-Identifier: GPL-2.0-or-later
#include "access/server_roles.h"

#include <cctype>

#include "access/accounts.h"
#include "access/session.h"
#include "storage/record_writer.h"
#include "storage/server_admin.h"

namespace grid::access {

namespace {

Status requireServer(Database& database) {
  if (!database.isServer())
    return makeError(ErrorCode::Unsupported,
                     "Database roles exist only on a server database (PostgreSQL); a file has one user at a time.");
  return requirePermission(database, "user", "admin");
}

Result<long long> userIdOf(Database& database, const std::string& login) {
  auto statement = database.prepare("SELECT id FROM main.app_user WHERE username = ?");
  if (!statement) return statement.error();
  statement->bind(1, login);
  auto row = statement->step();
  if (!row) return row.error();
  if (!*row)
    return makeError(ErrorCode::NotFound, "No user \"" + login + "\"; see `gridctl users list`.", {.field = "login"});
  return statement->int64(0);
}

//! Runs a role command built by the server's format() (names and passwords quoted there, never here).
Status runFormatted(Database& database, const std::string& format, const std::vector<std::string>& arguments) {
  std::string sql = "SELECT format('" + format + "'";
  for (std::size_t i = 0; i < arguments.size(); ++i) sql += ", CAST(? AS TEXT)";
  sql += ")";
  auto statement = database.prepare(sql);
  if (!statement) return statement.error();
  for (std::size_t i = 0; i < arguments.size(); ++i) statement->bind(static_cast<int>(i + 1), arguments[i]);
  auto row = statement->step();
  if (!row) return row.error();
  const std::string command = statement->text(0);
  statement = Error{};
  return database.exec(command);
}

//! Writes the grids of one role from its user's grants.
Status syncGrids(Database& database, const Clock& clock, const Actor& actor, long long roleId,
                 const std::string& roleName, long long userId) {
  auto grants = grantsOf(database, userId);
  if (!grants) return grants.error();
  std::set<long long> grids;
  bool districtWide = false;
  for (const Grant& grant : *grants) {
    auto scope = scopeOf(database, grant);
    if (!scope) return scope.error();
    districtWide = districtWide || scope->district;
    grids.insert(scope->grids.begin(), scope->grids.end());
  }
  auto clear = database.prepare("DELETE FROM main.gs_db_role_grid WHERE role_name = ?");
  if (!clear) return clear.error();
  clear->bind(1, roleName);
  if (auto s = clear->run(); !s) return s;
  auto add = database.prepare("INSERT INTO main.gs_db_role_grid (role_name, grid_id) VALUES (?, ?)");
  if (!add) return add.error();
  for (long long grid : grids) {
    add->reset();
    add->bind(1, roleName).bind(2, grid);
    if (auto s = add->run(); !s) return s;
  }
  RecordWriter writer(database, clock);
  return writer.update(actor, "gs_db_role", roleId,
                       {{"district_wide", Value(districtWide ? 1LL : 0LL)}, {"synced_at", clock.nowIso()}});
}

}  // namespace

Result<std::string> databaseRoleName(Database& database, const std::string& login) {
  auto name = database.queryText("SELECT current_database()");
  if (!name) return name.error();
  std::string role = "gs_";
  for (const std::string& part : {*name, std::string("_"), login})
    for (char c : part) {
      const unsigned char u = static_cast<unsigned char>(c);
      role += std::isalnum(u) ? static_cast<char>(std::tolower(u)) : '_';
    }
  if (role.size() > 63) role.resize(63);
  return role;
}

Status grantDatabaseRole(Database& database, const Clock& clock, const Actor& actor, const std::string& login,
                         const std::string& password) {
  if (auto s = requireServer(database); !s) return s;
  if (password.size() < 12)
    return makeError(ErrorCode::InvalidInput, "A database role's password needs at least 12 characters.",
                     {.field = "password"});
  auto userId = userIdOf(database, login);
  if (!userId) return userId.error();
  auto role = databaseRoleName(database, login);
  if (!role) return role.error();
  Transaction transaction(database);
  if (!transaction.begun()) return transaction.begun();
  auto exists = database.prepare("SELECT 1 FROM pg_roles WHERE rolname = ?");
  if (!exists) return exists.error();
  exists->bind(1, *role);
  auto found = exists->step();
  if (!found) return found.error();
  exists = Error{};
  if (auto s = runFormatted(database, *found ? "ALTER ROLE %I LOGIN PASSWORD %L" : "CREATE ROLE %I LOGIN PASSWORD %L",
                            {*role, password});
      !s)
    return s;
  if (auto s = runFormatted(database, "GRANT gridstation_client TO %I", {*role}); !s) return s;
  auto mapped = database.prepare("SELECT id FROM main.gs_db_role WHERE role_name = ?");
  if (!mapped) return mapped.error();
  mapped->bind(1, *role);
  auto row = mapped->step();
  if (!row) return row.error();
  long long roleId = *row ? mapped->int64(0) : -1;
  mapped = Error{};
  RecordWriter writer(database, clock);
  if (roleId < 0) {
    auto inserted =
        writer.insert(actor, "gs_db_role", {{"role_name", *role}, {"user_id", *userId}, {"synced_at", clock.nowIso()}});
    if (!inserted) return inserted.error();
    roleId = *inserted;
  }
  if (auto s = syncGrids(database, clock, actor, roleId, *role, *userId); !s) return s;
  return transaction.commit();
}

Result<long long> databaseRoleGrids(Database& database, const std::string& login) {
  auto role = databaseRoleName(database, login);
  if (!role) return role.error();
  auto count = database.prepare("SELECT count(*) FROM main.gs_db_role_grid WHERE role_name = ?");
  if (!count) return count.error();
  count->bind(1, *role);
  auto row = count->step();
  if (!row) return row.error();
  return *row ? count->int64(0) : 0;
}

Result<int> refreshDatabaseRoles(Database& database, const Clock& clock, const Actor& actor) {
  if (auto s = requireServer(database); !s) return s.error();
  Transaction transaction(database);
  if (!transaction.begun()) return transaction.begun().error();
  struct Mapped {
    long long id, userId;
    std::string role;
  };
  std::vector<Mapped> roles;
  auto list = database.prepare("SELECT id, user_id, role_name FROM main.gs_db_role ORDER BY id");
  if (!list) return list.error();
  if (auto s = list->forEachRow([&](const Statement& row) {
        roles.push_back({row.int64(0), row.int64(1), row.text(2)});
      });
      !s)
    return s.error();
  for (const Mapped& mapped : roles)
    if (auto s = syncGrids(database, clock, actor, mapped.id, mapped.role, mapped.userId); !s) return s.error();
  if (auto s = transaction.commit(); !s) return s.error();
  return static_cast<int>(roles.size());
}

Status revokeDatabaseRole(Database& database, const Clock& clock, const Actor& actor, const std::string& login) {
  if (auto s = requireServer(database); !s) return s;
  auto role = databaseRoleName(database, login);
  if (!role) return role.error();
  Transaction transaction(database);
  if (!transaction.begun()) return transaction.begun();
  auto mapped = database.prepare("SELECT id FROM main.gs_db_role WHERE role_name = ?");
  if (!mapped) return mapped.error();
  mapped->bind(1, *role);
  auto row = mapped->step();
  if (!row) return row.error();
  if (!*row) return makeError(ErrorCode::NotFound, "User \"" + login + "\" has no database role.");
  const long long id = mapped->int64(0);
  mapped = Error{};
  if (auto s = runFormatted(database, "ALTER ROLE %I NOLOGIN", {*role}); !s) return s;
  if (auto s = runFormatted(database, "REVOKE gridstation_client FROM %I", {*role}); !s) return s;
  auto clear = database.prepare("DELETE FROM main.gs_db_role_grid WHERE role_name = ?");
  if (!clear) return clear.error();
  clear->bind(1, *role);
  if (auto s = clear->run(); !s) return s;
  RecordWriter writer(database, clock);
  if (auto s = writer.remove(actor, "gs_db_role", id); !s) return s;
  return transaction.commit();
}

}  // namespace grid::access
