// SPDX-License-Identifier: GPL-2.0-or-later
#include "workflow/event_flow.h"

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

namespace grid::workflow {
namespace {

// Step states (DOMAIN.md §6.1) and event statuses.
constexpr int kUnaccepted = 110, kHandling = 120, kHandedOn = 500, kAwaitingVerify = 800, kReturned = 900,
              kVerifiedStep = 1000, kFiled = 1100;
constexpr int kDealing = 1, kComplete = 150, kClosed = 250, kVerified = 300;
// Log operations: S16's codes where it has one, our own below 10.
constexpr int kOpReport = 10, kOpClassify = 2, kOpExtendRequest = 3, kOpExtendApprove = 4, kOpExtendReject = 5,
              kOpEvaluate = 6, kOpReopen = 7, kOpMerge = 8, kOpAssign = 21, kOpVerify = 30, kOpResolve = 31,
              kOpHandle = 32, kOpEscalate = 41, kOpFeedback = 42, kOpAccept = 61, kOpClose = 111, kOpReturn = 200;

struct Limits {
  int yellowAccept = 1, yellowHandle = 5, yellowVerify = 1, redAccept = 2, redHandle = 10, redVerify = 2;
};

struct EventRow {
  long long id = -1;
  std::string serial, domain, type, grade, feedback;
  int status = kDealing;
  long long gridId = -1, mergedInto = -1;
  Org first, current;
};

struct StepRow {
  long long id = -1;
  Org source, target;
  int state = 0;
  std::string yellow, red;
  int delayState = 0;
};

int levelRank(const std::string& level) {
  if (level == "grid") return 0;
  if (level == "community") return 1;
  if (level == "street") return 2;
  if (level == "district") return 3;
  return -1;
}

Error refuse(const std::string& message) { return makeError(ErrorCode::Conflict, message); }

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
    return makeError(ErrorCode::NotFound, "no event " + serial + " (or it lies outside your scope)", {.table = "event"});
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
  if (org.level == "grid") sql = "SELECT community_id FROM main.grid WHERE id = ?", level = "community";
  else if (org.level == "community") sql = "SELECT street_id FROM main.community WHERE id = ?", level = "street";
  else if (org.level == "street") sql = "SELECT district_id FROM main.street WHERE id = ?", level = "district";
  else return Org{};
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

//! Everything an action needs while it writes: the writer, the calendar, today, warnings.
struct Context {
  Database& db;
  const Clock& clock;
  const Actor& actor;
  RecordWriter writer;
  WorkCalendar calendar;
  std::string today, now;
  std::vector<std::string> warnings;

  Context(Database& database, const Clock& c, const Actor& a) : db(database), clock(c), actor(a), writer(database, c) {
    now = clock.nowIso();
    today = now.substr(0, 10);
  }

  std::string deadline(int workdays) {
    const std::string day = calendar.addWorkdays(today, workdays);
    for (int year : calendar.uncoveredYears()) {
      const std::string warning = "the working-day calendar does not cover " + std::to_string(year) +
                                  ": deadlines there count Monday to Friday only (add the year's holidays)";
      if (std::find(warnings.begin(), warnings.end(), warning) == warnings.end()) warnings.push_back(warning);
    }
    return day;
  }

  Result<long long> newStep(long long eventId, const Org& source, const Org& target, int operation, int state,
                            int yellowDays, int redDays, const std::string& role = "lead") {
    Fields fields = {{"event_id", Value(eventId)},
                     {"target_org_level", Value(target.level)},
                     {"target_org_id", Value(target.id)},
                     {"entry_operation", Value(static_cast<long long>(operation))},
                     {"entry_date", Value(now)},
                     {"state_code", Value(static_cast<long long>(state))},
                     {"deal_user", Value(actor.name)},
                     {"role", Value(role)}};
    if (!source.empty()) {
      fields.push_back({"source_org_level", Value(source.level)});
      fields.push_back({"source_org_id", Value(source.id)});
    }
    if (yellowDays > 0) fields.push_back({"yellow_date", Value(deadline(yellowDays))});
    if (redDays > 0) fields.push_back({"red_date", Value(deadline(redDays))});
    return writer.insert(actor, "event_step", fields);
  }

  Status endStep(long long stepId, int state, const std::string& note = {}) {
    Fields fields = {{"state_code", Value(static_cast<long long>(state))}, {"end_date", Value(now)}};
    if (!note.empty()) fields.push_back({"deal_description", Value(note)});
    return writer.update(actor, "event_step", stepId, fields);
  }

  Status log(long long eventId, long long stepId, int operation, const Org& deal, const Org& target,
             const std::string& description, const std::string& deadlineDate = {}) {
    Fields fields = {{"event_id", Value(eventId)},
                     {"operation_code", Value(static_cast<long long>(operation))},
                     {"deal_user", Value(actor.name)},
                     {"deal_time", Value(now)}};
    if (stepId > 0) fields.push_back({"step_id", Value(stepId)});
    if (!deal.empty()) {
      fields.push_back({"deal_org_level", Value(deal.level)});
      fields.push_back({"deal_org_id", Value(deal.id)});
    }
    if (!target.empty()) {
      fields.push_back({"target_org_level", Value(target.level)});
      fields.push_back({"target_org_id", Value(target.id)});
    }
    if (!description.empty()) fields.push_back({"description", Value(description)});
    if (!deadlineDate.empty()) fields.push_back({"deal_deadline", Value(deadlineDate)});
    auto id = writer.insert(actor, "event_log", fields);
    return id ? Status{} : Status(id.error());
  }

  Status setEvent(long long eventId, const Fields& fields) { return writer.update(actor, "event", eventId, fields); }
};

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


}  // namespace

// ---- organisations ------------------------------------------------------------------------------------------------

Result<Org> parseOrg(Database& db, const std::string& text) {
  const auto colon = text.find(':');
  const std::string usage = "an organisation is grid:GRID_CODE, community:CODE, street:CODE, district:CODE or "
                            "department:ID";
  if (colon == std::string::npos) return makeError(ErrorCode::InvalidInput, "'" + text + "': " + usage);
  const std::string level = text.substr(0, colon), code = text.substr(colon + 1);
  std::string sql;
  if (level == "grid") sql = "SELECT id FROM main.grid WHERE grid_code = ?";
  else if (level == "community") sql = "SELECT id FROM main.community WHERE admin_code = ?";
  else if (level == "street") sql = "SELECT id FROM main.street WHERE admin_code = ?";
  else if (level == "district") sql = "SELECT id FROM main.district WHERE admin_code = ?";
  else if (level == "department") sql = "SELECT id FROM main.department WHERE CAST(id AS TEXT) = ?";
  else return makeError(ErrorCode::InvalidInput, "unknown level '" + level + "': " + usage);
  auto statement = db.prepare(sql);
  if (!statement) return statement.error();
  statement->bind(1, code);
  auto row = statement->step();
  if (!row) return row.error();
  if (!*row) return makeError(ErrorCode::NotFound, "no " + level + " " + code + " in this database (" + usage + ")");
  return Org{level, statement->int64(0)};
}

std::string orgText(Database& db, const Org& org) {
  if (org.empty()) return "(nobody)";
  std::string sql;
  if (org.level == "grid") sql = "SELECT grid_code FROM main.grid WHERE id = ?";
  else if (org.level == "community") sql = "SELECT admin_code FROM main.community WHERE id = ?";
  else if (org.level == "street") sql = "SELECT admin_code FROM main.street WHERE id = ?";
  else if (org.level == "district") sql = "SELECT admin_code FROM main.district WHERE id = ?";
  else return org.level + ":" + std::to_string(org.id);
  auto statement = db.prepare(sql);
  if (statement) {
    statement->bind(1, org.id);
    if (auto row = statement->step(); row && *row) return org.level + ":" + statement->text(0);
  }
  return org.level + ":" + std::to_string(org.id);
}

std::optional<Action> parseAction(const std::string& text) {
  static const std::pair<const char*, Action> kActions[] = {
      {"accept", Action::Accept},     {"classify", Action::Classify}, {"handle", Action::Handle},
      {"escalate", Action::Escalate}, {"assign", Action::Assign},     {"extend", Action::Extend},
      {"return", Action::Return},     {"resolve", Action::Resolve},   {"feedback", Action::Feedback},
      {"evaluate", Action::Evaluate}, {"verify", Action::Verify},     {"close", Action::Close},
      {"reopen", Action::Reopen},     {"merge", Action::Merge}};
  for (const auto& [name, action] : kActions)
    if (text == name) return action;
  return std::nullopt;
}

std::string actionName(Action action) {
  switch (action) {
    case Action::Accept: return "accept";
    case Action::Classify: return "classify";
    case Action::Handle: return "handle";
    case Action::Escalate: return "escalate";
    case Action::Assign: return "assign";
    case Action::Extend: return "extend";
    case Action::Return: return "return";
    case Action::Resolve: return "resolve";
    case Action::Feedback: return "feedback";
    case Action::Evaluate: return "evaluate";
    case Action::Verify: return "verify";
    case Action::Close: return "close";
    case Action::Reopen: return "reopen";
    case Action::Merge: return "merge";
  }
  return "accept";
}

// ---- report -------------------------------------------------------------------------------------------------------

Result<ActionResult> reportEvent(Database& db, const FieldCipher* cipher, const Clock& clock, const Actor& actor,
                                 const ReportInput& input) {
  auto content = cleanFieldText(input.content, TextField::Note);
  if (!content) return makeError(ErrorCode::InvalidInput, content.error().message, {.field = "content"});
  if (content->empty()) return makeError(ErrorCode::InvalidInput, "an event needs a description", {.field = "content"});
  std::string title = input.subject;
  if (title.empty()) {  // the first 30 characters of the description, cut between characters
    std::size_t at = 0, characters = 0;
    while (at < content->size() && characters < 30) {
      ++at;
      while (at < content->size() && (static_cast<unsigned char>((*content)[at]) & 0xC0) == 0x80) ++at;
      ++characters;
    }
    title = content->substr(0, at);
  }
  auto subject = cleanFieldText(title, TextField::Name);
  if (!subject) return makeError(ErrorCode::InvalidInput, subject.error().message, {.field = "subject"});
  auto grid = queryId(db, "SELECT id FROM main.grid WHERE id = ? AND retired_at IS NULL", input.gridId);
  if (!grid) return grid.error();
  if (*grid < 0) return makeError(ErrorCode::NotFound, "no active grid #" + std::to_string(input.gridId), {.field = "grid"});
  auto domain = db.prepare("SELECT 1 FROM main.code_value WHERE domain = 'event_domain' AND code = ?");
  if (!domain) return domain.error();
  domain->bind(1, input.domainCode);
  if (auto row = domain->step(); !row || !*row)
    return makeError(ErrorCode::InvalidInput, "unknown event class '" + input.domainCode + "' (gridctl events classes)",
                     {.field = "class"});
  domain = Error{};
  if (!input.typeCode.empty()) {
    auto type = db.prepare("SELECT 1 FROM main.code_value WHERE domain = 'event_type' AND code = ? AND code LIKE ? || '\\_%' ESCAPE '\\'");
    if (!type) return type.error();
    type->bind(1, input.typeCode).bind(2, input.domainCode);
    if (auto row = type->step(); !row || !*row)
      return makeError(ErrorCode::InvalidInput, "'" + input.typeCode + "' is not an item of class " + input.domainCode,
                       {.field = "type"});
  }
  if (input.grade != "normal" && input.grade != "urgent" && input.grade != "critical")
    return makeError(ErrorCode::InvalidInput, "grade is normal, urgent or critical", {.field = "grade"});
  if (auto s = requirePermission(db, "event", "write", input.gridId); !s) return s.error();

  Org receiver = input.receiver.empty() ? Org{"grid", input.gridId} : input.receiver;
  auto acting = actingOrg(db, input.receiver, receiver);
  if (!acting) return acting.error();
  receiver = *acting;
  // The receiver must be the grid itself or an organisation above it (a hotline at the community or street).
  if (receiver.level != "grid" || receiver.id != input.gridId) {
    auto above = ancestorAt(db, Org{"grid", input.gridId}, receiver.level);
    if (!above) return above.error();
    if (!(*above == receiver))
      return refuse(orgText(db, receiver) + " cannot receive an event of grid " + orgText(db, {"grid", input.gridId}) +
                    ": it is neither that grid nor above it");
  }

  Context ctx(db, clock, actor);
  auto calendar = WorkCalendar::load(db);
  if (!calendar) return calendar.error();
  ctx.calendar = std::move(*calendar);
  auto limits = limitsFor(db, input.domainCode, input.typeCode);
  if (!limits) return limits.error();

  Transaction transaction(db);
  if (!transaction.begun()) return transaction.begun().error();
  auto next = db.queryInt("SELECT coalesce(max(id), 0) + 1 FROM main.event");
  if (!next) return next.error();
  char serial[40];
  std::snprintf(serial, sizeof serial, "SJ%s-%06lld", (ctx.today.substr(0, 4) + ctx.today.substr(5, 2) + ctx.today.substr(8, 2)).c_str(),
                *next);
  Fields fields = {{"serial_number", Value(std::string(serial))},
                   {"subject", Value(*subject)},
                   {"content", Value(*content)},
                   {"issue_kind", Value(input.issueKind)},
                   {"domain_code", Value(input.domainCode)},
                   {"grade", Value(input.grade)},
                   {"source_kind", Value(input.source)},
                   {"occur_grid_id", Value(input.gridId)},
                   {"occur_date", Value(ctx.today)},
                   {"urgent", Value(static_cast<long long>(input.grade != "normal"))},
                   {"status", Value(static_cast<long long>(kDealing))},
                   {"first_receiver", Value(actor.name)},
                   {"first_receiver_org_level", Value(receiver.level)},
                   {"first_receiver_org_id", Value(receiver.id)},
                   {"current_org_level", Value(receiver.level)},
                   {"current_org_id", Value(receiver.id)},
                   {"created_at", Value(ctx.now)}};
  if (!input.typeCode.empty()) fields.push_back({"type_code", Value(input.typeCode)});
  if (input.buildingId > 0) fields.push_back({"building_id", Value(input.buildingId)});
  if (!input.reporterName.empty()) {
    auto name = cleanFieldText(input.reporterName, TextField::Name);
    if (!name) return makeError(ErrorCode::InvalidInput, name.error().message, {.field = "reporter_name"});
    fields.push_back({"reporter_name", Value(*name)});
  }
  if (!input.reporterPhone.empty()) {
    if (!cipher) return makeError(ErrorCode::PermissionDenied, "a reporter's phone needs the database key (sign in)");
    auto phone = validatePhone(input.reporterPhone);
    if (!phone) return makeError(ErrorCode::InvalidInput, phone.error().message, {.field = "reporter_phone"});
    const Bytes encrypted = cipher->encrypt(phone->normalized);
    fields.push_back({"reporter_phone_cipher", Value(Blob(encrypted.begin(), encrypted.end()))});
    fields.push_back({"reporter_phone_masked", Value(maskPhone(phone->normalized))});
  }
  if (input.point) fields.push_back({"geom", Value(Wkt{"POINT(" + std::to_string(input.point->first) + " " +
                                                        std::to_string(input.point->second) + ")"})});
  else if (input.buildingId > 0) {
    auto centre = db.prepare("SELECT AsText(PointOnSurface(geom)) FROM main.building WHERE id = ?");
    if (!centre) return centre.error();
    centre->bind(1, input.buildingId);
    auto row = centre->step();
    if (!row) return row.error();
    if (!*row) return makeError(ErrorCode::NotFound, "no building #" + std::to_string(input.buildingId), {.field = "building"});
    fields.push_back({"geom", Value(Wkt{centre->text(0)})});
  }
  auto eventId = ctx.writer.insert(actor, "event", fields);
  if (!eventId) return eventId.error();
  // 首问首接: the receiver owns it from the start, handling.
  auto step = ctx.newStep(*eventId, {}, receiver, kOpReport, kHandling, limits->yellowHandle, limits->redHandle);
  if (!step) return step.error();
  if (auto s = ctx.log(*eventId, *step, kOpReport, receiver, receiver, input.source); !s) return s.error();
  if (auto s = transaction.commit(); !s) return s.error();
  return ActionResult{serial, kDealing, receiver, kHandling, ctx.warnings};
}

// ---- act ----------------------------------------------------------------------------------------------------------

Result<ActionResult> act(Database& db, const Clock& clock, const Actor& actor, const std::string& serial,
                         const ActionInput& input) {
  auto loaded = loadRow(db, serial);
  if (!loaded) return loaded.error();
  EventRow event = *loaded;
  auto leadResult = leadStep(db, event.id);
  if (!leadResult) return leadResult.error();
  const std::optional<StepRow> lead = *leadResult;
  if (auto s = requirePermission(db, "event", "write", event.gridId > 0 ? std::optional<long long>(event.gridId) : std::nullopt); !s)
    return s.error();

  // Who must act: the holder of the lead step; a department's step is acted on by whoever assigned it.
  Org responsible;
  if (lead) responsible = lead->target.level == "department" ? lead->source : lead->target;
  if (input.action == Action::Reopen) responsible = event.first;
  if (input.action == Action::Feedback) {
    auto resolver = resolverOf(db, event.id);
    if (!resolver) return resolver.error();
    responsible = *resolver;
  }
  if (input.action == Action::Extend && input.approve && lead) {
    auto above = lead->target.level == "department" ? Result<Org>(lead->source) : parentOf(db, lead->target);
    if (!above) return above.error();
    responsible = *above;
  }
  auto acting = actingOrg(db, input.actingAs, responsible);
  if (!acting) return acting.error();
  const Org me = *acting;
  const std::string action = actionName(input.action);

  auto needOpen = [&](std::initializer_list<int> states) -> Status {
    if (event.status == kClosed || event.status == kVerified)
      return refuse("event " + serial + " is " + (event.status == kClosed ? "closed" : "verified and closed") +
                    "; it can only be reopened");
    if (!lead) return refuse("event " + serial + " has no open step");
    if (std::find(states.begin(), states.end(), lead->state) == states.end()) {
      const char* name = lead->state == kUnaccepted ? "待受理, awaiting acceptance"
                         : lead->state == kHandling ? "处理中, being handled"
                                                    : "待验证, awaiting verification";
      return refuse("cannot " + action + " event " + serial + " in its current step (" + name + ")");
    }
    return {};
  };

  Context ctx(db, clock, actor);
  auto calendar = WorkCalendar::load(db);
  if (!calendar) return calendar.error();
  ctx.calendar = std::move(*calendar);
  auto limits = limitsFor(db, event.domain, event.type);
  if (!limits) return limits.error();
  Transaction transaction(db);
  if (!transaction.begun()) return transaction.begun().error();
  Org holder = lead ? lead->target : Org{};
  int state = lead ? lead->state : 0;
  int status = event.status;

  switch (input.action) {
    case Action::Accept: {
      if (auto s = needOpen({kUnaccepted}); !s) return s.error();
      if (auto s = mustBe(db, me, responsible, "accept it"); !s) return s.error();
      if (auto s = ctx.writer.update(actor, "event_step", lead->id,
                                     {{"state_code", Value(static_cast<long long>(kHandling))},
                                      {"yellow_date", Value(ctx.deadline(limits->yellowHandle))},
                                      {"red_date", Value(ctx.deadline(limits->redHandle))}});
          !s)
        return s.error();
      if (auto s = ctx.log(event.id, lead->id, kOpAccept, me, holder, input.note); !s) return s.error();
      state = kHandling;
      break;
    }
    case Action::Classify: {
      if (auto s = needOpen({kHandling}); !s) return s.error();
      if (auto s = mustBe(db, me, responsible, "classify it"); !s) return s.error();
      const std::string domain = input.domainCode.empty() ? event.domain : input.domainCode;
      Fields fields = {{"domain_code", Value(domain)}};
      auto known = db.prepare("SELECT 1 FROM main.code_value WHERE domain = 'event_domain' AND code = ?");
      if (!known) return known.error();
      known->bind(1, domain);
      if (auto row = known->step(); !row || !*row)
        return makeError(ErrorCode::InvalidInput, "unknown event class '" + domain + "'", {.field = "class"});
      if (!input.typeCode.empty()) {
        if (input.typeCode.rfind(domain + "_", 0) != 0)
          return makeError(ErrorCode::InvalidInput, "'" + input.typeCode + "' is not an item of class " + domain,
                           {.field = "type"});
        fields.push_back({"type_code", Value(input.typeCode)});
      }
      if (!input.grade.empty()) {
        if (input.grade != "normal" && input.grade != "urgent" && input.grade != "critical")
          return makeError(ErrorCode::InvalidInput, "grade is normal, urgent or critical", {.field = "grade"});
        fields.push_back({"grade", Value(input.grade)});
        fields.push_back({"urgent", Value(static_cast<long long>(input.grade != "normal"))});
      }
      if (auto s = ctx.setEvent(event.id, fields); !s) return s.error();
      if (auto s = ctx.log(event.id, lead->id, kOpClassify, me, {}, domain + " " + input.typeCode + " " + input.grade); !s)
        return s.error();
      break;
    }
    case Action::Handle:
    case Action::Resolve: {
      if (auto s = needOpen({kHandling}); !s) return s.error();
      if (auto s = mustBe(db, me, responsible, action + " it"); !s) return s.error();
      if (input.action == Action::Handle && !(holder == event.first))
        return refuse("only the first receiver handles an event on the spot (就地办结); " + orgText(db, holder) +
                      " resolves it instead");
      if (auto s = ctx.endStep(lead->id, input.action == Action::Handle ? kFiled : kHandedOn, input.note); !s) return s.error();
      auto verify = ctx.newStep(event.id, holder, event.first, input.action == Action::Handle ? kOpHandle : kOpResolve,
                                kAwaitingVerify, limits->yellowVerify, limits->redVerify);
      if (!verify) return verify.error();
      if (auto s = ctx.log(event.id, lead->id, input.action == Action::Handle ? kOpHandle : kOpResolve, holder,
                           event.first, input.note);
          !s)
        return s.error();
      if (auto s = ctx.setEvent(event.id, {{"status", Value(static_cast<long long>(kComplete))},
                                           {"complete_date", Value(ctx.today)},
                                           {"current_org_level", Value(event.first.level)},
                                           {"current_org_id", Value(event.first.id)}});
          !s)
        return s.error();
      holder = event.first, state = kAwaitingVerify, status = kComplete;
      break;
    }
    case Action::Escalate: {
      if (auto s = needOpen({kHandling}); !s) return s.error();
      if (auto s = mustBe(db, me, responsible, "escalate it"); !s) return s.error();
      if (holder.level == "department") return refuse("a department's step goes back (return), not up");
      auto parent = parentOf(db, holder);
      if (!parent) return parent.error();
      if (parent->empty()) return refuse(orgText(db, holder) + " is the top level: assign the event or resolve it");
      Org target = *parent;
      bool skip = false;
      if (!input.to.empty() && !(input.to == *parent)) {
        // Skip-level only where a rule names this class and grade (越级上报).
        auto rule = db.prepare(
            "SELECT submit_level FROM main.escalation_rule WHERE enabled = 1 AND domain_code = ? AND grade = ? AND "
            "(type_code IS NULL OR type_code = ?) LIMIT 1");
        if (!rule) return rule.error();
        rule->bind(1, event.domain).bind(2, event.grade).bind(3, event.type);
        auto row = rule->step();
        if (!row) return row.error();
        const std::string allowedLevel = *row ? rule->text(0) : std::string();
        rule = Error{};
        if (allowedLevel.empty() || levelRank(input.to.level) > levelRank(allowedLevel) ||
            levelRank(input.to.level) <= levelRank(holder.level))
          return refuse("no skip-level rule lets a " + event.grade + " " + event.domain + " event go from " +
                        orgText(db, holder) + " to " + orgText(db, input.to) + "; escalate to " +
                        orgText(db, *parent) + " (不能越级上报)");
        auto above = ancestorAt(db, holder, input.to.level);
        if (!above) return above.error();
        if (!(*above == input.to))
          return refuse(orgText(db, input.to) + " is not above " + orgText(db, holder));
        target = input.to;
        skip = true;
      }
      if (auto s = ctx.endStep(lead->id, kHandedOn, input.note); !s) return s.error();
      auto step = ctx.newStep(event.id, holder, target, kOpEscalate, kUnaccepted, limits->yellowAccept, limits->redAccept);
      if (!step) return step.error();
      if (auto s = ctx.log(event.id, *step, kOpEscalate, holder, target, (skip ? "skip-level: " : "") + input.note); !s)
        return s.error();
      if (auto s = ctx.setEvent(event.id, {{"current_org_level", Value(target.level)}, {"current_org_id", Value(target.id)}}); !s)
        return s.error();
      holder = target, state = kUnaccepted;
      break;
    }
    case Action::Assign: {
      if (auto s = needOpen({kHandling}); !s) return s.error();
      if (auto s = mustBe(db, me, responsible, "assign it"); !s) return s.error();
      if (holder.level == "grid") return refuse("a grid is the lowest level: it cannot assign downward");
      if (holder.level == "department") return refuse("a department's step goes back (return), not down");
      if (input.to.empty()) return makeError(ErrorCode::InvalidInput, "assign needs --to (a grid, community, street or department)");
      auto below = isBelow(db, input.to, holder);
      if (!below) return below.error();
      if (!*below) return refuse(orgText(db, input.to) + " is not directly below " + orgText(db, holder));
      const int handleDays = input.days > 0 ? input.days : limits->redHandle;
      if (auto s = ctx.endStep(lead->id, kHandedOn, input.note); !s) return s.error();
      auto step = ctx.newStep(event.id, holder, input.to, kOpAssign, kUnaccepted, limits->yellowAccept, limits->redAccept);
      if (!step) return step.error();
      if (auto s = ctx.log(event.id, *step, kOpAssign, holder, input.to, input.note, ctx.deadline(handleDays)); !s)
        return s.error();
      if (auto s = ctx.setEvent(event.id, {{"current_org_level", Value(input.to.level)},
                                           {"current_org_id", Value(input.to.id)},
                                           {"deadline", Value(ctx.deadline(handleDays))}});
          !s)
        return s.error();
      holder = input.to, state = kUnaccepted;
      break;
    }
    case Action::Extend: {
      if (auto s = needOpen({kHandling}); !s) return s.error();
      if (!input.approve) {  // the holder asks for more working days
        if (auto s = mustBe(db, me, responsible, "ask for an extension"); !s) return s.error();
        if (input.days <= 0 || input.days > 60) return makeError(ErrorCode::InvalidInput, "an extension is 1 to 60 working days", {.field = "days"});
        if (lead->delayState == 1) return refuse("an extension request of this step is pending already");
        if (trimmed(input.note).empty()) return makeError(ErrorCode::InvalidInput, "an extension needs a reason", {.field = "note"});
        auto request = ctx.writer.insert(actor, "event_delay_request",
                                         {{"step_id", Value(lead->id)}, {"reason", Value(input.note)},
                                          {"requested_workdays", Value(static_cast<long long>(input.days))},
                                          {"applied_by", Value(actor.name)}, {"applied_at", Value(ctx.now)}});
        if (!request) return request.error();
        if (auto s = ctx.writer.update(actor, "event_step", lead->id, {{"delay_state", Value(1LL)}}); !s) return s.error();
        if (auto s = ctx.log(event.id, lead->id, kOpExtendRequest, me, {}, std::to_string(input.days) + " working days: " + input.note); !s)
          return s.error();
      } else {  // the organisation above decides
        if (auto s = mustBe(db, me, responsible, "decide the extension"); !s) return s.error();
        if (lead->delayState != 1) return refuse("no extension request of event " + serial + " is pending");
        auto pending = queryId(db, "SELECT max(id) FROM event_delay_request WHERE step_id = ? AND audit_state IS NULL", lead->id);
        if (!pending) return pending.error();
        auto requested = queryId(db, "SELECT requested_workdays FROM event_delay_request WHERE id = ?", *pending);
        if (!requested) return requested.error();
        const long long granted = *input.approve ? (input.days > 0 ? input.days : *requested) : 0;
        if (auto s = ctx.writer.update(actor, "event_delay_request", *pending,
                                       {{"audit_state", Value(*input.approve ? 0LL : 1LL)},
                                        {"permitted_workdays", Value(granted)},
                                        {"audit_note", Value(input.note)},
                                        {"audited_by", Value(actor.name)},
                                        {"audited_at", Value(ctx.now)}});
            !s)
          return s.error();
        Fields step = {{"delay_state", Value(*input.approve ? 2LL : 3LL)}};
        if (*input.approve) {
          // Both supervision dates move by the working days granted, counted from where they stood.
          WorkCalendar& calendar = ctx.calendar;
          if (!lead->yellow.empty()) step.push_back({"yellow_date", Value(calendar.addWorkdays(lead->yellow, static_cast<int>(granted)))});
          if (!lead->red.empty()) step.push_back({"red_date", Value(calendar.addWorkdays(lead->red, static_cast<int>(granted)))});
        }
        if (auto s = ctx.writer.update(actor, "event_step", lead->id, step); !s) return s.error();
        if (auto s = ctx.log(event.id, lead->id, *input.approve ? kOpExtendApprove : kOpExtendReject, me, lead->target,
                             std::to_string(granted) + " working days" + (input.note.empty() ? "" : ": " + input.note));
            !s)
          return s.error();
      }
      break;
    }
    case Action::Return: {
      if (auto s = needOpen({kUnaccepted, kHandling, kAwaitingVerify}); !s) return s.error();
      if (auto s = mustBe(db, me, responsible, "return it"); !s) return s.error();
      Org back;
      if (lead->state == kAwaitingVerify) {  // verification failed: back to whoever resolved it
        auto resolver = resolverOf(db, event.id);
        if (!resolver) return resolver.error();
        back = *resolver;
      } else {
        back = lead->source;
      }
      if (back.empty()) return refuse("event " + serial + " was received here first: there is nowhere to return it to");
      if (auto s = ctx.endStep(lead->id, lead->state == kAwaitingVerify ? kReturned : kHandedOn, input.note); !s)
        return s.error();
      auto step = ctx.newStep(event.id, holder, back, kOpReturn, kHandling, limits->yellowHandle, limits->redHandle);
      if (!step) return step.error();
      if (auto s = ctx.log(event.id, *step, kOpReturn, holder, back, input.note); !s) return s.error();
      Fields fields = {{"current_org_level", Value(back.level)}, {"current_org_id", Value(back.id)}};
      if (event.status == kComplete) fields.push_back({"status", Value(static_cast<long long>(kDealing))});
      if (auto s = ctx.setEvent(event.id, fields); !s) return s.error();
      holder = back, state = kHandling, status = kDealing;
      break;
    }
    case Action::Feedback: {
      if (event.status != kComplete) return refuse("event " + serial + " is not resolved: there is nothing to report back yet");
      if (responsible.empty()) return refuse("nobody resolved event " + serial);
      if (auto s = mustBe(db, me, responsible, "report back to the resident (谁办结谁反馈)"); !s) return s.error();
      if (trimmed(input.note).empty()) return makeError(ErrorCode::InvalidInput, "feedback needs the text told to the resident", {.field = "note"});
      if (auto s = ctx.setEvent(event.id, {{"feedback", Value(input.note)}, {"feedback_at", Value(ctx.now)}}); !s) return s.error();
      if (auto s = ctx.log(event.id, lead ? lead->id : -1, kOpFeedback, me, {}, input.note); !s) return s.error();
      break;
    }
    case Action::Evaluate: {
      if (auto s = needOpen({kAwaitingVerify}); !s) return s.error();
      if (auto s = mustBe(db, me, responsible, "record the resident's rating"); !s) return s.error();
      auto since = lastResolvedAt(db, event.id);
      if (!since) return since.error();
      auto fed = hasLog(db, event.id, kOpFeedback, *since);
      if (!fed) return fed.error();
      if (!*fed) return refuse("the resident is rated after the feedback: report back first");
      if (input.rating != "satisfied" && input.rating != "basically_satisfied" && input.rating != "dissatisfied")
        return makeError(ErrorCode::InvalidInput, "rating is satisfied, basically_satisfied or dissatisfied", {.field = "rating"});
      auto rated = hasLog(db, event.id, kOpEvaluate, *since);
      if (!rated) return rated.error();
      if (*rated) return refuse("this resolution of event " + serial + " is rated already");
      auto evaluation = ctx.writer.insert(actor, "event_evaluation",
                                          {{"event_id", Value(event.id)}, {"rating", Value(input.rating)},
                                           {"comment", Value(input.note)}, {"evaluated_at", Value(ctx.now)}});
      if (!evaluation) return evaluation.error();
      if (auto s = ctx.log(event.id, lead->id, kOpEvaluate, me, {}, input.rating + (input.note.empty() ? "" : ": " + input.note)); !s)
        return s.error();
      if (input.rating == "dissatisfied") {  // unsatisfied means reopened, at whoever resolved it
        auto resolver = resolverOf(db, event.id);
        if (!resolver) return resolver.error();
        if (auto s = ctx.endStep(lead->id, kReturned, "dissatisfied"); !s) return s.error();
        auto step = ctx.newStep(event.id, holder, *resolver, kOpReopen, kHandling, limits->yellowHandle, limits->redHandle);
        if (!step) return step.error();
        if (auto s = ctx.log(event.id, *step, kOpReopen, me, *resolver, "the resident was dissatisfied"); !s) return s.error();
        if (auto s = ctx.setEvent(event.id, {{"status", Value(static_cast<long long>(kDealing))},
                                             {"reopened", Value(1LL)},
                                             {"feedback", null()},
                                             {"feedback_at", null()},
                                             {"current_org_level", Value(resolver->level)},
                                             {"current_org_id", Value(resolver->id)}});
            !s)
          return s.error();
        holder = *resolver, state = kHandling, status = kDealing;
      }
      break;
    }
    case Action::Verify: {
      if (auto s = needOpen({kAwaitingVerify}); !s) return s.error();
      if (auto s = mustBe(db, me, responsible, "verify it"); !s) return s.error();
      auto since = lastResolvedAt(db, event.id);
      if (!since) return since.error();
      auto fed = hasLog(db, event.id, kOpFeedback, *since);
      if (!fed) return fed.error();
      if (!*fed) return refuse("an event is verified after the resident was told the result: report back first");
      if (auto s = ctx.endStep(lead->id, kVerifiedStep, input.note); !s) return s.error();
      if (auto s = ctx.log(event.id, lead->id, kOpVerify, me, {}, input.note); !s) return s.error();
      if (auto s = ctx.setEvent(event.id, {{"status", Value(static_cast<long long>(kVerified))}}); !s) return s.error();
      state = kVerifiedStep, status = kVerified, holder = {};
      break;
    }
    case Action::Close:
    case Action::Merge: {
      if (auto s = needOpen({kUnaccepted, kHandling, kAwaitingVerify}); !s) return s.error();
      if (auto s = mustBe(db, me, responsible, action + " it"); !s) return s.error();
      if (trimmed(input.note).empty() && input.action == Action::Close)
        return makeError(ErrorCode::InvalidInput, "closing an event without handling it needs a reason", {.field = "note"});
      long long intoId = -1;
      if (input.action == Action::Merge) {
        if (input.mergeInto.empty() || input.mergeInto == serial)
          return makeError(ErrorCode::InvalidInput, "merge needs another event's serial number (--into)");
        auto into = loadRow(db, input.mergeInto);
        if (!into) return into.error();
        if (into->status == kClosed || into->status == kVerified)
          return refuse("event " + input.mergeInto + " is closed: merge into an open one");
        intoId = into->id;
        if (auto s = ctx.log(intoId, -1, kOpMerge, me, {}, "merged from " + serial + (input.note.empty() ? "" : ": " + input.note)); !s)
          return s.error();
      }
      if (auto s = ctx.endStep(lead->id, kHandedOn, input.note); !s) return s.error();
      if (auto s = ctx.log(event.id, lead->id, input.action == Action::Merge ? kOpMerge : kOpClose, me, {},
                           input.action == Action::Merge ? "merged into " + input.mergeInto : input.note);
          !s)
        return s.error();
      Fields fields = {{"status", Value(static_cast<long long>(kClosed))}, {"complete_date", Value(ctx.today)}};
      if (intoId > 0) fields.push_back({"merged_into", Value(intoId)});
      if (auto s = ctx.setEvent(event.id, fields); !s) return s.error();
      state = kHandedOn, status = kClosed, holder = {};
      break;
    }
    case Action::Reopen: {
      if (event.status != kClosed && event.status != kVerified)
        return refuse("event " + serial + " is still open: nothing to reopen");
      if (event.mergedInto > 0) return refuse("event " + serial + " was merged into another event; reopen that one");
      if (auto s = mustBe(db, me, responsible, "reopen it"); !s) return s.error();
      if (trimmed(input.note).empty()) return makeError(ErrorCode::InvalidInput, "reopening needs a reason", {.field = "note"});
      auto step = ctx.newStep(event.id, {}, event.first, kOpReopen, kHandling, limits->yellowHandle, limits->redHandle);
      if (!step) return step.error();
      if (auto s = ctx.log(event.id, *step, kOpReopen, me, event.first, input.note); !s) return s.error();
      if (auto s = ctx.setEvent(event.id, {{"status", Value(static_cast<long long>(kDealing))},
                                           {"reopened", Value(1LL)},
                                           {"feedback", null()},
                                           {"feedback_at", null()},
                                           {"current_org_level", Value(event.first.level)},
                                           {"current_org_id", Value(event.first.id)}});
          !s)
        return s.error();
      holder = event.first, state = kHandling, status = kDealing;
      break;
    }
  }
  if (auto s = transaction.commit(); !s) return s.error();
  return ActionResult{serial, status, holder, state, ctx.warnings};
}

// ---- attachments --------------------------------------------------------------------------------------------------

Result<long long> addAttachment(Database& db, const Clock& clock, const Actor& actor, const std::string& serial,
                                Attachment attachment, const Org& actingAs) {
  auto event = loadRow(db, serial);
  if (!event) return event.error();
  if (event->status == kClosed || event->status == kVerified)
    return refuse("event " + serial + " is closed: reopen it to add material");
  auto lead = leadStep(db, event->id);
  if (!lead) return lead.error();
  if (!*lead) return refuse("event " + serial + " has no open step");
  const Org responsible = (*lead)->target.level == "department" ? (*lead)->source : (*lead)->target;
  auto acting = actingOrg(db, actingAs, responsible);
  if (!acting) return acting.error();
  if (auto s = mustBe(db, *acting, responsible, "add material to it"); !s) return s.error();
  if (auto s = requirePermission(db, "event", "write", event->gridId > 0 ? std::optional<long long>(event->gridId) : std::nullopt); !s)
    return s.error();
  auto name = cleanFieldText(attachment.fileName, TextField::Name);
  if (!name || name->empty()) return makeError(ErrorCode::InvalidInput, "an attachment needs a file name", {.field = "file_name"});
  if (attachment.content.empty()) return makeError(ErrorCode::InvalidInput, "the file is empty", {.file = *name});
  if (attachment.content.size() > 10u * 1024 * 1024)
    return makeError(ErrorCode::InvalidInput, "an attachment may have at most 10 MB; make the photo smaller", {.file = *name});
  RecordWriter writer(db, clock);
  Transaction transaction(db);
  if (!transaction.begun()) return transaction.begun().error();
  Fields fields = {{"event_id", Value(event->id)},
                   {"file_name", Value(*name)},
                   {"mime_type", Value(attachment.mimeType)},
                   {"content", Value(Blob(attachment.content.begin(), attachment.content.end()))},
                   {"added_at", Value(clock.nowIso())},
                   {"added_by", Value(db.auditActor(actor).name)},
                   {"metadata_kept", Value(attachment.metadataKept ? 1LL : 0LL)}};
  if (!attachment.thumbnail.empty())
    fields.push_back({"thumbnail", Value(Blob(attachment.thumbnail.begin(), attachment.thumbnail.end()))});
  auto id = writer.insert(actor, "event_attachment", fields);
  if (!id) return id.error();
  if (auto s = transaction.commit(); !s) return s.error();
  return *id;
}

Result<std::vector<Attachment>> loadAttachments(Database& db, const std::string& serial, bool withContent) {
  auto event = loadRow(db, serial);
  if (!event) return event.error();
  auto statement = db.prepare(std::string("SELECT id, file_name, coalesce(mime_type, ''), added_at, coalesce(added_by, ''), "
                                          "metadata_kept, thumbnail, ") +
                              (withContent ? "content" : "NULL") + " FROM event_attachment WHERE event_id = ? ORDER BY id");
  if (!statement) return statement.error();
  statement->bind(1, event->id);
  std::vector<Attachment> out;
  if (auto s = statement->forEachRow([&](const Statement& r) {
        Attachment a;
        a.id = r.int64(0);
        a.fileName = r.text(1);
        a.mimeType = r.text(2);
        a.addedAt = r.text(3);
        a.addedBy = r.text(4);
        a.metadataKept = r.int64(5) != 0;
        if (!r.isNull(6)) {
          const Blob thumb = r.blob(6);
          a.thumbnail.assign(thumb.begin(), thumb.end());
        }
        if (!r.isNull(7)) {
          const Blob content = r.blob(7);
          a.content.assign(content.begin(), content.end());
        }
        out.push_back(std::move(a));
      });
      !s)
    return s.error();
  return out;
}

// ---- reading ------------------------------------------------------------------------------------------------------

Result<EventView> loadEvent(Database& db, const Clock& clock, const std::string& serial) {
  auto row = loadRow(db, serial);
  if (!row) return row.error();
  const std::string today = clock.today();
  EventView view;
  auto header = db.prepare(
      "SELECT subject, coalesce(content, ''), coalesce(source_kind, ''), occur_date, created_at, first_receiver, "
      "coalesce(building_id, -1), coalesce(feedback, ''), reopened, "
      "coalesce((SELECT serial_number FROM event m WHERE m.id = e.merged_into), ''), "
      "coalesce((SELECT rating FROM event_evaluation v WHERE v.event_id = e.id ORDER BY v.id DESC LIMIT 1), ''), "
      "X(geom), Y(geom) FROM event e WHERE id = ?");
  if (!header) return header.error();
  header->bind(1, row->id);
  if (auto r = header->step(); !r || !*r) return makeError(ErrorCode::NotFound, "no event " + serial);
  view.id = row->id;
  view.serial = row->serial;
  view.subject = header->text(0);
  view.content = header->text(1);
  view.source = header->text(2);
  view.occurDate = header->text(3);
  view.createdAt = header->text(4);
  view.firstReceiver = header->text(5);
  view.buildingId = header->int64(6);
  view.feedback = header->text(7);
  view.reopened = header->int64(8) != 0;
  view.mergedInto = header->text(9);
  if (!header->isNull(11)) view.point = std::make_pair(header->real(11), header->real(12));
  view.rating = header->text(10);
  view.domainCode = row->domain;
  view.typeCode = row->type;
  view.grade = row->grade;
  view.status = row->status;
  view.gridId = row->gridId;
  view.firstReceiverOrg = row->first;
  header = Error{};
  auto steps = db.prepare(
      "SELECT id, source_org_level, source_org_id, target_org_level, target_org_id, state_code, role, entry_date, "
      "coalesce(end_date, ''), coalesce(yellow_date, ''), coalesce(red_date, '') FROM event_step WHERE event_id = ? "
      "ORDER BY id");
  if (!steps) return steps.error();
  steps->bind(1, row->id);
  if (auto s = steps->forEachRow([&](const Statement& r) {
        StepView step;
        step.id = r.int64(0);
        step.source = r.isNull(1) ? Org{} : Org{r.text(1), r.int64(2)};
        step.target = {r.text(3), r.int64(4)};
        step.state = static_cast<int>(r.int64(5));
        step.role = r.text(6);
        step.entryDate = r.text(7);
        step.endDate = r.text(8);
        step.yellowDate = r.text(9);
        step.redDate = r.text(10);
        step.supervision = supervisionAt(today, step.state, step.yellowDate, step.redDate);
        if (step.supervision > view.supervision) view.supervision = step.supervision;
        if (step.role == "lead" && (step.state == kUnaccepted || step.state == kHandling || step.state == kAwaitingVerify))
          view.holder = step.target;
        view.steps.push_back(step);
      });
      !s)
    return s.error();
  auto logs = db.prepare(
      "SELECT l.id, e.serial_number, l.operation_code, l.deal_org_level, l.deal_org_id, l.target_org_level, "
      "l.target_org_id, l.deal_user, coalesce(l.description, ''), l.deal_time, coalesce(l.deal_deadline, '') "
      "FROM event_log l JOIN event e ON e.id = l.event_id WHERE l.event_id = ?1 OR e.merged_into = ?1 "
      "ORDER BY l.deal_time, l.id");
  if (!logs) return logs.error();
  logs->bind(1, row->id);
  if (auto s = logs->forEachRow([&](const Statement& r) {
        LogView log;
        log.id = r.int64(0);
        log.serial = r.text(1);
        log.operation = static_cast<int>(r.int64(2));
        log.dealOrg = r.isNull(3) ? Org{} : Org{r.text(3), r.int64(4)};
        log.targetOrg = r.isNull(5) ? Org{} : Org{r.text(5), r.int64(6)};
        log.user = r.text(7);
        log.description = r.text(8);
        log.time = r.text(9);
        log.deadline = r.text(10);
        view.timeline.push_back(log);
      });
      !s)
    return s.error();
  // What the holder may do now.
  const int state = [&] {
    for (auto it = view.steps.rbegin(); it != view.steps.rend(); ++it)
      if (it->role == "lead" && (it->state == kUnaccepted || it->state == kHandling || it->state == kAwaitingVerify)) return it->state;
    return 0;
  }();
  if (view.status == kClosed || view.status == kVerified) {
    if (view.mergedInto.empty()) view.allowed = {"reopen"};
  } else if (state == kUnaccepted) {
    view.allowed = {"accept", "return", "close", "merge"};
  } else if (state == kHandling) {
    view.allowed = {"classify", "resolve", "escalate", "extend", "close", "merge"};
    if (view.holder == view.firstReceiverOrg) view.allowed.push_back("handle");
    if (view.holder.level != "grid") view.allowed.push_back("assign");
    if (view.steps.size() > 1) view.allowed.push_back("return");
  } else if (state == kAwaitingVerify) {
    view.allowed = view.feedback.empty() ? std::vector<std::string>{"feedback", "return", "close"}
                                         : std::vector<std::string>{"evaluate", "verify", "return", "close"};
  }
  return view;
}

Result<std::vector<EventSummary>> listEvents(Database& db, const Clock& clock, const EventFilter& filter) {
  const std::string today = clock.today();
  std::string sql =
      "SELECT e.serial_number, e.subject, e.domain_code, e.occur_date, e.status, coalesce(e.occur_grid_id, -1), "
      "s.state_code, s.target_org_level, s.target_org_id, coalesce(s.yellow_date, ''), coalesce(s.red_date, ''), "
      "coalesce(e.feedback, ''), (SELECT count(*) FROM event_evaluation v WHERE v.event_id = e.id) "
      "FROM event e LEFT JOIN event_step s ON s.id = (SELECT max(id) FROM event_step x WHERE x.event_id = e.id AND "
      "x.role = 'lead' AND x.state_code IN (110, 120, 800)) WHERE 1";
  if (filter.gridId > 0) sql += " AND e.occur_grid_id = ?1";
  if (!filter.domainCode.empty()) sql += " AND e.domain_code = ?6";
  if (!filter.since.empty()) sql += " AND e.occur_date >= ?7";
  if (!filter.holder.empty()) sql += " AND s.target_org_level = ?2 AND s.target_org_id = ?3";
  if (filter.state == "dealing") sql += " AND e.status = 1";
  else if (filter.state == "complete") sql += " AND e.status = 150";
  else if (filter.state == "closed") sql += " AND e.status = 250";
  else if (filter.state == "verified") sql += " AND e.status = 300";
  else if (filter.state == "unaccepted") sql += " AND s.state_code = 110";
  else if (filter.state == "handling") sql += " AND s.state_code = 120";
  else if (filter.state == "awaiting_feedback") sql += " AND e.status = 150 AND e.feedback IS NULL";
  else if (filter.state == "awaiting_rating")
    sql += " AND e.status = 150 AND e.feedback IS NOT NULL AND NOT EXISTS (SELECT 1 FROM event_log l WHERE "
           "l.event_id = e.id AND l.operation_code = 6 AND l.deal_time >= e.feedback_at)";
  else if (!filter.state.empty() && filter.state != "due_soon" && filter.state != "overdue")
    return makeError(ErrorCode::InvalidInput, "unknown state '" + filter.state +
                                                  "': dealing, complete, closed, verified, unaccepted, handling, due_soon, "
                                                  "overdue, awaiting_feedback, awaiting_rating");
  if (filter.overdue || filter.state == "overdue") sql += " AND s.red_date < ?4";
  if (filter.state == "due_soon") sql += " AND s.yellow_date < ?4 AND s.red_date >= ?4";
  sql += " ORDER BY e.id DESC LIMIT ?5";
  auto statement = db.prepare(sql);
  if (!statement) return statement.error();
  if (filter.gridId > 0) statement->bind(1, filter.gridId);
  if (!filter.holder.empty()) statement->bind(2, filter.holder.level).bind(3, filter.holder.id);
  statement->bind(4, today).bind(5, static_cast<long long>(filter.limit));
  if (!filter.domainCode.empty()) statement->bind(6, filter.domainCode);
  if (!filter.since.empty()) statement->bind(7, filter.since);
  std::vector<EventSummary> out;
  if (auto s = statement->forEachRow([&](const Statement& r) {
        EventSummary e;
        e.serial = r.text(0);
        e.subject = r.text(1);
        e.domainCode = r.text(2);
        e.occurDate = r.text(3);
        e.status = static_cast<int>(r.int64(4));
        e.gridId = r.int64(5);
        if (!r.isNull(6)) {
          e.stepState = static_cast<int>(r.int64(6));
          e.holder = {r.text(7), r.int64(8)};
          e.redDate = r.text(10);
          e.supervision = supervisionAt(today, e.stepState, r.text(9), e.redDate);
        }
        out.push_back(e);
      });
      !s)
    return s.error();
  return out;
}

std::string gridsUnder(const Org& place) {
  const std::string id = std::to_string(place.id);
  if (place.level == "grid") return "SELECT id FROM grid WHERE id = " + id;
  if (place.level == "area") return "SELECT id FROM grid WHERE area_id = " + id;
  if (place.level == "community") return "SELECT id FROM grid WHERE community_id = " + id;
  if (place.level == "street")
    return "SELECT g.id FROM grid g JOIN community c ON c.id = g.community_id WHERE c.street_id = " + id;
  if (place.level == "district")
    return "SELECT g.id FROM grid g JOIN community c ON c.id = g.community_id JOIN street s ON s.id = c.street_id "
           "WHERE s.district_id = " + id;
  if (place.level == "worker")
    return "SELECT target_id FROM staff_assignment WHERE role_code = 'GRID_WORKER' AND level = 'grid' AND "
           "end_date IS NULL AND staff_id = " + id;
  return "SELECT id FROM grid";
}

Result<EventStatistics> eventStatistics(Database& db, const Clock& clock, const Org& place, const std::string& from,
                                        const std::string& to) {
  const std::string grids = gridsUnder(place);
  const std::string events = "FROM event e WHERE e.occur_grid_id IN (" + grids + ") AND e.occur_date >= ?1 AND e.occur_date <= ?2";
  auto count = [&](const std::string& where) -> Result<long long> {
    auto statement = db.prepare("SELECT count(*) " + events + where);
    if (!statement) return statement.error();
    statement->bind(1, from).bind(2, to);
    auto row = statement->step();
    if (!row) return row.error();
    return statement->int64(0);
  };
  EventStatistics stats;
  struct Item {
    long long* out;
    std::string where;
  };
  const std::string today = clock.today();
  const Item items[] = {
      {&stats.reported, ""},
      {&stats.accepted, " AND EXISTS (SELECT 1 FROM event_log l WHERE l.event_id = e.id AND l.operation_code IN (61, 10))"},
      {&stats.onTheSpot, " AND EXISTS (SELECT 1 FROM event_log l WHERE l.event_id = e.id AND l.operation_code = 32)"},
      {&stats.escalated, " AND EXISTS (SELECT 1 FROM event_log l WHERE l.event_id = e.id AND l.operation_code = 41)"},
      {&stats.skipLevel, " AND EXISTS (SELECT 1 FROM event_log l WHERE l.event_id = e.id AND l.operation_code = 41 AND "
                         "l.description LIKE 'skip-level%')"},
      {&stats.overdue, " AND EXISTS (SELECT 1 FROM event_step s WHERE s.event_id = e.id AND s.red_date IS NOT NULL AND "
                       "coalesce(substr(s.end_date, 1, 10), '" + today + "') > s.red_date)"},
      {&stats.closed, " AND e.status IN (250, 300)"},
      {&stats.evaluated, " AND EXISTS (SELECT 1 FROM event_evaluation v WHERE v.event_id = e.id)"},
      {&stats.satisfied, " AND (SELECT rating FROM event_evaluation v WHERE v.event_id = e.id ORDER BY v.id DESC LIMIT 1) "
                         "IN ('satisfied', 'basically_satisfied')"},
  };
  for (const Item& item : items) {
    auto n = count(item.where);
    if (!n) return n.error();
    *item.out = *n;
  }
  stats.closureRate = stats.reported ? static_cast<double>(stats.closed) / static_cast<double>(stats.reported) : 0;
  stats.satisfactionRate = stats.evaluated ? static_cast<double>(stats.satisfied) / static_cast<double>(stats.evaluated) : 0;
  auto calendar = WorkCalendar::load(db);
  if (!calendar) return calendar.error();
  auto spans = db.prepare("SELECT e.occur_date, e.complete_date " + events + " AND e.complete_date IS NOT NULL");
  if (!spans) return spans.error();
  spans->bind(1, from).bind(2, to);
  long long n = 0, total = 0;
  if (auto s = spans->forEachRow([&](const Statement& r) {
        total += calendar->workdaysBetween(r.text(0), r.text(1));
        ++n;
      });
      !s)
    return s.error();
  stats.averageWorkdays = n ? static_cast<double>(total) / static_cast<double>(n) : 0;
  return stats;
}

}  // namespace grid::workflow
