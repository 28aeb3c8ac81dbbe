// SPDX-License-Identifier: GPL-2.0-or-later
#include "workflow/calendar.h"

#include <cstdio>
#include <cstdlib>
#include <ctime>

#include "storage/database.h"

namespace grid::workflow {
namespace {

std::tm parse(const std::string& day) {
  std::tm tm{};
  int y = 1970, m = 1, d = 1;
  std::sscanf(day.c_str(), "%d-%d-%d", &y, &m, &d);
  tm.tm_year = y - 1900;
  tm.tm_mon = m - 1;
  tm.tm_mday = d;
  tm.tm_hour = 12;
  return tm;
}

std::string format(std::tm tm) {
  char buffer[16];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &tm);
  return buffer;
}

}  // namespace

std::string shiftDate(const std::string& day, int days) {
  std::tm tm = parse(day);
  std::time_t t = timegm(&tm) + static_cast<std::time_t>(days) * 86400;
  std::tm out{};
  gmtime_r(&t, &out);
  return format(out);
}

Result<WorkCalendar> WorkCalendar::load(Database& database) {
  WorkCalendar calendar;
  auto days = database.prepare("SELECT day, is_workday FROM main.work_calendar");
  if (!days) return days.error();
  if (auto s = days->forEachRow([&](const Statement& row) { calendar.m_exceptions[row.text(0)] = row.int64(1) != 0; });
      !s)
    return s.error();
  auto years = database.prepare("SELECT year FROM main.work_calendar_year");
  if (years)
    if (auto s =
            years->forEachRow([&](const Statement& row) { calendar.m_years.insert(static_cast<int>(row.int64(0))); });
        !s)
      return s.error();
  return calendar;
}

void WorkCalendar::touch(const std::string& day) const {
  const int year = std::atoi(day.substr(0, 4).c_str());
  if (!m_years.count(year)) m_uncovered.insert(year);
}

bool WorkCalendar::isWorkday(const std::string& day) const {
  if (auto it = m_exceptions.find(day); it != m_exceptions.end()) return it->second;
  std::tm tm = parse(day);
  std::time_t t = timegm(&tm);
  std::tm out{};
  gmtime_r(&t, &out);
  return out.tm_wday != 0 && out.tm_wday != 6;
}

std::string WorkCalendar::addWorkdays(const std::string& day, int workdays) const {
  m_uncovered.clear();
  std::string current = day;
  touch(current);
  int guard = 0;
  while (workdays > 0 && guard++ < 3660) {
    current = shiftDate(current, 1);
    touch(current);
    if (isWorkday(current)) --workdays;
  }
  return current;
}

int WorkCalendar::workdaysBetween(const std::string& from, const std::string& to) const {
  m_uncovered.clear();
  int count = 0;
  std::string current = from;
  touch(current);
  int guard = 0;
  while (current < to && guard++ < 3660) {
    current = shiftDate(current, 1);
    touch(current);
    if (isWorkday(current)) ++count;
  }
  return count;
}

}  // namespace grid::workflow
