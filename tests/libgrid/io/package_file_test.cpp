// SPDX-License-Identifier: GPL-2.0-or-later
// A work package's GeoPackage written and read back: fields, feature ids kept, base copies, geometry, and refusals.
#include "io/package_file.h"

#include <gtest/gtest.h>

#include <fstream>

#include "support/test_support.h"

namespace grid {
namespace {

PackageContents contents() {
  PackageContents c;
  c.srid = 4547;
  c.meta = {{"token", "abc"}, {"user", "wang"}};
  PackageTable people{"people",
                      PackageGeometry::None,
                      {{"name"}, {"age", PackageFieldType::Integer}, {"score", PackageFieldType::Real}},
                      {{17, {"王芳", "41", "2.5"}, {}}, {905, {"李雷", "", ""}, {}}},
                      true};
  PackageTable places{
      "places", PackageGeometry::Point, {{"name"}}, {{3, {"超市"}, "POINT(500100.5 2500200.25)"}}, true};
  c.tables = {people, places};
  return c;
}

TEST(PackageFile, WritesAndReadsBackWithBaseAndFeatureIds) {
  test::TempDir dir;
  const std::string path = dir.file("p.gpkg");
  ASSERT_TRUE(writePackageFile(path, contents()).ok());
  EXPECT_FALSE(std::filesystem::exists(path + ".part"));
  auto read = readPackageFile(path, {"people", "places"});
  ASSERT_TRUE(read.ok()) << read.error().describe();
  EXPECT_EQ(read->meta.at("user"), "wang");
  const PackageTable& people = read->current.at("people");
  ASSERT_EQ(people.rows.size(), 2u);
  EXPECT_EQ(people.rows[0].fid, 17);
  EXPECT_EQ(people.rows[0].values[people.fieldIndex("name")], "王芳");
  EXPECT_EQ(people.rows[0].values[people.fieldIndex("age")], "41");
  EXPECT_EQ(people.rows[0].values[people.fieldIndex("score")], "2.5");
  EXPECT_EQ(people.rows[1].fid, 905);
  EXPECT_EQ(people.rows[1].values[people.fieldIndex("age")], "");
  const PackageTable& base = read->base.at("people");
  ASSERT_EQ(base.rows.size(), 2u);
  EXPECT_EQ(base.rows[1].fid, 905);
  EXPECT_EQ(base.rows[1].values[base.fieldIndex("name")], "李雷");
  const PackageTable& places = read->current.at("places");
  ASSERT_EQ(places.rows.size(), 1u);
  EXPECT_NE(places.rows[0].wkt.find("500100.5 2500200.25"), std::string::npos);
}

TEST(PackageFile, RefusesToOverwriteAndNamesWhatIsMissing) {
  test::TempDir dir;
  const std::string path = dir.file("p.gpkg");
  ASSERT_TRUE(writePackageFile(path, contents()).ok());
  auto again = writePackageFile(path, contents());
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().context.file, path);
  auto missing = readPackageFile(path, {"people", "households"});
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().message.find("households"), std::string::npos);

  PackageContents plain = contents();
  plain.tables[0].keepBase = false;
  const std::string noBase = dir.file("nobase.gpkg");
  ASSERT_TRUE(writePackageFile(noBase, plain).ok());
  auto unbased = readPackageFile(noBase, {"people"});
  ASSERT_FALSE(unbased.ok());
  EXPECT_NE(unbased.error().message.find("gs_base_people"), std::string::npos);

  std::ofstream(dir.file("junk.gpkg")) << "not a geopackage";
  EXPECT_FALSE(readPackageFile(dir.file("junk.gpkg"), {"people"}).ok());
  EXPECT_FALSE(readPackageFile(dir.file("absent.gpkg"), {"people"}).ok());
}

}  // namespace
}  // namespace grid
