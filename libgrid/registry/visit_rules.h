// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/actor.h"
#include "common/clock.h"
#include "common/result.h"
#include "storage/record_change.h"

namespace grid {
class Database;
}

namespace grid::registry {

/**
 * A visit frequency rule (走访频次, table visit_rule): objects of \c objectType whose category and colour match are
 * visited every \c every days, weeks or calendar months. Empty category or colour match any. Seeded with editable
 * defaults (migration 0015, docs/visits.md).
 */
struct VisitRule {
  long long id = -1;
  std::string objectType;  //!< grid, household, key_person, key_place, key_matter
  std::string category;    //!< key-person category, key-place classification, 'rental' or a person_tag; empty: any
  std::string colour;      //!< red, orange, yellow, blue (key matters: warning level); empty: any
  int every = 1;
  std::string unit = "month";  //!< day, week, month
  std::string nameZh, nameEn, note;
  bool active = true;

  //! Roughly how many days the interval spans (a month counts 30.44), to compare rules.
  double approximateDays() const;
  //! "每2周" / "every 2 weeks".
  std::string intervalText(bool english) const;
};

Result<std::vector<VisitRule>> loadVisitRules(Database& database, bool activeOnly = true);

/**
 * The date \a every days, weeks or calendar months after \a isoDate (YYYY-MM-DD). Months keep the day of the month
 * and fall back to the month's last day when it is shorter: 2026-01-31 plus one month is 2026-02-28, 2028-01-31 is
 * followed by 2028-02-29. Returns an empty string for a date it cannot read.
 */
std::string addInterval(const std::string& isoDate, int every, const std::string& unit);

//! Days since 1970-01-01 of \a isoDate (YYYY-MM-DD, a time after it ignored); 0 for text that is not a date.
long long dayNumber(const std::string& isoDate);

/**
 * The rule for an object: among the active rules of \a objectType whose category is empty or one of \a categories
 * and whose colour is empty or \a colour, the most frequent one (the strictest wins; on a tie the most specific,
 * then the lowest id). nullptr when none applies (the object needs no visits).
 */
const VisitRule* ruleFor(const std::vector<VisitRule>& rules, const std::string& objectType,
                         const std::vector<std::string>& categories, const std::string& colour);

/**
 * Writes a changed or new rule (id −1) in one audited transaction, for the rule editor; refused with the field to fix
 * when the object type, unit, interval (1–366) or names are not valid. Administrators only (rules are district-wide).
 */
Result<RecordChange> saveVisitRule(Database& database, const Clock& clock, const Actor& actor, const VisitRule& rule);

}  // namespace grid::registry
