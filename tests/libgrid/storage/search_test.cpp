// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/search.h"

#include <gtest/gtest.h>

#include <random>
#include <set>

#include "storage/building_repository.h"
#include "storage/derived_tables.h"
#include "storage/org_repository.h"
#include "support/test_support.h"

namespace grid {
namespace {

std::set<long long> buildingHits(Database& db, const std::string& text, int limit = 50) {
  auto hits = search(db, nullptr, text, limit);
  EXPECT_TRUE(hits.ok()) << text << ": " << (hits.ok() ? "" : hits.error().describe());
  std::set<long long> ids;
  if (hits.ok())
    for (const SearchHit& hit : *hits)
      if (hit.kind == SearchKind::Building) ids.insert(hit.id);
  return ids;
}

class BuildingSearchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db = test::createDatabase(dir);
    ASSERT_TRUE(db);
    writer = std::make_unique<RecordWriter>(*db, clock);
    org = std::make_unique<OrgRepository>(*writer);
    buildings = std::make_unique<BuildingRepository>(*writer);
    const long long street = *org->createStreet(actor, {-1, -1, "440310001", "和平街道", ""});
    community = *org->createCommunity(actor, {-1, street, "440310001002", "和平社区", 300, "", ""});
    Grid g;
    g.communityId = community;
    g.sequence = 1;
    g.name = "第1网格";
    grid = *org->createGrid(actor, g);
  }

  long long makeBuilding(const std::string& name, const std::string& address) {
    Building b;
    b.gridId = grid;
    b.name = name;
    b.address = address;
    auto id = buildings->createBuilding(actor, b);
    EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().describe());
    return id.ok() ? *id : -1;
  }

  test::TempDir dir;
  std::unique_ptr<Database> db;
  FixedClock clock{"2026-12-07T08:00:00Z"};
  Actor actor = Actor::system("test");
  std::unique_ptr<RecordWriter> writer;
  std::unique_ptr<OrgRepository> org;
  std::unique_ptr<BuildingRepository> buildings;
  long long community = -1, grid = -1;
};

TEST_F(BuildingSearchTest, FindsABuildingByAnyPartOfItsNameOrAddress) {
  const long long sunny = makeBuilding("阳光花园3栋", "和平路12号");
  const long long river = makeBuilding("江景花园1栋", "Riverside Road 8");
  EXPECT_EQ(buildingHits(*db, "阳光"), std::set<long long>({sunny}));
  EXPECT_EQ(buildingHits(*db, "花园"), std::set<long long>({sunny, river}));
  EXPECT_EQ(buildingHits(*db, "园3栋"), std::set<long long>({sunny}));      // pairs that span the name
  EXPECT_EQ(buildingHits(*db, "12号"), std::set<long long>({sunny}));       // by the address
  EXPECT_EQ(buildingHits(*db, "景"), std::set<long long>({river}));         // one character
  EXPECT_EQ(buildingHits(*db, "RIVERSIDE"), std::set<long long>({river}));  // ASCII in any case
  EXPECT_EQ(buildingHits(*db, "side ro"), std::set<long long>({river}));    // a space inside
  EXPECT_TRUE(buildingHits(*db, "阳景").empty());                           // each gram held, never together
  EXPECT_TRUE(buildingHits(*db, "花园3栋江").empty());
  EXPECT_TRUE(buildingHits(*db, "王伟").empty());
}

TEST_F(BuildingSearchTest, FollowsRenamesMoveOutsAndDeletes) {
  const long long id = makeBuilding("阳光花园3栋", "和平路12号");
  ASSERT_TRUE(writer->update(actor, "building", id, {{"name", std::string("明月小区5栋")}}).ok());
  EXPECT_TRUE(buildingHits(*db, "阳光").empty());
  EXPECT_EQ(buildingHits(*db, "明月"), std::set<long long>({id}));
  EXPECT_EQ(buildingHits(*db, "和平路"), std::set<long long>({id}));  // the address stays
  ASSERT_TRUE(writer->update(actor, "building", id, {{"address", std::string("长安街1号")}}).ok());
  EXPECT_TRUE(buildingHits(*db, "和平路").empty());
  EXPECT_EQ(buildingHits(*db, "长安"), std::set<long long>({id}));
  ASSERT_TRUE(writer->update(actor, "building", id, {{"logout", 1LL}}).ok());
  EXPECT_TRUE(buildingHits(*db, "明月").empty());  // moved out: kept, not offered
  ASSERT_TRUE(writer->update(actor, "building", id, {{"logout", 0LL}}).ok());
  ASSERT_TRUE(writer->remove(actor, "building", id).ok());
  EXPECT_TRUE(buildingHits(*db, "明月").empty());
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM building_search WHERE building_id = " + std::to_string(id)), 0);
}

TEST_F(BuildingSearchTest, ABulkLoadRebuildsWhatTheTriggersKeep) {
  for (int i = 1; i <= 30; ++i) makeBuilding("幸福里" + std::to_string(i) + "号楼", "Xingfu Lane " + std::to_string(i));
  const std::string grams =
      "SELECT count(*) * 1000003 + sum(building_id) * 31 + sum(length(gram)) FROM building_search";
  const long long kept = test::count(*db, grams);
  ASSERT_GT(kept, 0);
  {
    Transaction transaction(*db);
    auto suspended = DerivedTablesSuspension::begin(*db);
    ASSERT_TRUE(suspended.ok());
    const long long added = makeBuilding("幸福里31号楼", "Xingfu Lane 31");  // no trigger while suspended
    EXPECT_EQ(test::count(*db, "SELECT count(*) FROM building_search WHERE building_id = " + std::to_string(added)), 0);
    ASSERT_TRUE(suspended->finish().ok());
    ASSERT_TRUE(transaction.commit().ok());
    EXPECT_EQ(buildingHits(*db, "31号"), std::set<long long>({added}));
    ASSERT_TRUE(writer->remove(actor, "building", added).ok());  // the triggers are back
  }
  EXPECT_EQ(test::count(*db, grams), kept);
  ASSERT_TRUE(rebuildBuildingSearch(*db).ok());
  EXPECT_EQ(test::count(*db, grams), kept);  // built at once, the same grams as row by row
}

// On a generated district: the indexed search finds exactly what reading every building would, for pieces of real
// names and addresses, and for texts no building holds.
TEST(BuildingSearchDistrict, FindsWhatAFullScanFinds) {
  test::TempDir dir;
  FixedClock clock("2026-11-01T08:00:00Z");
  auto sample = test::createGeneratedDatabase(dir, clock, Actor::system("test"), 3000);
  ASSERT_TRUE(sample.db);
  Database& db = *sample.db;
  std::vector<std::string> texts;
  auto names = db.prepare("SELECT name, coalesce(address, '') FROM building ORDER BY id");
  ASSERT_TRUE(names.ok());
  ASSERT_TRUE(names
                  ->forEachRow([&](const Statement& row) {
                    texts.push_back(row.text(0));
                    texts.push_back(row.text(1));
                  })
                  .ok());
  ASSERT_GT(texts.size(), 100u);
  std::mt19937 random(11);
  std::vector<std::string> queries = {"王伟", "zz", "号楼楼"};
  for (int i = 0; i < 60; ++i) {
    const std::string& text = texts[random() % texts.size()];
    std::vector<std::size_t> starts;  // character boundaries of the UTF-8 text
    for (std::size_t at = 0; at < text.size(); ++at)
      if ((static_cast<unsigned char>(text[at]) & 0xC0) != 0x80) starts.push_back(at);
    starts.push_back(text.size());
    if (starts.size() < 3) continue;
    const std::size_t from = random() % (starts.size() - 2), length = 1 + random() % 3;
    const std::size_t to = std::min(starts.size() - 1, from + length);
    const std::string piece = text.substr(starts[from], starts[to] - starts[from]);
    if (piece.size() >= 2 && piece.find_first_not_of(' ') != std::string::npos) queries.push_back(piece);
  }
  int found = 0;
  for (const std::string& query : queries) {
    auto scan = db.prepare(
        "SELECT id FROM building WHERE (name LIKE ?1 OR address LIKE ?1) AND logout = 0 ORDER BY id LIMIT 40");
    ASSERT_TRUE(scan.ok());
    scan->bind(1, "%" + query + "%");
    std::set<long long> expected;
    ASSERT_TRUE(scan->forEachRow([&](const Statement& row) { expected.insert(row.int64(0)); }).ok());
    std::set<long long> hits = buildingHits(db, query, 500);
    // grids come first in the hits: what is left for buildings is at least 40 here, so the first 40 must agree
    while (hits.size() > expected.size()) hits.erase(std::prev(hits.end()));
    EXPECT_EQ(hits, expected) << "query: " << query;
    found += expected.empty() ? 0 : 1;
  }
  EXPECT_GT(found, 40);  // most pieces are found; the oracle is not trivially empty
}

}  // namespace
}  // namespace grid
