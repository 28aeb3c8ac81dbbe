// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/sample_district.h"

#include <array>
#include <cstdio>
#include <random>
#include <string>

#include "ledger/id_number.h"
#include "storage/building_repository.h"
#include "storage/org_repository.h"
#include "storage/population_repository.h"

namespace grid {
namespace {

std::string rectangle(double x0, double y0, double x1, double y1) {
  char buffer[256];
  std::snprintf(buffer, sizeof buffer, "POLYGON((%.2f %.2f,%.2f %.2f,%.2f %.2f,%.2f %.2f,%.2f %.2f))", x0, y0, x1, y0,
                x1, y1, x0, y1, x0, y0);
  return buffer;
}

//! Deterministic small helper over mt19937 (whose sequence is fixed by the standard, unlike distributions).
class Random {
 public:
  explicit Random(unsigned seed) : m_engine(seed) {}
  int below(int n) { return static_cast<int>(m_engine() % static_cast<unsigned>(n)); }
  int between(int low, int high) { return low + below(high - low + 1); }

 private:
  std::mt19937 m_engine;
};

constexpr std::array<const char*, 24> kSurnames{"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
                                                "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋"};
constexpr std::array<const char*, 32> kGiven{"伟",   "芳",   "娜",   "秀英", "敏",   "静",   "丽",   "强",
                                             "磊",   "军",   "洋",   "勇",   "艳",   "杰",   "娟",   "涛",
                                             "明",   "超",   "秀兰", "霞",   "平",   "刚",   "建国", "卫东",
                                             "海燕", "子涵", "浩然", "欣怡", "宇轩", "梓萱", "晓东", "春梅"};

std::string fakeIdNumber(Random& random, int year, bool male) {
  char first17[18];
  const int month = random.between(1, 12);
  const int day = random.between(1, 28);
  int sequence = random.between(1, 499) * 2;  // even
  if (male) sequence -= 1;                    // odd = male
  std::snprintf(first17, sizeof first17, "440310%04d%02d%02d%03d", year, month, day, sequence);
  return std::string(first17) + idNumberCheckCharacter(first17);
}

std::string mobile(Random& random) {
  static constexpr std::array<const char*, 6> kPrefixes{"138", "139", "136", "150", "186", "177"};
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%s%08d", kPrefixes[random.below(6)], random.between(0, 99999999));
  return buffer;
}

}  // namespace

Result<SampleSummary> writeSampleDistrict(Database& database, const FieldCipher& cipher, const Clock& clock,
                                          const Actor& actor, unsigned seed, Progress* progress) {
  if (database.srid() != 4547)
    return makeError(ErrorCode::Unsupported,
                     "The sample district is drawn in EPSG:4547; create the database with that CRS.");
  auto existing = database.queryInt("SELECT count(*) FROM community");
  if (!existing) return existing.error();
  if (*existing > 0)
    return makeError(ErrorCode::Conflict, "The database already holds communities; use an empty database.");

  RecordWriter writer(database, clock);
  OrgRepository org(writer);
  BuildingRepository buildings(writer);
  PopulationRepository population(writer, cipher);
  Random random(seed);
  SampleSummary summary;

  Transaction transaction(database);
  if (!transaction.begun()) return transaction.begun().error();

  // Layout (metres, EPSG:4547 near 114.35°E 22.7°N): the community is 1,000 × 800 m, four grids of 500 × 400 m.
  const double x0 = 535000, y0 = 2510000;
  auto district = org.createDistrict(actor, {-1, "440310", "坪山区"});
  if (!district) return district.error();
  auto street = org.createStreet(
      actor, {-1, *district, "440310001", "和平街道", rectangle(x0 - 300, y0 - 300, x0 + 1300, y0 + 1100)});
  if (!street) return street.error();
  Community communityInput{
      -1, *street, "440310001002", "和平社区", 300, "0755-84600000", rectangle(x0, y0, x0 + 1000, y0 + 800)};
  auto community = org.createCommunity(actor, communityInput);
  if (!community) return community.error();
  std::array<long long, 2> areas{};
  for (int a = 0; a < 2; ++a) {
    auto area = org.createArea(actor, {-1, *community, a + 1, a == 0 ? "北片区" : "南片区",
                                       rectangle(x0, y0 + 400 * (1 - a), x0 + 1000, y0 + 400 * (2 - a))});
    if (!area) return area.error();
    areas[a] = *area;
  }

  // Roads on the community edge and between grids; a river along the south.
  const std::array<std::string, 5> roads{
      "LINESTRING(534700 2510400,536300 2510400)", "LINESTRING(535500 2509700,535500 2511100)",
      "LINESTRING(534700 2510810,536300 2510810)", "LINESTRING(534990 2509700,534990 2511100)",
      "LINESTRING(536010 2509700,536010 2511100)"};
  const std::array<const char*, 5> roadNames{"和平路", "建设路", "北环路", "西环路", "东环路"};
  for (std::size_t r = 0; r < roads.size(); ++r)
    if (auto id =
            writer.insert(actor, "base_road",
                          {{"name", roadNames[r]}, {"kind", r < 2 ? "primary" : "secondary"}, {"geom", Wkt{roads[r]}}});
        !id)
      return id.error();
  if (auto id = writer.insert(
          actor, "base_water",
          {{"name", "坪山河"}, {"kind", "river"}, {"geom", Wkt{rectangle(x0 - 300, y0 - 120, x0 + 1300, y0 - 60)}}});
      !id)
    return id.error();

  for (int g = 0; g < 4; ++g) {
    if (progress) {
      if (progress->isCancelled())
        return makeError(ErrorCode::Cancelled, "Sample generation cancelled; nothing was written.");
      progress->report(g / 4.0, "grid " + std::to_string(g + 1));
    }
    const int column = g % 2, row = g / 2;
    const double gx = x0 + 500 * column, gy = y0 + 400 * (1 - row);
    Grid gridInput;
    gridInput.communityId = *community;
    gridInput.areaId = areas[row];
    gridInput.sequence = g + 1;
    gridInput.name = "和平社区第" + std::to_string(g + 1) + "网格";
    gridInput.supervisionPhone = "0755-8460000" + std::to_string(g + 1);
    gridInput.boundary = rectangle(gx, gy, gx + 500, gy + 400);
    auto gridId = org.createGrid(actor, gridInput);
    if (!gridId) return gridId.error();
    ++summary.grids;

    auto staff = writer.insert(actor, "staff",
                               {{"name", std::string(kSurnames[random.below(24)]) + kGiven[random.below(32)]},
                                {"work_phone", mobile(random)},
                                {"active", 1LL}});
    if (!staff) return staff.error();
    if (auto a = writer.insert(actor, "staff_assignment",
                               {{"staff_id", *staff},
                                {"role_code", "GRID_WORKER"},
                                {"level", "grid"},
                                {"target_id", *gridId},
                                {"position_type", "full_time"},
                                {"start_date", "2024-01-01"}});
        !a)
      return a.error();

    // 3 rows × 4 walk-ups (6 floors, 2 units, 2 rooms per landing) and one 18-floor tower in the first row.
    for (int b = 0; b < 13; ++b) {
      Building building;
      building.gridId = *gridId;
      const bool tower = b == 12;
      const double bx = tower ? gx + 400 : gx + 40 + (b % 4) * 85;
      const double by = tower ? gy + 40 : gy + 60 + (b / 4) * 110;
      building.footprint = tower ? rectangle(bx, by, bx + 40, by + 30) : rectangle(bx, by, bx + 60, by + 14);
      building.floorsAbove = tower ? 18 : 6;
      building.unitsCount = 2;
      building.hasElevator = tower;
      building.typeCode = tower ? "high_rise" : "residential";
      building.structureCode = tower ? "rc" : "brick_concrete";
      building.name =
          "和平" + std::string(tower ? "花园" : "新村") + std::to_string(g + 1) + "-" + std::to_string(b + 1) + "栋";
      building.address = "坪山区和平路" + std::to_string(10 + g * 20 + b) + "号";
      auto buildingId = buildings.createBuilding(actor, building);
      if (!buildingId) return buildingId.error();
      ++summary.buildings;
      for (int unit = 1; unit <= building.unitsCount; ++unit) {
        for (int floor = 1; floor <= building.floorsAbove; ++floor) {
          for (int room = 1; room <= 2; ++room) {
            House house;
            house.buildingId = *buildingId;
            house.unitNo = unit;
            house.floor = floor;
            house.roomNo = std::to_string(floor * 100 + room);
            house.areaM2 = 60.0 + random.between(0, 50);
            auto houseId = buildings.createHouse(actor, house);
            if (!houseId) return houseId.error();
            if (random.below(100) < (tower ? 70 : 88)) {
              Household household;
              household.houseId = *houseId;
              const int kind = random.below(100);
              household.householdType = kind < 70 ? "registered" : kind < 90 ? "rental" : "floating";
              auto householdId = population.createHousehold(actor, household);
              if (!householdId) return householdId.error();
              ++summary.households;
              const std::string surname = kSurnames[random.below(24)];
              const int members = random.between(1, 4);
              const int headYear = random.between(1945, 1995);
              for (int m = 0; m < members; ++m) {
                Person person;
                person.householdId = *householdId;
                const bool male = (m == 0) ? random.below(2) == 0 : (m == 1 ? false : random.below(2) == 0);
                const int year = m == 0   ? headYear
                                 : m == 1 ? headYear + random.between(-3, 3)
                                          : headYear + random.between(22, 32);
                person.name = (m == 1 ? std::string(kSurnames[random.below(24)]) : surname) + kGiven[random.below(32)];
                person.idNumber = fakeIdNumber(random, std::min(year, 2020), male);
                person.relationCode = m == 0 ? "02" : m == 1 ? (male ? "11" : "12") : (male ? "20" : "30");
                person.populationType = household.householdType == "registered" ? "registered" : "floating";
                person.politicalCode = random.below(100) < 8 ? "01" : "13";
                person.nationCode = "01";
                if (m < 2 && random.below(2) == 0) person.mobile = mobile(random);
                auto personId = population.createPerson(actor, person);
                if (!personId) {
                  // A collision of two random fake ID numbers is possible; skip that person, keep the household.
                  if (personId.error().code == ErrorCode::Conflict) continue;
                  return personId.error();
                }
                ++summary.persons;
              }
            }
          }
        }
      }
    }
  }
  if (auto s = transaction.commit(); !s) return s.error();
  if (progress) progress->report(1.0, "done");
  return summary;
}

}  // namespace grid
