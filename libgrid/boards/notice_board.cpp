// SPDX-License-Identifier: GPL-2.0-or-later
#include "boards/notice_board.h"

#include "security/crypto.h"
#include "storage/database.h"
#include "storage/json.h"
#include "storage/qr_token_repository.h"
#include "storage/record_writer.h"

namespace grid {
namespace {

std::string textOrEmpty(const Statement& row, int column) {
  return row.isNull(column) ? std::string() : row.text(column);
}

Blob blobOf(const Statement& row, int column) {
  return row.isNull(column) ? Blob() : row.blob(column);
}

//! Board order of the roles; building chiefs last (there can be dozens).
int roleRank(const std::string& role, const std::string& positionType) {
  if (role == "GRID_LEADER") return 0;
  if (role == "GRID_WORKER") return positionType == "full_time" ? 1 : 2;
  if (role == "MICRO_GRID_LEADER") return 3;
  if (role == "GRID_INSTRUCTOR") return 4;
  if (role == "POLICE_OFFICER") return 5;
  if (role == "PARTY_SECRETARY") return 6;
  if (role == "PROPERTY_LEADER") return 7;
  return 8;
}

}  // namespace

std::string BoardContent::toJson() const {
  JsonObject object;
  object.add("grid_code", gridCode);
  object.add("grid_name", gridName);
  object.add("community", communityName);
  object.add("street", streetName);
  object.add("scope_text", scopeText);
  object.add("service_hours", serviceHours);
  object.add("supervision_phone", supervisionPhone);
  object.add("grid_phone", gridPhone);
  object.add("community_phone", communityPhone);
  object.add("party_branch", partyBranch);
  object.add("buildings", buildings);
  object.add("households", households);
  object.add("qr_token", qrToken);
  std::string members = "[";
  for (const BoardMember& member : this->members) {
    JsonObject m;
    m.add("role", member.roleCode);
    if (!member.positionType.empty()) m.add("position_type", member.positionType);
    m.add("name", member.name);
    m.add("work_phone", member.workPhone);
    if (!member.post.empty()) m.add("post", member.post);
    if (!member.photo.empty())
      m.add("photo_sha256",
            sha256Hex(std::string_view(reinterpret_cast<const char*>(member.photo.data()), member.photo.size())));
    members += (members.size() > 1 ? "," : "") + m.str();
  }
  members += "]";
  std::string hotlines = "[";
  for (const Hotline& hotline : this->hotlines) {
    JsonObject h;
    h.add("label", hotline.label);
    h.add("phone", hotline.phone);
    hotlines += (hotlines.size() > 1 ? "," : "") + h.str();
  }
  hotlines += "]";
  std::string json = object.str();
  json.pop_back();
  return json + ",\"members\":" + members + ",\"hotlines\":" + hotlines + "}";
}

Result<std::vector<long long>> boardGrids(Database& database, const BoardScope& scope) {
  std::vector<long long> ids;
  auto collect = [&](const std::string& sql, const std::string& code, const std::string& what) -> Status {
    auto statement = database.prepare(sql);
    if (!statement) return statement.error();
    statement->bind(1, code);
    const std::size_t before = ids.size();
    if (auto s = statement->forEachRow([&](const Statement& row) { ids.push_back(row.int64(0)); }); !s) return s;
    if (ids.size() == before)
      return makeError(ErrorCode::NotFound, "No " + what + " with code " + code +
                                                " and active grids in this database; " +
                                                "check the code (gridctl stats lists them).");
    return {};
  };
  if (!scope.communityCode.empty())
    if (auto s = collect("SELECT g.id FROM grid g JOIN community c ON c.id = g.community_id "
                         "WHERE c.admin_code = ? AND g.retired_at IS NULL ORDER BY g.grid_code",
                         scope.communityCode, "community");
        !s)
      return s.error();
  if (!scope.streetCode.empty())
    if (auto s = collect(
            "SELECT g.id FROM grid g JOIN community c ON c.id = g.community_id JOIN street s ON s.id = c.street_id "
            "WHERE s.admin_code = ? AND g.retired_at IS NULL ORDER BY g.grid_code",
            scope.streetCode, "street");
        !s)
      return s.error();
  for (const std::string& code : scope.gridCodes)
    if (auto s = collect("SELECT id FROM grid WHERE grid_code = ? AND retired_at IS NULL", code, "grid"); !s)
      return s.error();
  if (ids.empty())
    return makeError(ErrorCode::InvalidInput, "Say which grids to print: a community, a street or grid codes.");
  return ids;
}

Result<BoardContent> loadBoardContent(Database& database, long long gridId, const Actor& actor, const Clock& clock) {
  if (auto s = requirePermission(database, "board", "print", gridId); !s) return s.error();
  BoardContent board;
  board.gridId = gridId;
  board.printDate = clock.nowIso().substr(0, 10);
  auto head = database.prepare(
      "SELECT g.grid_code, g.name, c.name, s.name, g.scope_text, g.service_hours, "
      "       coalesce(g.supervision_phone, c.supervision_phone), g.contact_phone, c.contact_phone, c.address, "
      "       (SELECT count(*) FROM building b WHERE b.grid_id = g.id AND b.logout = 0), "
      "       coalesce((SELECT households FROM grid_stats WHERE grid_id = g.id), 0), g.community_id "
      "FROM grid g JOIN community c ON c.id = g.community_id JOIN street s ON s.id = c.street_id WHERE g.id = ?");
  if (!head) return head.error();
  head->bind(1, gridId);
  auto found = head->step();
  if (!found) return found.error();
  if (!*found)
    return makeError(ErrorCode::NotFound, "no grid #" + std::to_string(gridId), {.table = "grid", .recordId = gridId});
  board.gridCode = head->text(0);
  board.gridName = head->text(1);
  board.communityName = head->text(2);
  board.streetName = head->text(3);
  board.scopeText = textOrEmpty(*head, 4);
  board.serviceHours = textOrEmpty(*head, 5);
  board.supervisionPhone = textOrEmpty(*head, 6);
  board.gridPhone = textOrEmpty(*head, 7);
  board.communityPhone = textOrEmpty(*head, 8);
  board.communityAddress = textOrEmpty(*head, 9);
  board.buildings = head->int64(10);
  board.households = head->int64(11);
  const long long communityId = head->int64(12);
  head->reset();

  // Active assignments on the grid, its buildings and estates, plus the community's police officer and instructor.
  const std::string today = board.printDate;
  auto staff = database.prepare(
      "SELECT a.role_code, coalesce(a.position_type, ''), st.name, coalesce(st.work_phone, ''), coalesce(a.duties, "
      "''), "
      "       CASE a.level WHEN 'building' THEN (SELECT coalesce(b.name, b.building_code) FROM building b WHERE b.id = "
      "a.target_id) "
      "                    WHEN 'estate' THEN (SELECT e.name FROM estate e WHERE e.id = a.target_id) ELSE '' END, "
      "       st.photo, a.level "
      "FROM staff_assignment a JOIN staff st ON st.id = a.staff_id "
      "WHERE st.active = 1 AND a.start_date <= ?2 AND (a.end_date IS NULL OR a.end_date >= ?2) AND ("
      "      (a.level IN ('grid', 'micro_grid') AND a.target_id = ?1) "
      "   OR (a.level = 'building' AND a.target_id IN (SELECT id FROM building WHERE grid_id = ?1 AND logout = 0)) "
      "   OR (a.level = 'estate' AND a.target_id IN (SELECT estate_id FROM building WHERE grid_id = ?1 AND logout = "
      "0)) "
      "   OR (a.level = 'community' AND a.target_id = ?3 AND a.role_code IN ('POLICE_OFFICER', 'GRID_INSTRUCTOR'))) "
      "ORDER BY a.id");
  if (!staff) return staff.error();
  staff->bind(1, gridId).bind(2, today).bind(3, communityId);
  bool gridInstructor = false;
  std::vector<std::pair<BoardMember, std::string>> rows;
  if (auto s = staff->forEachRow([&](const Statement& row) {
        BoardMember member{row.text(0), row.text(1),         row.text(2),   row.text(3),
                           row.text(4), textOrEmpty(row, 5), blobOf(row, 6)};
        if (member.roleCode == "GRID_INSTRUCTOR" && row.text(7) != "community") gridInstructor = true;
        rows.emplace_back(std::move(member), row.text(7));
      });
      !s)
    return s.error();
  for (auto& [member, level] : rows)
    if (!(member.roleCode == "GRID_INSTRUCTOR" && level == "community" &&
          gridInstructor))  // the grid's own instructor wins
      board.members.push_back(std::move(member));

  auto party = database.prepare(
      "SELECT o.name, st.name, coalesce(st.work_phone, ''), st.photo FROM party_org o LEFT JOIN staff st ON st.id = "
      "o.secretary_staff_id "
      "WHERE o.grid_id = ? AND o.kind IN ('branch', 'group') ORDER BY o.id LIMIT 1");
  if (!party) return party.error();
  party->bind(1, gridId);
  if (auto s = party->forEachRow([&](const Statement& row) {
        board.partyBranch = row.text(0);
        if (!row.isNull(1))
          board.members.push_back({"PARTY_SECRETARY", "", row.text(1), row.text(2), "", row.text(0), blobOf(row, 3)});
      });
      !s)
    return s.error();
  std::stable_sort(board.members.begin(), board.members.end(), [](const BoardMember& a, const BoardMember& b) {
    return roleRank(a.roleCode, a.positionType) < roleRank(b.roleCode, b.positionType);
  });

  auto hotlines = database.prepare(
      "SELECT DISTINCT p.name, p.phone FROM building b JOIN estate e ON e.id = b.estate_id JOIN property_company p ON "
      "p.id = e.property_company_id "
      "WHERE b.grid_id = ? AND b.logout = 0 AND p.phone IS NOT NULL ORDER BY p.name");
  if (!hotlines) return hotlines.error();
  hotlines->bind(1, gridId);
  if (auto s = hotlines->forEachRow([&](const Statement& row) {
        board.hotlines.push_back({row.text(0), row.text(1)});
      });
      !s)
    return s.error();

  QrTokenRepository tokens(database, clock);
  auto token = tokens.activeOrIssue("grid", gridId, actor);
  if (!token) return token.error();
  board.qrToken = token->token;
  auto url = qrUrl(database, token->token);
  if (!url) return url.error();
  board.qrUrl = *url;
  return board;
}

Result<long long> recordBoardPublication(Database& database, const BoardContent& content, const Actor& actor,
                                         const Clock& clock) {
  const std::string json = content.toJson();
  auto last = database.prepare(
      "SELECT version, content_json FROM notice_board WHERE grid_id = ? ORDER BY version DESC LIMIT 1");
  if (!last) return last.error();
  last->bind(1, content.gridId);
  auto found = last->step();
  if (!found) return found.error();
  long long version = 0;
  if (*found) {
    version = last->int64(0);
    if (last->text(1) == json) return version;
  }
  last->reset();
  RecordWriter writer(database, clock);
  auto id = writer.insert(actor, "notice_board",
                          {{"grid_id", content.gridId},
                           {"version", version + 1},
                           {"published_at", clock.nowIso()},
                           {"content_json", json}});
  if (!id) return id.error();
  return version + 1;
}

}  // namespace grid
