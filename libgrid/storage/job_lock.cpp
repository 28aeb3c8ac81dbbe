// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/job_lock.h"

namespace grid {

namespace {
constexpr long long kJobLockClass = 4547100;  // the first key of GridStation's job claims (pg_advisory_lock(int, int))
}

Result<std::unique_ptr<JobLock>> JobLock::acquire(Database& database, const Clock& clock, long long communityId,
                                                  const std::string& job, const Actor& actor) {
  std::unique_ptr<JobLock> lock(new JobLock(database, communityId));
  if (!database.isServer()) return lock;
  auto tried = database.prepare("SELECT pg_try_advisory_lock(CAST(? AS INT), CAST(? AS INT))");
  if (!tried) return tried.error();
  tried->bind(1, kJobLockClass).bind(2, communityId);
  auto row = tried->step();
  if (!row) return row.error();
  const bool got = *row && tried->int64(0) == 1;
  tried = Error{};
  if (!got) {
    auto holder = database.prepare("SELECT holder, job, since FROM main.gs_job_lock WHERE community_id = ?");
    if (!holder) return holder.error();
    holder->bind(1, communityId);
    auto found = holder->step();
    if (!found) return found.error();
    const std::string who = *found ? holder->text(0) + " (" + holder->text(1) + ", since " + holder->text(2) + ")"
                                   : std::string("another workstation");
    return makeError(ErrorCode::Conflict,
                     std::string(communityId == 0 ? "The database" : "This community") + " is busy: " + who +
                         " is running a long job on it. Try again when it has finished; nothing was changed.");
  }
  lock->m_held = true;
  // The holder, for others to read (a row left by a holder that crashed is replaced).
  auto mark = database.prepare(
      "INSERT INTO main.gs_job_lock (community_id, job, holder, since, backend_pid) VALUES (?, ?, ?, ?, "
      "pg_backend_pid()) ON CONFLICT (community_id) DO UPDATE SET job = excluded.job, holder = excluded.holder, "
      "since = excluded.since, backend_pid = excluded.backend_pid");
  if (!mark) return mark.error();
  mark->bind(1, communityId).bind(2, job).bind(3, actor.name).bind(4, clock.nowIso());
  if (auto s = mark->run(); !s) return s.error();
  return lock;
}

JobLock::~JobLock() {
  if (!m_held) return;
  if (auto clear = m_database.prepare("DELETE FROM main.gs_job_lock WHERE community_id = ? AND backend_pid = "
                                      "pg_backend_pid()");
      clear) {
    clear->bind(1, m_communityId);
    (void)clear->run();
  }
  if (auto release = m_database.prepare("SELECT pg_advisory_unlock(CAST(? AS INT), CAST(? AS INT))"); release) {
    release->bind(1, kJobLockClass).bind(2, m_communityId);
    (void)release->run();
  }
}

}  // namespace grid
