// SPDX-License-Identifier: GPL-2.0-or-later
#include "party/party_org.h"

#include <algorithm>
#include <set>

#include "ledger/text_util.h"
#include "storage/database.h"
#include "storage/hierarchy_query.h"
#include "storage/record_writer.h"

namespace grid::party {
namespace {

Error fieldError(ErrorCode code, const std::string& table, const std::string& field, long long id,
                 const std::string& message) {
  return makeError(code, message, {.table = table, .recordId = id, .field = field});
}

//! Runs \a sql with \a binds and returns the first row's columns through \a each; false when there is no row.
Result<bool> firstRow(Database& database, const std::string& sql, const std::vector<Value>& binds,
                      const std::function<void(const Statement&)>& each) {
  auto statement = database.prepare(sql);
  if (!statement) return statement.error();
  for (std::size_t i = 0; i < binds.size(); ++i) statement->bind(static_cast<int>(i) + 1, binds[i]);
  auto row = statement->step();
  if (!row) return row.error();
  if (*row) each(*statement);
  return *row;
}

Value optionalId(long long id) {
  return id >= 0 ? Value(id) : null();
}

bool validKind(const std::string& kind) {
  return kind == "committee" || kind == "general_branch" || kind == "branch" || kind == "group";
}

//! Checks \a request against community \a communityId; \a orgId is the organisation being edited (-1: new).
Status checkOrgRequest(Database& database, long long communityId, long long orgId, const PartyOrgRequest& request) {
  const std::string table = "party_org";
  if (!validKind(request.kind))
    return fieldError(ErrorCode::InvalidInput, table, "kind", orgId,
                      "Unknown organisation kind '" + request.kind +
                          "'; choose committee (党委), general branch (党总支), branch (党支部) or group (党小组).");
  if (trimmed(request.name).empty())
    return fieldError(ErrorCode::InvalidInput, table, "name", orgId,
                      "Enter the organisation's name, e.g. 第3网格党支部.");
  auto duplicate = firstRow(database, "SELECT id FROM party_org WHERE community_id = ? AND name = ? AND id <> ?",
                            {communityId, request.name, orgId}, [](const Statement&) {});
  if (!duplicate) return duplicate.error();
  if (*duplicate)
    return fieldError(ErrorCode::Conflict, table, "name", orgId,
                      "The community already has an organisation named " + request.name + "; choose another name.");
  if ((request.kind == "branch" || request.kind == "group") && request.gridId < 0)
    return fieldError(ErrorCode::InvalidInput, table, "grid_id", orgId,
                      "A branch or group belongs to a grid (支部建在网格上); choose its grid.");
  if (request.gridId >= 0) {
    auto grid = firstRow(database, "SELECT 1 FROM grid WHERE id = ? AND community_id = ? AND retired_at IS NULL",
                         {request.gridId, communityId}, [](const Statement&) {});
    if (!grid) return grid.error();
    if (!*grid)
      return fieldError(ErrorCode::InvalidInput, table, "grid_id", orgId,
                        "Grid " + std::to_string(request.gridId) + " is not a current grid of this community.");
  }
  if (request.parentId >= 0) {
    if (request.parentId == orgId)
      return fieldError(ErrorCode::InvalidInput, table, "parent_id", orgId,
                        "An organisation cannot be its own parent.");
    auto parent = firstRow(database, "SELECT 1 FROM party_org WHERE id = ? AND community_id = ?",
                           {request.parentId, communityId}, [](const Statement&) {});
    if (!parent) return parent.error();
    if (!*parent)
      return fieldError(ErrorCode::InvalidInput, table, "parent_id", orgId,
                        "The parent organisation is not one of this community's.");
  }
  if (request.secretaryStaffId >= 0) {
    bool active = false;
    auto secretary = firstRow(database, "SELECT active FROM staff WHERE id = ?", {request.secretaryStaffId},
                              [&](const Statement& row) { active = row.int64(0) == 1; });
    if (!secretary) return secretary.error();
    if (!*secretary || !active)
      return fieldError(ErrorCode::InvalidInput, table, "secretary_staff_id", orgId,
                        "The secretary must be an active member of staff; pick one from the staff register.");
  }
  return {};
}

//! The committee of community \a communityId, or -1.
Result<long long> committeeOf(Database& database, long long communityId) {
  long long id = -1;
  auto found = firstRow(database, "SELECT id FROM party_org WHERE community_id = ? AND kind = 'committee' ORDER BY id",
                        {communityId}, [&](const Statement& row) { id = row.int64(0); });
  if (!found) return found.error();
  return id;
}

//! The community of party organisation \a orgId (-1: none recorded); NotFound when it does not exist.
Result<long long> communityOfOrg(Database& database, long long orgId) {
  long long communityId = -1;
  auto found = firstRow(database, "SELECT community_id FROM party_org WHERE id = ?", {orgId},
                        [&](const Statement& row) { communityId = row.isNull(0) ? -1 : row.int64(0); });
  if (!found) return found.error();
  if (!*found)
    return fieldError(ErrorCode::NotFound, "party_org", "id", orgId, "The party organisation no longer exists.");
  return communityId;
}

Fields orgFields(const PartyOrgRequest& request, long long parentId) {
  return {{"parent_id", optionalId(parentId)},
          {"kind", request.kind},
          {"name", request.name},
          {"grid_id", optionalId(request.gridId)},
          {"secretary_staff_id", optionalId(request.secretaryStaffId)}};
}

}  // namespace

Result<PartyOrgOverview> loadPartyOrgs(Database& database, const std::string& communityCode) {
  auto community = findCommunity(database, communityCode);
  if (!community) return community.error();
  PartyOrgOverview out;
  out.communityId = community->id;
  auto statement = database.prepare(
      "SELECT o.id, o.parent_id, o.kind, o.name, o.grid_id, coalesce(g.grid_code, ''), coalesce(g.name, ''), "
      "  o.secretary_staff_id, coalesce(s.name, ''), "
      "  (SELECT count(*) FROM party_member pm JOIN person p ON p.id = pm.person_id "
      "     WHERE pm.party_org_id = o.id AND pm.active = 1 AND p.logout = 0), "
      "  (SELECT count(*) FROM party_member pm JOIN person p ON p.id = pm.person_id "
      "     WHERE pm.party_org_id = o.id AND pm.active = 1 AND p.logout = 0 AND pm.in_service_registered = 1) "
      "FROM party_org o LEFT JOIN grid g ON g.id = o.grid_id LEFT JOIN staff s ON s.id = o.secretary_staff_id "
      "WHERE o.community_id = ? "
      "ORDER BY o.kind <> 'committee', o.kind <> 'general_branch', coalesce(g.grid_code, ''), o.kind, o.name");
  if (!statement) return statement.error();
  statement->bind(1, community->id);
  if (auto s = statement->forEachRow([&](const Statement& row) {
        PartyOrgInfo org;
        org.id = row.int64(0);
        org.parentId = row.isNull(1) ? -1 : row.int64(1);
        org.kind = row.text(2);
        org.name = row.text(3);
        org.gridId = row.isNull(4) ? -1 : row.int64(4);
        org.gridCode = row.text(5);
        org.gridName = row.text(6);
        org.secretaryStaffId = row.isNull(7) ? -1 : row.int64(7);
        org.secretaryName = row.text(8);
        org.members = static_cast<int>(row.int64(9));
        org.inService = static_cast<int>(row.int64(10));
        out.orgs.push_back(std::move(org));
      });
      !s)
    return s.error();
  auto missing = database.prepare(
      "SELECT g.id, g.name FROM grid g WHERE g.community_id = ? AND g.retired_at IS NULL AND NOT EXISTS "
      "(SELECT 1 FROM party_org o WHERE o.grid_id = g.id) ORDER BY g.grid_code");
  if (!missing) return missing.error();
  missing->bind(1, community->id);
  if (auto s = missing->forEachRow(
          [&](const Statement& row) { out.gridsWithoutOrg.emplace_back(row.int64(0), row.text(1)); });
      !s)
    return s.error();
  return out;
}

Result<RecordChange> createPartyOrg(Database& database, const Clock& clock, const Actor& actor,
                                    const std::string& communityCode, const PartyOrgRequest& request) {
  auto community = findCommunity(database, communityCode);
  if (!community) return community.error();
  if (auto s = checkOrgRequest(database, community->id, -1, request); !s) return s.error();
  long long parentId = request.parentId;
  if (parentId < 0 && request.kind != "committee") {
    auto committee = committeeOf(database, community->id);
    if (!committee) return committee.error();
    parentId = *committee;
  }
  Fields fields = orgFields(request, parentId);
  fields.emplace_back("community_id", community->id);
  return recordedEdit(database, clock, [&](RecordWriter& writer, RecordChange& change) -> Status {
    if (auto id = insertRecorded(writer, actor, "party_org", fields, change); !id) return id.error();
    return {};
  });
}

Result<RecordChange> updatePartyOrg(Database& database, const Clock& clock, const Actor& actor, long long orgId,
                                    const PartyOrgRequest& request) {
  auto communityId = communityOfOrg(database, orgId);
  if (!communityId) return communityId.error();
  if (auto s = checkOrgRequest(database, *communityId, orgId, request); !s) return s.error();
  return recordedEdit(database, clock, [&](RecordWriter& writer, RecordChange& change) {
    return updateRecorded(writer, actor, "party_org", orgId, orgFields(request, request.parentId), change);
  });
}

Result<RecordChange> moveMembers(Database& database, const Clock& clock, const Actor& actor,
                                 const std::vector<long long>& memberIds, long long orgId) {
  auto communityId = communityOfOrg(database, orgId);
  if (!communityId) return communityId.error();
  return recordedEdit(database, clock, [&](RecordWriter& writer, RecordChange& change) -> Status {
    for (long long memberId : memberIds) {
      long long home = -2;
      auto member =
          firstRow(database,
                   "SELECT g.community_id FROM party_member pm JOIN person p ON p.id = pm.person_id "
                   "JOIN household h ON h.id = p.household_id JOIN grid g ON g.id = h.grid_id WHERE pm.id = ?",
                   {memberId}, [&](const Statement& row) { home = row.int64(0); });
      if (!member) return member.error();
      if (!*member || home != *communityId)
        return fieldError(ErrorCode::InvalidInput, "party_member", "party_org_id", memberId,
                          "Party member " + std::to_string(memberId) +
                              " does not live in the organisation's community; nothing was moved.");
      if (auto s = updateRecorded(writer, actor, "party_member", memberId, {{"party_org_id", orgId}}, change); !s)
        return s;
    }
    return {};
  });
}

Result<std::vector<InServiceMember>> loadInServiceMembers(Database& database, const std::string& communityCode) {
  auto statement = database.prepare(
      "SELECT pm.id, p.id, p.name, coalesce(b.name, ''), coalesce(pm.workplace_org, ''), "
      "  coalesce(pm.in_service_date, ''), coalesce(pm.party_org_id, -1), coalesce(o.name, ''), "
      "  (SELECT count(*) FROM party_link l WHERE l.party_member_id = pm.id AND l.end_date IS NULL) "
      "FROM party_member pm JOIN person p ON p.id = pm.person_id JOIN household h ON h.id = p.household_id "
      "LEFT JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = h.grid_id "
      "JOIN community c ON c.id = g.community_id LEFT JOIN party_org o ON o.id = pm.party_org_id "
      "WHERE c.admin_code = ? AND pm.active = 1 AND p.logout = 0 AND pm.in_service_registered = 1 "
      "ORDER BY pm.in_service_date DESC, p.name, pm.id");
  if (!statement) return statement.error();
  statement->bind(1, communityCode);
  std::vector<InServiceMember> out;
  if (auto s = statement->forEachRow([&](const Statement& row) {
        out.push_back({row.int64(0), row.int64(1), row.text(2), row.text(3), row.text(4), row.text(5), row.int64(6),
                       row.text(7), static_cast<int>(row.int64(8))});
      });
      !s)
    return s.error();
  return out;
}

Result<RecordChange> registerInService(Database& database, const Clock& clock, const Actor& actor,
                                       const InServiceRequest& request) {
  const std::string table = "party_member";
  bool found = false, movedOut = false;
  long long gridId = -1, communityId = -1, memberId = -1, registered = 0;
  std::string name, political;
  auto person =
      firstRow(database,
               "SELECT p.logout, p.name, coalesce(p.political_code, ''), h.grid_id, g.community_id, pm.id, "
               "  coalesce(pm.in_service_registered, 0) "
               "FROM person p LEFT JOIN household h ON h.id = p.household_id LEFT JOIN grid g ON g.id = h.grid_id "
               "LEFT JOIN party_member pm ON pm.person_id = p.id WHERE p.id = ?",
               {request.personId}, [&](const Statement& row) {
                 found = true;
                 movedOut = row.int64(0) == 1;
                 name = row.text(1);
                 political = row.text(2);
                 gridId = row.isNull(3) ? -1 : row.int64(3);
                 communityId = row.isNull(4) ? -1 : row.int64(4);
                 memberId = row.isNull(5) ? -1 : row.int64(5);
                 registered = row.int64(6);
               });
  if (!person) return person.error();
  if (!found || movedOut)
    return fieldError(ErrorCode::NotFound, "person", "person_id", request.personId,
                      "The person is not a current resident; search for them again.");
  if (gridId < 0 || communityId < 0)
    return fieldError(ErrorCode::InvalidInput, "person", "household_id", request.personId,
                      name + " does not live in a household of any grid; record their household first.");
  if (registered == 1)
    return fieldError(ErrorCode::Conflict, table, "in_service_registered", memberId,
                      name + " is already registered with the community as an in-service member.");
  const std::string workplace = trimmed(request.workplaceOrg);
  if (workplace.empty())
    return fieldError(ErrorCode::InvalidInput, table, "workplace_org", memberId,
                      "Enter the member's workplace party organisation, e.g. 区教育局机关党支部.");
  bool validDate = false;
  auto date = firstRow(database, "SELECT date(?1) IS NOT NULL AND date(?1) = ?1 AND length(?1) = 10", {request.date},
                       [&](const Statement& row) { validDate = row.int64(0) == 1; });
  if (!date) return date.error();
  if (!validDate)
    return fieldError(ErrorCode::InvalidInput, table, "in_service_date", memberId,
                      "The registration date '" + request.date + "' is not a date; write it as YYYY-MM-DD.");
  if (request.date > clock.today())
    return fieldError(ErrorCode::InvalidInput, table, "in_service_date", memberId,
                      "The registration date " + request.date + " is in the future; enter the day they registered.");
  long long orgId = request.orgId;
  if (orgId >= 0) {
    auto orgCommunity = communityOfOrg(database, orgId);
    if (!orgCommunity && orgCommunity.error().code != ErrorCode::NotFound) return orgCommunity.error();
    if (!orgCommunity || *orgCommunity != communityId)
      return fieldError(ErrorCode::InvalidInput, table, "party_org_id", memberId,
                        "The organisation chosen is not one of the community the member lives in.");
  } else {
    auto branch = firstRow(database,
                           "SELECT id FROM party_org WHERE community_id = ?1 AND (grid_id = ?2 OR kind = 'committee') "
                           "ORDER BY grid_id IS NULL, kind <> 'branch', id",
                           {communityId, gridId}, [&](const Statement& row) { orgId = row.int64(0); });
    if (!branch) return branch.error();
  }
  return recordedEdit(database, clock, [&](RecordWriter& writer, RecordChange& change) -> Status {
    if (memberId < 0) {
      auto id = insertRecorded(writer, actor, table,
                               {{"person_id", request.personId},
                                {"party_org_id", optionalId(orgId)},
                                {"member_type_code", std::string("in_service")},
                                {"in_service_registered", 1LL},
                                {"workplace_org", workplace},
                                {"in_service_date", request.date}},
                               change);
      if (!id) return id.error();
    } else {
      Fields fields{{"in_service_registered", 1LL},
                    {"workplace_org", workplace},
                    {"in_service_date", request.date},
                    {"active", 1LL}};
      if (request.orgId >= 0) fields.emplace_back("party_org_id", orgId);
      if (auto s = updateRecorded(writer, actor, table, memberId, fields, change); !s) return s;
    }
    // GB/T 4762: 01 中共党员, 02 预备党员 (probationary) — both are members; anything else is corrected.
    if (political != "01" && political != "02")
      return updateRecorded(writer, actor, "person", request.personId, {{"political_code", std::string("01")}}, change);
    return {};
  });
}

Result<std::vector<ResidentHit>> findResidents(Database& database, const std::string& communityCode,
                                               const std::string& namePrefix, int limit) {
  auto statement = database.prepare(
      "SELECT p.id, p.name, coalesce(p.id_masked, ''), coalesce(b.name, ''), pm.id IS NOT NULL, "
      "  coalesce(pm.in_service_registered, 0) "
      "FROM person p JOIN household h ON h.id = p.household_id JOIN grid g ON g.id = h.grid_id "
      "JOIN community c ON c.id = g.community_id LEFT JOIN building b ON b.id = h.building_id "
      "LEFT JOIN party_member pm ON pm.person_id = p.id "
      "WHERE c.admin_code = ?1 AND p.logout = 0 AND h.logout = 0 AND substr(p.name, 1, length(?2)) = ?2 "
      "ORDER BY p.name, p.id LIMIT ?3");
  if (!statement) return statement.error();
  statement->bind(1, communityCode).bind(2, namePrefix).bind(3, static_cast<long long>(limit));
  std::vector<ResidentHit> out;
  if (auto s = statement->forEachRow([&](const Statement& row) {
        out.push_back({row.int64(0), row.text(1), row.text(2), row.text(3), row.int64(4) == 1, row.int64(5) == 1});
      });
      !s)
    return s.error();
  return out;
}

Result<RecordChange> endInService(Database& database, const Clock& clock, const Actor& actor, long long memberId) {
  long long registered = -1;
  auto member = firstRow(database, "SELECT in_service_registered FROM party_member WHERE id = ?", {memberId},
                         [&](const Statement& row) { registered = row.int64(0); });
  if (!member) return member.error();
  if (!*member)
    return fieldError(ErrorCode::NotFound, "party_member", "id", memberId, "The party member no longer exists.");
  if (registered != 1)
    return fieldError(ErrorCode::Conflict, "party_member", "in_service_registered", memberId,
                      "The member is not registered as an in-service member.");
  return recordedEdit(database, clock, [&](RecordWriter& writer, RecordChange& change) {
    return updateRecorded(writer, actor, "party_member", memberId, {{"in_service_registered", 0LL}}, change);
  });
}

Result<std::vector<PartyHousehold>> loadPartyHouseholds(Database& database, const std::string& communityCode) {
  auto statement = database.prepare(
      "SELECT h.id, h.building_id, h.grid_id, coalesce(b.name, ''), coalesce(d.unit_no || '-' || d.room_no, ''), "
      "  h.party_plaque, group_concat(p.name, '、') "
      "FROM household h JOIN person p ON p.household_id = h.id JOIN party_member pm ON pm.person_id = p.id "
      "JOIN grid g ON g.id = h.grid_id JOIN community c ON c.id = g.community_id "
      "LEFT JOIN building b ON b.id = h.building_id LEFT JOIN house d ON d.id = h.house_id "
      "WHERE c.admin_code = ? AND h.logout = 0 AND p.logout = 0 AND pm.active = 1 "
      "GROUP BY h.id, b.id, d.id ORDER BY b.name, d.unit_no, d.floor, d.room_no, h.id");
  if (!statement) return statement.error();
  statement->bind(1, communityCode);
  std::vector<PartyHousehold> out;
  if (auto s = statement->forEachRow([&](const Statement& row) {
        PartyHousehold household;
        household.householdId = row.int64(0);
        household.buildingId = row.isNull(1) ? -1 : row.int64(1);
        household.gridId = row.isNull(2) ? -1 : row.int64(2);
        household.label = row.text(4).empty() ? row.text(3) : row.text(3) + " " + row.text(4);
        household.plaque = row.int64(5) == 1;
        household.members = splitText(row.text(6), "、");
        out.push_back(std::move(household));
      });
      !s)
    return s.error();
  return out;
}

Result<RecordChange> setPartyPlaque(Database& database, const Clock& clock, const Actor& actor,
                                    const std::vector<long long>& households, bool on) {
  return recordedEdit(database, clock, [&](RecordWriter& writer, RecordChange& change) -> Status {
    std::set<long long> seen;
    for (long long household : households) {
      if (!seen.insert(household).second) continue;
      bool found = false, movedOut = false;
      long long members = 0;
      auto row =
          firstRow(database,
                   "SELECT h.logout, (SELECT count(*) FROM person p JOIN party_member pm ON pm.person_id = p.id "
                   "  WHERE p.household_id = h.id AND p.logout = 0 AND pm.active = 1) FROM household h WHERE h.id = ?",
                   {household}, [&](const Statement& r) {
                     found = true;
                     movedOut = r.int64(0) == 1;
                     members = r.int64(1);
                   });
      if (!row) return row.error();
      if (!found || movedOut)
        return fieldError(ErrorCode::InvalidInput, "household", "party_plaque", household,
                          "Household " + std::to_string(household) + " has moved out; nothing was changed.");
      if (on && members == 0)
        return fieldError(
            ErrorCode::InvalidInput, "household", "party_plaque", household,
            "Household " + std::to_string(household) +
                " has no active party member, so it cannot carry the 党员家庭 plaque; nothing was changed.");
      if (auto s = updateRecorded(writer, actor, "household", household, {{"party_plaque", on ? 1LL : 0LL}}, change);
          !s)
        return s;
    }
    return {};
  });
}

Result<LinkColouring> loadLinkColouring(Database& database, const std::string& communityCode, int colours) {
  auto community = findCommunity(database, communityCode);
  if (!community) return community.error();
  LinkColouring out;
  auto statement = database.prepare(
      "SELECT h.id, h.building_id, coalesce((SELECT min(l.party_member_id) FROM party_link l "
      "  WHERE l.household_id = h.id AND l.end_date IS NULL), -1), coalesce(d.unit_no, 1), coalesce(d.floor, 1), "
      "  h.party_plaque "
      "FROM household h JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = b.grid_id "
      "LEFT JOIN house d ON d.id = h.house_id "
      "WHERE g.community_id = ? AND h.logout = 0 AND h.household_type <> 'vacant' AND b.logout = 0 "
      "ORDER BY h.building_id, d.unit_no, d.floor, d.room_no, h.id");
  if (!statement) return statement.error();
  statement->bind(1, community->id);
  if (auto s = statement->forEachRow([&](const Statement& row) {
        out.households.push_back({row.int64(0), row.int64(1), row.int64(2), static_cast<int>(row.int64(3)),
                                  static_cast<int>(row.int64(4)), row.int64(5) == 1});
      });
      !s)
    return s.error();
  // Two members are neighbours when their households lie within kWindow places of each other in a building's
  // unit/floor/room order — the order the overlay lays dots out in, so neighbours' dots touch. Colour the members
  // with most neighbours first, each with the colour least taken by its neighbours (then least used overall).
  constexpr std::size_t kWindow = 4;
  std::map<long long, std::set<long long>> neighbours;
  for (std::size_t i = 0; i < out.households.size(); ++i) {
    const HouseholdLink& a = out.households[i];
    if (a.memberId < 0) continue;
    neighbours[a.memberId];
    for (std::size_t j = i + 1; j < out.households.size() && j <= i + kWindow; ++j) {
      const HouseholdLink& b = out.households[j];
      if (b.buildingId != a.buildingId) break;
      if (b.memberId < 0 || b.memberId == a.memberId) continue;
      neighbours[a.memberId].insert(b.memberId);
      neighbours[b.memberId].insert(a.memberId);
    }
  }
  std::vector<long long> order;
  for (const auto& [member, adjacent] : neighbours) order.push_back(member);
  std::stable_sort(order.begin(), order.end(),
                   [&](long long a, long long b) { return neighbours[a].size() > neighbours[b].size(); });
  const int palette = std::max(1, colours);
  std::vector<long long> used(static_cast<std::size_t>(palette), 0);
  for (long long member : order) {
    std::vector<int> taken(static_cast<std::size_t>(palette), 0);
    for (long long other : neighbours[member])
      if (auto colour = out.memberColour.find(other); colour != out.memberColour.end())
        ++taken[static_cast<std::size_t>(colour->second)];
    int best = 0;
    for (int c = 1; c < palette; ++c) {
      const auto ci = static_cast<std::size_t>(c), bi = static_cast<std::size_t>(best);
      if (taken[ci] < taken[bi] || (taken[ci] == taken[bi] && used[ci] < used[bi])) best = c;
    }
    out.memberColour[member] = best;
    ++used[static_cast<std::size_t>(best)];
  }
  if (!out.memberColour.empty()) {
    std::vector<long long> members;
    for (const auto& [member, colour] : out.memberColour) members.push_back(member);
    auto names = database.prepare(
        "SELECT pm.id, p.name FROM party_member pm JOIN person p ON p.id = pm.person_id "
        "WHERE pm.id IN (" +
        sqlIdList(members) + ")");
    if (!names) return names.error();
    if (auto s = names->forEachRow([&](const Statement& row) { out.memberName[row.int64(0)] = row.text(1); }); !s)
      return s.error();
  }
  return out;
}

}  // namespace grid::party
