// SPDX-License-Identifier: GPL-2.0-or-later
#include "geo/crs.h"

#include <proj.h>

#include <cmath>

namespace grid {

Result<int> gaussKrugerEpsgForLongitude(double longitude) {
  if (!(longitude >= 73.5 && longitude < 136.5))
    return makeError(ErrorCode::InvalidInput, "Longitude " + std::to_string(longitude) +
                                                  " is outside China (73.5-136.5°E); check the coordinates' CRS.");
  const int centralMeridian = 3 * static_cast<int>(std::lround(longitude / 3.0));
  return 4534 + (centralMeridian - 75) / 3;
}

bool isCgcs2000GaussKruger(int epsg) {
  return epsg >= 4491 && epsg <= 4554;
}

struct CrsTransform::Impl {
  PJ_CONTEXT* context = nullptr;
  PJ* transform = nullptr;
  ~Impl() {
    if (transform) proj_destroy(transform);
    if (context) proj_context_destroy(context);
  }
};

CrsTransform::CrsTransform(CrsTransform&&) noexcept = default;
CrsTransform& CrsTransform::operator=(CrsTransform&&) noexcept = default;
CrsTransform::~CrsTransform() = default;

Result<CrsTransform> CrsTransform::create(int projectedEpsg) {
  CrsTransform result;
  result.m_impl = std::make_unique<Impl>();
  result.m_impl->context = proj_context_create();
  const std::string target = "EPSG:" + std::to_string(projectedEpsg);
  PJ* raw = proj_create_crs_to_crs(result.m_impl->context, "EPSG:4490", target.c_str(), nullptr);
  if (!raw)
    return makeError(ErrorCode::Unsupported, "PROJ does not know " + target + "; check the CRS of the database.");
  // Normalise so coordinates are always lon, lat order.
  result.m_impl->transform = proj_normalize_for_visualization(result.m_impl->context, raw);
  proj_destroy(raw);
  if (!result.m_impl->transform) return makeError(ErrorCode::Unsupported, "Cannot set up the transform to " + target);
  return result;
}

Result<LonLat> CrsTransform::toLonLat(Projected point) const {
  const PJ_COORD out = proj_trans(m_impl->transform, PJ_INV, proj_coord(point.x, point.y, 0, 0));
  if (!std::isfinite(out.xy.x) || !std::isfinite(out.xy.y))
    return makeError(ErrorCode::InvalidInput, "Point lies outside the CRS's valid area.");
  return LonLat{out.lp.lam, out.lp.phi};
}

Result<Projected> CrsTransform::toProjected(LonLat point) const {
  const PJ_COORD out = proj_trans(m_impl->transform, PJ_FWD, proj_coord(point.lon, point.lat, 0, 0));
  if (!std::isfinite(out.xy.x) || !std::isfinite(out.xy.y))
    return makeError(ErrorCode::InvalidInput, "Point lies outside the CRS's valid area.");
  return Projected{out.xy.x, out.xy.y};
}

}  // namespace grid
