// SPDX-License-Identifier: GPL-2.0-or-later
// Sign-in, roles and per-grid scope (issue 17): passwords, key wrapping, throttling, the access matrix, and a property
// test that no read path returns a record outside the actor's scope.
#include "access/session.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>

#include "access/accounts.h"
#include "access/password.h"
#include "checks/statistics.h"
#include "dashboard/dashboard.h"
#include "registry/list_sheet.h"
#include "registry/list_table.h"
#include "registry/record_access.h"
#include "registry/record_edit.h"
#include "storage/building_profile.h"
#include "storage/database_key.h"
#include "storage/record_writer.h"
#include "storage/search.h"
#include "support/test_support.h"
#include "visits/visits.h"

namespace grid {
namespace {

using namespace grid::access;
using grid::registry::ListKind;

const PasswordCost kFast = PasswordCost::minimal();
constexpr const char* kAdminPassword = "District-keys-2026";
constexpr const char* kUserPassword = "Grid-work-2026";

//! A generated district (2 communities, 24 grids) put under accounts with one user per role.
class AccessTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    s_dir = new test::TempDir();
    s_template = new test::GeneratedTemplate(6000, "2026-11-23T08:00:00Z");
  }
  static void TearDownTestSuite() {
    delete s_template;
    delete s_dir;
  }

  void SetUp() override {
    ++s_counter;
    m_db = s_template->copy();
    ASSERT_TRUE(m_db);
    auto key = FieldCipher::fromHex(s_template->keyHex());
    ASSERT_TRUE(key.ok());
    m_key = std::make_unique<FieldCipher>(*key);
    // Each copy is its own database, with its own id and key file, as after `gridctl demo`.
    const std::string databaseId = "access-test-" + std::to_string(s_counter) + "-" + randomToken();
    ASSERT_TRUE(m_db->setMeta("database_id", databaseId).ok());
    ASSERT_TRUE(KeyStore::save(databaseId, *m_key).ok());
    NewUser admin{"admin", "系统管理员", kAdminPassword, "DISTRICT_ADMIN", scope("district:440310"), -1};
    auto recovery = putUnderAccounts(*m_db, m_clock, admin, kFast);
    ASSERT_TRUE(recovery.ok()) << recovery.error().describe();
    m_recovery = *recovery;
  }

  Grant scope(const std::string& text) {
    auto grant = parseScope(*m_db, text);
    EXPECT_TRUE(grant.ok()) << text << ": " << (grant.ok() ? "" : grant.error().describe());
    return grant.ok() ? *grant : Grant{};
  }

  Session signInAs(const std::string& login, const std::string& password = kUserPassword) {
    auto session = signIn(*m_db, m_clock, login, password);
    EXPECT_TRUE(session.ok()) << login << ": " << (session.ok() ? "" : session.error().describe());
    if (!session.ok()) return {};
    auto bound = bindSession(*m_db, *session);
    EXPECT_TRUE(bound.ok()) << (bound.ok() ? "" : bound.error().describe());
    return *session;
  }

  void addUser(const std::string& login, const std::string& role, const std::string& where) {
    signInAs("admin", kAdminPassword);
    auto id = access::addUser(*m_db, m_clock, NewUser{login, login, kUserPassword, role, scope(where), -1}, kFast);
    ASSERT_TRUE(id.ok()) << id.error().describe();
    ASSERT_TRUE(unbindSession(*m_db).ok());
  }

  std::string gridCode(int index) {
    auto code = m_db->queryText("SELECT grid_code FROM main.grid ORDER BY id LIMIT 1 OFFSET " + std::to_string(index));
    return code.ok() ? *code : "";
  }
  long long gridIdOf(const std::string& code) {
    return test::count(*m_db, "SELECT id FROM main.grid WHERE grid_code = '" + code + "'");
  }
  std::string communityCode(int index) {
    auto code =
        m_db->queryText("SELECT admin_code FROM main.community ORDER BY id LIMIT 1 OFFSET " + std::to_string(index));
    return code.ok() ? *code : "";
  }

  static inline test::TempDir* s_dir = nullptr;
  static inline test::GeneratedTemplate* s_template = nullptr;
  static inline int s_counter = 0;
  FixedClock m_clock{"2026-11-24T09:00:00Z"};
  std::unique_ptr<Database> m_db;
  std::unique_ptr<FieldCipher> m_key;
  std::string m_recovery;
};

TEST_F(AccessTest, GridWorkerSeesOnlyTheirGridAndTheAuditNamesThem) {
  const std::string mine = gridCode(2);
  addUser("wang", "GRID_WORKER", "grid:" + mine);
  signInAs("wang");
  const long long myGrid = gridIdOf(mine);
  const long long households = test::count(*m_db, "SELECT count(*) FROM household");
  EXPECT_GT(households, 0);
  EXPECT_EQ(households,
            test::count(*m_db, "SELECT count(*) FROM main.household WHERE grid_id = " + std::to_string(myGrid)));
  EXPECT_EQ(test::count(*m_db, "SELECT count(*) FROM person WHERE grid_id <> " + std::to_string(myGrid)), 0);
  EXPECT_EQ(test::count(*m_db, "SELECT count(*) FROM key_person WHERE grid_id <> " + std::to_string(myGrid)), 0);
  // Other grids' outlines stay visible on the map.
  EXPECT_EQ(test::count(*m_db, "SELECT count(*) FROM grid"), test::count(*m_db, "SELECT count(*) FROM main.grid"));
  // A worker has no duty for key-person categories.
  EXPECT_EQ(test::count(*m_db, "SELECT count(*) FROM key_person WHERE category_code <> 'RESTRICTED'"), 0);

  // An edit in the own grid is audited under the worker's name whatever actor the caller passes.
  const long long own = test::count(*m_db, "SELECT min(id) FROM household");
  RecordWriter writer(*m_db, m_clock);
  ASSERT_TRUE(writer.update(Actor::system("somebody else"), "household", own, {{"account_number", Value("A-1")}}).ok());
  auto actor = m_db->queryText("SELECT actor FROM main.audit_log ORDER BY id DESC LIMIT 1");
  ASSERT_TRUE(actor.ok());
  EXPECT_EQ(*actor, "wang");
  // Another grid's household cannot be changed, nor can the own one be moved out of the scope.
  const long long foreign =
      test::count(*m_db, "SELECT min(id) FROM main.household WHERE grid_id <> " + std::to_string(myGrid));
  auto refused = writer.update(Actor::system("x"), "household", foreign, {{"account_number", Value("A-2")}});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
  const long long otherGrid = gridIdOf(gridCode(3));
  auto moved = writer.update(Actor::system("x"), "household", own, {{"grid_id", Value(otherGrid)}});
  ASSERT_FALSE(moved.ok());
  EXPECT_NE(moved.error().message.find("outside your scope"), std::string::npos) << moved.error().message;
  EXPECT_EQ(test::count(*m_db, "SELECT grid_id FROM main.household WHERE id = " + std::to_string(own)), myGrid);
}

// Binding a session writes the user's scope into the connection; a district grant (a city's administrator covers
// tens of thousands of grids) is a few rows per subject, not one per grid and subject, and nothing is left to filter.
TEST_F(AccessTest, ADistrictGrantBindsWithoutListingEveryGridAndACommunityGrantListsItsOwn) {
  const long long grids = test::count(*m_db, "SELECT count(*) FROM main.grid");
  ASSERT_GT(grids, 10);
  const std::string community = communityCode(0);
  const long long communityGrids = test::count(
      *m_db, "SELECT count(*) FROM main.grid g JOIN main.community c ON c.id = g.community_id WHERE c.admin_code = '" +
                 community + "'");
  addUser("shuji", "COMMUNITY_SECRETARY", "community:" + community);
  signInAs("admin", kAdminPassword);
  const long long subjects = test::count(*m_db, "SELECT count(DISTINCT subject) FROM temp.gs_scope");
  EXPECT_LE(test::count(*m_db, "SELECT count(*) FROM temp.gs_scope"), subjects * 3);
  auto all = readableGrids(*m_db, "household");
  ASSERT_TRUE(all.ok());
  EXPECT_FALSE(all->has_value()) << "a district grant reads every grid: no list";
  EXPECT_EQ(*readableGridsCondition(*m_db, "household"), "");
  EXPECT_EQ(test::count(*m_db, "SELECT count(*) FROM household"),
            test::count(*m_db, "SELECT count(*) FROM main.household"));
  EXPECT_GT(test::count(*m_db, "SELECT count(*) FROM key_person WHERE category_code <> 'RESTRICTED'"), 0);
  signInAs("shuji");
  auto mine = readableGrids(*m_db, "household");
  ASSERT_TRUE(mine.ok() && mine->has_value());
  EXPECT_EQ(static_cast<long long>((*mine)->size()), communityGrids);
  EXPECT_LT(communityGrids, grids);
  EXPECT_LT(test::count(*m_db, "SELECT count(*) FROM household"),
            test::count(*m_db, "SELECT count(*) FROM main.household"));
}

TEST_F(AccessTest, GridWorkerVisitsAndCountsOnlyTheirGrid) {
  const std::string mine = gridCode(2);
  const long long myGrid = gridIdOf(mine);
  const long long street = test::count(*m_db, "SELECT min(id) FROM main.street");
  const auto period = *dashboard::monthPeriod("2026-10");
  auto everything = dashboard::computeFigures(*m_db, m_clock, {"street", street}, period);
  ASSERT_TRUE(everything.ok()) << everything.error().describe();
  addUser("wang", "GRID_WORKER", "grid:" + mine);
  const Session session = signInAs("wang");
  // The street's dashboard, asked by the grid's worker, counts the worker's grid only.
  auto street_ = dashboard::computeFigures(*m_db, m_clock, {"street", street}, period);
  auto grid = dashboard::computeFigures(*m_db, m_clock, {"grid", myGrid}, period);
  ASSERT_TRUE(street_.ok() && grid.ok());
  for (const char* key : {"households", "persons", "key_persons_red", "visits_done", "visit_objects"})
    EXPECT_EQ(street_->value(key), grid->value(key)) << key;
  EXPECT_LT(street_->value("households"), everything->value("households"));
  visits::DueQuery query;
  query.place = {"street", street};
  auto due = visits::dueVisits(*m_db, m_clock, query);
  ASSERT_TRUE(due.ok());
  for (const auto& item : *due)
    if (item.objectType != "grid") EXPECT_EQ(item.gridId, myGrid) << item.objectType << " " << item.objectId;

  // A visit in the own grid is logged under the worker's name; one in another grid is refused and writes nothing.
  auto codes = registry::CodeBook::load(*m_db);
  ASSERT_TRUE(codes.ok());
  const registry::SaveContext context{*m_db, session.cipher, *codes, m_clock, Actor::system("GridStation"), {}};
  const long long own = test::count(*m_db, "SELECT min(id) FROM household");
  auto logged = registry::saveRecord(context, registry::ListKind::PatrolLogs, -1,
                                     {{"object_type", "household"}, {"object_id", std::to_string(own)}});
  ASSERT_TRUE(logged.ok()) << logged.error().describe();
  EXPECT_EQ(m_db->queryText("SELECT recorded_by FROM main.patrol_log WHERE id = " +
                            std::to_string(logged->created.front().second))
                .value(),
            "wang");
  const long long foreign =
      test::count(*m_db, "SELECT min(id) FROM main.household WHERE grid_id <> " + std::to_string(myGrid));
  const long long logs = test::count(*m_db, "SELECT count(*) FROM main.patrol_log");
  auto refused = registry::saveRecord(context, registry::ListKind::PatrolLogs, -1,
                                      {{"object_type", "household"}, {"object_id", std::to_string(foreign)}});
  EXPECT_FALSE(refused.ok());
  EXPECT_EQ(test::count(*m_db, "SELECT count(*) FROM main.patrol_log"), logs);
}

TEST_F(AccessTest, GridChiefSeesCategoriesAuditorSeesTheLogButNothingPersonal) {
  const std::string grid = gridCode(2);
  addUser("chief", "GRID_LEADER", "grid:" + grid);
  addUser("audit", "AUDITOR", "district:440310");
  signInAs("chief");
  EXPECT_EQ(test::count(*m_db, "SELECT count(*) FROM key_person WHERE category_code = 'RESTRICTED'"), 0);
  EXPECT_EQ(
      test::count(*m_db, "SELECT count(*) FROM key_person"),
      test::count(*m_db, "SELECT count(*) FROM main.key_person WHERE grid_id = " + std::to_string(gridIdOf(grid))));
  signInAs("audit");
  EXPECT_EQ(test::count(*m_db, "SELECT count(*) FROM household"), 0);
  EXPECT_EQ(test::count(*m_db, "SELECT count(*) FROM person"), 0);
  EXPECT_EQ(test::count(*m_db, "SELECT count(*) FROM key_person"), 0);
  EXPECT_EQ(test::count(*m_db, "SELECT count(*) FROM audit_log"),
            test::count(*m_db, "SELECT count(*) FROM main.audit_log"));
  // before/after: field names only.
  auto shown =
      m_db->queryText("SELECT after_json FROM audit_log WHERE action = 'insert' AND table_name = 'app_user' LIMIT 1");
  ASSERT_TRUE(shown.ok());
  EXPECT_EQ(shown->front(), '[');
  EXPECT_EQ(shown->find("系统管理员"), std::string::npos) << *shown;
  auto chain = verifyAuditChain(*m_db);
  ASSERT_TRUE(chain.ok());
  EXPECT_EQ(*chain, -1);
}

TEST_F(AccessTest, ThousandWrongPasswordsAreThrottledLockedAndAudited) {
  addUser("li", "GRID_WORKER", "grid:" + gridCode(1));
  const long long before = test::count(*m_db, "SELECT count(*) FROM main.audit_log WHERE action = 'login'");
  int throttled = 0, locked = 0;
  for (int i = 0; i < 1000; ++i) {
    auto attempt = signIn(*m_db, m_clock, "li", "Wrong-password-" + std::to_string(i));
    ASSERT_FALSE(attempt.ok());
    if (attempt.error().message.find("wait") != std::string::npos) ++throttled;
    if (attempt.error().message.find("locked") != std::string::npos) ++locked;
  }
  EXPECT_GT(throttled, 0);
  // The attempts are audited under the login tried, also on a connection bound to nobody (as the programs do).
  ASSERT_TRUE(bindNobody(*m_db).ok());
  EXPECT_FALSE(signIn(*m_db, m_clock, "li", "Wrong-password-x0").ok());
  EXPECT_EQ(*m_db->queryText("SELECT actor FROM main.audit_log ORDER BY id DESC LIMIT 1"), "li");
  ASSERT_TRUE(unbindSession(*m_db).ok());
  EXPECT_GE(locked, 990);
  EXPECT_EQ(test::count(*m_db, "SELECT count(*) FROM main.audit_log WHERE action = 'login'") - before, 1001);
  EXPECT_EQ(test::count(*m_db, "SELECT locked FROM main.app_user WHERE username = 'li'"), 1);
  // Locked: even the right password is refused, later too.
  m_clock.set("2026-11-25T09:00:00Z");
  EXPECT_FALSE(signIn(*m_db, m_clock, "li", kUserPassword).ok());
  signInAs("admin", kAdminPassword);
  ASSERT_TRUE(unlockUser(*m_db, m_clock, "li").ok());
  ASSERT_TRUE(unbindSession(*m_db).ok());
  auto session = signIn(*m_db, m_clock, "li", kUserPassword);
  ASSERT_TRUE(session.ok()) << session.error().describe();
  EXPECT_TRUE(session->mustChangePassword);
  // An unknown login gets the same message as a wrong password.
  auto unknown = signIn(*m_db, m_clock, "nobody", kUserPassword);
  auto wrong = signIn(*m_db, m_clock, "li", "Wrong-password-x1");
  ASSERT_FALSE(unknown.ok());
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(unknown.error().message, wrong.error().message);
}

TEST_F(AccessTest, ThrottlingDelayGrowsAndPassesWithTime) {
  addUser("zhao", "GRID_WORKER", "grid:" + gridCode(1));
  ASSERT_FALSE(signIn(*m_db, m_clock, "zhao", "Wrong-password-1").ok());  // next attempt after 1 s
  ASSERT_FALSE(signIn(*m_db, m_clock, "zhao", "Wrong-password-2").ok());  // throttled (same second): 2 s
  auto early = signIn(*m_db, m_clock, "zhao", kUserPassword);
  ASSERT_FALSE(early.ok());
  EXPECT_NE(early.error().message.find("wait 2 s"), std::string::npos) << early.error().message;
  m_clock.set("2026-11-24T09:00:30Z");
  EXPECT_TRUE(signIn(*m_db, m_clock, "zhao", kUserPassword).ok());
  EXPECT_EQ(test::count(*m_db, "SELECT failed_sign_ins FROM main.app_user WHERE username = 'zhao'"), 0);
}

TEST_F(AccessTest, CopiedDatabaseWithKeyFolderRevealsNoIdNumberWithoutPassword) {
  // The plaintext ID numbers, read with the key before the database goes under accounts.
  std::set<std::string> ids;
  {
    auto statement = m_db->prepare("SELECT id_cipher FROM main.person WHERE id_cipher IS NOT NULL");
    ASSERT_TRUE(statement.ok());
    ASSERT_TRUE(statement
                    ->forEachRow([&](const Statement& row) {
                      auto plain = m_key->decrypt(row.blob(0));
                      if (plain.ok()) ids.insert(*plain);
                    })
                    .ok());
  }
  ASSERT_GT(ids.size(), 1000u);
  // Going under accounts removed the key file from the key folder.
  auto databaseId = m_db->meta("database_id");
  ASSERT_TRUE(databaseId.ok());
  EXPECT_FALSE(std::filesystem::exists(KeyStore::keyPath(*databaseId)));
  // A copy of the file (on a server: another connection) opened without signing in.
  ASSERT_TRUE(m_db->checkpoint().ok());
  std::string copy = m_db->path();
  if (!m_db->isServer()) {
    copy = s_dir->file("copy-" + std::to_string(s_counter) + ".sqlite");
    std::filesystem::copy_file(m_db->path(), copy);
  }
  auto opened = Database::open(copy);
  ASSERT_TRUE(opened.ok());
  Database& db = **opened;
  auto key = fieldKey(db);
  ASSERT_FALSE(key.ok());
  EXPECT_NE(key.error().message.find("sign in"), std::string::npos);
  // No column of any table holds an ID number in plaintext.
  auto tables = db.prepare(db.isServer() ? "SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                           "'main' AND table_type = 'BASE TABLE'"
                                         : "SELECT name FROM sqlite_master WHERE type = 'table'");
  ASSERT_TRUE(tables.ok());
  std::vector<std::string> names;
  ASSERT_TRUE(tables->forEachRow([&](const Statement& row) { names.push_back(row.text(0)); }).ok());
  long long cells = 0, found = 0;
  for (const std::string& table : names) {
    auto rows = db.prepare("SELECT * FROM \"" + table + "\"");
    if (!rows.ok()) continue;  // virtual tables of SpatiaLite
    (void)rows->forEachRow([&](const Statement& row) {
      for (int c = 0; c < row.columnCount(); ++c) {
        const std::string text = row.isNull(c) ? std::string() : std::string(row.textView(c));
        ++cells;
        if (text.size() >= 18)
          for (std::size_t i = 0; i + 18 <= text.size(); ++i)
            if ((text[i] == '1' || text[i] == '2' || text[i] == '3' || text[i] == '4' || text[i] == '5' ||
                 text[i] == '6') &&
                ids.count(text.substr(i, 18)))
              ++found;
      }
    });
  }
  EXPECT_GT(cells, 100000);
  EXPECT_EQ(found, 0);
  // With the password, the same copy decrypts them.
  auto session = signIn(db, m_clock, "admin", kAdminPassword);
  ASSERT_TRUE(session.ok());
  auto one = db.prepare("SELECT id_cipher FROM main.person WHERE id_cipher IS NOT NULL LIMIT 1");
  ASSERT_TRUE(one.ok() && *one->step());
  auto plain = session->cipher.decrypt(one->blob(0));
  ASSERT_TRUE(plain.ok());
  EXPECT_TRUE(ids.count(*plain));
}

TEST_F(AccessTest, PasswordChangeRewrapsOnlyOwnCopyAndRecoveryKeyResets) {
  addUser("sun", "GRID_WORKER", "grid:" + gridCode(1));
  auto adminWrap = m_db->queryText("SELECT hex(wrapped) FROM main.key_wrap WHERE holder = 'user:1'");
  auto sunWrap = m_db->queryText("SELECT hex(wrapped) FROM main.key_wrap WHERE holder = 'user:2'");
  ASSERT_TRUE(adminWrap.ok() && sunWrap.ok());
  Session sun = signInAs("sun");
  auto changed = changePassword(*m_db, m_clock, sun, kUserPassword, "New-grid-pass-77", kFast);
  ASSERT_TRUE(changed.ok()) << changed.error().describe();
  EXPECT_EQ(*m_db->queryText("SELECT hex(wrapped) FROM main.key_wrap WHERE holder = 'user:1'"), *adminWrap);
  EXPECT_NE(*m_db->queryText("SELECT hex(wrapped) FROM main.key_wrap WHERE holder = 'user:2'"), *sunWrap);
  ASSERT_TRUE(unbindSession(*m_db).ok());
  EXPECT_FALSE(signIn(*m_db, m_clock, "sun", kUserPassword).ok());
  m_clock.set("2026-11-24T09:05:00Z");  // past the delay after that failure
  auto fresh = signIn(*m_db, m_clock, "sun", "New-grid-pass-77");
  ASSERT_TRUE(fresh.ok());
  EXPECT_FALSE(fresh->mustChangePassword);
  EXPECT_EQ(fresh->cipher.toHex(), m_key->toHex());
  // The administrator forgot their password: the recovery key sets a new one.
  EXPECT_FALSE(recoverWithKey(*m_db, m_clock, newRecoveryKey(), "admin", "Recovered-pass-1", kFast).ok());
  ASSERT_TRUE(recoverWithKey(*m_db, m_clock, m_recovery, "admin", "Recovered-pass-1", kFast).ok());
  auto admin = signIn(*m_db, m_clock, "admin", "Recovered-pass-1");
  ASSERT_TRUE(admin.ok());
  EXPECT_EQ(admin->cipher.toHex(), m_key->toHex());
}

TEST_F(AccessTest, OnlyAnAdministratorManagesAccounts) {
  addUser("zhou", "COMMUNITY_SECRETARY", "community:" + communityCode(0));
  signInAs("zhou");
  auto refused = access::addUser(
      *m_db, m_clock, NewUser{"x1", "x1", kUserPassword, "GRID_WORKER", scope("grid:" + gridCode(0)), -1}, kFast);
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.error().message.find("permission missing: admin on user"), std::string::npos)
      << refused.error().message;
  EXPECT_EQ(test::count(*m_db, "SELECT count(*) FROM app_user"), 1);  // only the own account is visible
  signInAs("admin", kAdminPassword);
  EXPECT_FALSE(revokeRole(*m_db, m_clock, "admin", "DISTRICT_ADMIN", scope("district:440310")).ok());  // the last one
  ASSERT_TRUE(grantRole(*m_db, m_clock, "zhou", "GRID_LEADER", scope("grid:" + gridCode(0))).ok());
  ASSERT_TRUE(revokeRole(*m_db, m_clock, "zhou", "GRID_LEADER", scope("grid:" + gridCode(0))).ok());
  auto users = listUsers(*m_db);
  ASSERT_TRUE(users.ok());
  ASSERT_EQ(users->size(), 2u);
  EXPECT_EQ(users->at(1).login, "zhou");
  EXPECT_EQ(users->at(1).grants.size(), 1u);
}

TEST_F(AccessTest, EveryConnectionOfASignedInProcessFollowsItsSessionAndNobodyElseSeesAnything) {
  const std::string mine = gridCode(5);
  addUser("qian", "GRID_WORKER", "grid:" + mine);
  ASSERT_TRUE(m_db->checkpoint().ok());
  installConnectionGuard();
  // Nobody signed in: a new connection to a database with accounts sees nothing personal and writes nothing.
  {
    auto db = Database::open(m_db->path());
    ASSERT_TRUE(db.ok()) << db.error().describe();
    EXPECT_EQ(test::count(**db, "SELECT count(*) FROM household"), 0);
    EXPECT_EQ(test::count(**db, "SELECT count(*) FROM person"), 0);
    EXPECT_GT(test::count(**db, "SELECT count(*) FROM grid"), 0);  // places stay visible
    EXPECT_FALSE(fieldKey(**db).ok());
    RecordWriter writer(**db, m_clock);
    auto refused = writer.update(Actor::system("x"), "household", 1, {{"account_number", Value("A")}});
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("sign in first"), std::string::npos) << refused.error().message;
  }
  // Signed in: every connection opened afterwards is bound to the session.
  auto session = signIn(*m_db, m_clock, "qian", kUserPassword);
  ASSERT_TRUE(session.ok());
  setProcessSession(std::make_shared<Session>(*session), *m_db->meta("database_id"));
  {
    auto db = Database::open(m_db->path(), Database::readOnlyOptions());
    ASSERT_TRUE(db.ok()) << db.error().describe();
    const long long grid = gridIdOf(mine);
    EXPECT_EQ(test::count(**db, "SELECT count(*) FROM household"),
              test::count(*m_db, "SELECT count(*) FROM main.household WHERE grid_id = " + std::to_string(grid)));
    EXPECT_TRUE(fieldKey(**db).ok());
  }
  setProcessSession(nullptr, std::string());
  Database::setConnectionHook(nullptr);
}

//! The documented matrix (README "Roles and permissions"), restated: role → "subject:operation" allowed.
const std::map<std::string, std::set<std::string>>& expectedMatrix() {
  static const std::map<std::string, std::set<std::string>> matrix = {
      {"GRID_WORKER",
       {"household:read", "household:write", "person:read", "person:write", "person:reveal", "key_person:read",
        "key_person:write", "key_place:read", "key_place:write", "key_matter:read", "key_matter:write", "patrol:read",
        "patrol:write"}},
      {"GRID_LEADER",
       {"household:read", "household:write", "household:export", "person:read", "person:write", "person:export",
        "person:reveal", "key_person:read", "key_person:write", "key_person:export", "key_place:read",
        "key_place:write", "key_place:export", "key_matter:read", "key_matter:write", "key_matter:export",
        "patrol:read", "patrol:write"}},
      {"COMMUNITY_OFFICE",
       {"household:read", "household:write", "household:export", "person:read", "person:write", "person:export",
        "person:reveal", "key_person:read", "key_person:write", "key_person:export", "key_place:read",
        "key_place:write", "key_place:export", "key_matter:read", "key_matter:write", "key_matter:export",
        "patrol:read", "patrol:write", "patrol:export"}},
      {"COMMUNITY_SECRETARY",
       {"household:read",    "household:write",   "household:export", "person:read",      "person:write",
        "person:export",     "person:reveal",     "key_person:read",  "key_person:write", "key_person:export",
        "key_person:reveal", "key_place:read",    "key_place:write",  "key_place:export", "key_matter:read",
        "key_matter:write",  "key_matter:export", "patrol:read",      "patrol:write",     "patrol:export"}},
      {"STREET_OFFICE", {"key_place:read", "key_matter:read"}},
      {"AUDITOR", {}},
      {"DISTRICT_ADMIN",
       {"household:read",    "household:write",   "household:export", "person:read",      "person:write",
        "person:export",     "person:reveal",     "key_person:read",  "key_person:write", "key_person:export",
        "key_person:reveal", "key_place:read",    "key_place:write",  "key_place:export", "key_matter:read",
        "key_matter:write",  "key_matter:export", "patrol:read",      "patrol:write",     "patrol:export"}},
  };
  return matrix;
}

struct ListCase {
  ListKind kind;
  const char* subject;
  const char* table;
};
constexpr ListCase kLists[] = {
    {ListKind::Households, "household", "household"},   {ListKind::Persons, "person", "person"},
    {ListKind::KeyPersons, "key_person", "key_person"}, {ListKind::KeyPlaces, "key_place", "key_place"},
    {ListKind::KeyMatters, "key_matter", "key_matter"}, {ListKind::PatrolLogs, "patrol", "patrol_log"}};

TEST_F(AccessTest, AccessMatrixHoldsForEveryRoleListAndOperation) {
  // A grid holding records of every list, and its community.
  const long long gridId = test::count(
      *m_db,
      "SELECT min(grid_id) FROM main.key_matter WHERE grid_id IN (SELECT grid_id FROM main.key_place) AND grid_id IN "
      "(SELECT grid_id FROM main.key_person) AND grid_id IN (SELECT grid_id FROM main.patrol_log)");
  ASSERT_GT(gridId, 0);
  const std::string grid = *m_db->queryText("SELECT grid_code FROM main.grid WHERE id = " + std::to_string(gridId));
  const std::string community = *m_db->queryText(
      "SELECT c.admin_code FROM main.grid g JOIN main.community c ON c.id = g.community_id WHERE g.id = " +
      std::to_string(gridId));
  const std::map<std::string, std::string> scopes = {{"GRID_WORKER", "grid:" + grid},
                                                     {"GRID_LEADER", "grid:" + grid},
                                                     {"COMMUNITY_OFFICE", "community:" + community},
                                                     {"COMMUNITY_SECRETARY", "community:" + community},
                                                     {"STREET_OFFICE", "street:440310001"},
                                                     {"AUDITOR", "district:440310"},
                                                     {"DISTRICT_ADMIN", "district:440310"}};
  for (const auto& [role, where] : scopes) addUser("u_" + role, role, where);
  const long long communityId =
      test::count(*m_db, "SELECT id FROM main.community WHERE admin_code = '" + community + "'");
  int checks = 0;
  for (const auto& [role, where] : scopes) {
    SCOPED_TRACE(role);
    signInAs("u_" + role);
    const auto& allowed = expectedMatrix().at(role);
    for (const ListCase& list : kLists) {
      SCOPED_TRACE(list.subject);
      const std::string table = list.table;
      // A record inside the grant's place (in the chosen grid, which lies in the community and the street).
      const long long inside = test::count(
          *m_db, "SELECT coalesce(min(id), -1) FROM main." + table + " WHERE grid_id = " + std::to_string(gridId));
      ASSERT_GT(inside, 0) << table;
      // read: the record is visible through the connection's views exactly when allowed.
      const bool read = allowed.count(std::string(list.subject) + ":read") > 0;
      EXPECT_EQ(test::count(*m_db, "SELECT count(*) FROM " + table + " WHERE id = " + std::to_string(inside)),
                read ? 1 : 0);
      // write: re-setting the grid is a write checked before and after.
      RecordWriter writer(*m_db, m_clock);
      const bool write = allowed.count(std::string(list.subject) + ":write") > 0;
      auto written = writer.update(Actor::system("x"), table, inside, {{"grid_id", Value(gridId)}});
      EXPECT_EQ(written.ok(), write) << (written.ok() ? "" : written.error().describe());
      if (!written.ok()) EXPECT_EQ(written.error().code, ErrorCode::PermissionDenied) << written.error().describe();
      // export of the community's list.
      const bool exportAllowed = allowed.count(std::string(list.subject) + ":export") > 0;
      const std::string out = s_dir->file("export-" + role + "-" + list.subject + ".csv");
      auto exported = registry::exportList(*m_db, *m_key, m_clock, Actor::system("x"), list.kind,
                                           {registry::LedgerLevel::Community, communityId}, out, {}, nullptr);
      EXPECT_EQ(exported.ok(), exportAllowed) << (exported.ok() ? "" : exported.error().describe());
      if (!exported.ok())
        EXPECT_NE(exported.error().message.find("permission missing: export on " + std::string(list.subject)),
                  std::string::npos)
            << exported.error().message;
      // reveal of an ID number (persons and key persons).
      if (list.kind == ListKind::Persons || list.kind == ListKind::KeyPersons) {
        const bool reveal = allowed.count(std::string(list.subject) + ":reveal") > 0;
        auto shown = registry::revealValue(*m_db, *m_key, m_clock, Actor::system("x"), list.kind, inside, "id_number",
                                           "核实身份");
        EXPECT_EQ(shown.ok(), reveal && read) << (shown.ok() ? "" : shown.error().describe());
      }
      checks += 4;
    }
  }
  EXPECT_GT(checks, 150);
}

TEST_F(AccessTest, RandomActorsAndQueriesReturnNothingOutsideTheirScope) {
  std::mt19937 random(17);
  const std::vector<std::string> roles = {"GRID_WORKER",     "GRID_LEADER",   "COMMUNITY_OFFICE", "COMMUNITY_SECRETARY",
                                          "ZONGZHI_OFFICER", "STREET_OFFICE", "AUDITOR"};
  const long long grids = test::count(*m_db, "SELECT count(*) FROM main.grid");
  const long long communities = test::count(*m_db, "SELECT count(*) FROM main.community");
  long long queries = 0, rowsSeen = 0, outside = 0;
  for (int actor = 0; actor < 12; ++actor) {
    const std::string role = roles[random() % roles.size()];
    std::string where;
    switch (random() % 3) {
      case 0:
        where = "grid:" + gridCode(static_cast<int>(random() % grids));
        break;
      case 1:
        where = "community:" + communityCode(static_cast<int>(random() % communities));
        break;
      default:
        where = "grid:" + gridCode(static_cast<int>(random() % grids));
    }
    const std::string login = "p" + std::to_string(actor);
    addUser(login, role, where);
    if (random() % 2) {  // a second grant somewhere else
      signInAs("admin", kAdminPassword);
      (void)grantRole(*m_db, m_clock, login, role, scope("grid:" + gridCode(static_cast<int>(random() % grids))));
      ASSERT_TRUE(unbindSession(*m_db).ok());
    }
    Session session = signInAs(login);
    // The grids the actor's grants cover, computed here from the grants, not from the views.
    std::set<long long> mine;
    for (const Grant& grant : session.grants) {
      auto ids = scopeOf(*m_db, grant);
      ASSERT_TRUE(ids.ok());
      mine.insert(ids->grids.begin(), ids->grids.end());
    }
    auto inScope = [&](long long grid) { return mine.count(grid) > 0; };
    for (int q = 0; q < 25; ++q, ++queries) {
      const ListCase& list = kLists[random() % std::size(kLists)];
      const long long communityId = 1 + static_cast<long long>(random() % communities);
      switch (random() % 4) {
        case 0: {  // a ledger list of a whole community
          registry::ListTable table(*m_db, &session.cipher,
                                    {list.kind, {registry::LedgerLevel::Community, communityId}, "", 0, false, true});
          auto rows = table.rows(0, 5000);
          ASSERT_TRUE(rows.ok()) << rows.error().describe();
          for (const registry::ListRow& row : *rows) {
            ++rowsSeen;
            const long long grid =
                test::count(*m_db, "SELECT coalesce(grid_id, 0) FROM main." + std::string(list.table) +
                                       " WHERE id = " + std::to_string(row.id));
            if (!inScope(grid)) ++outside;
          }
          break;
        }
        case 1: {  // search by a name prefix
          const std::string prefix = random() % 2 ? "王" : "李";
          auto hits = search(*m_db, &session.cipher, prefix, 200);
          ASSERT_TRUE(hits.ok());
          for (const SearchHit& hit : *hits) {
            if (hit.kind != SearchKind::Person) continue;
            ++rowsSeen;
            if (!inScope(test::count(*m_db, "SELECT grid_id FROM main.person WHERE id = " + std::to_string(hit.id))))
              ++outside;
          }
          break;
        }
        case 2: {  // a building profile anywhere
          const long long building = test::count(*m_db, "SELECT id FROM main.building ORDER BY random() LIMIT 1");
          auto profile = loadBuildingProfile(*m_db, building);
          if (!profile.ok()) break;
          const long long grid =
              test::count(*m_db, "SELECT grid_id FROM main.building WHERE id = " + std::to_string(building));
          rowsSeen += profile->households;
          if (!inScope(grid) && (profile->households > 0 || profile->persons > 0)) ++outside;
          break;
        }
        default: {  // statistics
          auto statistics = computeStatistics(*m_db);
          ASSERT_TRUE(statistics.ok());
          long long expected = 0;
          for (long long grid : mine)
            expected += test::count(
                *m_db, "SELECT count(*) FROM main.household WHERE logout = 0 AND grid_id = " + std::to_string(grid));
          for (const auto& [label, value] : statistics->counts)
            if (label == "households" && value > expected) ++outside;
        }
      }
    }
  }
  EXPECT_EQ(queries, 300);
  EXPECT_GT(rowsSeen, 1000);
  EXPECT_EQ(outside, 0);
}

}  // namespace
}  // namespace grid
