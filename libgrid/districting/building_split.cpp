// SPDX-License-Identifier: GPL-2.0-or-later
#include "districting/building_split.h"

#include <algorithm>

namespace grid::districting {
namespace {

long long ceilDiv(long long a, long long b) { return (a + b - 1) / b; }

//! \a total shared over \a parts: the first (total mod parts) get one more.
long long share(long long total, long long parts, long long index) {
  return total / parts + (index < total % parts ? 1 : 0);
}

//! Floor bands [first, last] so that \a households over \a floors make parts of about \a partSize.
std::vector<std::pair<int, int>> floorBands(long long households, int floors, long long partSize) {
  const long long wanted = std::clamp<long long>(ceilDiv(households, partSize), 1, floors);
  const int perBand = static_cast<int>(ceilDiv(floors, wanted));
  std::vector<std::pair<int, int>> bands;
  for (int first = 1; first <= floors; first += perBand) bands.emplace_back(first, std::min(floors, first + perBand - 1));
  return bands;
}

}  // namespace

BuildingSplit splitBuilding(long long households, int entrances, int floors, long long splitAbove,
                            long long partSize) {
  BuildingSplit split;
  partSize = std::max<long long>(1, partSize);
  if (splitAbove <= 0 || households <= splitAbove) {
    split.parts.push_back({households, 0, 0, 0, {}});
    return split;
  }
  if (entrances >= 2) {
    split.method = SplitMethod::Entrances;
    for (int e = 0; e < entrances; ++e) {
      const long long inEntrance = share(households, entrances, e);
      const std::string name = std::to_string(e + 1) + "单元";
      if (inEntrance <= splitAbove || floors < 2) {
        split.parts.push_back({inEntrance, e + 1, 0, 0, name});
        continue;
      }
      const auto bands = floorBands(inEntrance, floors, partSize);
      // Households per band in proportion to its floors.
      long long given = 0;
      for (std::size_t b = 0; b < bands.size(); ++b) {
        const long long h =
            b + 1 == bands.size() ? inEntrance - given : inEntrance * (bands[b].second) / floors - given;
        given += h;
        split.parts.push_back({h, e + 1, bands[b].first, bands[b].second,
                               name + " " + std::to_string(bands[b].first) + "–" + std::to_string(bands[b].second) +
                                   "层"});
      }
    }
    return split;
  }
  if (floors >= 2) {
    split.method = SplitMethod::Floors;
    const auto bands = floorBands(households, floors, partSize);
    long long given = 0;
    for (std::size_t b = 0; b < bands.size(); ++b) {
      const long long h = b + 1 == bands.size() ? households - given : households * bands[b].second / floors - given;
      given += h;
      split.parts.push_back({h, 0, bands[b].first, bands[b].second,
                             std::to_string(bands[b].first) + "–" + std::to_string(bands[b].second) + "层"});
    }
    return split;
  }
  split.method = SplitMethod::Estimate;
  const long long parts = ceilDiv(households, partSize);
  for (long long p = 0; p < parts; ++p)
    split.parts.push_back({share(households, parts, p), 0, 0, 0, std::to_string(p + 1) + "/" + std::to_string(parts)});
  return split;
}

const char* splitMethodName(SplitMethod method) {
  switch (method) {
    case SplitMethod::None: return "";
    case SplitMethod::Entrances: return "entrances";
    case SplitMethod::Floors: return "floors";
    case SplitMethod::Estimate: return "estimate";
  }
  return "";
}

}  // namespace grid::districting
