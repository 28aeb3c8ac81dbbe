// SPDX-License-Identifier: GPL-2.0-or-later
#include "registry/visit_rules.h"

#include <gtest/gtest.h>

#include "support/test_support.h"

namespace grid::registry {
namespace {

TEST(VisitRules, IntervalsKeepTheDayOrFallBackToTheMonthsLastDay) {
  EXPECT_EQ(addInterval("2026-01-31", 1, "month"), "2026-02-28");
  EXPECT_EQ(addInterval("2028-01-31", 1, "month"), "2028-02-29");  // leap year
  EXPECT_EQ(addInterval("2026-03-31", 1, "month"), "2026-04-30");
  EXPECT_EQ(addInterval("2026-11-30", 3, "month"), "2027-02-28");  // across the year end
  EXPECT_EQ(addInterval("2026-11-15", 14, "month"), "2028-01-15");
  EXPECT_EQ(addInterval("2026-08-31", 6, "month"), "2027-02-28");
  EXPECT_EQ(addInterval("2026-12-31", 1, "week"), "2027-01-07");
  EXPECT_EQ(addInterval("2026-02-22", 2, "week"), "2026-03-08");
  EXPECT_EQ(addInterval("2028-02-28", 1, "day"), "2028-02-29");
  EXPECT_EQ(addInterval("2026-02-28", 1, "day"), "2026-03-01");
  EXPECT_EQ(addInterval("2026-10-05T09:30:00", 1, "month"), "2026-11-05");  // a time is ignored
  EXPECT_EQ(addInterval("2026-02-30", 1, "day"), "");                       // not a date
  EXPECT_EQ(addInterval("yesterday", 1, "day"), "");
}

TEST(VisitRules, TheStrictestMatchingRuleApplies) {
  test::TempDir dir;
  auto db = test::createDatabase(dir);
  ASSERT_TRUE(db);
  auto rules = registry::loadVisitRules(*db);
  ASSERT_TRUE(rules.ok()) << rules.error().describe();
  auto interval = [&](const std::string& type, const std::vector<std::string>& categories, const std::string& colour) {
    const registry::VisitRule* rule = registry::ruleFor(*rules, type, categories, colour);
    return rule ? rule->intervalText(true) : std::string("none");
  };
  EXPECT_EQ(interval("key_person", {"PETITIONER"}, "red"), "every week");
  EXPECT_EQ(interval("key_person", {"PETITIONER"}, "orange"), "every 2 weeks");
  EXPECT_EQ(interval("key_person", {"PETITIONER"}, "yellow"), "every month");
  EXPECT_EQ(interval("key_person", {"PETITIONER"}, "blue"), "every 3 months");
  EXPECT_EQ(interval("key_person", {"PETITIONER"}, ""), "every 3 months");
  EXPECT_EQ(interval("key_person", {"COMMUNITY_CORRECTION"}, "blue"), "every week");   // the category is stricter
  EXPECT_EQ(interval("key_person", {"SEVERE_MENTAL_DISORDER"}, "red"), "every week");  // the colour is stricter
  EXPECT_EQ(interval("household", {"rental", "elderly_alone"}, ""), "every week");
  EXPECT_EQ(interval("household", {"rental"}, ""), "every 3 months");
  EXPECT_EQ(interval("household", {"veteran"}, ""), "none");
  EXPECT_EQ(interval("grid", {}, ""), "every week");
  // An edited rule is what applies next; a bad one is refused with its field.
  FixedClock clock("2026-11-20T08:00:00Z");
  registry::VisitRule rental = *registry::ruleFor(*rules, "household", {"rental"}, "");
  rental.every = 1;
  auto saved = registry::saveVisitRule(*db, clock, Actor::system("test"), rental);
  ASSERT_TRUE(saved.ok()) << saved.error().describe();
  rules = registry::loadVisitRules(*db);
  EXPECT_EQ(interval("household", {"rental"}, ""), "every month");
  rental.unit = "fortnight";
  auto refused = registry::saveVisitRule(*db, clock, Actor::system("test"), rental);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().context.field, "unit");
  ASSERT_TRUE(revertRecordChange(*db, clock, Actor::system("test"), *saved).ok());
  rules = registry::loadVisitRules(*db);
  EXPECT_EQ(interval("household", {"rental"}, ""), "every 3 months");
}

}  // namespace
}  // namespace grid::registry
