// SPDX-License-Identifier: GPL-2.0-or-later
// gridctl bench service-circle: the 15-minute service circle of one community and of a whole demo district, beside
// QGIS's network analysis (QgsVectorLayerDirector + QgsGraphBuilder with every building and facility tied to the
// network, then QgsGraphAnalyzer::dijkstra from each facility) for the same community, with how far the two agree.
#include <qgsgraph.h>
#include <qgsgraphanalyzer.h>
#include <qgsgraphbuilder.h>
#include <qgsnetworkdistancestrategy.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerdirector.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <random>

#include "arguments.h"
#include "bench.h"
#include "common/clock.h"
#include "core/layer_factory.h"
#include "demo/district_generator.h"
#include "qgis_session.h"
#include "services/service_circle.h"
#include "storage/database.h"

namespace grid::bench {

namespace {

using Steady = std::chrono::steady_clock;
double seconds(Steady::time_point since) {
  return std::chrono::duration<double>(Steady::now() - since).count();
}

struct PeerResult {
  double seconds = 0;
  long long compared = 0;
  double medianDifference = 0, maxDifference = 0;  //!< metres, against GridStation's stored walks
};

//! QGIS's network analysis for one community and type, timed, and compared with the stored walks.
PeerResult qgisPeer(Database& db, const QString& path, long long community, const std::string& type) {
  PeerResult result;
  auto access = services::buildingAccess(db, {"community", community}, type, true);
  if (!access) return result;
  const auto started = Steady::now();
  QgsVectorLayer* roads = app::openTableLayer(path, QStringLiteral("base_road"), QStringLiteral("roads"));
  QgsVectorLayer* facilities = app::openTableLayer(path, QStringLiteral("service_facility"), QStringLiteral("f"));
  if (!roads || !facilities) return result;
  facilities->setSubsetString(QStringLiteral("type_code = '%1'").arg(QString::fromStdString(type)));
  // The tie points: the facilities, then each building's point on its surface (as GridStation takes it).
  QVector<QgsPointXY> points;
  QgsFeature feature;
  for (QgsFeatureIterator it = facilities->getFeatures(); it.nextFeature(feature);)
    points << feature.geometry().asPoint();
  const int facilityCount = points.size();
  std::vector<QgsPointXY> buildingPoints;
  for (const auto& b : *access) {
    QgsGeometry outline;
    outline.fromWkb(QByteArray(reinterpret_cast<const char*>(b.outline.data()), static_cast<int>(b.outline.size())));
    buildingPoints.push_back(outline.pointOnSurface().asPoint());
    points << buildingPoints.back();
  }
  QgsVectorLayerDirector director(roads, -1, QString(), QString(), QString(), QgsVectorLayerDirector::DirectionBoth);
  director.addStrategy(new QgsNetworkDistanceStrategy());
  QgsGraphBuilder builder(roads->crs(), false, 0.5);
  QVector<QgsPointXY> tied;
  director.makeGraph(&builder, points, tied);
  std::unique_ptr<QgsGraph> graph(builder.takeGraph());
  std::vector<double> best(buildingPoints.size(), std::numeric_limits<double>::infinity());
  for (int f = 0; f < facilityCount; ++f) {
    const int start = graph->findVertex(tied[f]);
    if (start < 0) continue;
    QVector<int> tree;
    QVector<double> cost;
    QgsGraphAnalyzer::dijkstra(graph.get(), start, 0, &tree, &cost);
    const double leg = std::hypot(points[f].x() - tied[f].x(), points[f].y() - tied[f].y());
    for (std::size_t b = 0; b < buildingPoints.size(); ++b) {
      const QgsPointXY at = tied[facilityCount + static_cast<int>(b)];
      const int vertex = graph->findVertex(at);
      if (vertex < 0 || cost[vertex] < 0 || std::isinf(cost[vertex])) continue;
      const double buildingLeg = std::hypot(buildingPoints[b].x() - at.x(), buildingPoints[b].y() - at.y());
      best[b] = std::min(best[b], cost[vertex] + leg + buildingLeg);
    }
  }
  result.seconds = seconds(started);
  std::vector<double> differences;
  for (std::size_t b = 0; b < access->size(); ++b)
    if ((*access)[b].minutes >= 0 && std::isfinite(best[b]))
      differences.push_back(std::fabs((*access)[b].minutes * 4.5 * 1000 / 60 - best[b]));
  result.compared = static_cast<long long>(differences.size());
  if (!differences.empty()) {
    std::sort(differences.begin(), differences.end());
    result.medianDifference = differences[differences.size() / 2];
    result.maxDifference = differences.back();
  }
  delete roads;
  delete facilities;
  return result;
}

}  // namespace

int runServiceCircleBenchmark(const std::map<std::string, std::string>& options) {
  const long long households = std::stoll(cli::option(options, "households", "36000"));
  const bool keep = options.count("keep") > 0;
  const std::string dir = temporaryDirectory(options);
  auto bench = createBenchDatabase(dir, "district.sqlite");
  if (!bench) return cli::fail(bench.error());
  Database& db = *bench->db;
  const FieldCipher& key = bench->key;
  const std::string path = bench->path;
  const SystemClock clock;
  const Actor actor = Actor::system("bench");
  DistrictOptions district;
  district.households = households;
  auto made = generateDistrict(db, key, clock, actor, district);
  if (!made) return cli::fail(made.error());
  std::printf("demo district: %lld communities, %lld buildings, %lld households\n", made->communities, made->buildings,
              made->households);

  services::CircleOptions one;
  one.communityId = 1;
  std::vector<double> times;
  services::CircleReport report;
  for (int run = 0; run < 3; ++run) {
    const auto started = Steady::now();
    auto r = services::computeServiceCircle(db, clock, actor, one);
    if (!r) return cli::fail(r.error());
    times.push_back(seconds(started));
    report = *r;
  }
  std::sort(times.begin(), times.end());
  std::printf(
      "service circle, one community (%lld buildings, %d network nodes, 5 facility types): %.3f s "
      "(median of 3)\n",
      report.buildings, report.nodes, times[1]);
  const auto started = Steady::now();
  auto all = services::computeServiceCircle(db, clock, actor, services::CircleOptions{});
  if (!all) return cli::fail(all.error());
  std::printf("service circle, whole district (%lld buildings, %d network nodes): %.3f s\n", all->buildings, all->nodes,
              seconds(started));
  for (const auto& t : all->types)
    std::printf("  %-15s %5.1f%% of households within %d min (median %.1f min)\n", t.code.c_str(), t.share() * 100,
                t.minutes, t.medianMinutes);
  // The peer: QGIS's network analysis, the same community, every type.
  if (auto s = services::computeServiceCircle(db, clock, actor, one); !s) return cli::fail(s.error());
  cli::QgisSession session("en");
  double peerSeconds = 0, worst = 0, median = 0;
  long long compared = 0;
  for (const auto& t : report.types) {
    const PeerResult peer = qgisPeer(db, QString::fromStdString(path), 1, t.code);
    peerSeconds += peer.seconds;
    compared += peer.compared;
    worst = std::max(worst, peer.maxDifference);
    median = std::max(median, peer.medianDifference);
  }
  std::printf(
      "peer: QGIS network analysis (QgsGraphBuilder + QgsGraphAnalyzer::dijkstra per facility), the same "
      "community, 5 types: %.3f s; %lld building walks compared, difference median %.2f m, max %.2f m\n",
      peerSeconds, compared, median, worst);
  db.checkpoint();
  if (!keep) std::filesystem::remove_all(dir);
  return 0;
}

}  // namespace grid::bench
