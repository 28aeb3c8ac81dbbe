// SPDX-License-Identifier: GPL-2.0-or-later
#include "districting/building_split.h"

#include <algorithm>

namespace grid::districting {
namespace {

long long ceilDiv(long long a, long long b) {
  return (a + b - 1) / b;
}

//! \a total shared over \a parts: the first (total mod parts) get one more.
long long share(long long total, long long parts, long long index) {
  return total / parts + (index < total % parts ? 1 : 0);
}

//! Pieces of \a households over \a floors, each about \a partSize: bands of whole floors, or, where one floor alone
//! holds more (a wide slab, a podium), each floor cut into equal sections. Households in proportion to floors.
std::vector<BuildingPart> floorPieces(long long households, int floors, long long partSize, int entrance,
                                      const std::string& prefix) {
  std::vector<BuildingPart> parts;
  const long long perFloor = ceilDiv(households, floors);
  if (perFloor <= partSize) {
    const long long wanted = std::clamp<long long>(ceilDiv(households, partSize), 1, floors);
    const int perBand = static_cast<int>(ceilDiv(floors, wanted));
    long long given = 0;
    for (int first = 1; first <= floors; first += perBand) {
      const int last = std::min(floors, first + perBand - 1);
      const long long h = last == floors ? households - given : households * last / floors - given;
      given += h;
      parts.push_back(
          {h, entrance, first, last,
           prefix + (first == last ? std::to_string(first) : std::to_string(first) + "–" + std::to_string(last)) +
               "层"});
    }
    return parts;
  }
  const long long sections = ceilDiv(perFloor, partSize);
  const long long pieces = sections * floors;
  for (int floor = 1; floor <= floors; ++floor)
    for (long long section = 0; section < sections; ++section) {
      const long long index = static_cast<long long>(floor - 1) * sections + section;
      parts.push_back(
          {share(households, pieces, index), entrance, floor, floor,
           prefix + std::to_string(floor) + "层 " + std::to_string(section + 1) + "/" + std::to_string(sections)});
    }
  return parts;
}

}  // namespace

BuildingSplit splitBuilding(long long households, int entrances, int floors, long long splitAbove, long long partSize) {
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
      for (BuildingPart& part : floorPieces(inEntrance, floors, partSize, e + 1, name + " "))
        split.parts.push_back(std::move(part));
    }
    return split;
  }
  if (floors >= 2) {
    split.method = SplitMethod::Floors;
    split.parts = floorPieces(households, floors, partSize, 0, "");
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
    case SplitMethod::None:
      return "";
    case SplitMethod::Entrances:
      return "entrances";
    case SplitMethod::Floors:
      return "floors";
    case SplitMethod::Estimate:
      return "estimate";
  }
  return "";
}

}  // namespace grid::districting
