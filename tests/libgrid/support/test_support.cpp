// SPDX-License-Identifier: GPL-2.0-or-later
#include "support/test_support.h"

#include <unistd.h>

#include <fstream>
#include <functional>
#include <mutex>

#include "demo/district_generator.h"
#include "demo/sample_district.h"
#include "storage/database_key.h"
#include "storage/migrations.h"
#include "storage/server_admin.h"

namespace grid::test {

bool onServer() {
  const char* backend = std::getenv("GRIDSTATION_TEST_BACKEND");
  const char* file = std::getenv("GRIDSTATION_TEST_SERVER_FILE");
  return (backend && std::string(backend) == "postgresql") || (file && *file);
}

std::string testServerAddress() {
  if (const char* address = std::getenv("GRIDSTATION_TEST_SERVER"); address && *address) return address;
  if (const char* file = std::getenv("GRIDSTATION_TEST_SERVER_FILE"); file && *file) {
    std::ifstream in(file);
    std::string address;
    std::getline(in, address);
    if (!address.empty()) return address;
  }
  ADD_FAILURE() << "GRIDSTATION_TEST_BACKEND=postgresql needs the test server: GRIDSTATION_TEST_SERVER or "
                   "GRIDSTATION_TEST_SERVER_FILE (ctest starts one: scripts/pg-test-cluster)";
  return {};
}

namespace {

std::vector<std::string>& databasesToDrop() {
  static auto* names = new std::vector<std::string>();  // never destroyed: the exit handler reads it
  return *names;
}

void dropTestDatabases() {
  const std::string server = testServerAddress();
  for (const std::string& name : databasesToDrop()) (void)dropServerDatabase(server, name);
  databasesToDrop().clear();
}

//! The template: the latest server schema, named by a hash of the server migrations so an edited schema gets a
//! new one on a long-lived development server.
std::string templateName() {
  std::string all;
  for (const Migration& m : serverMigrations()) all += m.sql;
  return "gs_template_" + std::to_string(Database::latestVersion()) + "_" +
         std::to_string(std::hash<std::string>{}(all) % 1000000007ULL);
}

}  // namespace

std::unique_ptr<Database> createServerDatabase(std::string* address) {
  const std::string server = testServerAddress();
  if (server.empty()) return nullptr;
  const std::string templ = templateName();
  {
    auto lock = ServerLock::acquire(server, 4547001);
    EXPECT_TRUE(lock.ok()) << (lock.ok() ? "" : lock.error().describe());
    if (!lock.ok()) return nullptr;
    auto exists = serverDatabaseExists(server, templ);
    EXPECT_TRUE(exists.ok()) << (exists.ok() ? "" : exists.error().describe());
    if (!exists.ok()) return nullptr;
    if (!*exists) {
      auto created = grid::createServerDatabase(server, templ);
      EXPECT_TRUE(created.ok()) << (created.ok() ? "" : created.error().describe());
      Database::Options options;
      options.create = true;
      auto db = Database::open(serverAddressOf(server, templ), options);
      EXPECT_TRUE(db.ok()) << (db.ok() ? "" : db.error().describe());
      if (!db.ok()) {
        (void)dropServerDatabase(server, templ);
        return nullptr;
      }
    }
  }
  static int counter = 0;
  const std::string name = "gs_test_" + std::to_string(getpid()) + "_" + std::to_string(++counter);
  auto created = grid::createServerDatabase(server, name, templ);
  EXPECT_TRUE(created.ok()) << (created.ok() ? "" : created.error().describe());
  if (!created.ok()) return nullptr;
  static std::once_flag registered;
  std::call_once(registered, [] { std::atexit(dropTestDatabases); });
  databasesToDrop().push_back(name);
  const std::string where = serverAddressOf(server, name);
  if (address) *address = where;
  auto db = Database::open(where);
  EXPECT_TRUE(db.ok()) << (db.ok() ? "" : db.error().describe());
  return db.ok() ? std::move(*db) : nullptr;
}

GeneratedTemplate::GeneratedTemplate(long long households, const std::string& clockIso) {
  FixedClock clock(clockIso);
  auto generated = createGeneratedDatabase(m_dir, clock, Actor::system("test"), households, "template.sqlite");
  if (!generated.db) return;
  EXPECT_TRUE(generated.db->checkpoint().ok());
  m_keyHex = generated.key->toHex();
}

std::unique_ptr<Database> GeneratedTemplate::copy() {
  const std::string path = m_dir.file("copy" + std::to_string(++m_copies) + ".sqlite");
  std::filesystem::copy_file(m_dir.file("template.sqlite"), path);
  auto opened = Database::open(path);
  EXPECT_TRUE(opened.ok()) << (opened.ok() ? "" : opened.error().describe());
  return opened.ok() ? std::move(*opened) : nullptr;
}

SampleDatabase createSampleDatabase(const TempDir& dir, const std::string& name) {
  SampleDatabase sample;
  sample.db = createDatabase(dir, name);
  if (!sample.db) return sample;
  auto key = createDatabaseKey(*sample.db);
  EXPECT_TRUE(key.ok()) << (key.ok() ? "" : key.error().describe());
  if (!key.ok()) return sample;
  sample.key = std::make_unique<FieldCipher>(*key);
  FixedClock clock("2026-11-23T08:00:00Z");
  auto written = writeSampleDistrict(*sample.db, *sample.key, clock, Actor::system("test"), 1);
  EXPECT_TRUE(written.ok()) << (written.ok() ? "" : written.error().describe());
  EXPECT_TRUE(sample.db->checkpoint().ok());
  return sample;
}

SampleDatabase createGeneratedDatabase(const TempDir& dir, const Clock& clock, const Actor& actor, long long households,
                                       const std::string& name) {
  SampleDatabase generated;
  generated.db = createDatabase(dir, name);
  if (!generated.db) return generated;
  auto key = createDatabaseKey(*generated.db);
  EXPECT_TRUE(key.ok()) << (key.ok() ? "" : key.error().describe());
  if (!key.ok()) return generated;
  generated.key = std::make_unique<FieldCipher>(*key);
  DistrictOptions options;
  options.households = households;
  auto written = generateDistrict(*generated.db, *generated.key, clock, actor, options);
  EXPECT_TRUE(written.ok()) << (written.ok() ? "" : written.error().describe());
  return generated;
}

}  // namespace grid::test
