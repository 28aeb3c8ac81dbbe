// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "security/crypto.h"
#include "storage/database.h"

namespace grid {

//! The field key of \a database from the user's key store (by the database's id).
Result<FieldCipher> loadDatabaseKey(Database& database);
//! Creates the key of a new database; fails if it exists.
Result<FieldCipher> createDatabaseKey(Database& database);

}  // namespace grid
