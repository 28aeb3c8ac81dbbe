// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <functional>
#include <vector>

#include "common/actor.h"
#include "common/clock.h"
#include "common/result.h"

namespace grid {
class Database;
}

namespace grid::app {

struct PlateSheetOptions {
  int columns = 3;  //!< labels across an A4 sheet
  int rows = 8;     //!< labels down an A4 sheet
  bool english = false;
};

struct PlatePrintResult {
  int plates = 0;
  int pages = 0;
};

/**
 * QR door plates (一户一码) for every active household of \a gridIds as A4 label sheets (3 × 8 by default):
 * QR code, building, unit and room, the grid; no resident data. Household tokens are issued in one transaction
 * that is committed only when the PDF is written. \a progress gets (done, total) and returns false to cancel.
 */
Result<PlatePrintResult> printDoorPlates(Database& database, const std::vector<long long>& gridIds,
                                         const QString& outPath, const PlateSheetOptions& options, const Actor& actor,
                                         const Clock& clock, const std::function<bool(int, int)>& progress = {});

}  // namespace grid::app
