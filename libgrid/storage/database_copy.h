// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>

#include "common/actor.h"
#include "common/clock.h"
#include "common/progress.h"
#include "common/result.h"
#include "storage/database.h"

namespace grid {

struct DatabaseCopyReport {
  long long tables = 0;
  long long rows = 0;
};

/**
 * Copies every record of \a from into \a to, a new database of the same schema version and CRS on either backend
 * (a file to a server: `gridctl server push`; a server to a file: `gridctl server pull`). Everything comes as it is:
 * ids, codes, row versions, encrypted fields (the same field key opens them: its wrapped copies and the database id
 * come along), and the audit log with its hash chain, which one more audit row continues, naming the copy. One
 * transaction: a failed or cancelled copy leaves \a to as it was. Refused when \a to holds any place or person.
 */
Result<DatabaseCopyReport> copyDatabase(Database& from, Database& to, const Clock& clock, const Actor& actor,
                                        const std::string& description, Progress* progress = nullptr);

}  // namespace grid
