// SPDX-License-Identifier: GPL-2.0-or-later
#include "access/accounts.h"

#include <algorithm>
#include <cctype>

#include "storage/database.h"
#include "storage/database_key.h"
#include "storage/json.h"
#include "storage/record_writer.h"

namespace grid::access {
namespace {

Status audit(Database& database, const Clock& clock, std::string_view action, std::string_view table, long long id,
             const std::string& before, const std::string& after, std::string_view reason = {}) {
  RecordWriter writer(database, clock);
  return writer.appendAudit(Actor::system("gridctl users"), action, table, id, before, after, reason);
}

Result<long long> userIdOf(Database& database, std::string_view login) {
  auto statement = database.prepare("SELECT id FROM main.app_user WHERE username = ?");
  if (!statement) return statement.error();
  statement->bind(1, login);
  auto row = statement->step();
  if (!row) return row.error();
  if (!*row) return makeError(ErrorCode::NotFound, "no account named '" + std::string(login) + "'");
  return statement->int64(0);
}

Status roleExists(Database& database, std::string_view role) {
  auto statement = database.prepare("SELECT 1 FROM main.code_value WHERE domain = 'user_role' AND code = ?");
  if (!statement) return statement.error();
  statement->bind(1, role);
  auto row = statement->step();
  if (!row) return row.error();
  if (*row) return {};
  std::string known;
  auto all = database.prepare("SELECT code FROM main.code_value WHERE domain = 'user_role' ORDER BY sort_order");
  if (all) (void)all->forEachRow([&](const Statement& r) { known += (known.empty() ? "" : ", ") + r.text(0); });
  return makeError(ErrorCode::InvalidInput, "unknown role '" + std::string(role) + "'; roles: " + known);
}

Status storeWrap(Database& database, const Clock& clock, long long userId, const KeyBytes& key,
                 const FieldCipher& fieldKey) {
  auto databaseId = database.meta("database_id");
  if (!databaseId) return databaseId.error();
  const std::string holder = "user:" + std::to_string(userId);
  const Bytes wrapped = wrapSecret(key, fieldKey.toHex(), *databaseId + "|" + holder);
  auto statement = database.prepare(
      "INSERT INTO main.key_wrap (holder, user_id, wrapped, created_at) VALUES (?, ?, ?, ?) "
      "ON CONFLICT (holder) DO UPDATE SET wrapped = excluded.wrapped, created_at = excluded.created_at");
  if (!statement) return statement.error();
  statement->bind(1, holder)
      .bind(2, userId)
      .bind(3, Value(Blob(wrapped.begin(), wrapped.end())))
      .bind(4, clock.nowIso());
  return statement->run();
}

std::string grantJson(std::string_view login, std::string_view role, const Grant& scope) {
  JsonObject json;
  json.add("login", std::string(login));
  json.add("role", std::string(role));
  json.add("scope", scope.scopeCode);
  return json.str();
}

Status insertGrant(Database& database, long long userId, std::string_view role, const Grant& scope) {
  auto statement =
      database.prepare("INSERT INTO main.user_role (user_id, role_code, scope_level, scope_id) VALUES (?, ?, ?, ?)");
  if (!statement) return statement.error();
  statement->bind(1, userId).bind(2, role).bind(3, scope.level).bind(4, scope.scopeId);
  if (auto s = statement->run(); !s) {
    if (s.error().message.find("UNIQUE") != std::string::npos)
      return makeError(ErrorCode::Conflict, "the account holds this role over " + scope.scopeCode + " already");
    return s;
  }
  return {};
}

Result<long long> insertUser(Database& database, const Clock& clock, const NewUser& user, const PasswordSecret& secret,
                             bool mustChange) {
  if (std::string problem = loginProblem(user.login); !problem.empty())
    return makeError(ErrorCode::InvalidInput, problem, {.field = "login"});
  if (auto s = roleExists(database, user.role); !s) return s.error();
  auto statement = database.prepare(
      "INSERT INTO main.app_user (username, display_name, staff_id, password_hash, active, created_at, "
      "must_change_password) "
      "VALUES (?, ?, ?, ?, 1, ?, ?)");
  if (!statement) return statement.error();
  statement->bind(1, user.login).bind(2, user.displayName.empty() ? user.login : user.displayName);
  user.staffId >= 0 ? statement->bind(3, user.staffId) : statement->bindNull(3);
  statement->bind(4, secret.record).bind(5, clock.nowIso()).bind(6, mustChange ? 1 : 0);
  if (auto s = statement->run(); !s) {
    if (s.error().message.find("UNIQUE") != std::string::npos)
      return makeError(ErrorCode::Conflict, "an account named '" + user.login + "' exists already", {.field = "login"});
    return s.error();
  }
  const long long id = database.lastInsertId();
  if (auto s = insertGrant(database, id, user.role, user.scope); !s) return s.error();
  JsonObject json;
  json.add("login", user.login);
  json.add("display_name", user.displayName.empty() ? user.login : user.displayName);
  json.add("role", user.role);
  json.add("scope", user.scope.scopeCode);
  if (auto s = audit(database, clock, "insert", "app_user", id, {}, json.str()); !s) return s.error();
  return id;
}

Status requireAdmin(Database& database) {
  return requirePermission(database, "user", "admin");
}

Status setPasswordRow(Database& database, long long userId, const std::string& record, bool mustChange) {
  auto statement = database.prepare(
      "UPDATE main.app_user SET password_hash = ?, must_change_password = ?, failed_sign_ins = 0, locked = 0, "
      "next_sign_in_at = NULL WHERE id = ?");
  if (!statement) return statement.error();
  statement->bind(1, record).bind(2, mustChange ? 1 : 0).bind(3, userId);
  return statement->run();
}

}  // namespace

std::string loginProblem(std::string_view login) {
  if (login.size() < 2 || login.size() > 32) return "a login name has 2 to 32 characters";
  for (unsigned char c : login)
    if (!(std::isalnum(c) || c == '.' || c == '_' || c == '-'))
      return "a login name holds only letters, digits, '.', '_' and '-'";
  return {};
}

Result<std::vector<UserInfo>> listUsers(Database& database) {
  auto statement = database.prepare(
      "SELECT id, username, display_name, coalesce(staff_id, -1), active, locked, must_change_password, "
      "failed_sign_ins, "
      "coalesce(last_sign_in_at, '') FROM app_user ORDER BY username");
  if (!statement) return statement.error();
  std::vector<UserInfo> users;
  if (auto s = statement->forEachRow([&](const Statement& row) {
        UserInfo user;
        user.id = row.int64(0);
        user.login = row.text(1);
        user.displayName = row.text(2);
        user.staffId = row.int64(3);
        user.active = row.int64(4) != 0;
        user.locked = row.int64(5) != 0;
        user.mustChangePassword = row.int64(6) != 0;
        user.failedSignIns = row.int64(7);
        user.lastSignInAt = row.text(8);
        users.push_back(std::move(user));
      });
      !s)
    return s.error();
  for (UserInfo& user : users) {  // the accounts the connection may see (their view); each one's grants
    auto grants = grantsOf(database, user.id);
    if (!grants) return grants.error();
    user.grants = std::move(*grants);
  }
  return users;
}

Result<std::string> createFirstAdministrator(Database& database, const Clock& clock, const FieldCipher& fieldKey,
                                             const NewUser& admin, const PasswordCost& cost) {
  auto accounts = hasAccounts(database);
  if (!accounts) return accounts.error();
  if (*accounts)
    return makeError(ErrorCode::Conflict,
                     "this database has accounts already; an administrator adds users with "
                     "gridctl users add");
  if (std::string problem = passwordProblem(admin.password, admin.login); !problem.empty())
    return makeError(ErrorCode::InvalidInput, problem, {.field = "password"});
  auto databaseId = database.meta("database_id");
  if (!databaseId) return databaseId.error();
  auto secret = protectPassword(admin.password, cost);
  if (!secret) return secret.error();
  Transaction transaction(database);
  if (!transaction.begun()) return transaction.begun().error();
  NewUser user = admin;
  user.role = "DISTRICT_ADMIN";
  auto id = insertUser(database, clock, user, *secret, /*mustChange=*/false);
  if (!id) return id.error();
  if (auto s = storeWrap(database, clock, *id, secret->wrappingKey, fieldKey); !s) return s.error();
  const std::string recovery = newRecoveryKey();
  auto recoveryKey = recoveryWrappingKey(recovery);
  if (!recoveryKey) return recoveryKey.error();
  const Bytes wrapped = wrapSecret(*recoveryKey, fieldKey.toHex(), *databaseId + "|recovery");
  auto statement = database.prepare(
      "INSERT INTO main.key_wrap (holder, user_id, wrapped, created_at) VALUES ('recovery', NULL, ?, ?)");
  if (!statement) return statement.error();
  statement->bind(1, Value(Blob(wrapped.begin(), wrapped.end()))).bind(2, clock.nowIso());
  if (auto s = statement->run(); !s) return s.error();
  if (auto s = audit(database, clock, "insert", "key_wrap", 0, {}, "{\"holder\":\"recovery\"}",
                     "database put under accounts; recovery key issued");
      !s)
    return s.error();
  if (auto s = transaction.commit(); !s) return s.error();
  return recovery;
}

Result<std::string> putUnderAccounts(Database& database, const Clock& clock, const NewUser& admin,
                                     const PasswordCost& cost) {
  auto key = loadDatabaseKey(database);
  if (!key) return key.error();
  auto recovery = createFirstAdministrator(database, clock, *key, admin, cost);
  if (!recovery) return recovery.error();
  auto databaseId = database.meta("database_id");
  if (!databaseId) return databaseId.error();
  if (auto s = KeyStore::remove(*databaseId); !s)
    return makeError(ErrorCode::Io,
                     s.error().describe() + " The database is under accounts now: delete the file by hand.");
  return recovery;
}

Result<long long> addUser(Database& database, const Clock& clock, const NewUser& user, const PasswordCost& cost) {
  if (auto s = requireAdmin(database); !s) return s.error();
  if (std::string problem = passwordProblem(user.password, user.login); !problem.empty())
    return makeError(ErrorCode::InvalidInput, problem, {.field = "password"});
  auto key = fieldKey(database);
  if (!key) return key.error();
  auto secret = protectPassword(user.password, cost);
  if (!secret) return secret.error();
  Transaction transaction(database);
  if (!transaction.begun()) return transaction.begun().error();
  auto id = insertUser(database, clock, user, *secret, user.mustChangePassword);
  if (!id) return id.error();
  if (auto s = storeWrap(database, clock, *id, secret->wrappingKey, *key); !s) return s.error();
  if (auto s = transaction.commit(); !s) return s.error();
  return *id;
}

Status grantRole(Database& database, const Clock& clock, std::string_view login, std::string_view role,
                 const Grant& scope) {
  if (auto s = requireAdmin(database); !s) return s;
  if (auto s = roleExists(database, role); !s) return s;
  auto id = userIdOf(database, login);
  if (!id) return id.error();
  Transaction transaction(database);
  if (!transaction.begun()) return transaction.begun();
  if (auto s = insertGrant(database, *id, role, scope); !s) return s;
  if (auto s =
          audit(database, clock, "insert", "user_role", database.lastInsertId(), {}, grantJson(login, role, scope));
      !s)
    return s;
  return transaction.commit();
}

Status revokeRole(Database& database, const Clock& clock, std::string_view login, std::string_view role,
                  const Grant& scope) {
  if (auto s = requireAdmin(database); !s) return s;
  auto id = userIdOf(database, login);
  if (!id) return id.error();
  Transaction transaction(database);
  if (!transaction.begun()) return transaction.begun();
  auto find = database.prepare(
      "SELECT id FROM main.user_role WHERE user_id = ? AND role_code = ? AND scope_level = ? AND scope_id = ?");
  if (!find) return find.error();
  find->bind(1, *id).bind(2, role).bind(3, scope.level).bind(4, scope.scopeId);
  auto row = find->step();
  if (!row) return row.error();
  if (!*row)
    return makeError(ErrorCode::NotFound,
                     "'" + std::string(login) + "' holds no " + std::string(role) + " over " + scope.scopeCode);
  const long long grantId = find->int64(0);
  find = Error{};
  if (role == "DISTRICT_ADMIN") {
    auto others = database.queryInt(
        "SELECT count(*) FROM main.user_role r JOIN main.app_user u ON u.id = r.user_id "
        "WHERE r.role_code = 'DISTRICT_ADMIN' AND u.active = 1 AND r.id <> " +
        std::to_string(grantId));
    if (!others) return others.error();
    if (*others == 0)
      return makeError(ErrorCode::Conflict, "this is the last administrator grant; grant another administrator first");
  }
  auto remove = database.prepare("DELETE FROM main.user_role WHERE id = ?");
  if (!remove) return remove.error();
  remove->bind(1, grantId);
  if (auto s = remove->run(); !s) return s;
  if (auto s = audit(database, clock, "delete", "user_role", grantId, grantJson(login, role, scope), {}); !s) return s;
  return transaction.commit();
}

Status resetPassword(Database& database, const Clock& clock, std::string_view login, std::string_view newPassword,
                     const PasswordCost& cost) {
  if (auto s = requireAdmin(database); !s) return s;
  if (std::string problem = passwordProblem(newPassword, login); !problem.empty())
    return makeError(ErrorCode::InvalidInput, problem, {.field = "password"});
  auto id = userIdOf(database, login);
  if (!id) return id.error();
  auto key = fieldKey(database);
  if (!key) return key.error();
  auto secret = protectPassword(newPassword, cost);
  if (!secret) return secret.error();
  Transaction transaction(database);
  if (!transaction.begun()) return transaction.begun();
  if (auto s = setPasswordRow(database, *id, secret->record, /*mustChange=*/true); !s) return s;
  if (auto s = storeWrap(database, clock, *id, secret->wrappingKey, *key); !s) return s;
  if (auto s = audit(database, clock, "update", "app_user", *id, {}, "{\"password\":\"reset\",\"locked\":0}"); !s)
    return s;
  return transaction.commit();
}

Status unlockUser(Database& database, const Clock& clock, std::string_view login) {
  if (auto s = requireAdmin(database); !s) return s;
  auto id = userIdOf(database, login);
  if (!id) return id.error();
  Transaction transaction(database);
  if (!transaction.begun()) return transaction.begun();
  auto statement =
      database.prepare("UPDATE main.app_user SET locked = 0, failed_sign_ins = 0, next_sign_in_at = NULL WHERE id = ?");
  if (!statement) return statement.error();
  statement->bind(1, *id);
  if (auto s = statement->run(); !s) return s;
  if (auto s = audit(database, clock, "update", "app_user", *id, {}, "{\"locked\":0,\"failed_sign_ins\":0}"); !s)
    return s;
  return transaction.commit();
}

Status setUserActive(Database& database, const Clock& clock, std::string_view login, bool active) {
  if (auto s = requireAdmin(database); !s) return s;
  auto id = userIdOf(database, login);
  if (!id) return id.error();
  Transaction transaction(database);
  if (!transaction.begun()) return transaction.begun();
  auto statement = database.prepare("UPDATE main.app_user SET active = ? WHERE id = ?");
  if (!statement) return statement.error();
  statement->bind(1, active ? 1 : 0).bind(2, *id);
  if (auto s = statement->run(); !s) return s;
  if (auto s = audit(database, clock, "update", "app_user", *id, {}, active ? "{\"active\":1}" : "{\"active\":0}"); !s)
    return s;
  return transaction.commit();
}

Status changePassword(Database& database, const Clock& clock, const Session& session, std::string_view oldPassword,
                      std::string_view newPassword, const PasswordCost& cost) {
  auto record = database.prepare("SELECT coalesce(password_hash, '') FROM main.app_user WHERE id = ?");
  if (!record) return record.error();
  record->bind(1, session.actor.userId);
  auto row = record->step();
  if (!row) return row.error();
  if (!*row) return makeError(ErrorCode::NotFound, "the signed-in account no longer exists");
  const std::string stored = record->text(0);
  record = Error{};
  auto old = checkPassword(oldPassword, stored);
  if (!old) return old.error();
  if (!*old) return makeError(ErrorCode::PermissionDenied, "the current password is wrong", {.field = "password"});
  if (newPassword == oldPassword)
    return makeError(ErrorCode::InvalidInput, "the new password must differ from the old one");
  if (std::string problem = passwordProblem(newPassword, session.actor.name); !problem.empty())
    return makeError(ErrorCode::InvalidInput, problem, {.field = "password"});
  auto secret = protectPassword(newPassword, cost);
  if (!secret) return secret.error();
  Transaction transaction(database);
  if (!transaction.begun()) return transaction.begun();
  if (auto s = setPasswordRow(database, session.actor.userId, secret->record, /*mustChange=*/false); !s) return s;
  if (auto s = storeWrap(database, clock, session.actor.userId, secret->wrappingKey, session.cipher); !s) return s;
  RecordWriter writer(database, clock);
  if (auto s = writer.appendAudit(session.actor, "update", "app_user", session.actor.userId, {},
                                  "{\"password\":\"changed\"}");
      !s)
    return s;
  return transaction.commit();
}

Status recoverWithKey(Database& database, const Clock& clock, std::string_view recoveryKey, std::string_view login,
                      std::string_view newPassword, const PasswordCost& cost) {
  auto key = recoveryWrappingKey(recoveryKey);
  if (!key) return key.error();
  if (std::string problem = passwordProblem(newPassword, login); !problem.empty())
    return makeError(ErrorCode::InvalidInput, problem, {.field = "password"});
  auto id = userIdOf(database, login);
  if (!id) return id.error();
  auto databaseId = database.meta("database_id");
  if (!databaseId) return databaseId.error();
  auto statement = database.prepare("SELECT wrapped FROM main.key_wrap WHERE holder = 'recovery'");
  if (!statement) return statement.error();
  auto row = statement->step();
  if (!row) return row.error();
  if (!*row) return makeError(ErrorCode::NotFound, "this database has no recovery key");
  const Blob blob = statement->blob(0);
  statement = Error{};
  auto secretHex = unwrapSecret(*key, Bytes(blob.begin(), blob.end()), *databaseId + "|recovery");
  if (!secretHex) return makeError(ErrorCode::PermissionDenied, "this is not the recovery key of this database");
  auto cipher = FieldCipher::fromHex(*secretHex);
  if (!cipher) return cipher.error();
  auto secret = protectPassword(newPassword, cost);
  if (!secret) return secret.error();
  Transaction transaction(database);
  if (!transaction.begun()) return transaction.begun();
  if (auto s = setPasswordRow(database, *id, secret->record, /*mustChange=*/true); !s) return s;
  if (auto s = storeWrap(database, clock, *id, secret->wrappingKey, *cipher); !s) return s;
  if (auto s =
          audit(database, clock, "update", "app_user", *id, {}, "{\"password\":\"recovered\"}", "recovery key used");
      !s)
    return s;
  return transaction.commit();
}

Status setPermission(Database& database, const Clock& clock, std::string_view role, std::string_view subject,
                     std::string_view operation, bool allowed) {
  if (auto s = requireAdmin(database); !s) return s;
  if (auto s = roleExists(database, role); !s) return s;
  Transaction transaction(database);
  if (!transaction.begun()) return transaction.begun();
  auto statement = database.prepare(
      allowed ? "INSERT OR IGNORE INTO main.permission (role_code, subject, operation) VALUES (?, ?, ?)"
              : "DELETE FROM main.permission WHERE role_code = ? AND subject = ? AND operation = ?");
  if (!statement) return statement.error();
  statement->bind(1, role).bind(2, subject).bind(3, operation);
  if (auto s = statement->run(); !s) {
    if (s.error().message.find("FOREIGN KEY") != std::string::npos ||
        s.error().message.find("CHECK") != std::string::npos)
      return makeError(ErrorCode::InvalidInput, "unknown subject '" + std::string(subject) + "' or operation '" +
                                                    std::string(operation) +
                                                    "' (gridctl users permissions lists them)");
    return s;
  }
  JsonObject json;
  json.add("role", std::string(role));
  json.add("subject", std::string(subject));
  json.add("operation", std::string(operation));
  if (auto s = audit(database, clock, allowed ? "insert" : "delete", "permission", 0,
                     allowed ? std::string() : json.str(), allowed ? json.str() : std::string());
      !s)
    return s;
  return transaction.commit();
}

}  // namespace grid::access
