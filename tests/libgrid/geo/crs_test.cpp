// SPDX-License-Identifier: GPL-2.0-or-later
#include "geo/crs.h"

#include <gtest/gtest.h>

#include <cmath>

namespace grid {
namespace {

TEST(Crs, PicksTheThreeDegreeZoneOfALongitude) {
  EXPECT_EQ(*gaussKrugerEpsgForLongitude(114.35), 4547);  // Shenzhen, CM 114°E
  EXPECT_EQ(*gaussKrugerEpsgForLongitude(116.40), 4548);  // Beijing, CM 117°E
  EXPECT_EQ(*gaussKrugerEpsgForLongitude(121.47), 4549);  // Shanghai, CM 120°E
  EXPECT_EQ(*gaussKrugerEpsgForLongitude(118.78), 4549);  // Nanjing, CM 120°E
  EXPECT_EQ(*gaussKrugerEpsgForLongitude(75.0), 4534);
  EXPECT_EQ(*gaussKrugerEpsgForLongitude(135.0), 4554);
  EXPECT_FALSE(gaussKrugerEpsgForLongitude(10.0).ok());
  EXPECT_FALSE(gaussKrugerEpsgForLongitude(std::nan("")).ok());
}

TEST(Crs, CentralMeridianMapsToFalseEasting) {
  auto transform = CrsTransform::create(4547);
  ASSERT_TRUE(transform.ok()) << transform.error().message;
  auto xy = transform->toProjected({114.0, 22.7});
  ASSERT_TRUE(xy.ok());
  EXPECT_NEAR(xy->x, 500000.0, 0.001);
  EXPECT_NEAR(xy->y, 2511800.0, 2000.0);  // ~22.7° of meridian arc
}

TEST(Crs, RoundTripsWithinMillimetres) {
  auto transform = CrsTransform::create(4547);
  ASSERT_TRUE(transform.ok());
  auto lonLat = transform->toLonLat({535000.0, 2510000.0});
  ASSERT_TRUE(lonLat.ok());
  EXPECT_NEAR(lonLat->lon, 114.34, 0.01);
  auto back = transform->toProjected(*lonLat);
  ASSERT_TRUE(back.ok());
  EXPECT_NEAR(back->x, 535000.0, 0.001);
  EXPECT_NEAR(back->y, 2510000.0, 0.001);
}

TEST(Crs, RejectsUnknownCrs) {
  EXPECT_FALSE(CrsTransform::create(999999).ok());
}

}  // namespace
}  // namespace grid
