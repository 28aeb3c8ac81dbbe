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
#include "workflow/event_support.h"

namespace grid::workflow {

using namespace detail;

namespace {

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
    Fields fields = {{"event_id", Value(eventId)},        {"target_org_level", Value(target.level)},
                     {"target_org_id", Value(target.id)}, {"entry_operation", Value(static_cast<long long>(operation))},
                     {"entry_date", Value(now)},          {"state_code", Value(static_cast<long long>(state))},
                     {"deal_user", Value(actor.name)},    {"role", Value(role)}};
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

}  // namespace

// ---- organisations ------------------------------------------------------------------------------------------------

Result<Org> parseOrg(Database& db, const std::string& text) {
  const auto colon = text.find(':');
  const std::string usage =
      "an organisation is grid:GRID_CODE, community:CODE, street:CODE, district:CODE or "
      "department:ID";
  if (colon == std::string::npos) return makeError(ErrorCode::InvalidInput, "'" + text + "': " + usage);
  const std::string level = text.substr(0, colon), code = text.substr(colon + 1);
  std::string sql;
  if (level == "grid")
    sql = "SELECT id FROM main.grid WHERE grid_code = ?";
  else if (level == "community")
    sql = "SELECT id FROM main.community WHERE admin_code = ?";
  else if (level == "street")
    sql = "SELECT id FROM main.street WHERE admin_code = ?";
  else if (level == "district")
    sql = "SELECT id FROM main.district WHERE admin_code = ?";
  else if (level == "department")
    sql = "SELECT id FROM main.department WHERE CAST(id AS TEXT) = ?";
  else
    return makeError(ErrorCode::InvalidInput, "unknown level '" + level + "': " + usage);
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
  if (org.level == "grid")
    sql = "SELECT grid_code FROM main.grid WHERE id = ?";
  else if (org.level == "community")
    sql = "SELECT admin_code FROM main.community WHERE id = ?";
  else if (org.level == "street")
    sql = "SELECT admin_code FROM main.street WHERE id = ?";
  else if (org.level == "district")
    sql = "SELECT admin_code FROM main.district WHERE id = ?";
  else
    return org.level + ":" + std::to_string(org.id);
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
    case Action::Accept:
      return "accept";
    case Action::Classify:
      return "classify";
    case Action::Handle:
      return "handle";
    case Action::Escalate:
      return "escalate";
    case Action::Assign:
      return "assign";
    case Action::Extend:
      return "extend";
    case Action::Return:
      return "return";
    case Action::Resolve:
      return "resolve";
    case Action::Feedback:
      return "feedback";
    case Action::Evaluate:
      return "evaluate";
    case Action::Verify:
      return "verify";
    case Action::Close:
      return "close";
    case Action::Reopen:
      return "reopen";
    case Action::Merge:
      return "merge";
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
  if (*grid < 0)
    return makeError(ErrorCode::NotFound, "no active grid #" + std::to_string(input.gridId), {.field = "grid"});
  auto domain = db.prepare("SELECT 1 FROM main.code_value WHERE domain = 'event_domain' AND code = ?");
  if (!domain) return domain.error();
  domain->bind(1, input.domainCode);
  if (auto row = domain->step(); !row || !*row)
    return makeError(ErrorCode::InvalidInput, "unknown event class '" + input.domainCode + "' (gridctl events classes)",
                     {.field = "class"});
  domain = Error{};
  if (!input.typeCode.empty()) {
    auto type = db.prepare(
        "SELECT 1 FROM main.code_value WHERE domain = 'event_type' AND code = ? AND code LIKE ? || '\\_%' ESCAPE '\\'");
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
  std::snprintf(serial, sizeof serial, "SJ%s-%06lld",
                (ctx.today.substr(0, 4) + ctx.today.substr(5, 2) + ctx.today.substr(8, 2)).c_str(), *next);
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
  if (input.point)
    fields.push_back({"geom", Value(Wkt{"POINT(" + std::to_string(input.point->first) + " " +
                                        std::to_string(input.point->second) + ")"})});
  else if (input.buildingId > 0) {
    auto centre = db.prepare("SELECT AsText(PointOnSurface(geom)) FROM main.building WHERE id = ?");
    if (!centre) return centre.error();
    centre->bind(1, input.buildingId);
    auto row = centre->step();
    if (!row) return row.error();
    if (!*row)
      return makeError(ErrorCode::NotFound, "no building #" + std::to_string(input.buildingId), {.field = "building"});
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
  if (auto s = requirePermission(db, "event", "write",
                                 event.gridId > 0 ? std::optional<long long>(event.gridId) : std::nullopt);
      !s)
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
      if (auto s = ctx.log(event.id, lead->id, kOpClassify, me, {}, domain + " " + input.typeCode + " " + input.grade);
          !s)
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
      if (auto s = ctx.endStep(lead->id, input.action == Action::Handle ? kFiled : kHandedOn, input.note); !s)
        return s.error();
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
                        orgText(db, holder) + " to " + orgText(db, input.to) + "; escalate to " + orgText(db, *parent) +
                        " (不能越级上报)");
        auto above = ancestorAt(db, holder, input.to.level);
        if (!above) return above.error();
        if (!(*above == input.to)) return refuse(orgText(db, input.to) + " is not above " + orgText(db, holder));
        target = input.to;
        skip = true;
      }
      if (auto s = ctx.endStep(lead->id, kHandedOn, input.note); !s) return s.error();
      auto step =
          ctx.newStep(event.id, holder, target, kOpEscalate, kUnaccepted, limits->yellowAccept, limits->redAccept);
      if (!step) return step.error();
      if (auto s = ctx.log(event.id, *step, kOpEscalate, holder, target, (skip ? "skip-level: " : "") + input.note); !s)
        return s.error();
      if (auto s = ctx.setEvent(event.id,
                                {{"current_org_level", Value(target.level)}, {"current_org_id", Value(target.id)}});
          !s)
        return s.error();
      holder = target, state = kUnaccepted;
      break;
    }
    case Action::Assign: {
      if (auto s = needOpen({kHandling}); !s) return s.error();
      if (auto s = mustBe(db, me, responsible, "assign it"); !s) return s.error();
      if (holder.level == "grid") return refuse("a grid is the lowest level: it cannot assign downward");
      if (holder.level == "department") return refuse("a department's step goes back (return), not down");
      if (input.to.empty())
        return makeError(ErrorCode::InvalidInput, "assign needs --to (a grid, community, street or department)");
      auto below = isBelow(db, input.to, holder);
      if (!below) return below.error();
      if (!*below) return refuse(orgText(db, input.to) + " is not directly below " + orgText(db, holder));
      const int handleDays = input.days > 0 ? input.days : limits->redHandle;
      if (auto s = ctx.endStep(lead->id, kHandedOn, input.note); !s) return s.error();
      auto step =
          ctx.newStep(event.id, holder, input.to, kOpAssign, kUnaccepted, limits->yellowAccept, limits->redAccept);
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
        if (input.days <= 0 || input.days > 60)
          return makeError(ErrorCode::InvalidInput, "an extension is 1 to 60 working days", {.field = "days"});
        if (lead->delayState == 1) return refuse("an extension request of this step is pending already");
        if (trimmed(input.note).empty())
          return makeError(ErrorCode::InvalidInput, "an extension needs a reason", {.field = "note"});
        auto request = ctx.writer.insert(actor, "event_delay_request",
                                         {{"step_id", Value(lead->id)},
                                          {"reason", Value(input.note)},
                                          {"requested_workdays", Value(static_cast<long long>(input.days))},
                                          {"applied_by", Value(actor.name)},
                                          {"applied_at", Value(ctx.now)}});
        if (!request) return request.error();
        if (auto s = ctx.writer.update(actor, "event_step", lead->id, {{"delay_state", Value(1LL)}}); !s)
          return s.error();
        if (auto s = ctx.log(event.id, lead->id, kOpExtendRequest, me, {},
                             std::to_string(input.days) + " working days: " + input.note);
            !s)
          return s.error();
      } else {  // the organisation above decides
        if (auto s = mustBe(db, me, responsible, "decide the extension"); !s) return s.error();
        if (lead->delayState != 1) return refuse("no extension request of event " + serial + " is pending");
        auto pending =
            queryId(db, "SELECT max(id) FROM event_delay_request WHERE step_id = ? AND audit_state IS NULL", lead->id);
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
          if (!lead->yellow.empty())
            step.push_back({"yellow_date", Value(calendar.addWorkdays(lead->yellow, static_cast<int>(granted)))});
          if (!lead->red.empty())
            step.push_back({"red_date", Value(calendar.addWorkdays(lead->red, static_cast<int>(granted)))});
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
      if (event.status != kComplete)
        return refuse("event " + serial + " is not resolved: there is nothing to report back yet");
      if (responsible.empty()) return refuse("nobody resolved event " + serial);
      if (auto s = mustBe(db, me, responsible, "report back to the resident (谁办结谁反馈)"); !s) return s.error();
      if (trimmed(input.note).empty())
        return makeError(ErrorCode::InvalidInput, "feedback needs the text told to the resident", {.field = "note"});
      if (auto s = ctx.setEvent(event.id, {{"feedback", Value(input.note)}, {"feedback_at", Value(ctx.now)}}); !s)
        return s.error();
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
        return makeError(ErrorCode::InvalidInput, "rating is satisfied, basically_satisfied or dissatisfied",
                         {.field = "rating"});
      auto rated = hasLog(db, event.id, kOpEvaluate, *since);
      if (!rated) return rated.error();
      if (*rated) return refuse("this resolution of event " + serial + " is rated already");
      auto evaluation = ctx.writer.insert(actor, "event_evaluation",
                                          {{"event_id", Value(event.id)},
                                           {"rating", Value(input.rating)},
                                           {"comment", Value(input.note)},
                                           {"evaluated_at", Value(ctx.now)}});
      if (!evaluation) return evaluation.error();
      if (auto s = ctx.log(event.id, lead->id, kOpEvaluate, me, {},
                           input.rating + (input.note.empty() ? "" : ": " + input.note));
          !s)
        return s.error();
      if (input.rating == "dissatisfied") {  // unsatisfied means reopened, at whoever resolved it
        auto resolver = resolverOf(db, event.id);
        if (!resolver) return resolver.error();
        if (auto s = ctx.endStep(lead->id, kReturned, "dissatisfied"); !s) return s.error();
        auto step =
            ctx.newStep(event.id, holder, *resolver, kOpReopen, kHandling, limits->yellowHandle, limits->redHandle);
        if (!step) return step.error();
        if (auto s = ctx.log(event.id, *step, kOpReopen, me, *resolver, "the resident was dissatisfied"); !s)
          return s.error();
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
        return makeError(ErrorCode::InvalidInput, "closing an event without handling it needs a reason",
                         {.field = "note"});
      long long intoId = -1;
      if (input.action == Action::Merge) {
        if (input.mergeInto.empty() || input.mergeInto == serial)
          return makeError(ErrorCode::InvalidInput, "merge needs another event's serial number (--into)");
        auto into = loadRow(db, input.mergeInto);
        if (!into) return into.error();
        if (into->status == kClosed || into->status == kVerified)
          return refuse("event " + input.mergeInto + " is closed: merge into an open one");
        intoId = into->id;
        if (auto s = ctx.log(intoId, -1, kOpMerge, me, {},
                             "merged from " + serial + (input.note.empty() ? "" : ": " + input.note));
            !s)
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
      if (trimmed(input.note).empty())
        return makeError(ErrorCode::InvalidInput, "reopening needs a reason", {.field = "note"});
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

}  // namespace grid::workflow
