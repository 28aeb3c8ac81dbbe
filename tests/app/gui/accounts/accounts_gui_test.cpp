// SPDX-License-Identifier: GPL-2.0-or-later
// The workstation on a database with accounts: sign-in, the signed-in user in the status bar, account actions by
// permission, map layers filtered by the user's scope.
#include <gtest/gtest.h>
#include <qgsvectorlayer.h>

#include <QAction>
#include <QLabel>
#include <QStatusBar>
#include <cstdlib>

#include "../libgrid/support/test_support.h"
#include "access/accounts.h"
#include "access/session.h"
#include "gui/map/main_window.h"
#include "storage/database_key.h"

namespace grid::app {
namespace {

TEST(AccountsGui, AGridWorkerSignsInAndSeesOnlyTheirScope) {
  test::TempDir dir;
  FixedClock clock("2026-11-24T09:00:00Z");
  auto generated = test::createGeneratedDatabase(dir, clock, Actor::system("test"), 3000, "accounts.sqlite");
  ASSERT_TRUE(generated.db);
  Database& db = *generated.db;
  auto district = access::parseScope(db, "district:" + *db.queryText("SELECT admin_code FROM district LIMIT 1"));
  ASSERT_TRUE(district.ok());
  auto recovery =
      access::putUnderAccounts(db, clock, {"boss", "管理员", "Keeper-of-keys-77", "DISTRICT_ADMIN", *district, -1},
                               access::PasswordCost::minimal());
  ASSERT_TRUE(recovery.ok()) << recovery.error().describe();
  auto admin = access::signIn(db, clock, "boss", "Keeper-of-keys-77");
  ASSERT_TRUE(admin.ok());
  ASSERT_TRUE(access::bindSession(db, *admin).ok());
  const std::string gridCode = *db.queryText("SELECT grid_code FROM main.grid ORDER BY grid_code LIMIT 1 OFFSET 2");
  const long long gridId = test::count(db, "SELECT id FROM main.grid WHERE grid_code = '" + gridCode + "'");
  auto scope = access::parseScope(db, "grid:" + gridCode);
  ASSERT_TRUE(scope.ok());
  access::NewUser worker{"wangwei", "王伟", "Grid-work-2026", "GRID_WORKER", *scope, -1};
  worker.mustChangePassword = false;
  ASSERT_TRUE(access::addUser(db, clock, worker, access::PasswordCost::minimal()).ok());
  ASSERT_TRUE(access::unbindSession(db).ok());
  ASSERT_TRUE(db.exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
  const QString path = QString::fromStdString(db.path());
  generated.db.reset();

  access::installConnectionGuard();
  setenv("GRIDSTATION_USER", "wangwei", 1);
  setenv("GRIDSTATION_PASSWORD", "wrong-password-1", 1);
  {
    MainWindow window;
    QString error;
    EXPECT_FALSE(window.openDatabase(path, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("wrong login name or password"))) << error.toStdString();
  }
  sleep(1);  // the first failure's delay
  setenv("GRIDSTATION_PASSWORD", "Grid-work-2026", 1);
  {
    MainWindow window;
    QString error;
    ASSERT_TRUE(window.openDatabase(path, &error)) << error.toStdString();
    const QString who = window.signedInText();
    EXPECT_TRUE(who.startsWith(QStringLiteral("王伟"))) << who.toStdString();
    auto* label = window.statusBar()->findChild<QLabel*>(QStringLiteral("signedIn"));
    ASSERT_TRUE(label);
    EXPECT_EQ(label->text(), who);
    EXPECT_FALSE(window.usersAction()->isEnabled());  // a grid worker administers no accounts
    EXPECT_FALSE(window.auditAction()->isEnabled());
    QgsVectorLayer* coverage = window.layerForTable(QStringLiteral("building_links"));
    ASSERT_TRUE(coverage);
    EXPECT_EQ(coverage->subsetString(), QStringLiteral("grid_id IN (%1)").arg(gridId));
    EXPECT_GT(coverage->featureCount(), 0);
    QgsVectorLayer* grids = window.layerForTable(QStringLiteral("grid_map"));
    ASSERT_TRUE(grids);
    EXPECT_TRUE(grids->subsetString().isEmpty());  // every grid's outline stays on the map
    // Every connection the workstation opens now is the worker's.
    auto connection = Database::open(path.toStdString(), Database::readOnlyOptions());
    ASSERT_TRUE(connection.ok());
    EXPECT_EQ(test::count(**connection, "SELECT count(DISTINCT grid_id) FROM household"), 1);
  }
  unsetenv("GRIDSTATION_USER");
  unsetenv("GRIDSTATION_PASSWORD");
  access::setProcessSession(nullptr, std::string());
  Database::setConnectionHook(nullptr);
}

}  // namespace
}  // namespace grid::app
