// SPDX-License-Identifier: GPL-2.0-or-later
#include "workflow/event_support.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "ledger/field_text.h"
#include "ledger/phone.h"
#include "ledger/text_util.h"
#include "security/crypto.h"
#include "storage/database.h"
#include "storage/record_writer.h"
#include "workflow/calendar.h"

namespace grid::workflow::detail {

int levelRank(const std::string& level) {
  if (level == "grid") return 0;
  if (level == "community") return 1;
  if (level == "street") return 2;
  if (level == "district") return 3;
  return -1;
}

Error refuse(const std::string& message) {
  return makeError(ErrorCode::Conflict, message);
}

Result<EventRow> loadRow(Database& db, const std::string& serial) {
  auto statement = db.prepare(
      "SELECT id, serial_number, domain_code, coalesce(type_code, ''), grade, status, coalesce(occur_grid_id, -1), "
      "first_receiver_org_level, first_receiver_org_id, current_org_level, current_org_id, coalesce(merged_into, -1), "
      "coalesce(feedback, '') FROM event WHERE serial_number = ?");
  if (!statement) return statement.error();
  statement->bind(1, serial);
  auto row = statement->step();
  if (!row) return row.error();
  if (!*row)
    return makeError(ErrorCode::NotFound, "no event " + serial + " (or it lies outside your scope)",
                     {.table = "event"});
  EventRow e;
  e.id = statement->int64(0);
  e.serial = statement->text(1);
  e.domain = statement->text(2);
  e.type = statement->text(3);
  e.grade = statement->text(4);
  e.status = static_cast<int>(statement->int64(5));
  e.gridId = statement->int64(6);
  e.first = {statement->text(7), statement->int64(8)};
  e.current = {statement->text(9), statement->int64(10)};
  e.mergedInto = statement->int64(11);
  e.feedback = statement->text(12);
  return e;
}

Result<std::optional<StepRow>> leadStep(Database& db, long long eventId) {
  auto statement = db.prepare(
      "SELECT id, coalesce(source_org_level, ''), coalesce(source_org_id, -1), target_org_level, target_org_id, "
      "state_code, coalesce(yellow_date, ''), coalesce(red_date, ''), delay_state FROM event_step "
      "WHERE event_id = ? AND role = 'lead' AND state_code IN (110, 120, 800) ORDER BY id DESC LIMIT 1");
  if (!statement) return statement.error();
  statement->bind(1, eventId);
  auto row = statement->step();
  if (!row) return row.error();
  if (!*row) return std::optional<StepRow>();
  StepRow s;
  s.id = statement->int64(0);
  s.source = {statement->text(1), statement->int64(2)};
  if (s.source.level.empty()) s.source = {};
  s.target = {statement->text(3), statement->int64(4)};
  s.state = static_cast<int>(statement->int64(5));
  s.yellow = statement->text(6);
  s.red = statement->text(7);
  s.delayState = static_cast<int>(statement->int64(8));
  return std::optional<StepRow>(s);
}

Result<long long> queryId(Database& db, const std::string& sql, long long parameter) {
  auto statement = db.prepare(sql);
  if (!statement) return statement.error();
  statement->bind(1, parameter);
  auto row = statement->step();
  if (!row) return row.error();
  return *row && !statement->isNull(0) ? statement->int64(0) : -1LL;
}

//! The organisation above \a org (grid → community → street → district); empty for a district or department.
Result<Org> parentOf(Database& db, const Org& org) {
  std::string sql, level;
  if (org.level == "grid")
    sql = "SELECT community_id FROM main.grid WHERE id = ?", level = "community";
  else if (org.level == "community")
    sql = "SELECT street_id FROM main.community WHERE id = ?", level = "street";
  else if (org.level == "street")
    sql = "SELECT district_id FROM main.street WHERE id = ?", level = "district";
  else
    return Org{};
  auto id = queryId(db, sql, org.id);
  if (!id) return id.error();
  return *id < 0 ? Org{} : Org{level, *id};
}

//! Is \a child directly below \a parent (a grid of the community …) or a department at \a parent's level and place?
Result<bool> isBelow(Database& db, const Org& child, const Org& parent) {
  if (child.level == "department") {
    auto statement = db.prepare("SELECT 1 FROM main.department WHERE id = ? AND level = ? AND level_id = ?");
    if (!statement) return statement.error();
    statement->bind(1, child.id).bind(2, parent.level).bind(3, parent.id);
    auto row = statement->step();
    if (!row) return row.error();
    return *row;
  }
  auto up = parentOf(db, child);
  if (!up) return up.error();
  return *up == parent;
}

//! An organisation's ancestor at \a level (itself when it is at that level); empty when there is none.
Result<Org> ancestorAt(Database& db, Org org, const std::string& level) {
  for (int i = 0; i < 4 && !org.empty(); ++i) {
    if (org.level == level) return org;
    auto up = parentOf(db, org);
    if (!up) return up.error();
    org = *up;
  }
  return Org{};
}

Result<Limits> limitsFor(Database& db, const std::string& domain, const std::string& type) {
  Limits limits;
  auto statement = db.prepare(
      "SELECT yellow_accept_days, yellow_handle_days, yellow_verify_days, red_accept_days, red_handle_days, "
      "red_verify_days FROM main.duty_catalogue WHERE domain_code = ? AND (type_code = ? OR type_code IS NULL) "
      "ORDER BY type_code IS NULL LIMIT 1");
  if (!statement) return statement.error();
  statement->bind(1, domain).bind(2, type);
  auto row = statement->step();
  if (!row) return row.error();
  if (*row) {
    limits.yellowAccept = static_cast<int>(statement->int64(0));
    limits.yellowHandle = static_cast<int>(statement->int64(1));
    limits.yellowVerify = static_cast<int>(statement->int64(2));
    limits.redAccept = static_cast<int>(statement->int64(3));
    limits.redHandle = static_cast<int>(statement->int64(4));
    limits.redVerify = static_cast<int>(statement->int64(5));
  }
  return limits;
}

//! The organisation the actor acts for: their grant's place (signed in) or the one named, else \a responsible.
Result<Org> actingOrg(Database& db, const Org& named, const Org& responsible) {
  if (const AccessGuard* guard = db.accessGuard()) {
    const auto places = guard->places();
    auto holds = [&](const Org& org) {
      return std::any_of(places.begin(), places.end(),
                         [&](const auto& place) { return place.first == org.level && place.second == org.id; });
    };
    if (!named.empty()) {
      if (!holds(named))
        return makeError(ErrorCode::PermissionDenied,
                         "you hold no grant over " + orgText(db, named) + ", so you cannot act for it");
      return named;
    }
    if (!responsible.empty() && holds(responsible)) return responsible;
    if (places.empty()) return makeError(ErrorCode::PermissionDenied, "sign in first: events need a signed-in user");
    return Org{places.front().first, places.front().second};
  }
  return named.empty() ? responsible : named;
}

Status mustBe(Database& db, const Org& acting, const Org& responsible, const std::string& what) {
  if (acting == responsible) return {};
  return refuse("only " + orgText(db, responsible) + " may " + what + " now; you act for " + orgText(db, acting));
}

//! The organisation that resolved the event last (its 办结 or 就地办结), who reports back (谁办结谁反馈).
Result<Org> resolverOf(Database& db, long long eventId) {
  auto statement = db.prepare(
      "SELECT deal_org_level, deal_org_id FROM event_log WHERE event_id = ? AND operation_code IN (31, 32) "
      "ORDER BY id DESC LIMIT 1");
  if (!statement) return statement.error();
  statement->bind(1, eventId);
  auto row = statement->step();
  if (!row) return row.error();
  if (!*row || statement->isNull(0)) return Org{};
  return Org{statement->text(0), statement->int64(1)};
}

Result<bool> hasLog(Database& db, long long eventId, int operation, long long sinceLogId) {
  auto statement = db.prepare("SELECT 1 FROM event_log WHERE event_id = ? AND operation_code = ? AND id > ? LIMIT 1");
  if (!statement) return statement.error();
  statement->bind(1, eventId).bind(2, static_cast<long long>(operation)).bind(3, sinceLogId);
  auto row = statement->step();
  if (!row) return row.error();
  return *row;
}

//! The log row that began the current cycle: the last resolve/handle (feedback and rating belong to it).
Result<long long> lastResolvedAt(Database& db, long long eventId) {
  return queryId(db, "SELECT coalesce(max(id), 0) FROM event_log WHERE event_id = ? AND operation_code IN (31, 32)",
                 eventId);
}

int supervisionAt(const std::string& today, int state, const std::string& yellow, const std::string& red) {
  if (state != kUnaccepted && state != kHandling && state != kAwaitingVerify) return -1;
  if (!red.empty() && today > red) return 200;
  if (!yellow.empty() && today > yellow) return 100;
  return -1;
}

}  // namespace grid::workflow::detail
