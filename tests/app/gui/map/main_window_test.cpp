// SPDX-License-Identifier: GPL-2.0-or-later
// GUI smoke tests: the window opens the sample district and paints a real map (offscreen platform).
#include "gui/map/main_window.h"

#include <gtest/gtest.h>
#include <qgsapplication.h>
#include <qgsgeometry.h>
#include <qgslayertree.h>
#include <qgslayertreelayer.h>
#include <qgsmapcanvas.h>
#include <qgsmaprenderersequentialjob.h>
#include <qgsmapsettings.h>
#include <qgsmaptopixel.h>
#include <qgsproject.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QAction>
#include <QApplication>
#include <QEventLoop>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <filesystem>

#include "../libgrid/support/test_support.h"
#include "core/translation.h"
#include "demo/sample_district.h"
#include "districting/redraw_session.h"
#include "gui/building/building_profile_dialog.h"
#include "gui/map/pick_tool.h"
#include "gui/redraw/redraw_dock.h"
#include "gui/redraw/redraw_tool.h"
#include "gui/search/search_dock.h"
#include "gui/tree/hierarchy_dock.h"
#include "storage/database_key.h"
#include "support/render_check.h"

namespace grid::app {
namespace {

class MainWindowTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir = new test::TempDir();
    ASSERT_TRUE(test::createSampleDatabase(*dir).key);
  }
  static void TearDownTestSuite() { delete dir; }

  //! Renders the canvas and returns its image once painting has finished.
  static QImage renderedCanvas(MainWindow& window) {
    QEventLoop loop;
    QObject::connect(window.canvas(), &QgsMapCanvas::mapCanvasRefreshed, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    window.canvas()->refresh();
    loop.exec();
    return window.canvas()->grab().toImage();
  }

  //! Shows \a window, opens the sample district and starts redraw mode on its first community; null (and a test
  //! failure) if any step fails.
  static RedrawDock* startRedrawOnSample(MainWindow& window) {
    window.resize(1400, 900);
    window.show();
    QCoreApplication::processEvents();
    QString error;
    const QString path = QString::fromStdString(dir->file("sample.sqlite"));
    if (!window.openDatabase(path, &error)) return ADD_FAILURE() << qPrintable(error), nullptr;
    auto db = Database::open(path.toStdString(), Database::readOnlyOptions());
    if (!db.ok()) return ADD_FAILURE() << db.error().describe(), nullptr;
    const QString community =
        QString::fromStdString(*(*db)->queryText("SELECT admin_code FROM community ORDER BY id LIMIT 1"));
    if (!window.startRedraw(community, &error)) return ADD_FAILURE() << qPrintable(error), nullptr;
    QCoreApplication::processEvents();
    return window.redrawDock();
  }

  static test::TempDir* dir;
};
test::TempDir* MainWindowTest::dir = nullptr;

TEST_F(MainWindowTest, OpensTheDatabaseWithTheHierarchyLayers) {
  MainWindow window;
  QString error;
  ASSERT_TRUE(window.openDatabase(QString::fromStdString(dir->file("sample.sqlite")), &error)) << error.toStdString();
  QStringList tables;
  for (QgsMapLayer* layer : window.project()->mapLayers()) {
    auto* vector = qobject_cast<QgsVectorLayer*>(layer);
    ASSERT_TRUE(vector);
    EXPECT_TRUE(vector->isValid());
    EXPECT_TRUE(vector->readOnly()) << "QGIS layers only render; libgrid writes";
    if (vector->providerType() == QLatin1String("memory"))
      EXPECT_TRUE(vector == window.linkDotsLayer() || vector == window.overdueLayer())
          << "the only memory layers are the coverage overlay's household dots and the overdue-visit marks";
    else
      tables << vector->dataProvider()->uri().table();
  }
  tables.sort();
  EXPECT_EQ(
      tables.join(QLatin1Char(',')),
      QStringLiteral("area,base_road,base_water,building,building_links,community,event_map,grid_map,risk_building,"
                     "risk_grid,risk_matter,risk_place,risk_place,street"));
  // The risk panorama group starts hidden and View → Risk Panorama shows it.
  QgsLayerTreeGroup* risk = window.project()->layerTreeRoot()->findGroup(QStringLiteral("社区风险全景图"));
  if (!risk) risk = window.project()->layerTreeRoot()->findGroup(QStringLiteral("Risk panorama"));
  ASSERT_TRUE(risk);
  EXPECT_FALSE(risk->isVisible());
  window.riskAction()->setChecked(true);
  EXPECT_TRUE(risk->isVisible());
  EXPECT_EQ(window.project()->crs().authid(), QStringLiteral("EPSG:4547"));
}

TEST_F(MainWindowTest, GridLayerCarriesLiveHouseholdCounts) {
  MainWindow window;
  QString error;
  ASSERT_TRUE(window.openDatabase(QString::fromStdString(dir->file("sample.sqlite")), &error));
  auto grids = window.project()->mapLayersByName(QStringLiteral("Grids"));
  ASSERT_EQ(grids.size(), 1);
  auto* layer = qobject_cast<QgsVectorLayer*>(grids.first());
  EXPECT_EQ(layer->featureCount(), 4);
  auto db = Database::open(dir->file("sample.sqlite"));
  long long total = 0;
  QgsFeature feature;
  QgsFeatureIterator it = layer->getFeatures();
  while (it.nextFeature(feature)) total += feature.attribute(QStringLiteral("households")).toLongLong();
  EXPECT_EQ(total, *(*db)->queryInt("SELECT count(*) FROM household WHERE logout = 0"));
}

TEST_F(MainWindowTest, PaintsAMapNotABlankCanvas) {
  MainWindow window;
  window.resize(1200, 800);
  window.show();
  QString error;
  ASSERT_TRUE(window.openDatabase(QString::fromStdString(dir->file("sample.sqlite")), &error));
  const QgsRectangle extent = window.canvas()->extent();
  EXPECT_TRUE(extent.contains(QgsRectangle(535000, 2510000, 536000, 2510800))) << extent.toString().toStdString();

  const QImage image = renderedCanvas(window);
  ASSERT_FALSE(image.isNull());
  QSet<QRgb> colours;
  int communityOutline = 0, buildingFill = 0;
  for (int y = 0; y < image.height(); y += 2) {
    for (int x = 0; x < image.width(); x += 2) {
      const QColor c = image.pixelColor(x, y);
      colours.insert(c.rgb());
      if (c.red() > 180 && c.green() < 90 && c.blue() < 80) ++communityOutline;  // red community boundary
      if (qAbs(c.red() - 217) < 8 && qAbs(c.green() - 208) < 8 && qAbs(c.blue() - 201) < 8) ++buildingFill;
    }
  }
  EXPECT_GT(colours.size(), 20) << "a blank canvas has one or two colours";
  EXPECT_GT(communityOutline, 200) << "the community boundary is drawn";
  EXPECT_GT(buildingFill, 500) << "buildings are drawn";
}

TEST_F(MainWindowTest, ChineseIsTheDefaultLanguage) {
  ASSERT_TRUE(installTranslation(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
  MainWindow window;
  EXPECT_EQ(window.windowTitle(), QStringLiteral("网格工作站"));
  QString error;
  ASSERT_TRUE(window.openDatabase(QString::fromStdString(dir->file("sample.sqlite")), &error));
  EXPECT_EQ(window.project()->mapLayersByName(QStringLiteral("网格")).size(), 1);
  EXPECT_EQ(window.project()->mapLayersByName(QStringLiteral("楼栋")).size(), 1);
}

TEST_F(MainWindowTest, HierarchyTreeShowsLevelsWithLiveCounts) {
  MainWindow window;
  QString error;
  ASSERT_TRUE(window.openDatabase(QString::fromStdString(dir->file("sample.sqlite")), &error)) << error.toStdString();
  QStandardItemModel* model = window.hierarchyDock()->model();
  ASSERT_EQ(model->rowCount(), 1);  // one street
  QStandardItem* street = model->item(0, 0);
  ASSERT_EQ(street->rowCount(), 1);  // one community
  QStandardItem* community = street->child(0, 0);
  ASSERT_EQ(community->rowCount(), 2);                                                    // two areas
  EXPECT_EQ(community->child(0, 0)->rowCount() + community->child(1, 0)->rowCount(), 4);  // four grids
  auto db = Database::open(dir->file("sample.sqlite"));
  ASSERT_TRUE(db.ok());
  EXPECT_EQ(model->item(0, 1)->text().toLongLong(),
            *(*db)->queryInt("SELECT count(*) FROM household WHERE logout = 0"));
  EXPECT_EQ(model->item(0, 2)->text().toLongLong(), *(*db)->queryInt("SELECT count(*) FROM person WHERE logout = 0"));
  QStandardItem* grid = community->child(0, 0)->child(0, 0);
  EXPECT_TRUE(grid->toolTip().startsWith(QStringLiteral("440310001002-")));
}

TEST_F(MainWindowTest, WhatAnotherWorkstationCommitsIsRedrawnOnce) {
  // a copy of the sample, so the other tests keep theirs (the same database id: the key store finds its key)
  const std::string path = dir->file("live.sqlite");
  std::filesystem::remove(path);
  std::filesystem::copy_file(dir->file("sample.sqlite"), path);
  MainWindow window;
  QString error;
  ASSERT_TRUE(window.openDatabase(QString::fromStdString(path), &error)) << error.toStdString();
  EXPECT_TRUE(window.pollChanges().isEmpty()) << "nothing changed yet";
  QStandardItemModel* model = window.hierarchyDock()->model();
  const long long before = model->item(0, 1)->text().toLongLong();
  ASSERT_GT(before, 0);
  {  // another workstation moves a household out
    auto other = Database::open(path);
    ASSERT_TRUE(other.ok());
    ASSERT_TRUE(
        (*other)
            ->exec("UPDATE household SET logout = 1 WHERE id = (SELECT min(id) FROM household WHERE logout = 0)")
            .ok());
  }
  EXPECT_EQ(window.pollChanges(), QStringList{QStringLiteral("*")});
  EXPECT_EQ(model->item(0, 1)->text().toLongLong(), before - 1) << "the tree's counts follow";
  EXPECT_TRUE(window.pollChanges().isEmpty()) << "each change once";
}

TEST_F(MainWindowTest, ExpandingAGridListsItsBuildingsWhichOpenTheirProfile) {
  MainWindow window;
  QString error;
  ASSERT_TRUE(window.openDatabase(QString::fromStdString(dir->file("sample.sqlite")), &error));
  QStandardItem* grid = window.hierarchyDock()->model()->item(0, 0)->child(0, 0)->child(0, 0)->child(0, 0);
  window.hierarchyDock()->view()->expand(grid->index());
  auto db = Database::open(dir->file("sample.sqlite"));
  const long long gridId = grid->data(Qt::UserRole + 2).toLongLong();
  ASSERT_EQ(grid->rowCount(),
            *(*db)->queryInt("SELECT count(*) FROM building WHERE grid_id = " + std::to_string(gridId)));
  long long households = 0;
  for (int r = 0; r < grid->rowCount(); ++r) households += grid->child(r, 1)->text().toLongLong();
  EXPECT_EQ(households, grid->parent()->child(grid->row(), 1)->text().toLongLong()) << "buildings add up to their grid";
  QStandardItem* building = grid->child(0, 0);
  window.hierarchyDock()->view()->setCurrentIndex(building->index());
  EXPECT_EQ(window.layerForTable(QStringLiteral("building"))->selectedFeatureIds(),
            QgsFeatureIds({building->data(Qt::UserRole + 2).toLongLong()}));
  emit window.hierarchyDock()->view()->doubleClicked(building->index());
  ASSERT_TRUE(window.buildingProfileDialog());
  EXPECT_EQ(window.buildingProfileDialog()->buildingId(), building->data(Qt::UserRole + 2).toLongLong());
}

TEST_F(MainWindowTest, SelectingAGridInTheTreeZoomsTheMapToIt) {
  MainWindow window;
  window.resize(1200, 800);
  window.show();
  QCoreApplication::processEvents();
  QString error;
  ASSERT_TRUE(window.openDatabase(QString::fromStdString(dir->file("sample.sqlite")), &error));
  QStandardItem* grid = window.hierarchyDock()->model()->item(0, 0)->child(0, 0)->child(1, 0)->child(0, 0);
  window.hierarchyDock()->view()->setCurrentIndex(grid->index());
  QgsVectorLayer* grids = window.layerForTable(QStringLiteral("grid_map"));
  ASSERT_TRUE(grids);
  ASSERT_EQ(grids->selectedFeatureCount(), 1);
  QgsFeature feature;
  ASSERT_TRUE(grids->getFeatures(QgsFeatureRequest(grids->selectedFeatureIds().values().first())).nextFeature(feature));
  const QgsRectangle box = feature.geometry().boundingBox();
  const QgsRectangle extent = window.canvas()->extent();
  EXPECT_TRUE(extent.contains(box)) << extent.toString().toStdString() << " vs " << box.toString().toStdString();
  EXPECT_LT(extent.width(), 3 * box.width()) << "zoomed in to the grid, not the whole community";
}

TEST_F(MainWindowTest, PickingAGridOnTheMapSelectsItInTheTree) {
  MainWindow window;
  QString error;
  ASSERT_TRUE(window.openDatabase(QString::fromStdString(dir->file("sample.sqlite")), &error));
  ASSERT_EQ(window.canvas()->mapTool(), window.pickTool()) << "clicking the map picks grids and buildings";
  QgsVectorLayer* grids = window.layerForTable(QStringLiteral("grid_map"));
  QgsFeature feature;
  QgsFeatureIterator it = grids->getFeatures();
  it.nextFeature(feature);
  it.nextFeature(feature);  // the second grid
  emit window.pickTool()->picked(grids, feature);
  const QModelIndex current = window.hierarchyDock()->view()->currentIndex();
  ASSERT_TRUE(current.isValid());
  EXPECT_EQ(current.siblingAtColumn(1).data().toLongLong(),
            feature.attribute(QStringLiteral("households")).toLongLong());
  EXPECT_EQ(grids->selectedFeatureIds(), QgsFeatureIds({feature.id()}));
}

TEST_F(MainWindowTest, ClickingABuildingOpensItsProfileWithMaskedResidents) {
  MainWindow window;
  QString error;
  ASSERT_TRUE(window.openDatabase(QString::fromStdString(dir->file("sample.sqlite")), &error));
  auto db = Database::open(dir->file("sample.sqlite"));
  ASSERT_TRUE(db.ok());
  const long long buildingId = *(*db)->queryInt("SELECT min(id) FROM building");
  QgsVectorLayer* buildings = window.layerForTable(QStringLiteral("building"));
  QgsFeature feature;
  ASSERT_TRUE(buildings->getFeatures(QgsFeatureRequest(buildingId)).nextFeature(feature));
  emit window.pickTool()->picked(buildings, feature);
  const QModelIndex current = window.hierarchyDock()->view()->currentIndex();
  EXPECT_EQ(current.siblingAtColumn(0).data(Qt::UserRole + 2).toLongLong(), buildingId)
      << "the map click selects the tree node";
  BuildingProfileDialog* profile = window.buildingProfileDialog();
  ASSERT_TRUE(profile);
  EXPECT_TRUE(profile->isVisible());
  EXPECT_EQ(profile->buildingId(), buildingId);
  QTableWidget* table = profile->table();
  EXPECT_EQ(table->rowCount(),
            *(*db)->queryInt("SELECT floors_above FROM building WHERE id = " + std::to_string(buildingId)));
  // Every household of the building is in one cell; residents are listed with masked ID numbers only.
  int households = 0;
  for (int r = 0; r < table->rowCount(); ++r) {
    for (int c = 0; c < table->columnCount(); ++c) {
      const QTableWidgetItem* item = table->item(r, c);
      if (!item || !item->data(Qt::UserRole).isValid()) continue;
      ++households;
      EXPECT_TRUE(item->toolTip().contains(QStringLiteral("********"))) << item->toolTip().toStdString();
      EXPECT_FALSE(item->toolTip().contains(QRegularExpression(QStringLiteral("\\d{17}[\\dX]"))));
    }
  }
  EXPECT_EQ(households, *(*db)->queryInt("SELECT count(*) FROM household WHERE logout = 0 AND building_id = " +
                                         std::to_string(buildingId)));
}

TEST_F(MainWindowTest, SearchingAPersonByIdNumberLandsOnTheirBuilding) {
  MainWindow window;
  QString error;
  ASSERT_TRUE(window.openDatabase(QString::fromStdString(dir->file("sample.sqlite")), &error));
  auto db = Database::open(dir->file("sample.sqlite"));
  ASSERT_TRUE(db.ok());
  auto key = loadDatabaseKey(**db);
  ASSERT_TRUE(key.ok()) << "the sample's key is in the test key store";
  auto row = (*db)->prepare(
      "SELECT p.id_cipher, h.building_id FROM person p JOIN household h ON h.id = p.household_id "
      "ORDER BY p.id DESC LIMIT 1");
  ASSERT_TRUE(*row->step());
  const std::string idNumber = *key->decrypt(row->blob(0));
  const long long building = row->int64(1);

  SearchDock* search = window.searchDock();
  QSignalSpy shown(search, &SearchDock::resultsShown);
  search->lineEdit()->setText(QString::fromStdString(idNumber));
  ASSERT_TRUE(shown.wait(10000)) << "results arrive without blocking the event loop";
  ASSERT_GE(search->results()->count(), 1);
  const QString first = search->results()->item(0)->text();
  EXPECT_TRUE(first.contains(QString::fromStdString(idNumber.substr(0, 6) + "********"))) << first.toStdString();
  EXPECT_FALSE(first.contains(QString::fromStdString(idNumber))) << "the full number is never shown";
  emit search->results()->itemActivated(search->results()->item(0));
  ASSERT_TRUE(window.buildingProfileDialog());
  EXPECT_EQ(window.buildingProfileDialog()->buildingId(), building);
  EXPECT_EQ(window.layerForTable(QStringLiteral("building"))->selectedFeatureIds(), QgsFeatureIds({building}));
}

TEST_F(MainWindowTest, SearchFindsGridsByCodeAndName) {
  MainWindow window;
  QString error;
  ASSERT_TRUE(window.openDatabase(QString::fromStdString(dir->file("sample.sqlite")), &error));
  SearchDock* search = window.searchDock();
  QSignalSpy shown(search, &SearchDock::resultsShown);
  search->lineEdit()->setText(QStringLiteral("440310001002-003"));
  ASSERT_TRUE(shown.wait(10000));
  ASSERT_EQ(search->results()->count(), 1);
  EXPECT_TRUE(search->results()->item(0)->text().contains(QStringLiteral("第3网格")));
  search->lineEdit()->setText(QStringLiteral("网格"));
  ASSERT_TRUE(shown.wait(10000));
  EXPECT_EQ(search->results()->count(), 4);
}

TEST_F(MainWindowTest, ReopeningADatabaseRestoresTheLastView) {
  const QString path = QString::fromStdString(dir->file("sample.sqlite"));
  QgsRectangle shown;
  {
    MainWindow window;
    window.resize(1000, 700);
    window.show();
    QCoreApplication::processEvents();
    QString error;
    ASSERT_TRUE(window.openDatabase(path, &error));
    ASSERT_TRUE(window.zoomToGrid(QStringLiteral("440310001002004")));
    shown = window.canvas()->extent();
    window.close();  // saves the view
  }
  MainWindow again;
  again.resize(1000, 700);
  again.show();
  QCoreApplication::processEvents();
  QString error;
  ASSERT_TRUE(again.openDatabase(path, &error));
  const QgsRectangle restored = again.canvas()->extent();
  EXPECT_NEAR(restored.center().x(), shown.center().x(), 1.0);
  EXPECT_NEAR(restored.center().y(), shown.center().y(), 1.0);
  EXPECT_NEAR(restored.width(), shown.width(), shown.width() * 0.05);
}

//! Renders the window's layers at \a extent into a fixed 800 × 600 image (96 dpi), independent of window layout.
QImage renderAt(MainWindow& window, const QgsRectangle& extent) {
  QgsMapSettings settings;
  QList<QgsMapLayer*> layers;
  for (QgsLayerTreeLayer* node : window.project()->layerTreeRoot()->findLayers())
    if (node->isVisible()) layers << node->layer();  // what the canvas shows: hidden overlays stay out
  settings.setLayers(layers);
  settings.setDestinationCrs(window.project()->crs());
  settings.setOutputSize(QSize(800, 600));
  settings.setOutputDpi(96);
  settings.setBackgroundColor(QColor(246, 244, 240));
  settings.setExtent(extent);
  settings.setFlag(Qgis::MapSettingsFlag::Antialiasing, true);
  QgsMapRendererSequentialJob job(settings);
  job.start();
  job.waitForFinished();
  return job.renderedImage();
}

TEST_F(MainWindowTest, DistrictAndGridViewsMatchTheirControlImages) {
  ASSERT_TRUE(installTranslation(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
  MainWindow window;
  QString error;
  ASSERT_TRUE(window.openDatabase(QString::fromStdString(dir->file("sample.sqlite")), &error));
  QString message;
  EXPECT_TRUE(test::matchesControl(renderAt(window, QgsRectangle(534900, 2509900, 536100, 2510900)),
                                   QStringLiteral("sample_district"), &message))
      << message.toStdString();
  // Grid 1 at building zoom: buildings drawn, grid label with its household count.
  EXPECT_TRUE(test::matchesControl(renderAt(window, QgsRectangle(534980, 2510390, 535520, 2510810)),
                                   QStringLiteral("sample_grid1"), &message))
      << message.toStdString();
}

TEST_F(MainWindowTest, RedrawModeBrushStrokeChangesTotalsAndUndoRestoresThem) {
  MainWindow window;
  RedrawDock* dock = startRedrawOnSample(window);
  ASSERT_TRUE(dock);
  ASSERT_TRUE(dock->active());
  ASSERT_EQ(window.canvas()->mapTool(), dock->tool());
  auto* session = dock->session();
  ASSERT_GE(session->gridCount(), 2);
  auto shown = [&](int row) { return dock->table()->item(row, 1)->text().toLongLong(); };
  std::vector<long long> before;
  for (int g = 0; g < session->gridCount(); ++g) before.push_back(shown(g));
  for (int g = 0; g < session->gridCount(); ++g) EXPECT_EQ(before[static_cast<std::size_t>(g)], session->households(g));

  // Brush from the middle of a building of grid 1 with households, into grid 0.
  int unit = -1;
  for (int u = 0; u < session->unitCount() && unit < 0; ++u)
    if (session->assignment()[static_cast<std::size_t>(u)] == 1 &&
        session->units().households[static_cast<std::size_t>(u)] > 0)
      unit = u;
  ASSERT_GE(unit, 0);
  dock->setActiveGrid(0);
  QgsGeometry footprint;
  const auto& wkb = session->units().footprints[static_cast<std::size_t>(unit)];
  footprint.fromWkb(QByteArray(reinterpret_cast<const char*>(wkb.data()), static_cast<int>(wkb.size())));
  const QgsPointXY centre = footprint.pointOnSurface().asPoint();
  const QPointF pixel = window.canvas()->getCoordinateTransform()->transform(centre).toQPointF();
  QWidget* viewport = window.canvas()->viewport();
  QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, pixel.toPoint());
  for (const QPoint step : {QPoint(2, 1), QPoint(4, 2)}) {  // a drag: QTest::mouseMove carries no buttons in Qt 5
    QMouseEvent move(QEvent::MouseMove, pixel + step, Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
  }
  QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, pixel.toPoint() + QPoint(4, 2));
  QCoreApplication::processEvents();
  EXPECT_EQ(session->assignment()[static_cast<std::size_t>(unit)], 0) << "the brushed building joined the active grid";
  long long moved = 0;
  for (int u = 0; u < session->unitCount(); ++u)
    if (session->assignment()[static_cast<std::size_t>(u)] != session->units().current[static_cast<std::size_t>(u)])
      moved += session->units().households[static_cast<std::size_t>(u)];
  ASSERT_GT(moved, 0);
  EXPECT_EQ(shown(0), before[0] + moved) << "the table shows the new total";
  EXPECT_EQ(dock->table()->item(0, 2)->text(), QStringLiteral("+%1").arg(moved)) << "and the signed change";
  EXPECT_LT(shown(1), before[1]);
  // The preview layer recoloured the building: its feature now carries grid 0.
  QgsFeature feature;
  QgsFeatureIterator it =
      dock->previewLayer()->getFeatures(QgsFeatureRequest().setFilterExpression(QStringLiteral("unit = %1").arg(unit)));
  ASSERT_TRUE(it.nextFeature(feature));
  EXPECT_EQ(feature.attribute(QStringLiteral("grid")).toInt(), 0);

  ASSERT_TRUE(dock->undoAction()->isEnabled());
  dock->undoAction()->trigger();
  for (int g = 0; g < session->gridCount(); ++g)
    EXPECT_EQ(shown(g), before[static_cast<std::size_t>(g)]) << "row " << g;
  EXPECT_EQ(session->assignment(), session->units().current);
  EXPECT_TRUE(dock->redoAction()->isEnabled());
  dock->discard();
  EXPECT_NE(window.canvas()->mapTool(), dock->tool()) << "leaving redraw mode gives the map back its pick tool";
}

TEST_F(MainWindowTest, RedrawModeLassoTakesTheBuildingsInsideIt) {
  MainWindow window;
  RedrawDock* dock = startRedrawOnSample(window);
  ASSERT_TRUE(dock);
  auto* session = dock->session();
  // Lasso (Ctrl-drag) a tight box around one building of grid 1, into grid 0.
  int unit = -1;
  for (int u = 0; u < session->unitCount() && unit < 0; ++u)
    if (session->assignment()[static_cast<std::size_t>(u)] == 1) unit = u;
  ASSERT_GE(unit, 0);
  dock->setActiveGrid(0);
  QgsGeometry footprint;
  const auto& wkb = session->units().footprints[static_cast<std::size_t>(unit)];
  footprint.fromWkb(QByteArray(reinterpret_cast<const char*>(wkb.data()), static_cast<int>(wkb.size())));
  const QgsRectangle box = footprint.boundingBox();
  const QgsMapToPixel* toPixel = window.canvas()->getCoordinateTransform();
  const QPoint corners[] = {
      toPixel->transform(box.xMinimum() + 0.3 * box.width(), box.yMinimum() + 0.3 * box.height()).toQPointF().toPoint(),
      toPixel->transform(box.xMaximum() - 0.3 * box.width(), box.yMinimum() + 0.3 * box.height()).toQPointF().toPoint(),
      toPixel->transform(box.xMaximum() - 0.3 * box.width(), box.yMaximum() - 0.3 * box.height()).toQPointF().toPoint(),
      toPixel->transform(box.xMinimum() + 0.3 * box.width(), box.yMaximum() - 0.3 * box.height())
          .toQPointF()
          .toPoint()};
  QWidget* viewport = window.canvas()->viewport();
  QTest::mousePress(viewport, Qt::LeftButton, Qt::ControlModifier, corners[0]);
  for (const QPoint& corner : corners) {
    QMouseEvent move(QEvent::MouseMove, corner, Qt::NoButton, Qt::LeftButton, Qt::ControlModifier);
    QApplication::sendEvent(viewport, &move);
  }
  QTest::mouseRelease(viewport, Qt::LeftButton, Qt::ControlModifier, corners[3]);
  EXPECT_EQ(session->assignment()[static_cast<std::size_t>(unit)], 0);
  EXPECT_EQ(session->unitsMoved(), 1) << "a lasso inside one footprint takes that building only";
  dock->discard();
}

TEST_F(MainWindowTest, RedrawModeSplitsABuildingByEntranceAndUndoMergesIt) {
  MainWindow window;
  RedrawDock* dock = startRedrawOnSample(window);
  ASSERT_TRUE(dock);
  auto* session = dock->session();
  auto db = Database::open(dir->file("sample.sqlite"), Database::readOnlyOptions());
  ASSERT_TRUE(db.ok());
  const long long tower = *(*db)->queryInt(
      "SELECT b.id FROM building b WHERE (SELECT count(DISTINCT ho.unit_no) FROM house ho JOIN household h ON "
      "h.house_id = ho.id WHERE ho.building_id = b.id AND h.logout = 0) >= 2 ORDER BY b.id LIMIT 1");
  int unit = -1;
  for (int u = 0; u < session->unitCount() && unit < 0; ++u)
    if (session->units().buildingIds[static_cast<std::size_t>(u)] == tower) unit = u;
  ASSERT_GE(unit, 0);
  const long long features = dock->previewLayer()->featureCount();
  const int units = session->unitCount();
  QString error;
  ASSERT_TRUE(dock->splitUnit(unit, &error)) << qPrintable(error);
  EXPECT_GT(session->unitCount(), units);
  EXPECT_EQ(dock->previewLayer()->featureCount(), session->unitCount()) << "one preview feature per part";
  EXPECT_GT(dock->previewLayer()->featureCount(), features);
  EXPECT_TRUE(dock->undoAction()->isEnabled());
  dock->undoAction()->trigger();
  EXPECT_EQ(session->unitCount(), units);
  EXPECT_EQ(dock->previewLayer()->featureCount(), features);
  dock->redoAction()->trigger();
  EXPECT_EQ(dock->previewLayer()->featureCount(), session->unitCount());
  dock->discard();
}

TEST_F(MainWindowTest, RedrawModeAltDragPullsAGridOverItsNeighbour) {
  MainWindow window;
  RedrawDock* dock = startRedrawOnSample(window);
  ASSERT_TRUE(dock);
  auto* session = dock->session();
  auto plan = session->currentPlan();
  ASSERT_TRUE(plan.ok());
  // Two neighbouring buildings: a in grid 0, b in grid 1.
  int a = -1, b = -1;
  for (const auto& e : plan->tessellation.edges) {
    const int ga = session->assignment()[static_cast<std::size_t>(e.a)],
              gb = session->assignment()[static_cast<std::size_t>(e.b)];
    if (ga == 0 && gb == 1) a = e.a, b = e.b;
    if (ga == 1 && gb == 0) a = e.b, b = e.a;
    if (a >= 0) break;
  }
  ASSERT_GE(a, 0);
  dock->setActiveGrid(2);  // pulling ignores the active grid
  auto pixelOf = [&](int unit) {
    QgsGeometry footprint;
    const auto& wkb = session->units().footprints[static_cast<std::size_t>(unit)];
    footprint.fromWkb(QByteArray(reinterpret_cast<const char*>(wkb.data()), static_cast<int>(wkb.size())));
    return window.canvas()
        ->getCoordinateTransform()
        ->transform(footprint.pointOnSurface().asPoint())
        .toQPointF()
        .toPoint();
  };
  const QPoint from = pixelOf(a), to = pixelOf(b);
  QWidget* viewport = window.canvas()->viewport();
  dock->tool()->setBrushRadius(1);  // a thin pull: only what the cursor crosses
  QTest::mousePress(viewport, Qt::LeftButton, Qt::AltModifier, from);
  QMouseEvent move(QEvent::MouseMove, to, Qt::NoButton, Qt::LeftButton, Qt::AltModifier);
  QApplication::sendEvent(viewport, &move);
  QTest::mouseRelease(viewport, Qt::LeftButton, Qt::AltModifier, to);
  EXPECT_EQ(session->assignment()[static_cast<std::size_t>(b)], 0) << "the neighbour's building joined the pulled grid";
  EXPECT_EQ(session->assignment()[static_cast<std::size_t>(a)], 0);
  EXPECT_EQ(dock->activeGrid(), 2);
  for (int u = 0; u < session->unitCount(); ++u)
    EXPECT_FALSE(session->assignment()[static_cast<std::size_t>(u)] == 2 &&
                 session->units().current[static_cast<std::size_t>(u)] != 2)
        << "nothing went to the active grid";
  dock->discard();
}

TEST_F(MainWindowTest, PartyLinkCoverageOverlayIsOffUntilTurnedOnAndCountsLinkedHouseholds) {
  MainWindow window;
  QString error;
  // A copy: this test writes links, the other tests keep the sample as it is.
  const QString path = QString::fromStdString(dir->file("coverage.sqlite"));
  std::filesystem::copy_file(dir->file("sample.sqlite"), path.toStdString(),
                             std::filesystem::copy_options::overwrite_existing);
  ASSERT_TRUE(window.openDatabase(path, &error)) << qPrintable(error);
  QgsVectorLayer* coverage = window.layerForTable(QStringLiteral("building_links"));
  ASSERT_TRUE(coverage);
  QgsLayerTreeLayer* node = window.project()->layerTreeRoot()->findLayer(coverage);
  ASSERT_TRUE(node);
  EXPECT_FALSE(node->isVisible()) << "an overlay starts hidden";
  window.coverageAction()->setChecked(true);
  EXPECT_TRUE(node->isVisible());
  // Counts agree with the database: link one household and its building's "linked" goes up by one.
  auto db = Database::open(path.toStdString());
  ASSERT_TRUE(db.ok());
  const long long building = *(*db)->queryInt(
      "SELECT building_id FROM household WHERE logout = 0 AND household_type <> 'vacant' ORDER BY id LIMIT 1");
  auto linkedOf = [&] {
    QgsFeature feature;
    QgsFeatureIterator it =
        coverage->getFeatures(QgsFeatureRequest().setFilterExpression(QStringLiteral("id = %1").arg(building)));
    return it.nextFeature(feature) ? feature.attribute(QStringLiteral("linked")).toLongLong() : -1;
  };
  const long long before = linkedOf();
  ASSERT_GE(before, 0);
  ASSERT_TRUE(
      (*db)
          ->exec("INSERT INTO person (name, household_id) SELECT '测试党员', id FROM household WHERE building_id = " +
                 std::to_string(building) + " LIMIT 1")
          .ok());
  ASSERT_TRUE((*db)->exec("INSERT INTO party_member (person_id) SELECT max(id) FROM person").ok());
  ASSERT_TRUE((*db)
                  ->exec("INSERT INTO party_link (party_member_id, household_id, start_date) SELECT (SELECT max(id) "
                         "FROM party_member), id, '2026-11-01' "
                         "FROM household h WHERE h.building_id = " +
                         std::to_string(building) +
                         " AND h.logout = 0 AND h.household_type <> 'vacant' AND NOT EXISTS (SELECT 1 FROM party_link "
                         "l WHERE l.household_id = h.id AND l.end_date IS NULL) LIMIT 1")
                  .ok());
  coverage->dataProvider()->reloadData();
  EXPECT_EQ(linkedOf(), before + 1);
  window.coverageAction()->setChecked(false);
  EXPECT_FALSE(node->isVisible());
}

TEST_F(MainWindowTest, ReportsAFileThatIsNotADatabase) {
  MainWindow window;
  QString error;
  EXPECT_FALSE(window.openDatabase(QString::fromStdString(dir->file("missing.sqlite")), &error));
  EXPECT_TRUE(error.contains(QStringLiteral("gridctl init"))) << error.toStdString();
}

}  // namespace
}  // namespace grid::app
