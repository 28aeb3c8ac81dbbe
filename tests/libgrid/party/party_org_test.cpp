// SPDX-License-Identifier: GPL-2.0-or-later
// Party organisations per grid, in-service registration (在职党员报到), the 党员家庭 plaque (挂牌亮户) and the
// coverage overlay's member colours, on a generated district: refusals write nothing, every edit undoes exactly.
#include "party/party_org.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "support/test_support.h"

namespace grid::party {
namespace {

const Actor kBranch = Actor::system("party-branch");

class PartyOrgTest : public ::testing::Test {
 protected:
  void SetUp() override {
    generated = test::createGeneratedDatabase(dir, clock, kBranch, 8000);  // two communities
    ASSERT_TRUE(generated.db);
    db = generated.db.get();
    community = *db->queryText("SELECT admin_code FROM community ORDER BY id LIMIT 1");
    communityId = test::count(*db, "SELECT id FROM community ORDER BY id LIMIT 1");
  }
  long long audits() { return test::count(*db, "SELECT count(*) FROM audit_log"); }
  std::string table(const std::string& name) {
    if (name == "party_org")
      return dump(
          "SELECT id || ':' || coalesce(parent_id, '') || ':' || kind || ':' || name || ':' || "
          "coalesce(grid_id, '') || ':' || coalesce(secretary_staff_id, '') FROM party_org ORDER BY id");
    return dump(
        "SELECT id || ':' || person_id || ':' || coalesce(party_org_id, '') || ':' || in_service_registered "
        "|| ':' || coalesce(workplace_org, '') || ':' || coalesce(in_service_date, '') || ':' || active FROM "
        "party_member ORDER BY id");
  }
  //! The rows of \a sql (one column) joined with '|', for before/after comparisons.
  std::string dump(const std::string& sql) {
    auto all = db->queryText("WITH t(r) AS (" + sql + ") SELECT coalesce(group_concat(r, '|'), '') FROM t");
    EXPECT_TRUE(all.ok()) << sql << ": " << (all.ok() ? "" : all.error().describe());
    return all.ok() ? *all : std::string();
  }

  test::TempDir dir;
  FixedClock clock{"2026-11-23T10:00:00Z"};
  test::SampleDatabase generated;
  Database* db = nullptr;
  std::string community;
  long long communityId = -1;
};

TEST_F(PartyOrgTest, EveryGridHasABranchUnderTheCommitteeAndGapsAreFound) {
  auto overview = loadPartyOrgs(*db, community);
  ASSERT_TRUE(overview.ok()) << overview.error().describe();
  ASSERT_FALSE(overview->orgs.empty());
  EXPECT_EQ(overview->orgs.front().kind, "committee");
  const long long grids = test::count(
      *db, "SELECT count(*) FROM grid WHERE community_id = " + std::to_string(communityId) + " AND retired_at IS NULL");
  long long branches = 0, members = 0;
  for (const PartyOrgInfo& org : overview->orgs) {
    if (org.kind == "branch") {
      ++branches;
      EXPECT_EQ(org.parentId, overview->orgs.front().id) << org.name;
      EXPECT_FALSE(org.secretaryName.empty()) << org.name;
    }
    members += org.members;
  }
  EXPECT_EQ(branches, grids);
  EXPECT_TRUE(overview->gridsWithoutOrg.empty());
  EXPECT_EQ(members, test::count(*db,
                                 "SELECT count(*) FROM party_member pm JOIN person p ON p.id = pm.person_id "
                                 "JOIN party_org o ON o.id = pm.party_org_id WHERE o.community_id = " +
                                     std::to_string(communityId) + " AND pm.active = 1 AND p.logout = 0"));

  // Moving a branch to another grid leaves its old grid without an organisation, and the check names it.
  const PartyOrgInfo moved = overview->orgs[1];
  const PartyOrgInfo other = overview->orgs[2];
  PartyOrgRequest request{moved.parentId, moved.kind, moved.name, other.gridId, moved.secretaryStaffId};
  auto change = updatePartyOrg(*db, clock, kBranch, moved.id, request);
  ASSERT_TRUE(change.ok()) << change.error().describe();
  auto after = loadPartyOrgs(*db, community);
  ASSERT_TRUE(after.ok());
  ASSERT_EQ(after->gridsWithoutOrg.size(), 1u);
  EXPECT_EQ(after->gridsWithoutOrg.front().first, moved.gridId);
  ASSERT_TRUE(revertRecordChange(*db, clock, kBranch, *change).ok());
  EXPECT_TRUE(loadPartyOrgs(*db, community)->gridsWithoutOrg.empty());
}

TEST_F(PartyOrgTest, CreateAGroupMoveMembersAndUndo) {
  auto overview = loadPartyOrgs(*db, community);
  ASSERT_TRUE(overview.ok());
  const PartyOrgInfo branch = overview->orgs[1];
  ASSERT_GT(branch.members, 2);
  const std::string before =
      table("party_org") + dump("SELECT id || ':' || coalesce(party_org_id, '') FROM party_member ORDER BY id");
  const long long auditsBefore = audits();

  // Refusals name the field and write nothing.
  PartyOrgRequest noGrid{branch.id, "group", "第一党小组", -1, -1};
  auto refused = createPartyOrg(*db, clock, kBranch, community, noGrid);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().context.field, "grid_id");
  PartyOrgRequest duplicate{branch.id, "group", branch.name, branch.gridId, -1};
  refused = createPartyOrg(*db, clock, kBranch, community, duplicate);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().context.field, "name");
  const long long foreignGrid = test::count(
      *db, "SELECT id FROM grid WHERE community_id <> " + std::to_string(communityId) + " ORDER BY id LIMIT 1");
  PartyOrgRequest foreign{branch.id, "group", "外区党小组", foreignGrid, -1};
  refused = createPartyOrg(*db, clock, kBranch, community, foreign);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().context.field, "grid_id");
  PartyOrgRequest blank{branch.id, "group", "  ", branch.gridId, -1};
  EXPECT_FALSE(createPartyOrg(*db, clock, kBranch, community, blank).ok());
  EXPECT_EQ(audits(), auditsBefore);

  PartyOrgRequest group{branch.id, "group", branch.gridName + "第一党小组", branch.gridId, -1};
  auto created = createPartyOrg(*db, clock, kBranch, community, group);
  ASSERT_TRUE(created.ok()) << created.error().describe();
  ASSERT_EQ(created->created.size(), 1u);
  const long long groupId = created->created.front().second;
  const std::vector<long long> members = [&] {
    std::vector<long long> ids;
    auto statement = db->prepare("SELECT id FROM party_member WHERE party_org_id = ? ORDER BY id LIMIT 2");
    statement->bind(1, branch.id);
    (void)statement->forEachRow([&](const Statement& row) { ids.push_back(row.int64(0)); });
    return ids;
  }();
  auto moved = moveMembers(*db, clock, kBranch, members, groupId);
  ASSERT_TRUE(moved.ok()) << moved.error().describe();
  auto after = loadPartyOrgs(*db, community);
  const auto find = [&](long long id) {
    return *std::find_if(after->orgs.begin(), after->orgs.end(), [&](const PartyOrgInfo& o) { return o.id == id; });
  };
  EXPECT_EQ(find(groupId).members, 2);
  EXPECT_EQ(find(branch.id).members, branch.members - 2);
  EXPECT_EQ(find(groupId).parentId, branch.id);
  // A member living in another community cannot join the group.
  const long long outsider =
      test::count(*db,
                  "SELECT pm.id FROM party_member pm JOIN person p ON p.id = pm.person_id JOIN household h ON h.id = "
                  "p.household_id JOIN grid g ON g.id = h.grid_id WHERE g.community_id <> " +
                      std::to_string(communityId) + " LIMIT 1");
  EXPECT_FALSE(moveMembers(*db, clock, kBranch, {outsider}, groupId).ok());

  ASSERT_TRUE(revertRecordChange(*db, clock, kBranch, *moved).ok());
  ASSERT_TRUE(revertRecordChange(*db, clock, kBranch, *created).ok());
  EXPECT_EQ(table("party_org") + dump("SELECT id || ':' || coalesce(party_org_id, '') FROM party_member ORDER BY id"),
            before);
}

TEST_F(PartyOrgTest, InServiceRegistrationValidatesAndUndoesExactly) {
  // A resident of the first community who is not a party member.
  const long long personId =
      test::count(*db,
                  "SELECT p.id FROM person p JOIN household h ON h.id = p.household_id JOIN grid g ON g.id = h.grid_id "
                  "WHERE g.community_id = " +
                      std::to_string(communityId) +
                      " AND p.logout = 0 AND NOT EXISTS (SELECT 1 FROM party_member pm WHERE pm.person_id = p.id) "
                      "AND coalesce(p.political_code, '') NOT IN ('01', '02') ORDER BY p.id LIMIT 1");
  const long long gridId = test::count(*db,
                                       "SELECT h.grid_id FROM person p JOIN household h ON h.id = p.household_id "
                                       "WHERE p.id = " +
                                           std::to_string(personId));
  const std::string before =
      table("party_member") + dump("SELECT political_code FROM person WHERE id = " + std::to_string(personId));
  const long long auditsBefore = audits();
  const std::size_t listed = loadInServiceMembers(*db, community)->size();

  InServiceRequest request{personId, "", "2026-11-01", -1};
  auto refused = registerInService(*db, clock, kBranch, request);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().context.field, "workplace_org");
  request.workplaceOrg = "区教育局机关党支部";
  request.date = "2026-13-01";
  refused = registerInService(*db, clock, kBranch, request);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().context.field, "in_service_date");
  request.date = "2026-12-01";  // after the clock's today
  refused = registerInService(*db, clock, kBranch, request);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().context.field, "in_service_date");
  request.date = "2026-11-01";
  request.orgId =
      test::count(*db, "SELECT id FROM party_org WHERE community_id <> " + std::to_string(communityId) + " LIMIT 1");
  refused = registerInService(*db, clock, kBranch, request);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().context.field, "party_org_id");
  EXPECT_EQ(audits(), auditsBefore);

  request.orgId = -1;
  auto change = registerInService(*db, clock, kBranch, request);
  ASSERT_TRUE(change.ok()) << change.error().describe();
  auto members = loadInServiceMembers(*db, community);
  ASSERT_TRUE(members.ok());
  ASSERT_EQ(members->size(), listed + 1);
  auto it =
      std::find_if(members->begin(), members->end(), [&](const InServiceMember& m) { return m.personId == personId; });
  ASSERT_NE(it, members->end());
  EXPECT_EQ(it->workplaceOrg, "区教育局机关党支部");
  EXPECT_EQ(it->date, "2026-11-01");
  // The member reports to the branch of the grid they live in, and is now recorded as a party member.
  EXPECT_EQ(it->orgId, test::count(*db, "SELECT id FROM party_org WHERE grid_id = " + std::to_string(gridId) +
                                            " AND kind = 'branch'"));
  EXPECT_EQ(*db->queryText("SELECT political_code FROM person WHERE id = " + std::to_string(personId)), "01");
  // Registering twice is refused.
  refused = registerInService(*db, clock, kBranch, request);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::Conflict);

  auto ended = endInService(*db, clock, kBranch, it->memberId);
  ASSERT_TRUE(ended.ok());
  EXPECT_EQ(loadInServiceMembers(*db, community)->size(), listed);
  ASSERT_TRUE(revertRecordChange(*db, clock, kBranch, *ended).ok());
  ASSERT_TRUE(revertRecordChange(*db, clock, kBranch, *change).ok());
  EXPECT_EQ(table("party_member") + dump("SELECT political_code FROM person WHERE id = " + std::to_string(personId)),
            before);
  EXPECT_GT(audits(), auditsBefore);  // the undo is audited too
}

TEST_F(PartyOrgTest, PlaquesGoOnPartyHouseholdsOnly) {
  auto households = loadPartyHouseholds(*db, community);
  ASSERT_TRUE(households.ok()) << households.error().describe();
  ASSERT_FALSE(households->empty());
  std::vector<long long> bare;
  for (const PartyHousehold& h : *households) {
    EXPECT_FALSE(h.members.empty());
    EXPECT_FALSE(h.members.front().empty());
    if (!h.plaque) bare.push_back(h.householdId);
  }
  ASSERT_FALSE(bare.empty()) << "the demo leaves some party households without a plaque";
  EXPECT_EQ(static_cast<long long>(households->size()),
            test::count(*db,
                        "SELECT count(DISTINCT h.id) FROM household h JOIN person p ON p.household_id = h.id "
                        "JOIN party_member pm ON pm.person_id = p.id JOIN grid g ON g.id = h.grid_id WHERE "
                        "g.community_id = " +
                            std::to_string(communityId) + " AND h.logout = 0 AND p.logout = 0 AND pm.active = 1"));

  // A household without a party member is refused, and nothing of the batch is written.
  const long long plain = test::count(
      *db, "SELECT h.id FROM household h JOIN grid g ON g.id = h.grid_id WHERE g.community_id = " +
               std::to_string(communityId) +
               " AND h.logout = 0 AND NOT EXISTS (SELECT 1 FROM person p JOIN party_member pm ON pm.person_id = "
               "p.id WHERE p.household_id = h.id) LIMIT 1");
  const std::string before = dump("SELECT id || ':' || party_plaque FROM household ORDER BY id");
  const long long auditsBefore = audits();
  auto refused = setPartyPlaque(*db, clock, kBranch, {bare.front(), plain}, true);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().context.recordId, plain);
  EXPECT_EQ(dump("SELECT id || ':' || party_plaque FROM household ORDER BY id"), before);
  EXPECT_EQ(audits(), auditsBefore);

  auto change = setPartyPlaque(*db, clock, kBranch, bare, true);
  ASSERT_TRUE(change.ok()) << change.error().describe();
  EXPECT_EQ(change->updates.size(), bare.size());
  EXPECT_EQ(audits(), auditsBefore + static_cast<long long>(bare.size()));
  auto planted = loadPartyHouseholds(*db, community);  // kept: a range-for over *temporary would dangle
  ASSERT_TRUE(planted.ok());
  for (const PartyHousehold& h : *planted) EXPECT_TRUE(h.plaque) << h.label;
  // Taking one down and putting everything up again only touches what differs.
  auto down = setPartyPlaque(*db, clock, kBranch, {bare.front()}, false);
  ASSERT_TRUE(down.ok());
  ASSERT_TRUE(revertRecordChange(*db, clock, kBranch, *down).ok());
  ASSERT_TRUE(revertRecordChange(*db, clock, kBranch, *change).ok());
  EXPECT_EQ(dump("SELECT id || ':' || party_plaque FROM household ORDER BY id"), before);
}

TEST_F(PartyOrgTest, MemberColoursSeparateMembersSharingABuilding) {
  const int colours = 12;
  auto colouring = loadLinkColouring(*db, community, colours);
  ASSERT_TRUE(colouring.ok()) << colouring.error().describe();
  ASSERT_FALSE(colouring->households.empty());
  long long unlinked = 0;
  for (const HouseholdLink& h : colouring->households) {
    if (h.memberId < 0) {
      ++unlinked;
      continue;
    }
    ASSERT_TRUE(colouring->memberColour.count(h.memberId)) << h.memberId;
    EXPECT_FALSE(colouring->memberName.at(h.memberId).empty());
  }
  EXPECT_EQ(unlinked, test::count(*db,
                                  "SELECT sum(linkable - linked) FROM grid_stats s JOIN grid g ON g.id = "
                                  "s.grid_id WHERE g.community_id = " +
                                      std::to_string(communityId)));
  // Households of different members drawn side by side (within four places in a building's order) have different
  // colours.
  long long clashes = 0, pairs = 0;
  const auto& hs = colouring->households;
  for (std::size_t i = 0; i < hs.size(); ++i)
    for (std::size_t j = i + 1; j < hs.size() && j <= i + 4 && hs[j].buildingId == hs[i].buildingId; ++j) {
      if (hs[i].memberId < 0 || hs[j].memberId < 0 || hs[i].memberId == hs[j].memberId) continue;
      ++pairs;
      clashes += colouring->memberColour.at(hs[i].memberId) == colouring->memberColour.at(hs[j].memberId);
    }
  ASSERT_GT(pairs, 100);
  EXPECT_EQ(clashes, 0) << "of " << pairs << " neighbouring pairs";
  for (const auto& [member, colour] : colouring->memberColour) {
    EXPECT_GE(colour, 0);
    EXPECT_LT(colour, colours);
  }
}

}  // namespace
}  // namespace grid::party
