// SPDX-License-Identifier: GPL-2.0-or-later
// Link suggestion: every household covered within the limits when capacity allows, and the same total distance
// as a brute-force optimum on small cases.
#include "party/link_suggestion.h"

#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <map>
#include <random>

namespace grid::party {
namespace {

long long centimetres(double metres) {
  return std::llround(metres * 100);
}

//! Brute force: most households covered, then least total distance (in centimetres, as the solver counts).
std::pair<int, long long> bruteForce(const std::vector<LinkMember>& members,
                                     const std::vector<LinkHousehold>& households) {
  std::pair<int, long long> best{-1, 0};
  std::vector<int> load(members.size(), 0);
  std::function<void(std::size_t, int, long long)> visit = [&](std::size_t h, int covered, long long cost) {
    if (h == households.size()) {
      if (covered > best.first || (covered == best.first && cost < best.second)) best = {covered, cost};
      return;
    }
    visit(h + 1, covered, cost);  // uncovered
    for (std::size_t m = 0; m < members.size(); ++m) {
      if (load[m] >= members[m].capacity) continue;
      ++load[m];
      visit(h + 1, covered + 1,
            cost + centimetres(std::hypot(members[m].x - households[h].x, members[m].y - households[h].y)));
      --load[m];
    }
  };
  visit(0, 0, 0);
  return best;
}

TEST(LinkSuggestionTest, MatchesABruteForceOptimumOnSmallCases) {
  std::mt19937_64 rng(17);
  std::uniform_real_distribution<double> coordinate(0, 500);
  std::uniform_int_distribution<int> capacity(0, 3), count(1, 7), memberCount(1, 3);
  int shortOfCapacity = 0, choices = 0;
  for (int trial = 0; trial < 60; ++trial) {
    std::vector<LinkMember> members;
    std::vector<LinkHousehold> households;
    for (int m = memberCount(rng); m-- > 0;)
      members.push_back({100 + m, coordinate(rng), coordinate(rng), capacity(rng)});
    for (int h = count(rng); h-- > 0;) households.push_back({1000 + h, coordinate(rng), coordinate(rng)});
    auto suggestion = suggestLinks(members, households);
    ASSERT_TRUE(suggestion.ok());
    const auto [covered, cost] = bruteForce(members, households);
    EXPECT_EQ(static_cast<int>(suggestion->links.size()), covered) << "trial " << trial;
    long long ours = 0;
    for (const SuggestedLink& link : suggestion->links) ours += centimetres(link.distance);
    EXPECT_EQ(ours, cost) << "trial " << trial;
    EXPECT_EQ(suggestion->links.size() + suggestion->uncovered.size(), households.size());
    shortOfCapacity += !suggestion->uncovered.empty();
    choices += members.size() > 1 && covered > 1;
  }
  EXPECT_GT(shortOfCapacity, 5) << "the cases include capacity shortfalls";
  EXPECT_GT(choices, 20) << "and real choices between members";
}

TEST(LinkSuggestionTest, CoversEveryHouseholdWithinTheLimitsWhenCapacityAllows) {
  std::mt19937_64 rng(3);
  std::uniform_real_distribution<double> coordinate(0, 2000);
  std::vector<LinkMember> members;
  std::vector<LinkHousehold> households;
  for (int m = 0; m < 60; ++m)
    members.push_back({m, coordinate(rng), coordinate(rng), m % 10 == 0 ? 0 : 5});  // some exempt
  for (int h = 0; h < 250; ++h) households.push_back({10000 + h, coordinate(rng), coordinate(rng)});
  auto suggestion = suggestLinks(members, households, 20);
  ASSERT_TRUE(suggestion.ok());
  EXPECT_TRUE(suggestion->uncovered.empty()) << "54 members × 5 = 270 ≥ 250 households";
  std::map<long long, int> load;
  std::map<long long, int> seen;
  for (const SuggestedLink& link : suggestion->links) {
    ++load[link.memberId];
    ++seen[link.householdId];
  }
  for (const auto& [member, n] : load) {
    EXPECT_LE(n, 5) << "member " << member;
    EXPECT_NE(member % 10, 0) << "an exempt member got a household";
  }
  for (const auto& [household, n] : seen) EXPECT_EQ(n, 1) << "household " << household;
  // Short of capacity: as many as the limits allow, the rest named.
  std::vector<LinkMember> few(members.begin(), members.begin() + 10);
  auto partial = suggestLinks(few, households, 20);
  ASSERT_TRUE(partial.ok());
  EXPECT_EQ(partial->links.size(), 45u) << "9 members with capacity 5";
  EXPECT_EQ(partial->uncovered.size(), 250u - 45u);
}

TEST(LinkSuggestionTest, NearbyMembersAreChosen) {
  // Two clusters far apart: each household is linked within its own cluster.
  std::vector<LinkMember> members{{1, 0, 0, 3}, {2, 10000, 0, 3}};
  std::vector<LinkHousehold> households{{11, 5, 5}, {12, -5, 3}, {21, 10005, 2}, {22, 9990, -4}};
  auto suggestion = suggestLinks(members, households);
  ASSERT_TRUE(suggestion.ok());
  ASSERT_EQ(suggestion->links.size(), 4u);
  for (const SuggestedLink& link : suggestion->links) EXPECT_EQ(link.memberId, link.householdId / 10);
  std::vector<LinkMember> bad{{1, 0, 0, -1}};
  EXPECT_FALSE(suggestLinks(bad, households).ok());
}

}  // namespace
}  // namespace grid::party
