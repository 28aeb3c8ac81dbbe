// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "arguments.h"

namespace grid::cli {

//! gridctl import DB SOURCE: buildings, boundaries, roads or water from a GDAL vector source; household register
//! sheets; the three lists and ledger entries (--list).
int runImport(const Arguments& args);

}  // namespace grid::cli
