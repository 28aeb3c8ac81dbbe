// SPDX-License-Identifier: GPL-2.0-or-later
#include "staff/staff_register.h"

#include <algorithm>
#include <map>

#include "ledger/phone.h"
#include "ledger/text_util.h"
#include "storage/database.h"
#include "storage/record_writer.h"

namespace grid::staff {
namespace {

// A post is current on day ?1 when it has started and not ended before it.
constexpr const char* kCurrent = "a.start_date <= ?1 AND (a.end_date IS NULL OR a.end_date >= ?1)";

struct LevelInfo {
  const char* level;
  const char* fromCommunity;  //!< joins the target table as t and the community as c
  const char* name;           //!< the target's display name, on t
};

const LevelInfo kLevels[] = {
    {"community", "community t JOIN community c ON c.id = t.id", "t.name"},
    {"area", "area t JOIN community c ON c.id = t.community_id", "t.name"},
    {"grid", "grid t JOIN community c ON c.id = t.community_id", "t.name"},
    {"building", "building t JOIN grid g ON g.id = t.grid_id JOIN community c ON c.id = g.community_id", "t.name"},
    {"estate", "estate t JOIN community c ON c.id = t.community_id", "t.name"},
};

const LevelInfo* levelInfo(const std::string& level) {
  for (const LevelInfo& info : kLevels)
    if (level == info.level) return &info;
  return nullptr;
}

bool singleHolder(const std::string& role) {
  return role == "COMMUNITY_LEADER" || role == "AREA_LEADER" || role == "GRID_LEADER" || role == "BUILDING_LEADER" ||
         role == "PROPERTY_LEADER";
}

Result<std::string> yesterday(Database& database, const Clock& clock) {
  auto statement = database.prepare("SELECT date(?, '-1 day')");
  if (!statement) return statement.error();
  statement->bind(1, clock.today());
  std::string out;
  if (auto s = statement->forEachRow([&](const Statement& row) { out = row.text(0); }); !s) return s.error();
  return out;
}

//! Ends the current assignments \a ids yesterday, recording their previous end dates in \a change.
Status endAll(Database& database, RecordWriter& writer, const Actor& actor, const std::string& sql,
              const std::vector<Value>& binds, const std::string& endDate, AssignmentChange& change) {
  auto statement = database.prepare(sql);
  if (!statement) return statement.error();
  for (std::size_t i = 0; i < binds.size(); ++i) statement->bind(static_cast<int>(i) + 1, binds[i]);
  std::vector<std::pair<long long, std::string>> found;
  if (auto s = statement->forEachRow(
          [&](const Statement& row) { found.emplace_back(row.int64(0), row.isNull(1) ? "" : row.text(1)); });
      !s)
    return s;
  for (const auto& [id, previous] : found) {
    if (auto s = writer.update(actor, "staff_assignment", id, {{"end_date", endDate}}); !s) return s;
    change.ended.emplace_back(id, previous);
  }
  return {};
}

}  // namespace

std::string defaultRoleForLevel(const std::string& level) {
  if (level == "community") return "COMMUNITY_LEADER";
  if (level == "area") return "AREA_LEADER";
  if (level == "grid") return "GRID_WORKER";
  if (level == "building") return "BUILDING_LEADER";
  if (level == "estate") return "PROPERTY_LEADER";
  return {};
}

std::string levelForRole(const std::string& roleCode) {
  if (roleCode == "COMMUNITY_LEADER" || roleCode == "POLICE_OFFICER" || roleCode == "PARTY_SECRETARY")
    return "community";
  if (roleCode == "AREA_LEADER") return "area";
  if (roleCode == "GRID_LEADER" || roleCode == "GRID_WORKER" || roleCode == "GRID_INSTRUCTOR") return "grid";
  if (roleCode == "BUILDING_LEADER") return "building";
  if (roleCode == "PROPERTY_LEADER") return "estate";
  return {};
}

Result<std::vector<StaffMember>> loadStaffRegister(Database& database, const std::string& communityCode,
                                                   const std::string& day) {
  std::map<long long, StaffMember> members;
  for (const LevelInfo& info : kLevels) {
    auto statement = database.prepare(
        std::string("SELECT s.id, s.name, coalesce(s.work_phone, ''), a.id, a.role_code, a.target_id, ") + info.name +
        ", coalesce(a.position_type, ''), a.start_date, "
        "  CASE WHEN a.role_code = 'GRID_WORKER' AND a.position_type = 'full_time' THEN "
        "    coalesce((SELECT households FROM grid_stats WHERE grid_id = a.target_id), 0) * 1.0 / "
        "    (SELECT count(*) FROM staff_assignment b WHERE b.role_code = 'GRID_WORKER' AND b.position_type = "
        "     'full_time' AND b.level = 'grid' AND b.target_id = a.target_id AND b.start_date <= ?1 AND "
        "     (b.end_date IS NULL OR b.end_date >= ?1)) ELSE 0 END "
        "FROM staff_assignment a JOIN staff s ON s.id = a.staff_id JOIN " +
        info.fromCommunity + " WHERE t.id = a.target_id AND a.level = '" + info.level +
        "' AND c.admin_code = ?2 AND s.active = 1 AND " + kCurrent + " ORDER BY a.start_date, a.id");
    if (!statement) return statement.error();
    statement->bind(1, day).bind(2, communityCode);
    if (auto s = statement->forEachRow([&](const Statement& row) {
          StaffMember& member = members[row.int64(0)];
          member.id = row.int64(0);
          member.name = row.text(1);
          member.workPhone = row.text(2);
          member.posts.push_back(
              {row.int64(3), row.text(4), info.level, row.int64(5), row.text(6), row.text(7), row.text(8)});
          member.householdsServed += row.real(9);
        });
        !s)
      return s.error();
  }
  // The pool: active staff without any current post anywhere.
  auto pool = database.prepare(
      "SELECT s.id, s.name, coalesce(s.work_phone, '') FROM staff s WHERE s.active = 1 AND NOT EXISTS "
      "(SELECT 1 FROM staff_assignment a WHERE a.staff_id = s.id AND " +
      std::string(kCurrent) + ")");
  if (!pool) return pool.error();
  pool->bind(1, day);
  if (auto s = pool->forEachRow([&](const Statement& row) {
        StaffMember& member = members[row.int64(0)];
        member.id = row.int64(0);
        member.name = row.text(1);
        member.workPhone = row.text(2);
      });
      !s)
    return s.error();
  std::vector<StaffMember> out;
  out.reserve(members.size());
  for (auto& [id, member] : members) out.push_back(std::move(member));
  std::stable_sort(out.begin(), out.end(), [](const StaffMember& a, const StaffMember& b) { return a.name < b.name; });
  return out;
}

Result<AssignmentChange> assignStaff(Database& database, const Clock& clock, const Actor& actor,
                                     const AssignmentRequest& request) {
  const std::string expected = levelForRole(request.roleCode);
  if (expected.empty())
    return makeError(ErrorCode::InvalidInput, "Unknown role " + request.roleCode + "; use a staff_role code.",
                     {.table = "staff_assignment", .field = "role_code"});
  if (request.level != expected && !(request.roleCode == "POLICE_OFFICER" && request.level == "grid"))
    return makeError(ErrorCode::InvalidInput,
                     "A " + request.roleCode + " post is held on a " + expected + ", not on a " + request.level +
                         "; drop the person on a " + expected + ".",
                     {.table = "staff_assignment", .field = "level"});
  const LevelInfo* info = levelInfo(request.level);
  if (!info) return makeError(ErrorCode::InvalidInput, "Unknown level " + request.level + ".");
  {
    auto staff = database.prepare("SELECT active, name FROM staff WHERE id = ?");
    if (!staff) return staff.error();
    staff->bind(1, request.staffId);
    long long active = -1;
    std::string name;
    if (auto s = staff->forEachRow([&](const Statement& row) {
          active = row.int64(0);
          name = row.text(1);
        });
        !s)
      return s.error();
    if (active < 0)
      return makeError(ErrorCode::NotFound, "No staff member " + std::to_string(request.staffId) + ".",
                       {.table = "staff", .recordId = request.staffId});
    if (active == 0)
      return makeError(ErrorCode::Conflict, name + " has left (inactive); reactivate them in the register first.",
                       {.table = "staff", .recordId = request.staffId, .field = "active"});
  }
  {
    const std::string alive = request.level == "grid"       ? " AND t.retired_at IS NULL"
                              : request.level == "building" ? " AND t.logout = 0"
                                                            : "";
    auto target =
        database.prepare(std::string("SELECT count(*) FROM ") + info->fromCommunity + " WHERE t.id = ?" + alive);
    if (!target) return target.error();
    target->bind(1, request.targetId);
    long long found = 0;
    if (auto s = target->forEachRow([&](const Statement& row) { found = row.int64(0); }); !s) return s.error();
    if (found == 0)
      return makeError(ErrorCode::NotFound,
                       "No current " + request.level + " " + std::to_string(request.targetId) +
                           " to assign to; it may have been retired by a redraw. Reload the map.",
                       {.table = request.level, .recordId = request.targetId});
  }
  const std::string day = clock.today();
  {
    auto held = database.prepare(std::string("SELECT count(*) FROM staff_assignment a WHERE a.staff_id = ?2 AND "
                                             "a.role_code = ?3 AND a.level = ?4 AND a.target_id = ?5 AND ") +
                                 kCurrent);
    if (!held) return held.error();
    held->bind(1, day)
        .bind(2, request.staffId)
        .bind(3, request.roleCode)
        .bind(4, request.level)
        .bind(5, request.targetId);
    long long n = 0;
    if (auto s = held->forEachRow([&](const Statement& row) { n = row.int64(0); }); !s) return s.error();
    if (n > 0)
      return makeError(ErrorCode::Conflict, "This person already holds that post.",
                       {.table = "staff_assignment", .recordId = request.staffId});
  }
  auto endDate = yesterday(database, clock);
  if (!endDate) return endDate.error();

  Transaction transaction(database);
  if (!transaction.begun()) return transaction.begun().error();
  RecordWriter writer(database, clock);
  AssignmentChange change;
  if (singleHolder(request.roleCode)) {
    if (auto s = endAll(database, writer, actor,
                        std::string("SELECT a.id, a.end_date FROM staff_assignment a WHERE a.role_code = ?2 AND "
                                    "a.level = ?3 AND a.target_id = ?4 AND ") +
                            kCurrent,
                        {day, request.roleCode, request.level, request.targetId}, *endDate, change);
        !s)
      return s.error();
  }
  if (request.roleCode == "GRID_WORKER" && !request.keepOtherPosts) {
    if (auto s = endAll(database, writer, actor,
                        std::string("SELECT a.id, a.end_date FROM staff_assignment a WHERE a.role_code = "
                                    "'GRID_WORKER' AND a.staff_id = ?2 AND ") +
                            kCurrent,
                        {day, request.staffId}, *endDate, change);
        !s)
      return s.error();
  }
  Fields fields{{"staff_id", request.staffId},
                {"role_code", request.roleCode},
                {"level", request.level},
                {"target_id", request.targetId},
                {"start_date", day}};
  if (request.roleCode == "GRID_WORKER")
    fields.emplace_back("position_type",
                        request.positionType.empty() ? std::string("full_time") : request.positionType);
  auto id = writer.insert(actor, "staff_assignment", fields);
  if (!id) return id.error();
  change.created = *id;
  if (auto s = transaction.commit(); !s) return s.error();
  return change;
}

Result<AssignmentChange> endPost(Database& database, const Clock& clock, const Actor& actor, long long assignmentId) {
  auto endDate = yesterday(database, clock);
  if (!endDate) return endDate.error();
  Transaction transaction(database);
  if (!transaction.begun()) return transaction.begun().error();
  RecordWriter writer(database, clock);
  AssignmentChange change;
  if (auto s = endAll(database, writer, actor,
                      std::string("SELECT a.id, a.end_date FROM staff_assignment a WHERE a.id = ?2 AND ") + kCurrent,
                      {clock.today(), assignmentId}, *endDate, change);
      !s)
    return s.error();
  if (change.ended.empty())
    return makeError(ErrorCode::NotFound, "Post " + std::to_string(assignmentId) + " is not current.",
                     {.table = "staff_assignment", .recordId = assignmentId});
  if (auto s = transaction.commit(); !s) return s.error();
  return change;
}

Status revertAssignment(Database& database, const Clock& clock, const Actor& actor, const AssignmentChange& change) {
  Transaction transaction(database);
  if (!transaction.begun()) return transaction.begun().error();
  RecordWriter writer(database, clock);
  if (change.created >= 0)
    if (auto s = writer.remove(actor, "staff_assignment", change.created); !s) return s;
  for (const auto& [id, previous] : change.ended)
    if (auto s =
            writer.update(actor, "staff_assignment", id, {{"end_date", previous.empty() ? null() : Value(previous)}});
        !s)
      return s;
  return transaction.commit();
}

Result<RecordChange> addStaffMember(Database& database, const Clock& clock, const Actor& actor,
                                    const NewStaffMember& member) {
  const std::string name = trimmed(member.name);
  if (name.empty())
    return makeError(ErrorCode::InvalidInput, "Enter the staff member's name.", {.table = "staff", .field = "name"});
  if (!member.gender.empty() && member.gender != "M" && member.gender != "F")
    return makeError(ErrorCode::InvalidInput, "Gender is M (男) or F (女), or left empty.",
                     {.table = "staff", .field = "gender"});
  Value phone = null();
  if (!member.workPhone.empty()) {
    auto parsed = validatePhone(member.workPhone);
    if (!parsed)
      return makeError(ErrorCode::InvalidInput,
                       "The work phone '" + member.workPhone + "' is not a phone number: " + parsed.error().message,
                       {.table = "staff", .field = "work_phone"});
    phone = parsed->normalized;
  }
  return recordedEdit(database, clock, [&](RecordWriter& writer, RecordChange& change) -> Status {
    auto id = insertRecorded(writer, actor, "staff",
                             {{"name", name},
                              {"gender", member.gender.empty() ? null() : Value(member.gender)},
                              {"work_phone", phone},
                              {"active", 1LL},
                              {"registered_date", clock.today()},
                              {"remark", member.remark.empty() ? null() : Value(member.remark)}},
                             change);
    if (!id) return id.error();
    return {};
  });
}

Result<RecordChange> deactivateStaff(Database& database, const Clock& clock, const Actor& actor, long long staffId) {
  auto member = database.prepare("SELECT active FROM staff WHERE id = ?");
  if (!member) return member.error();
  member->bind(1, staffId);
  auto row = member->step();
  if (!row) return row.error();
  if (!*row)
    return makeError(ErrorCode::NotFound, "The staff member no longer exists; reload the register.",
                     {.table = "staff", .recordId = staffId});
  if (member->int64(0) != 1)
    return makeError(ErrorCode::Conflict, "The staff member has already left.",
                     {.table = "staff", .recordId = staffId});
  member->reset();
  auto endDate = yesterday(database, clock);
  if (!endDate) return endDate.error();
  auto posts = database.prepare(std::string("SELECT a.id FROM staff_assignment a WHERE a.staff_id = ?2 AND ") +
                                kCurrent + " ORDER BY a.id");
  if (!posts) return posts.error();
  posts->bind(1, clock.today()).bind(2, staffId);
  std::vector<long long> current;
  if (auto s = posts->forEachRow([&](const Statement& r) { current.push_back(r.int64(0)); }); !s) return s.error();
  return recordedEdit(database, clock, [&](RecordWriter& writer, RecordChange& change) -> Status {
    for (long long post : current)
      if (auto s = updateRecorded(writer, actor, "staff_assignment", post, {{"end_date", *endDate}}, change); !s)
        return s;
    return updateRecorded(writer, actor, "staff", staffId, {{"active", 0LL}}, change);
  });
}

}  // namespace grid::staff
