// SPDX-License-Identifier: GPL-2.0-or-later
// Internal to access/: the table → permission-subject map and the Policy, the AccessGuard a bound session installs
// on its connection (every RecordWriter write asks it). Used by session.cpp and session_binding.cpp.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "access/session.h"
#include "security/crypto.h"
#include "storage/database.h"

namespace grid::access::detail {

using Permissions = std::map<std::string, std::set<std::pair<std::string, std::string>>>;

//! The permission subject of each table; a table not listed may be written only with admin on "user".
struct TableSubject {
  const char* table;
  const char* subject;
};
constexpr TableSubject kTableSubjects[] = {
    {"district", "place"},
    {"street", "place"},
    {"community", "place"},
    {"area", "place"},
    {"grid_plan", "place"},
    {"grid", "place"},
    {"grid_version", "place"},
    {"micro_grid", "place"},
    {"police_beat", "place"},
    {"grid_police_beat", "place"},
    {"department", "place"},
    {"base_road", "place"},
    {"base_water", "place"},
    {"property_company", "place"},
    {"estate", "place"},
    {"building", "place"},
    {"building_unit", "place"},
    {"building_grid_history", "place"},
    {"house", "household"},
    {"rental_house", "household"},
    {"household", "household"},
    {"person", "person"},
    {"person_care", "person"},
    {"key_person", "key_person"},
    {"key_place", "key_place"},
    {"key_matter", "key_matter"},
    {"key_matter_link", "key_matter"},
    {"ledger_entry", "ledger"},
    {"staff", "staff"},
    {"staff_assignment", "staff"},
    {"party_org", "party"},
    {"party_member", "party"},
    {"party_link", "party"},
    {"patrol_log", "patrol"},
    {"patrol_track", "patrol"},
    {"event", "event"},
    {"event_step", "event"},
    {"event_log", "event"},
    {"event_attachment", "event"},
    {"event_evaluation", "event"},
    {"event_delay_request", "event"},
    {"deliberation", "deliberation"},
    {"deliberation_step", "deliberation"},
    {"deliberation_link", "deliberation"},
    {"emergency_unit", "emergency"},
    {"emergency_unit_building", "emergency"},
    {"emergency_unit_member", "emergency"},
    {"service_facility", "service"},
    {"service_facility_type", "service"},
    {"grid_stats", "statistics"},
    {"notice_board", "board"},
    {"qr_token", "board"},
    {"work_package", "package"},
    {"work_package_conflict", "package"},
};

inline const char* subjectOfTable(std::string_view table) {
  for (const TableSubject& entry : kTableSubjects)
    if (table == entry.table) return entry.subject;
  return "user";  // code tables, accounts, permissions: administration
}

inline bool isGridTable(std::string_view table) {
  return table == "grid" || table == "grid_plan" || table == "grid_version" || table == "building_grid_history";
}

inline int levelRank(std::string_view level) {
  if (level == "grid") return 0;
  if (level == "area") return 1;
  if (level == "community") return 2;
  if (level == "street") return 3;
  return 4;  // district
}

inline Result<long long> parseIso(const std::string& iso) {
  std::tm tm{};
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  if (std::sscanf(iso.c_str(), "%d-%d-%dT%d:%d:%d", &year, &month, &day, &hour, &minute, &second) != 6)
    return makeError(ErrorCode::InvalidInput, "not an ISO time: " + iso);
  tm.tm_year = year - 1900;
  tm.tm_mon = month - 1;
  tm.tm_mday = day;
  tm.tm_hour = hour;
  tm.tm_min = minute;
  tm.tm_sec = second;
  return static_cast<long long>(timegm(&tm));
}

inline std::string isoOf(long long seconds) {
  const std::time_t t = static_cast<std::time_t>(seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buffer;
}

struct ResolvedGrant {
  Grant grant;
  ScopeIds ids;
};

/**
 * The signed-in user's guard: permissions of their roles over the places of their grants. Also carries the field
 * key, so fieldKey() can hand it to readers on this connection.
 */
class Policy final : public AccessGuard {
 public:
  Policy(Database& database, Actor actor, std::vector<ResolvedGrant> grants, Permissions permissions,
         std::optional<FieldCipher> cipher, std::map<std::string, std::string> subjectNames)
      : m_database(database),
        m_actor(std::move(actor)),
        m_grants(std::move(grants)),
        m_permissions(std::move(permissions)),
        m_cipher(std::move(cipher)),
        m_subjectNames(std::move(subjectNames)) {}

  const Actor& actor() const override { return m_actor; }
  const std::optional<FieldCipher>& cipher() const { return m_cipher; }
  const std::vector<ResolvedGrant>& grants() const { return m_grants; }

  bool roleMay(const std::string& role, std::string_view subject, std::string_view operation) const {
    auto it = m_permissions.find(role);
    return it != m_permissions.end() && it->second.count({std::string(subject), std::string(operation)});
  }

  //! Grid 0 stands for a row at a level above the grid: any grant at community level or above covers it.
  static bool covers(const ResolvedGrant& grant, long long grid) {
    if (grant.ids.district) return true;
    if (grid == 0) return levelRank(grant.grant.level) >= 2;
    return grant.ids.grids.count(grid) > 0;
  }

  Status allow(std::string_view subject, std::string_view operation, std::optional<long long> grid) const override {
    bool anyRole = false;
    for (const ResolvedGrant& grant : m_grants) {
      if (!roleMay(grant.grant.role, subject, operation)) continue;
      anyRole = true;
      if (!grid || covers(grant, *grid)) return {};
    }
    return refusal(subject, operation, anyRole ? grid : std::nullopt);
  }

  std::vector<std::pair<std::string, long long>> places() const override {
    std::vector<std::pair<std::string, long long>> out;
    for (const ResolvedGrant& grant : m_grants) out.emplace_back(grant.grant.level, grant.grant.scopeId);
    return out;
  }

  Status allowWrite(std::string_view table, std::string_view, std::optional<long long> gridBefore,
                    std::optional<long long> gridAfter) const override {
    const std::string subject = subjectOfTable(table);
    std::vector<std::string> operations;
    if (subject == "user")
      operations = {"admin"};
    else if (isGridTable(table))
      operations = {"redraw", "write"};
    else
      operations = {"write"};
    Status last;
    for (const std::string& operation : operations) {
      if (table == "grid") {  // a grid lies in its community: the redraw scope is the community
        last = allowGridRow(subject, operation, gridBefore);
        if (last) last = allowGridRow(subject, operation, gridAfter);
      } else {
        last = allow(subject, operation, std::nullopt);
        if (last && gridBefore) last = allow(subject, operation, *gridBefore);
        if (last && gridAfter) last = allow(subject, operation, *gridAfter);
      }
      if (last) return last;
    }
    return last;
  }

 private:
  Status allowGridRow(const std::string& subject, const std::string& operation, std::optional<long long> gridId) const {
    if (!gridId) return allow(subject, operation, std::nullopt);
    auto community = m_database.prepare("SELECT community_id FROM main.grid WHERE id = ?");
    if (!community) return community.error();
    community->bind(1, *gridId);
    auto row = community->step();
    if (!row) return row.error();
    const long long communityId = *row ? community->int64(0) : -1;
    bool anyRole = false;
    for (const ResolvedGrant& grant : m_grants) {
      if (!roleMay(grant.grant.role, subject, operation)) continue;
      anyRole = true;
      if (grant.ids.district || grant.ids.communities.count(communityId)) return {};
    }
    return refusal(subject, operation, anyRole ? gridId : std::nullopt);
  }

  Status refusal(std::string_view subject, std::string_view operation, std::optional<long long> grid) const {
    auto name = m_subjectNames.find(std::string(subject));
    const std::string what = std::string(operation) + " on " + std::string(subject) +
                             (name != m_subjectNames.end() ? " (" + name->second + ")" : "");
    if (m_actor.userId < 0)
      return makeError(ErrorCode::PermissionDenied, "sign in first: this database has accounts, and " + what +
                                                        " needs a signed-in user (gridctl: --user NAME)");
    std::string held;
    for (const ResolvedGrant& grant : m_grants)
      held += (held.empty() ? "" : ", ") + grant.grant.role + " @ " + grant.grant.scopeCode;
    if (held.empty()) held = "none";
    if (grid)
      return makeError(ErrorCode::PermissionDenied, "outside your scope: " + m_actor.name + " may " + what +
                                                        " only in the places of their grants (" + held +
                                                        "); this record lies in grid #" + std::to_string(*grid) +
                                                        ". Ask an administrator for a grant covering it.");
    return makeError(ErrorCode::PermissionDenied, "permission missing: " + what + "; " + m_actor.name + " holds " +
                                                      held + ". Ask an administrator to grant a role with it.");
  }

  Database& m_database;
  Actor m_actor;
  std::vector<ResolvedGrant> m_grants;
  Permissions m_permissions;
  std::optional<FieldCipher> m_cipher;  //!< none when nobody is signed in
  std::map<std::string, std::string> m_subjectNames;
};

}  // namespace grid::access::detail
