// SPDX-License-Identifier: GPL-2.0-or-later
// The value forms the merge compares and the bookkeeping encoding of merged rows.
#include "packages/package_layers.h"

#include <gtest/gtest.h>

#include "packages/work_package.h"

namespace grid::packages::detail {
namespace {

TEST(PackageLayers, MergedValuesRoundTripAnyText) {
  const std::map<std::string, std::string> values{
      {"tags", "a=b;c:d"}, {"empty", ""}, {"name", "王小明"}, {"odd", "3:x;y=4;"}, {"newline", "line\nnext"}};
  EXPECT_EQ(decodeValues(encodeValues(values)), values);
  EXPECT_TRUE(decodeValues("").empty());
  // A truncated text yields what is whole, never reads past the end.
  const std::string text = encodeValues(values);
  EXPECT_LT(decodeValues(text.substr(0, text.size() - 3)).size(), values.size());
}

TEST(PackageLayers, NormaliseMakesEqualValuesEqual) {
  EXPECT_EQ(normalise(PackageFieldType::Real, "12.50"), normalise(PackageFieldType::Real, "12.5"));
  EXPECT_EQ(normalise(PackageFieldType::Real, "388000.123456789"), "388000.1235");
  EXPECT_EQ(normalise(PackageFieldType::Integer, "7.0"), "7");
  EXPECT_EQ(normalise(PackageFieldType::Text, "  低保 "), "低保");
  EXPECT_EQ(normalise(PackageFieldType::Real, "abc"), "abc");
}

TEST(PackageLayers, EditableFieldsFollowTheListDefinitions) {
  EXPECT_TRUE(packageFieldEditable("persons", "work_unit"));
  EXPECT_TRUE(packageFieldEditable("persons", "id_number"));
  EXPECT_FALSE(packageFieldEditable("persons", "building"));  // shown from a join
  EXPECT_FALSE(packageFieldEditable("persons", "moved_out"));
  EXPECT_TRUE(packageFieldEditable("households", "room"));  // moves the household
  EXPECT_FALSE(packageFieldEditable("key_places", "x"));    // the point is moved instead
  EXPECT_FALSE(packageFieldEditable("nowhere", "name"));
  EXPECT_TRUE(sensitive(*layerDef("persons"), "mobile"));
}

TEST(PackageLayers, ReferencesPointToTheLayersBeforeThem) {
  EXPECT_EQ(referenceTarget("persons", "household_id", {}), "households");
  EXPECT_EQ(referenceTarget("key_persons", "person_id", {}), "persons");
  EXPECT_EQ(referenceTarget("patrol_logs", "object_id", {{"object_type", "key_place"}}), "key_places");
  EXPECT_EQ(referenceTarget("patrol_logs", "object_id", {{"object_type", "building"}}), "");
  const auto& names = packageLayers();
  auto at = [&](const std::string& name) { return std::find(names.begin(), names.end(), name) - names.begin(); };
  EXPECT_LT(at("households"), at("persons"));
  EXPECT_LT(at("persons"), at("key_persons"));
  EXPECT_LT(at("key_places"), at("patrol_logs"));
  EXPECT_EQ(parseIds(joinIds({3, 1, 20})), (std::set<long long>{1, 3, 20}));
}

}  // namespace
}  // namespace grid::packages::detail
