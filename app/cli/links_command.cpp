// SPDX-License-Identifier: GPL-2.0-or-later
// gridctl links: party member → household link suggestion (党员联户).
#include "links_command.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <random>

#include "common/clock.h"
#include "demo/district_generator.h"
#include "options.h"
#include "party/link_store.h"
#include "storage/database.h"
#include "storage/database_key.h"
#include "storage/hierarchy_query.h"

namespace grid::cli {
namespace {

const char* kLinksUsage =
    "usage: gridctl links suggest --db DB --community CODE [--limit 5] [--candidates 30] [--commit]\n"
    "\n"
    "Suggests party member → household links (党员联户) that cover every household without a linked member, within\n"
    "each member's limit (their own link_limit, or --limit), sparing exempt members (70+, long absent, …), and with\n"
    "the least total distance between homes (a min-cost flow). Prints coverage before and after and the links per\n"
    "member; --commit writes them (one audited transaction).\n";

int fail(const std::string& message) {
  std::cerr << "gridctl links: " << message << "\n";
  return 1;
}

}  // namespace

int runLinks(const std::vector<std::string>& positional, const std::map<std::string, std::string>& options, bool help) {
  if (help) return std::cout << kLinksUsage, 0;
  if (positional.empty() || positional[0] != "suggest") return std::cerr << kLinksUsage, 2;
  const std::string path = option(options, "db"), community = option(options, "community");
  if (path.empty() || community.empty())
    return std::cerr << "gridctl links: --db and --community are required\n" << kLinksUsage, 2;
  if (!Database::isServerAddress(path) && !std::filesystem::exists(path))
    return fail("no database " + path + "; create one with `gridctl demo` or `gridctl init`.");
  int limit = -1, candidates = 30;
  try {
    if (options.count("limit")) limit = std::stoi(option(options, "limit"));
    candidates = std::stoi(option(options, "candidates", "30"));
  } catch (const std::exception&) {
    return fail("--limit and --candidates take whole numbers.");
  }
  if (options.count("limit") && limit < 0) return fail("--limit is the most households one member links (e.g. 5).");
  auto db = Database::open(path);
  if (!db) return fail(db.error().describe());
  auto links = party::loadCommunityLinks(**db, community, limit);
  if (!links) return fail(links.error().describe());
  const auto start = std::chrono::steady_clock::now();
  auto suggestion = party::suggestLinks(links->members, links->unlinked, candidates);
  if (!suggestion) return fail(suggestion.error().describe());
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  long long room = 0;
  for (const auto& m : links->members) room += m.capacity;
  const long long after = links->linked + static_cast<long long>(suggestion->links.size());
  std::printf("%s (%s): %lld households, %zu party members with room for %lld more links\n",
              links->communityName.c_str(), community.c_str(), links->households, links->members.size(), room);
  std::printf("coverage before: %lld of %lld (%.1f %%), %zu without a linked member\n", links->linked,
              links->households, 100.0 * links->coverage(), links->unlinked.size());
  std::printf(
      "coverage after:  %lld of %lld (%.1f %%); %zu links suggested in %.2f s, mean distance %.0f m%s\n", after,
      links->households,
      links->households ? 100.0 * static_cast<double>(after) / static_cast<double>(links->households) : 100.0,
      suggestion->links.size(), seconds,
      suggestion->links.empty() ? 0.0 : suggestion->totalDistance / static_cast<double>(suggestion->links.size()),
      suggestion->uncovered.empty() ? "" : " — not enough room: raise --limit or register more members");
  std::map<long long, std::vector<std::pair<long long, double>>> byMember;
  for (const auto& link : suggestion->links) byMember[link.memberId].emplace_back(link.householdId, link.distance);
  for (const auto& [member, households] : byMember) {
    std::printf("  member #%lld:", member);
    for (const auto& [household, distance] : households) std::printf(" household #%lld (%.0f m)", household, distance);
    std::printf("\n");
  }
  if (!options.count("commit")) {
    std::printf("Preview only; nothing was changed. Run again with --commit to write these links.\n");
    return 0;
  }
  SystemClock clock;
  auto written = party::acceptLinks(**db, clock, Actor::system("gridctl links"), suggestion->links);
  if (!written) return fail(written.error().describe());
  std::printf("Wrote %zu links.\n", written->created.size());
  return 0;
}

int runLinksBenchmark(const std::map<std::string, std::string>& options) {
  const long long households = std::stoll(option(options, "households", "36000"));
  const auto dir =
      std::filesystem::temp_directory_path() / ("gridstation-links-" + std::to_string(std::random_device()()));
  std::filesystem::create_directories(dir);
  setenv("GRIDSTATION_KEY_DIR", (dir / "keys").c_str(), 1);
  Database::Options create;
  create.create = true;
  auto db = Database::open((dir / "links.sqlite").string(), create);
  if (!db) return fail(db.error().describe());
  auto key = createDatabaseKey(**db);
  if (!key) return fail(key.error().describe());
  SystemClock clock;
  DistrictOptions district;
  district.households = households;
  if (auto r = generateDistrict(**db, *key, clock, Actor::system("bench"), district); !r)
    return fail(r.error().describe());
  std::vector<std::string> communities;
  auto list = listCommunities(**db);
  if (!list) return fail(list.error().describe());
  for (const CommunityRef& community : *list) communities.push_back(community.code);
  long long total = 0, linked = 0, suggested = 0, unlinked = 0, uncovered = 0;
  double loadSeconds = 0, solveSeconds = 0;
  for (const std::string& code : communities) {
    auto t0 = std::chrono::steady_clock::now();
    auto links = party::loadCommunityLinks(**db, code);
    auto t1 = std::chrono::steady_clock::now();
    if (!links) return fail(links.error().describe());
    auto suggestion = party::suggestLinks(links->members, links->unlinked, 30);
    auto t2 = std::chrono::steady_clock::now();
    if (!suggestion) return fail(suggestion.error().describe());
    loadSeconds += std::chrono::duration<double>(t1 - t0).count();
    solveSeconds += std::chrono::duration<double>(t2 - t1).count();
    total += links->households, linked += links->linked, unlinked += static_cast<long long>(links->unlinked.size());
    suggested += static_cast<long long>(suggestion->links.size()),
        uncovered += static_cast<long long>(suggestion->uncovered.size());
  }
  std::printf("bench links: demo district, %zu communities, %lld households, %lld without a link\n", communities.size(),
              total, unlinked);
  std::printf("  load %.2f s + suggest (LEMON network simplex, 30 nearest members each) %.2f s = %.2f s (goal < 5 s)\n",
              loadSeconds, solveSeconds, loadSeconds + solveSeconds);
  std::printf("  coverage %.2f %% → %.2f %%; %lld households left uncovered (no member with room)\n",
              100.0 * static_cast<double>(linked) / static_cast<double>(total),
              100.0 * static_cast<double>(linked + suggested) / static_cast<double>(total), uncovered);
  std::filesystem::remove_all(dir);
  return 0;
}

}  // namespace grid::cli
