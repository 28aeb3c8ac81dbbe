// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/database_key.h"

#include <filesystem>

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

Result<std::unique_ptr<Database>> createDatabaseWithKey(const std::string& path, int srid) {
  Database::Options options;
  options.create = true;
  options.srid = srid;
  auto db = Database::open(path, options);
  if (db) {
    if (auto key = createDatabaseKey(**db); !key) db = key.error();
  }
  if (!db) {
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix, ignored);
  }
  return db;
}

}  // namespace grid
