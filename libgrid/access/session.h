// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "common/actor.h"
#include "common/clock.h"
#include "common/result.h"
#include "security/crypto.h"

namespace grid {
class Database;
}

namespace grid::access {

//! One role held over one place: 网格员 of grid 440310001001003, 街道工作人员 of street 440310001 …
struct Grant {
  long long id = -1;       //!< user_role.id
  std::string role;        //!< user_role code: GRID_WORKER, COMMUNITY_SECRETARY, DISTRICT_ADMIN …
  std::string level;       //!< grid, area, community, street, district
  long long scopeId = -1;  //!< id of that grid/area/community/street/district
  std::string scopeCode;   //!< its code as typed on the command line ("grid:440310001001003"), for messages
  std::string scopeName;   //!< its name (和平社区第3网格)
};

//! A signed-in user: who, with which grants, and the field key unwrapped with their password.
struct Session {
  Actor actor;  //!< name = login, userId, role = the first grant's role
  std::string displayName;
  std::vector<Grant> grants;
  bool mustChangePassword = false;  //!< first sign-in or after a reset: the password must be changed now
  FieldCipher cipher;
};

//! How failed sign-ins are throttled: a growing delay after each failure, a lock after \c lockAfter of them.
struct SignInPolicy {
  int lockAfter = 10;
  int firstDelaySeconds = 1;  //!< doubled after every further failure
  int maxDelaySeconds = 300;
};

/**
 * Signs \a login in with \a password. Every attempt is audited (action 'login', result in after_json). A wrong
 * password, unknown login or inactive account gives the same message; an attempt before the throttling delay is over
 * is refused without checking the password (and counts as a failure); after \c lockAfter failures the account is
 * locked until an administrator unlocks it. A success resets the count.
 */
Result<Session> signIn(Database& database, const Clock& clock, std::string_view login, std::string_view password,
                       const SignInPolicy& policy = {});

//! The grants of account \a userId, with their places' codes and names.
Result<std::vector<Grant>> grantsOf(Database& database, long long userId);

//! True when the database has accounts: every personal read and every write then needs a signed-in user.
Result<bool> hasAccounts(Database& database);

/**
 * Installs \a session on this connection: its scope as TEMP views that shadow the personal tables (every unqualified
 * read of household, person, key_person … sees only the rows of the actor's grids, and key-person categories only
 * where a grant carries the duty), and the guard every writer asks. Replaces a session bound before.
 */
Status bindSession(Database& database, const Session& session);
//! Removes the bound session's views and guard (sign-out, switch user).
Status unbindSession(Database& database);

//! The roles' permissions as stored: role → {(subject, operation)}.
Result<std::map<std::string, std::set<std::pair<std::string, std::string>>>> loadPermissions(Database& database);

/**
 * The grids, areas, communities and streets a grant covers (a grant at a higher level covers everything below),
 * as ids. District grants cover everything.
 */
struct ScopeIds {
  std::set<long long> grids, areas, communities, streets;
  bool district = false;
};
Result<ScopeIds> scopeOf(Database& database, const Grant& grant);

//! Parses "grid:CODE", "area:ID", "community:CODE", "street:CODE", "district:CODE" into a grant's place.
Result<Grant> parseScope(Database& database, std::string_view text);

/**
 * Makes every connection this process opens from now on follow the process's session (setProcessSession): the
 * database signed in to is bound to that session; any other database with accounts to nobody (nothing personal is
 * visible, every write and export is refused with "sign in first"). Databases without accounts are left as they are.
 * Programs call it once at start (gridctl, the workstation).
 */
void installConnectionGuard();
//! The signed-in session of the process for the database with id \a databaseId (nullptr: sign out).
void setProcessSession(std::shared_ptr<const Session> session, std::string databaseId);
//! The process's signed-in session (nullptr when nobody is signed in).
std::shared_ptr<const Session> processSession();
//! Binds nobody: the state of a connection to a database with accounts before anyone signs in.
Status bindNobody(Database& database);

//! The field key for this connection: the bound session's when a user is signed in, else the key file (databases
//! without accounts); a database with accounts and nobody signed in is refused with what to do.
Result<FieldCipher> fieldKey(Database& database);

/**
 * The grids whose rows of \a subject the connection's user may read: std::nullopt when nobody is bound (a database
 * without accounts: everything), else the ids (possibly none). For filters outside libgrid's connection, such as
 * the subset strings of the map's QGIS layers.
 */
Result<std::optional<std::vector<long long>>> readableGrids(Database& database, std::string_view subject);
//! The same as an SQL condition on \a column ("grid_id IN (1,2)", "0" for none), empty when unrestricted.
Result<std::string> readableGridsCondition(Database& database, std::string_view subject,
                                           std::string_view column = "grid_id");
//! Does the connection's user hold \a operation on \a subject anywhere? (true without accounts).
bool may(Database& database, std::string_view subject, std::string_view operation);

//! Chinese name of a role code (网格员 …), or the code when unknown.
std::string roleName(Database& database, std::string_view role);

}  // namespace grid::access
