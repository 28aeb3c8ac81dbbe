// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>
#include <vector>

#include "common/actor.h"
#include "common/clock.h"
#include "common/result.h"
#include "storage/database.h"

namespace grid::access {

/**
 * PostgreSQL login roles for GridStation users on a server database, so that a user's scope holds for clients that
 * bypass GridStation (psql, QGIS, a report tool): row-level security (server migration 19) lets the role read and
 * write the rows of the grids the user's grants cover and nothing else; accounts, keys and the audit log stay closed.
 */

//! The role name of \a login on this database: gs_<database>_<login>, lower case, letters, digits and _ only.
Result<std::string> databaseRoleName(Database& database, const std::string& login);

/**
 * Creates (or updates) the login role of user \a login with \a password and gives it the grids of the user's grants
 * now. Needs a server database, `user admin` and a connection allowed to create roles. Audited (gs_db_role).
 */
Status grantDatabaseRole(Database& database, const Clock& clock, const Actor& actor, const std::string& login,
                         const std::string& password);

//! How many grids the role of \a login may see now (after grantDatabaseRole or refreshDatabaseRoles).
Result<long long> databaseRoleGrids(Database& database, const std::string& login);

//! Recomputes the grids of every role from its user's grants (after grants or grids changed); returns how many roles.
Result<int> refreshDatabaseRoles(Database& database, const Clock& clock, const Actor& actor);

//! Takes the login away from the role of \a login and its grids (it keeps no rights); audited.
Status revokeDatabaseRole(Database& database, const Clock& clock, const Actor& actor, const std::string& login);

}  // namespace grid::access
