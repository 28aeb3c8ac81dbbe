// SPDX-License-Identifier: GPL-2.0-or-later
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "storage/building_repository.h"
#include "storage/org_repository.h"
#include "storage/population_repository.h"
#include "support/test_support.h"

namespace grid {
namespace {

class RepositoryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db = test::createDatabase(dir);
    ASSERT_TRUE(db);
    writer = std::make_unique<RecordWriter>(*db, clock);
    org = std::make_unique<OrgRepository>(*writer);
    buildings = std::make_unique<BuildingRepository>(*writer);
    population = std::make_unique<PopulationRepository>(*writer, cipher);
    street = *org->createStreet(actor, {-1, -1, "440310001", "和平街道", ""});
    community = *org->createCommunity(actor, {-1, street, "440310001002", "和平社区", 300, "", ""});
  }

  long long makeGrid(int sequence) {
    Grid g;
    g.communityId = community;
    g.sequence = sequence;
    g.name = "第" + std::to_string(sequence) + "网格";
    auto id = org->createGrid(actor, g);
    EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().describe());
    return id.ok() ? *id : -1;
  }

  long long makeHousehold(long long grid) {
    Building b;
    b.gridId = grid;
    b.name = "1栋";
    auto building = buildings->createBuilding(actor, b);
    EXPECT_TRUE(building.ok());
    auto house = buildings->createHouse(actor, {-1, *building, 1, 3, "301", 80.0, false});
    EXPECT_TRUE(house.ok());
    Household h;
    h.houseId = *house;
    auto household = population->createHousehold(actor, h);
    EXPECT_TRUE(household.ok()) << (household.ok() ? "" : household.error().describe());
    return *household;
  }

  test::TempDir dir;
  std::unique_ptr<Database> db;
  FixedClock clock{"2026-11-23T08:00:00Z"};
  FieldCipher cipher = FieldCipher::generate();
  Actor actor = Actor::system("test");
  std::unique_ptr<RecordWriter> writer;
  std::unique_ptr<OrgRepository> org;
  std::unique_ptr<BuildingRepository> buildings;
  std::unique_ptr<PopulationRepository> population;
  long long street = -1;
  long long community = -1;
};

TEST_F(RepositoryTest, GridCodeIsCommunityCodePlusSequence) {
  const long long grid = makeGrid(3);
  auto g = org->grid(grid);
  ASSERT_TRUE(g.ok());
  EXPECT_EQ(g->code, "440310001002003");
  EXPECT_EQ(org->gridByCode("440310001002003")->id, grid);
  EXPECT_FALSE(org->gridByCode("440310001002009").ok());
  Grid duplicate;
  duplicate.communityId = community;
  duplicate.sequence = 3;
  duplicate.name = "again";
  EXPECT_FALSE(org->createGrid(actor, duplicate).ok());
}

TEST_F(RepositoryTest, RejectsCodesOutsideTheirParent) {
  auto wrongStreet = org->createCommunity(actor, {-1, street, "440310002001", "别处社区", 300, "", ""});
  ASSERT_FALSE(wrongStreet.ok());
  EXPECT_EQ(wrongStreet.error().context.field, "admin_code");
  EXPECT_FALSE(org->createCommunity(actor, {-1, street, "440310001201", "村", 300, "", ""}).ok());
  EXPECT_FALSE(org->createCommunity(actor, {-1, street, "440310001003", "c", 300, "12345678", ""}).ok())
      << "supervision phone is validated";
  Grid badSequence;
  badSequence.communityId = community;
  badSequence.sequence = 1000;
  badSequence.name = "x";
  EXPECT_FALSE(org->createGrid(actor, badSequence).ok());
}

TEST_F(RepositoryTest, BuildingsGetCodesInTheirGrid) {
  const long long grid = makeGrid(1);
  Building b;
  b.gridId = grid;
  b.name = "A";
  auto first = buildings->createBuilding(actor, b);
  auto second = buildings->createBuilding(actor, b);
  ASSERT_TRUE(first.ok() && second.ok());
  EXPECT_EQ(*db->queryText("SELECT building_code FROM building WHERE id = " + std::to_string(*first)),
            "440310001002001001");
  EXPECT_EQ(*db->queryText("SELECT building_code FROM building WHERE id = " + std::to_string(*second)),
            "440310001002001002");
  b.floorsAbove = 300;
  EXPECT_FALSE(buildings->createBuilding(actor, b).ok());
}

TEST_F(RepositoryTest, PersonsAreStoredEncryptedAndFoundByIdNumber) {
  const long long household = makeHousehold(makeGrid(1));
  Person p;
  p.householdId = household;
  p.name = "张明";
  p.idNumber = "440310198503174211";
  p.mobile = "13800138000";
  p.relationCode = "02";
  auto id = population->createPerson(actor, p);
  ASSERT_TRUE(id.ok()) << id.error().describe();
  EXPECT_EQ(*db->queryText("SELECT id_masked FROM person"), "440310********4211");
  EXPECT_EQ(*db->queryText("SELECT mobile_masked FROM person"), "138****8000");
  EXPECT_EQ(*db->queryText("SELECT birth_date || gender FROM person"), "1985-03-17M");
  EXPECT_EQ(test::count(*db, "SELECT head_person_id FROM household"), *id);
  EXPECT_EQ(test::count(*db, "SELECT members_count FROM household"), 1);
  EXPECT_EQ(*population->findPersonByIdNumber("440310198503174211"), std::optional<long long>(*id));
  EXPECT_EQ(*population->findPersonByIdNumber("440310199008231025"), std::nullopt);

  // Neither the table nor the audit log nor the file holds the plaintext ID number or phone.
  EXPECT_EQ(test::count(*db,
                        "SELECT count(*) FROM audit_log WHERE after_json LIKE '%198503174211%' "
                        "OR after_json LIKE '%13800138000%'"),
            0);
  if (db->isServer()) {  // the stored rows as the server writes them out
    EXPECT_EQ(test::count(*db,
                          "SELECT count(*) FROM person p WHERE CAST(p AS TEXT) LIKE '%198503174211%' OR "
                          "CAST(p AS TEXT) LIKE '%13800138000%'"),
              0);
    return;
  }
  ASSERT_TRUE(db->checkpoint().ok());
  std::ifstream file(dir.file("test.sqlite"), std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  EXPECT_EQ(bytes.find("440310198503174211"), std::string::npos);
  EXPECT_EQ(bytes.find("13800138000"), std::string::npos);
}

TEST_F(RepositoryTest, RejectsInvalidAndDuplicateIdNumbers) {
  const long long household = makeHousehold(makeGrid(1));
  Person p;
  p.householdId = household;
  p.name = "李红";
  p.idNumber = "440310199008231026";
  auto bad = population->createPerson(actor, p);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().context.field, "id_number");
  EXPECT_NE(bad.error().message.find("check character"), std::string::npos);
  p.idNumber = "440310199008231025";
  ASSERT_TRUE(population->createPerson(actor, p).ok());
  auto duplicate = population->createPerson(actor, p);
  ASSERT_FALSE(duplicate.ok());
  EXPECT_EQ(duplicate.error().code, ErrorCode::Conflict);
  p.idNumber.clear();
  p.mobile = "1380013800";
  EXPECT_FALSE(population->createPerson(actor, p).ok());
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM person"), 1);
}

TEST_F(RepositoryTest, MovedOutPersonsStayInHistoryAndCannotBeDeleted) {
  const long long household = makeHousehold(makeGrid(1));
  Person p;
  p.householdId = household;
  p.name = "赵强";
  p.idNumber = "440310196202142516";
  auto id = population->createPerson(actor, p);
  ASSERT_TRUE(id.ok()) << id.error().describe();
  EXPECT_FALSE(population->moveOutPerson(actor, *id, "", "2026-11-01").ok());
  ASSERT_TRUE(population->moveOutPerson(actor, *id, "迁出本市", "2026-11-01").ok());
  EXPECT_EQ(test::count(*db, "SELECT logout FROM person"), 1);
  EXPECT_EQ(*db->queryText("SELECT logout_reason FROM person"), "迁出本市");
  EXPECT_FALSE(db->exec("DELETE FROM person").ok());
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM audit_log WHERE table_name = 'person' AND action = 'update'"), 1);
}

TEST_F(RepositoryTest, RevealingAnIdNumberNeedsAReasonAndIsAudited) {
  const long long household = makeHousehold(makeGrid(1));
  Person p;
  p.householdId = household;
  p.name = "钱伟";
  p.idNumber = "440310197809090630";
  auto id = population->createPerson(actor, p);
  ASSERT_TRUE(id.ok());
  EXPECT_FALSE(population->revealIdNumber(actor, *id, "").ok());
  auto revealed = population->revealIdNumber({"li.secretary", 3, "COMMUNITY_SECRETARY"}, *id, "核对低保申请");
  ASSERT_TRUE(revealed.ok());
  EXPECT_EQ(*revealed, "440310197809090630");
  EXPECT_EQ(*db->queryText("SELECT actor || '|' || reason FROM audit_log WHERE action = 'reveal'"),
            "li.secretary|核对低保申请");
}

TEST_F(RepositoryTest, RecordsFollowABuildingToItsNewGrid) {
  const long long first = makeGrid(1);
  const long long second = makeGrid(2);
  const long long household = makeHousehold(first);
  Person p;
  p.householdId = household;
  p.name = "孙宇";
  ASSERT_TRUE(population->createPerson(actor, p).ok());
  const long long building = test::count(*db, "SELECT building_id FROM household");
  ASSERT_TRUE(buildings->moveToGrid(actor, building, second).ok());
  EXPECT_EQ(test::count(*db, "SELECT grid_id FROM building"), second);
  EXPECT_EQ(test::count(*db, "SELECT grid_id FROM household"), second);
  EXPECT_EQ(test::count(*db, "SELECT grid_id FROM person"), second);
}

TEST_F(RepositoryTest, GridStatsFollowInsertsMovesAndMoveOuts) {
  const long long first = makeGrid(1);
  const long long second = makeGrid(2);
  const long long household = makeHousehold(first);
  Person p;
  p.householdId = household;
  p.name = "甲";
  auto a = population->createPerson(actor, p);
  p.name = "乙";
  auto b = population->createPerson(actor, p);
  ASSERT_TRUE(a.ok() && b.ok());
  auto stats = [&](long long grid) {
    return std::make_pair(test::count(*db, "SELECT households FROM grid_stats WHERE grid_id = " + std::to_string(grid)),
                          test::count(*db, "SELECT persons FROM grid_stats WHERE grid_id = " + std::to_string(grid)));
  };
  EXPECT_EQ(stats(first), std::make_pair(1LL, 2LL));
  EXPECT_EQ(stats(second), std::make_pair(0LL, 0LL));
  ASSERT_TRUE(population->moveOutPerson(actor, *a, "迁出", "2026-11-01").ok());
  EXPECT_EQ(stats(first), std::make_pair(1LL, 1LL));
  ASSERT_TRUE(buildings->moveToGrid(actor, test::count(*db, "SELECT building_id FROM household"), second).ok());
  EXPECT_EQ(stats(first), std::make_pair(0LL, 0LL));
  EXPECT_EQ(stats(second), std::make_pair(1LL, 1LL));
  EXPECT_EQ(test::count(*db, "SELECT households FROM grid_map WHERE id = " + std::to_string(second)), 1);
}

TEST_F(RepositoryTest, EveryWriteLeavesAnAuditRow) {
  const long long before = test::count(*db, "SELECT count(*) FROM audit_log");
  const long long household = makeHousehold(makeGrid(1));  // grid, building, house, household
  Person p;
  p.householdId = household;
  p.name = "周海";
  ASSERT_TRUE(population->createPerson(actor, p).ok());  // person + household members_count
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM audit_log") - before, 6);
  for (const char* table : {"grid", "building", "house", "household", "person"})
    EXPECT_GE(test::count(*db, std::string("SELECT count(*) FROM audit_log WHERE table_name = '") + table + "'"), 1)
        << table;
}

}  // namespace
}  // namespace grid
