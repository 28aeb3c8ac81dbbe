// SPDX-License-Identifier: GPL-2.0-or-later
// The dashboard and the monthly report (issue 19): every indicator against an independent recount on a generated
// district, the records behind each count, children adding up to their parent, and the report's workbook carrying
// the dashboard's numbers.
#include "dashboard/dashboard.h"

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <map>

#include "support/test_support.h"
#include "visits/visits.h"

namespace grid::dashboard {
namespace {

TEST(Dashboard, MonthsAndTheirPredecessors) {
  EXPECT_EQ(monthPeriod("2028-02")->to, "2028-02-29");
  EXPECT_EQ(monthPeriod("2026-02")->to, "2026-02-28");
  EXPECT_EQ(monthPeriod("2026-11")->from, "2026-11-01");
  EXPECT_EQ(monthPeriod("2026-12")->to, "2026-12-31");
  EXPECT_FALSE(monthPeriod("2026-13").has_value());
  EXPECT_FALSE(monthPeriod("November").has_value());
  EXPECT_EQ(previousMonth("2026-01"), "2025-12");
  EXPECT_EQ(previousMonth("2026-11"), "2026-10");
}

class DashboardTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    s_dir = new test::TempDir();
    FixedClock clock("2026-11-01T18:00:00Z");
    auto generated = test::createGeneratedDatabase(*s_dir, clock, Actor::system("test"), 6000);
    ASSERT_TRUE(generated.db);
    s_db = generated.db.release();
  }
  static void TearDownTestSuite() {
    delete s_db;
    delete s_dir;
  }
  static test::TempDir* s_dir;
  static Database* s_db;
  // Today lies after the demo's day, so October is a whole past month and November the running one.
  FixedClock clock{"2026-11-20T09:00:00Z"};
};
test::TempDir* DashboardTest::s_dir = nullptr;
Database* DashboardTest::s_db = nullptr;

// Each figure recounted by SQL written apart from the dashboard's (joins through the grid's community instead of the
// place's grid list, dates compared with date()).
std::map<std::string, double> recount(Database& db, long long community, const Period& period, const std::string& day) {
  const std::string c = std::to_string(community), d = "'" + day + "'", from = "'" + period.from + "'",
                    to = "'" + period.to + "'";
  auto n = [&](const std::string& sql) { return static_cast<double>(test::count(db, sql)); };
  const std::string inCommunity = " JOIN grid g ON g.id = x.grid_id AND g.community_id = " + c;
  const std::string live = " AND date(x.created_at) <= " + d + " AND (x.logout = 0 OR x.logout_date > " + d + ")";
  std::map<std::string, double> r;
  r["households"] = n("SELECT count(*) FROM household x" + inCommunity + " WHERE 1" + live);
  r["persons"] = n("SELECT count(*) FROM person x" + inCommunity + " WHERE 1" + live);
  r["linkable_households"] =
      n("SELECT count(*) FROM household x" + inCommunity + " WHERE x.household_type != 'vacant'" + live);
  r["linked_households"] =
      n("SELECT count(DISTINCT x.id) FROM household x" + inCommunity +
        " JOIN party_link l ON l.household_id = x.id AND "
        "date(l.start_date) <= " +
        d + " AND (l.end_date IS NULL OR l.end_date > " + d + ") WHERE x.household_type != 'vacant'" + live);
  r["party_coverage"] = r["linkable_households"] ? 100 * r["linked_households"] / r["linkable_households"] : 0;
  for (const char* colour : {"red", "orange", "yellow", "blue"}) {
    const std::string k(colour);
    r["key_persons_" + k] = n("SELECT count(*) FROM key_person x" + inCommunity +
                              " WHERE x.under_attention = 1 AND "
                              "x.risk_colour = '" +
                              k + "'" + live);
    r["key_places_" + k] =
        n("SELECT count(*) FROM key_place x" + inCommunity + " WHERE x.risk_colour = '" + k + "'" + live);
    r["key_matters_" + k] =
        n("SELECT count(*) FROM key_matter x" + inCommunity + " WHERE x.warning_level = '" + k +
          "' AND date(x.registered_at) <= " + d + " AND x.status IN ('open', 'resolving', 'assigned')");
  }
  const std::string events =
      "SELECT count(*) FROM event e JOIN grid g ON g.id = e.occur_grid_id AND g.community_id = " + c +
      " WHERE e.occur_date BETWEEN " + from + " AND " + to;
  r["events_new"] = n(events);
  r["events_closed"] = n(events + " AND e.status >= 250");
  r["events_on_the_spot"] = n(events + " AND e.id IN (SELECT event_id FROM event_log WHERE operation_code = 32)");
  r["events_escalated"] = n(events + " AND e.id IN (SELECT event_id FROM event_log WHERE operation_code = 41)");
  r["events_overdue"] =
      n(events + " AND e.id IN (SELECT event_id FROM event_step WHERE red_date < coalesce(date(end_date), " + d + "))");
  r["events_open"] = n("SELECT count(*) FROM event e JOIN grid g ON g.id = e.occur_grid_id AND g.community_id = " + c +
                       " WHERE e.occur_date <= " + d + " AND e.status < 250");
  r["events_supervised"] =
      n("SELECT count(*) FROM event e JOIN grid g ON g.id = e.occur_grid_id AND g.community_id = " + c +
        " WHERE e.occur_date <= " + d +
        " AND e.status < 250 AND e.id IN (SELECT event_id FROM "
        "event_step WHERE end_date IS NULL AND yellow_date <= " +
        d + ")");
  r["events_closure_rate"] = r["events_new"] ? 100 * r["events_closed"] / r["events_new"] : 0;
  const double evaluated = n(events + " AND e.id IN (SELECT event_id FROM event_evaluation)");
  const double satisfied = n(events +
                             " AND (SELECT rating FROM event_evaluation v WHERE v.event_id = e.id ORDER BY v.id DESC "
                             "LIMIT 1) IN ('satisfied', 'basically_satisfied')");
  r["events_satisfaction"] = evaluated ? 100 * satisfied / evaluated : 0;
  const std::string logs =
      "SELECT count(*) FROM patrol_log x" + inCommunity + " WHERE date(x.work_time) BETWEEN " + from + " AND " + to;
  r["visits_done"] = n(logs);
  r["patrols_done"] = n(logs + " AND x.log_type = 'patrol'");
  r["grids"] = n("SELECT count(*) FROM grid WHERE retired_at IS NULL AND community_id = " + c);
  r["grids_without_worker"] =
      n("SELECT count(*) FROM grid g WHERE g.retired_at IS NULL AND g.community_id = " + c +
        " AND g.id NOT IN (SELECT "
        "target_id FROM staff_assignment WHERE level = 'grid' AND role_code = 'GRID_WORKER' AND position_type = "
        "'full_time' AND start_date <= " +
        d + " AND (end_date IS NULL OR end_date > " + d + "))");
  r["workers"] =
      n("SELECT count(DISTINCT a.staff_id) FROM staff_assignment a JOIN grid g ON g.id = a.target_id AND "
        "g.community_id = " +
        c +
        " AND g.retired_at IS NULL WHERE a.level = 'grid' AND a.role_code = "
        "'GRID_WORKER' AND a.position_type = 'full_time' AND a.start_date <= " +
        d + " AND (a.end_date IS NULL OR a.end_date > " + d + ")");
  r["households_per_worker"] = r["workers"] ? r["households"] / r["workers"] : 0;
  return r;
}

TEST_F(DashboardTest, EveryIndicatorEqualsAnIndependentRecount) {
  const long long community = test::count(*s_db, "SELECT min(id) FROM community");
  // A grid gets a worker moved away and a household moves out in October, so the month end and today differ.
  ASSERT_TRUE(s_db->exec("UPDATE staff_assignment SET end_date = '2026-10-10' WHERE role_code = 'GRID_WORKER' AND "
                         "position_type = 'full_time' AND target_id = (SELECT min(id) FROM grid WHERE community_id = " +
                         std::to_string(community) + ")")
                  .ok());
  for (const std::string month : {"2026-10", "2026-11", "2026-09"}) {
    SCOPED_TRACE(month);
    const Period period = *monthPeriod(month);
    auto figures = computeFigures(*s_db, clock, {"community", community}, period);
    ASSERT_TRUE(figures.ok()) << figures.error().describe();
    const std::string day = std::min(period.to, clock.today());
    EXPECT_EQ(figures->asOf, day);
    const auto expected = recount(*s_db, community, period, day);
    for (const auto& [key, value] : expected) EXPECT_NEAR(figures->value(key), value, 1e-9) << key;
    EXPECT_EQ(figures->indicators.size(), indicatorKeys().size());
    // Visits: the due list of the same day (tested against its own brute-force recount) gives the visit figures.
    visits::DueQuery query;
    query.place = {"community", community};
    query.asOf = day;
    auto due = visits::dueVisits(*s_db, clock, query);
    ASSERT_TRUE(due.ok());
    long long overdue = 0;
    for (const auto& item : *due) overdue += item.overdue();
    EXPECT_EQ(figures->value("visit_objects"), static_cast<double>(due->size()));
    EXPECT_EQ(figures->value("visits_overdue"), static_cast<double>(overdue));
    if (month == "2026-10") {
      EXPECT_EQ(figures->value("grids_without_worker"), 1);
      EXPECT_GT(figures->value("visits_done"), 0);
      EXPECT_GT(figures->value("events_new"), 0);
    }
    // Every count lists exactly the records it counted.
    for (const Indicator& indicator : figures->indicators) {
      if (indicator.unit != Unit::Count) continue;
      auto records = indicatorRecords(*s_db, clock, {"community", community}, period, indicator.key, 100000);
      ASSERT_TRUE(records.ok()) << indicator.key << ": " << records.error().describe();
      EXPECT_EQ(static_cast<double>(records->total), indicator.value) << indicator.key;
      EXPECT_EQ(records->rows.size(), records->ids.size());
      EXPECT_EQ(static_cast<double>(records->rows.size()), indicator.value) << indicator.key;
    }
  }
}

TEST_F(DashboardTest, ChildrenAddUpToTheirParentAndWorkersAreTheLastLevel) {
  const long long street = test::count(*s_db, "SELECT min(id) FROM street");
  const Period period = *monthPeriod("2026-10");
  auto parent = computeFigures(*s_db, clock, {"street", street}, period);
  ASSERT_TRUE(parent.ok());
  auto children = childFigures(*s_db, clock, {"street", street}, period);
  ASSERT_TRUE(children.ok());
  ASSERT_EQ(static_cast<long long>(children->size()),
            test::count(*s_db, "SELECT count(*) FROM community WHERE street_id = " + std::to_string(street)));
  for (const char* key : {"households", "persons", "events_new", "events_closed", "visits_done", "visit_objects",
                          "visits_overdue", "grids", "key_persons_red", "key_places_blue"}) {
    double sum = 0;
    for (const Figures& child : *children) sum += child.value(key);
    EXPECT_EQ(sum, parent->value(key)) << key;
  }
  // The whole database and its district: the sum of the streets (the whole-database figures skip the grid lookup).
  auto everything = computeFigures(*s_db, clock, {}, period);
  auto district =
      computeFigures(*s_db, clock, {"district", test::count(*s_db, "SELECT min(id) FROM district")}, period);
  auto streets = childFigures(*s_db, clock, {}, period);
  ASSERT_TRUE(everything.ok() && district.ok() && streets.ok());
  for (const char* key : {"households", "persons", "linked_households", "events_new", "visits_done", "visit_objects",
                          "visits_overdue", "grids", "workers", "key_matters_orange"}) {
    double sum = 0;
    for (const Figures& s : *streets) sum += s.value(key);
    EXPECT_EQ(everything->value(key), sum) << key;
    EXPECT_EQ(district->value(key), sum) << key;
  }
  EXPECT_EQ(everything->value("households"),
            static_cast<double>(
                test::count(*s_db, "SELECT count(*) FROM household WHERE logout = 0 AND grid_id IS NOT NULL")));
  auto grids = childFigures(*s_db, clock, children->front().place, period);
  ASSERT_TRUE(grids.ok());
  ASSERT_FALSE(grids->empty());
  EXPECT_EQ(grids->front().place.level, "grid");
  // (The last grid: the first one lost its worker in the recount test.)
  auto workers = childFigures(*s_db, clock, grids->back().place, period);
  ASSERT_TRUE(workers.ok());
  ASSERT_FALSE(workers->empty());
  EXPECT_EQ(workers->front().place.level, "worker");
  // A grid's full-time worker carries that grid's households (the demo gives each grid its own).
  EXPECT_EQ(workers->front().value("households"), grids->back().value("households"));
  auto none = childFigures(*s_db, clock, workers->front().place, period);
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
}

TEST_F(DashboardTest, TheReportCarriesTheDashboardsNumbers) {
  const long long street = test::count(*s_db, "SELECT min(id) FROM street");
  auto report = buildMonthlyReport(*s_db, clock, {"street", street}, "2026-10");
  ASSERT_TRUE(report.ok()) << report.error().describe();
  auto now = computeFigures(*s_db, clock, {"street", street}, *monthPeriod("2026-10"));
  auto before = computeFigures(*s_db, clock, {"street", street}, *monthPeriod("2026-09"));
  ASSERT_TRUE(now.ok() && before.ok());
  for (const Indicator& i : now->indicators) {
    EXPECT_EQ(report->current.value(i.key), i.value) << i.key;
    EXPECT_EQ(report->previous.value(i.key), before->value(i.key)) << i.key;
  }
  EXPECT_EQ(report->overdueVisits.total, static_cast<long long>(now->value("visits_overdue")));
  EXPECT_EQ(report->supervisedEvents.total, static_cast<long long>(now->value("events_supervised")));
  EXPECT_FALSE(buildMonthlyReport(*s_db, clock, {"street", street}, "2027-01").ok());  // not begun
  EXPECT_FALSE(buildMonthlyReport(*s_db, clock, {"street", street}, "2026/10").ok());

  // The workbook: one sheet per table, its numbers those shown.
  const std::string path = s_dir->file("report.xlsx");
  ASSERT_TRUE(writeReportWorkbook(*report, path, false).ok());
  GDALAllRegister();
  CPLSetConfigOption("OGR_XLSX_HEADERS", "FORCE");  // text-only sheets do not look to GDAL as if they had a header
  GDALDatasetUniquePtr book(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
  ASSERT_TRUE(book);
  ASSERT_EQ(book->GetLayerCount(), 4);
  OGRLayer* indicators = book->GetLayerByName("指标");
  ASSERT_NE(indicators, nullptr);
  std::map<std::string, std::pair<std::string, std::string>> shown;
  for (auto& feature : indicators)
    shown[feature->GetFieldAsString(0)] = {feature->GetFieldAsString(1), feature->GetFieldAsString(2)};
  for (const Indicator& i : now->indicators) {
    ASSERT_TRUE(shown.count(i.zh)) << i.zh;
    EXPECT_EQ(shown[i.zh].first, formatValue(i, i.value)) << i.key;
    EXPECT_EQ(shown[i.zh].second, formatValue(i, before->value(i.key))) << i.key;
  }
  OGRLayer* places = book->GetLayerByName("下级单位");
  ASSERT_NE(places, nullptr);
  EXPECT_EQ(places->GetFeatureCount(), static_cast<GIntBig>(report->children.size()));
  for (auto& feature : places) {
    const int field = feature->GetFieldIndex("实有住户");
    ASSERT_GE(field, 0);
    bool matched = false;
    for (const Figures& child : report->children)
      if (child.placeName == feature->GetFieldAsString(0))
        matched = feature->GetFieldAsDouble(field) == child.value("households");
    EXPECT_TRUE(matched) << feature->GetFieldAsString(0);
  }
  EXPECT_EQ(book->GetLayerByName("逾期未走访")->GetFeatureCount(),
            static_cast<GIntBig>(report->overdueVisits.rows.size()));
  CPLSetConfigOption("OGR_XLSX_HEADERS", nullptr);  // read when a sheet is first used, so kept until here
}

}  // namespace
}  // namespace grid::dashboard
