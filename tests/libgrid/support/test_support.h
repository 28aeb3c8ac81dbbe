// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <random>
#include <string>

#include "common/actor.h"
#include "common/clock.h"
#include "security/crypto.h"
#include "storage/database.h"

namespace grid::test {

//! A fresh folder under the system temp dir, removed at scope end. Also points the key store into it.
class TempDir {
 public:
  TempDir() {
    std::random_device device;
    m_path = std::filesystem::temp_directory_path() / ("gridstation-test-" + std::to_string(device()));
    std::filesystem::create_directories(m_path);
    setenv("GRIDSTATION_KEY_DIR", (m_path / "keys").c_str(), 1);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
  }
  std::string file(const std::string& name) const { return (m_path / name).string(); }

 private:
  std::filesystem::path m_path;
};

/**
 * True when this run tests the server backend: ctest runs each parameterised suite a second time, its tests named
 * server.*, with GRIDSTATION_TEST_SERVER_FILE naming the file that holds the throwaway cluster's address (fixture
 * pg, scripts/pg-test-cluster); by hand, GRIDSTATION_TEST_BACKEND=postgresql with GRIDSTATION_TEST_SERVER=URI.
 * A test of what only a file has (PRAGMAs, copying the file) skips there.
 */
bool onServer();
//! The test server's maintenance address (GRIDSTATION_TEST_SERVER, or the file GRIDSTATION_TEST_SERVER_FILE names).
std::string testServerAddress();
//! A new, empty database on the test server with the latest schema (made from a template built once per schema);
//! dropped when the test program exits. Its address is returned through \a address when given.
std::unique_ptr<Database> createServerDatabase(std::string* address = nullptr);

/**
 * Opens a new database (latest schema unless \a version given): the file \a name in \a dir, or on the server
 * backend a new server database (see onServer). Fails the test on error.
 */
inline std::unique_ptr<Database> createDatabase(const TempDir& dir, const std::string& name = "test.sqlite",
                                                int version = -1) {
  if (onServer()) {
    EXPECT_EQ(version, -1) << "a server database starts at the latest schema; skip this test on the server";
    return createServerDatabase();
  }
  Database::Options options;
  options.create = true;
  options.targetVersion = version;
  auto db = Database::open(dir.file(name), options);
  EXPECT_TRUE(db.ok()) << (db.ok() ? "" : db.error().describe());
  return db.ok() ? std::move(*db) : nullptr;
}

//! A new database in the CRS EPSG:\a srid: the file \a name in \a dir, or on the server backend a new server database
//! made with that CRS (for the real extracts, each in its own Gauss-Krüger zone). Fails the test on error.
std::unique_ptr<Database> createDatabaseInCrs(const TempDir& dir, const std::string& name, int srid);

//! A database in \a dir holding the small sample district (seed 1), with its key; fails the test on error.
struct SampleDatabase {
  std::unique_ptr<Database> db;
  std::unique_ptr<FieldCipher> key;
};
SampleDatabase createSampleDatabase(const TempDir& dir, const std::string& name = "sample.sqlite");

//! A database in \a dir holding a generated district of about \a households households (seed 1), written by
//! \a actor at \a clock's time, with its key; fails the test on error. Boards, printing and districting tests use it.
SampleDatabase createGeneratedDatabase(const TempDir& dir, const Clock& clock, const Actor& actor,
                                       long long households = 3000, const std::string& name = "test.sqlite");

/**
 * A generated district made once (in a test suite's SetUpTestSuite) and copied into a fresh file for each test, so
 * suites that change their database start every test from the same district without generating it again.
 */
class GeneratedTemplate {
 public:
  explicit GeneratedTemplate(long long households, const std::string& clockIso = "2026-11-01T08:00:00Z");
  //! A copy of the district in a new file; fails the test (nullptr) when it cannot be opened.
  std::unique_ptr<Database> copy();
  //! The district's field key, as hex.
  const std::string& keyHex() const { return m_keyHex; }

 private:
  TempDir m_dir;
  std::string m_keyHex;
  int m_copies = 0;
  long long m_households = 0;  //!< on the server: what copy() asks the server's template for
  std::string m_clockIso;
};

inline long long count(Database& db, const std::string& sql) {
  auto n = db.queryInt(sql);
  EXPECT_TRUE(n.ok()) << sql << ": " << (n.ok() ? "" : n.error().describe());
  return n.ok() ? *n : -1;
}

}  // namespace grid::test
