// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>
#include <vector>

#include "common/actor.h"
#include "common/clock.h"
#include "common/result.h"
#include "workflow/event_flow.h"

namespace grid {
class Database;
class FieldCipher;
}  // namespace grid

/**
 * Patrols and visits (巡查走访): which objects are due for a visit under the frequency rules (registry/visit_rules.h),
 * which are overdue, and turning a visit's finding into a reported event. Visits themselves are patrol-log records,
 * written through registry::saveRecord (ListKind::PatrolLogs) like every ledger record: validated, audited, undoable.
 */
namespace grid::visits {

//! One object under a visit rule and where it stands on a given day.
struct DueItem {
  std::string objectType;  //!< grid, household, key_person, key_place, key_matter
  long long objectId = -1;
  std::string label;  //!< name, address or subject
  std::string category, colour;
  long long gridId = -1;
  std::string gridCode, gridName;
  long long staffId = -1;  //!< the grid's worker (full-time first); −1 when the grid has none
  std::string worker;
  long long ruleId = -1;
  std::string ruleName, interval;
  std::string lastVisit;  //!< YYYY-MM-DD, empty when never visited
  std::string due;        //!< YYYY-MM-DD: the last visit plus the rule's interval, or the visit's own next due date;
                          //!< for an object never visited, the day it was registered
  int daysOverdue = 0;    //!< days past due on the query's day (≤ 0: not overdue)
  bool hasPoint = false;  //!< x, y filled (DueQuery::withPoints): the object's place in the database CRS
  double x = 0, y = 0;
  bool overdue() const { return daysOverdue > 0; }
};

//! 网格巡查/楼栋/住户/重点人员/重点场所/重点事项, or the English name, of an object type.
std::string objectTypeName(const std::string& type, bool english);

struct DueQuery {
  workflow::Org place;     //!< grid, community, street or district; empty: everything the connection may read
  std::string asOf;        //!< the day to judge (YYYY-MM-DD); empty: the clock's today. Only visits up to it count.
  long long staffId = -1;  //!< only the grids of this worker
  bool overdueOnly = false;
  int dueWithinDays = -1;   //!< ≥ 0: only items due on or before asOf + this many days
  bool english = false;     //!< rule names in English
  bool withPoints = false;  //!< fill DueItem::x/y (the building, place or grid), for marking the map
  bool labels = true;       //!< fill DueItem::label, gridName, worker and ruleName (counting needs none of them)
};

/**
 * The objects under a visit rule in \a query's place, with their last visit and due date, most overdue first.
 * Objects: every grid (its patrol: any patrol log of the grid), key persons under attention, key places, open key
 * matters, and households that are rental or have a member with an active care tag (person_care) named by a rule.
 * Moved-out records and records registered after the day do not count.
 */
Result<std::vector<DueItem>> dueVisits(Database& database, const Clock& clock, const DueQuery& query);

//! How many objects dueVisits would list, and how many of them are overdue, without listing them (the dashboard).
struct DueCounts {
  long long objects = 0, overdue = 0;
};
Result<DueCounts> countDueVisits(Database& database, const Clock& clock, DueQuery query);

/**
 * Reports the finding of patrol log \a logId as an event (source 'visit', at the log's grid, building and point,
 * subject and text from the findings, the photo as its attachment) and links the log to it, in one transaction. \a
 * input overrides the class, grade and text; its grid and point are ignored. Refused when the log already has an event.
 */
Result<workflow::ActionResult> reportFinding(Database& database, const FieldCipher* cipher, const Clock& clock,
                                             const Actor& actor, long long logId, workflow::ReportInput input = {});

}  // namespace grid::visits
