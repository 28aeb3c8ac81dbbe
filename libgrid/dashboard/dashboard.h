// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/clock.h"
#include "common/result.h"
#include "workflow/event_flow.h"

namespace grid {
class Database;
}

/**
 * The statistics dashboard (统计分析) and the monthly report (月报) share this one code path: the indicators of a
 * place (district, street, community, grid or grid worker) for a period, its children's, and the records behind
 * every count. Everything runs on the caller's connection, so a signed-in user sees the figures of their scope only.
 */
namespace grid::dashboard {

//! Inclusive days; \c end is also the day stock figures (households, key persons, overdue visits) are taken.
struct Period {
  std::string from, to;
};
//! The calendar month "YYYY-MM" as a period; nullopt for text that is not a month.
std::optional<Period> monthPeriod(const std::string& month);
//! "2026-10" for "2026-11", "2025-12" for "2026-01".
std::string previousMonth(const std::string& month);

enum class Unit { Count, Percent, Days, Ratio };

struct Indicator {
  std::string key;    //!< stable: households, events_closed, visits_overdue …
  std::string group;  //!< population, lists, events, visits, staff
  std::string zh, en;
  Unit unit = Unit::Count;
  double value = 0;
  bool drillable = true;  //!< indicatorRecords lists the records behind it
  int better = 0;         //!< +1 when a rise is good news (coverage, closure), −1 when bad (overdue), 0 neither
};

struct Figures {
  workflow::Org place;
  std::string placeCode, placeName;
  Period period;
  std::string asOf;  //!< the day stock figures were taken: the period's end, or today when that is earlier
  std::vector<Indicator> indicators;
  //! The value of \a key (0 when absent).
  double value(const std::string& key) const;
  const Indicator* find(const std::string& key) const;
};

//! The keys of every indicator, in display order (population, lists, events, visits, staff).
const std::vector<std::string>& indicatorKeys();

/**
 * The indicators of \a place for \a period. Stock figures are taken at the period's end (or today): households and
 * persons registered by then and not moved out; party-link coverage of households that are not vacant; key persons,
 * places and matters by colour; objects under visit rules and those overdue. Flow figures count the period: events
 * (workflow::eventStatistics: new, closed, overdue, closure rate, average working days, satisfaction), visits and
 * patrols logged. Staff: grids, grids without a full-time worker, households per full-time worker.
 */
Result<Figures> computeFigures(Database& database, const Clock& clock, const workflow::Org& place,
                               const Period& period);

//! The places one level down (street → communities → grids → workers; district → streets) with their figures.
Result<std::vector<Figures>> childFigures(Database& database, const Clock& clock, const workflow::Org& place,
                                          const Period& period);

//! The code and name of a place, for titles ("community:440310001001" → 和平社区).
Result<std::pair<std::string, std::string>> placeLabel(Database& database, const workflow::Org& place);

//! The records behind a count: a header and rows of text; \c table and \c ids name them for opening or the map.
struct RecordList {
  std::vector<std::string> headerZh, headerEn;
  std::vector<std::vector<std::string>> rows;
  std::string table;
  std::vector<long long> ids;
  long long total = 0;  //!< rows found; rows holds at most the limit asked for
};
/**
 * The records behind indicator \a key of \a place and \a period, the same ones its count counted (for a rate, those
 * of its denominator that fail it: households without a link, events not closed, objects overdue …). At most \a limit
 * rows; \c total is the full count.
 */
Result<RecordList> indicatorRecords(Database& database, const Clock& clock, const workflow::Org& place,
                                    const Period& period, const std::string& key, int limit = 1000,
                                    bool english = false);

/**
 * The monthly report (月报) of a community or street: this month's figures beside last month's, the figures of each
 * community or grid below, the visits overdue and the events under supervision at the month's end (or today).
 */
struct MonthlyReport {
  std::string month;
  Figures current, previous;
  std::vector<Figures> children;
  RecordList overdueVisits, supervisedEvents;
};
Result<MonthlyReport> buildMonthlyReport(Database& database, const Clock& clock, const workflow::Org& place,
                                         const std::string& month, int listLimit = 200, bool english = false);

//! An indicator's value as shown: "1,234", "87.5%", "3.2" (days and ratios one decimal).
std::string formatValue(const Indicator& indicator, double value);

/**
 * Writes \a report as an .xlsx workbook, one sheet per table: 指标 (indicator, this month, last month, change),
 * the places below, the overdue visits and the supervised events (English headers with \a english).
 */
Status writeReportWorkbook(const MonthlyReport& report, const std::string& path, bool english);

}  // namespace grid::dashboard
