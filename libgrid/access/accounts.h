// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "access/password.h"
#include "access/session.h"
#include "common/clock.h"
#include "common/result.h"

namespace grid {
class Database;
class FieldCipher;
}  // namespace grid

namespace grid::access {

struct UserInfo {
  long long id = -1;
  std::string login, displayName;
  long long staffId = -1;
  bool active = true, locked = false, mustChangePassword = true;
  long long failedSignIns = 0;
  std::string lastSignInAt;
  std::vector<Grant> grants;
};

//! A new account as the administrator types it.
struct NewUser {
  std::string login;               //!< 2–32 characters: letters, digits, '.', '_', '-'
  std::string displayName;         //!< shown in the status bar and the audit viewer; the login when empty
  std::string password;            //!< initial password; must be changed at first sign-in
  std::string role;                //!< user_role code
  Grant scope;                     //!< level and place (parseScope)
  long long staffId = -1;          //!< linked staff record, -1 for none
  bool mustChangePassword = true;  //!< at first sign-in (false only for the documented demo accounts)
};

//! Accounts of the database with their grants (only the signed-in user's own without admin permission).
Result<std::vector<UserInfo>> listUsers(Database& database);

/**
 * Puts a database under accounts: creates the first administrator (DISTRICT_ADMIN over \a admin.scope), wraps
 * \a fieldKey for them and with a new recovery key, and returns the recovery key (show it once; it is not stored).
 * Fails when the database has accounts already. The caller removes the old key file after this commits.
 */
Result<std::string> createFirstAdministrator(Database& database, const Clock& clock, const FieldCipher& fieldKey,
                                             const NewUser& admin, const PasswordCost& cost = PasswordCost::standard());

/**
 * Puts a database that still keeps its key in the key folder under accounts: createFirstAdministrator with that key,
 * then deletes the key file (a copy of the database and the key folder then reveals nothing without a password).
 * Returns the recovery key.
 */
Result<std::string> putUnderAccounts(Database& database, const Clock& clock, const NewUser& admin,
                                     const PasswordCost& cost = PasswordCost::standard());

//! Adds an account with one grant; needs admin on user (the bound session). The field key is wrapped for it.
Result<long long> addUser(Database& database, const Clock& clock, const NewUser& user,
                          const PasswordCost& cost = PasswordCost::standard());
//! Adds a grant to \a login (role over a place).
Status grantRole(Database& database, const Clock& clock, std::string_view login, std::string_view role,
                 const Grant& scope);
//! Removes the grant of \a role over that place; refused when it is the last administrator grant.
Status revokeRole(Database& database, const Clock& clock, std::string_view login, std::string_view role,
                  const Grant& scope);
//! New password set by an administrator: re-wraps the key for the account, unlocks it, must change at next sign-in.
Status resetPassword(Database& database, const Clock& clock, std::string_view login, std::string_view newPassword,
                     const PasswordCost& cost = PasswordCost::standard());
//! Clears the failed-sign-in count and the lock.
Status unlockUser(Database& database, const Clock& clock, std::string_view login);
//! Deactivates or reactivates an account (accounts are never deleted: the audit log names them).
Status setUserActive(Database& database, const Clock& clock, std::string_view login, bool active);
//! The signed-in user's own change: checks \a oldPassword, re-wraps only this user's copy of the key.
Status changePassword(Database& database, const Clock& clock, const Session& session, std::string_view oldPassword,
                      std::string_view newPassword, const PasswordCost& cost = PasswordCost::standard());
//! Without any password: the recovery key unwraps the field key and sets \a login's password (must change after).
Status recoverWithKey(Database& database, const Clock& clock, std::string_view recoveryKey, std::string_view login,
                      std::string_view newPassword, const PasswordCost& cost = PasswordCost::standard());
//! Allows or forbids \a operation on \a subject for \a role (the permission table is data).
Status setPermission(Database& database, const Clock& clock, std::string_view role, std::string_view subject,
                     std::string_view operation, bool allowed);

//! Problem with a login name, empty when acceptable.
std::string loginProblem(std::string_view login);

}  // namespace grid::access
