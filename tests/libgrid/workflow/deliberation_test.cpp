// SPDX-License-Identifier: GPL-2.0-or-later
// 四事五议 (issue 20): the five steps in order, nothing skipped or taken back except by the documented return, the
// rules of each step, quorum and votes, days that never go back, publishing, links, undo, and who may act where.
#include "workflow/deliberation.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "access/accounts.h"
#include "access/password.h"
#include "access/session.h"
#include "security/crypto.h"
#include "storage/database_key.h"
#include "storage/record_writer.h"
#include "support/test_support.h"

namespace grid::workflow {
namespace {

constexpr const char* kPassword = "Deliberate-2026";

class DeliberationTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { s_template = new test::GeneratedTemplate(6000); }
  static void TearDownTestSuite() { delete s_template; }
  void SetUp() override {
    db = s_template->copy();
    ASSERT_TRUE(db);
    community = test::count(*db, "SELECT min(id) FROM community");
    other = test::count(*db, "SELECT max(id) FROM community");
    ASSERT_NE(community, other);
  }

  DeliberationResult opened(const std::string& topic = "3号楼加装电梯") {
    DeliberationInput input;
    input.level = "community";
    input.levelId = community;
    input.topic = topic;
    input.content = "3号楼居民提出加装电梯，费用分摊待商议";
    input.initiator = "3号楼居民";
    input.heldOn = "2026-11-02";
    input.participants = {{"resident_rep", "王某"}};
    auto result = openDeliberation(*db, clock, actor, input);
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().describe());
    return result.ok() ? *result : DeliberationResult{};
  }
  StepInput stepFor(const std::string& next, const std::string& day) {
    StepInput input;
    input.heldOn = day;
    if (next == "propose") input.participants = {{"party_org", "社区党委"}};
    if (next == "discuss")
      input.participants = {{"resident_rep", "王某"}, {"property", "物业公司"}, {"party_org", "社区党委"}};
    if (next != "propose") input.minutes = "会议纪要：" + next;
    if (next == "decide") {
      input.present = 21;
      input.eligible = 30;
      input.votesFor = 17;
      input.votesAgainst = 2;
      input.votesAbstain = 2;
      input.decision = "同意加装电梯，费用按楼层分摊";
    }
    return input;
  }
  Result<DeliberationResult> advance(const std::string& serial, const std::string& next, const std::string& day) {
    return advanceDeliberation(*db, clock, actor, serial, stepFor(next, day));
  }
  long long rows(const std::string& table) { return test::count(*db, "SELECT count(*) FROM " + table); }

  static inline test::GeneratedTemplate* s_template = nullptr;
  std::unique_ptr<Database> db;
  FixedClock clock{"2026-11-20T09:00:00Z"};
  Actor actor = Actor::system("test");
  long long community = -1, other = -1;
};

TEST_F(DeliberationTest, FiveStepsInOrderThenPublished) {
  const DeliberationResult item = opened();
  EXPECT_EQ(item.step, "suggest");
  EXPECT_EQ(item.serial, "YS20261120-0001");
  const std::vector<std::string> days = {"2026-11-03", "2026-11-05", "2026-11-10", "2026-11-15"};
  for (std::size_t i = 1; i < deliberationSteps().size(); ++i) {
    auto result = advance(item.serial, deliberationSteps()[i], days[i - 1]);
    ASSERT_TRUE(result.ok()) << deliberationSteps()[i] << ": " << result.error().describe();
    EXPECT_EQ(result->step, deliberationSteps()[i]);
  }
  auto view = loadDeliberation(*db, item.serial);
  ASSERT_TRUE(view.ok());
  EXPECT_EQ(view->status, "decided");
  EXPECT_EQ(view->decision, "同意加装电梯，费用按楼层分摊");
  EXPECT_EQ(view->quorum, "21/30 present; 17 for, 2 against, 2 abstaining");
  EXPECT_EQ(view->decidedAt, "2026-11-15");
  ASSERT_EQ(view->steps.size(), 5u);
  for (std::size_t i = 0; i < 5; ++i) EXPECT_EQ(view->steps[i].step, deliberationSteps()[i]);
  EXPECT_EQ(view->steps[2].participants.size(), 3u);
  EXPECT_EQ(view->steps[4].votesFor, 17);
  // Nothing after 决议; a decision is not returned or withdrawn.
  EXPECT_FALSE(advance(item.serial, "decide", "2026-11-16").ok());
  EXPECT_FALSE(returnDeliberation(*db, clock, actor, item.serial, "再议").ok());
  EXPECT_FALSE(withdrawDeliberation(*db, clock, actor, item.serial, "撤回").ok());
  // Published once: the token stays when published again, and the public URL holds only the token.
  auto published = publishDeliberation(*db, clock, actor, item.serial);
  ASSERT_TRUE(published.ok()) << published.error().describe();
  auto first = loadDeliberation(*db, item.serial);
  ASSERT_TRUE(first.ok());
  EXPECT_GE(first->publicToken.size(), 26u);
  EXPECT_NE(first->publicUrl.find(first->publicToken), std::string::npos);
  ASSERT_TRUE(publishDeliberation(*db, clock, actor, item.serial).ok());
  EXPECT_EQ(loadDeliberation(*db, item.serial)->publicToken, first->publicToken);
  // Every write was audited: the item and its 建议 row, four steps with their item updates, one publication (the
  // second wrote nothing).
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM audit_log WHERE table_name LIKE 'deliberation%'"), 2 + 4 * 2 + 1);
}

TEST_F(DeliberationTest, StepsCannotBeSkippedAndEachRuleRefusesWithNothingWritten) {
  const DeliberationResult item = opened();
  const long long steps = rows("deliberation_step"), audit = rows("audit_log");
  // The decision's figures given at 建议 do not jump there: the next step is 提议, which needs the party organisation.
  StepInput jump = stepFor("decide", "2026-11-03");
  auto skipped = advanceDeliberation(*db, clock, actor, item.serial, jump);
  ASSERT_FALSE(skipped.ok());
  EXPECT_NE(skipped.error().message.find("party_org"), std::string::npos) << skipped.error().message;
  EXPECT_EQ(loadDeliberation(*db, item.serial)->step, "suggest");
  ASSERT_TRUE(advance(item.serial, "propose", "2026-11-03").ok());
  // 商议 with one kind of participant, then without minutes.
  StepInput oneKind = stepFor("discuss", "2026-11-05");
  oneKind.participants = {{"resident_rep", "王某"}, {"resident_rep", "李某"}};
  EXPECT_FALSE(advanceDeliberation(*db, clock, actor, item.serial, oneKind).ok());
  StepInput noMinutes = stepFor("discuss", "2026-11-05");
  noMinutes.minutes.clear();
  auto refused = advanceDeliberation(*db, clock, actor, item.serial, noMinutes);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().context.field, "minutes");
  // Days: before the previous step, in the future, not a date.
  EXPECT_FALSE(advance(item.serial, "discuss", "2026-11-02").ok());
  EXPECT_FALSE(advance(item.serial, "discuss", "2026-11-21").ok());
  EXPECT_FALSE(advance(item.serial, "discuss", "2026-13-01").ok());
  // An unknown participant kind names the participant.
  StepInput unknown = stepFor("discuss", "2026-11-05");
  unknown.participants.push_back({"mayor", "张某"});
  auto kind = advanceDeliberation(*db, clock, actor, item.serial, unknown);
  ASSERT_FALSE(kind.ok());
  EXPECT_NE(kind.error().message.find("participant 4"), std::string::npos) << kind.error().message;
  EXPECT_EQ(rows("deliberation_step"), steps + 1);  // only the 提议
  EXPECT_EQ(loadDeliberation(*db, item.serial)->step, "propose");
  ASSERT_TRUE(advance(item.serial, "discuss", "2026-11-05").ok());
  ASSERT_TRUE(advance(item.serial, "review", "2026-11-10").ok());
  // 决议: no quorum (15 of 30), not carried (10 of 21 for), votes beyond those present, no decision text.
  const long long before = rows("deliberation_step");
  StepInput noQuorum = stepFor("decide", "2026-11-15");
  noQuorum.present = 15;
  noQuorum.votesFor = 14, noQuorum.votesAgainst = 1, noQuorum.votesAbstain = 0;
  auto quorum = advanceDeliberation(*db, clock, actor, item.serial, noQuorum);
  ASSERT_FALSE(quorum.ok());
  EXPECT_NE(quorum.error().message.find("no quorum"), std::string::npos);
  StepInput lost = stepFor("decide", "2026-11-15");
  lost.votesFor = 10, lost.votesAgainst = 9, lost.votesAbstain = 2;
  auto carried = advanceDeliberation(*db, clock, actor, item.serial, lost);
  ASSERT_FALSE(carried.ok());
  EXPECT_NE(carried.error().message.find("not carried"), std::string::npos);
  StepInput tooMany = stepFor("decide", "2026-11-15");
  tooMany.votesAgainst = 5;
  EXPECT_FALSE(advanceDeliberation(*db, clock, actor, item.serial, tooMany).ok());
  StepInput noText = stepFor("decide", "2026-11-15");
  noText.decision.clear();
  EXPECT_FALSE(advanceDeliberation(*db, clock, actor, item.serial, noText).ok());
  EXPECT_EQ(rows("deliberation_step"), before);
  EXPECT_EQ(loadDeliberation(*db, item.serial)->status, "open");
  (void)audit;
}

TEST_F(DeliberationTest, ReturnIsDocumentedAndTheOnlyWayBack) {
  const DeliberationResult item = opened();
  EXPECT_FALSE(returnDeliberation(*db, clock, actor, item.serial, "理由").ok());  // nothing before 建议
  ASSERT_TRUE(advance(item.serial, "propose", "2026-11-03").ok());
  ASSERT_TRUE(advance(item.serial, "discuss", "2026-11-05").ok());
  auto noReason = returnDeliberation(*db, clock, actor, item.serial, "");
  ASSERT_FALSE(noReason.ok());
  EXPECT_EQ(noReason.error().context.field, "reason");
  auto back = returnDeliberation(*db, clock, actor, item.serial, "费用分摊方案需重新提议");
  ASSERT_TRUE(back.ok()) << back.error().describe();
  EXPECT_EQ(back->step, "propose");
  auto view = loadDeliberation(*db, item.serial);
  ASSERT_EQ(view->steps.size(), 4u);
  EXPECT_EQ(view->steps.back().action, "return");
  EXPECT_EQ(view->steps.back().step, "propose");
  EXPECT_EQ(view->steps.back().reason, "费用分摊方案需重新提议");
  // From there forward again, one step at a time.
  auto again = advance(item.serial, "discuss", "2026-11-20");
  ASSERT_TRUE(again.ok()) << again.error().describe();
  EXPECT_EQ(again->step, "discuss");
  // Withdrawn: no further step.
  ASSERT_TRUE(withdrawDeliberation(*db, clock, actor, item.serial, "居民撤回").ok());
  EXPECT_FALSE(advance(item.serial, "review", "2026-11-20").ok());
  EXPECT_FALSE(publishDeliberation(*db, clock, actor, item.serial).ok());
  EXPECT_EQ(loadDeliberation(*db, item.serial)->status, "withdrawn");
}

TEST_F(DeliberationTest, RandomActionsKeepTheStepsInOrder) {
  // Any sequence of actions leaves a record where each step row is the next step, a return's step is the one
  // before, and the item's step is the last row's.
  std::mt19937 random(20);
  for (int round = 0; round < 6; ++round) {
    const DeliberationResult item = opened("议题" + std::to_string(round));
    int day = 3;
    for (int i = 0; i < 25; ++i) {
      char date[16];
      std::snprintf(date, sizeof date, "2026-11-%02d", std::min(day, 20));
      const int choice = static_cast<int>(random() % 4);
      auto view = loadDeliberation(*db, item.serial);
      ASSERT_TRUE(view.ok());
      const auto at = std::find(deliberationSteps().begin(), deliberationSteps().end(), view->step);
      const std::string next = at + 1 == deliberationSteps().end() ? "decide" : *(at + 1);
      if (choice < 2)
        (void)advance(item.serial, next, date);
      else if (choice == 2)
        (void)returnDeliberation(*db, clock, actor, item.serial, "退回");
      else
        (void)advanceDeliberation(*db, clock, actor, item.serial, StepInput{});  // usually refused
      day += static_cast<int>(random() % 2);
    }
    auto view = loadDeliberation(*db, item.serial);
    ASSERT_TRUE(view.ok());
    int position = 0;
    for (std::size_t s = 1; s < view->steps.size(); ++s) {
      const auto& step = view->steps[s];
      const int index = static_cast<int>(std::find(deliberationSteps().begin(), deliberationSteps().end(), step.step) -
                                         deliberationSteps().begin());
      if (step.action == "advance") EXPECT_EQ(index, position + 1) << view->serial << " row " << s;
      if (step.action == "return") EXPECT_EQ(index, position - 1) << view->serial << " row " << s;
      EXPECT_GE(step.heldOn, view->steps[s - 1].heldOn);
      position = index;
    }
    EXPECT_EQ(deliberationSteps()[static_cast<std::size_t>(position)], view->step);
    EXPECT_EQ(view->status == "decided", view->step == "decide");
  }
}

TEST_F(DeliberationTest, LinksListAndUndo) {
  const DeliberationResult item = opened();
  const long long matter = test::count(*db, "SELECT min(id) FROM key_matter");
  ASSERT_GT(matter, 0);
  ASSERT_TRUE(linkDeliberation(*db, clock, actor, item.serial, "key_matter", std::to_string(matter)).ok());
  EXPECT_FALSE(linkDeliberation(*db, clock, actor, item.serial, "key_matter", std::to_string(matter)).ok());
  EXPECT_FALSE(linkDeliberation(*db, clock, actor, item.serial, "key_matter", "999999").ok());
  auto event = db->queryText("SELECT serial_number FROM event ORDER BY id LIMIT 1");
  ASSERT_TRUE(event.ok());
  ASSERT_TRUE(linkDeliberation(*db, clock, actor, item.serial, "event", *event).ok());
  auto view = loadDeliberation(*db, item.serial);
  ASSERT_EQ(view->links.size(), 2u);
  EXPECT_EQ(view->links[0].objectId, matter);
  EXPECT_EQ(view->links[1].label.substr(0, event->size()), *event);
  // List by level, step and place.
  const DeliberationResult second = opened("小区停车位划线");
  ASSERT_TRUE(advance(second.serial, "propose", "2026-11-03").ok());
  DeliberationFilter filter;
  filter.step = "propose";
  auto proposing = listDeliberations(*db, filter);
  ASSERT_TRUE(proposing.ok());
  ASSERT_EQ(proposing->size(), 1u);
  EXPECT_EQ((*proposing)[0].serial, second.serial);
  filter = {};
  filter.place = {"community", other};
  EXPECT_TRUE(listDeliberations(*db, filter)->empty());
  filter.place = {"community", community};
  EXPECT_EQ(listDeliberations(*db, filter)->size(), 2u);
  // Undo an advance: the step row goes and the item is back at 建议.
  auto step = advance(item.serial, "propose", "2026-11-03");
  ASSERT_TRUE(step.ok());
  ASSERT_TRUE(revertRecordChange(*db, clock, actor, step->change).ok());
  view = loadDeliberation(*db, item.serial);
  EXPECT_EQ(view->step, "suggest");
  EXPECT_EQ(view->steps.size(), 1u);
}

TEST_F(DeliberationTest, OnlyGrantsAtThePlaceOrAboveTakeSteps) {
  // Under accounts: a grid worker of the community raises a matter there but cannot take its steps; the community
  // secretary can; a secretary of another community can do neither.
  auto key = FieldCipher::fromHex(s_template->keyHex());
  ASSERT_TRUE(key.ok());
  const std::string databaseId = "deliberation-" + randomToken();
  ASSERT_TRUE(db->setMeta("database_id", databaseId).ok());
  ASSERT_TRUE(KeyStore::save(databaseId, *key).ok());
  const access::PasswordCost fast = access::PasswordCost::minimal();
  auto grant = [&](const std::string& text) { return *access::parseScope(*db, text); };
  auto code = [&](long long id) {
    return *db->queryText("SELECT admin_code FROM community WHERE id = " + std::to_string(id));
  };
  auto grid =
      *db->queryText("SELECT grid_code FROM grid WHERE community_id = " + std::to_string(community) + " LIMIT 1");
  ASSERT_TRUE(access::putUnderAccounts(
                  *db, clock, {"admin", "admin", kPassword, "DISTRICT_ADMIN", grant("district:440310"), -1}, fast)
                  .ok());
  auto signInAs = [&](const std::string& login) {
    auto session = access::signIn(*db, clock, login, kPassword);
    ASSERT_TRUE(session.ok()) << session.error().describe();
    ASSERT_TRUE(access::bindSession(*db, *session).ok());
  };
  signInAs("admin");
  for (auto [login, role, place] : {std::tuple{"worker", "GRID_WORKER", "grid:" + grid},
                                    std::tuple{"secretary", "COMMUNITY_SECRETARY", "community:" + code(community)},
                                    std::tuple{"stranger", "COMMUNITY_SECRETARY", "community:" + code(other)}})
    ASSERT_TRUE(access::addUser(*db, clock, {login, login, kPassword, role, grant(place), -1}, fast).ok());
  signInAs("worker");
  const DeliberationResult item = opened();
  ASSERT_FALSE(item.serial.empty());
  auto step = advance(item.serial, "propose", "2026-11-03");
  ASSERT_FALSE(step.ok());
  EXPECT_EQ(step.error().code, ErrorCode::PermissionDenied);
  signInAs("stranger");
  EXPECT_EQ(advance(item.serial, "propose", "2026-11-03").error().code, ErrorCode::PermissionDenied);
  DeliberationInput elsewhere;
  elsewhere.level = "community";
  elsewhere.levelId = community;
  elsewhere.topic = "别的社区的事";
  EXPECT_EQ(openDeliberation(*db, clock, actor, elsewhere).error().code, ErrorCode::PermissionDenied);
  signInAs("secretary");
  auto done = advance(item.serial, "propose", "2026-11-03");
  ASSERT_TRUE(done.ok()) << done.error().describe();
  // The audit names the user who acted, not the caller's actor.
  EXPECT_EQ(loadDeliberation(*db, item.serial)->steps.back().actedBy, "secretary");
}

}  // namespace
}  // namespace grid::workflow
