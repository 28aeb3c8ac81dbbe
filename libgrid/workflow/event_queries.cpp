// SPDX-License-Identifier: GPL-2.0-or-later
// Reading events: attachments, one event with its steps and log, lists, the statistics of a place.
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
#include "workflow/event_flow.h"
#include "workflow/event_support.h"

namespace grid::workflow {

using namespace detail;

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
  if (auto s = requirePermission(db, "event", "write",
                                 event->gridId > 0 ? std::optional<long long>(event->gridId) : std::nullopt);
      !s)
    return s.error();
  auto name = cleanFieldText(attachment.fileName, TextField::Name);
  if (!name || name->empty())
    return makeError(ErrorCode::InvalidInput, "an attachment needs a file name", {.field = "file_name"});
  if (attachment.content.empty()) return makeError(ErrorCode::InvalidInput, "the file is empty", {.file = *name});
  if (attachment.content.size() > 10u * 1024 * 1024)
    return makeError(ErrorCode::InvalidInput, "an attachment may have at most 10 MB; make the photo smaller",
                     {.file = *name});
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
  auto statement =
      db.prepare(std::string("SELECT id, file_name, coalesce(mime_type, ''), added_at, coalesce(added_by, ''), "
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
        if (step.role == "lead" &&
            (step.state == kUnaccepted || step.state == kHandling || step.state == kAwaitingVerify))
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
      if (it->role == "lead" && (it->state == kUnaccepted || it->state == kHandling || it->state == kAwaitingVerify))
        return it->state;
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
  if (filter.state == "dealing")
    sql += " AND e.status = 1";
  else if (filter.state == "complete")
    sql += " AND e.status = 150";
  else if (filter.state == "closed")
    sql += " AND e.status = 250";
  else if (filter.state == "verified")
    sql += " AND e.status = 300";
  else if (filter.state == "unaccepted")
    sql += " AND s.state_code = 110";
  else if (filter.state == "handling")
    sql += " AND s.state_code = 120";
  else if (filter.state == "awaiting_feedback")
    sql += " AND e.status = 150 AND e.feedback IS NULL";
  else if (filter.state == "awaiting_rating")
    sql +=
        " AND e.status = 150 AND e.feedback IS NOT NULL AND NOT EXISTS (SELECT 1 FROM event_log l WHERE "
        "l.event_id = e.id AND l.operation_code = 6 AND l.deal_time >= e.feedback_at)";
  else if (!filter.state.empty() && filter.state != "due_soon" && filter.state != "overdue")
    return makeError(ErrorCode::InvalidInput,
                     "unknown state '" + filter.state +
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
           "WHERE s.district_id = " +
           id;
  if (place.level == "worker")
    return "SELECT target_id FROM staff_assignment WHERE role_code = 'GRID_WORKER' AND level = 'grid' AND "
           "end_date IS NULL AND staff_id = " +
           id;
  return "SELECT id FROM grid";
}

Result<EventStatistics> eventStatistics(Database& db, const Clock& clock, const Org& place, const std::string& from,
                                        const std::string& to) {
  const std::string grids = gridsUnder(place);
  const std::string events =
      "FROM event e WHERE e.occur_grid_id IN (" + grids + ") AND e.occur_date >= ?1 AND e.occur_date <= ?2";
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
      {&stats.accepted,
       " AND EXISTS (SELECT 1 FROM event_log l WHERE l.event_id = e.id AND l.operation_code IN (61, 10))"},
      {&stats.onTheSpot, " AND EXISTS (SELECT 1 FROM event_log l WHERE l.event_id = e.id AND l.operation_code = 32)"},
      {&stats.escalated, " AND EXISTS (SELECT 1 FROM event_log l WHERE l.event_id = e.id AND l.operation_code = 41)"},
      {&stats.skipLevel,
       " AND EXISTS (SELECT 1 FROM event_log l WHERE l.event_id = e.id AND l.operation_code = 41 AND "
       "l.description LIKE 'skip-level%')"},
      {&stats.overdue,
       " AND EXISTS (SELECT 1 FROM event_step s WHERE s.event_id = e.id AND s.red_date IS NOT NULL AND "
       "coalesce(substr(s.end_date, 1, 10), '" +
           today + "') > s.red_date)"},
      {&stats.closed, " AND e.status IN (250, 300)"},
      {&stats.evaluated, " AND EXISTS (SELECT 1 FROM event_evaluation v WHERE v.event_id = e.id)"},
      {&stats.satisfied,
       " AND (SELECT rating FROM event_evaluation v WHERE v.event_id = e.id ORDER BY v.id DESC LIMIT 1) "
       "IN ('satisfied', 'basically_satisfied')"},
  };
  for (const Item& item : items) {
    auto n = count(item.where);
    if (!n) return n.error();
    *item.out = *n;
  }
  stats.closureRate = stats.reported ? static_cast<double>(stats.closed) / static_cast<double>(stats.reported) : 0;
  stats.satisfactionRate =
      stats.evaluated ? static_cast<double>(stats.satisfied) / static_cast<double>(stats.evaluated) : 0;
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
