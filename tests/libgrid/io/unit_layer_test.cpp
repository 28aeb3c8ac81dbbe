// SPDX-License-Identifier: GPL-2.0-or-later
#include "io/unit_layer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "support/test_support.h"

namespace grid {
namespace {

const char* kCrs = R"("crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::4547"}})";

std::string square(double x, double y, double side) {
  char buffer[256];
  std::snprintf(buffer, sizeof buffer,
                R"({"type": "Polygon", "coordinates": [[[%f, %f], [%f, %f], [%f, %f], [%f, %f], [%f, %f]]]})", x, y,
                x + side, y, x + side, y + side, x, y + side, x, y);
  return buffer;
}

//! A GeoJSON file of \a features (each a JSON object) in EPSG:4547.
std::string writeLayer(const test::TempDir& dir, const std::string& name, const std::vector<std::string>& features,
                       const char* crs = kCrs) {
  const std::string path = dir.file(name);
  std::ofstream out(path);
  out << R"({"type": "FeatureCollection", )" << crs << R"(, "features": [)";
  for (std::size_t i = 0; i < features.size(); ++i) out << (i ? "," : "") << features[i];
  out << "]}";
  return path;
}

std::string feature(const std::string& properties, const std::string& geometry) {
  return R"({"type": "Feature", "properties": {)" + properties + R"(}, "geometry": )" + geometry + "}";
}

TEST(UnitLayer, ReadsUnitsByGroupWithTheirFieldsAndRepairsInvalidPolygons) {
  test::TempDir dir;
  const std::string bowtie =
      R"({"type": "Polygon", "coordinates": [[[500100, 2500000], [500110, 2500010], [500110, 2500000], [500100, 2500010], [500100, 2500000]]]})";
  const std::string path =
      writeLayer(dir, "units.geojson",
                 {feature(R"("name": "A", "hh": 120, "street": "east", "floors": 6)", square(500000, 2500000, 20)),
                  feature(R"("name": "B", "hh": "80", "street": "east", "floors": null)",
                          R"({"type": "Point", "coordinates": [500050, 2500000]})"),
                  feature(R"("name": "C", "hh": 30, "street": "west", "floors": 2)", bowtie)});
  testing::internal::CaptureStderr();
  auto source = UnitSource::read(path, {"", "hh", "street", "", "", "", "floors"});
  const std::string printed = testing::internal::GetCapturedStderr();
  EXPECT_EQ(printed.find("Self-intersection"), std::string::npos) << "GEOS's own message reached the terminal";
  ASSERT_TRUE(source.ok()) << source.error().describe();
  auto& groups = source->groups();
  ASSERT_EQ(groups.size(), 2u);
  ASSERT_EQ(groups["east"].size(), 2u);
  EXPECT_EQ(groups["east"][0].households, 120);
  EXPECT_EQ(groups["east"][0].floors, 6);
  EXPECT_EQ(groups["east"][1].households, 80) << "a number given as text is read";
  EXPECT_EQ(groups["east"][1].floors, 0) << "no floors: 0 (unknown)";
  ASSERT_EQ(groups["west"].size(), 1u);
  EXPECT_EQ(source->repaired().size(), 1u) << "the bow tie was repaired";
  EXPECT_FALSE(groups["west"][0].wkb.empty());
  EXPECT_NE(source->crsWkt().find("4547"), std::string::npos);
}

TEST(UnitLayer, RefusalsNameTheFileFeatureAndFieldAndSayWhatToDo) {
  test::TempDir dir;
  auto refusal = [&](const std::string& path, const UnitLayerFields& fields) {
    auto source = UnitSource::read(path, fields);
    EXPECT_FALSE(source.ok());
    return source.ok() ? std::string() : source.error().message;
  };
  EXPECT_NE(refusal(dir.file("absent.gpkg"), {"", "hh"}).find("there is no file"), std::string::npos);

  const std::string good =
      writeLayer(dir, "good.geojson", {feature(R"("hh": 10, "name": "A")", square(500000, 2500000, 10))});
  const std::string noField = refusal(good, {"", "households"});
  EXPECT_NE(noField.find("has no field \"households\""), std::string::npos) << noField;
  EXPECT_NE(noField.find("hh"), std::string::npos) << "the fields it has are listed: " << noField;
  EXPECT_NE(refusal(good, {"roads", "hh"}).find("has no layer \"roads\""), std::string::npos);

  const std::string text = writeLayer(dir, "text.geojson", {feature(R"("hh": "abc")", square(500000, 2500000, 10))});
  const std::string notNumber = refusal(text, {"", "hh"});
  EXPECT_NE(notNumber.find("feature"), std::string::npos) << notNumber;
  EXPECT_NE(notNumber.find("hh = \"abc\""), std::string::npos) << notNumber;
  EXPECT_NE(notNumber.find("whole number"), std::string::npos) << notNumber;

  const std::string line = writeLayer(
      dir, "line.geojson",
      {feature(R"("hh": 5)", R"({"type": "LineString", "coordinates": [[500000, 2500000], [500010, 2500000]]})")});
  EXPECT_NE(refusal(line, {"", "hh"}).find("units are polygons or points"), std::string::npos);

  const std::string degrees = writeLayer(
      dir, "degrees.geojson", {feature(R"("hh": 5)", R"({"type": "Point", "coordinates": [118.78, 32.04]})")},
      R"("crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}})");
  EXPECT_NE(refusal(degrees, {"", "hh"}).find("geographic CRS"), std::string::npos);

  const std::string empty = writeLayer(dir, "empty.geojson", {});
  EXPECT_NE(refusal(empty, {"", ""}).find("is empty"), std::string::npos);
}

TEST(UnitLayer, APlanCarriesEveryInputFieldAndIsOnlyThereWhenFinished) {
  test::TempDir dir;
  const std::string path =
      writeLayer(dir, "units.geojson",
                 {feature(R"("name": "东楼", "hh": 120, "grid": "old-1")", square(500000, 2500000, 20)),
                  feature(R"("name": "西楼", "hh": 90, "grid": "old-1")", square(500030, 2500000, 20))});
  auto source = UnitSource::read(path, {"", "hh", "", "grid"});
  ASSERT_TRUE(source.ok()) << source.error().describe();
  const auto& units = source->groups()[""];
  ASSERT_EQ(units.size(), 2u);

  const std::string abandoned = dir.file("abandoned.gpkg");
  {
    auto writer = PlanWriter::create(abandoned, *source, false, true);
    ASSERT_TRUE(writer.ok()) << writer.error().describe();
    ASSERT_TRUE(writer->addUnit({&units[0], units[0].wkb, "g-1", "", 120, "", "", false}).ok());
  }  // never finished
  EXPECT_FALSE(std::filesystem::exists(abandoned));
  EXPECT_FALSE(std::filesystem::exists(abandoned + ".part.gpkg"));

  const std::string output = dir.file("plan.gpkg");
  auto writer = PlanWriter::create(output, *source, false, true);
  ASSERT_TRUE(writer.ok()) << writer.error().describe();
  ASSERT_TRUE(writer->addUnit({&units[0], units[0].wkb, "g-1", "", 120, "", "", false}).ok());
  ASSERT_TRUE(writer->addUnit({&units[1], units[1].wkb, "g-2", "", 90, "", "", true}).ok());
  PlanGridFeature grid;
  grid.wkb = units[0].wkb;
  grid.gridId = "g-1";
  grid.units = 1;
  grid.households = 120;
  ASSERT_TRUE(writer->addGrid(grid).ok());
  ASSERT_TRUE(writer->finish().ok());
  EXPECT_FALSE(std::filesystem::exists(output + ".part.gpkg"));

  // Read the plan back as units: the input's fields and ours are there.
  auto written = UnitSource::read(output, {"units", "unit_households", "grid_id", "grid", "moved"});
  ASSERT_TRUE(written.ok()) << written.error().describe();
  auto& byGrid = written->groups();
  ASSERT_EQ(byGrid.size(), 2u);
  EXPECT_EQ(byGrid["g-2"].at(0).households, 90);
  EXPECT_TRUE(byGrid["g-2"].at(0).locked) << "moved = 1 read through the lock field";
  EXPECT_EQ(byGrid["g-1"].at(0).plan, "old-1") << "the input's own grid field is carried";
  auto grids = UnitSource::read(output, {"grids", "households"});
  ASSERT_TRUE(grids.ok()) << grids.error().describe();
  EXPECT_EQ(grids->groups()[""].size(), 1u);
}

}  // namespace
}  // namespace grid
