// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>
#include <vector>

#include "common/actor.h"
#include "common/clock.h"
#include "common/progress.h"
#include "common/result.h"
#include "storage/value.h"
#include "workflow/event_flow.h"

namespace grid {
class Database;
}

/**
 * The 15-minute service circle (15分钟生活圈): for each facility type (service centre, clinic, school, market,
 * elderly care — the table service_facility_type, with each type's walking limit), the walking time from every
 * building to the nearest facility of that type over the roads and paths in the database (base_road; `gridctl import
 * --kind roads` and `--kind walkways`), the share of households within the limit per grid and community, and
 * the buildings beyond it.
 *
 * computeServiceCircle stores each building's time per type in service_access (derived data: one transaction, one
 * audit row naming the run); serviceCoverage and the dashboard read those rows, so every screen, the CLI and the
 * printed report show the same shares.
 */
namespace grid::services {

struct FacilityType {
  std::string code, nameZh, nameEn, osmTags;
  int minutes = 15;
  bool active = true;
};
Result<std::vector<FacilityType>> facilityTypes(Database& database);
//! Changes a type's walking limit and whether it counts (audited).
Status setFacilityType(Database& database, const Clock& clock, const Actor& actor, const std::string& code, int minutes,
                       bool active);

struct CircleOptions {
  long long communityId = -1;      //!< −1: every building of the database (a district, or an import without grids)
  double speedKmh = 4.5;           //!< walking speed
  int minutes = 0;                 //!< > 0: this limit for every type instead of each type's own
  std::vector<std::string> types;  //!< empty: the active types
  double maxLegMetres = 250;       //!< a building or facility farther than this from every road is off the network
};

struct TypeCoverage {
  std::string code, name;
  int minutes = 15;
  long long facilities = 0;  //!< facilities of the type that took part (within reach of the area)
  long long buildings = 0, buildingsWithin = 0, households = 0, householdsWithin = 0;
  long long offNetwork = 0;   //!< buildings farther than maxLegMetres from every road
  double medianMinutes = -1;  //!< of the buildings that reach one
  double share() const { return households > 0 ? double(householdsWithin) / double(households) : 0.0; }
};
struct CircleReport {
  long long buildings = 0, roads = 0;
  int nodes = 0, edges = 0;
  std::vector<TypeCoverage> types;
  double seconds = 0;
};
/**
 * Computes and stores the walking times of the buildings of the community (or of all) for each type: roads and
 * facilities within the walking limit's distance of the area take part, so a clinic across the community's border
 * counts. One transaction; cancellable through \a progress. Refused without roads (says how to import them).
 */
Result<CircleReport> computeServiceCircle(Database& database, const Clock& clock, const Actor& actor,
                                          const CircleOptions& options, Progress* progress = nullptr);

//! The stored result of one building and type.
struct BuildingAccess {
  long long buildingId = -1;
  std::string name, typeCode;
  double minutes = -1;  //!< −1: no facility reachable
  long long households = 0, facilityId = -1;
  std::string facilityName;
  bool within = false;
  Blob outline;  //!< the building's outline as WKB, when asked for
};
//! The buildings of \a place (grid, community, street, district; empty: all) for \a typeCode, slowest first.
Result<std::vector<BuildingAccess>> buildingAccess(Database& database, const workflow::Org& place,
                                                   const std::string& typeCode, bool withOutlines = false);

struct CoverageRow {
  workflow::Org place;
  std::string code, name;  //!< the place's code and name
  std::string typeCode;
  int minutes = 15;
  long long households = 0, householdsWithin = 0, buildings = 0, buildingsWithin = 0;
  std::string computedAt;  //!< the oldest computation the row rests on; empty when never computed
  double share() const { return households > 0 ? double(householdsWithin) / double(households) : 0.0; }
};
/**
 * Share of households within each active type's limit in \a place, or (\a children) in each place one level
 * below it (district → streets → communities → grids), from the stored walking times. Households are the
 * registered (live) households of each building.
 */
Result<std::vector<CoverageRow>> serviceCoverage(Database& database, const workflow::Org& place, bool children);

}  // namespace grid::services
