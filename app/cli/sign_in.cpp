// SPDX-License-Identifier: GPL-2.0-or-later
#include "sign_in.h"

#include <termios.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <vector>

#include "access/accounts.h"
#include "access/session.h"
#include "arguments.h"
#include "common/clock.h"
#include "storage/database.h"

namespace grid::cli {

const char* const kUsersUsage =
    "usage: gridctl users list DB --user NAME\n"
    "       gridctl users add DB LOGIN --role ROLE --scope LEVEL:CODE [--name DISPLAY] [--staff ID] "
    "[--password-stdin]\n"
    "                               --user ADMIN\n"
    "       gridctl users grant|revoke DB LOGIN --role ROLE --scope LEVEL:CODE --user ADMIN\n"
    "       gridctl users reset DB LOGIN [--password-stdin] --user ADMIN\n"
    "       gridctl users unlock|deactivate|activate DB LOGIN --user ADMIN\n"
    "       gridctl users passwd DB --user NAME\n"
    "       gridctl users recover DB LOGIN\n"
    "       gridctl users permissions DB --user NAME\n"
    "       gridctl users permit|forbid DB ROLE SUBJECT OPERATION --user ADMIN\n"
    "\n"
    "Accounts of a database: each user holds roles over places (grants); what a role may do is the permission table.\n"
    "  ROLE         GRID_WORKER 网格员, GRID_LEADER 网格长, COMMUNITY_OFFICE 社区工作人员, COMMUNITY_SECRETARY "
    "社区书记,\n"
    "               ZONGZHI_OFFICER 综治专干, POLICE_SIGNOFF, JUSTICE_SIGNOFF, STREET_OFFICE 街道工作人员, AUDITOR "
    "审计员,\n"
    "               DISTRICT_ADMIN 区级管理员 (administrator)\n"
    "  LEVEL:CODE   grid:GRID_CODE (15 digits), area:ID, community:CODE (12), street:CODE (9), district:CODE (6)\n"
    "Passwords: the signed-in user's from GRIDSTATION_PASSWORD or a prompt; a new one from --password-stdin (first "
    "line),\n"
    "GRIDSTATION_NEW_PASSWORD or a prompt. At least 10 characters with letters and digits, not containing the login.\n"
    "The first `users add` on a database without accounts must add a DISTRICT_ADMIN (no --user): the database's key\n"
    "then moves from the key folder into the database, wrapped for that user and with a recovery key printed once.\n"
    "`users recover` reads that recovery key (stdin or prompt) and sets LOGIN's password.\n"
    "After 10 failed sign-ins an account is locked until `users unlock`; every sign-in and failure is audited.\n";

namespace {

bool isTerminal() {
  return ::isatty(STDIN_FILENO) && ::isatty(STDERR_FILENO);
}

Result<std::string> promptHidden(const std::string& prompt) {
  std::cerr << prompt << std::flush;
  termios saved{};
  const bool tty = ::tcgetattr(STDIN_FILENO, &saved) == 0;
  if (tty) {
    termios quiet = saved;
    quiet.c_lflag &= static_cast<tcflag_t>(~ECHO);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  }
  std::string line;
  std::getline(std::cin, line);
  if (tty) ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
  std::cerr << "\n";
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

//! The first line of standard input (--password-stdin).
std::string stdinLine() {
  std::string line;
  std::getline(std::cin, line);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

Result<std::string> newPassword(const Options& options, const std::string& prompt) {
  if (options.count("password-stdin")) return stdinLine();
  return readPassword("GRIDSTATION_NEW_PASSWORD", prompt, /*confirm=*/true);
}

std::string roleList(const access::UserInfo& user) {
  std::string text;
  for (const access::Grant& grant : user.grants)
    text += (text.empty() ? "" : ", ") + grant.role + "@" + grant.scopeCode;
  return text.empty() ? "(no role)" : text;
}

}  // namespace

Result<std::string> readPassword(const char* variable, const std::string& prompt, bool confirm) {
  if (const char* value = std::getenv(variable); value && *value) return std::string(value);
  if (!isTerminal())
    return makeError(ErrorCode::InvalidInput,
                     std::string("no password: set ") + variable + " or run gridctl in a terminal to be asked for it");
  auto first = promptHidden(prompt);
  if (!first) return first.error();
  if (confirm) {
    auto again = promptHidden("Again: ");
    if (!again) return again.error();
    if (*again != *first) return makeError(ErrorCode::InvalidInput, "the two passwords differ");
  }
  return first;
}

std::optional<int> signInForCommand(const std::string& path, const Options& options, bool allowMustChange) {
  const std::string login = option(options, "user");
  if (path.empty()) return std::nullopt;  // the command reports the missing database itself
  auto db = Database::open(path, Database::Options{});
  if (!db) return std::nullopt;  // the command opens it again and reports why it cannot
  auto accounts = access::hasAccounts(**db);
  if (!accounts) return fail(accounts.error().describe());
  if (!*accounts) {
    if (!login.empty())
      return fail("this database has no accounts, so --user " + login +
                  " cannot sign in; an administrator is created with `gridctl users add DB LOGIN --role DISTRICT_ADMIN "
                  "--scope district:CODE`");
    return std::nullopt;
  }
  if (login.empty())
    return fail(
        "this database has accounts: sign in with --user NAME (password from GRIDSTATION_PASSWORD or the "
        "prompt); nothing was done");
  auto password = readPassword("GRIDSTATION_PASSWORD", "Password for " + login + ": ");
  if (!password) return fail(password.error().describe());
  SystemClock clock;
  auto session = access::signIn(**db, clock, login, *password);
  if (!session) return fail("sign-in refused: " + session.error().message + "; nothing was done");
  if (session->mustChangePassword && !allowMustChange)
    return fail("the password of " + login + " must be changed before first use: gridctl users passwd " + path +
                " --user " + login);
  auto id = (*db)->meta("database_id");
  if (!id) return fail(id.error().describe());
  access::setProcessSession(std::make_shared<access::Session>(std::move(*session)), *id);
  return std::nullopt;
}

int runUsers(const std::vector<std::string>& positional, const Options& options, bool help) {
  if (help) return std::cout << kUsersUsage, 0;
  if (positional.size() < 2) return std::cerr << kUsersUsage, 2;
  const std::string& action = positional[0];
  const std::string& path = positional[1];
  SystemClock clock;
  auto need = [&](std::size_t count) { return positional.size() == count; };

  if (action == "add" || action == "grant" || action == "revoke") {
    if (!need(3) || !options.count("role") || !options.count("scope"))
      return fail(action + " needs DB LOGIN --role ROLE --scope LEVEL:CODE (see gridctl users --help)");
  }
  auto db = Database::open(path);
  if (!db) return fail(db.error().describe());
  auto accounts = access::hasAccounts(**db);
  if (!accounts) return fail(accounts.error().describe());

  // The first account of a database: an administrator, without anybody to sign in as.
  if (action == "add" && !*accounts) {
    if (option(options, "role") != "DISTRICT_ADMIN")
      return fail("this database has no accounts yet: the first one must be an administrator (--role DISTRICT_ADMIN)");
    if (options.count("user")) return fail("the first account is added without --user (nobody can sign in yet)");
    auto scope = access::parseScope(**db, option(options, "scope"));
    if (!scope) return fail(scope.error().describe());
    auto password = newPassword(options, "Password for " + positional[2] + ": ");
    if (!password) return fail(password.error().describe());
    access::NewUser admin{positional[2], option(options, "name"), *password, "DISTRICT_ADMIN", *scope, -1};
    auto recovery = access::putUnderAccounts(**db, clock, admin);
    if (!recovery) return fail(recovery.error().describe() + "; nothing was changed");
    std::cout << "Added administrator " << positional[2]
              << ". The database key is now kept in the database, wrapped for\n"
              << "each user's password; the key file was removed from the key folder.\n\n"
              << "RECOVERY KEY (print it and keep it locked away; it is shown only now):\n  " << *recovery << "\n";
    return 0;
  }
  if (action == "recover") {
    if (!need(3)) return fail("recover needs DB LOGIN");
    auto recovery =
        isTerminal() ? readPassword("GRIDSTATION_RECOVERY_KEY", "Recovery key: ") : Result<std::string>(stdinLine());
    if (!recovery) return fail(recovery.error().describe());
    auto password = readPassword("GRIDSTATION_NEW_PASSWORD", "New password for " + positional[2] + ": ", true);
    if (!password) return fail(password.error().describe());
    if (auto s = access::recoverWithKey(**db, clock, *recovery, positional[2], *password); !s)
      return fail(s.error().describe());
    std::cout << "Set a new password for " << positional[2]
              << " with the recovery key; it must be changed at the next sign-in.\n";
    return 0;
  }
  db = Error{};  // the command's connection is opened after signing in, so it is bound to the session
  if (auto code = signInForCommand(path, options, /*allowMustChange=*/action == "passwd")) return *code;
  auto opened = Database::open(path);
  if (!opened) return fail(opened.error().describe());
  Database& database = **opened;

  if (action == "list") {
    auto users = access::listUsers(database);
    if (!users) return fail(users.error().describe());
    for (const access::UserInfo& user : *users)
      std::cout << std::left << std::setw(16) << user.login << " " << std::setw(14) << user.displayName << " "
                << (user.active ? "" : "[inactive] ") << (user.locked ? "[locked] " : "")
                << (user.mustChangePassword ? "[must change password] " : "") << roleList(user)
                << (user.lastSignInAt.empty() ? "" : "  last sign-in " + user.lastSignInAt) << "\n";
    return 0;
  }
  if (action == "add" || action == "grant" || action == "revoke") {
    auto scope = access::parseScope(database, option(options, "scope"));
    if (!scope) return fail(scope.error().describe());
    const std::string role = option(options, "role");
    if (action == "add") {
      long long staff = -1;
      if (options.count("staff")) {
        try {
          staff = std::stoll(option(options, "staff"));
        } catch (...) {
          return fail("--staff takes a staff record number");
        }
      }
      auto password = newPassword(options, "Password for " + positional[2] + ": ");
      if (!password) return fail(password.error().describe());
      auto id =
          access::addUser(database, clock, {positional[2], option(options, "name"), *password, role, *scope, staff});
      if (!id) return fail(id.error().describe());
      std::cout << "Added " << positional[2] << " as " << role << " over " << scope->scopeCode
                << "; the password must be changed at first sign-in.\n";
      return 0;
    }
    Status s = action == "grant" ? access::grantRole(database, clock, positional[2], role, *scope)
                                 : access::revokeRole(database, clock, positional[2], role, *scope);
    if (!s) return fail(s.error().describe());
    std::cout << (action == "grant" ? "Granted " : "Revoked ") << role << " over " << scope->scopeCode
              << (action == "grant" ? " to " : " from ") << positional[2] << ".\n";
    return 0;
  }
  if (action == "reset") {
    if (!need(3)) return fail("reset needs DB LOGIN");
    auto password = newPassword(options, "New password for " + positional[2] + ": ");
    if (!password) return fail(password.error().describe());
    if (auto s = access::resetPassword(database, clock, positional[2], *password); !s)
      return fail(s.error().describe());
    std::cout << "Reset the password of " << positional[2]
              << " and unlocked the account; it must be changed at the next sign-in.\n";
    return 0;
  }
  if (action == "unlock" || action == "deactivate" || action == "activate") {
    if (!need(3)) return fail(action + " needs DB LOGIN");
    Status s = action == "unlock" ? access::unlockUser(database, clock, positional[2])
                                  : access::setUserActive(database, clock, positional[2], action == "activate");
    if (!s) return fail(s.error().describe());
    std::cout << (action == "unlock"     ? "Unlocked "
                  : action == "activate" ? "Activated "
                                         : "Deactivated ")
              << positional[2] << ".\n";
    return 0;
  }
  if (action == "passwd") {
    auto old = readPassword("GRIDSTATION_PASSWORD", "Current password: ");
    if (!old) return fail(old.error().describe());
    auto fresh = newPassword(options, "New password: ");
    if (!fresh) return fail(fresh.error().describe());
    const std::string login = option(options, "user");
    auto session = access::signIn(database, clock, login, *old);
    if (!session) return fail("sign-in refused: " + session.error().message);
    if (auto s = access::changePassword(database, clock, *session, *old, *fresh); !s) return fail(s.error().describe());
    std::cout << "Changed the password of " << login << ".\n";
    return 0;
  }
  if (action == "permissions") {
    auto permissions = access::loadPermissions(database);
    if (!permissions) return fail(permissions.error().describe());
    for (const auto& [role, pairs] : *permissions) {
      std::map<std::string, std::string> bySubject;
      for (const auto& [subject, operation] : pairs)
        bySubject[subject] += (bySubject[subject].empty() ? "" : ",") + operation;
      std::cout << role << "\n";
      for (const auto& [subject, operations] : bySubject)
        std::cout << "  " << std::left << std::setw(20) << subject << operations << "\n";
    }
    return 0;
  }
  if (action == "permit" || action == "forbid") {
    if (positional.size() != 5) return fail(action + " needs DB ROLE SUBJECT OPERATION");
    if (auto s =
            access::setPermission(database, clock, positional[2], positional[3], positional[4], action == "permit");
        !s)
      return fail(s.error().describe());
    std::cout << (action == "permit" ? "Allowed " : "Forbade ") << positional[4] << " on " << positional[3] << " for "
              << positional[2] << ".\n";
    return 0;
  }
  return fail("unknown users action \"" + action + "\" (see gridctl users --help)");
}

int runSignInBenchmark(const Options& options) {
  int samples = 5;
  try {
    if (options.count("samples")) samples = std::max(1, std::stoi(option(options, "samples")));
  } catch (...) {
    return fail("--samples takes a whole number");
  }
  struct Preset {
    const char* name;
    access::PasswordCost cost;
  };
  const Preset presets[] = {
      {"GridStation (t=3, 128 MiB)", access::PasswordCost::standard()},
      {"libsodium INTERACTIVE (t=2, 64 MiB)", access::PasswordCost{2, std::size_t{64} << 20}},
      {"libsodium MODERATE (t=3, 256 MiB)", access::PasswordCost{3, std::size_t{256} << 20}},
  };
  std::printf("bench signin: %d sample(s) of one password check (one Argon2id run) per cost\n", samples);
  for (const Preset& preset : presets) {
    auto secret = access::protectPassword("Bench-password-2026", preset.cost);
    if (!secret) return fail(secret.error().describe());
    std::vector<double> seconds;
    for (int i = 0; i < samples; ++i) {
      const auto start = std::chrono::steady_clock::now();
      auto checked = access::checkPassword("Bench-password-2026", secret->record);
      seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
      if (!checked || !*checked) return fail("the benchmark's own password did not check");
    }
    std::sort(seconds.begin(), seconds.end());
    std::printf("  %-38s median %.3f s  min %.3f s  max %.3f s\n", preset.name, seconds[seconds.size() / 2],
                seconds.front(), seconds.back());
  }
  std::printf("target: 0.3-0.5 s per sign-in on the reference 2-core machine\n");
  return 0;
}

}  // namespace grid::cli
