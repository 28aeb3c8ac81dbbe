// SPDX-License-Identifier: GPL-2.0-or-later
// Link suggestion on a generated district: coverage before/after, limits and exemptions held, audited writes.
#include "party/link_store.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "support/test_support.h"

namespace grid::party {
namespace {

const Actor kBranch = Actor::system("party-branch");

TEST(LinkStoreTest, SuggestedLinksCoverEveryHouseholdWithinLimitsAndAreAudited) {
  test::TempDir dir;
  FixedClock clock{"2026-11-23T10:00:00Z"};
  auto generated = test::createGeneratedDatabase(dir, clock, kBranch, 3000);
  ASSERT_TRUE(generated.db);
  Database& db = *generated.db;
  const std::string community = *db.queryText("SELECT admin_code FROM community ORDER BY id LIMIT 1");
  // An exempt member (over 70) with room must get nothing.
  ASSERT_TRUE(
      db.exec("UPDATE party_member SET exempt_code = 'age_70' WHERE id = (SELECT min(id) FROM party_member)").ok());
  auto before = loadCommunityLinks(db, community);
  ASSERT_TRUE(before.ok()) << before.error().describe();
  ASSERT_FALSE(before->unlinked.empty()) << "the demo leaves gaps on purpose";
  EXPECT_LT(before->coverage(), 1.0);
  auto suggestion = suggestLinks(before->members, before->unlinked, 30);
  ASSERT_TRUE(suggestion.ok());
  EXPECT_TRUE(suggestion->uncovered.empty());
  const long long exempt = test::count(db, "SELECT min(id) FROM party_member");
  for (const SuggestedLink& link : suggestion->links) EXPECT_NE(link.memberId, exempt);

  const long long audits = test::count(db, "SELECT count(*) FROM audit_log");
  auto written = acceptLinks(db, clock, kBranch, suggestion->links);
  ASSERT_TRUE(written.ok()) << written.error().describe();
  const long long writtenCount = static_cast<long long>(written->created.size());
  EXPECT_EQ(writtenCount, static_cast<long long>(suggestion->links.size()));
  EXPECT_EQ(test::count(db, "SELECT count(*) FROM audit_log"), audits + writtenCount);
  auto after = loadCommunityLinks(db, community);
  ASSERT_TRUE(after.ok());
  EXPECT_DOUBLE_EQ(after->coverage(), 1.0);
  EXPECT_EQ(test::count(db,
                        "SELECT count(*) FROM (SELECT l.party_member_id FROM party_link l JOIN party_member pm ON "
                        "pm.id = l.party_member_id "
                        "WHERE l.end_date IS NULL GROUP BY l.party_member_id "
                        "HAVING count(*) > (SELECT link_limit FROM party_member WHERE id = l.party_member_id))"),
            0);
  // Accepting the same suggestion again is refused and writes nothing.
  auto again = acceptLinks(db, clock, kBranch, suggestion->links);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::Conflict);
  EXPECT_EQ(test::count(db, "SELECT count(*) FROM audit_log"), audits + writtenCount);
}

TEST(LinkStoreTest, AUnitLimitCapsEveryMember) {
  test::TempDir dir;
  FixedClock clock{"2026-11-23T10:00:00Z"};
  auto generated = test::createGeneratedDatabase(dir, clock, kBranch, 3000);
  ASSERT_TRUE(generated.db);
  const std::string community = *generated.db->queryText("SELECT admin_code FROM community ORDER BY id LIMIT 1");
  auto links = loadCommunityLinks(*generated.db, community, 0);
  ASSERT_TRUE(links.ok());
  for (const LinkMember& m : links->members) EXPECT_EQ(m.capacity, 0);
  auto suggestion = suggestLinks(links->members, links->unlinked);
  ASSERT_TRUE(suggestion.ok());
  EXPECT_TRUE(suggestion->links.empty());
  EXPECT_EQ(suggestion->uncovered.size(), links->unlinked.size());
  auto unknown = loadCommunityLinks(*generated.db, "999999999999");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
}

//! grid_stats.linkable/linked must equal a fresh count after any edit (they are trigger-maintained).
void expectCoverageCountsExact(Database& db, const std::string& when) {
  EXPECT_EQ(test::count(db,
                        "SELECT count(*) FROM grid_stats s WHERE s.linkable <> (SELECT count(*) FROM household h "
                        "WHERE h.grid_id = s.grid_id AND h.logout = 0 AND h.household_type <> 'vacant') "
                        "OR s.linked <> (SELECT count(*) FROM household h WHERE h.grid_id = s.grid_id AND h.logout = 0 "
                        "AND h.household_type <> 'vacant' AND EXISTS (SELECT 1 FROM party_link l "
                        "WHERE l.household_id = h.id AND l.end_date IS NULL))"),
            0)
      << when;
}

TEST(LinkStoreTest, GridCoverageCountsStayExactThroughRandomEdits) {
  test::TempDir dir;
  FixedClock clock{"2026-11-23T10:00:00Z"};
  auto generated = test::createGeneratedDatabase(dir, clock, kBranch, 1500);
  ASSERT_TRUE(generated.db);
  Database& db = *generated.db;
  expectCoverageCountsExact(db, "after generation");
  ASSERT_LT(test::count(db, "SELECT sum(linked) FROM grid_stats"),
            test::count(db, "SELECT sum(linkable) FROM grid_stats"))
      << "the demo leaves gaps on purpose";
  std::mt19937 random(7);
  const long long households = test::count(db, "SELECT max(id) FROM household");
  const long long grids = test::count(db, "SELECT max(id) FROM grid");
  const long long links = test::count(db, "SELECT max(id) FROM party_link");
  const long long members = test::count(db, "SELECT max(id) FROM party_member");
  auto pick = [&](long long n) { return std::to_string(std::uniform_int_distribution<long long>(1, n)(random)); };
  const std::vector<std::string> edits = {
      "INSERT INTO party_link (party_member_id, household_id, start_date) VALUES ({M}, {H}, '2026-11-23')",
      "UPDATE party_link SET end_date = '2026-11-23' WHERE id = {L}",
      "UPDATE party_link SET end_date = NULL WHERE id = {L}",
      "UPDATE party_link SET household_id = {H} WHERE id = {L}",
      "DELETE FROM party_link WHERE id = {L}",
      "UPDATE household SET grid_id = {G} WHERE id = {H}",
      "UPDATE household SET logout = 1 - logout WHERE id = {H}",
      "UPDATE household SET household_type = CASE household_type WHEN 'vacant' THEN 'rental' ELSE 'vacant' END "
      "WHERE id = {H}",
  };
  for (int step = 0; step < 400; ++step) {
    std::string sql = edits[static_cast<std::size_t>(step) % edits.size()];
    for (auto [key, n] : {std::pair{"{M}", members}, {"{H}", households}, {"{L}", links}, {"{G}", grids}})
      if (auto at = sql.find(key); at != std::string::npos) sql.replace(at, 3, pick(n));
    ASSERT_TRUE(db.exec(sql).ok()) << sql;
    if (step % 25 == 0) expectCoverageCountsExact(db, sql);
  }
  expectCoverageCountsExact(db, "after 400 edits");
}

TEST(LinkStoreTest, LinkEditorOperationsKeepLimitsAndUndoExactly) {
  test::TempDir dir;
  FixedClock clock{"2026-11-23T10:00:00Z"};
  auto generated = test::createGeneratedDatabase(dir, clock, kBranch, 1500);
  ASSERT_TRUE(generated.db);
  Database& db = *generated.db;
  const std::string community = *db.queryText("SELECT admin_code FROM community ORDER BY id LIMIT 1");
  auto members = loadMemberLinks(db, community);
  ASSERT_TRUE(members.ok()) << members.error().describe();
  ASSERT_FALSE(members->empty());
  const MemberLinks& member = members->front();
  const long long memberId = member.memberId;
  ASSERT_TRUE(
      db.exec("UPDATE party_member SET exempt_code = NULL, link_limit = 5 WHERE id = " + std::to_string(memberId))
          .ok());
  const long long current = test::count(
      db, "SELECT count(*) FROM party_link WHERE end_date IS NULL AND party_member_id = " + std::to_string(memberId));
  EXPECT_EQ(static_cast<long long>(member.households.size()), current);
  // Unlinked, occupied households of the community, nearest first is not needed here: any will do.
  std::vector<long long> free;
  auto statement = db.prepare(
      "SELECT h.id FROM household h JOIN grid g ON g.id = h.grid_id JOIN community c ON c.id = g.community_id "
      "WHERE c.admin_code = ? AND h.logout = 0 AND h.household_type <> 'vacant' AND NOT EXISTS (SELECT 1 FROM "
      "party_link l WHERE l.household_id = h.id AND l.end_date IS NULL) ORDER BY h.id LIMIT 8");
  ASSERT_TRUE(statement.ok());
  statement->bind(1, community);
  ASSERT_TRUE(statement->forEachRow([&](const Statement& row) { free.push_back(row.int64(0)); }).ok());
  ASSERT_GE(free.size(), 8u);
  const std::string before = *db.queryText("SELECT group_concat(id || ':' || coalesce(end_date, '-')) FROM party_link");
  const long long linkedBefore = test::count(db, "SELECT sum(linked) FROM grid_stats");

  // Over the limit: refused with a message naming the room, nothing written.
  const long long room = 5 - current;
  std::vector<long long> tooMany(free.begin(), free.begin() + room + 1);
  auto refused = linkHouseholds(db, clock, kBranch, memberId, tooMany);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
  EXPECT_NE(refused.error().message.find("limit 5"), std::string::npos) << refused.error().message;
  EXPECT_EQ(*db.queryText("SELECT group_concat(id || ':' || coalesce(end_date, '-')) FROM party_link"), before);

  // Within the limit (raised for this call to 8 + current), then undone.
  auto linked = linkHouseholds(db, clock, kBranch, memberId, free, static_cast<int>(current) + 8);
  ASSERT_TRUE(linked.ok()) << linked.error().describe();
  EXPECT_EQ(linked->created.size(), free.size());
  EXPECT_EQ(test::count(db, "SELECT sum(linked) FROM grid_stats"), linkedBefore + 8);
  // Linking the same households to a second member is refused: one member per household.
  const long long other = members->size() > 1 ? (*members)[1].memberId : -1;
  if (other > 0) {
    ASSERT_TRUE(db.exec("UPDATE party_member SET exempt_code = NULL WHERE id = " + std::to_string(other)).ok());
    auto taken = linkHouseholds(db, clock, kBranch, other, {free[0]}, 100);
    ASSERT_FALSE(taken.ok());
    EXPECT_NE(taken.error().message.find("already linked"), std::string::npos);
  }
  auto unlinked = unlinkHouseholds(db, clock, kBranch, memberId, {free[0], free[1]});
  ASSERT_TRUE(unlinked.ok());
  EXPECT_EQ(unlinked->ended.size(), 2u);
  EXPECT_EQ(test::count(db, "SELECT sum(linked) FROM grid_stats"), linkedBefore + 6);
  const long long audits = test::count(db, "SELECT count(*) FROM audit_log");
  ASSERT_TRUE(revertLinkChange(db, clock, kBranch, *unlinked).ok());
  ASSERT_TRUE(revertLinkChange(db, clock, kBranch, *linked).ok());
  EXPECT_EQ(*db.queryText("SELECT group_concat(id || ':' || coalesce(end_date, '-')) FROM party_link"), before);
  EXPECT_EQ(test::count(db, "SELECT sum(linked) FROM grid_stats"), linkedBefore);
  EXPECT_EQ(test::count(db, "SELECT count(*) FROM audit_log"), audits + 2 + 8) << "every undo step is audited";

  // A building's unlinked households, then the member's own households there.
  const long long building = test::count(db, "SELECT building_id FROM household WHERE id = " + std::to_string(free[2]));
  auto open = unlinkedHouseholdsIn(db, {building});
  ASSERT_TRUE(open.ok());
  EXPECT_EQ(static_cast<long long>(open->size()),
            test::count(db, "SELECT count(*) FROM household h WHERE h.building_id = " + std::to_string(building) +
                                " AND h.logout = 0 AND h.household_type <> 'vacant' AND NOT EXISTS (SELECT 1 FROM "
                                "party_link l WHERE l.household_id = h.id AND l.end_date IS NULL)"));
  EXPECT_NE(std::find(open->begin(), open->end(), free[2]), open->end());
  auto one = linkHouseholds(db, clock, kBranch, memberId, {free[2]}, 100);
  ASSERT_TRUE(one.ok()) << one.error().describe();
  auto mine = memberHouseholdsIn(db, memberId, {building});
  ASSERT_TRUE(mine.ok());
  EXPECT_EQ(*mine, std::vector<long long>{free[2]});
  auto after = unlinkedHouseholdsIn(db, {building});
  EXPECT_EQ(after->size() + 1, open->size());
  ASSERT_TRUE(revertLinkChange(db, clock, kBranch, *one).ok());

  // An exempt member takes nothing.
  ASSERT_TRUE(db.exec("UPDATE party_member SET exempt_code = 'age70' WHERE id = " + std::to_string(memberId)).ok());
  auto exempt = linkHouseholds(db, clock, kBranch, memberId, {free[0]});
  ASSERT_FALSE(exempt.ok());
  EXPECT_EQ(exempt.error().context.field, "exempt_code");
}

}  // namespace
}  // namespace grid::party
