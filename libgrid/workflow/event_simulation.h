// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>

#include "common/progress.h"
#include "common/result.h"

namespace grid {
class Database;
class FieldCipher;
}  // namespace grid

namespace grid::workflow {

struct SimulationOptions {
  std::string asOf = "2026-11-01";  //!< the demo's today: every action happens before it
  unsigned seed = 1;
  int minPerGrid = 2, maxPerGrid = 5;
};

/**
 * The demo district's events, made by running the state machine (reportEvent and act) with a clock that walks
 * through the past: each grid gets a few events at its buildings, each following one of the loop's paths (handled
 * on the spot and verified; escalated and waiting, handling or resolved; fed back and waiting for the rating;
 * reopened after a dissatisfied rating; assigned down; extended; closed; skip-level; left open long enough to be
 * yellow or red at the as-of date). So every demo event has a consistent timeline. Returns the number of events.
 */
Result<long long> simulateEvents(Database& database, const SimulationOptions& options, Progress* progress = nullptr);

}  // namespace grid::workflow
