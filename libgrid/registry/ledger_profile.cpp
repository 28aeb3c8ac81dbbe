// SPDX-License-Identifier: GPL-2.0-or-later
#include "registry/ledger_profile.h"

#include "registry/list_table.h"
#include "storage/database.h"

namespace grid::registry {

namespace {

std::string buildingScope(const LedgerTarget& target) {
  const std::string id = std::to_string(target.id);
  switch (target.level) {
    case LedgerLevel::Community:
      return "grid_id IN (SELECT id FROM grid WHERE community_id = " + id + ")";
    case LedgerLevel::Area:
      return "grid_id IN (SELECT id FROM grid WHERE area_id = " + id + ")";
    case LedgerLevel::Grid:
      return "grid_id = " + id;
    case LedgerLevel::Building:
      return "id = " + id;
    case LedgerLevel::Property:
      return "estate_id = " + id;
  }
  return "0";
}

}  // namespace

Result<LedgerProfile> loadLedgerProfile(Database& database, const LedgerTarget& target) {
  LedgerProfile profile;
  profile.target = target;
  const std::string id = std::to_string(target.id);
  std::string header;
  switch (target.level) {
    case LedgerLevel::Community:
      header = "SELECT c.name, c.admin_code, s.name FROM community c JOIN street s ON s.id = c.street_id WHERE c.id = ";
      break;
    case LedgerLevel::Area:
      header = "SELECT a.name, '', c.name FROM area a JOIN community c ON c.id = a.community_id WHERE a.id = ";
      break;
    case LedgerLevel::Grid:
      header =
          "SELECT g.name, g.grid_code, c.name || coalesce(' · ' || a.name, '') FROM grid g JOIN community c ON "
          "c.id = g.community_id LEFT JOIN area a ON a.id = g.area_id WHERE g.id = ";
      break;
    case LedgerLevel::Building:
      header =
          "SELECT b.name, coalesce(b.building_code, ''), coalesce(g.name, '') FROM building b LEFT JOIN grid g ON "
          "g.id = b.grid_id WHERE b.id = ";
      break;
    case LedgerLevel::Property:
      header =
          "SELECT e.name, '', coalesce(p.name, '') FROM estate e LEFT JOIN property_company p ON p.id = "
          "e.property_company_id WHERE e.id = ";
      break;
  }
  auto head = database.prepare(header + id);
  if (!head) return head.error();
  auto found = head->step();
  if (!found) return found.error();
  if (!*found) return makeError(ErrorCode::NotFound, "No " + levelCode(target.level) + " " + id + " in this database.");
  profile.name = head->text(0), profile.code = head->text(1), profile.parent = head->text(2);

  auto count = [&](ListKind kind, long long& out) -> Status {
    ListQuery query;
    query.kind = kind;
    query.target = target;
    auto n = ListTable(database, nullptr, query).count();
    if (!n) return n.error();
    out = *n;
    return {};
  };
  for (auto [kind, out] : {std::pair{ListKind::Households, &profile.households},
                           {ListKind::Persons, &profile.persons},
                           {ListKind::KeyPersons, &profile.keyPersons},
                           {ListKind::KeyPlaces, &profile.keyPlaces},
                           {ListKind::KeyMatters, &profile.keyMatters}})
    if (auto s = count(kind, *out); !s) return s.error();
  auto buildings = database.queryInt("SELECT count(*) FROM building WHERE logout = 0 AND " + buildingScope(target));
  if (!buildings) return buildings.error();
  profile.buildings = *buildings;
  const ListSpec& persons = listSpec(ListKind::Persons);
  auto members =
      database.queryInt("SELECT count(*) FROM " + persons.from +
                        " JOIN party_member m ON m.person_id = t.id WHERE m.active = 1 AND t.logout = 0 AND " +
                        scopeCondition(persons, target));
  if (!members) return members.error();
  profile.partyMembers = *members;
  auto entries = database.queryInt("SELECT count(*) FROM ledger_entry t WHERE " +
                                   scopeCondition(listSpec(ListKind::Entries), target) +
                                   " AND t.status IN ('open', 'in_progress')");
  if (!entries) return entries.error();
  profile.openEntries = *entries;

  static const char* levels[] = {"community", "area", "grid", "building", "estate"};
  auto staff = database.prepare(
      "SELECT a.role_code, s.name, coalesce(s.work_phone, '') FROM staff_assignment a JOIN staff s ON s.id = "
      "a.staff_id "
      "WHERE a.level = ? AND a.target_id = ? AND a.end_date IS NULL AND s.active = 1 ORDER BY a.role_code, s.name");
  if (!staff) return staff.error();
  staff->bind(1, levels[static_cast<int>(target.level)]).bind(2, target.id);
  if (auto s = staff->forEachRow([&](const Statement& r) {
        profile.staff.push_back({r.text(0), r.text(1), r.text(2)});
      });
      !s)
    return s.error();

  std::string orgScope;
  switch (target.level) {
    case LedgerLevel::Community:
      orgScope = "o.community_id = " + id + " AND o.kind IN ('committee', 'general_branch')";
      break;
    case LedgerLevel::Area:
      orgScope = "o.grid_id IN (SELECT id FROM grid WHERE area_id = " + id + ")";
      break;
    case LedgerLevel::Grid:
      orgScope = "o.grid_id = " + id;
      break;
    case LedgerLevel::Building:
      orgScope = "o.grid_id = (SELECT grid_id FROM building WHERE id = " + id + ")";
      break;
    case LedgerLevel::Property:
      orgScope = "o.grid_id IN (SELECT grid_id FROM building WHERE estate_id = " + id + ")";
      break;
  }
  auto orgs = database.prepare(
      "SELECT o.name, coalesce(s.name, ''), (SELECT count(*) FROM party_member m WHERE m.party_org_id = o.id AND "
      "m.active = 1) FROM party_org o LEFT JOIN staff s ON s.id = o.secretary_staff_id WHERE " +
      orgScope + " ORDER BY o.kind, o.name");
  if (!orgs) return orgs.error();
  if (auto s = orgs->forEachRow([&](const Statement& r) {
        profile.partyOrgs.push_back({r.text(0), r.text(1), r.int64(2)});
      });
      !s)
    return s.error();
  const ListSpec& places = listSpec(ListKind::KeyPlaces);
  auto facilities = database.prepare(
      "SELECT t.classification_code, t.name FROM key_place t WHERE t.logout = 0 AND t.classification_code IN "
      "('SCHOOL', 'HOSPITAL', 'PUBLIC_ACTIVITY', 'PARTY_GOV', 'TRANSPORT', 'TRADE') AND " +
      scopeCondition(places, target) + " ORDER BY t.classification_code, t.name LIMIT 50");
  if (!facilities) return facilities.error();
  if (auto s = facilities->forEachRow(
          [&](const Statement& r) { profile.facilities.push_back(r.text(0) + "|" + r.text(1)); });
      !s)
    return s.error();
  return profile;
}

Result<LedgerTarget> parseLedgerTarget(Database& database, const std::string& text) {
  const std::size_t colon = text.find(':');
  const auto level = colon == std::string::npos ? std::nullopt : parseLevel(text.substr(0, colon));
  if (!level)
    return makeError(ErrorCode::InvalidInput, "\"" + text +
                                                  "\" names no ledger; write community:CODE, area:ID, "
                                                  "grid:CODE, building:CODE or property:ID.");
  const std::string ref = text.substr(colon + 1);
  std::string sql;
  switch (*level) {
    case LedgerLevel::Community:
      sql = "SELECT id FROM community WHERE admin_code = ?1";
      break;
    case LedgerLevel::Area:
      sql = "SELECT id FROM area WHERE CAST(id AS TEXT) = ?1";
      break;
    case LedgerLevel::Grid:
      sql = "SELECT id FROM grid WHERE grid_code = ?1";
      break;
    case LedgerLevel::Building:
      sql =
          "SELECT id FROM building WHERE building_code = ?1 OR CAST(id AS TEXT) = ?1 ORDER BY building_code IS NULL "
          "LIMIT 1";
      break;
    case LedgerLevel::Property:
      sql = "SELECT id FROM estate WHERE CAST(id AS TEXT) = ?1 OR name = ?1 LIMIT 1";
      break;
  }
  auto statement = database.prepare(sql);
  if (!statement) return statement.error();
  statement->bind(1, ref);
  auto row = statement->step();
  if (!row) return row.error();
  if (!*row) return makeError(ErrorCode::NotFound, "No " + levelCode(*level) + " \"" + ref + "\" in this database.");
  return LedgerTarget{*level, statement->int64(0)};
}

Result<std::vector<std::pair<long long, std::string>>> ledgersOf(Database& database, long long communityId,
                                                                 LedgerLevel level) {
  const std::string id = std::to_string(communityId);
  std::string sql;
  switch (level) {
    case LedgerLevel::Community:
      sql = "SELECT id, name FROM community WHERE id = " + id;
      break;
    case LedgerLevel::Area:
      sql = "SELECT id, name FROM area WHERE community_id = " + id + " ORDER BY sequence";
      break;
    case LedgerLevel::Grid:
      sql = "SELECT id, name FROM grid WHERE community_id = " + id + " AND retired_at IS NULL ORDER BY sequence";
      break;
    case LedgerLevel::Building:
      sql = "SELECT id, name FROM building WHERE logout = 0 AND grid_id IN (SELECT id FROM grid WHERE community_id = " +
            id + ") ORDER BY grid_id, name";
      break;
    case LedgerLevel::Property:
      sql = "SELECT id, name FROM estate WHERE community_id = " + id + " ORDER BY name";
      break;
  }
  auto statement = database.prepare(sql);
  if (!statement) return statement.error();
  std::vector<std::pair<long long, std::string>> out;
  if (auto s = statement->forEachRow([&](const Statement& r) { out.emplace_back(r.int64(0), r.text(1)); }); !s)
    return s.error();
  return out;
}

}  // namespace grid::registry
