// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "common/actor.h"
#include "common/progress.h"
#include "common/result.h"

namespace grid {

class Database;
class FieldCipher;
class Clock;

struct SampleSummary {
  long long grids = 0;
  long long buildings = 0;
  long long households = 0;
  long long persons = 0;
};

/**
 * Writes a small synthetic district into an empty database: one street, one community (和平社区) of four grids in
 * two areas, 6-floor walk-ups and an 18-floor tower per grid, dwellings, ~1,100 households with synthetic persons
 * (valid-looking fake ID numbers, address code 440310), grid workers, roads and a river. Deterministic for \a seed.
 * Everything goes through the audited repositories in one transaction. Coordinates are in EPSG:4547.
 */
Result<SampleSummary> writeSampleDistrict(Database& database, const FieldCipher& cipher, const Clock& clock,
                                          const Actor& actor, unsigned seed, Progress* progress = nullptr);

}  // namespace grid
