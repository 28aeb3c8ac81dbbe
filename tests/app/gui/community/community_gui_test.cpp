// SPDX-License-Identifier: GPL-2.0-or-later
// Community governance in the workstation (issue 20): a deliberation taken a step through the step dialog and undone
// from the undo stack; emergency units assigned, checked and edited from buildings chosen on the map; the service
// circle computed from the panel, its coverage table and beyond-limit list agreeing with libgrid.
#include <gtest/gtest.h>
#include <qgsmapcanvas.h>

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUndoStack>

#include "../libgrid/support/test_support.h"
#include "emergency/emergency_units.h"
#include "gui/community/community_window.h"
#include "gui/community/deliberation_panel.h"
#include "gui/community/emergency_panel.h"
#include "gui/community/service_panel.h"
#include "gui/edit/database_command.h"
#include "services/service_circle.h"
#include "workflow/deliberation.h"

namespace grid::app {
namespace {

class CommunityGui : public ::testing::Test {
 protected:
  void SetUp() override {
    auto generated = test::createGeneratedDatabase(dir, clock, Actor::system("test"), 3000, "community.sqlite");
    ASSERT_TRUE(generated.db);
    db = std::move(generated.db);
    ASSERT_TRUE(db->exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
    path = QString::fromStdString(db->path());
    community = test::count(*db, "SELECT min(id) FROM community");
  }
  test::TempDir dir;
  FixedClock clock{"2026-11-01T08:00:00Z"};
  std::unique_ptr<Database> db;
  QString path;
  long long community = -1;
  QUndoStack stack;
};

TEST_F(CommunityGui, DeliberationStepsThroughTheDialogAndUndo) {
  CommunityWindow window(path, &stack);
  DeliberationPanel* panel = window.deliberations();
  EXPECT_EQ(panel->list()->rowCount(), 0);
  workflow::DeliberationInput input;
  input.level = "community";
  input.levelId = community;
  input.topic = "楼道堆物清理";
  input.heldOn = "2026-12-01";
  ASSERT_TRUE(panel->run(QStringLiteral("new"), [&](Database& d) {
    return workflow::openDeliberation(d, SystemClock(), workstationActor(), input);
  })) << panel->message()->text().toStdString();
  ASSERT_EQ(panel->list()->rowCount(), 1);
  const std::string serial = panel->list()->item(0, 0)->text().toStdString();
  // The step dialog for the next step (提议) starts with a party organisation row and maps its fields.
  auto view = workflow::loadDeliberation(*db, serial);
  ASSERT_TRUE(view.ok());
  StepDialog dialog(path, *view);
  EXPECT_EQ(dialog.next(), QStringLiteral("propose"));
  ASSERT_EQ(dialog.participants()->table()->rowCount(), 1);
  dialog.participants()->table()->item(0, 1)->setText(QStringLiteral("社区党委"));
  const workflow::StepInput step = dialog.input();
  ASSERT_EQ(step.participants.size(), 1u);
  EXPECT_EQ(step.participants[0].kind, "party_org");
  ASSERT_TRUE(panel->run(QStringLiteral("propose"), [&](Database& d) {
    return workflow::advanceDeliberation(d, SystemClock(), workstationActor(), serial, step);
  })) << panel->message()->text().toStdString();
  EXPECT_EQ(workflow::loadDeliberation(*db, serial)->step, "propose");
  EXPECT_NE(panel->detail()->toPlainText().indexOf(QStringLiteral("社区党委")), -1);
  // A refused step shows why and pushes nothing.
  const int commands = stack.count();
  EXPECT_FALSE(panel->run(QStringLiteral("discuss"), [&](Database& d) {
    return workflow::advanceDeliberation(d, SystemClock(), workstationActor(), serial, workflow::StepInput{});
  }));
  EXPECT_FALSE(panel->message()->text().isEmpty());
  EXPECT_EQ(stack.count(), commands);
  stack.undo();
  EXPECT_EQ(workflow::loadDeliberation(*db, serial)->step, "suggest");
  stack.redo();
  EXPECT_EQ(workflow::loadDeliberation(*db, serial)->step, "propose");
}

TEST_F(CommunityGui, EmergencyUnitsAssignedCheckedAndEditedOnTheMap) {
  CommunityWindow window(path, &stack);
  EmergencyPanel* panel = window.emergency();
  EXPECT_FALSE(panel->check());
  ASSERT_TRUE(panel->assign()) << panel->message()->text().toStdString();
  EXPECT_TRUE(panel->check()) << panel->message()->text().toStdString();
  const long long units = test::count(*db, "SELECT count(*) FROM emergency_unit");
  EXPECT_EQ(panel->units()->rowCount(), units);
  EXPECT_GT(panel->people()->rowCount(), 0);
  // Two buildings chosen on the map make a new unit; undo gives them back to their units.
  const long long a = test::count(*db, "SELECT min(building_id) FROM emergency_unit_building");
  const long long b = test::count(*db, "SELECT max(building_id) FROM emergency_unit_building");
  panel->chooseBuildings({a, b});
  ASSERT_EQ(panel->chosenBuildings().size(), 2);
  ASSERT_TRUE(panel->unitFromChosen(QStringLiteral("临时单元"))) << panel->message()->text().toStdString();
  const long long unit = test::count(*db, "SELECT id FROM emergency_unit WHERE name = '临时单元'");
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM emergency_unit_building WHERE unit_id = " + std::to_string(unit)),
            2);
  EXPECT_EQ(panel->units()->rowCount(), units + 1);
  EXPECT_FALSE(panel->check());  // the new unit has no responsible person yet
  stack.undo();
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM emergency_unit"), units);
  EXPECT_TRUE(panel->check());
  stack.undo();  // the assignment
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM emergency_unit"), 0);
  EXPECT_EQ(panel->units()->rowCount(), 0);
}

TEST_F(CommunityGui, ServiceCircleComputedFromThePanel) {
  CommunityWindow window(path, &stack);
  ServicePanel* panel = window.services();
  ASSERT_TRUE(panel->compute()) << panel->message()->text().toStdString();
  // Row 0 is the community, one row per grid below it; a cell per active type.
  ASSERT_EQ(panel->coverage()->rowCount(),
            1 + test::count(*db, "SELECT count(*) FROM grid WHERE community_id = " + std::to_string(community)));
  auto whole = services::serviceCoverage(*db, {"community", community}, false);
  ASSERT_TRUE(whole.ok());
  for (int column = 1; column < panel->coverage()->columnCount(); ++column) {
    const auto& row = (*whole)[static_cast<std::size_t>(column - 1)];
    EXPECT_EQ(panel->coverage()->item(0, column)->text(), QStringLiteral("%1%").arg(row.share() * 100, 0, 'f', 1));
  }
  // The beyond list of a type holds the buildings libgrid finds beyond its limit.
  ASSERT_TRUE(panel->setType(QStringLiteral("school")));
  auto access = services::buildingAccess(*db, {"community", community}, "school");
  ASSERT_TRUE(access.ok());
  int beyond = 0;
  for (const auto& b : *access) beyond += !b.within;
  EXPECT_EQ(panel->beyond()->rowCount(), beyond);
  EXPECT_EQ(panel->canvas()->layers().size(), 5);
}

}  // namespace
}  // namespace grid::app
