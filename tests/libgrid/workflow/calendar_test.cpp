// SPDX-License-Identifier: GPL-2.0-or-later
#include "workflow/calendar.h"

#include <gtest/gtest.h>

#include <set>

#include "support/test_support.h"

namespace grid::workflow {
namespace {

TEST(WorkCalendar, CountsAcrossHolidaysAndAdjustedWeekends) {
  test::TempDir dir;
  auto db = test::createDatabase(dir);
  ASSERT_TRUE(db);
  auto calendar = WorkCalendar::load(*db);
  ASSERT_TRUE(calendar.ok());
  EXPECT_TRUE(calendar->covers(2025));
  EXPECT_TRUE(calendar->covers(2026));
  EXPECT_FALSE(calendar->covers(2027));
  // Spring Festival 2026: Saturday 14 February is worked (调休), 15–23 February are off.
  EXPECT_TRUE(calendar->isWorkday("2026-02-14"));
  EXPECT_FALSE(calendar->isWorkday("2026-02-16"));
  EXPECT_EQ(calendar->addWorkdays("2026-02-13", 1), "2026-02-14");
  EXPECT_EQ(calendar->addWorkdays("2026-02-14", 1), "2026-02-24");
  // National Day 2026: 1–7 October off, Saturday 10 October worked.
  EXPECT_EQ(calendar->addWorkdays("2026-09-30", 1), "2026-10-08");
  EXPECT_EQ(calendar->workdaysBetween("2026-09-30", "2026-10-10"), 3);
  EXPECT_TRUE(calendar->uncoveredYears().empty());
  // 2025: 1 January off (Wednesday), 26 January (Sunday) worked.
  EXPECT_FALSE(calendar->isWorkday("2025-01-01"));
  EXPECT_TRUE(calendar->isWorkday("2025-01-26"));
  // A plain week.
  EXPECT_EQ(calendar->addWorkdays("2026-11-27", 5), "2026-12-04");  // Friday + 5 working days
  // A year the calendar does not know is counted on weekdays and reported.
  EXPECT_EQ(calendar->addWorkdays("2026-12-30", 5), "2027-01-06");
  EXPECT_EQ(calendar->uncoveredYears(), std::set<int>{2027});
}

}  // namespace
}  // namespace grid::workflow
