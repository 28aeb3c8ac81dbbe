// SPDX-License-Identifier: GPL-2.0-or-later
#include "boards/notice_board.h"

#include <gtest/gtest.h>

#include "boards/qr_code.h"
#include "storage/qr_token_repository.h"
#include "storage/record_writer.h"
#include "support/test_support.h"

namespace grid::test {
namespace {

const Actor kClerk = Actor::system("board-test");

//! A small generated district (staff, estates, party branches, grid tokens) with a fixed clock.
class BoardTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto generated = createGeneratedDatabase(dir, clock, kClerk);
    ASSERT_TRUE(generated.db && generated.key);
    db = std::move(generated.db);
    cipher = std::move(generated.key);
    gridId = count(*db, "SELECT min(id) FROM grid");
  }
  TempDir dir;
  FixedClock clock{"2026-11-20T09:00:00Z"};
  std::unique_ptr<Database> db;
  std::unique_ptr<FieldCipher> cipher;
  long long gridId = -1;
};

TEST_F(BoardTest, ContentListsTheGridsStaffInBoardOrderAndNoResidentData) {
  auto board = loadBoardContent(*db, gridId, kClerk, clock);
  ASSERT_TRUE(board.ok()) << board.error().describe();
  EXPECT_EQ(board->gridCode.size(), 15u);
  EXPECT_FALSE(board->communityName.empty());
  EXPECT_EQ(board->households,
            count(*db, "SELECT count(*) FROM household WHERE logout = 0 AND grid_id = " + std::to_string(gridId)));
  EXPECT_EQ(board->buildings,
            count(*db, "SELECT count(*) FROM building WHERE logout = 0 AND grid_id = " + std::to_string(gridId)));
  EXPECT_EQ(board->printDate, "2026-11-20");
  ASSERT_FALSE(board->members.empty());
  EXPECT_EQ(board->members.front().roleCode, "GRID_LEADER");
  bool police = false, fullTime = false;
  std::string previous;
  for (const BoardMember& m : board->members) {
    police |= m.roleCode == "POLICE_OFFICER";
    fullTime |= m.roleCode == "GRID_WORKER" && m.positionType == "full_time";
    if (m.roleCode == "BUILDING_LEADER") EXPECT_FALSE(m.post.empty()) << "a building chief's post names the building";
  }
  EXPECT_TRUE(police) << "the community's police officer serves every grid";
  EXPECT_TRUE(fullTime);
  // The published JSON holds no resident's masked ID or phone.
  const std::string json = board->toJson();
  auto persons = db->prepare("SELECT id_masked, coalesce(mobile_masked, '') FROM person WHERE grid_id = ? LIMIT 200");
  ASSERT_TRUE(persons.ok());
  persons->bind(1, gridId);
  ASSERT_TRUE(persons
                  ->forEachRow([&](const Statement& row) {
                    EXPECT_EQ(json.find(row.text(0)), std::string::npos);
                    if (!row.text(1).empty()) EXPECT_EQ(json.find(row.text(1)), std::string::npos);
                  })
                  .ok());
}

TEST_F(BoardTest, EndedAndFutureAssignmentsAreNotPrinted) {
  auto board = loadBoardContent(*db, gridId, kClerk, clock);
  ASSERT_TRUE(board.ok());
  const std::string leader = board->members.front().name;
  ASSERT_TRUE(
      db->exec("UPDATE staff_assignment SET end_date = '2026-10-31' WHERE role_code = 'GRID_LEADER' AND target_id = " +
               std::to_string(gridId))
          .ok());
  RecordWriter writer(*db, clock);
  auto staff = writer.insert(kClerk, "staff", {{"name", "欧阳新任"}, {"work_phone", "13800138000"}});
  ASSERT_TRUE(staff.ok());
  ASSERT_TRUE(writer
                  .insert(kClerk, "staff_assignment",
                          {{"staff_id", *staff},
                           {"role_code", "GRID_LEADER"},
                           {"level", "grid"},
                           {"target_id", gridId},
                           {"start_date", "2026-11-01"}})
                  .ok());
  auto future = writer.insert(kClerk, "staff", {{"name", "未到任"}});
  ASSERT_TRUE(writer
                  .insert(kClerk, "staff_assignment",
                          {{"staff_id", *future},
                           {"role_code", "GRID_WORKER"},
                           {"level", "grid"},
                           {"target_id", gridId},
                           {"position_type", "full_time"},
                           {"start_date", "2027-01-01"}})
                  .ok());
  auto after = loadBoardContent(*db, gridId, kClerk, clock);
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after->members.front().name, "欧阳新任");
  for (const BoardMember& m : after->members) {
    EXPECT_NE(m.name, "未到任");
    if (m.roleCode == "GRID_LEADER") EXPECT_NE(m.name, leader);
  }
}

TEST_F(BoardTest, TokenIsReusedUntilRevokedThenReissued) {
  auto first = loadBoardContent(*db, gridId, kClerk, clock);
  auto again = loadBoardContent(*db, gridId, kClerk, clock);
  ASSERT_TRUE(first.ok() && again.ok());
  EXPECT_EQ(first->qrToken, again->qrToken);
  EXPECT_EQ(first->qrUrl, std::string(kDefaultQrUrlBase) + first->qrToken);
  const long long audits = count(*db, "SELECT count(*) FROM audit_log WHERE table_name = 'qr_token'");
  QrTokenRepository tokens(*db, clock);
  ASSERT_TRUE(tokens.revoke(first->qrToken, kClerk, "board damaged").ok());
  EXPECT_EQ(
      count(*db, "SELECT count(*) FROM qr_token WHERE revoked_at IS NOT NULL AND token = '" + first->qrToken + "'"), 1);
  EXPECT_GT(count(*db, "SELECT count(*) FROM audit_log WHERE table_name = 'qr_token'"), audits);
  auto revokedAgain = tokens.revoke(first->qrToken, kClerk, "");
  ASSERT_FALSE(revokedAgain.ok());
  EXPECT_EQ(revokedAgain.error().code, ErrorCode::Conflict);
  auto unknown = tokens.revoke("nosuchtokennosuchtokennosuch", kClerk, "");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);

  ASSERT_TRUE(db->setMeta("qr_url_base", "https://grid.example.org/t/").ok());
  auto reissued = loadBoardContent(*db, gridId, kClerk, clock);
  ASSERT_TRUE(reissued.ok());
  EXPECT_NE(reissued->qrToken, first->qrToken);
  EXPECT_EQ(reissued->qrUrl, "https://grid.example.org/t/" + reissued->qrToken);
  EXPECT_GE(reissued->qrToken.size(), 26u);
}

TEST_F(BoardTest, PublicationAddsAVersionOnlyWhenTheContentChanges) {
  auto board = loadBoardContent(*db, gridId, kClerk, clock);
  ASSERT_TRUE(board.ok());
  EXPECT_EQ(*recordBoardPublication(*db, *board, kClerk, clock), 1);
  EXPECT_EQ(*recordBoardPublication(*db, *board, kClerk, clock), 1);
  board->members.front().workPhone = "13900139000";
  EXPECT_EQ(*recordBoardPublication(*db, *board, kClerk, clock), 2);
  EXPECT_EQ(count(*db, "SELECT count(*) FROM notice_board WHERE grid_id = " + std::to_string(gridId)), 2);
  EXPECT_EQ(count(*db, "SELECT count(*) FROM audit_log WHERE table_name = 'notice_board'"), 2);
}

TEST_F(BoardTest, ScopeSelectsGridsAndNamesAnUnknownCode) {
  const std::string community = *db->queryText("SELECT admin_code FROM community ORDER BY id LIMIT 1");
  auto grids = boardGrids(*db, {.communityCode = community});
  ASSERT_TRUE(grids.ok());
  EXPECT_EQ(static_cast<long long>(grids->size()),
            count(*db, "SELECT count(*) FROM grid g JOIN community c ON c.id = g.community_id WHERE c.admin_code = '" +
                           community + "'"));
  const std::string streetCode = *db->queryText("SELECT admin_code FROM street ORDER BY id DESC LIMIT 1");
  auto street = boardGrids(*db, {.streetCode = streetCode});
  ASSERT_TRUE(street.ok());
  EXPECT_EQ(
      static_cast<long long>(street->size()),
      count(*db,
            "SELECT count(*) FROM grid g JOIN community c ON c.id = g.community_id JOIN street s ON s.id = c.street_id "
            "WHERE s.admin_code = '" +
                streetCode + "'"));
  auto unknown = boardGrids(*db, {.communityCode = "999999999999"});
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.error().message.find("999999999999"), std::string::npos);
  EXPECT_FALSE(boardGrids(*db, {}).ok());
}

}  // namespace
}  // namespace grid::test
