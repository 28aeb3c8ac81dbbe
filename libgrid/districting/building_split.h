// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>
#include <vector>

namespace grid::districting {

//! How an oversized building was cut into parts a plan can give to different grids.
enum class SplitMethod {
  None,       //!< within the band: one unit
  Entrances,  //!< by 单元 (entrances / stairwells), side by side
  Floors,     //!< by bands of floors, one above the other
  Estimate,   //!< floors unknown: equal parts of about a floor band's households each
};

struct BuildingPart {
  long long households = 0;
  int entrance = 0;    //!< 1-based 单元 for Entrances, else 0
  int firstFloor = 0;  //!< Floors: the band's floors (1-based, inclusive), else 0
  int lastFloor = 0;
  std::string label;  //!< e.g. "2单元", "9–16层", "3/8"
};

struct BuildingSplit {
  SplitMethod method = SplitMethod::None;
  std::vector<BuildingPart> parts;  //!< one part (the whole building) for None
};

/**
 * Parts of a building above \a splitAbove households (target × (1 + tolerance)), for plans that cannot know its
 * dwellings: by its \a entrances (单元, ≥ 2) when known, each entrance cut further into floor bands if it alone is
 * still above the band; else by bands of its \a floors (≥ 2); else into equal estimated parts. Parts hold about
 * \a partSize households (planLayer: the band's width, target × tolerance), so a grid can take whole floors of a
 * tower and fill up with its neighbours; households are shared evenly, the remainder to the first parts.
 */
BuildingSplit splitBuilding(long long households, int entrances, int floors, long long splitAbove, long long partSize);

//! "entrances", "floors", "estimate" or "" (None): for output fields and messages.
const char* splitMethodName(SplitMethod method);

}  // namespace grid::districting
