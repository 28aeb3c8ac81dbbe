// SPDX-License-Identifier: GPL-2.0-or-later
// Row-level security on a server database: runs in the server.* copy of access_test (ctest fixture pg).
#include "access/server_roles.h"

#include <gtest/gtest.h>

#include <regex>

#include "access/accounts.h"
#include "access/password.h"
#include "access/session.h"
#include "storage/server_admin.h"
#include "support/test_support.h"

namespace grid::access {
namespace {

constexpr const char* kAdminPassword = "District-keys-2026";
constexpr const char* kRolePassword = "Direct-client-2026";

//! The test server's address of \a database, connecting as \a role with \a password (a client outside GridStation).
std::string asRole(const std::string& role, const std::string& database) {
  const std::string server = serverAddressOf(test::testServerAddress(), database);
  return std::regex_replace(server, std::regex(R"(^postgresql://[^@]*@)"),
                            "postgresql://" + role + ":" + kRolePassword + "@");
}

long long asRoleCount(const std::string& address, const std::string& sql) {
  auto text = serverQueryText(address, sql);
  EXPECT_TRUE(text.ok()) << sql << ": " << (text.ok() ? "" : text.error().describe());
  return text.ok() ? std::stoll(*text) : -1;
}

TEST(ServerRoles, ADatabaseRoleOfAGridWorkerReadsNothingOutsideItsGridsWhateverTheClient) {
  if (!test::onServer()) GTEST_SKIP() << "runs in the server.* copy of this suite (ctest fixture pg)";
  test::TempDir dir;
  FixedClock clock("2026-11-23T08:00:00Z");
  auto generated = test::createGeneratedDatabase(dir, clock, Actor::system("test"), 3000);
  ASSERT_TRUE(generated.db);
  Database& db = *generated.db;
  const PasswordCost fast = PasswordCost::minimal();
  ASSERT_TRUE(
      putUnderAccounts(
          db, clock, {"admin", "admin", kAdminPassword, "DISTRICT_ADMIN", *parseScope(db, "district:440310"), -1}, fast)
          .ok());
  auto admin = signIn(db, clock, "admin", kAdminPassword);
  ASSERT_TRUE(admin.ok());
  ASSERT_TRUE(bindSession(db, *admin).ok());
  const std::string grid = *db.queryText("SELECT grid_code FROM main.grid ORDER BY id LIMIT 1 OFFSET 3");
  const long long gridId = test::count(db, "SELECT id FROM main.grid WHERE grid_code = '" + grid + "'");
  const std::string community = *db.queryText(
      "SELECT c.admin_code FROM main.community c JOIN main.grid g ON g.community_id = c.id WHERE g.id = " +
      std::to_string(gridId));
  ASSERT_TRUE(addUser(db, clock,
                      {"worker", "worker", "Grid-work-2026", "GRID_WORKER", *parseScope(db, "grid:" + grid), -1}, fast)
                  .ok());
  ASSERT_TRUE(addUser(db, clock,
                      {"secretary", "secretary", "Grid-work-2026", "COMMUNITY_SECRETARY",
                       *parseScope(db, "community:" + community), -1},
                      fast)
                  .ok());
  // a file has no database roles; a role needs a long password
  EXPECT_FALSE(grantDatabaseRole(db, clock, admin->actor, "worker", "short").ok());
  EXPECT_FALSE(grantDatabaseRole(db, clock, admin->actor, "nobody", kRolePassword).ok());
  auto granted = grantDatabaseRole(db, clock, admin->actor, "worker", kRolePassword);
  ASSERT_TRUE(granted.ok()) << granted.error().describe();
  granted = grantDatabaseRole(db, clock, admin->actor, "secretary", kRolePassword);
  ASSERT_TRUE(granted.ok()) << granted.error().describe();
  const std::string name = *db.queryText("SELECT current_database()");
  const std::string worker = asRole(*databaseRoleName(db, "worker"), name);
  const std::string secretary = asRole(*databaseRoleName(db, "secretary"), name);

  // What the owner sees, to compare with.
  const std::string inGrid = " WHERE grid_id = " + std::to_string(gridId);
  const long long households = test::count(db, "SELECT count(*) FROM main.household" + inGrid);
  const long long persons = test::count(db, "SELECT count(*) FROM main.person" + inGrid);
  ASSERT_GT(households, 0);
  ASSERT_GT(test::count(db, "SELECT count(*) FROM main.household WHERE grid_id <> " + std::to_string(gridId)), 0);

  // The worker's role, connected as any client would: its grid and nothing else.
  for (const char* table : {"household", "person", "key_person", "key_place", "key_matter", "building", "patrol_log"})
    EXPECT_EQ(asRoleCount(worker, std::string("SELECT count(*) FROM main.") + table +
                                      " WHERE grid_id IS DISTINCT "
                                      "FROM " +
                                      std::to_string(gridId)),
              0)
        << table;
  EXPECT_EQ(asRoleCount(worker, "SELECT count(*) FROM main.event WHERE occur_grid_id IS DISTINCT FROM " +
                                    std::to_string(gridId)),
            0);
  EXPECT_EQ(asRoleCount(worker, "SELECT count(*) FROM main.household"), households);
  EXPECT_EQ(asRoleCount(worker, "SELECT count(*) FROM main.person"), persons);
  // accounts, keys and the audit log are closed to it
  for (const char* table : {"app_user", "key_wrap", "audit_log", "gs_db_role"}) {
    auto refused = serverQueryText(worker, std::string("SELECT count(*) FROM main.") + table);
    ASSERT_FALSE(refused.ok()) << table;
    EXPECT_NE(refused.error().message.find("permission denied"), std::string::npos) << refused.error().message;
  }
  // it cannot change what it cannot see, nor move a household out of its grid
  const long long other =
      test::count(db, "SELECT min(id) FROM main.household WHERE grid_id <> " + std::to_string(gridId));
  EXPECT_TRUE(
      serverExec(worker, "UPDATE main.household SET account_number = 'X' WHERE id = " + std::to_string(other)).ok());
  EXPECT_EQ(test::count(db, "SELECT count(*) FROM main.household WHERE account_number = 'X'"), 0);
  const long long mine = test::count(db, "SELECT min(id) FROM main.household" + inGrid);
  EXPECT_FALSE(
      serverExec(worker, "UPDATE main.household SET grid_id = grid_id + 1 WHERE id = " + std::to_string(mine)).ok());

  // The secretary's role: every grid of the community, nothing outside it.
  const std::string communityGrids =
      "(SELECT g.id FROM main.grid g JOIN main.community c ON c.id = g.community_id "
      "WHERE c.admin_code = '" +
      community + "')";
  EXPECT_EQ(asRoleCount(secretary, "SELECT count(*) FROM main.household"),
            test::count(db, "SELECT count(*) FROM main.household WHERE grid_id IN " + communityGrids));
  EXPECT_EQ(asRoleCount(secretary,
                        "SELECT count(*) FROM main.household WHERE grid_id NOT IN (SELECT g.id FROM "
                        "main.grid g JOIN main.community c ON c.id = g.community_id WHERE c.admin_code = '" +
                            community + "')"),
            0);

  // A grant moved to another grid follows after a refresh; a revoked role cannot sign in any more.
  ASSERT_TRUE(db.exec("UPDATE main.user_role SET scope_id = (SELECT min(id) FROM main.grid WHERE id <> " +
                      std::to_string(gridId) +
                      ") WHERE user_id = (SELECT id FROM main.app_user WHERE username = 'worker')")
                  .ok());
  auto refreshed = refreshDatabaseRoles(db, clock, admin->actor);
  ASSERT_TRUE(refreshed.ok()) << refreshed.error().describe();
  EXPECT_EQ(*refreshed, 2);
  EXPECT_EQ(asRoleCount(worker, "SELECT count(*) FROM main.household" + inGrid), 0);
  ASSERT_TRUE(revokeDatabaseRole(db, clock, admin->actor, "worker").ok());
  EXPECT_FALSE(serverQueryText(worker, "SELECT 1").ok());
  // every change of roles is audited: two made, one revoked (refreshes at the same clock change no recorded field)
  EXPECT_EQ(test::count(db, "SELECT count(*) FROM main.audit_log WHERE table_name = 'gs_db_role'"), 3);
}

TEST(ServerRoles, AFileHasNoDatabaseRoles) {
  if (test::onServer()) GTEST_SKIP() << "the file run";
  test::TempDir dir;
  auto db = test::createDatabase(dir);
  ASSERT_TRUE(db);
  FixedClock clock("2026-11-23T08:00:00Z");
  auto refused = grantDatabaseRole(*db, clock, Actor::system("t"), "x", kRolePassword);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::Unsupported);
}

}  // namespace
}  // namespace grid::access
