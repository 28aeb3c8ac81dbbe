// SPDX-License-Identifier: GPL-2.0-or-later
#include "party/link_store.h"

#include <map>

#include "storage/database.h"
#include "storage/record_writer.h"

namespace grid::party {

Result<CommunityLinks> loadCommunityLinks(Database& database, const std::string& communityCode, int limit) {
  CommunityLinks out;
  {
    auto community = database.prepare("SELECT id, name FROM community WHERE admin_code = ?");
    if (!community) return community.error();
    community->bind(1, communityCode);
    if (auto s = community->forEachRow([&](const Statement& row) {
          out.communityId = row.int64(0);
          out.communityName = row.text(1);
        });
        !s)
      return s.error();
  }
  if (out.communityId < 0)
    return makeError(ErrorCode::NotFound,
                     "No community with code " + communityCode + "; `gridctl stats DB` shows the communities.",
                     {.table = "community", .field = "admin_code"});
  auto members = database.prepare(
      "SELECT pm.id, ST_X(ST_Centroid(b.geom)), ST_Y(ST_Centroid(b.geom)), pm.link_limit, pm.exempt_code, "
      "  (SELECT count(*) FROM party_link l WHERE l.party_member_id = pm.id AND l.end_date IS NULL) "
      "FROM party_member pm JOIN person p ON p.id = pm.person_id JOIN household h ON h.id = p.household_id "
      "JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = b.grid_id "
      "WHERE g.community_id = ? AND pm.active = 1 AND p.logout = 0 AND b.geom IS NOT NULL ORDER BY pm.id");
  if (!members) return members.error();
  members->bind(1, out.communityId);
  if (auto s = members->forEachRow([&](const Statement& row) {
        const long long own = limit >= 0 ? limit : row.int64(3);
        const long long room = row.isNull(4) ? own - row.int64(5) : 0;
        out.members.push_back({row.int64(0), row.real(1), row.real(2), static_cast<int>(std::max(0LL, room))});
      });
      !s)
    return s.error();
  auto households = database.prepare(
      "SELECT h.id, ST_X(ST_Centroid(b.geom)), ST_Y(ST_Centroid(b.geom)), "
      "  EXISTS (SELECT 1 FROM party_link l WHERE l.household_id = h.id AND l.end_date IS NULL) "
      "FROM household h JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = b.grid_id "
      "WHERE g.community_id = ? AND h.logout = 0 AND h.household_type <> 'vacant' AND b.geom IS NOT NULL ORDER BY "
      "h.id");
  if (!households) return households.error();
  households->bind(1, out.communityId);
  if (auto s = households->forEachRow([&](const Statement& row) {
        ++out.households;
        if (row.int64(3))
          ++out.linked;
        else
          out.unlinked.push_back({row.int64(0), row.real(1), row.real(2)});
      });
      !s)
    return s.error();
  return out;
}

Result<int> acceptLinks(Database& database, const Clock& clock, const Actor& actor,
                        const std::vector<SuggestedLink>& links) {
  Transaction transaction(database);
  if (!transaction.begun()) return transaction.begun().error();
  RecordWriter writer(database, clock);
  const std::string today = clock.nowIso().substr(0, 10);
  int written = 0;
  for (const SuggestedLink& link : links) {
    auto taken = database.prepare("SELECT count(*) FROM party_link WHERE household_id = ? AND end_date IS NULL");
    if (!taken) return taken.error();
    taken->bind(1, link.householdId);
    long long existing = 0;
    (void)taken->forEachRow([&](const Statement& row) { existing = row.int64(0); });
    if (existing > 0)
      return makeError(
          ErrorCode::Conflict,
          "Household " + std::to_string(link.householdId) +
              " got a linked party member since the suggestion was made; suggest again. Nothing was saved.",
          {.table = "party_link", .recordId = link.householdId});
    auto id = writer.insert(actor, "party_link",
                            {{"party_member_id", link.memberId},
                             {"household_id", link.householdId},
                             {"link_type", std::string("member_household")},
                             {"assigned_by", std::string("organisation")},
                             {"start_date", today}});
    if (!id) return id.error();
    ++written;
  }
  if (auto s = transaction.commit(); !s) return s.error();
  return written;
}

}  // namespace grid::party
