// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <optional>
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

struct CommunityCopyReport {
  long long tables = 0;      //!< tables written
  long long rows = 0;        //!< pull: records copied; push: records inserted, updated or deleted
  long long inserted = 0;    //!< push: records made in the file since the pull
  long long updated = 0;     //!< push: records changed in the file since the pull
  long long deleted = 0;     //!< push: records removed in the file since the pull
  long long renumbered = 0;  //!< push: records given a new id (the file's id was another record's on the server)
  long long history = 0;     //!< audit rows of the community's records that came along
};

/**
 * `gridctl server pull ADDRESS FILE --community CODE`: copies one community out of \a from into \a to, a new
 * database of the same schema version and CRS: the community's places and every record that lies in them, the
 * records those point to (the street and district above; a grid worker who lives elsewhere), and the district's
 * shared tables (code tables, accounts and their wrapped keys, rules, calendars). Ids, codes, row versions and
 * encrypted fields come as they are, so the same accounts sign in and the same key opens the ID numbers.
 *
 * The audit rows of the community's records come along with their contents; \a to chains them anew and closes with
 * a row naming the source and the source's chain head at the pull (its id and hash), so the file's chain verifies
 * and the server's chain stays the authority. The file remembers what it was pulled from, for the push back.
 * One transaction; refused when \a to holds any place or person.
 */
Result<CommunityCopyReport> pullCommunity(Database& from, Database& to, const std::string& communityCode,
                                          const Clock& clock, const Actor& actor, const std::string& description,
                                          Progress* progress = nullptr);

/**
 * `gridctl server push FILE ADDRESS --community CODE`: brings a community pulled with pullCommunity back into
 * \a to, the database it was pulled from. What the file changed since the pull is written: records made (with new
 * ids where the file's id is another record's on the server; references follow), changed and removed. Refused,
 * with nothing written, when
 * - the file was not pulled from \a to, or for another community;
 * - the file changed a record outside the community (a shared table, a record of another community): the
 *   community named on the command bounds every row the push touches;
 * - the server changed a record of the community since the pull (the message names who, what and when): nothing
 *   is overwritten silently; pull again and redo the file's edits.
 * The file's audit rows since the pull continue the server's chain, closed by a row listing what was written and
 * the ids given anew. One transaction, under the community's job claim.
 */
Result<CommunityCopyReport> pushCommunity(Database& from, Database& to, const std::string& communityCode,
                                          const Clock& clock, const Actor& actor, const std::string& description,
                                          Progress* progress = nullptr);

//! What a file made by pullCommunity says about itself.
struct PulledCommunity {
  std::string code;    //!< the community's 12-digit code
  std::string name;    //!< its name
  std::string from;    //!< the database it was pulled from, as shown (no password)
  std::string pushed;  //!< when and where it was pushed back; empty while its edits are still to push
};
//! The pull marks of \a database; nothing when it was not made by pullCommunity.
Result<std::optional<PulledCommunity>> pulledCommunityOf(Database& database);

}  // namespace grid
