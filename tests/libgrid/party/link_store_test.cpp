// SPDX-License-Identifier: GPL-2.0-or-later
// Link suggestion on a generated district: coverage before/after, limits and exemptions held, audited writes.
#include "party/link_store.h"

#include <gtest/gtest.h>

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
  EXPECT_EQ(*written, static_cast<int>(suggestion->links.size()));
  EXPECT_EQ(test::count(db, "SELECT count(*) FROM audit_log"), audits + *written);
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
  EXPECT_EQ(test::count(db, "SELECT count(*) FROM audit_log"), audits + *written);
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

}  // namespace
}  // namespace grid::party
