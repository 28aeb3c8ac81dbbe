// SPDX-License-Identifier: GPL-2.0-or-later
// File ▸ Take a Community Offline… and File ▸ Send Offline Edits to the Server…: a community into a file, edited
// there, and back; what each refuses; the menu follows what the open database is.
#include "gui/edit/community_offline.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QFile>
#include <cstdlib>
#include <memory>

#include "../libgrid/support/test_support.h"
#include "access/accounts.h"
#include "access/session.h"
#include "common/progress.h"
#include "gui/map/main_window.h"
#include "storage/database_copy.h"
#include "storage/record_writer.h"

namespace grid::app {
namespace {

TEST(CommunityOffline, ACommunityGoesIntoAFileAndItsEditsComeBack) {
  test::TempDir dir;
  FixedClock clock("2026-12-07T09:00:00Z");
  auto generated = test::createGeneratedDatabase(dir, clock, Actor::system("test"), 3000, "district.sqlite");
  ASSERT_TRUE(generated.db);
  Database& db = *generated.db;
  auto district = access::parseScope(db, "district:" + *db.queryText("SELECT admin_code FROM district LIMIT 1"));
  ASSERT_TRUE(district.ok());
  ASSERT_TRUE(access::putUnderAccounts(db, clock,
                                       {"boss", "管理员", "Keeper-of-keys-77", "DISTRICT_ADMIN", *district, -1},
                                       access::PasswordCost::minimal())
                  .ok());
  auto admin = access::signIn(db, clock, "boss", "Keeper-of-keys-77");
  ASSERT_TRUE(admin.ok());
  const std::string code = *db.queryText("SELECT admin_code FROM community ORDER BY admin_code LIMIT 1");
  const auto communityName = db.queryText("SELECT name FROM community ORDER BY admin_code LIMIT 1");
  const std::string gridCode =
      *db.queryText("SELECT g.grid_code FROM grid g JOIN community c ON c.id = g.community_id WHERE c.admin_code = '" +
                    code + "' ORDER BY g.grid_code LIMIT 1");
  ASSERT_TRUE(access::bindSession(db, *admin).ok());
  auto scope = access::parseScope(db, "grid:" + gridCode);
  ASSERT_TRUE(scope.ok());
  access::NewUser worker{"wangwei", "王伟", "Grid-work-2026", "GRID_WORKER", *scope, -1};
  worker.mustChangePassword = false;
  ASSERT_TRUE(access::addUser(db, clock, worker, access::PasswordCost::minimal()).ok());
  ASSERT_TRUE(access::unbindSession(db).ok());
  ASSERT_TRUE(db.exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
  const QString districtPath = QString::fromStdString(db.path());
  const std::string databaseId = *db.meta("database_id");
  const long long person = test::count(
      db, "SELECT min(p.id) FROM person p JOIN grid g ON g.id = p.grid_id WHERE g.grid_code = '" + gridCode + "'");
  generated.db.reset();

  access::installConnectionGuard();
  const QString file = QString::fromStdString(dir.file("offline.sqlite"));
  Progress progress;
  CommunityCopyReport report;
  {  // a grid worker may not: the copy carries the district's accounts
    auto signedIn = Database::open(districtPath.toStdString());
    ASSERT_TRUE(signedIn.ok());
    auto session = access::signIn(**signedIn, clock, "wangwei", "Grid-work-2026");
    ASSERT_TRUE(session.ok());
    access::setProcessSession(std::make_shared<access::Session>(*session), databaseId);
  }
  QString error = takeCommunityOffline(districtPath, QString::fromStdString(code), file, progress, &report);
  EXPECT_FALSE(error.isEmpty());
  EXPECT_FALSE(QFile::exists(file));
  EXPECT_FALSE(QFile::exists(file + QStringLiteral(".partial")));  // nothing half-written is left
  access::setProcessSession(std::make_shared<access::Session>(*admin), databaseId);
  error = takeCommunityOffline(districtPath, QString::fromStdString(code), file, progress, &report);
  ASSERT_TRUE(error.isEmpty()) << error.toStdString();
  EXPECT_TRUE(QFile::exists(file));
  EXPECT_FALSE(QFile::exists(file + QStringLiteral(".partial")));
  EXPECT_GT(report.rows, 1000);
  auto pulled = pulledFileOf(file);
  ASSERT_TRUE(pulled);
  EXPECT_EQ(pulled->community.toStdString(), code);
  EXPECT_EQ(pulled->name.toStdString(), *communityName);
  EXPECT_EQ(pulled->server, districtPath);
  EXPECT_TRUE(pulled->pushed.isEmpty());
  EXPECT_FALSE(pulledFileOf(districtPath));  // the district itself was not taken offline
  error = takeCommunityOffline(districtPath, QString::fromStdString(code), file, progress, &report);
  EXPECT_TRUE(error.contains(QStringLiteral("exists already"))) << error.toStdString();

  {  // an edit made offline (the file has the district's id, so the signed-in session is bound to it)
    auto offline = Database::open(file.toStdString());
    ASSERT_TRUE(offline.ok());
    EXPECT_EQ(test::count(**offline, "SELECT count(*) FROM community"), 1);
    RecordWriter writer(**offline, clock);
    ASSERT_TRUE(writer.update(admin->actor, "person", person, {{"career", std::string("离线编辑")}}).ok());
  }
  error = sendOfflineEdits(file, districtPath, QStringLiteral("boss"), QStringLiteral("wrong-password-1"), progress,
                           &report);
  EXPECT_TRUE(error.contains(QStringLiteral("wrong login name or password"))) << error.toStdString();
  EXPECT_TRUE(pulledFileOf(file)->pushed.isEmpty());  // nothing sent
  sleep(1);                                           // the failed sign-in's delay
  error = sendOfflineEdits(file, districtPath, QStringLiteral("boss"), QStringLiteral("Keeper-of-keys-77"), progress,
                           &report);
  ASSERT_TRUE(error.isEmpty()) << error.toStdString();
  EXPECT_EQ(report.updated, 1);
  EXPECT_EQ(report.inserted, 0);
  {
    auto back = Database::open(districtPath.toStdString());
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(*(*back)->queryText("SELECT career FROM main.person WHERE id = " + std::to_string(person)), "离线编辑");
  }
  EXPECT_FALSE(pulledFileOf(file)->pushed.isEmpty());
  error = sendOfflineEdits(file, districtPath, QStringLiteral("boss"), QStringLiteral("Keeper-of-keys-77"), progress,
                           &report);
  EXPECT_TRUE(error.contains(QStringLiteral("pushed already"))) << error.toStdString();

  // The menu: a file sends back only while its edits are unsent; only a server database is taken offline.
  access::setProcessSession(nullptr, "");
  setenv("GRIDSTATION_USER", "boss", 1);
  setenv("GRIDSTATION_PASSWORD", "Keeper-of-keys-77", 1);
  MainWindow window;
  ASSERT_TRUE(window.openDatabase(districtPath, &error)) << error.toStdString();
  EXPECT_FALSE(window.offlineAction()->isEnabled());  // a file, not a server
  EXPECT_FALSE(window.sendBackAction()->isEnabled());
  ASSERT_TRUE(window.openDatabase(file, &error)) << error.toStdString();
  EXPECT_FALSE(window.sendBackAction()->isEnabled());  // sent already
  {
    auto offline = Database::open(file.toStdString());
    ASSERT_TRUE(offline.ok());
    ASSERT_TRUE((*offline)->exec("DELETE FROM gs_meta WHERE key = 'pulled_pushed'").ok());
  }
  ASSERT_TRUE(window.openDatabase(file, &error)) << error.toStdString();
  EXPECT_TRUE(window.sendBackAction()->isEnabled());
}

}  // namespace
}  // namespace grid::app
