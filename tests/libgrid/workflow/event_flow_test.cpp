// SPDX-License-Identifier: GPL-2.0-or-later
// The event closed loop (issue 18): working days, every path of the state machine, guards, supervision, extension,
// reopening, merging, and random action sequences where every refusal leaves the database unchanged.
#include "workflow/event_flow.h"

#include <gtest/gtest.h>

#include <random>

#include "storage/record_writer.h"
#include "support/test_support.h"
#include "workflow/calendar.h"

namespace grid::workflow {
namespace {

class EventFlowTest : public ::testing::Test {
 protected:
  void SetUp() override {
    sample = test::createSampleDatabase(dir);
    ASSERT_TRUE(sample.db);
    db = sample.db.get();
    grid1 = test::count(*db, "SELECT min(id) FROM grid");
    grid2 = test::count(*db, "SELECT max(id) FROM grid");
    community = test::count(*db, "SELECT community_id FROM grid WHERE id = " + std::to_string(grid1));
    street = test::count(*db, "SELECT street_id FROM community WHERE id = " + std::to_string(community));
    district = test::count(*db, "SELECT district_id FROM street WHERE id = " + std::to_string(street));
    RecordWriter writer(*db, clock);
    auto police = writer.insert(Actor::system("test"), "department",
                                {{"level", Value("community")},
                                 {"level_id", Value(community)},
                                 {"type_code", Value("POLICE")},
                                 {"name", Value("和平派出所社区警务室")}});
    ASSERT_TRUE(police.ok());
    department = *police;
  }

  ReportInput report(long long grid, const std::string& domain = "SAFETY", const std::string& grade = "normal") {
    ReportInput input;
    input.gridId = grid;
    input.content = "消防通道被杂物堵塞，居民反映多次";
    input.domainCode = domain;
    input.typeCode = domain == "SAFETY" ? "SAFETY_08" : "";
    input.grade = grade;
    return input;
  }
  std::string reported(long long grid, const std::string& domain = "SAFETY", const std::string& grade = "normal") {
    auto result = reportEvent(*db, sample.key.get(), clock, actor, report(grid, domain, grade));
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().describe());
    return result.ok() ? result->serial : std::string();
  }
  ActionResult step(const std::string& serial, Action action, Org as, ActionInput input = {}) {
    input.action = action;
    input.actingAs = as;
    auto result = act(*db, clock, actor, serial, input);
    EXPECT_TRUE(result.ok()) << actionName(action) << ": " << (result.ok() ? "" : result.error().describe());
    return result.ok() ? *result : ActionResult{};
  }
  Error refused(const std::string& serial, Action action, Org as, ActionInput input = {}) {
    input.action = action;
    input.actingAs = as;
    auto result = act(*db, clock, actor, serial, input);
    EXPECT_FALSE(result.ok()) << actionName(action) << " should be refused";
    return result.ok() ? Error{} : result.error();
  }
  ActionInput note(const std::string& text) {
    ActionInput input;
    input.note = text;
    return input;
  }
  ActionInput rated(const std::string& rating) {
    ActionInput input;
    input.rating = rating;
    return input;
  }
  ActionInput to(Org target) {
    ActionInput input;
    input.to = target;
    return input;
  }
  //! feedback, satisfied, verify by the first receiver — the end of every successful path.
  void closeLoop(const std::string& serial, Org resolver, Org first) {
    step(serial, Action::Feedback, resolver, note("已清理，已告知居民"));
    step(serial, Action::Evaluate, first, rated("satisfied"));
    auto verified = step(serial, Action::Verify, first);
    EXPECT_EQ(verified.status, 300);
  }

  test::TempDir dir;
  test::SampleDatabase sample;
  Database* db = nullptr;
  FixedClock clock{"2026-11-23T09:00:00Z"};  // a Monday
  Actor actor = Actor::system("test worker");
  long long grid1 = -1, grid2 = -1, community = -1, street = -1, district = -1, department = -1;
  Org g1() const { return {"grid", grid1}; }
  Org g2() const { return {"grid", grid2}; }
  Org c() const { return {"community", community}; }
  Org s() const { return {"street", street}; }
  Org d() const { return {"district", district}; }
  Org dept() const { return {"department", department}; }
};

TEST_F(EventFlowTest, HandledOnTheSpotFedBackRatedAndVerified) {
  const std::string serial = reported(grid1);
  EXPECT_EQ(serial.substr(0, 11), "SJ20261123-");
  auto handled = step(serial, Action::Handle, g1(), note("当场清理"));
  EXPECT_EQ(handled.status, 150);
  EXPECT_EQ(handled.stepState, 800);
  EXPECT_EQ(refused(serial, Action::Verify, g1()).message.find("report back first") != std::string::npos, true);
  closeLoop(serial, g1(), g1());
  auto view = loadEvent(*db, clock, serial);
  ASSERT_TRUE(view.ok());
  EXPECT_EQ(view->rating, "satisfied");
  EXPECT_EQ(view->timeline.size(), 5u);  // report, handle, feedback, evaluate, verify
  EXPECT_EQ(view->allowed, std::vector<std::string>{"reopen"});
}

TEST_F(EventFlowTest, EscalatedThroughEveryLevelAndResolvedAtTheTop) {
  const std::string serial = reported(grid1, "DISPUTE");
  step(serial, Action::Escalate, g1(), note("需社区协调"));
  EXPECT_FALSE(act(*db, clock, actor, serial, {Action::Resolve, c()}).ok()) << "not accepted yet";
  step(serial, Action::Accept, c());
  step(serial, Action::Escalate, c());
  step(serial, Action::Accept, s());
  step(serial, Action::Escalate, s());
  auto top = step(serial, Action::Accept, d());
  EXPECT_EQ(top.holder, d());
  EXPECT_NE(refused(serial, Action::Escalate, d()).message.find("top level"), std::string::npos);
  auto resolved = step(serial, Action::Resolve, d(), note("区里协调解决"));
  EXPECT_EQ(resolved.holder, g1()) << "verification goes back to the first receiver";
  // 谁办结谁反馈: the grid may not feed back what the district did.
  EXPECT_NE(refused(serial, Action::Feedback, g1(), note("x")).message.find("district"), std::string::npos);
  closeLoop(serial, d(), g1());
  EXPECT_EQ(
      test::count(*db, "SELECT count(*) FROM event_log l JOIN event e ON e.id = l.event_id WHERE e.serial_number = '" +
                           serial + "' AND l.operation_code = 41"),
      3);
}

TEST_F(EventFlowTest, AssignedToADepartmentWithADeadlineAndReturned) {
  const std::string serial = reported(grid1);
  step(serial, Action::Escalate, g1());
  step(serial, Action::Accept, c());
  EXPECT_NE(refused(serial, Action::Assign, g1(), to(dept())).message.find("only community"), std::string::npos);
  ActionInput assign = to(dept());
  assign.days = 3;
  auto assigned = step(serial, Action::Assign, c(), assign);
  EXPECT_EQ(assigned.holder, dept());
  // The community acts for its department's step.
  step(serial, Action::Accept, c());
  step(serial, Action::Return, c(), note("不属于本部门职责"));
  auto view = loadEvent(*db, clock, serial);
  ASSERT_TRUE(view.ok());
  EXPECT_EQ(view->holder, c());
  EXPECT_EQ(*db->queryText("SELECT deal_deadline FROM event_log WHERE operation_code = 21"), "2026-11-26");
  step(serial, Action::Resolve, c());
  closeLoop(serial, c(), g1());
  // A grid cannot assign downward; a community cannot assign to another community's grid or to itself.
  const std::string other = reported(grid2);
  EXPECT_NE(refused(other, Action::Assign, g2(), to(g1())).message.find("lowest level"), std::string::npos);
}

TEST_F(EventFlowTest, SkipLevelOnlyWhereARuleAllowsIt) {
  const std::string normal = reported(grid1, "DISPUTE", "normal");
  EXPECT_NE(refused(normal, Action::Escalate, g1(), to(s())).message.find("不能越级上报"), std::string::npos);
  const std::string critical = reported(grid1, "SAFETY", "critical");
  auto skipped = step(critical, Action::Escalate, g1(), to(s()));
  EXPECT_EQ(skipped.holder, s());
  step(critical, Action::Accept, s());
  EXPECT_NE(refused(critical, Action::Escalate, s(), to(g1())).message.find("skip-level"), std::string::npos);
  auto stats = eventStatistics(*db, clock, c(), "2026-11-01", "2026-11-30");
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->reported, 2);
  EXPECT_EQ(stats->escalated, 1);
  EXPECT_EQ(stats->skipLevel, 1);
}

TEST_F(EventFlowTest, DeadlinesTurnYellowThenRedAndAnExtensionMovesThem) {
  const std::string serial = reported(grid1);  // Monday 23 Nov: yellow after 5 working days, red after 10
  auto view = loadEvent(*db, clock, serial);
  ASSERT_TRUE(view.ok());
  EXPECT_EQ(view->steps.back().yellowDate, "2026-11-30");
  EXPECT_EQ(view->steps.back().redDate, "2026-12-07");
  EXPECT_EQ(view->supervision, -1);
  clock.set("2026-11-30T18:00:00Z");
  EXPECT_EQ(loadEvent(*db, clock, serial)->supervision, -1) << "the yellow day itself is still within the limit";
  clock.set("2026-12-01T09:00:00Z");
  EXPECT_EQ(loadEvent(*db, clock, serial)->supervision, 100);
  clock.set("2026-12-08T09:00:00Z");
  EXPECT_EQ(loadEvent(*db, clock, serial)->supervision, 200);
  EventFilter overdue;
  overdue.overdue = true;
  EXPECT_EQ(listEvents(*db, clock, overdue)->size(), 1u);
  // The grid asks for 3 working days, the community grants them: red moves from 7 to 10 December.
  ActionInput request = note("需等待物业配合");
  request.days = 3;
  step(serial, Action::Extend, g1(), request);
  EXPECT_NE(refused(serial, Action::Extend, g1(), request).message.find("pending"), std::string::npos);
  ActionInput decide;
  decide.approve = true;
  EXPECT_FALSE(act(*db, clock, actor, serial, {Action::Extend, g1(), {}, "", "", 0, true}).ok()) << "not by the asker";
  step(serial, Action::Extend, c(), decide);
  view = loadEvent(*db, clock, serial);
  EXPECT_EQ(view->steps.back().redDate, "2026-12-10");
  EXPECT_EQ(view->supervision, 100);
}

TEST_F(EventFlowTest, DissatisfiedReopensAtTheResolverAndMergeKeepsBothTimelines) {
  const std::string serial = reported(grid1);
  step(serial, Action::Escalate, g1());
  step(serial, Action::Accept, c());
  step(serial, Action::Resolve, c());
  step(serial, Action::Feedback, c(), note("已处理"));
  auto reopened = step(serial, Action::Evaluate, g1(), rated("dissatisfied"));
  EXPECT_EQ(reopened.status, 1);
  EXPECT_EQ(reopened.holder, c());
  EXPECT_EQ(test::count(*db, "SELECT reopened FROM event WHERE serial_number = '" + serial + "'"), 1);
  step(serial, Action::Resolve, c());
  EXPECT_NE(refused(serial, Action::Evaluate, g1(), rated("satisfied")).message.find("report back first"),
            std::string::npos);
  closeLoop(serial, c(), g1());

  const std::string first = reported(grid2), duplicate = reported(grid2);
  ActionInput merge;
  merge.mergeInto = first;
  auto merged = step(duplicate, Action::Merge, g2(), merge);
  EXPECT_EQ(merged.status, 250);
  auto view = loadEvent(*db, clock, first);
  ASSERT_TRUE(view.ok());
  int fromDuplicate = 0;
  for (const LogView& log : view->timeline) fromDuplicate += log.serial == duplicate;
  EXPECT_EQ(fromDuplicate, 2) << "the duplicate's report and its merge stay in the kept event's timeline";
  EXPECT_NE(refused(duplicate, Action::Reopen, g2(), note("x")).message.find("merged"), std::string::npos);
}

TEST_F(EventFlowTest, AttachmentsByTheHolderOnlyWhileOpenAndWithinTheirSize) {
  const std::string serial = reported(grid1);
  Attachment photo;
  photo.fileName = "现场照片.jpg";
  photo.mimeType = "image/jpeg";
  photo.content = std::vector<unsigned char>(5000, 0xAB);
  photo.thumbnail = std::vector<unsigned char>(300, 0xCD);
  auto added = addAttachment(*db, clock, actor, serial, photo, g1());
  ASSERT_TRUE(added.ok()) << added.error().describe();
  EXPECT_FALSE(addAttachment(*db, clock, actor, serial, photo, g2()).ok()) << "another grid does not hold it";
  Attachment huge = photo;
  huge.content.assign(11u * 1024 * 1024, 1);
  auto tooBig = addAttachment(*db, clock, actor, serial, huge, g1());
  ASSERT_FALSE(tooBig.ok());
  EXPECT_NE(tooBig.error().message.find("10 MB"), std::string::npos);
  auto listed = loadAttachments(*db, serial);
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_EQ(listed->front().fileName, "现场照片.jpg");
  EXPECT_EQ(listed->front().thumbnail.size(), 300u);
  EXPECT_TRUE(listed->front().content.empty()) << "content only on request";
  EXPECT_EQ(loadAttachments(*db, serial, true)->front().content.size(), 5000u);
  ActionInput close = note("误报");
  step(serial, Action::Close, g1(), close);
  EXPECT_FALSE(addAttachment(*db, clock, actor, serial, photo, g1()).ok()) << "closed";
}

TEST_F(EventFlowTest, RandomActionSequencesRefuseEveryIllegalActionWithoutWriting) {
  std::mt19937 random(11);
  const std::vector<Org> orgs = {g1(), g2(), c(), s(), d(), dept()};
  const std::vector<Action> actions = {Action::Accept,   Action::Classify, Action::Handle, Action::Escalate,
                                       Action::Assign,   Action::Extend,   Action::Return, Action::Resolve,
                                       Action::Feedback, Action::Evaluate, Action::Verify, Action::Close,
                                       Action::Reopen,   Action::Merge};
  const char* ratings[] = {"satisfied", "basically_satisfied", "dissatisfied", "great"};
  std::vector<std::string> serials;
  for (int i = 0; i < 6; ++i)
    serials.push_back(reported(i % 2 ? grid1 : grid2, i % 3 ? "SAFETY" : "DISPUTE", i == 5 ? "critical" : "normal"));
  auto counts = [&] {
    return std::vector<long long>{test::count(*db, "SELECT count(*) FROM event_step"),
                                  test::count(*db, "SELECT count(*) FROM event_log"),
                                  test::count(*db, "SELECT count(*) FROM event_evaluation"),
                                  test::count(*db, "SELECT count(*) FROM event_delay_request"),
                                  test::count(*db, "SELECT count(*) FROM audit_log"),
                                  test::count(*db, "SELECT total(status) + total(reopened) FROM event")};
  };
  int done = 0, refusedCount = 0;
  for (int i = 0; i < 1500; ++i) {
    const std::string& serial = serials[random() % serials.size()];
    ActionInput input;
    const auto beforeEvent = loadEvent(*db, clock, serial);
    ASSERT_TRUE(beforeEvent.ok());
    // Half the time an action the holder may take now, by the holder; otherwise anything by anyone.
    if (random() % 2 && !beforeEvent->allowed.empty()) {
      input.action = *parseAction(beforeEvent->allowed[random() % beforeEvent->allowed.size()]);
      input.actingAs = beforeEvent->holder.empty() ? beforeEvent->firstReceiverOrg : beforeEvent->holder;
      if (input.actingAs.level == "department") input.actingAs = c();
    } else {
      input.action = actions[random() % actions.size()];
      input.actingAs = orgs[random() % orgs.size()];
    }
    input.to = orgs[random() % orgs.size()];
    input.note = random() % 4 ? "说明" : "";
    input.rating = ratings[random() % 4];
    input.days = static_cast<int>(random() % 5);
    if (random() % 3 == 0) input.approve = random() % 2 == 0;
    input.mergeInto = serials[random() % serials.size()];
    const auto before = counts();
    auto result = act(*db, clock, actor, serial, input);
    if (result.ok()) {
      ++done;
      EXPECT_NE(counts(), before) << actionName(input.action) << " succeeded and wrote nothing";
    } else {
      ++refusedCount;
      ASSERT_EQ(counts(), before) << actionName(input.action)
                                  << " was refused but wrote: " << result.error().describe();
      EXPECT_FALSE(result.error().message.empty());
    }
    // Invariants: at most one open lead step; a resolved event waits at its first receiver.
    EXPECT_LE(test::count(*db,
                          "SELECT max(n) FROM (SELECT count(*) AS n FROM event_step WHERE role = 'lead' AND "
                          "state_code IN (110, 120, 800) GROUP BY event_id)"),
              1);
    EXPECT_EQ(test::count(*db,
                          "SELECT count(*) FROM event e JOIN event_step s ON s.event_id = e.id AND s.state_code = 800 "
                          "WHERE (s.target_org_level <> e.first_receiver_org_level OR s.target_org_id <> "
                          "e.first_receiver_org_id) AND s.end_date IS NULL"),
              0);
    if (random() % 50 == 0) clock.set(shiftDate(clock.today(), 1) + "T09:00:00Z");
  }
  EXPECT_GT(done, 100);
  EXPECT_GT(refusedCount, 500);
  auto chain = verifyAuditChain(*db);
  ASSERT_TRUE(chain.ok());
  EXPECT_EQ(*chain, -1);
}

}  // namespace
}  // namespace grid::workflow
