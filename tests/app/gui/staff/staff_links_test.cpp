// SPDX-License-Identifier: GPL-2.0-or-later
// GUI tests of the staff panel (drag a person onto the tree or the map, rule panel, map highlights, undo/redo).
#include <gtest/gtest.h>
#include <qgsexpression.h>
#include <qgsmapcanvas.h>
#include <qgsmaprenderersequentialjob.h>
#include <qgsmapsettings.h>
#include <qgsmaptopixel.h>
#include <qgsproperty.h>
#include <qgsrenderer.h>
#include <qgssymbol.h>
#include <qgssymbollayer.h>
#include <qgsvectorlayer.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <memory>

#include "../libgrid/support/test_support.h"
#include "core/translation.h"
#include "gui/building/building_profile_dialog.h"
#include "gui/ledger/ledger_window.h"
#include "gui/ledger/stale_edit_dialog.h"
#include "gui/map/main_window.h"
#include "gui/party/link_dock.h"
#include "gui/party/link_tool.h"
#include "gui/party/party_dock.h"
#include "gui/risk/risk_dock.h"
#include "gui/staff/staff_dock.h"
#include "gui/tree/hierarchy_dock.h"
#include "storage/database.h"
#include "storage/record_writer.h"

namespace grid::app {
namespace {

//! Every data-defined expression of \a layer's symbols parses (QGIS drops a broken one silently and draws the
//! symbol's default colour instead).
void expectSymbolExpressionsParse(QgsVectorLayer* layer) {
  ASSERT_TRUE(layer && layer->renderer());
  QgsRenderContext context;
  int expressions = 0;
  for (QgsSymbol* symbol : layer->renderer()->symbols(context))
    for (QgsSymbolLayer* symbolLayer : symbol->symbolLayers()) {
      const QgsPropertyCollection& properties = symbolLayer->dataDefinedProperties();
      for (int key : properties.propertyKeys()) {
        const QgsProperty property = properties.property(key);
        if (property.propertyType() != QgsProperty::ExpressionBasedProperty) continue;
        ++expressions;
        QgsExpression expression(property.expressionString());
        EXPECT_FALSE(expression.hasParserError())
            << layer->name().toStdString() << ": " << property.expressionString().toStdString() << ": "
            << expression.parserErrorString().toStdString();
      }
    }
  EXPECT_GT(expressions, 0) << layer->name().toStdString();
}

class StaffPanelTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir = new test::TempDir();
    FixedClock clock{"2026-11-01T09:00:00Z"};
    auto generated = test::createGeneratedDatabase(*dir, clock, Actor::system("test"), 3000, "staff.sqlite");
    ASSERT_TRUE(generated.db);
  }
  static void TearDownTestSuite() { delete dir; }

  void SetUp() override {
    path = QString::fromStdString(dir->file("staff.sqlite"));
    window = std::make_unique<MainWindow>();
    window->resize(1400, 900);
    window->show();
    QString error;
    ASSERT_TRUE(window->openDatabase(path, &error)) << qPrintable(error);
    db = std::move(Database::open(path.toStdString()).value());
    community = QString::fromStdString(*db->queryText("SELECT admin_code FROM community ORDER BY id LIMIT 1"));
    dock = window->staffDock();
    dock->show();
    ASSERT_TRUE(dock->setCommunity(community, &error)) << qPrintable(error);
    QCoreApplication::processEvents();
  }

  std::string assignments() {
    return *db->queryText(
        "SELECT group_concat(id || ':' || staff_id || ':' || role_code || ':' || target_id || ':' || "
        "coalesce(end_date, '-'), ' ') FROM (SELECT * FROM staff_assignment ORDER BY id)");
  }
  int registerRow(long long staffId) {
    for (int row = 0; row < dock->registerTable()->rowCount(); ++row)
      if (dock->registerTable()->item(row, 0)->data(Qt::UserRole + 1).toLongLong() == staffId) return row;
    return -1;
  }
  //! The drag payload exactly as the register produces it for \a row.
  QMimeData* dragPayload(int row) {
    QTableWidget* table = dock->registerTable();
    return table->model()->mimeData({table->model()->index(row, 0)});
  }
  static void dropOn(QWidget* viewport, const QPoint& pos, QMimeData* data) {
    QDragEnterEvent enter(pos, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(pos, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QDropEvent drop(pos, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
  }

  static test::TempDir* dir;
  QString path;
  std::unique_ptr<MainWindow> window;
  std::unique_ptr<Database> db;
  QString community;
  StaffDock* dock = nullptr;
};
test::TempDir* StaffPanelTest::dir = nullptr;

TEST_F(StaffPanelTest, DraggingAWorkerOntoAnotherGridInTheTreeMovesThemFlagsTheOldGridAndUndoes) {
  // A full-time worker who is their grid's only one, and another grid of the community.
  const std::string c = community.toStdString();
  const long long worker = *db->queryInt(
      "SELECT a.staff_id FROM staff_assignment a JOIN grid g ON g.id = a.target_id JOIN community c ON c.id = "
      "g.community_id WHERE a.role_code = 'GRID_WORKER' AND a.position_type = 'full_time' AND a.end_date IS NULL "
      "AND c.admin_code = '" +
      c +
      "' AND (SELECT count(*) FROM staff_assignment b WHERE b.level = 'grid' AND "
      "b.target_id = a.target_id AND b.role_code = 'GRID_WORKER' AND b.position_type = 'full_time' AND b.end_date "
      "IS NULL) = 1 ORDER BY a.id LIMIT 1");
  const long long oldGrid = *db->queryInt(
      "SELECT target_id FROM staff_assignment WHERE role_code = 'GRID_WORKER' "
      "AND end_date IS NULL AND staff_id = " +
      std::to_string(worker));
  const long long newGrid = *db->queryInt(
      "SELECT g.id FROM grid g JOIN community c ON c.id = g.community_id WHERE "
      "c.admin_code = '" +
      c + "' AND g.id <> " + std::to_string(oldGrid) + " AND g.retired_at IS NULL ORDER BY g.id LIMIT 1");
  const std::string before = assignments();
  const QList<int> countsBefore = dock->findingCounts();
  ASSERT_EQ(countsBefore.size(), 4);
  ASSERT_GE(dock->highlightLayer() ? dock->highlightLayer()->featureCount() : -1, 0);

  // Drop the register row on the new grid's node in the tree.
  const int row = registerRow(worker);
  ASSERT_GE(row, 0);
  HierarchyDock* tree = window->hierarchyDock();
  ASSERT_TRUE(tree->selectNode(QStringLiteral("grid_map"), newGrid));
  const QModelIndex node = tree->view()->currentIndex();
  const QPoint pos = tree->view()->visualRect(node).center();
  std::unique_ptr<QMimeData> payload(dragPayload(row));
  ASSERT_TRUE(payload->hasFormat(QString::fromLatin1(kStaffMimeType)));
  dropOn(tree->view()->viewport(), pos, payload.get());

  EXPECT_EQ(*db->queryInt("SELECT target_id FROM staff_assignment WHERE role_code = 'GRID_WORKER' AND end_date IS "
                          "NULL AND staff_id = " +
                          std::to_string(worker)),
            newGrid);
  EXPECT_EQ(dock->findingCounts()[0], countsBefore[0] + 1) << "the grid the worker left is flagged";
  const QString post = dock->registerTable()->item(registerRow(worker), 1)->text();
  const QString newName =
      QString::fromStdString(*db->queryText("SELECT name FROM grid WHERE id = " + std::to_string(newGrid)));
  EXPECT_TRUE(post.contains(newName)) << post.toStdString();
  // The rule panel's findings are on the map: one highlight per grid, building or estate finding, plus the grids of
  // overloaded workers.
  QgsVectorLayer* highlight = dock->highlightLayer();
  ASSERT_TRUE(highlight);
  const QList<int> counts = dock->findingCounts();
  EXPECT_GE(highlight->featureCount(), counts[0] + counts[2]);
  EXPECT_TRUE(window->canvas()->layers().contains(highlight)) << "the findings are drawn on the map";
  {
    QgsMapSettings settings;
    settings.setLayers({highlight});
    settings.setDestinationCrs(highlight->crs());
    settings.setExtent(highlight->extent());
    settings.setOutputSize(QSize(400, 400));
    settings.setBackgroundColor(Qt::white);
    QgsMapRendererSequentialJob job(settings);
    job.start();
    job.waitForFinished();
    const QImage image = job.renderedImage();
    int coloured = 0;
    for (int y = 0; y < image.height(); ++y)
      for (int x = 0; x < image.width(); ++x)
        if (image.pixelColor(x, y) != QColor(Qt::white)) ++coloured;
    EXPECT_GT(coloured, 100) << "the highlight layer paints";
    // Every finding is drawn in its rule's colour: no feature without a kind.
    QgsFeature feature;
    QgsFeatureIterator it = highlight->getFeatures();
    while (it.nextFeature(feature)) ASSERT_FALSE(feature.attribute(QStringLiteral("kind")).isNull());
  }
  EXPECT_EQ(window->undoStack()->count(), 1);

  window->undoAction()->trigger();
  EXPECT_EQ(assignments(), before);
  EXPECT_EQ(dock->findingCounts(), countsBefore);
  window->redoAction()->trigger();
  EXPECT_EQ(*db->queryInt("SELECT target_id FROM staff_assignment WHERE role_code = 'GRID_WORKER' AND end_date IS "
                          "NULL AND staff_id = " +
                          std::to_string(worker)),
            newGrid);
  window->undoAction()->trigger();
  EXPECT_EQ(assignments(), before);
}

TEST_F(StaffPanelTest, DroppingAPersonOnABuildingOnTheMapMakesThemItsBuildingChief) {
  const std::string c = community.toStdString();
  const long long building = *db->queryInt(
      "SELECT b.id FROM building b JOIN grid g ON g.id = b.grid_id JOIN community c ON c.id = g.community_id WHERE "
      "c.admin_code = '" +
      c + "' AND b.logout = 0 AND ST_Area(b.geom) > 400 ORDER BY b.id LIMIT 1");
  ASSERT_TRUE(window->zoomToFeature(QStringLiteral("building"), building));
  QCoreApplication::processEvents();
  QgsVectorLayer* buildings = window->layerForTable(QStringLiteral("building"));
  QgsFeature feature;
  ASSERT_TRUE(buildings->getFeatures(QgsFeatureRequest(building)).nextFeature(feature));
  const QgsPointXY inside = feature.geometry().pointOnSurface().asPoint();
  const QgsPointXY pixel = window->canvas()->getCoordinateTransform()->transform(inside);
  const QPoint pos(qRound(pixel.x()), qRound(pixel.y()));
  // Someone without a post on this building.
  const long long person = *db->queryInt(
      "SELECT min(id) FROM staff WHERE active = 1 AND id NOT IN (SELECT staff_id "
      "FROM staff_assignment WHERE level = 'building' AND target_id = " +
      std::to_string(building) + ")");
  const int row = registerRow(person);
  ASSERT_GE(row, 0) << "the pool and the community's staff are listed";
  dock->roleCombo()->setCurrentIndex(0);  // the target's usual post
  std::unique_ptr<QMimeData> payload(dragPayload(row));
  dropOn(window->canvas()->viewport(), pos, payload.get());
  EXPECT_EQ(*db->queryInt("SELECT staff_id FROM staff_assignment WHERE role_code = 'BUILDING_LEADER' AND end_date IS "
                          "NULL AND level = 'building' AND target_id = " +
                          std::to_string(building)),
            person);
  window->undoAction()->trigger();
  EXPECT_EQ(*db->queryInt("SELECT count(*) FROM staff_assignment WHERE role_code = 'BUILDING_LEADER' AND end_date IS "
                          "NULL AND staff_id = " +
                          std::to_string(person) + " AND target_id = " + std::to_string(building)),
            0);
}

TEST_F(StaffPanelTest, ClickingABuildingWithTheLinkToolLinksItsHouseholdsToTheChosenMemberAndUndoes) {
  LinkDock* links = window->linkDock();
  links->show();
  QString error;
  ASSERT_TRUE(links->setCommunity(community, &error)) << qPrintable(error);
  const std::string c = community.toStdString();
  // A member with room, and a building of the community with unlinked households.
  const long long member = *db->queryInt(
      "SELECT pm.id FROM party_member pm JOIN person p ON p.id = pm.person_id JOIN household h ON h.id = "
      "p.household_id JOIN grid g ON g.id = h.grid_id JOIN community c ON c.id = g.community_id WHERE c.admin_code "
      "= '" +
      c +
      "' AND pm.active = 1 AND pm.exempt_code IS NULL AND (SELECT count(*) FROM party_link l WHERE "
      "l.party_member_id = pm.id AND l.end_date IS NULL) < 3 ORDER BY pm.id LIMIT 1");
  const long long building = *db->queryInt(
      "SELECT h.building_id FROM household h JOIN grid g ON g.id = h.grid_id JOIN community c ON c.id = "
      "g.community_id JOIN building b ON b.id = h.building_id WHERE c.admin_code = '" +
      c +
      "' AND h.logout = 0 "
      "AND h.household_type <> 'vacant' AND ST_Area(b.geom) > 300 AND NOT EXISTS (SELECT 1 FROM party_link l WHERE "
      "l.household_id = h.id AND l.end_date IS NULL) ORDER BY h.building_id LIMIT 1");
  ASSERT_TRUE(links->selectMember(member));
  const auto linksOf = [&] {
    return *db->queryInt("SELECT count(*) FROM party_link WHERE end_date IS NULL AND party_member_id = " +
                         std::to_string(member));
  };
  const long long before = linksOf();
  const auto coverageBefore = links->coverage();
  const QString treeBefore = window->hierarchyDock()->model()->item(0, 3)->text();

  ASSERT_TRUE(window->zoomToFeature(QStringLiteral("building"), building));
  QCoreApplication::processEvents();
  QgsFeature feature;
  ASSERT_TRUE(
      window->layerForTable(QStringLiteral("building"))->getFeatures(QgsFeatureRequest(building)).nextFeature(feature));
  const QgsPointXY pixel =
      window->canvas()->getCoordinateTransform()->transform(feature.geometry().pointOnSurface().asPoint());
  links->findChild<QPushButton*>(QStringLiteral("LinkOnMap"))->setChecked(true);  // "Link on the map"
  ASSERT_EQ(window->canvas()->mapTool(), static_cast<QgsMapTool*>(links->tool()));
  QTest::mouseClick(window->canvas()->viewport(), Qt::LeftButton, Qt::NoModifier,
                    QPoint(qRound(pixel.x()), qRound(pixel.y())));

  const long long added = linksOf() - before;
  EXPECT_GE(added, 1);
  EXPECT_LE(before + added, links->limitSpin()->value()) << "never past the member's limit";
  EXPECT_EQ(*db->queryInt("SELECT count(*) FROM party_link l JOIN household h ON h.id = l.household_id WHERE "
                          "l.end_date IS NULL AND l.party_member_id = " +
                          std::to_string(member) + " AND h.building_id = " + std::to_string(building)),
            added);
  EXPECT_EQ(links->coverage().first, coverageBefore.first + added);
  EXPECT_NE(window->hierarchyDock()->model()->item(0, 3)->text(), treeBefore) << "the tree's coverage follows";

  window->undoAction()->trigger();
  EXPECT_EQ(linksOf(), before);
  EXPECT_EQ(links->coverage(), coverageBefore);
  links->findChild<QPushButton*>(QStringLiteral("LinkOnMap"))->setChecked(false);
}

TEST_F(StaffPanelTest, SuggestedLinksAreAcceptedMemberByMember) {
  LinkDock* links = window->linkDock();
  links->show();
  QString error;
  ASSERT_TRUE(links->setCommunity(community, &error)) << qPrintable(error);
  const auto coverageBefore = links->coverage();
  ASSERT_LT(coverageBefore.first, coverageBefore.second) << "the demo leaves gaps";
  ASSERT_TRUE(links->suggest(&error)) << qPrintable(error);
  QTreeWidget* tree = links->suggestionTree();
  ASSERT_GE(tree->topLevelItemCount(), 2);
  // Reject the first member's suggestion, accept the rest.
  QTreeWidgetItem* rejected = tree->topLevelItem(0);
  const long long rejectedMember = rejected->data(0, Qt::UserRole + 1).toLongLong();
  const int rejectedLinks = rejected->childCount();
  int expected = 0;
  for (int i = 0; i < tree->topLevelItemCount(); ++i) expected += tree->topLevelItem(i)->childCount();
  expected -= rejectedLinks;
  rejected->setCheckState(0, Qt::Unchecked);
  const long long rejectedBefore = *db->queryInt(
      "SELECT count(*) FROM party_link WHERE end_date IS NULL AND party_member_id = " + std::to_string(rejectedMember));
  EXPECT_EQ(links->acceptChecked(&error), expected) << qPrintable(error);
  EXPECT_EQ(links->coverage().first, coverageBefore.first + expected);
  EXPECT_EQ(links->coverage().second - links->coverage().first, rejectedLinks)
      << "only the rejected member's households stay unlinked";
  EXPECT_EQ(*db->queryInt("SELECT count(*) FROM party_link WHERE end_date IS NULL AND party_member_id = " +
                          std::to_string(rejectedMember)),
            rejectedBefore);
  window->undoAction()->trigger();
  EXPECT_EQ(links->coverage(), coverageBefore);
}

TEST_F(StaffPanelTest, RiskFiltersNarrowTheKeyPlacesAndBuildingsShown) {
  window->riskAction()->setChecked(true);
  RiskDock* risk = window->riskDock();
  ASSERT_TRUE(risk->isVisible());
  const long long allPlaces = *db->queryInt("SELECT count(*) FROM risk_place");
  ASSERT_GT(allPlaces, 0);
  EXPECT_TRUE(risk->summaryLabel()->text().contains(QString::number(allPlaces)));
  expectSymbolExpressionsParse(risk->layers().places);
  expectSymbolExpressionsParse(risk->layers().matters);
  // Every open key matter is on the map.
  ASSERT_TRUE(risk->layers().matters);
  EXPECT_EQ(risk->layers().matters->featureCount(),
            *db->queryInt("SELECT count(*) FROM key_matter WHERE status NOT IN ('resolved', 'closed')"));
  EXPECT_GT(risk->layers().matters->featureCount(), 0);
  // Red only.
  for (int i = 1; i < 4; ++i) risk->colourCheck(i)->setChecked(false);
  const long long red = *db->queryInt("SELECT count(*) FROM risk_place WHERE colour = 'red'");
  EXPECT_TRUE(risk->summaryLabel()->text().contains(QString::number(red)))
      << risk->summaryLabel()->text().toStdString();
  const RiskFilter filter = risk->filter();
  EXPECT_EQ(filter.colours, QStringList{QStringLiteral("red")});
  EXPECT_EQ(risk->layers().matters->featureCount(),
            *db->queryInt("SELECT count(*) FROM risk_matter WHERE colour = 'red'"));
  // One community and one category.
  risk->communityCombo()->setCurrentIndex(1);
  const int category = risk->categoryCombo()->findData(QStringLiteral("ENTERTAINMENT"));
  ASSERT_GE(category, 0);
  risk->categoryCombo()->setCurrentIndex(category);
  const long long community = risk->communityCombo()->currentData().toLongLong();
  const long long narrowed = *db->queryInt(
      "SELECT count(*) FROM risk_place WHERE colour = 'red' AND category = 'ENTERTAINMENT' AND grid_id IN (SELECT id "
      "FROM grid WHERE community_id = " +
      std::to_string(community) + ")");
  EXPECT_NE(risk->summaryLabel()->text().indexOf(QString::number(narrowed)), -1)
      << narrowed << " " << risk->summaryLabel()->text().toStdString();
  window->riskAction()->setChecked(false);
}

TEST_F(StaffPanelTest, BuildingProfileLinksAHouseholdTheDotTurnsToTheMembersColourAndUndoRestores) {
  const std::string c = community.toStdString();
  // An unlinked, occupied household, and a member of the community with room and no exemption.
  const long long household = *db->queryInt(
      "SELECT h.id FROM household h JOIN grid g ON g.id = h.grid_id JOIN community c ON c.id = g.community_id "
      "WHERE c.admin_code = '" +
      c +
      "' AND h.logout = 0 AND h.household_type <> 'vacant' AND h.house_id IS NOT NULL "
      "AND NOT EXISTS (SELECT 1 FROM party_link l WHERE l.household_id = h.id AND l.end_date IS NULL) "
      "ORDER BY h.id LIMIT 1");
  const long long building = *db->queryInt("SELECT building_id FROM household WHERE id = " + std::to_string(household));
  const long long member = *db->queryInt(
      "SELECT pm.id FROM party_member pm JOIN person p ON p.id = pm.person_id JOIN household h ON h.id = "
      "p.household_id JOIN grid g ON g.id = h.grid_id JOIN community c ON c.id = g.community_id WHERE c.admin_code = "
      "'" +
      c +
      "' AND pm.active = 1 AND pm.exempt_code IS NULL AND (SELECT count(*) FROM party_link l WHERE "
      "l.party_member_id = pm.id AND l.end_date IS NULL) < pm.link_limit ORDER BY pm.id LIMIT 1");
  const std::string memberName =
      *db->queryText("SELECT p.name FROM party_member pm JOIN person p ON p.id = pm.person_id WHERE pm.id = " +
                     std::to_string(member));

  // The coverage overlay's dot of the household is red (no member) before.
  window->linkDock()->setCommunity(community);
  window->coverageAction()->setChecked(true);
  QgsVectorLayer* dots = window->linkDotsLayer();
  ASSERT_TRUE(dots);
  const auto dotColour = [&] {
    QgsFeature dot;
    QgsFeatureIterator it =
        dots->getFeatures(QgsFeatureRequest(QgsExpression(QStringLiteral("\"household_id\" = %1").arg(household))));
    return it.nextFeature(dot) ? dot.attribute(QStringLiteral("colour")).toInt() : -99;
  };
  EXPECT_EQ(dotColour(), -1);
  expectSymbolExpressionsParse(dots);
  EXPECT_EQ(dots->featureCount(), *db->queryInt("SELECT sum(linkable) FROM grid_stats s JOIN grid g ON g.id = "
                                                "s.grid_id JOIN community c ON c.id = g.community_id WHERE "
                                                "c.admin_code = '" +
                                                c + "'"));

  QString error;
  ASSERT_TRUE(window->openBuildingProfile(building, &error)) << qPrintable(error);
  BuildingProfileDialog* profile = window->buildingProfileDialog();
  ASSERT_TRUE(profile->memberCombo()->isVisibleTo(profile));
  const int index = profile->memberCombo()->findData(member);
  ASSERT_GE(index, 0);
  profile->memberCombo()->setCurrentIndex(index);
  const auto cellOf = [&]() -> QTableWidgetItem* {
    QTableWidget* table = profile->table();
    for (int r = 0; r < table->rowCount(); ++r)
      for (int col = 0; col < table->columnCount(); ++col)
        if (table->item(r, col) && table->item(r, col)->data(Qt::UserRole).toLongLong() == household)
          return table->item(r, col);
    return nullptr;
  };
  ASSERT_TRUE(cellOf());
  profile->table()->clearSelection();
  cellOf()->setSelected(true);
  ASSERT_EQ(profile->selectedHouseholds(), QList<long long>{household});
  ASSERT_TRUE(profile->linkSelected(&error)) << qPrintable(error);

  EXPECT_EQ(*db->queryInt("SELECT party_member_id FROM party_link WHERE end_date IS NULL AND household_id = " +
                          std::to_string(household)),
            member);
  ASSERT_TRUE(cellOf());
  EXPECT_TRUE(cellOf()->text().contains(QString::fromStdString(memberName))) << cellOf()->text().toStdString();
  EXPECT_GE(dotColour(), 0) << "the dot takes the member's colour";

  window->undoStack()->undo();
  EXPECT_EQ(*db->queryInt("SELECT count(*) FROM party_link WHERE end_date IS NULL AND household_id = " +
                          std::to_string(household)),
            0);
  EXPECT_FALSE(cellOf()->text().contains(QString::fromStdString(memberName)));
  EXPECT_EQ(dotColour(), -1);
  window->undoStack()->redo();
  EXPECT_GE(dotColour(), 0);
  EXPECT_EQ(*db->queryInt("SELECT count(*) FROM party_link WHERE end_date IS NULL AND household_id = " +
                          std::to_string(household)),
            1);
  window->undoStack()->undo();
  profile->close();
  window->coverageAction()->setChecked(false);
}

TEST_F(StaffPanelTest, PartyDockPlaquesAndInServiceRegistrationAreUndoable) {
  PartyDock* party = window->partyDock();
  party->show();
  QString error;
  ASSERT_TRUE(party->setCommunity(community, &error)) << qPrintable(error);
  QCoreApplication::processEvents();
  ASSERT_GT(party->orgTree()->topLevelItemCount(), 0);
  EXPECT_GT(party->orgTree()->topLevelItem(0)->childCount(), 0) << "branches under the committee";

  // Plaques: select the first household without one and put it up with the button.
  QTableWidget* plaques = party->plaqueTable();
  int bare = -1;
  for (int row = 0; row < plaques->rowCount() && bare < 0; ++row)
    if (plaques->item(row, 2)->data(Qt::UserRole).toInt() == 0) bare = row;
  ASSERT_GE(bare, 0);
  const long long household = plaques->item(bare, 0)->data(Qt::UserRole + 1).toLongLong();
  plaques->selectRow(bare);
  QPushButton* putUp = nullptr;
  for (QPushButton* button : party->findChildren<QPushButton*>())
    if (button->text() == PartyDock::tr("Put Up Plaque")) putUp = button;
  ASSERT_TRUE(putUp);
  const QString summaryBefore = party->summary()->text();
  putUp->click();
  EXPECT_EQ(*db->queryInt("SELECT party_plaque FROM household WHERE id = " + std::to_string(household)), 1);
  EXPECT_NE(party->summary()->text(), summaryBefore);
  window->undoStack()->undo();
  EXPECT_EQ(*db->queryInt("SELECT party_plaque FROM household WHERE id = " + std::to_string(household)), 0);
  EXPECT_EQ(party->summary()->text(), summaryBefore);

  // In-service registration of a resident who is not a member; refused first for a missing workplace.
  const long long person = *db->queryInt(
      "SELECT p.id FROM person p JOIN household h ON h.id = p.household_id JOIN grid g ON g.id = h.grid_id JOIN "
      "community c ON c.id = g.community_id WHERE c.admin_code = '" +
      community.toStdString() +
      "' AND p.logout = 0 AND NOT EXISTS (SELECT 1 FROM party_member pm WHERE pm.person_id = p.id) ORDER BY p.id "
      "LIMIT 1");
  const int rows = party->inServiceTable()->rowCount();
  EXPECT_FALSE(party->registerInService(person, QString(), QStringLiteral("2026-11-01"), -1, &error));
  EXPECT_FALSE(error.isEmpty());
  EXPECT_EQ(party->inServiceTable()->rowCount(), rows);
  ASSERT_TRUE(
      party->registerInService(person, QStringLiteral("区税务局第二党支部"), QStringLiteral("2026-11-01"), -1, &error))
      << qPrintable(error);
  EXPECT_EQ(party->inServiceTable()->rowCount(), rows + 1);
  window->undoStack()->undo();
  EXPECT_EQ(party->inServiceTable()->rowCount(), rows);
  EXPECT_EQ(*db->queryInt("SELECT count(*) FROM party_member WHERE person_id = " + std::to_string(person)), 0);
}

//! Runs \a act on the next modal dialog as soon as it is shown (the form and history dialogs are modal).
template <typename Dialog, typename Act>
void onNextDialog(Act act) {
  QTimer::singleShot(0, [act] {
    for (int tries = 0; tries < 200; ++tries) {
      if (auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget())) return act(dialog);
      QTest::qWait(10);
    }
    ADD_FAILURE() << "no dialog appeared";
  });
}

//! Opens the households ledger of the first grid with a registered household; the ledger's window, panel and model.
struct HouseholdLedger {
  LedgerWindow* ledger = nullptr;
  ListPanel* panel = nullptr;
  ListTableModel* model = nullptr;
};
HouseholdLedger openHouseholdLedger(MainWindow& window, const QString& path) {
  auto db = Database::open(path.toStdString(), Database::readOnlyOptions());
  EXPECT_TRUE(db.ok());
  if (!db.ok()) return {};
  const std::string grid = *(*db)->queryText(
      "SELECT g.grid_code FROM grid g JOIN household h ON h.grid_id = g.id AND h.logout = 0 "
      "AND h.household_type = 'registered' GROUP BY g.id ORDER BY g.id LIMIT 1");
  QString error;
  EXPECT_TRUE(window.showLedger(QString::fromStdString("grid:" + grid), &error)) << error.toStdString();
  HouseholdLedger opened;
  opened.ledger = window.ledgerWindow();
  opened.ledger->tabs()->setCurrentWidget(opened.ledger->panel(registry::ListKind::Households));
  opened.panel = opened.ledger->panel(registry::ListKind::Households);
  opened.model = opened.panel->model();
  return opened;
}

TEST_F(StaffPanelTest, EditingAHouseholdInTheGridLedgerFormShowsInTheTableAndItsHistoryAndUndoes) {
  const HouseholdLedger opened = openHouseholdLedger(*window, path);
  ASSERT_TRUE(opened.model);
  LedgerWindow* ledger = opened.ledger;
  ListPanel* panel = opened.panel;
  ListTableModel* model = opened.model;
  ASSERT_GT(model->total(), 100) << "a grid ledger lists its households";
  const int typeColumn = registry::listSpec(registry::ListKind::Households).columnIndex("household_type");
  const int phoneColumn = registry::listSpec(registry::ListKind::Households).columnIndex("home_phone");
  int row = 0;
  while (model->rowAt(row) && model->rowAt(row)->raw[static_cast<std::size_t>(typeColumn)] != "registered") ++row;
  ASSERT_TRUE(model->rowAt(row));
  const long long id = model->rowAt(row)->id;
  panel->view()->selectRow(row);
  const QString rental = QString::fromStdString(ledger->codes().name("household_type", "rental", !uiIsChinese()));
  const QString before = model->data(model->index(row, typeColumn)).toString();
  ASSERT_NE(before, rental);

  // A bad phone first: the message appears beside the field and the form stays open; then a good edit.
  bool sawMessage = false;
  onNextDialog<RecordForm>([&](RecordForm* form) {
    form->setValue(QStringLiteral("household_type"), QStringLiteral("rental"));
    form->setValue(QStringLiteral("home_phone"), QStringLiteral("138001380"));
    QTimer::singleShot(0, [&, form] {
      QTest::qWait(50);
      sawMessage = form->isVisible() && form->message(QStringLiteral("home_phone"))->isVisible() &&
                   !form->message(QStringLiteral("home_phone"))->text().isEmpty();
      form->setValue(QStringLiteral("home_phone"), QStringLiteral("0755-28881234"));
      form->accept();
    });
    form->accept();
  });
  panel->editRecord();
  EXPECT_TRUE(sawMessage) << "the bad phone is named beside its field";
  row = model->rowOf(id);
  ASSERT_GE(row, 0);
  EXPECT_EQ(model->data(model->index(row, typeColumn)).toString(), rental);
  EXPECT_EQ(model->data(model->index(row, phoneColumn)).toString(), QStringLiteral("0755-******34")) << "masked";

  // The record's history lists the change: field, before, after, who.
  QStringList historyRows;
  onNextDialog<QDialog>([&](QDialog* dialog) {
    auto* tree = dialog->findChild<QTreeWidget*>(QStringLiteral("history"));
    if (tree)
      for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QStringList cells;
        for (int c = 0; c < tree->columnCount(); ++c) cells << tree->topLevelItem(i)->text(c);
        historyRows << cells.join(QLatin1Char('|'));
      }
    dialog->reject();
  });
  panel->selectRecord(id);
  panel->showHistory();
  EXPECT_TRUE(std::any_of(historyRows.begin(), historyRows.end(), [](const QString& r) {
    return r.contains(QStringLiteral("|household_type|registered|rental")) && r.contains(QStringLiteral("GridStation"));
  })) << historyRows.join(QLatin1Char('\n')).toStdString();

  // Undo restores the table; redo brings the edit back.
  window->undoStack()->undo();
  EXPECT_EQ(model->data(model->index(model->rowOf(id), typeColumn)).toString(), before);
  auto db = Database::open(path.toStdString(), Database::readOnlyOptions());
  ASSERT_TRUE(db.ok());
  EXPECT_EQ(*(*db)->queryText("SELECT household_type FROM household WHERE id = " + std::to_string(id)), "registered");
  window->undoStack()->redo();
  EXPECT_EQ(model->data(model->index(model->rowOf(id), typeColumn)).toString(), rental);
  window->undoStack()->undo();
}

TEST_F(StaffPanelTest, AFormSavedAfterAnotherWorkstationSavedShowsTheirsAndMineAndKeepsTheChoice) {
  const HouseholdLedger opened = openHouseholdLedger(*window, path);
  ASSERT_TRUE(opened.model);
  ListPanel* panel = opened.panel;
  ListTableModel* model = opened.model;
  const int typeColumn = registry::listSpec(registry::ListKind::Households).columnIndex("household_type");
  int row = 0;
  while (model->rowAt(row) && model->rowAt(row)->raw[static_cast<std::size_t>(typeColumn)] != "registered") ++row;
  ASSERT_TRUE(model->rowAt(row));
  const long long id = model->rowAt(row)->id;
  panel->view()->selectRow(row);
  const std::string typeOf = "SELECT household_type FROM household WHERE id = " + std::to_string(id);

  // While this form is open, another workstation saves the household as vacant.
  int staleRows = -1;
  QString theirs, mine, by;
  bool keptMineTicked = false;
  onNextDialog<RecordForm>([&](RecordForm* form) {
    form->setValue(QStringLiteral("household_type"), QStringLiteral("rental"));
    auto other = Database::open(path.toStdString());
    ASSERT_TRUE(other.ok());
    FixedClock clock("2026-12-07T10:15:00Z");
    RecordWriter writer(**other, clock);
    ASSERT_TRUE(writer.update(Actor{"li.na", 9, "GRID_WORKER"}, "household", id, {{"household_type", "vacant"}}).ok());
    onNextDialog<StaleEditDialog>([&](StaleEditDialog* stale) {
      staleRows = stale->table()->rowCount();
      if (staleRows > 0) {
        mine = stale->table()->item(0, 2)->text();
        theirs = stale->table()->item(0, 3)->text();
        by = stale->table()->item(0, 4)->text();
        keptMineTicked = stale->table()->item(0, 0)->checkState() == Qt::Checked;
      }
      if (const char* shot = std::getenv("GRIDSTATION_STALE_SCREENSHOT")) stale->grab().save(QString::fromUtf8(shot));
      stale->accept();  // keep mine
    });
    form->accept();
  });
  panel->editRecord();
  EXPECT_EQ(staleRows, 1) << "the one field they changed";
  // both by the code table's names, as the lists show them (the codes are rental and vacant)
  auto names = Database::open(path.toStdString(), Database::readOnlyOptions());
  ASSERT_TRUE(names.ok());
  const auto nameOf = [&](const char* code) {
    return *(*names)->queryText(std::string(uiIsChinese() ? "SELECT name_zh" : "SELECT name_en") +
                                " FROM code_value WHERE domain = 'household_type' AND code = '" + code + "'");
  };
  EXPECT_EQ(theirs.toStdString(), nameOf("vacant"));
  EXPECT_EQ(mine.toStdString(), nameOf("rental"));
  EXPECT_NE(theirs, QStringLiteral("vacant"));
  EXPECT_TRUE(by.startsWith(QStringLiteral("li.na"))) << by.toStdString();
  EXPECT_TRUE(keptMineTicked) << "mine differs from theirs: kept unless cleared";
  auto after = Database::open(path.toStdString(), Database::readOnlyOptions());
  EXPECT_EQ(*(*after)->queryText(typeOf), "rental") << "mine, saved over theirs by choice";
  EXPECT_EQ(*(*after)->queryText("SELECT actor FROM audit_log WHERE table_name = 'household' AND record_id = " +
                                 std::to_string(id) + " ORDER BY id DESC LIMIT 1 OFFSET 1"),
            "li.na")
      << "their save stays in the history, before mine";
}

}  // namespace
}  // namespace grid::app
