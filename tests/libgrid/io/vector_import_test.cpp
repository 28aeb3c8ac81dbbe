// SPDX-License-Identifier: GPL-2.0-or-later
#include "io/vector_import.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include "geo/crs.h"
#include "storage/org_repository.h"
#include "support/test_support.h"

#ifndef GRIDSTATION_REAL_DATA
#error "GRIDSTATION_REAL_DATA must point at tests/data/real"
#endif

namespace grid {
namespace {

const std::string kReal = GRIDSTATION_REAL_DATA;

class VectorImportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(std::filesystem::exists(kReal + "/nanjing-xinjiekou-osm"))
        << "real test data missing at " << kReal << " (it ships in the repository under tests/data/real)";
  }
  //! A new database in that CRS, on the backend the run tests.
  std::unique_ptr<Database> open(int srid) {
    return test::createDatabaseInCrs(dir, "db" + std::to_string(++count) + ".sqlite", srid);
  }

  //! One community of 2 × 2 grids covering a lon/lat box (padded by 300 m), so every building lands in a grid.
  void coverWithGrids(Database& db, double lon0, double lat0, double lon1, double lat1) {
    auto transform = CrsTransform::create(db.srid());
    ASSERT_TRUE(transform.ok());
    auto a = transform->toProjected({lon0, lat0});
    auto b = transform->toProjected({lon1, lat1});
    const double x0 = a->x - 300, y0 = a->y - 300, x1 = b->x + 300, y1 = b->y + 300;
    const double mx = (x0 + x1) / 2, my = (y0 + y1) / 2;
    auto box = [](double ax, double ay, double bx, double by) {
      return "POLYGON((" + std::to_string(ax) + " " + std::to_string(ay) + "," + std::to_string(bx) + " " +
             std::to_string(ay) + "," + std::to_string(bx) + " " + std::to_string(by) + "," + std::to_string(ax) + " " +
             std::to_string(by) + "," + std::to_string(ax) + " " + std::to_string(ay) + "))";
    };
    RecordWriter writer(db, clock);
    OrgRepository org(writer);
    auto street = org.createStreet(actor, {-1, -1, "320102001", "测试街道", ""});
    ASSERT_TRUE(street.ok()) << street.error().describe();
    auto community =
        org.createCommunity(actor, {-1, *street, "320102001001", "测试社区", 300, "", box(x0, y0, x1, y1)});
    ASSERT_TRUE(community.ok());
    const double xs[] = {x0, mx, x1}, ys[] = {y1, my, y0};
    for (int i = 0; i < 4; ++i) {
      Grid g;
      g.communityId = *community;
      g.sequence = i + 1;
      g.name = "网格" + std::to_string(i + 1);
      g.boundary = box(xs[i % 2], ys[i / 2 + 1], xs[i % 2 + 1], ys[i / 2]);
      ASSERT_TRUE(org.createGrid(actor, g).ok());
    }
  }

  Result<VectorImportReport> import(Database& db, const std::string& source, VectorImportOptions options = {}) {
    return importVector(db, source, options, actor, clock);
  }

  std::string write(const std::string& name, const std::string& content) {
    std::ofstream(dir.file(name)) << content;
    return dir.file(name);
  }

  void expectEveryBuildingInExactlyOneGrid(Database& db) {
    EXPECT_EQ(test::count(db, "SELECT count(*) FROM building WHERE grid_id IS NULL"), 0);
    EXPECT_EQ(test::count(db,
                          "SELECT count(*) FROM building b WHERE (SELECT count(*) FROM grid g "
                          "WHERE ST_Contains(g.geom, ST_PointOnSurface(b.geom))) <> 1"),
              0);
    EXPECT_EQ(test::count(db,
                          "SELECT count(*) FROM building b JOIN grid g ON g.id = b.grid_id "
                          "WHERE NOT ST_Contains(g.geom, ST_PointOnSurface(b.geom))"),
              0);
    EXPECT_EQ(test::count(db,
                          "SELECT count(*) FROM building b JOIN grid g ON g.id = b.grid_id "
                          "WHERE substr(b.building_code, 1, 15) <> g.grid_code"),
              0);
  }

  test::TempDir dir;
  int count = 0;
  FixedClock clock{"2026-11-23T08:00:00Z"};
  Actor actor = Actor::system("test");
};

TEST_F(VectorImportTest, ImportsShanghaiGeoJsonIntoTheRightZoneAndGrids) {
  auto db = open(4549);  // CM 120°E
  coverWithGrids(*db, 121.480236, 31.226430, 121.520847, 31.250951);
  auto report = import(*db, kReal + "/shanghai-bund-lujiazui-osm/buildings.geojson");
  ASSERT_TRUE(report.ok()) << report.error().describe();
  EXPECT_EQ(report->read, 1321);
  EXPECT_EQ(report->imported, 1321);
  EXPECT_EQ(report->sourceCrs, "EPSG:4326");
  EXPECT_EQ(report->inGrid, 1321);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM building"), 1321);
  EXPECT_EQ(test::count(*db, "SELECT DISTINCT ST_SRID(geom) FROM building"), 4549);
  expectEveryBuildingInExactlyOneGrid(*db);
  // Heights become floors: the Shanghai Tower (~632 m) is far above 100 floors.
  EXPECT_GT(test::count(*db, "SELECT max(floors_above) FROM building"), 100);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM audit_log WHERE action = 'import' AND table_name = 'building'"), 1);
}

TEST_F(VectorImportTest, ImportsShanghaiGeoPackageLayerByName) {
  auto db = open(4549);
  VectorImportOptions options;
  options.layer = "buildings";
  auto report = import(*db, kReal + "/shanghai-bund-lujiazui-osm/shanghai_bund_lujiazui.gpkg", options);
  ASSERT_TRUE(report.ok()) << report.error().describe();
  EXPECT_EQ(report->imported, 1321);
  EXPECT_EQ(report->withoutGrid, 1321) << "no grids drawn yet";
  options.layer = "no_such_layer";
  auto missing = import(*db, kReal + "/shanghai-bund-lujiazui-osm/shanghai_bund_lujiazui.gpkg", options);
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().message.find("building_parts"), std::string::npos) << "lists the layers there are";
}

TEST_F(VectorImportTest, RawOsmAndGeoPackageOfNanjingAgree) {
  auto fromOsm = open(4549);
  coverWithGrids(*fromOsm, 118.762424, 32.034732, 118.796768, 32.052208);
  auto osm = import(*fromOsm, kReal + "/nanjing-xinjiekou-osm/nanjing_xinjiekou.osm");
  ASSERT_TRUE(osm.ok()) << osm.error().describe();
  EXPECT_EQ(osm->layer, "multipolygons");
  EXPECT_EQ(osm->imported, 1277);
  expectEveryBuildingInExactlyOneGrid(*fromOsm);

  auto fromGpkg = open(4549);
  auto gpkg = import(*fromGpkg, kReal + "/nanjing-xinjiekou-osm/nanjing_xinjiekou_buildings.gpkg");
  ASSERT_TRUE(gpkg.ok());
  EXPECT_EQ(gpkg->imported, 1277);
  // Same buildings, same floors (levels from other_tags vs a levels column), same estimate.
  EXPECT_EQ(osm->estimatedHouseholds, gpkg->estimatedHouseholds);
  EXPECT_EQ(test::count(*fromOsm, "SELECT sum(floors_above) FROM building"),
            test::count(*fromGpkg, "SELECT sum(floors_above) FROM building"));
}

TEST_F(VectorImportTest, EstimatesHouseholdsByTheDocumentedRule) {
  auto db = open(4547);
  // A 40 m × 25 m residential block of 6 floors: 1,000 m² × 6 × 0.8 / 90 = 53.3 → 53 households.
  const std::string file =
      write("block.geojson", R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:4547"}},
    "features":[{"type":"Feature","properties":{"building":"apartments","building:levels":6,"name":"一号楼"},
    "geometry":{"type":"Polygon","coordinates":[[[535000,2510000],[535040,2510000],[535040,2510025],[535000,2510025],[535000,2510000]]]}},
    {"type":"Feature","properties":{"building":"apartments","households":120},
    "geometry":{"type":"Polygon","coordinates":[[[535100,2510000],[535140,2510000],[535140,2510025],[535100,2510025],[535100,2510000]]]}},
    {"type":"Feature","properties":{"building":"office","building:levels":20},
    "geometry":{"type":"Polygon","coordinates":[[[535200,2510000],[535240,2510000],[535240,2510025],[535200,2510025],[535200,2510000]]]}}]})");
  auto report = import(*db, file);
  ASSERT_TRUE(report.ok()) << report.error().describe();
  EXPECT_EQ(*db->queryInt("SELECT household_estimate FROM building WHERE name = '一号楼'"), 53);
  EXPECT_EQ(test::count(*db, "SELECT household_estimate FROM building WHERE household_estimate = 120"), 120)
      << "given counts are kept";
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM building WHERE type_code = 'office' AND household_estimate IS NULL"),
            1);
  EXPECT_EQ(report->estimated, 1);

  auto db2 = open(4547);
  VectorImportOptions bigger;
  bigger.estimate.dwellingArea = 120;
  ASSERT_TRUE(import(*db2, file, bigger).ok());
  EXPECT_EQ(*db2->queryInt("SELECT household_estimate FROM building WHERE name = '一号楼'"), 40);  // 4800 / 120
}

TEST_F(VectorImportTest, RepairsSelfIntersectingPolygonsAndReportsThem) {
  auto db = open(4547);
  const std::string file =
      write("bowtie.geojson", R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:4547"}},
    "features":[{"type":"Feature","properties":{"building":"yes"},"geometry":{"type":"Polygon","coordinates":
    [[[535000,2510000],[535040,2510040],[535040,2510000],[535000,2510040],[535000,2510000]]]}},
    {"type":"Feature","properties":{"building":"yes"},"geometry":{"type":"Point","coordinates":[535000,2510000]}}]})");
  auto report = import(*db, file);
  ASSERT_TRUE(report.ok()) << report.error().describe();
  EXPECT_EQ(report->repaired, 1);
  EXPECT_EQ(report->skipped, 1);
  ASSERT_EQ(report->issues.size(), 2u);
  EXPECT_NE(report->issues[0].message.find("repaired"), std::string::npos);
  EXPECT_NE(report->issues[1].message.find("not a polygon"), std::string::npos);
  EXPECT_EQ(test::count(*db, "SELECT ST_IsValid(geom) FROM building"), 1);
  EXPECT_EQ(test::count(*db, "SELECT CAST(ST_Area(geom) AS INTEGER) FROM building"), 800);  // two 400 m² triangles
}

TEST_F(VectorImportTest, ImportsBeijingSubdistrictsAsStreets) {
  auto db = open(4548);  // CM 117°E
  VectorImportOptions options;
  options.kind = VectorImportKind::Streets;
  options.layer = "subdistrict";
  auto report = import(*db, kReal + "/beijing-subdistricts/beijing_subdistricts.gpkg", options);
  ASSERT_TRUE(report.ok()) << report.error().describe();
  EXPECT_EQ(report->imported, 343);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM street"), 343);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM district"), 16);
  EXPECT_EQ(test::count(*db,
                        "SELECT count(*) FROM street WHERE substr(admin_code, 1, 6) <> "
                        "(SELECT admin_code FROM district d WHERE d.id = street.district_id)"),
            0);
  // Total area ≈ Beijing's 16,410 km² (README: sum of sub-districts 16,414 km²).
  EXPECT_NEAR(static_cast<double>(test::count(*db, "SELECT CAST(sum(ST_Area(geom)) / 1e6 AS INTEGER) FROM street")),
              16414, 60);
  // Importing again updates; it does not duplicate.
  ASSERT_TRUE(import(*db, kReal + "/beijing-subdistricts/beijing_subdistricts.gpkg", options).ok());
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM street"), 343);

  VectorImportOptions communities;
  communities.kind = VectorImportKind::Communities;
  communities.layer = "subdistrict";
  auto skipped = import(*db, kReal + "/beijing-subdistricts/beijing_subdistricts.gpkg", communities);
  ASSERT_TRUE(skipped.ok());
  EXPECT_EQ(skipped->imported, 0) << "12-digit township codes ending in 000 are not community codes";
  EXPECT_EQ(skipped->skipped, 343);
}

TEST_F(VectorImportTest, WrongCrsIsRefusedAndNothingIsWritten) {
  auto db = open(4547);
  const std::string paris = write(
      "paris.geojson", R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"building":"yes"},
    "geometry":{"type":"Polygon","coordinates":[[[2.35,48.85],[2.3505,48.85],[2.3505,48.8505],[2.35,48.8505],[2.35,48.85]]]}}]})");
  auto report = import(*db, paris);
  ASSERT_FALSE(report.ok());
  EXPECT_NE(report.error().message.find("outside the database's CRS zone"), std::string::npos)
      << report.error().message;
  EXPECT_EQ(report.error().context.file, paris);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM building"), 0);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM audit_log"), 0);

  // Projected metres written into a file that claims lon/lat.
  const std::string mislabelled =
      write("metres.geojson", R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},
    "geometry":{"type":"Polygon","coordinates":[[[535000,2510000],[535040,2510000],[535040,2510025],[535000,2510000]]]}}]})");
  auto wrong = import(*db, mislabelled);
  ASSERT_FALSE(wrong.ok());
  EXPECT_NE(wrong.error().message.find("EPSG:4326"), std::string::npos) << wrong.error().message;
}

TEST_F(VectorImportTest, FileWithoutCrsNeedsSourceSrs) {
  auto db = open(4549);
  // A GeoPackage-free way to get a layer without CRS: a CSV with WKT geometry.
  const std::string csv =
      write("nocrs.csv",
            "WKT,name\n\"POLYGON((121.5 31.23,121.5005 31.23,121.5005 31.2305,121.5 31.2305,121.5 31.23))\",a\n");
  auto report = import(*db, csv);
  ASSERT_FALSE(report.ok());
  EXPECT_NE(report.error().message.find("--source-srs"), std::string::npos) << report.error().message;
  VectorImportOptions options;
  options.sourceSrs = "EPSG:4326";
  auto fixed = import(*db, csv, options);
  ASSERT_TRUE(fixed.ok()) << fixed.error().describe();
  EXPECT_EQ(fixed->imported, 1);
}

TEST_F(VectorImportTest, EmptyUnreadableAndTruncatedFilesGetClearMessages) {
  auto db = open(4549);
  auto empty = import(*db, write("empty.geojson", R"({"type":"FeatureCollection","features":[]})"));
  ASSERT_FALSE(empty.ok());
  EXPECT_NE(empty.error().message.find("has no features"), std::string::npos) << empty.error().message;

  auto garbage = import(*db, write("garbage.gpkg", "this is not a geopackage"));
  ASSERT_FALSE(garbage.ok());
  EXPECT_NE(garbage.error().message.find("Cannot read this file"), std::string::npos) << garbage.error().message;

  std::ifstream in(kReal + "/shanghai-bund-lujiazui-osm/buildings.geojson");
  std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto truncated = import(*db, write("truncated.geojson", content.substr(0, content.size() / 2)));
  ASSERT_FALSE(truncated.ok());
  EXPECT_EQ(truncated.error().context.file, dir.file("truncated.geojson"));

  auto missing = import(*db, dir.file("nope.gpkg"));
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM building"), 0);
}

//! A GeoJSON square (about 30 m) at lon/lat with \a properties (a JSON object body).
std::string square(double lon, double lat, const std::string& properties) {
  auto p = [](double x, double y) { return "[" + std::to_string(x) + "," + std::to_string(y) + "]"; };
  const double d = 0.0003;
  return R"({"type":"Feature","properties":{)" + properties + R"(},"geometry":{"type":"Polygon","coordinates":[[)" +
         p(lon, lat) + "," + p(lon + d, lat) + "," + p(lon + d, lat + d) + "," + p(lon, lat + d) + "," + p(lon, lat) +
         "]]}}";
}

std::string collection(const std::vector<std::string>& features) {
  std::string out = R"({"type":"FeatureCollection","features":[)";
  for (std::size_t i = 0; i < features.size(); ++i) out += (i ? "," : "") + features[i];
  return out + "]}";
}

TEST_F(VectorImportTest, TwoFeaturesWithOneCodeAreRefusedBeforeAnythingIsReplaced) {
  auto db = open(4549);
  coverWithGrids(*db, 121.50, 31.23, 121.51, 31.24);
  const std::string before = *db->queryText("SELECT group_concat(AsText(geom), '|') FROM grid");
  VectorImportOptions options;
  options.kind = VectorImportKind::Grids;
  auto report =
      import(*db,
             write("twice.geojson", collection({square(121.500, 31.230, R"("code":"320102001001001","name":"一")"),
                                                square(121.505, 31.235, R"("code":"320102001001001","name":"二")")})),
             options);
  ASSERT_FALSE(report.ok());
  EXPECT_NE(report.error().message.find("both carry code 320102001001001"), std::string::npos)
      << report.error().message;
  EXPECT_EQ(report.error().context.file, dir.file("twice.geojson"));
  EXPECT_EQ(*db->queryText("SELECT group_concat(AsText(geom), '|') FROM grid"), before);
}

TEST_F(VectorImportTest, ImpossibleNumbersAreReportedNotStored) {
  auto db = open(4549);
  coverWithGrids(*db, 121.50, 31.23, 121.52, 31.25);
  auto report = import(
      *db, write("numbers.geojson",
                 collection({square(121.501, 31.231, R"("name":"甲","households":1e30,"building:levels":3)"),
                             square(121.503, 31.231, R"("name":"乙","households":"abc","building:levels":1e9)"),
                             square(121.505, 31.231, R"("name":"丙","households":-4,"building:levels":"NaN")"),
                             square(121.507, 31.231, R"("name":"丁","households":12.5,"height":1e308)"),
                             square(121.509, 31.231, R"("name":"戊","households":"40","building:levels":"6")")})));
  ASSERT_TRUE(report.ok()) << report.error().describe();
  EXPECT_EQ(report->imported, 5);
  std::string messages;
  for (const ImportIssue& issue : report->issues) messages += issue.message + "\n";
  auto occurrences = [&](const std::string& part) {
    int n = 0;
    for (std::size_t at = messages.find(part); at != std::string::npos; at = messages.find(part, at + 1)) ++n;
    return n;
  };
  EXPECT_EQ(occurrences("is not a whole number from 0 to 20000; estimated instead"), 4)
      << messages;                                                     // 1e30, abc, -4, 12.5
  EXPECT_EQ(occurrences("is not a number of floors"), 2) << messages;  // 1e9, NaN
  EXPECT_EQ(occurrences("is not a plausible height"), 1) << messages;  // 1e308
  EXPECT_EQ(test::count(*db, "SELECT household_estimate FROM building WHERE name = '戊'"), 40);
  EXPECT_EQ(test::count(*db, "SELECT max(floors_above) FROM building"), 6);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM building WHERE household_estimate > 1000"), 0);
}

TEST_F(VectorImportTest, HostileNamesAreCleanedOrDroppedAndHugeGeometriesRefusedQuickly) {
  auto db = open(4549);
  coverWithGrids(*db, 121.50, 31.23, 121.52, 31.25);
  // A self-intersecting zigzag of 100,000 vertices: refused by its vertex count, never handed to MakeValid.
  std::string zigzag =
      R"({"type":"Feature","properties":{"name":"锯齿"},"geometry":{"type":"Polygon","coordinates":[[)";
  for (int i = 0; i < 100000; ++i) {
    const double x = 121.51 + 0.002 * (i % 2), y = 31.24 + 0.00000001 * i * (i % 3 == 0 ? -1 : 1);
    zigzag += "[" + std::to_string(x) + "," + std::to_string(y) + "],";
  }
  zigzag += "[121.51,31.24]]]}}";
  const std::string longName(1 << 20, 'x');
  const auto start = std::chrono::steady_clock::now();
  auto report = import(
      *db, write("hostile.geojson", collection({zigzag, square(121.501, 31.231, "\"name\":\"" + longName + "\""),
                                                square(121.503, 31.231, R"("name":"王\u202e\u200b楼\u0007")")})));
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_TRUE(report.ok()) << report.error().describe();
  EXPECT_LT(seconds, 60) << "the vertex bound keeps geometry work short";
  EXPECT_EQ(report->imported, 2);
  EXPECT_EQ(report->skipped, 1);
  std::string messages;
  for (const ImportIssue& issue : report->issues) messages += issue.message + "\n";
  EXPECT_NE(messages.find("100001 vertices"), std::string::npos) << messages;
  EXPECT_NE(messages.find("1048576 characters long"), std::string::npos) << messages;
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM building WHERE name LIKE '楼栋 %'"), 1)
      << "楼栋 N stands in for the dropped name";
  EXPECT_EQ(test::count(*db, "SELECT max(length(name)) FROM building"), 4);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM building WHERE name = '王楼'"), 1);
}

TEST_F(VectorImportTest, DryRunReportsButWritesNothing) {
  auto db = open(4549);
  VectorImportOptions options;
  options.dryRun = true;
  auto report = import(*db, kReal + "/nanjing-xinjiekou-osm/nanjing_xinjiekou_buildings.gpkg", options);
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->imported, 1277);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM building"), 0);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM audit_log"), 0);
}

}  // namespace
}  // namespace grid
