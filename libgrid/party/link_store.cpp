// SPDX-License-Identifier: GPL-2.0-or-later
#include "party/link_store.h"

#include <algorithm>
#include <map>

#include "ledger/text_util.h"
#include "storage/database.h"
#include "storage/hierarchy_query.h"
#include "storage/record_writer.h"

namespace grid::party {

Result<CommunityLinks> loadCommunityLinks(Database& database, const std::string& communityCode, int limit) {
  auto community = findCommunity(database, communityCode);
  if (!community) return community.error();
  CommunityLinks out;
  out.communityId = community->id;
  out.communityName = community->name;
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

Result<LinkChange> acceptLinks(Database& database, const Clock& clock, const Actor& actor,
                               const std::vector<SuggestedLink>& links) {
  Transaction transaction(database);
  if (!transaction.begun()) return transaction.begun().error();
  RecordWriter writer(database, clock);
  const std::string today = clock.today();
  LinkChange change;
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
    change.created.push_back(*id);
  }
  if (auto s = transaction.commit(); !s) return s.error();
  return change;
}

namespace {

//! One value from a query with one bound integer; \a fallback when there is no row.
Result<long long> scalar(Database& database, std::string_view sql, long long bound, long long fallback = 0) {
  auto statement = database.prepare(sql);
  if (!statement) return statement.error();
  statement->bind(1, bound);
  long long value = fallback;
  if (auto s = statement->forEachRow([&](const Statement& row) { value = row.isNull(0) ? fallback : row.int64(0); });
      !s)
    return s.error();
  return value;
}

}  // namespace

Result<LinkChange> linkHouseholds(Database& database, const Clock& clock, const Actor& actor, long long memberId,
                                  const std::vector<long long>& households, int limit) {
  auto member = database.prepare(
      "SELECT pm.active, pm.link_limit, coalesce(pm.exempt_code, ''), p.name, "
      "  (SELECT count(*) FROM party_link l WHERE l.party_member_id = pm.id AND l.end_date IS NULL), "
      "  coalesce((SELECT name_zh FROM code_value WHERE domain = 'link_exemption' AND code = pm.exempt_code), '') "
      "FROM party_member pm JOIN person p ON p.id = pm.person_id WHERE pm.id = ?");
  if (!member) return member.error();
  member->bind(1, memberId);
  bool found = false, active = false;
  long long ownLimit = 0, current = 0;
  std::string exempt, exemptName, name;
  if (auto s = member->forEachRow([&](const Statement& row) {
        found = true;
        active = row.int64(0) == 1;
        ownLimit = row.int64(1);
        exempt = row.text(2);
        name = row.text(3);
        current = row.int64(4);
        exemptName = row.text(5);
      });
      !s)
    return s.error();
  const ErrorContext context{.table = "party_member", .recordId = memberId};
  if (!found) return makeError(ErrorCode::NotFound, "No party member " + std::to_string(memberId) + ".", context);
  if (!active)
    return makeError(ErrorCode::Conflict, "Party member " + name + " is no longer active; pick an active member.",
                     context);
  if (!exempt.empty())
    return makeError(ErrorCode::Conflict,
                     "Party member " + name + " is exempt from household links (" +
                         (exemptName.empty() ? exempt : exemptName) + "); pick another member or lift the exemption.",
                     {.table = "party_member", .recordId = memberId, .field = "exempt_code"});

  std::vector<long long> toLink;
  for (long long household : households) {
    if (std::find(toLink.begin(), toLink.end(), household) != toLink.end()) continue;
    auto mine = scalar(database,
                       "SELECT count(*) FROM party_link WHERE household_id = ? AND end_date IS NULL "
                       "AND party_member_id = " +
                           std::to_string(memberId),
                       household);
    if (!mine) return mine.error();
    if (*mine > 0) continue;  // already this member's
    auto state = scalar(database,
                        "SELECT CASE WHEN logout <> 0 THEN 1 WHEN household_type = 'vacant' THEN 2 ELSE 0 END "
                        "FROM household WHERE id = ?",
                        household, -1);
    if (!state) return state.error();
    const ErrorContext where{.table = "household", .recordId = household};
    if (*state < 0) return makeError(ErrorCode::NotFound, "No household " + std::to_string(household) + ".", where);
    if (*state == 1)
      return makeError(ErrorCode::Conflict, "Household " + std::to_string(household) + " has moved out.", where);
    if (*state == 2)
      return makeError(
          ErrorCode::Conflict,
          "Household " + std::to_string(household) + " is a vacant dwelling; only occupied ones are linked.", where);
    auto other =
        scalar(database, "SELECT count(*) FROM party_link WHERE household_id = ? AND end_date IS NULL", household);
    if (!other) return other.error();
    if (*other > 0)
      return makeError(ErrorCode::Conflict,
                       "Household " + std::to_string(household) +
                           " is already linked to another party member; unlink it there first.",
                       where);
    toLink.push_back(household);
  }
  const long long room = (limit >= 0 ? limit : ownLimit) - current;
  if (static_cast<long long>(toLink.size()) > room)
    return makeError(ErrorCode::Conflict,
                     "Party member " + name + " links " + std::to_string(current) + " households and may link " +
                         std::to_string(std::max(0LL, room)) + " more (limit " +
                         std::to_string(limit >= 0 ? limit : ownLimit) + "), not " + std::to_string(toLink.size()) +
                         ". Pick fewer households or raise the limit.",
                     {.table = "party_member", .recordId = memberId, .field = "link_limit"});

  Transaction transaction(database);
  if (!transaction.begun()) return transaction.begun().error();
  RecordWriter writer(database, clock);
  LinkChange change;
  for (long long household : toLink) {
    auto id = writer.insert(actor, "party_link",
                            {{"party_member_id", memberId},
                             {"household_id", household},
                             {"link_type", std::string("member_household")},
                             {"assigned_by", std::string("organisation")},
                             {"start_date", clock.today()}});
    if (!id) return id.error();
    change.created.push_back(*id);
  }
  if (auto s = transaction.commit(); !s) return s.error();
  return change;
}

Result<LinkChange> unlinkHouseholds(Database& database, const Clock& clock, const Actor& actor, long long memberId,
                                    const std::vector<long long>& households) {
  Transaction transaction(database);
  if (!transaction.begun()) return transaction.begun().error();
  RecordWriter writer(database, clock);
  LinkChange change;
  for (long long household : households) {
    auto statement = database.prepare(
        "SELECT id FROM party_link WHERE household_id = ? AND party_member_id = ? AND end_date IS NULL");
    if (!statement) return statement.error();
    statement->bind(1, household).bind(2, memberId);
    std::vector<long long> ids;
    if (auto s = statement->forEachRow([&](const Statement& row) { ids.push_back(row.int64(0)); }); !s)
      return s.error();
    for (long long id : ids) {
      if (auto s = writer.update(actor, "party_link", id, {{"end_date", clock.today()}}); !s) return s.error();
      change.ended.push_back(id);
    }
  }
  if (auto s = transaction.commit(); !s) return s.error();
  return change;
}

Status revertLinkChange(Database& database, const Clock& clock, const Actor& actor, const LinkChange& change) {
  Transaction transaction(database);
  if (!transaction.begun()) return transaction.begun().error();
  RecordWriter writer(database, clock);
  for (long long id : change.created)
    if (auto s = writer.remove(actor, "party_link", id); !s) return s;
  for (long long id : change.ended)
    if (auto s = writer.update(actor, "party_link", id, {{"end_date", null()}}); !s) return s;
  return transaction.commit();
}

namespace {

Result<std::vector<long long>> ids(Database& database, const std::string& sql) {
  auto statement = database.prepare(sql);
  if (!statement) return statement.error();
  std::vector<long long> out;
  if (auto s = statement->forEachRow([&](const Statement& row) { out.push_back(row.int64(0)); }); !s) return s.error();
  return out;
}

}  // namespace

Result<std::vector<long long>> unlinkedHouseholdsIn(Database& database, const std::vector<long long>& buildings) {
  // The ids are integers formatted here, never user text.
  return ids(database,
             "SELECT h.id FROM household h LEFT JOIN house d ON d.id = h.house_id WHERE h.building_id IN (" +
                 sqlIdList(buildings) +
                 ") AND h.logout = 0 AND h.household_type <> 'vacant' AND NOT EXISTS (SELECT 1 FROM party_link l "
                 "WHERE l.household_id = h.id AND l.end_date IS NULL) ORDER BY h.building_id, d.unit_no, d.floor, "
                 "d.room_no, h.id");
}

Result<std::vector<long long>> memberHouseholdsIn(Database& database, long long memberId,
                                                  const std::vector<long long>& buildings) {
  return ids(database,
             "SELECT h.id FROM household h JOIN party_link l ON l.household_id = h.id WHERE "
             "l.end_date IS NULL AND l.party_member_id = " +
                 std::to_string(memberId) + " AND h.building_id IN (" + sqlIdList(buildings) + ") ORDER BY h.id");
}

Result<std::map<long long, std::string>> householdLabels(Database& database, const std::vector<long long>& households) {
  auto statement = database.prepare(
      "SELECT h.id, coalesce(b.name, ''), coalesce(d.unit_no || '-' || d.room_no, '') FROM household h "
      "JOIN building b ON b.id = h.building_id LEFT JOIN house d ON d.id = h.house_id WHERE h.id IN (" +
      sqlIdList(households) + ")");
  if (!statement) return statement.error();
  std::map<long long, std::string> out;
  if (auto s = statement->forEachRow([&](const Statement& row) {
        out[row.int64(0)] = row.text(2).empty() ? row.text(1) : row.text(1) + " " + row.text(2);
      });
      !s)
    return s.error();
  return out;
}

Result<std::vector<MemberLinks>> loadMemberLinks(Database& database, const std::string& communityCode) {
  auto statement = database.prepare(
      "SELECT pm.id, p.name, b.id, coalesce(b.name, ''), b.grid_id, pm.link_limit, coalesce(pm.exempt_code, ''), "
      "  (SELECT group_concat(l.household_id) FROM party_link l WHERE l.party_member_id = pm.id "
      "     AND l.end_date IS NULL) "
      "FROM party_member pm JOIN person p ON p.id = pm.person_id JOIN household h ON h.id = p.household_id "
      "JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = b.grid_id "
      "JOIN community c ON c.id = g.community_id "
      "WHERE c.admin_code = ? AND pm.active = 1 AND p.logout = 0 ORDER BY p.name, pm.id");
  if (!statement) return statement.error();
  statement->bind(1, communityCode);
  std::vector<MemberLinks> out;
  if (auto s = statement->forEachRow([&](const Statement& row) {
        MemberLinks member{
            row.int64(0), row.text(1), row.int64(2), row.text(3), row.int64(4), static_cast<int>(row.int64(5)),
            row.text(6),  {}};
        for (const std::string& id : splitText(row.text(7), ",")) member.households.push_back(std::stoll(id));
        out.push_back(std::move(member));
      });
      !s)
    return s.error();
  return out;
}

Result<std::vector<long long>> linkedBuildings(Database& database, long long memberId) {
  auto statement = database.prepare(
      "SELECT DISTINCT h.building_id FROM household h JOIN party_link l ON l.household_id = h.id "
      "WHERE l.end_date IS NULL AND l.party_member_id = ? AND h.building_id IS NOT NULL");
  if (!statement) return statement.error();
  statement->bind(1, memberId);
  std::vector<long long> buildings;
  if (auto s = statement->forEachRow([&](const Statement& r) { buildings.push_back(r.int64(0)); }); !s)
    return s.error();
  return buildings;
}

}  // namespace grid::party
