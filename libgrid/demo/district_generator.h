// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>

#include "common/actor.h"
#include "common/progress.h"
#include "common/result.h"

namespace grid {

class Database;
class FieldCipher;
class Clock;

struct DistrictOptions {
  unsigned seed = 1;
  long long households = 36000;         //!< target household count for the whole run (city scale: 7,000,000)
  std::string asOfDate = "2026-11-01";  //!< "today" of the synthetic data: event and patrol dates lie before it
};

struct DistrictSummary {
  long long districts = 0, streets = 0, communities = 0, areas = 0, grids = 0;
  long long estates = 0, buildings = 0, dwellings = 0, households = 0, persons = 0;
  long long staff = 0, partyMembers = 0, partyLinks = 0;
  long long keyPersons = 0, keyPlaces = 0, keyMatters = 0, events = 0, patrolLogs = 0;
};

/**
 * Writes a synthetic, realistic district (or city) into an empty database in EPSG:4547:
 * blocks between roads, each block one grid of 200-400 households; block types: high-rise estates (towers of
 * 2-6 units × 18-33 floors), old 6-floor walk-ups, mid-rise, villa compounds and urban villages (城中村), plus
 * shops, schools, clinics, community service centres, markets, petrol stations and construction sites. Estates have
 * property companies; households are registered, rental, floating or vacant; persons have plausible names, ages,
 * GB/T 4761 relations and fake-but-valid ID numbers (unique by construction); staff fill all five chief roles and
 * grid workers; party members link about five households each (about 3 % left unlinked); key persons, places and
 * matters cover every category and risk colour; events are in every workflow state; grids have patrol logs.
 *
 * Streams community by community in batched transactions (one audit row per batch), so memory stays bounded at
 * city scale. Deterministic for a seed. Cancelling keeps the communities already committed; callers that need
 * all-or-nothing write to a temporary file (gridctl does).
 */
Result<DistrictSummary> generateDistrict(Database& database, const FieldCipher& cipher, const Clock& clock,
                                         const Actor& actor, const DistrictOptions& options,
                                         Progress* progress = nullptr);

}  // namespace grid
