// SPDX-License-Identifier: GPL-2.0-or-later
// gridctl bench render: paint time of GridStation's styled layers vs a plain QGIS render of the same tables.
#include <qgsapplication.h>
#include <qgsdatasourceuri.h>
#include <qgsmaprendererparalleljob.h>
#include <qgsmapsettings.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

#include "bench.h"
#include "core/layer_factory.h"
#include "storage/database.h"

namespace grid::bench {
namespace {

//! Median of \a runs renders (after one warm-up; with runs = 0, the single cold render) of \a layers at \a extent, 1600
//! × 1000 px; milliseconds.
double renderMilliseconds(const QList<QgsMapLayer*>& layers, const QgsRectangle& extent,
                          const QgsCoordinateReferenceSystem& crs, int runs = 3) {
  QgsMapSettings settings;
  settings.setLayers(layers);
  settings.setDestinationCrs(crs);
  settings.setOutputSize(QSize(1600, 1000));
  settings.setOutputDpi(96);
  settings.setExtent(extent);
  settings.setFlag(Qgis::MapSettingsFlag::Antialiasing, true);
  settings.setFlag(Qgis::MapSettingsFlag::DrawLabeling, true);
  std::vector<double> times;
  for (int i = 0; i <= runs; ++i) {
    QElapsedTimer timer;
    timer.start();
    QgsMapRendererParallelJob job(settings);
    job.start();
    job.waitForFinished();
    if (i > 0 || runs == 0) times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

QgsRectangle extentOf(Database& db, const char* sql) {
  auto s = db.prepare(sql);
  if (!s || !*s->step()) return {};
  return QgsRectangle(s->real(0), s->real(1), s->real(2), s->real(3));
}

}  // namespace

int runRenderBenchmark(const std::string& path) {
  if (qEnvironmentVariableIsEmpty("DISPLAY")) qputenv("QT_QPA_PLATFORM", "offscreen");
  static int argc = 1;
  static char name[] = "gridctl";
  static char* argv[] = {name, nullptr};
  QgsApplication app(argc, argv, true);  // painting needs a GUI application (offscreen without a display)
  QgsApplication::setPrefixPath(QStringLiteral("/usr"), true);
  QgsApplication::initQgis();
  int status = 0;
  {
    QElapsedTimer open;
    open.start();
    Database::Options readOnly;
    readOnly.readOnly = true;
    auto db = Database::open(path, readOnly);
    if (!db) {
      std::fprintf(stderr, "gridctl: %s\n", db.error().describe().c_str());
      return 2;
    }
    const QgsCoordinateReferenceSystem crs(QStringLiteral("EPSG:%1").arg((*db)->srid()));
    const QgsRectangle full = extentOf(
        **db, "SELECT MbrMinX(e), MbrMinY(e), MbrMaxX(e), MbrMaxY(e) FROM (SELECT Extent(geom) e FROM community)");
    const QgsRectangle community = extentOf(
        **db, "SELECT MbrMinX(geom), MbrMinY(geom), MbrMaxX(geom), MbrMaxY(geom) FROM community ORDER BY id LIMIT 1");
    const long long buildings = *(*db)->queryInt("SELECT count(*) FROM building");

    QgsProject project;
    QList<QgsMapLayer*> styled, plain;
    for (const app::LayerSpec& spec : app::LayerFactory::hierarchySpecs()) {
      QString error;
      QgsVectorLayer* layer = app::LayerFactory::createLayer(QString::fromStdString(path), spec, &error);
      if (!layer) {
        std::fprintf(stderr, "gridctl: %s\n", qPrintable(error));
        return 2;
      }
      styled.prepend(layer);
      QgsDataSourceUri uri;
      uri.setDatabase(QString::fromStdString(path));
      uri.setDataSource(QString(), spec.table, QStringLiteral("geom"));
      plain.prepend(new QgsVectorLayer(uri.uri(), spec.table, QStringLiteral("spatialite")));  // default symbols
    }
    project.addMapLayers(styled);
    project.addMapLayers(plain);
    const double layersReady = static_cast<double>(open.nsecsElapsed()) / 1e6;
    // Open-and-paint: from opening the file to the first finished render at full extent.
    renderMilliseconds(styled, full, crs, 0);
    const double openAndPaint = static_cast<double>(open.nsecsElapsed()) / 1e6;

    const double styledFull = renderMilliseconds(styled, full, crs);
    const double plainFull = renderMilliseconds(plain, full, crs);
    const double styledCommunity = renderMilliseconds(styled, community, crs);
    const double plainCommunity = renderMilliseconds(plain, community, crs);
    std::printf("bench render: %s (%lld buildings), 1600x1000 px, median of 3\n", path.c_str(), buildings);
    std::printf("  open and first paint: %.0f ms (layers ready after %.0f ms; goal < 2000 ms for the demo)\n",
                openAndPaint, layersReady);
    std::printf("  full extent:    GridStation %.0f ms, plain QGIS %.0f ms, ratio %.2f (goal <= 0.5)\n", styledFull,
                plainFull, styledFull / plainFull);
    std::printf(
        "  community view: GridStation %.0f ms, plain QGIS %.0f ms, ratio %.2f (goal <= 100 ms at 1 M buildings)\n",
        styledCommunity, plainCommunity, styledCommunity / plainCommunity);
  }
  QgsApplication::exitQgis();
  return status;
}

}  // namespace grid::bench
