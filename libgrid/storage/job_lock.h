// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <memory>
#include <string>

#include "common/actor.h"
#include "common/clock.h"
#include "common/result.h"
#include "storage/database.h"

namespace grid {

/**
 * A long job's claim on a community (a regrid commit, an import), held while the object lives.
 *
 * On a server database it is a session advisory lock keyed by the community, so a second workstation starting a long
 * job there is refused at once with who holds it, which job and since when (not left waiting behind row locks);
 * the server drops the claim when the holder's connection ends, even if it crashed. On a file nothing is claimed:
 * SQLite's write lock already lets one writer in at a time.
 */
class JobLock {
 public:
  //! Claims \a communityId (0: the whole database) for \a job on behalf of \a actor; Conflict naming the holder when
  //! another connection holds it. Call it outside a transaction, so the holder is visible to others at once.
  static Result<std::unique_ptr<JobLock>> acquire(Database& database, const Clock& clock, long long communityId,
                                                  const std::string& job, const Actor& actor);
  ~JobLock();
  JobLock(const JobLock&) = delete;
  JobLock& operator=(const JobLock&) = delete;

 private:
  JobLock(Database& database, long long communityId) : m_database(database), m_communityId(communityId) {}
  Database& m_database;
  long long m_communityId;
  bool m_held = false;
};

}  // namespace grid
