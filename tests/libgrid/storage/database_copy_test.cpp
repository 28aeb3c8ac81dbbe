// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/database_copy.h"

#include <gtest/gtest.h>

#include "demo/district_generator.h"
#include "security/crypto.h"
#include "storage/database_key.h"
#include "storage/record_writer.h"
#include "support/test_support.h"

namespace grid {
namespace {

//! A generated district in a file, whichever backend the run tests.
struct FileDistrict {
  std::unique_ptr<Database> db;
  std::unique_ptr<FieldCipher> key;
};
FileDistrict fileDistrict(const test::TempDir& dir, const Clock& clock) {
  FileDistrict district;
  Database::Options options;
  options.create = true;
  auto db = Database::open(dir.file("source.sqlite"), options);
  EXPECT_TRUE(db.ok());
  if (!db.ok()) return district;
  auto key = createDatabaseKey(**db);
  EXPECT_TRUE(key.ok());
  DistrictOptions generate;
  generate.households = 2000;
  auto written = generateDistrict(**db, *key, clock, Actor::system("test"), generate);
  EXPECT_TRUE(written.ok()) << (written.ok() ? "" : written.error().describe());
  district.db = std::move(*db);
  district.key = std::make_unique<FieldCipher>(*key);
  return district;
}

//! What the copy must keep, as one text: counts and exact contents of the tables that matter.
std::string fingerprint(Database& db) {
  std::string out;
  for (const char* query :
       {"SELECT count(*) FROM household", "SELECT count(*) FROM person", "SELECT count(*) FROM building",
        "SELECT count(*) FROM event", "SELECT count(*) FROM party_link",
        "SELECT sum(id) + sum(row_version) FROM person", "SELECT max(id) FROM household",
        "SELECT count(head_person_id) || ' ' || sum(head_person_id * (id % 7)) FROM household",  // written late
        "SELECT group_concat(grid_code, ',') FROM (SELECT grid_code FROM grid ORDER BY id) AS g",
        "SELECT group_concat(building_code, ',') FROM (SELECT building_code FROM building ORDER BY id LIMIT 50) AS b",
        "SELECT group_concat(name || ':' || coalesce(id_masked, ''), ',') FROM (SELECT * FROM person ORDER BY id "
        "LIMIT 200) AS p",
        "SELECT group_concat(households || '/' || persons, ',') FROM (SELECT * FROM grid_stats ORDER BY grid_id) AS s",
        "SELECT count(*) || ' ' || sum(building_id) || ' ' || sum(length(gram)) FROM building_search",
        "SELECT group_concat(hash, ',') FROM (SELECT hash FROM audit_log ORDER BY id LIMIT 100) AS a",
        "SELECT CAST(round(sum(Area(geom))) AS INTEGER) FROM building",
        "SELECT value FROM gs_meta WHERE key = "
        "'database_id'"}) {
    auto text = db.queryText(query);
    EXPECT_TRUE(text.ok()) << query << ": " << (text.ok() ? "" : text.error().describe());
    out += (text.ok() ? *text : "?") + "\n";
  }
  return out;
}

TEST(DatabaseCopy, AFileAndAServerHoldTheSameDistrictAfterAPushAndAPull) {
  test::TempDir dir;
  FixedClock clock("2026-12-07T10:00:00Z");
  FileDistrict source = fileDistrict(dir, clock);
  ASSERT_TRUE(source.db);
  // Text that a bulk load must escape: a tab, a newline, a backslash, a carriage return, "\N".
  const std::string awkward = "东\t街\n道\\N\r\\x01";
  RecordWriter sourceWriter(*source.db, clock);
  ASSERT_TRUE(sourceWriter.insert(Actor::system("t"), "street", {{"admin_code", "440310098"}, {"name", awkward}}).ok());
  const std::string before = fingerprint(*source.db);
  const long long audits = test::count(*source.db, "SELECT count(*) FROM audit_log");

  // push: into a new server database (in the file run: a second file)
  auto target = test::createDatabase(dir, "target.sqlite");
  ASSERT_TRUE(target);
  auto pushed = copyDatabase(*source.db, *target, clock, Actor::system("gridctl server push"), "source.sqlite");
  ASSERT_TRUE(pushed.ok()) << pushed.error().describe();
  EXPECT_GT(pushed->tables, 40);
  EXPECT_EQ(fingerprint(*target), before);
  EXPECT_EQ(*target->queryText("SELECT name FROM street WHERE admin_code = '440310098'"), awkward);
  // The audit log has one more row, continuing the copied chain.
  EXPECT_EQ(test::count(*target, "SELECT count(*) FROM audit_log"), audits + 1);
  EXPECT_EQ(*verifyAuditChain(*target), -1) << "the copied chain and the row that continues it";
  EXPECT_EQ(*target->queryText("SELECT reason FROM audit_log ORDER BY id DESC LIMIT 1"), "copied from source.sqlite");
  // The same key opens the copied ID numbers (the database id came along, so the key store finds the key).
  auto cipher = loadDatabaseKey(*target);
  ASSERT_TRUE(cipher.ok()) << cipher.error().describe();
  auto blob = target->prepare("SELECT id_cipher FROM person WHERE id_cipher IS NOT NULL ORDER BY id LIMIT 1");
  ASSERT_TRUE(blob.ok());
  ASSERT_TRUE(*blob->step());
  auto plain = cipher->decrypt(blob->blob(0));
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(plain->size(), 18u);
  // New records continue after the copied ids.
  RecordWriter writer(*target, clock);
  const long long maxStreet = test::count(*target, "SELECT max(id) FROM street");
  auto street = writer.insert(Actor::system("t"), "street", {{"admin_code", "440310099"}, {"name", "新街道"}});
  ASSERT_TRUE(street.ok()) << street.error().describe();
  EXPECT_GT(*street, maxStreet);
  // grid_stats were recounted, not double counted by the triggers while loading
  EXPECT_EQ(test::count(*target, "SELECT sum(households) FROM grid_stats"),
            test::count(*target, "SELECT count(*) FROM household WHERE logout = 0 AND grid_id IS NOT NULL"));

  // Copying into a database that holds records is refused, and writes nothing.
  const long long rows = test::count(*target, "SELECT count(*) FROM household");
  auto again = copyDatabase(*source.db, *target, clock, Actor::system("t"), "again");
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::Conflict);
  EXPECT_EQ(test::count(*target, "SELECT count(*) FROM household"), rows);

  // pull: back into a new file, the same district again.
  Database::Options options;
  options.create = true;
  options.srid = target->srid();
  auto pulled = Database::open(dir.file("pulled.sqlite"), options);
  ASSERT_TRUE(pulled.ok());
  ASSERT_TRUE(copyDatabase(*target, **pulled, clock, Actor::system("gridctl server pull"), "the server").ok());
  EXPECT_EQ(*verifyAuditChain(**pulled), -1);
  EXPECT_EQ(test::count(**pulled, "SELECT count(*) FROM audit_log"), audits + 3);  // + the street and the pull
  EXPECT_EQ(test::count(**pulled, "SELECT count(*) FROM street WHERE name = '新街道'"), 1);
}

TEST(DatabaseCopy, ACancelledCopyLeavesTheTargetEmpty) {
  test::TempDir dir;
  FixedClock clock("2026-12-07T10:00:00Z");
  FileDistrict source = fileDistrict(dir, clock);
  ASSERT_TRUE(source.db);
  auto target = test::createDatabase(dir, "target.sqlite");
  ASSERT_TRUE(target);
  Progress progress([&](double fraction, const std::string&) {
    if (fraction > 0.3) progress.cancel();
  });
  auto copied = copyDatabase(*source.db, *target, clock, Actor::system("t"), "x", &progress);
  ASSERT_FALSE(copied.ok());
  EXPECT_EQ(copied.error().code, ErrorCode::Cancelled);
  EXPECT_EQ(test::count(*target, "SELECT count(*) FROM household"), 0);
  EXPECT_EQ(test::count(*target, "SELECT count(*) FROM audit_log"), 0);
  EXPECT_TRUE(*holdsNoPlaces(*target));
}

//! A generated district of two communities on the backend the run tests, and the code of each.
struct TwoCommunities {
  test::SampleDatabase district;
  std::string first, second;
  long long firstId = -1;
};
TwoCommunities twoCommunities(const test::TempDir& dir, const Clock& clock) {
  TwoCommunities out;
  out.district = test::createGeneratedDatabase(dir, clock, Actor::system("test"), 6500, "district.sqlite");
  EXPECT_TRUE(out.district.db);
  if (!out.district.db) return out;
  Database& db = *out.district.db;
  EXPECT_GE(test::count(db, "SELECT count(*) FROM community"), 2);
  out.first = *db.queryText("SELECT admin_code FROM community ORDER BY id LIMIT 1");
  out.second = *db.queryText("SELECT admin_code FROM community ORDER BY id LIMIT 1 OFFSET 1");
  out.firstId = test::count(db, "SELECT min(id) FROM community");
  return out;
}

std::unique_ptr<Database> newFile(const test::TempDir& dir, const std::string& name, int srid) {
  Database::Options options;
  options.create = true;
  options.srid = srid;
  auto db = Database::open(dir.file(name), options);
  EXPECT_TRUE(db.ok()) << (db.ok() ? "" : db.error().describe());
  return db.ok() ? std::move(*db) : nullptr;
}

long long personOf(Database& db, long long communityId, int offset) {
  return test::count(db, "SELECT p.id FROM person p JOIN grid g ON g.id = p.grid_id WHERE g.community_id = " +
                             std::to_string(communityId) + " ORDER BY p.id LIMIT 1 OFFSET " + std::to_string(offset));
}

std::string careerOf(Database& db, long long person) {
  return *db.queryText("SELECT coalesce(career, '') FROM person WHERE id = " + std::to_string(person));
}

TEST(CommunityCopy, ACommunityGoesToAFileAndComesBackWithTheFilesEdits) {
  test::TempDir dir;
  FixedClock clock("2026-12-07T10:00:00Z");
  TwoCommunities two = twoCommunities(dir, clock);
  ASSERT_TRUE(two.district.db);
  Database& district = *two.district.db;
  const std::string inFirst =
      " FROM household h JOIN grid g ON g.id = h.grid_id WHERE g.community_id = " + std::to_string(two.firstId);

  auto file = newFile(dir, "community.sqlite", district.srid());
  ASSERT_TRUE(file);
  auto pulled = pullCommunity(district, *file, two.first, clock, Actor::system("gridctl server pull"), "the server");
  ASSERT_TRUE(pulled.ok()) << pulled.error().describe();
  // The community whole: its households, persons and events, with their ids.
  EXPECT_EQ(test::count(*file, "SELECT count(*)" + inFirst), test::count(district, "SELECT count(*)" + inFirst));
  EXPECT_EQ(test::count(*file, "SELECT sum(h.id + h.row_version)" + inFirst),
            test::count(district, "SELECT sum(h.id + h.row_version)" + inFirst));
  const std::string personsOfFirst =
      "SELECT count(*) FROM person p JOIN grid g ON g.id = p.grid_id WHERE "
      "g.community_id = " +
      std::to_string(two.firstId);
  EXPECT_EQ(test::count(*file, personsOfFirst), test::count(district, personsOfFirst));
  const std::string eventsOfFirst =
      "SELECT count(*) FROM event e JOIN grid g ON g.id = e.occur_grid_id WHERE "
      "g.community_id = " +
      std::to_string(two.firstId);
  EXPECT_GT(test::count(district, eventsOfFirst), 0);
  EXPECT_EQ(test::count(*file, eventsOfFirst), test::count(district, eventsOfFirst));
  // Not the other community: at most the few records the first one points to (a party link across the border).
  const std::string households = "SELECT count(*) FROM household";
  EXPECT_LT(test::count(*file, households) - test::count(*file, "SELECT count(*)" + inFirst), 20);
  EXPECT_LT(test::count(*file, households), test::count(district, households) * 2 / 3);
  EXPECT_EQ(test::count(*file,
                        "SELECT count(*) FROM grid g JOIN community c ON c.id = g.community_id WHERE "
                        "c.admin_code = '" +
                            two.second + "'"),
            0);
  // The district's accounts, and the same key opens the ID numbers.
  EXPECT_EQ(test::count(*file, "SELECT count(*) FROM app_user"),
            test::count(district, "SELECT count(*) FROM app_user"));
  auto cipher = loadDatabaseKey(*file);
  ASSERT_TRUE(cipher.ok()) << cipher.error().describe();
  auto blob = file->prepare("SELECT id_cipher FROM person WHERE id_cipher IS NOT NULL ORDER BY id LIMIT 1");
  ASSERT_TRUE(blob.ok());
  ASSERT_TRUE(*blob->step());
  ASSERT_TRUE(cipher->decrypt(blob->blob(0)).ok());
  // The history of its records, chained anew, closed by the row naming the server's head.
  EXPECT_GT(pulled->history, 0);
  EXPECT_EQ(*verifyAuditChain(*file), -1);
  EXPECT_EQ(test::count(*file,
                        "SELECT count(*) FROM audit_log a WHERE table_name = 'event' AND NOT EXISTS (SELECT 1 "
                        "FROM event e WHERE e.id = a.record_id)"),
            0)
      << "only the history of records the file holds";
  const std::string head = *district.queryText("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1");
  EXPECT_NE(file->queryText("SELECT after_json FROM audit_log ORDER BY id DESC LIMIT 1")->find(head),
            std::string::npos);
  EXPECT_EQ(*file->meta("pulled_community"), two.first);
  {
    auto marks = pulledCommunityOf(*file);
    ASSERT_TRUE(marks.ok() && marks->has_value());
    EXPECT_EQ((*marks)->code, two.first);
    EXPECT_EQ((*marks)->name, *district.queryText("SELECT name FROM community WHERE admin_code = '" + two.first + "'"));
    EXPECT_EQ((*marks)->from, "the server");
    EXPECT_TRUE((*marks)->pushed.empty());
    auto none = pulledCommunityOf(district);
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none->has_value());
  }

  // Offline: a person changed, a new household with its head, a care record removed.
  RecordWriter fileWriter(*file, clock);
  const Actor offline = Actor::system("网格员 离线");
  const long long changed = personOf(*file, two.firstId, 0);
  ASSERT_TRUE(fileWriter.update(offline, "person", changed, {{"career", "离线修改"}}).ok());
  const long long building = test::count(*file, "SELECT h.building_id" + inFirst + " ORDER BY h.id LIMIT 1");
  const long long grid = test::count(*file, "SELECT h.grid_id" + inFirst + " ORDER BY h.id LIMIT 1");
  auto household = fileWriter.insert(offline, "household", {{"grid_id", grid}, {"building_id", building}});
  ASSERT_TRUE(household.ok()) << household.error().describe();
  auto person =
      fileWriter.insert(offline, "person", {{"household_id", *household}, {"grid_id", grid}, {"name", "新来的"}});
  ASSERT_TRUE(person.ok()) << person.error().describe();
  ASSERT_TRUE(fileWriter.update(offline, "household", *household, {{"head_person_id", *person}}).ok());
  const long long care =
      test::count(*file,
                  "SELECT min(c.id) FROM person_care c JOIN person p ON p.id = c.person_id JOIN grid g ON g.id = "
                  "p.grid_id WHERE g.community_id = " +
                      std::to_string(two.firstId));
  ASSERT_GT(care, 0);
  ASSERT_TRUE(fileWriter.remove(offline, "person_care", care).ok());
  // Meanwhile on the server: another person of the community, and one of the other community.
  RecordWriter serverWriter(district, clock);
  const long long serverChanged = personOf(district, two.firstId, 1);
  const long long elsewhere = test::count(district,
                                          "SELECT p.id FROM person p JOIN grid g ON g.id = p.grid_id JOIN "
                                          "community c ON c.id = g.community_id WHERE c.admin_code = '" +
                                              two.second + "' ORDER BY p.id LIMIT 1");
  ASSERT_TRUE(serverWriter.update(Actor::system("王书记"), "person", serverChanged, {{"career", "服务器修改"}}).ok());
  ASSERT_TRUE(serverWriter.update(Actor::system("王书记"), "person", elsewhere, {{"career", "别的社区"}}).ok());
  const long long householdsBefore = test::count(district, "SELECT count(*)" + inFirst);
  const long long auditsBefore = test::count(district, "SELECT count(*) FROM audit_log");
  const long long gridHouseholds =
      test::count(district, "SELECT households FROM grid_stats WHERE grid_id = " + std::to_string(grid));

  // A signed-in session's scope views shadow the tables by name: the push reads the schema's own keys and columns.
  for (Database* connection : {file.get(), &district})
    ASSERT_TRUE(connection->exec("CREATE TEMP VIEW person AS SELECT id AS shadow FROM main.person").ok());
  auto pushed =
      pushCommunity(*file, district, two.first, clock, Actor::system("gridctl server push"), "community.sqlite");
  ASSERT_TRUE(pushed.ok()) << pushed.error().describe();
  EXPECT_FALSE((*pulledCommunityOf(*file))->pushed.empty());
  for (Database* connection : {file.get(), &district}) ASSERT_TRUE(connection->exec("DROP VIEW temp.person").ok());
  EXPECT_EQ(pushed->inserted, 2);
  EXPECT_EQ(pushed->updated, 1);
  EXPECT_EQ(pushed->deleted, 1);
  EXPECT_EQ(careerOf(district, changed), "离线修改");
  EXPECT_EQ(careerOf(district, serverChanged), "服务器修改") << "the server's own edit stays";
  EXPECT_EQ(careerOf(district, elsewhere), "别的社区");
  EXPECT_EQ(test::count(district, "SELECT count(*) FROM person_care WHERE id = " + std::to_string(care)), 0);
  EXPECT_EQ(test::count(district, "SELECT count(*)" + inFirst), householdsBefore + 1);
  // The new household and its head point to each other by their server ids.
  const long long newPerson = test::count(district, "SELECT id FROM person WHERE name = '新来的'");
  const long long newHousehold = test::count(district, "SELECT household_id FROM person WHERE name = '新来的'");
  EXPECT_EQ(test::count(district, "SELECT head_person_id FROM household WHERE id = " + std::to_string(newHousehold)),
            newPerson);
  EXPECT_EQ(test::count(district, "SELECT grid_id FROM household WHERE id = " + std::to_string(newHousehold)), grid);
  EXPECT_EQ(test::count(district, "SELECT households FROM grid_stats WHERE grid_id = " + std::to_string(grid)),
            gridHouseholds + 1);
  // The file's audit rows continue the server's chain, and one more row says what the push wrote.
  EXPECT_EQ(pushed->history, 5);
  EXPECT_EQ(test::count(district, "SELECT count(*) FROM audit_log"), auditsBefore + 6);
  EXPECT_EQ(*verifyAuditChain(district), -1);
  EXPECT_EQ(
      *district.queryText("SELECT actor FROM audit_log WHERE table_name = 'person_care' ORDER BY id DESC LIMIT 1"),
      "网格员 离线");
  EXPECT_EQ(*district.queryText("SELECT reason FROM audit_log ORDER BY id DESC LIMIT 1"),
            "community " + two.first + " pushed from community.sqlite");

  // The same file is not pushed twice.
  auto again = pushCommunity(*file, district, two.first, clock, Actor::system("t"), "community.sqlite");
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::Conflict);
  EXPECT_NE(again.error().message.find("pushed already"), std::string::npos) << again.error().message;
}

TEST(CommunityCopy, APushWritesNothingWhenTheServerChangedTheSameRecordOrTheFileWentOutside) {
  test::TempDir dir;
  FixedClock clock("2026-12-07T10:00:00Z");
  TwoCommunities two = twoCommunities(dir, clock);
  ASSERT_TRUE(two.district.db);
  Database& district = *two.district.db;
  auto file = newFile(dir, "community.sqlite", district.srid());
  ASSERT_TRUE(file);
  ASSERT_TRUE(pullCommunity(district, *file, two.first, clock, Actor::system("t"), "the server").ok());
  const long long person = personOf(*file, two.firstId, 3);
  RecordWriter fileWriter(*file, clock);
  ASSERT_TRUE(fileWriter.update(Actor::system("离线"), "person", person, {{"career", "文件"}}).ok());
  RecordWriter serverWriter(district, clock);
  ASSERT_TRUE(serverWriter.update(Actor::system("李四"), "person", person, {{"career", "服务器"}}).ok());
  const long long audits = test::count(district, "SELECT count(*) FROM audit_log");

  auto pushed = pushCommunity(*file, district, two.first, clock, Actor::system("t"), "community.sqlite");
  ASSERT_FALSE(pushed.ok());
  EXPECT_EQ(pushed.error().code, ErrorCode::Conflict);
  EXPECT_NE(pushed.error().message.find("person " + std::to_string(person)), std::string::npos)
      << pushed.error().message;
  EXPECT_NE(pushed.error().message.find("李四"), std::string::npos) << pushed.error().message;
  EXPECT_EQ(careerOf(district, person), "服务器");
  EXPECT_EQ(test::count(district, "SELECT count(*) FROM audit_log"), audits);

  // A file that changed a property company (a shared table, not the community's) is refused too.
  auto second = newFile(dir, "second.sqlite", district.srid());
  ASSERT_TRUE(second);
  ASSERT_TRUE(pullCommunity(district, *second, two.first, clock, Actor::system("t"), "the server").ok());
  RecordWriter secondWriter(*second, clock);
  ASSERT_TRUE(secondWriter.update(Actor::system("离线"), "person", person, {{"career", "文件"}}).ok());
  const long long company = test::count(*second, "SELECT min(id) FROM property_company");
  ASSERT_TRUE(secondWriter.update(Actor::system("离线"), "property_company", company, {{"name", "改名物业"}}).ok());
  auto outside = pushCommunity(*second, district, two.first, clock, Actor::system("t"), "second.sqlite");
  ASSERT_FALSE(outside.ok());
  EXPECT_NE(outside.error().message.find("outside community " + two.first), std::string::npos)
      << outside.error().message;
  EXPECT_NE(outside.error().message.find("property_company " + std::to_string(company)), std::string::npos);
  EXPECT_EQ(careerOf(district, person), "服务器") << "nothing of the file was written";
  EXPECT_EQ(test::count(district, "SELECT count(*) FROM audit_log"), audits);

  // A record the file took out of the community (no grid, no household) is not removed from the server either.
  auto third = newFile(dir, "third.sqlite", district.srid());
  ASSERT_TRUE(third);
  ASSERT_TRUE(pullCommunity(district, *third, two.first, clock, Actor::system("t"), "the server").ok());
  const long long detached = personOf(*third, two.firstId, 5);
  ASSERT_TRUE(
      third->exec("UPDATE person SET grid_id = NULL, household_id = NULL WHERE id = " + std::to_string(detached)).ok());
  auto moved = pushCommunity(*third, district, two.first, clock, Actor::system("t"), "third.sqlite");
  ASSERT_FALSE(moved.ok());
  EXPECT_NE(moved.error().message.find("person " + std::to_string(detached) + " (moved out of the community)"),
            std::string::npos)
      << moved.error().message;
  EXPECT_EQ(test::count(district, "SELECT count(*) FROM person WHERE id = " + std::to_string(detached)), 1);
  EXPECT_EQ(test::count(district, "SELECT count(*) FROM audit_log"), audits);

  // A file pulled for one community is not pushed as another, nor a file that was never pulled.
  auto other = pushCommunity(*file, district, two.second, clock, Actor::system("t"), "community.sqlite");
  ASSERT_FALSE(other.ok());
  EXPECT_NE(other.error().message.find("--community " + two.first), std::string::npos) << other.error().message;
  auto plain = newFile(dir, "plain.sqlite", district.srid());
  auto never = pushCommunity(*plain, district, two.first, clock, Actor::system("t"), "plain.sqlite");
  ASSERT_FALSE(never.ok());
  EXPECT_NE(never.error().message.find("server pull"), std::string::npos) << never.error().message;
}

}  // namespace
}  // namespace grid
