// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <map>
#include <set>
#include <string>

#include "common/result.h"

namespace grid {
class Database;
}

namespace grid::workflow {

/**
 * Working days: Monday to Friday, except the exceptions in `work_calendar` (public holidays on weekdays, adjusted
 * working weekends 调休). Years listed in `work_calendar_year` are covered; a count that reaches into another year
 * is still computed on plain weekdays but reported as uncovered, so the caller can warn.
 */
class WorkCalendar {
 public:
  static Result<WorkCalendar> load(Database& database);
  //! A calendar with only weekends (tests, databases before version 13).
  WorkCalendar() = default;

  bool isWorkday(const std::string& day) const;
  //! The day \a workdays working days after \a day (YYYY-MM-DD); the start day itself does not count.
  std::string addWorkdays(const std::string& day, int workdays) const;
  //! Working days after \a from up to and including \a to (0 when to <= from).
  int workdaysBetween(const std::string& from, const std::string& to) const;
  bool covers(int year) const { return m_years.count(year) > 0; }
  //! Years touched by the last addWorkdays/workdaysBetween that the calendar does not cover (cleared by each call).
  const std::set<int>& uncoveredYears() const { return m_uncovered; }

  void setException(const std::string& day, bool workday) { m_exceptions[day] = workday; }
  void addCoveredYear(int year) { m_years.insert(year); }

 private:
  void touch(const std::string& day) const;
  std::map<std::string, bool> m_exceptions;
  std::set<int> m_years;
  mutable std::set<int> m_uncovered;
};

//! YYYY-MM-DD shifted by \a days calendar days.
std::string shiftDate(const std::string& day, int days);

}  // namespace grid::workflow
