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

namespace {

//! The latest schema as a template database on the test server, made once (under a lock) for every test process.
std::string ensureSchemaTemplate(const std::string& server) {
  const std::string templ = templateName();
  auto lock = ServerLock::acquire(server, 4547001);
  EXPECT_TRUE(lock.ok()) << (lock.ok() ? "" : lock.error().describe());
  if (!lock.ok()) return {};
  auto exists = serverDatabaseExists(server, templ);
  EXPECT_TRUE(exists.ok()) << (exists.ok() ? "" : exists.error().describe());
  if (!exists.ok()) return {};
  if (*exists) return templ;
  auto created = grid::createServerDatabase(server, templ);
  EXPECT_TRUE(created.ok()) << (created.ok() ? "" : created.error().describe());
  Database::Options options;
  options.create = true;
  auto db = Database::open(serverAddressOf(server, templ), options);
  EXPECT_TRUE(db.ok()) << (db.ok() ? "" : db.error().describe());
  if (!db.ok()) {
    (void)dropServerDatabase(server, templ);
    return {};
  }
  return templ;
}

//! A new database made from template \a from, dropped when the program exits; its own database id.
//! A new database on the test server (a copy of \a from, or empty), dropped when the test program exits; its address.
std::string newServerDatabase(const std::string& server, const std::string& from) {
  static int counter = 0;
  const std::string name = "gs_test_" + std::to_string(getpid()) + "_" + std::to_string(++counter);
  auto created = grid::createServerDatabase(server, name, from);
  EXPECT_TRUE(created.ok()) << (created.ok() ? "" : created.error().describe());
  if (!created.ok()) return {};
  static std::once_flag registered;
  databasesToDrop();
  std::call_once(registered, [] { std::atexit(dropTestDatabases); });
  databasesToDrop().push_back(name);
  return serverAddressOf(server, name);
}

std::unique_ptr<Database> copyOnServer(const std::string& server, const std::string& from, std::string* address) {
  const std::string where = newServerDatabase(server, from);
  if (where.empty()) return nullptr;
  if (address) *address = where;
  auto db = Database::open(where);
  EXPECT_TRUE(db.ok()) << (db.ok() ? "" : db.error().describe());
  return db.ok() ? std::move(*db) : nullptr;
}

/**
 * A database holding what \a build writes (a sample or generated district), from a template on the test server
 * named \a cacheName that the first test process to need it builds; \a build returns the district's field key as
 * hex, kept beside the template, and the copy's key is put in this process's key store.
 */
SampleDatabase cachedOnServer(const std::string& cacheName, const std::function<std::string(Database&)>& build) {
  SampleDatabase result;
  const std::string server = testServerAddress();
  if (server.empty()) return result;
  const std::string schema = ensureSchemaTemplate(server);
  if (schema.empty()) return result;
  const std::string name = cacheName + "_" + schema.substr(schema.rfind('_') + 1);
  std::string keyHex;
  {
    auto lock = ServerLock::acquire(server, 4547002);
    EXPECT_TRUE(lock.ok());
    if (!lock.ok()) return result;
    EXPECT_TRUE(
        serverExec(server, "CREATE TABLE IF NOT EXISTS public.gs_test_keys (name text PRIMARY KEY, key text)").ok());
    auto stored = serverQueryText(server, "SELECT key FROM public.gs_test_keys WHERE name = '" + name + "'");
    auto exists = serverDatabaseExists(server, name);
    if (stored.ok() && exists.ok() && *exists) {
      keyHex = *stored;
    } else {
      (void)dropServerDatabase(server, name);
      EXPECT_TRUE(grid::createServerDatabase(server, name, schema).ok());
      auto db = Database::open(serverAddressOf(server, name));
      EXPECT_TRUE(db.ok()) << (db.ok() ? "" : db.error().describe());
      if (!db.ok()) return result;
      keyHex = build(**db);
      if (keyHex.empty()) {
        db = Error{};
        (void)dropServerDatabase(server, name);
        return result;
      }
      EXPECT_TRUE(serverExec(server, "INSERT INTO public.gs_test_keys (name, key) VALUES ('" + name + "', '" + keyHex +
                                         "') ON CONFLICT (name) DO UPDATE SET key = excluded.key")
                      .ok());
    }
  }
  result.db = copyOnServer(server, name, nullptr);
  if (!result.db) return result;
  auto key = FieldCipher::fromHex(keyHex);
  EXPECT_TRUE(key.ok());
  if (!key.ok()) return result;
  auto id = result.db->meta("database_id");
  if (id.ok()) (void)KeyStore::save(*id, *key);  // the copy keeps the template's id; the key may be there already
  result.key = std::make_unique<FieldCipher>(*key);
  return result;
}

}  // namespace

std::unique_ptr<Database> createServerDatabase(std::string* address) {
  const std::string server = testServerAddress();
  if (server.empty()) return nullptr;
  const std::string templ = ensureSchemaTemplate(server);
  if (templ.empty()) return nullptr;
  auto db = copyOnServer(server, templ, address);
  // a new database gets an id of its own
  if (db) EXPECT_TRUE(db->exec("UPDATE gs_meta SET value = md5(random()::text) WHERE key = 'database_id'").ok());
  return db;
}

std::unique_ptr<Database> createDatabaseInCrs(const TempDir& dir, const std::string& name, int srid) {
  Database::Options options;
  options.create = true;
  options.srid = srid;
  std::string where = dir.file(name);
  if (onServer()) {
    const std::string server = testServerAddress();
    if (server.empty()) return nullptr;
    where = newServerDatabase(server, {});
    if (where.empty()) return nullptr;
  }
  auto db = Database::open(where, options);
  EXPECT_TRUE(db.ok()) << (db.ok() ? "" : db.error().describe());
  return db.ok() ? std::move(*db) : nullptr;
}

GeneratedTemplate::GeneratedTemplate(long long households, const std::string& clockIso) {
  if (onServer()) {  // the server keeps its own template database; copy() makes databases from it
    m_households = households;
    m_clockIso = clockIso;
    return;
  }
  FixedClock clock(clockIso);
  auto generated = createGeneratedDatabase(m_dir, clock, Actor::system("test"), households, "template.sqlite");
  if (!generated.db) return;
  EXPECT_TRUE(generated.db->checkpoint().ok());
  m_keyHex = generated.key->toHex();
}

std::unique_ptr<Database> GeneratedTemplate::copy() {
  if (onServer()) {
    FixedClock clock(m_clockIso);
    auto copied = createGeneratedDatabase(m_dir, clock, Actor::system("test"), m_households);
    if (copied.key) m_keyHex = copied.key->toHex();
    return std::move(copied.db);
  }
  const std::string path = m_dir.file("copy" + std::to_string(++m_copies) + ".sqlite");
  std::filesystem::copy_file(m_dir.file("template.sqlite"), path);
  auto opened = Database::open(path);
  EXPECT_TRUE(opened.ok()) << (opened.ok() ? "" : opened.error().describe());
  return opened.ok() ? std::move(*opened) : nullptr;
}

SampleDatabase createSampleDatabase(const TempDir& dir, const std::string& name) {
  if (onServer())
    return cachedOnServer("gs_sample", [](Database& db) -> std::string {
      auto key = createDatabaseKey(db);
      EXPECT_TRUE(key.ok()) << (key.ok() ? "" : key.error().describe());
      if (!key.ok()) return {};
      FixedClock clock("2026-11-23T08:00:00Z");
      auto written = writeSampleDistrict(db, *key, clock, Actor::system("test"), 1);
      EXPECT_TRUE(written.ok()) << (written.ok() ? "" : written.error().describe());
      return written.ok() ? key->toHex() : std::string();
    });
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
  if (onServer()) {
    const std::string cache = "gs_gen_" + std::to_string(households) + "_" +
                              std::to_string(std::hash<std::string>{}(clock.nowIso() + "|" + actor.name) % 100000);
    return cachedOnServer(cache, [&](Database& db) -> std::string {
      auto key = createDatabaseKey(db);
      EXPECT_TRUE(key.ok()) << (key.ok() ? "" : key.error().describe());
      if (!key.ok()) return {};
      DistrictOptions options;
      options.households = households;
      auto written = generateDistrict(db, *key, clock, actor, options);
      EXPECT_TRUE(written.ok()) << (written.ok() ? "" : written.error().describe());
      return written.ok() ? key->toHex() : std::string();
    });
  }
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
