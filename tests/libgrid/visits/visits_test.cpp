// SPDX-License-Identifier: GPL-2.0-or-later
// Patrols and visits (issue 19): the frequency rules' dates, the due and overdue lists against a brute-force recount
// on a generated district, logging a visit through the ledger's record path (effects, refusals, undo), and a finding
// reported as an event.
#include "visits/visits.h"

#include <gtest/gtest.h>

#include <cmath>
#include <ctime>
#include <map>
#include <set>

#include "registry/record_edit.h"
#include "registry/visit_rules.h"
#include "storage/record_change.h"
#include "support/test_support.h"

namespace grid::visits {
namespace {

using registry::addInterval;

class VisitListTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { s_template = new test::GeneratedTemplate(3000, "2026-11-01T18:00:00Z"); }
  static void TearDownTestSuite() {
    delete s_template;
    s_template = nullptr;
  }
  void SetUp() override {
    db = s_template->copy();
    ASSERT_TRUE(db);
    auto key = FieldCipher::fromHex(s_template->keyHex());
    ASSERT_TRUE(key.ok());
    s_key = std::make_unique<FieldCipher>(*key);
    community = test::count(*db, "SELECT min(id) FROM community");
  }

  static inline test::GeneratedTemplate* s_template = nullptr;
  std::unique_ptr<FieldCipher> s_key;
  std::unique_ptr<Database> db;
  FixedClock clock{"2026-11-20T09:00:00Z"};
  long long community = -1;
};

// Days between two ISO dates, by a different route than the library (mktime on noon UTC-ish local times).
int daysBetween(const std::string& from, const std::string& to) {
  auto parse = [](const std::string& d) {
    std::tm tm{};
    tm.tm_year = std::stoi(d.substr(0, 4)) - 1900;
    tm.tm_mon = std::stoi(d.substr(5, 2)) - 1;
    tm.tm_mday = std::stoi(d.substr(8, 2));
    tm.tm_hour = 12;
    return timegm(&tm);
  };
  return static_cast<int>(std::lround(std::difftime(parse(to), parse(from)) / 86400.0));
}

TEST_F(VisitListTest, DueAndOverdueListsMatchABruteForceRecount) {
  for (const std::string asOf : {"2026-11-01", "2026-10-15", "2026-11-20"}) {
    SCOPED_TRACE(asOf);
    DueQuery query;
    query.place = {"community", community};
    query.asOf = asOf;
    auto items = dueVisits(*db, clock, query);
    ASSERT_TRUE(items.ok()) << items.error().describe();
    ASSERT_FALSE(items->empty());

    // Every log of the community, read row by row, and the latest per object up to the day.
    std::map<std::pair<std::string, long long>, std::string> last;
    auto logs = db->prepare(
        "SELECT l.log_type, l.object_type, l.object_id, l.key_matter_id, l.grid_id, l.work_time FROM patrol_log l "
        "JOIN grid g ON g.id = l.grid_id WHERE g.community_id = ?");
    ASSERT_TRUE(logs.ok());
    logs->bind(1, community);
    ASSERT_TRUE(logs->forEachRow([&](const Statement& r) {
                      const std::string day = r.text(5).substr(0, 10);
                      if (day > asOf) return;
                      std::vector<std::pair<std::string, long long>> keys;
                      if (r.text(0) == "patrol") keys.emplace_back("grid", r.int64(4));
                      if (!r.isNull(3)) keys.emplace_back("key_matter", r.int64(3));
                      if (!r.isNull(1)) keys.emplace_back(r.text(1), r.int64(2));
                      for (const auto& key : keys)
                        if (last[key] < day) last[key] = day;
                    })
                    .ok());
    auto rules = registry::loadVisitRules(*db);
    ASSERT_TRUE(rules.ok());
    std::map<long long, const registry::VisitRule*> ruleById;
    for (const auto& rule : *rules) ruleById[rule.id] = &rule;

    std::set<std::pair<std::string, long long>> listed;
    long long overdue = 0;
    for (const DueItem& item : *items) {
      SCOPED_TRACE(item.objectType + " " + std::to_string(item.objectId));
      EXPECT_TRUE(listed.insert({item.objectType, item.objectId}).second) << "listed twice";
      const std::string expectedLast =
          last.count({item.objectType, item.objectId}) ? last[{item.objectType, item.objectId}] : "";
      EXPECT_EQ(item.lastVisit, expectedLast);
      ASSERT_TRUE(ruleById.count(item.ruleId));
      const registry::VisitRule& rule = *ruleById[item.ruleId];
      if (!expectedLast.empty()) EXPECT_EQ(item.due, addInterval(expectedLast, rule.every, rule.unit));
      EXPECT_EQ(item.daysOverdue, daysBetween(item.due, asOf));
      overdue += item.overdue();
    }
    // The objects under rules, counted apart: grids, key persons under attention, key places, open matters, and
    // households that are rental or have a tagged member the rules name.
    const std::string grids = "(SELECT id FROM grid WHERE community_id = " + std::to_string(community) + ")";
    const std::string live = " AND substr(created_at, 1, 10) <= '" + std::string(asOf) + "' AND logout = 0";
    std::map<std::string, long long> expected = {
        {"grid", test::count(*db, "SELECT count(*) FROM grid WHERE retired_at IS NULL AND id IN " + grids)},
        {"key_person",
         test::count(*db, "SELECT count(*) FROM key_person WHERE under_attention = 1 AND grid_id IN " + grids + live)},
        {"key_place", test::count(*db, "SELECT count(*) FROM key_place WHERE grid_id IN " + grids + live)},
        {"key_matter", test::count(*db,
                                   "SELECT count(*) FROM key_matter WHERE status NOT IN ('resolved', 'closed') AND "
                                   "registered_at <= '" +
                                       std::string(asOf) + "' AND grid_id IN " + grids)},
        {"household", test::count(*db, "SELECT count(*) FROM household h WHERE h.grid_id IN " + grids +
                                           " AND substr(h.created_at, 1, 10) <= '" + std::string(asOf) +
                                           "' AND h.logout = 0 "
                                           "AND (h.household_type = 'rental' OR EXISTS (SELECT 1 FROM person p JOIN "
                                           "person_care c ON c.person_id = p.id WHERE p.household_id = h.id AND "
                                           "p.logout = 0 AND c.care_code IN (SELECT category FROM visit_rule WHERE "
                                           "object_type = 'household' AND active = 1) AND c.start_date <= '" +
                                           std::string(asOf) + "'))")}};
    std::map<std::string, long long> got;
    for (const DueItem& item : *items) ++got[item.objectType];
    for (const auto& [type, n] : expected) EXPECT_EQ(got[type], n) << type;
    EXPECT_GT(got["household"], 0);

    // The overdue list is exactly the overdue part, and per worker the worker's grids.
    query.overdueOnly = true;
    auto late = dueVisits(*db, clock, query);
    ASSERT_TRUE(late.ok());
    EXPECT_EQ(static_cast<long long>(late->size()), overdue);
    for (const DueItem& item : *late) EXPECT_GT(item.daysOverdue, 0);
    if (std::string(asOf) == "2026-11-01") {
      // The demo is built on 2026-11-01: about one object in twelve is overdue on purpose, the rest on time.
      EXPECT_GT(overdue, 0);
      EXPECT_LT(overdue * 5, static_cast<long long>(items->size()));
    }
    const long long worker = items->front().staffId;
    query.overdueOnly = false;
    query.staffId = worker;
    auto mine = dueVisits(*db, clock, query);
    ASSERT_TRUE(mine.ok());
    ASSERT_FALSE(mine->empty());
    for (const DueItem& item : *mine) EXPECT_EQ(item.staffId, worker);
  }
}

TEST_F(VisitListTest, ALoggedVisitMovesTheDueDateAndUndoesCleanly) {
  DueQuery query;
  query.place = {"community", community};
  query.asOf = "2026-11-20";
  query.overdueOnly = true;
  auto late = dueVisits(*db, clock, query);
  ASSERT_TRUE(late.ok());
  const DueItem* person = nullptr;
  for (const DueItem& item : *late)
    if (item.objectType == "key_person") person = &item;
  ASSERT_NE(person, nullptr) << "the demo has overdue key persons";
  const long long keyPerson = person->objectId;
  auto codes = registry::CodeBook::load(*db);
  ASSERT_TRUE(codes.ok());
  const registry::SaveContext context{*db, *s_key, *codes, clock, Actor::system("test"), {}};
  const long long logsBefore = test::count(*db, "SELECT count(*) FROM patrol_log");
  const std::string lastBefore =
      db->queryText("SELECT coalesce(last_visit_date, '') FROM key_person WHERE id = " + std::to_string(keyPerson))
          .value();

  // Refusals name their field and write nothing.
  std::vector<registry::FieldIssue> issues;
  auto refuse = [&](registry::RecordValues values, const std::string& field) {
    issues.clear();
    auto saved = registry::saveRecord(context, registry::ListKind::PatrolLogs, -1, values, &issues);
    EXPECT_FALSE(saved.ok()) << field;
    bool named = false;
    for (const auto& issue : issues) named |= issue.key == field;
    EXPECT_TRUE(named) << field << ": " << (saved.ok() ? "" : saved.error().describe());
    EXPECT_EQ(test::count(*db, "SELECT count(*) FROM patrol_log"), logsBefore);
  };
  refuse({{"object_type", "key_person"}, {"object_id", "99999999"}}, "object_id");
  refuse({{"object_type", "key_person"}, {"object_id", std::to_string(keyPerson)}, {"work_time", "2026-12-01 09:00"}},
         "work_time");
  refuse({{"object_type", "key_person"}, {"object_id", std::to_string(keyPerson)}, {"work_time", "2026-11-19 25:00"}},
         "work_time");
  refuse({{"object_type", "key_person"},
          {"object_id", std::to_string(keyPerson)},
          {"work_time", "2026-11-19"},
          {"next_due", "2026-11-01"}},
         "next_due");
  refuse({{"object_type", "grid"}}, "grid");
  const std::string otherGrid =
      db->queryText("SELECT grid_code FROM grid WHERE id <> " + std::to_string(person->gridId) + " LIMIT 1").value();
  refuse({{"object_type", "key_person"}, {"object_id", std::to_string(keyPerson)}, {"grid", otherGrid}}, "grid");

  // A visit today: the key person's dates follow, the item is no longer overdue, the log lies in their grid.
  issues.clear();
  auto saved = registry::saveRecord(context, registry::ListKind::PatrolLogs, -1,
                                    {{"object_type", "重点人员"},
                                     {"object_id", std::to_string(keyPerson)},
                                     {"work_time", "2026-11-20 10:15"},
                                     {"met_person", "本人"},
                                     {"content", "情绪稳定，按时报到"}},
                                    &issues);
  ASSERT_TRUE(saved.ok()) << saved.error().describe();
  const long long logId = saved->created.front().second;
  EXPECT_EQ(test::count(*db, "SELECT grid_id FROM patrol_log WHERE id = " + std::to_string(logId)), person->gridId);
  EXPECT_EQ(
      db->queryText("SELECT log_type || ' ' || work_time FROM patrol_log WHERE id = " + std::to_string(logId)).value(),
      "key_person_visit 2026-11-20T10:15:00");
  EXPECT_EQ(
      test::count(*db, "SELECT count(*) FROM patrol_log WHERE id = " + std::to_string(logId) + " AND geom IS NOT NULL"),
      1);
  EXPECT_EQ(db->queryText("SELECT last_visit_date FROM key_person WHERE id = " + std::to_string(keyPerson)).value(),
            "2026-11-20");
  auto rules = registry::loadVisitRules(*db);
  const registry::VisitRule* rule = nullptr;
  for (const auto& r : *rules)
    if (r.id == person->ruleId) rule = &r;
  ASSERT_NE(rule, nullptr);
  EXPECT_EQ(db->queryText("SELECT next_visit_due FROM key_person WHERE id = " + std::to_string(keyPerson)).value(),
            addInterval("2026-11-20", rule->every, rule->unit));
  auto after = dueVisits(*db, clock, query);
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after->size() + 1, late->size());
  for (const DueItem& item : *after) EXPECT_FALSE(item.objectType == "key_person" && item.objectId == keyPerson);

  // An explicit next due date wins over the rule.
  auto sooner = registry::saveRecord(context, registry::ListKind::PatrolLogs, -1,
                                     {{"object_type", "key_person"},
                                      {"object_id", std::to_string(keyPerson)},
                                      {"work_time", "2026-11-20 16:00"},
                                      {"next_due", "2026-11-22"}});
  ASSERT_TRUE(sooner.ok()) << sooner.error().describe();
  query.overdueOnly = false;
  query.asOf = "2026-11-23";
  auto due = dueVisits(*db, clock, query);
  ASSERT_TRUE(due.ok());
  bool found = false;
  for (const DueItem& item : *due)
    if (item.objectType == "key_person" && item.objectId == keyPerson) {
      found = true;
      EXPECT_EQ(item.due, "2026-11-22");
      EXPECT_EQ(item.daysOverdue, 1);
    }
  EXPECT_TRUE(found);

  // Undo both: the logs go and the key person's dates come back.
  ASSERT_TRUE(revertRecordChange(*db, clock, Actor::system("test"), *sooner).ok());
  ASSERT_TRUE(revertRecordChange(*db, clock, Actor::system("test"), *saved).ok());
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM patrol_log"), logsBefore);
  EXPECT_EQ(
      db->queryText("SELECT coalesce(last_visit_date, '') FROM key_person WHERE id = " + std::to_string(keyPerson))
          .value(),
      lastBefore);
}

TEST_F(VisitListTest, AHouseholdVisitCountsAndAGridPatrolDefaultsToTheGridsWorker) {
  auto codes = registry::CodeBook::load(*db);
  ASSERT_TRUE(codes.ok());
  const registry::SaveContext context{*db, *s_key, *codes, clock, Actor::system("test"), {}};
  const long long household = test::count(*db, "SELECT min(id) FROM household WHERE logout = 0");
  const long long before =
      test::count(*db, "SELECT visit_count FROM household WHERE id = " + std::to_string(household));
  auto visit = registry::saveRecord(context, registry::ListKind::PatrolLogs, -1,
                                    {{"object_type", "household"}, {"object_id", std::to_string(household)}});
  ASSERT_TRUE(visit.ok()) << visit.error().describe();
  EXPECT_EQ(test::count(*db, "SELECT visit_count FROM household WHERE id = " + std::to_string(household)), before + 1);
  const std::string gridCode = db->queryText("SELECT grid_code FROM grid ORDER BY id LIMIT 1").value();
  auto patrol =
      registry::saveRecord(context, registry::ListKind::PatrolLogs, -1, {{"object_type", "grid"}, {"grid", gridCode}});
  ASSERT_TRUE(patrol.ok()) << patrol.error().describe();
  const std::string id = std::to_string(patrol->created.front().second);
  EXPECT_EQ(db->queryText("SELECT log_type FROM patrol_log WHERE id = " + id).value(), "patrol");
  EXPECT_EQ(test::count(*db, "SELECT staff_id FROM patrol_log WHERE id = " + id),
            test::count(*db,
                        "SELECT staff_id FROM staff_assignment WHERE role_code = 'GRID_WORKER' AND level = 'grid' AND "
                        "position_type = 'full_time' AND target_id = (SELECT id FROM grid WHERE grid_code = '" +
                            gridCode + "')"));
  // The grid's patrol is now up to date.
  DueQuery query;
  query.place = {"grid", test::count(*db, "SELECT id FROM grid WHERE grid_code = '" + gridCode + "'")};
  auto items = dueVisits(*db, clock, query);
  ASSERT_TRUE(items.ok());
  for (const DueItem& item : *items)
    if (item.objectType == "grid") EXPECT_EQ(item.lastVisit, "2026-11-20");
}

TEST_F(VisitListTest, AFindingBecomesAnEventOnce) {
  auto codes = registry::CodeBook::load(*db);
  ASSERT_TRUE(codes.ok());
  const registry::SaveContext context{*db, *s_key, *codes, clock, Actor::system("test"), {}};
  const long long building = test::count(*db, "SELECT min(id) FROM building WHERE grid_id IS NOT NULL");
  auto visit = registry::saveRecord(context, registry::ListKind::PatrolLogs, -1,
                                    {{"object_type", "building"},
                                     {"object_id", std::to_string(building)},
                                     {"log_type", "hidden_danger"},
                                     {"content", "三楼消防通道堆放杂物"},
                                     {"has_exception", "是"},
                                     {"exception", "火灾隐患"}});
  ASSERT_TRUE(visit.ok()) << visit.error().describe();
  const long long logId = visit->created.front().second;
  const long long events = test::count(*db, "SELECT count(*) FROM event");
  auto reported = reportFinding(*db, s_key.get(), clock, Actor::system("test"), logId);
  ASSERT_TRUE(reported.ok()) << reported.error().describe();
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM event"), events + 1);
  const std::string serial = reported->serial;
  EXPECT_EQ(
      db->queryText(
            "SELECT source_kind || ' ' || domain_code || ' ' || coalesce(CAST(building_id AS TEXT), '') FROM event "
            "WHERE serial_number = '" +
            serial + "'")
          .value(),
      "visit SAFETY " + std::to_string(building));
  EXPECT_EQ(test::count(*db, "SELECT event_id FROM patrol_log WHERE id = " + std::to_string(logId)),
            test::count(*db, "SELECT id FROM event WHERE serial_number = '" + serial + "'"));
  auto twice = reportFinding(*db, s_key.get(), clock, Actor::system("test"), logId);
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, ErrorCode::Conflict);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM event"), events + 1);
}

}  // namespace
}  // namespace grid::visits
