// SPDX-License-Identifier: GPL-2.0-or-later
// Minimal emergency units (issue 20): after automatic assignment every building is in exactly one unit of its
// community, units stay near their size, estates stay together, the persons to reach first follow the care tags,
// hand edits move buildings between units, and every edit is undone by its RecordChange.
#include "emergency/emergency_units.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "storage/record_writer.h"
#include "support/test_support.h"

namespace grid::emergency {
namespace {

class EmergencyTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { s_template = new test::GeneratedTemplate(6000); }
  static void TearDownTestSuite() { delete s_template; }
  void SetUp() override {
    db = s_template->copy();
    ASSERT_TRUE(db);
    community = test::count(*db, "SELECT min(id) FROM community");
  }
  AssignReport assign(long long id, int maxHouseholds = 150) {
    AssignOptions options;
    options.maxHouseholds = maxHouseholds;
    auto report = assignUnits(*db, clock, actor, id, options);
    EXPECT_TRUE(report.ok()) << (report.ok() ? "" : report.error().describe());
    return report.ok() ? std::move(*report) : AssignReport{};
  }

  static inline test::GeneratedTemplate* s_template = nullptr;
  std::unique_ptr<Database> db;
  FixedClock clock{"2026-11-20T09:00:00Z"};
  Actor actor = Actor::system("test");
  long long community = -1;
};

TEST_F(EmergencyTest, EveryBuildingInExactlyOneUnitAfterAssignment) {
  auto before = checkUnits(*db, community);
  ASSERT_TRUE(before.ok());
  EXPECT_EQ(static_cast<long long>(before->withoutUnit.size()), before->buildings);
  const AssignReport report = assign(community);
  EXPECT_EQ(report.buildingsAssigned, before->buildings);
  auto check = checkUnits(*db, community);
  ASSERT_TRUE(check.ok());
  EXPECT_TRUE(check->withoutUnit.empty());
  EXPECT_TRUE(check->inOtherCommunity.empty());
  EXPECT_TRUE(check->withoutResponsible.empty()) << check->withoutResponsible.size() << " units without one";
  // Exactly one: counted independently of the check, every live building of the community has one row with a unit.
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM building b JOIN grid g ON g.id = b.grid_id WHERE g.community_id = " +
                                 std::to_string(community) +
                                 " AND b.logout = 0 AND (SELECT count(*) FROM emergency_unit_building u WHERE "
                                 "u.building_id = b.id AND u.unit_id IS NOT NULL) <> 1"),
            0);
  // The other community's buildings are untouched.
  const long long other = test::count(*db, "SELECT max(id) FROM community");
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM emergency_unit WHERE community_id = " + std::to_string(other)), 0);
  // Units stay near their size (a unit of one building may hold more), and an estate's buildings are in its units.
  auto units = loadUnits(*db, clock, community, false);
  ASSERT_TRUE(units.ok());
  EXPECT_EQ(static_cast<int>(units->size()), report.unitsCreated);
  for (const Unit& unit : *units) {
    if (unit.buildings.size() > 1) EXPECT_LE(unit.households, 150 * 2) << unit.name;
    EXPECT_FALSE(unit.members.empty()) << unit.name;
  }
  EXPECT_EQ(test::count(*db,
                        "SELECT count(*) FROM emergency_unit_building ub JOIN building b ON b.id = ub.building_id "
                        "JOIN emergency_unit u ON u.id = ub.unit_id WHERE b.estate_id IS NOT NULL AND "
                        "coalesce(u.estate_id, -1) <> b.estate_id"),
            0);
  // A unit's outline covers its buildings.
  EXPECT_EQ(test::count(*db,
                        "SELECT count(*) FROM emergency_unit_building ub JOIN building b ON b.id = ub.building_id "
                        "JOIN emergency_unit u ON u.id = ub.unit_id WHERE NOT ST_Covers(u.geom, b.geom)"),
            0);
  // A second run finds nothing to assign; undo removes every unit it made.
  EXPECT_EQ(assign(community).unitsCreated, 0);
  auto undone = revertRecordChange(*db, clock, actor, report.change);
  ASSERT_TRUE(undone.ok()) << undone.error().describe();
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM emergency_unit"), 0);
  EXPECT_EQ(test::count(*db, "SELECT count(*) FROM emergency_unit_building"), 0);
}

TEST_F(EmergencyTest, SmallerUnitsWhenAsked) {
  const AssignReport large = assign(community, 400);
  ASSERT_TRUE(revertRecordChange(*db, clock, actor, large.change).ok());
  const AssignReport small = assign(community, 60);
  EXPECT_GT(small.unitsCreated, large.unitsCreated);
  EXPECT_EQ(small.buildingsAssigned, large.buildingsAssigned);
}

TEST_F(EmergencyTest, PersonsToReachFirstFollowTheCareTags) {
  assign(community);
  // A person of the community, tagged bedridden now, another whose tag ended, a third moved out.
  const std::string inCommunity =
      "SELECT p.id FROM person p JOIN household h ON h.id = p.household_id JOIN building b ON b.id = h.building_id "
      "JOIN grid g ON g.id = b.grid_id WHERE g.community_id = " +
      std::to_string(community) +
      " AND p.logout = 0 AND h.logout = 0 AND NOT EXISTS (SELECT 1 FROM person_care c WHERE c.person_id = p.id) "
      "ORDER BY p.id LIMIT 1 OFFSET ";
  const long long tagged = test::count(*db, inCommunity + "0"), ended = test::count(*db, inCommunity + "1"),
                  gone = test::count(*db, inCommunity + "2");
  RecordWriter writer(*db, clock);
  for (auto [person, end] : {std::pair{tagged, Value(null())}, std::pair{ended, Value(std::string("2026-10-01"))},
                             std::pair{gone, Value(null())}})
    ASSERT_TRUE(writer
                    .insert(actor, "person_care",
                            {{"person_id", person}, {"care_code", std::string("bedridden")}, {"end_date", end}})
                    .ok());
  ASSERT_TRUE(writer.update(actor, "person", gone, {{"logout", 1LL}, {"logout_date", std::string("2026-11-10")}}).ok());
  auto units = loadUnits(*db, clock, community, true);
  ASSERT_TRUE(units.ok());
  std::map<long long, std::string> listed;
  long long total = 0;
  for (const Unit& unit : *units)
    for (const VulnerablePerson& v : unit.vulnerable) {
      listed[v.personId] = v.tags;
      ++total;
      EXPECT_EQ(v.phone.find_first_of("0123456789") == std::string::npos || v.phone.find('*') != std::string::npos,
                true)
          << "phone shown unmasked: " << v.phone;
    }
  EXPECT_EQ(listed[tagged], "卧床失能");
  EXPECT_FALSE(listed.count(ended));
  EXPECT_FALSE(listed.count(gone));
  // Everyone listed: a recount of live persons with an active priority tag in the community's buildings.
  EXPECT_EQ(total, test::count(*db,
                               "SELECT count(DISTINCT p.id) FROM person p JOIN household h ON h.id = "
                               "p.household_id JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = "
                               "b.grid_id JOIN person_care c ON c.person_id = p.id WHERE g.community_id = " +
                                   std::to_string(community) +
                                   " AND p.logout = 0 AND h.logout = 0 AND (c.end_date IS NULL OR c.end_date >= "
                                   "'2026-11-20') AND c.care_code IN (SELECT code FROM code_value WHERE domain = "
                                   "'emergency_priority')"));
}

TEST_F(EmergencyTest, HandEditsMoveBuildingsAndMembers) {
  assign(community);
  auto units = loadUnits(*db, clock, community, false);
  ASSERT_TRUE(units.ok());
  ASSERT_GE(units->size(), 2u);
  const Unit& from = (*units)[0];
  const Unit& to = (*units)[1];
  const long long moved = from.buildings.front().id;
  auto change = moveBuildings(*db, clock, actor, to.id, {moved});
  ASSERT_TRUE(change.ok()) << change.error().describe();
  EXPECT_EQ(
      test::count(*db, "SELECT unit_id FROM emergency_unit_building WHERE building_id = " + std::to_string(moved)),
      to.id);
  EXPECT_EQ(test::count(*db, "SELECT ST_Covers(geom, (SELECT geom FROM building WHERE id = " + std::to_string(moved) +
                                 ")) FROM emergency_unit WHERE id = " + std::to_string(to.id)),
            1);
  ASSERT_TRUE(revertRecordChange(*db, clock, actor, *change).ok());
  EXPECT_EQ(
      test::count(*db, "SELECT unit_id FROM emergency_unit_building WHERE building_id = " + std::to_string(moved)),
      from.id);
  // A building of another community is refused, naming it.
  const long long foreign =
      test::count(*db, "SELECT min(b.id) FROM building b JOIN grid g ON g.id = b.grid_id WHERE g.community_id <> " +
                           std::to_string(community));
  auto refused = moveBuildings(*db, clock, actor, to.id, {foreign});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().context.recordId, foreign);
  // A new responsible person: the old one stays as a deputy; a volunteer needs a name; staff must exist.
  const long long staff = test::count(*db, "SELECT max(id) FROM staff WHERE active = 1");
  ASSERT_TRUE(addMember(*db, clock, actor, to.id, "responsible", staff).ok());
  auto after = loadUnits(*db, clock, community, false);
  long long responsible = 0, deputies = 0;
  for (const Unit& unit : *after)
    if (unit.id == to.id)
      for (const UnitMember& m : unit.members) {
        responsible += m.role == "responsible";
        deputies += m.role == "deputy";
        if (m.role == "responsible") EXPECT_EQ(m.staffId, staff);
      }
  EXPECT_EQ(responsible, 1);
  EXPECT_GE(deputies, 1);
  EXPECT_FALSE(addMember(*db, clock, actor, to.id, "volunteer", -1, "").ok());
  EXPECT_FALSE(addMember(*db, clock, actor, to.id, "deputy", 999999).ok());
  EXPECT_TRUE(addMember(*db, clock, actor, to.id, "volunteer", -1, "志愿者甲", "13800000000").ok());
  // A unit made from a selection, with details.
  auto made = createUnit(*db, clock, actor, community, "临时应急单元", {moved});
  ASSERT_TRUE(made.ok()) << made.error().describe();
  UnitDetails details{"临时应急单元", "社区广场", "矿泉水 200 箱", "", 300};
  ASSERT_TRUE(setUnitDetails(*db, clock, actor, made->first, details).ok());
  auto check = checkUnits(*db, community);
  ASSERT_TRUE(check.ok());
  EXPECT_TRUE(check->withoutUnit.empty());
  ASSERT_EQ(check->withoutResponsible.size(), 1u);  // the new unit has no one yet
  EXPECT_EQ(check->withoutResponsible[0].first, made->first);
}

}  // namespace
}  // namespace grid::emergency
