// SPDX-License-Identifier: GPL-2.0-or-later
#include "common/civil_date.h"

#include <gtest/gtest.h>

#include <ctime>

namespace grid {
namespace {

TEST(CivilDate, DayNumbersMatchTheCLibraryOverFourHundredYears) {
  // timegm is the independent reference: every first and last day of a month from 1900 to 2300.
  for (int year = 1900; year <= 2300; ++year)
    for (int month = 1; month <= 12; ++month)
      for (int day : {1, daysInMonth(year, month)}) {
        std::tm tm{};
        tm.tm_year = year - 1900, tm.tm_mon = month - 1, tm.tm_mday = day;  // midnight: a whole number of days
        const long long expected = static_cast<long long>(timegm(&tm)) / 86400;
        ASSERT_EQ(daysFromCivil(year, month, day), expected) << year << "-" << month << "-" << day;
        int y = 0, m = 0, d = 0;
        civilFromDays(expected, y, m, d);
        ASSERT_EQ(y * 10000 + m * 100 + d, year * 10000 + month * 100 + day);
      }
}

TEST(CivilDate, LeapYearsFollowTheGregorianRule) {
  EXPECT_TRUE(leapYear(2024));
  EXPECT_TRUE(leapYear(2000));
  EXPECT_FALSE(leapYear(2100));
  EXPECT_FALSE(leapYear(2026));
  EXPECT_EQ(daysInMonth(2028, 2), 29);
  EXPECT_EQ(daysInMonth(2026, 2), 28);
  EXPECT_EQ(daysInMonth(2026, 4), 30);
}

TEST(CivilDate, OnlyRealDatesAreRead) {
  int y = 0, m = 0, d = 0;
  EXPECT_TRUE(readIsoDate("2026-12-06", y, m, d));
  EXPECT_EQ(y * 10000 + m * 100 + d, 20261206);
  EXPECT_TRUE(readIsoDate("2028-02-29T08:00:00Z", y, m, d)) << "a time after the date is ignored";
  for (const char* text : {"2026-02-29", "2026-13-01", "2026-04-31", "2026-00-10", "26-1-1", "", "not a date"})
    EXPECT_FALSE(readIsoDate(text, y, m, d)) << text;
}

TEST(CivilDate, FormatsDatesAndTimesOfDay) {
  EXPECT_EQ(isoDate(0), "1970-01-01");
  EXPECT_EQ(isoDate(daysFromCivil(2026, 12, 6)), "2026-12-06");
  EXPECT_EQ(isoDateTime(daysFromCivil(2026, 1, 31), 9 * 60 + 5), "2026-01-31T09:05:00Z");
}

}  // namespace
}  // namespace grid
