// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/actor.h"
#include "common/clock.h"
#include "common/result.h"

namespace grid {
class Database;
class FieldCipher;
}  // namespace grid

namespace grid::workflow {

/**
 * The event closed loop (事件闭环; DOMAIN.md §6.1–6.4), our own state machine after the deployed one:
 *
 *   report ──► step at the first receiver (首问首接), 处理中
 *   处理中 ── handle (就地办结) / resolve (办结) ──► 待验证 at the first receiver; event 已办结
 *   处理中 ── escalate ──► 待受理 at the parent (grid→community→street→district; skip-level by rule)
 *   处理中 ── assign ──► 待受理 at a child or a department (with a deadline); 待受理 ── accept ──► 处理中
 *   待受理/处理中 ── return ──► 处理中 back at the step's source
 *   已办结 ── feedback (谁办结谁反馈) ── evaluate (unsatisfied ⇒ reopened at the resolver) ── verify ──► 已结案
 *   open ── close ──► 已关闭;  open ── merge ──► 已关闭, merged into another (both timelines kept)
 *   结案/关闭 ── reopen ──► 处理中 at the first receiver
 *
 * Only the organisation holding the current step acts on it (a department's step is acted on by the organisation
 * that assigned it); an extension is requested by the holder and decided by the organisation above. Every action
 * writes its step changes, a log row and the audit rows in one transaction; a refused action writes nothing.
 * Deadlines are working days (WorkCalendar) from the duty list (duty_catalogue) for the class and the level.
 */

//! An organisation that can hold a step: grid, community, street, district or department, and its id.
struct Org {
  std::string level;
  long long id = -1;
  bool empty() const { return level.empty(); }
  bool operator==(const Org& other) const { return level == other.level && id == other.id; }
};

//! "grid:440310001001003", "community:440310001001", "street:440310001", "district:440310", "department:ID".
Result<Org> parseOrg(Database& database, const std::string& text);
//! The organisation as text for messages and the CLI (the codes, as parseOrg reads them).
std::string orgText(Database& database, const Org& org);

struct ReportInput {
  long long gridId = -1;  //!< where it happened
  std::string subject;    //!< short title; defaults to the start of the text
  std::string content;
  std::string domainCode;         //!< class (event_domain), e.g. SAFETY
  std::string typeCode;           //!< item (event_type), e.g. SAFETY_08; may be empty until classified
  std::string grade = "normal";   //!< normal, urgent, critical
  std::string source = "manual";  //!< event_source code: manual, hotline, visit, mobile …
  std::string issueKind = "individual";
  long long buildingId = -1;
  std::optional<std::pair<double, double>> point;  //!< x, y in the database CRS
  std::string reporterName, reporterPhone;
  Org receiver;  //!< who receives it first; empty: the grid where it happened
};

enum class Action {
  Accept,
  Classify,
  Handle,
  Escalate,
  Assign,
  Extend,
  Return,
  Resolve,
  Feedback,
  Evaluate,
  Verify,
  Close,
  Reopen,
  Merge
};
std::optional<Action> parseAction(const std::string& text);
std::string actionName(Action action);

struct ActionInput {
  Action action = Action::Accept;
  Org actingAs;                 //!< the organisation the actor acts for; empty: derived (grants, else the holder)
  Org to;                       //!< escalate / assign target
  std::string note;             //!< description, reason, feedback text
  std::string rating;           //!< evaluate: satisfied, basically_satisfied, dissatisfied
  int days = 0;                 //!< extend: working days requested or granted; assign: handling limit (0: duty list)
  std::optional<bool> approve;  //!< extend: set by the deciding organisation (true approve, false reject)
  std::string domainCode, typeCode, grade;  //!< classify
  std::string mergeInto;                    //!< merge: the serial number of the event that stays
};

struct ActionResult {
  std::string serial;
  int status = 1;  //!< event status after the action
  Org holder;      //!< the organisation holding the current step (empty when none)
  int stepState = 0;
  std::vector<std::string> warnings;  //!< e.g. a deadline in a year the calendar does not cover
};

//! Reports a new event; returns its serial number (SJyyyymmdd-NNNNNN) and the first step.
Result<ActionResult> reportEvent(Database& database, const FieldCipher* cipher, const Clock& clock, const Actor& actor,
                                 const ReportInput& input);
//! Performs \a input on the event \a serial, or refuses it (nothing written) with the rule that forbids it.
Result<ActionResult> act(Database& database, const Clock& clock, const Actor& actor, const std::string& serial,
                         const ActionInput& input);

struct StepView {
  long long id = -1;
  Org source, target;
  int state = 0;
  std::string role, entryDate, endDate, yellowDate, redDate;
  int supervision = -1;  //!< -1 none, 100 yellow, 200 red (at the clock's today, for open steps)
};
struct LogView {
  long long id = -1;
  std::string serial;  //!< the event the row belongs to (merged events' rows keep theirs)
  int operation = 0;
  Org dealOrg, targetOrg;
  std::string user, description, time, deadline;
};
struct EventView {
  long long id = -1;
  std::string serial, subject, content, domainCode, typeCode, grade, source, occurDate, createdAt;
  int status = 1;
  long long gridId = -1, buildingId = -1;
  std::string firstReceiver;
  Org firstReceiverOrg, holder;
  int supervision = -1;
  std::string feedback, rating, mergedInto;
  bool reopened = false;
  std::optional<std::pair<double, double>> point;  //!< where it happened, in the database CRS
  std::vector<StepView> steps;
  std::vector<LogView> timeline;     //!< this event's log and those of events merged into it, in time order
  std::vector<std::string> allowed;  //!< action names the holder may take now
};
Result<EventView> loadEvent(Database& database, const Clock& clock, const std::string& serial);

struct EventFilter {
  std::string state;     //!< dealing, complete, closed, verified, or an inbox: unaccepted, handling, due_soon, overdue,
                         //!< awaiting_feedback, awaiting_rating
  bool overdue = false;  //!< only events whose open step is past its red date
  long long gridId = -1;
  std::string domainCode;  //!< only this class
  std::string since;       //!< only events that happened on or after this day (YYYY-MM-DD)
  Org holder;              //!< only events whose current step this organisation holds
  int limit = 1000;
};
struct EventSummary {
  std::string serial, subject, domainCode, occurDate;
  int status = 1, stepState = 0, supervision = -1;
  Org holder;
  long long gridId = -1;
  std::string redDate;
};
Result<std::vector<EventSummary>> listEvents(Database& database, const Clock& clock, const EventFilter& filter);

//! A photo or document of an event (事件附件).
struct Attachment {
  long long id = -1;
  std::string fileName, mimeType, addedAt, addedBy;
  std::vector<unsigned char> content, thumbnail;
  bool metadataKept = false;
};
/**
 * Adds an attachment to event \a serial: by whoever may act on the event now (the holder, or the first receiver once
 * it is resolved) or, for closed events, nobody. \a content is stored as given: callers strip location metadata
 * (the workstation re-encodes photos) unless \a metadataKept says it was kept on purpose. At most 10 MB. Audited.
 */
Result<long long> addAttachment(Database& database, const Clock& clock, const Actor& actor, const std::string& serial,
                                Attachment attachment, const Org& actingAs = {});
//! The attachments of an event, without their content (thumbnails only) unless \a withContent.
Result<std::vector<Attachment>> loadAttachments(Database& database, const std::string& serial,
                                                bool withContent = false);

/**
 * SQL selecting the ids of the grids under \a place (retired ones too: their events and logs still count): a grid,
 * area, community, street or district, or a grid worker ("worker", a staff id: the grids they hold a current post in).
 * Everything for an empty place.
 */
std::string gridsUnder(const Org& place);

//! Figures per place and period for the dashboard and the monthly report.
struct EventStatistics {
  long long reported = 0, accepted = 0, onTheSpot = 0, escalated = 0, skipLevel = 0, overdue = 0, closed = 0,
            evaluated = 0, satisfied = 0;
  double closureRate = 0, averageWorkdays = 0, satisfactionRate = 0;
};
//! Events that happened in the grids under \a place (gridsUnder) between \a from and \a to (inclusive days);
//! overdue and handling days are judged at the clock's today.
Result<EventStatistics> eventStatistics(Database& database, const Clock& clock, const Org& place,
                                        const std::string& from, const std::string& to);

}  // namespace grid::workflow
