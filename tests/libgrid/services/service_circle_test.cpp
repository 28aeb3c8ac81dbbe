// SPDX-License-Identifier: GPL-2.0-or-later
// The 15-minute service circle (issue 20): stored walking times, shares per grid and community equal to a recount,
// times never shorter than the straight line, cancellation, and the real Nanjing extract (OSM roads, footways,
// buildings and facilities through the importer).
#include "services/service_circle.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>

#include "dashboard/dashboard.h"
#include "geo/crs.h"
#include "io/service_layers.h"
#include "io/vector_import.h"
#include "storage/record_writer.h"
#include "support/test_support.h"

namespace grid::services {
namespace {

class ServiceCircleTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { s_template = new test::GeneratedTemplate(3000); }
  static void TearDownTestSuite() { delete s_template; }
  void SetUp() override {
    db = s_template->copy();
    ASSERT_TRUE(db);
    community = test::count(*db, "SELECT min(id) FROM community");
  }
  CircleReport compute(CircleOptions options) {
    auto report = computeServiceCircle(*db, clock, actor, options);
    EXPECT_TRUE(report.ok()) << (report.ok() ? "" : report.error().describe());
    return report.ok() ? *report : CircleReport{};
  }

  static inline test::GeneratedTemplate* s_template = nullptr;
  std::unique_ptr<Database> db;
  FixedClock clock{"2026-11-20T09:00:00Z"};
  Actor actor = Actor::system("test");
  long long community = -1;
};

TEST_F(ServiceCircleTest, SharesEqualARecount) {
  CircleOptions options;
  options.communityId = community;
  options.minutes = 5;  // short enough that some buildings are beyond it
  const CircleReport report = compute(options);
  ASSERT_EQ(report.types.size(), 5u);
  EXPECT_GT(report.nodes, 10);
  long long partly = 0;
  for (const TypeCoverage& t : report.types) {
    EXPECT_EQ(t.buildings, report.buildings);
    if (t.householdsWithin > 0 && t.householdsWithin < t.households) ++partly;
  }
  EXPECT_GE(partly, 2) << "a 5-minute limit should leave some buildings beyond it";
  // The community's stored times, recounted per grid with a different query than the library's.
  auto grids = serviceCoverage(*db, {"community", community}, true);
  ASSERT_TRUE(grids.ok()) << grids.error().describe();
  ASSERT_FALSE(grids->empty());
  int rows = 0;
  for (const CoverageRow& row : *grids) {
    ASSERT_EQ(row.place.level, "grid");
    ASSERT_FALSE(row.computedAt.empty());
    const std::string grid = std::to_string(row.place.id);
    const std::string households =
        "coalesce(nullif((SELECT count(*) FROM household h WHERE h.building_id = b.id AND h.logout = 0), 0), "
        "b.household_estimate, 0)";
    const long long all = test::count(*db, "SELECT coalesce(sum(" + households +
                                               "), 0) FROM building b WHERE b.grid_id = " + grid + " AND b.logout = 0");
    const long long within = test::count(*db, "SELECT coalesce(sum(" + households +
                                                  "), 0) FROM building b JOIN service_access a ON a.building_id = b.id "
                                                  "WHERE b.grid_id = " +
                                                  grid + " AND b.logout = 0 AND a.type_code = '" + row.typeCode +
                                                  "' AND a.minutes <= " + std::to_string(row.minutes));
    EXPECT_EQ(row.households, all) << row.code << " " << row.typeCode;
    EXPECT_EQ(row.householdsWithin, within) << row.code << " " << row.typeCode;
    EXPECT_EQ(row.minutes, 15);  // the types' own limits, not the run's --minutes
    ++rows;
  }
  EXPECT_EQ(rows, 12 * 5);
  // The dashboard's coverage: households whose building reaches every type within its limit, recounted here.
  auto figures = dashboard::computeFigures(*db, clock, {"community", community}, *dashboard::monthPeriod("2026-11"));
  ASSERT_TRUE(figures.ok()) << figures.error().describe();
  long long all = 0, covered = 0;
  auto buildings = db->prepare(
      "SELECT b.id, (SELECT count(*) FROM household h WHERE h.building_id = b.id AND "
      "h.logout = 0) FROM building b JOIN grid g ON g.id = b.grid_id WHERE b.logout = 0 AND "
      "g.community_id = ?");
  ASSERT_TRUE(buildings.ok());
  buildings->bind(1, community);
  std::map<long long, int> reached;  // building → types within 15 minutes
  auto access = db->prepare("SELECT building_id, count(*) FROM service_access WHERE minutes <= 15 GROUP BY 1");
  ASSERT_TRUE(access->forEachRow([&](const Statement& r) { reached[r.int64(0)] = static_cast<int>(r.int64(1)); }).ok());
  ASSERT_TRUE(buildings
                  ->forEachRow([&](const Statement& r) {
                    all += r.int64(1);
                    if (reached[r.int64(0)] == 5) covered += r.int64(1);
                  })
                  .ok());
  ASSERT_GT(all, 0);
  EXPECT_NEAR(figures->value("service_circle"), 100.0 * static_cast<double>(covered) / static_cast<double>(all), 1e-9);
  EXPECT_LT(figures->value("service_circle"), 100.0);
  auto behind = dashboard::indicatorRecords(*db, clock, {"community", community}, *dashboard::monthPeriod("2026-11"),
                                            "service_circle");
  ASSERT_TRUE(behind.ok());
  long long missing = 0;
  for (const auto& row : behind->rows) missing += std::stoll(row[2]);
  EXPECT_EQ(missing, all - covered);
  // The community as a whole is the sum of its grids.
  auto whole = serviceCoverage(*db, {"community", community}, false);
  ASSERT_TRUE(whole.ok());
  for (const CoverageRow& row : *whole) {
    long long within = 0, households = 0;
    for (const CoverageRow& g : *grids)
      if (g.typeCode == row.typeCode) within += g.householdsWithin, households += g.households;
    EXPECT_EQ(row.householdsWithin, within);
    EXPECT_EQ(row.households, households);
  }
}

TEST_F(ServiceCircleTest, WalksAreNeverShorterThanTheStraightLine) {
  CircleOptions options;
  options.communityId = community;
  const CircleReport report = compute(options);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM service_access"), report.buildings * 5);
  // Walking metres ≥ the distance between the building's point and its facility; minutes = metres at 4.5 km/h.
  EXPECT_EQ(test::count(*db,
                        "SELECT count(*) FROM service_access a JOIN building b ON b.id = a.building_id JOIN "
                        "service_facility f ON f.id = a.facility_id WHERE a.metres + 0.01 < "
                        "ST_Distance(ST_PointOnSurface(b.geom), f.geom)"),
            0);
  EXPECT_EQ(test::count(*db,
                        "SELECT count(*) FROM service_access WHERE metres IS NOT NULL AND abs(minutes - metres / "
                        "75.0) > 1e-9"),
            0);
  // The slowest building first in the per-building list; beyond-limit ones are marked.
  auto list = buildingAccess(*db, {"community", community}, "school");
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(static_cast<long long>(list->size()), report.buildings);
  for (std::size_t i = 1; i < list->size(); ++i) EXPECT_GE((*list)[i - 1].minutes, (*list)[i].minutes);
  for (const BuildingAccess& b : *list) EXPECT_EQ(b.within, b.minutes >= 0 && b.minutes <= 15);
  // Service areas were drawn for the types with facilities.
  EXPECT_GE(test::count(*db, "SELECT count(*) FROM service_area WHERE community_id = " + std::to_string(community)), 4);
  // A clinic added in the worst-served building serves it after recomputing: only the walk to the street and back.
  auto worst = buildingAccess(*db, {"community", community}, "clinic");
  ASSERT_TRUE(worst.ok());
  const long long building = worst->front().buildingId;
  const double before = worst->front().minutes;
  RecordWriter writer(*db, clock);
  auto point =
      db->queryText("SELECT AsText(ST_PointOnSurface(geom)) FROM building WHERE id = " + std::to_string(building));
  ASSERT_TRUE(point.ok());
  ASSERT_TRUE(writer
                  .insert(actor, "service_facility",
                          {{"type_code", std::string("clinic")},
                           {"name", std::string("新诊所")},
                           {"created_at", clock.nowIso()},
                           {"geom", Wkt{*point}}})
                  .ok());
  compute(options);
  auto after = buildingAccess(*db, {"community", community}, "clinic");
  for (const BuildingAccess& b : *after)
    if (b.buildingId == building) {
      EXPECT_EQ(b.facilityName, "新诊所");
      EXPECT_LT(b.minutes, before);
      EXPECT_LT(b.minutes, 250.0 * 2 / 75);  // two legs of at most 250 m
    }
  // The GeoPackage for QGIS holds the three layers.
  test::TempDir out;
  const std::string gpkg = out.file("circle.gpkg");
  ASSERT_TRUE(writeServiceCircle(*db, community, gpkg).ok());
  EXPECT_TRUE(std::filesystem::exists(gpkg));
}

TEST_F(ServiceCircleTest, RefusalsAndCancellationWriteNothing) {
  CircleOptions options;
  options.communityId = community;
  Progress progress;
  progress.cancel();
  auto cancelled = computeServiceCircle(*db, clock, actor, options, &progress);
  ASSERT_FALSE(cancelled.ok());
  EXPECT_EQ(cancelled.error().code, ErrorCode::Cancelled);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM service_access"), 0);
  options.types = {"bakery"};
  EXPECT_FALSE(computeServiceCircle(*db, clock, actor, options).ok());
  options.types = {};
  options.speedKmh = 0;
  EXPECT_FALSE(computeServiceCircle(*db, clock, actor, options).ok());
  options.speedKmh = 4.5;
  ASSERT_TRUE(db->exec("DELETE FROM base_road").ok());
  auto noRoads = computeServiceCircle(*db, clock, actor, options);
  ASSERT_FALSE(noRoads.ok());
  EXPECT_NE(noRoads.error().message.find("--kind roads"), std::string::npos);
  // A type's limit is changed, and refused out of range.
  EXPECT_FALSE(setFacilityType(*db, clock, actor, "clinic", 0, true).ok());
  ASSERT_TRUE(setFacilityType(*db, clock, actor, "clinic", 10, false).ok());
  auto types = facilityTypes(*db);
  for (const FacilityType& t : *types)
    if (t.code == "clinic") {
      EXPECT_EQ(t.minutes, 10);
      EXPECT_FALSE(t.active);
    }
}

TEST(ServiceCircleRealTest, NanjingXinjiekouFromOsm) {
  // The real extract: buildings, streets, footways and facilities imported from OSM as a user would.
  const std::string nanjing = std::string(GRIDSTATION_REAL_DATA) + "/nanjing-xinjiekou-osm/";
  test::TempDir dir;
  Database::Options create;
  create.create = true;
  create.srid = *gaussKrugerEpsgForLongitude(118.8);
  auto opened = Database::open(dir.file("nj.sqlite"), create);
  ASSERT_TRUE(opened.ok());
  Database& db = **opened;
  const FixedClock clock("2026-12-01T09:00:00+08:00");
  const Actor actor = Actor::system("test");
  for (auto [file, kind] : {std::pair{"nanjing_xinjiekou_buildings.gpkg", VectorImportKind::Buildings},
                            std::pair{"nanjing_xinjiekou.osm", VectorImportKind::Roads},
                            std::pair{"nanjing_xinjiekou.osm", VectorImportKind::Walkways},
                            std::pair{"nanjing_xinjiekou.osm", VectorImportKind::Facilities}}) {
    VectorImportOptions options;
    options.kind = kind;
    auto report = importVector(db, nanjing + file, options, actor, clock);
    ASSERT_TRUE(report.ok()) << file << ": " << report.error().describe();
  }
  EXPECT_GT(test::count(db, "SELECT count(*) FROM base_road WHERE kind = 'path'"), 100);
  EXPECT_GE(test::count(db, "SELECT count(*) FROM service_facility WHERE type_code = 'clinic'"), 5);
  EXPECT_GE(test::count(db, "SELECT count(*) FROM service_facility WHERE type_code = 'school'"), 18);
  auto report = computeServiceCircle(db, clock, actor, CircleOptions{});
  ASSERT_TRUE(report.ok()) << report.error().describe();
  EXPECT_EQ(report->buildings, 1277);
  for (const TypeCoverage& t : report->types) {
    EXPECT_LE(t.offNetwork, 13) << t.code;  // at most 1 % of buildings farther than 250 m from every road
    if (t.facilities == 0) EXPECT_EQ(t.householdsWithin, 0) << t.code;
    std::printf(
        "[ figure ] Nanjing Xinjiekou %s: %lld facilities, %.1f%% of %lld households within %d min, median "
        "%.1f min\n",
        t.code.c_str(), t.facilities, t.share() * 100, t.households, t.minutes, t.medianMinutes);
  }
  // Schools are everywhere in the centre; the two service centres reach less than all of it.
  const auto find = [&](const std::string& code) {
    for (const TypeCoverage& t : report->types)
      if (t.code == code) return t;
    return TypeCoverage{};
  };
  EXPECT_GT(find("school").share(), 0.7);
  EXPECT_LT(find("service_centre").share(), find("school").share());
  EXPECT_EQ(test::count(db,
                        "SELECT count(*) FROM service_access a JOIN building b ON b.id = a.building_id JOIN "
                        "service_facility f ON f.id = a.facility_id WHERE a.metres + 0.01 < "
                        "ST_Distance(ST_PointOnSurface(b.geom), f.geom)"),
            0);
}

}  // namespace
}  // namespace grid::services
