// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <memory>
#include <string>

#include "security/crypto.h"
#include "storage/database.h"

namespace grid {

//! The field key of \a database from the user's key store (by the database's id).
Result<FieldCipher> loadDatabaseKey(Database& database);
//! Creates the key of a new database; fails if it exists.
Result<FieldCipher> createDatabaseKey(Database& database);
//! A new database at \a path in CRS \a srid with its field key; when either fails, no file is left behind.
Result<std::unique_ptr<Database>> createDatabaseWithKey(const std::string& path, int srid);

}  // namespace grid
