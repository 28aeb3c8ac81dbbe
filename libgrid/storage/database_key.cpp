// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/database_key.h"

namespace grid {

Result<FieldCipher> loadDatabaseKey(Database& database) {
  auto id = database.meta("database_id");
  if (!id) return makeError(ErrorCode::Unsupported, "This database has no id; it was not created by GridStation.");
  return KeyStore::load(*id);
}

Result<FieldCipher> createDatabaseKey(Database& database) {
  auto id = database.meta("database_id");
  if (!id) return makeError(ErrorCode::Unsupported, "This database has no id; it was not created by GridStation.");
  return KeyStore::create(*id);
}

}  // namespace grid
