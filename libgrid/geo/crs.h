// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <memory>
#include <string>

#include "common/result.h"

namespace grid {

//! EPSG code of the CGCS2000 3-degree Gauss-Krüger CRS (central meridian in easting, no zone prefix) whose
//! zone contains \a longitude: CM 75°E → EPSG:4534 … CM 135°E → EPSG:4554. Fails outside China's 73.5-136.5°E.
Result<int> gaussKrugerEpsgForLongitude(double longitude);

//! True for the projected CGCS2000 Gauss-Krüger family GridStation stores geometry in (EPSG:4491-4554).
bool isCgcs2000GaussKruger(int epsg);

struct LonLat {
  double lon = 0;
  double lat = 0;
};

struct Projected {
  double x = 0;  //!< easting, metres
  double y = 0;  //!< northing, metres
};

/**
 * Converts between a database CRS and CGCS2000 geographic coordinates (EPSG:4490) with PROJ. Used for lon/lat
 * display and QR content; geometry itself stays projected.
 */
class CrsTransform {
 public:
  static Result<CrsTransform> create(int projectedEpsg);
  CrsTransform(CrsTransform&&) noexcept;
  CrsTransform& operator=(CrsTransform&&) noexcept;
  ~CrsTransform();

  Result<LonLat> toLonLat(Projected point) const;
  Result<Projected> toProjected(LonLat point) const;

 private:
  CrsTransform() = default;
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace grid
