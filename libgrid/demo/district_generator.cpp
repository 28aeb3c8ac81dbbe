// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/district_generator.h"

#include "workflow/event_simulation.h"
#include "visits/visits.h"

#include <algorithm>
#include <array>
#include <map>
#include <cmath>
#include <cstdio>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "ledger/id_number.h"
#include "ledger/phone.h"
#include "security/crypto.h"
#include "storage/bulk_inserter.h"
#include "storage/bulk_load_indexes.h"
#include "storage/grid_stats.h"
#include "storage/database.h"
#include "storage/record_writer.h"
#include "registry/visit_rules.h"

namespace grid {
namespace {

// ---- Layout (metres, EPSG:4547) --------------------------------------------------------------------------------
// A block is one grid: 240 × 200 m including half of the surrounding roads. A community is 4 × 3 blocks, a street
// 3 × 2 communities, a district 5 × 6 streets (at most 30 streets, so street codes stay in 001-099).
constexpr double kBlockWidth = 240, kBlockHeight = 200, kRoadInset = 12;
constexpr int kCommunityCols = 4, kCommunityRows = 3, kGridsPerCommunity = kCommunityCols * kCommunityRows;
constexpr int kStreetCols = 3, kStreetRows = 2, kCommunitiesPerStreet = kStreetCols * kStreetRows;
constexpr int kDistrictCols = 5, kDistrictRows = 6, kStreetsPerDistrict = kDistrictCols * kDistrictRows;
constexpr double kCommunityWidth = kCommunityCols * kBlockWidth, kCommunityHeight = kCommunityRows * kBlockHeight;
constexpr double kStreetWidth = kStreetCols * kCommunityWidth, kStreetHeight = kStreetRows * kCommunityHeight;
constexpr double kDistrictWidth = kDistrictCols * kStreetWidth, kDistrictHeight = kDistrictRows * kStreetHeight;
constexpr double kOriginX = 520000, kOriginY = 2500000;
constexpr double kOccupancy = 0.94;  // dwellings with a household

// ---- Deterministic randomness (mt19937_64's sequence is fixed by the standard; distributions are not) ----------
class Random {
 public:
  explicit Random(unsigned seed) : m_engine(seed) {}
  int below(int n) { return static_cast<int>(m_engine() % static_cast<std::uint64_t>(n)); }
  int between(int low, int high) { return low + below(high - low + 1); }
  double uniform() { return static_cast<double>(m_engine() >> 11) * (1.0 / 9007199254740992.0); }
  bool chance(double p) { return uniform() < p; }
  //! Index drawn with the given weights.
  template <std::size_t N>
  int weighted(const std::array<double, N>& weights) {
    double total = 0;
    for (double w : weights) total += w;
    double r = uniform() * total;
    for (std::size_t i = 0; i < N; ++i) {
      if (r < weights[i]) return static_cast<int>(i);
      r -= weights[i];
    }
    return static_cast<int>(N - 1);
  }

 private:
  std::mt19937_64 m_engine;
};

// ---- Dates (days since 1970-01-01, proleptic Gregorian; H. Hinnant's algorithms) -------------------------------
long long daysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long long>(doe) - 719468;
}

void civilFromDays(long long z, int& y, int& m, int& d) {
  z += 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  y = static_cast<int>(yoe + era * 400 + (m <= 2));
}

std::string isoDate(long long days) {
  int y, m, d;
  civilFromDays(days, y, m, d);
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", y, m, d);
  return buffer;
}

std::string isoDateTime(long long days, int minuteOfDay) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%sT%02d:%02d:00Z", isoDate(days).c_str(), minuteOfDay / 60, minuteOfDay % 60);
  return buffer;
}

std::string rectangle(double x0, double y0, double x1, double y1) {
  char buffer[200];
  std::snprintf(buffer, sizeof buffer, "POLYGON((%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f))", x0, y0, x1, y0,
                x1, y1, x0, y1, x0, y0);
  return buffer;
}

std::string point(double x, double y) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "POINT(%.1f %.1f)", x, y);
  return buffer;
}

std::string padded(long long value, int width) {
  std::string text = std::to_string(value);
  return std::string(static_cast<std::size_t>(std::max(0, width - static_cast<int>(text.size()))), '0') + text;
}

// ---- Names and codes ------------------------------------------------------------------------------------------
constexpr std::array<const char*, 60> kSurnames{
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
    "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡",
    "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "欧阳"};
constexpr std::array<const char*, 64> kGivenCharacters{
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "霞", "平", "刚",
    "桂", "英", "华", "玉", "兰", "秀", "建", "国", "卫", "东", "海", "燕", "红", "梅", "志", "文", "俊", "辉", "鹏", "飞",
    "宇", "轩", "浩", "然", "子", "涵", "欣", "怡", "梓", "萱", "晨", "阳", "嘉", "琪", "思", "雨", "博", "婷", "佳", "宁",
    "瑞", "泽", "诗", "雅"};
constexpr std::array<const char*, 12> kDistrictNames{"和平区", "东湖区", "西山区", "南江区", "北辰区", "新城区",
                                                     "滨海区", "青山区", "长安区", "云溪区", "金沙区", "龙泉区"};
constexpr std::array<const char*, 16> kPlaceWords{"和平", "建设", "幸福", "光明", "新华", "人民", "文化", "友谊",
                                                  "朝阳", "红星", "民主", "团结", "胜利", "春风", "桃源", "锦绣"};
constexpr std::array<const char*, 8> kEstateSuffix{"花园", "小区", "家园", "苑", "新村", "雅居", "公寓", "名苑"};
constexpr std::array<const char*, 10> kCompanySuffix{"物业管理有限公司", "物业服务有限公司", "物业发展有限公司", "物业有限公司",
                                                     "物业管理服务中心", "物业管理有限公司", "物业服务有限公司",
                                                     "物业科技有限公司", "物业集团有限公司", "物业管理有限公司"};
//! County codes where floating residents' ID numbers were issued (all checked as valid division codes).
constexpr std::array<const char*, 40> kOtherCounties{
    "513021", "430521", "360421", "412726", "452122", "350521", "362422", "431121", "510722", "421222",
    "441581", "445221", "440882", "450881", "460100", "530111", "522124", "500230", "341221", "320721",
    "370826", "130421", "140121", "610121", "620102", "411323", "420621", "432522", "511028", "350322",
    "440583", "445122", "441621", "440923", "442000", "450325", "360781", "362330", "431022", "513922"};

std::string personName(Random& random, const std::string& surname) {
  std::string name = surname + kGivenCharacters[random.below(64)];
  if (random.chance(0.7)) name += kGivenCharacters[random.below(64)];
  return name;
}

std::string mobile(Random& random) {
  static constexpr std::array<const char*, 12> kPrefixes{"138", "139", "136", "137", "150", "151",
                                                         "158", "186", "188", "177", "135", "189"};
  return std::string(kPrefixes[random.below(12)]) + padded(random.between(0, 99999999), 8);
}

// ---- ID numbers, unique by construction ----------------------------------------------------------------------
//! Hands out ID numbers: for every (address code, birth day, sex) a counter picks the next free sequence number
//! (odd for men, even for women). Memory: 2 bytes per bucket, about 6 MB for 40 address codes over 100 years.
class IdNumberFactory {
 public:
  IdNumberFactory(std::vector<std::string> addressCodes, long long firstDay, long long lastDay)
      : m_codes(std::move(addressCodes)), m_firstDay(firstDay), m_days(lastDay - firstDay + 1),
        m_used(m_codes.size() * static_cast<std::size_t>(m_days) * 2, 0) {}

  std::string make(std::size_t code, long long birthDay, bool male) {
    for (long long day = std::clamp(birthDay, m_firstDay, m_firstDay + m_days - 1);; ++day) {
      if (day >= m_firstDay + m_days) day = m_firstDay;
      const std::size_t bucket = (code * static_cast<std::size_t>(m_days) + static_cast<std::size_t>(day - m_firstDay)) * 2 + (male ? 1 : 0);
      if (m_used[bucket] >= 499) continue;
      const int sequence = 2 * m_used[bucket]++ + (male ? 1 : 2);
      int y, m, d;
      civilFromDays(day, y, m, d);
      char first17[18];
      std::snprintf(first17, sizeof first17, "%s%04d%02d%02d%03d", m_codes[code].c_str(), y, m, d, sequence);
      return std::string(first17) + idNumberCheckCharacter(first17);
    }
  }
  std::size_t codeIndex(const std::string& code) const {
    return static_cast<std::size_t>(std::find(m_codes.begin(), m_codes.end(), code) - m_codes.begin());
  }

 private:
  std::vector<std::string> m_codes;
  long long m_firstDay;
  long long m_days;
  std::vector<std::uint16_t> m_used;
};

// ---- Buildings in a block ---------------------------------------------------------------------------------------
enum class BlockType { HighRise, WalkUp, MidRise, Villa, UrbanVillage };

struct Footprint {
  double x0, y0, x1, y1;
};

//! Places rectangles row by row inside a rectangle; never overlapping, never outside.
class RowPacker {
 public:
  RowPacker(double x0, double y0, double x1, double y1) : m_x0(x0), m_x1(x1), m_y1(y1), m_cursorX(x0), m_rowY(y0) {}
  std::optional<Footprint> place(double width, double depth, double gapX, double gapY) {
    if (m_cursorX + width > m_x1) {
      m_rowY += m_rowDepth + gapY;
      m_cursorX = m_x0;
      m_rowDepth = 0;
    }
    if (m_cursorX + width > m_x1 || m_rowY + depth > m_y1) return std::nullopt;
    Footprint f{m_cursorX, m_rowY, m_cursorX + width, m_rowY + depth};
    m_cursorX += width + gapX;
    m_rowDepth = std::max(m_rowDepth, depth);
    return f;
  }

 private:
  double m_x0, m_x1, m_y1, m_cursorX, m_rowY, m_rowDepth = 0;
};

struct BuildingPlan {
  std::string typeCode, usesCode, structureCode, nameSuffix;
  int units = 1, floors = 1, roomsPerLanding = 1;
  bool elevator = false;
  double width = 10, depth = 10, gapX = 6, gapY = 10;
  int dwellings() const { return units * floors * roomsPerLanding; }
};

//! A residential building of the block's type with at most \a maxDwellings dwellings (0 when none fits).
BuildingPlan residentialPlan(BlockType type, Random& random, int maxDwellings) {
  BuildingPlan p;
  p.usesCode = "residential";
  switch (type) {
    case BlockType::HighRise:
      p = {"high_rise", "residential", "rc", "栋", random.between(2, 6), random.between(18, 33), 2, true};
      while (p.dwellings() > maxDwellings && p.units > 2) --p.units;
      while (p.dwellings() > maxDwellings && p.floors > 18) --p.floors;
      p.width = 14.0 * p.units + 4;
      p.depth = 20;
      p.gapX = 24;
      p.gapY = 30;
      break;
    case BlockType::MidRise:
      p = {"residential", "residential", "rc", "栋", random.between(2, 3), random.between(9, 12), 2, true};
      p.width = 16.0 * p.units;
      p.depth = 14;
      p.gapX = 14;
      p.gapY = 22;
      break;
    case BlockType::WalkUp:
      p = {"residential", "residential", "brick_concrete", "栋", random.between(2, 3), 6, 2, false};
      p.width = 14.0 * p.units;
      p.depth = 12;
      p.gapX = 10;
      p.gapY = 16;
      break;
    case BlockType::Villa:
      p = {"villa", "residential", "rc", "号", 1, random.between(2, 3), 1, false};
      p.floors = 1;  // one dwelling per villa; floor count goes into the record below
      p.width = 14;
      p.depth = 12;
      p.gapX = 8;
      p.gapY = 10;
      break;
    case BlockType::UrbanVillage:
      p = {"residential", "mixed", "brick_concrete", "号", 1, random.between(3, 6), random.chance(0.7) ? 1 : 2, false};
      p.width = random.between(9, 12);
      p.depth = 10;
      p.gapX = 2.5;
      p.gapY = 3;
      break;
  }
  while (p.dwellings() > maxDwellings && p.floors > 1) --p.floors;
  if (p.dwellings() > maxDwellings) p.units = 0;  // nothing of this type fits: dwellings() == 0
  return p;
}

// ---- Event templates ------------------------------------------------------------------------------------------


// ---- The generator ---------------------------------------------------------------------------------------------
struct Inserters {
  std::optional<BulkInserter> community, area, grid, gridPlan, gridVersion, estate, company, building, house, household,
      person, staff, assignment, partyOrg, partyMember, partyLink, keyPerson, keyPlace, keyMatter, keyMatterLink, patrol, qrToken, road, personCare;
};

class Generator {
 public:
  Generator(Database& db, const FieldCipher& cipher, const Clock& clock, const Actor& actor, const DistrictOptions& options)
      : m_db(db), m_cipher(cipher), m_writer(db, clock), m_actor(actor), m_options(options), m_random(options.seed), m_side(options.seed * 7919u + 17u),
        m_asOf(0), m_ids(std::vector<std::string>{}, 0, 0) {}

  Result<DistrictSummary> run(Progress* progress);

 private:
  Status prepareInserters();
  Status writeCommunity(int index, long long streetId, const std::string& streetCode, const std::string& districtCode,
                        double x0, double y0);
  Status writeGrid(long long communityId, const std::string& communityCode, const std::string& communityName,
                   const std::string& districtCode, long long areaId, long long planId, int sequence, double x0,
                   double y0, long long instructorId, const std::vector<int>& facilities);
  Status writeBuildingResidents(long long buildingId, long long gridId, const std::string& buildingName,
                                const BuildingPlan& plan, BlockType type, const std::string& districtCode,
                                std::vector<long long>& householdsOut, std::vector<std::pair<long long, int>>& membersOut);
  Result<long long> addStaff(const std::string& name, const char* role, const char* level, long long target,
                             const char* positionType);
  Status writeRoads(double x0, double y0, int communityIndex);
  Status writeVisits(long long communityId, const std::vector<registry::VisitRule>& rules);

  Database& m_db;
  const FieldCipher& m_cipher;
  RecordWriter m_writer;
  Actor m_actor;
  DistrictOptions m_options;
  Random m_random;
  Random m_side;  //!< registration dates, care tags and visits, drawn apart from the layout and the people
  std::optional<BulkInserter> m_visitLog;
  long long m_asOf;
  IdNumberFactory m_ids;
  Inserters m_in;
  DistrictSummary m_summary;
  std::vector<long long> m_companies;
  long long m_nextCommunity = 1, m_nextArea = 1, m_nextGrid = 1, m_nextPlan = 1, m_nextEstate = 1, m_nextBuilding = 1,
            m_nextHouse = 1, m_nextHousehold = 1, m_nextPerson = 1, m_nextStaff = 1, m_nextPartyOrg = 1,
            m_nextPartyMember = 1, m_nextKeyMatter = 1;
  long long m_keyPersonCounter = 0, m_shopCounter = 0, m_colourCounter = 0;
  long long m_householdBudget = 0;
  long long m_currentStreetId = -1, m_currentCommunityId = -1, m_currentCommittee = -1;
  //! Per grid of the current community: a residential building and its centre, where the grid's key matters sit.
  std::map<long long, std::pair<long long, std::string>> m_gridAnchor;
  //! Households of the current grid with a party member; most get the 党员家庭 plaque (挂牌亮户).
  std::vector<long long> m_partyHouseholds;

  //! Id of the organisation at \a level that the grid \a gridId belongs to.
  long long orgAt(const std::string& level, long long gridId) const {
    return level == "street" ? m_currentStreetId : level == "community" ? m_currentCommunityId : gridId;
  }
};

Status Generator::prepareInserters() {
  struct Spec {
    std::optional<BulkInserter>* slot;
    const char* table;
    std::vector<std::string> columns;
  };
  const std::vector<Spec> specs{
      {&m_in.community, "community", {"id", "street_id", "admin_code", "valid_year", "urban_rural_class", "name", "address", "contact_phone", "supervision_phone", "geom"}},
      {&m_in.area, "area", {"id", "community_id", "sequence", "name", "geom"}},
      {&m_in.gridPlan, "grid_plan", {"id", "community_id", "version", "status", "household_target", "tolerance", "note", "created_by", "created_at", "accepted_at"}},
      {&m_in.grid, "grid", {"id", "community_id", "area_id", "grid_code", "sequence", "name", "kind", "household_target", "contact_phone", "supervision_phone", "scope_text", "service_hours", "plan_id", "created_at", "geom"}},
      {&m_in.gridVersion, "grid_version", {"plan_id", "grid_id", "grid_code", "name", "households", "geom"}},
      {&m_in.company, "property_company", {"id", "name", "credit_code", "phone", "address"}},
      {&m_in.estate, "estate", {"id", "community_id", "name", "address", "property_company_id", "built_year", "geom"}},
      {&m_in.building, "building", {"id", "grid_id", "estate_id", "building_code", "name", "address", "type_code", "uses_code", "structure_code", "built_year", "floors_above", "floors_below", "units_count", "has_elevator", "has_property_mgmt", "household_estimate", "source", "geom"}},
      {&m_in.house, "house", {"id", "building_id", "unit_no", "floor", "room_no", "layout_col", "uses_code", "area_m2", "is_rental"}},
      {&m_in.household, "household", {"id", "grid_id", "house_id", "building_id", "account_number", "household_type", "head_person_id", "members_count", "visit_count", "source_state", "created_by", "created_at"}},
      {&m_in.person, "person", {"id", "household_id", "grid_id", "name", "id_type", "id_cipher", "id_hmac", "id_masked", "gender", "birth_date", "population_type", "relation_code", "political_code", "nation_code", "education_code", "marital_code", "mobile_cipher", "mobile_masked", "inflow_reason_code", "inflow_date", "source_state", "created_by", "created_at"}},
      {&m_in.staff, "staff", {"id", "name", "gender", "work_phone", "political_code", "active", "registered_date"}},
      {&m_in.assignment, "staff_assignment", {"staff_id", "role_code", "level", "target_id", "position_type", "duties", "start_date"}},
      {&m_in.partyOrg, "party_org", {"id", "parent_id", "kind", "name", "community_id", "grid_id", "secretary_staff_id"}},
      {&m_in.partyMember, "party_member", {"id", "person_id", "party_org_id", "join_date", "full_member_date", "member_type_code", "in_service_registered", "link_limit", "exempt_code", "workplace_org", "in_service_date"}},
      {&m_in.partyLink, "party_link", {"party_member_id", "household_id", "link_type", "assigned_by", "contact_card_issued", "start_date"}},
      {&m_in.keyPerson, "key_person", {"person_id", "grid_id", "category_code", "attention_level", "under_attention", "detail_cipher", "helper_staff_id", "risk_colour", "last_visit_date", "next_visit_due", "created_at"}},
      {&m_in.keyPlace, "key_place", {"grid_id", "building_id", "name", "address", "classification_code", "key_types", "hidden_danger", "rectification", "listed_level", "attention_level", "risk_colour", "charge_person", "fire_level", "management_class", "created_at", "geom"}},
      {&m_in.keyMatter, "key_matter", {"id", "serial_number", "grid_id", "subject", "group_size", "group_type", "aspiration_code", "warning_level", "stability_unit", "stability_owner", "resolve_unit", "status", "origin", "registrant", "registered_at", "deadline", "next_review_date", "geom"}},
      {&m_in.keyMatterLink, "key_matter_link", {"key_matter_id", "object_type", "object_id"}},
      {&m_in.patrol, "patrol_log", {"grid_id", "staff_id", "log_type", "object_type", "object_id", "work_time", "place", "content", "has_exception", "geom"}},
      {&m_in.qrToken, "qr_token", {"token", "scope", "target_id", "issued_at"}},
      {&m_in.road, "base_road", {"name", "kind", "geom"}},
      {&m_in.personCare, "person_care", {"person_id", "care_code", "start_date"}},
  };
  for (const Spec& spec : specs) {
    auto inserter = BulkInserter::create(m_db, spec.table, spec.columns);
    if (!inserter) return inserter.error();
    spec.slot->emplace(std::move(*inserter));
  }
  return {};
}

Result<long long> Generator::addStaff(const std::string& name, const char* role, const char* level, long long target,
                                      const char* positionType) {
  const long long id = m_nextStaff++;
  if (auto s = m_in.staff->insert({id, name, m_random.chance(0.5) ? "M" : "F", mobile(m_random),
                                   m_random.chance(0.6) ? Value("01") : Value("13"), 1LL, "2023-01-01"});
      !s)
    return s.error();
  if (auto s = m_in.assignment->insert({id, role, level, target, positionType ? Value(positionType) : null(), null(),
                                        isoDate(m_asOf - m_random.between(30, 1500))});
      !s)
    return s.error();
  ++m_summary.staff;
  return id;
}

Status Generator::writeBuildingResidents(long long buildingId, long long gridId, const std::string& buildingName,
                                         const BuildingPlan& plan, BlockType type, const std::string& districtCode,
                                         std::vector<long long>& householdsOut,
                                         std::vector<std::pair<long long, int>>& membersOut) {
  const std::size_t localCode = m_ids.codeIndex(districtCode);
  const bool village = type == BlockType::UrbanVillage;
  for (int unit = 1; unit <= plan.units; ++unit) {
    for (int floor = 1; floor <= plan.floors; ++floor) {
      for (int room = 1; room <= plan.roomsPerLanding; ++room) {
        const long long houseId = m_nextHouse++;
        const bool rentalArea = village ? m_random.chance(0.7) : m_random.chance(0.18);
        const int roomNumber = (village ? floor + 1 : floor) * 100 + room;
        if (auto s = m_in.house->insert({houseId, buildingId, static_cast<long long>(unit), static_cast<long long>(village ? floor + 1 : floor),
                                         std::to_string(roomNumber), static_cast<long long>(room), village ? "dormitory" : "private",
                                         static_cast<double>(village ? m_random.between(18, 45) : m_random.between(55, 140)),
                                         rentalArea ? 1LL : 0LL});
            !s)
          return s;
        ++m_summary.dwellings;
        if (!m_random.chance(kOccupancy)) continue;

        // Household type and size.
        std::string householdType;
        int size = 0;
        if (village) {
          const int t = m_random.weighted(std::array<double, 3>{0.2, 0.55, 0.25});
          householdType = t == 0 ? "registered" : t == 1 ? "rental" : "floating";
        } else {
          const int t = m_random.weighted(std::array<double, 4>{0.70, 0.15, 0.10, 0.05});
          householdType = t == 0 ? "registered" : t == 1 ? "rental" : t == 2 ? "floating" : "vacant";
        }
        if (householdType == "registered")
          size = 1 + m_random.weighted(std::array<double, 6>{0.18, 0.30, 0.28, 0.14, 0.07, 0.03});
        else if (householdType == "rental")
          size = 1 + m_random.weighted(std::array<double, 4>{0.35, 0.35, 0.20, 0.10});
        else if (householdType == "floating")
          size = 1 + m_random.weighted(std::array<double, 3>{0.40, 0.35, 0.25});
        const long long householdId = m_nextHousehold++;
        const long long headId = size > 0 ? m_nextPerson : -1;
        const bool registered = householdType == "registered";
        const long long registeredDay = m_asOf - m_side.between(120, 2000);
        if (auto s = m_in.household->insert(
                {householdId, gridId, houseId, buildingId,
                 registered ? Value(districtCode + padded(m_random.between(0, 999999), 6)) : null(), householdType,
                 headId > 0 ? Value(headId) : null(), static_cast<long long>(size),
                 static_cast<long long>(m_random.between(0, 12)), "verified", "gridctl demo",
                 isoDateTime(registeredDay, 540)});
            !s)
          return s;
        ++m_summary.households;
        householdsOut.push_back(householdId);

        // Persons: head, spouse, children, a parent.
        const std::string surname = kSurnames[m_random.below(60)];
        const int headAge = m_random.between(22, 60) + (m_random.chance(0.3) ? m_random.between(0, 28) : 0);
        const bool headMale = m_random.chance(0.62);
        for (int member = 0; member < size; ++member) {
          bool male;
          int age;
          const char* relation;
          std::string name;
          if (member == 0) {
            male = headMale;
            age = headAge;
            relation = "02";
            name = personName(m_random, surname);
          } else if (member == 1 && headAge >= 22) {
            male = !headMale;
            age = std::clamp(headAge + m_random.between(-5, 5), 20, 95);
            relation = male ? "11" : "12";
            name = personName(m_random, kSurnames[m_random.below(60)]);
          } else if (member == 4 && headAge <= 60) {
            male = m_random.chance(0.4);
            age = std::min(headAge + m_random.between(24, 32), 98);
            relation = male ? "51" : "52";
            name = personName(m_random, male ? surname : kSurnames[m_random.below(60)]);
          } else {
            male = m_random.chance(0.52);
            age = std::max(0, headAge - m_random.between(22, 36));
            relation = male ? "20" : "30";
            name = personName(m_random, surname);
          }
          const long long personId = m_nextPerson++;
          const long long birthDay = m_asOf - static_cast<long long>(age) * 365 - m_random.between(0, 364);
          const std::size_t code = registered || m_random.chance(0.1) ? localCode : static_cast<std::size_t>(m_random.below(40));
          const std::string idNumber = m_ids.make(code, birthDay, male);
          const bool partyMember = age >= 20 && age <= 85 && m_random.chance(0.115);
          const char* political = partyMember ? "01" : age < 14 ? nullptr : (age <= 28 && m_random.chance(0.3)) ? "03" : "13";
          const char* education = age < 6 ? "09" : age < 12 ? "07" : age < 15 ? "06" : age < 18 ? "05"
                                  : m_random.weighted(std::array<double, 6>{0.02, 0.06, 0.22, 0.2, 0.3, 0.2}) == 0 ? "02"
                                                                                                            : "05";
          Value mobileCipher = null(), mobileMasked = null();
          if (age >= 16 && age <= 80 && m_random.chance(0.85)) {
            const std::string phone = mobile(m_random);
            mobileCipher = m_cipher.encrypt(phone);
            mobileMasked = maskPhone(phone);
          }
          const bool floating = !registered && code != localCode;
          int by, bm, bd;
          civilFromDays(birthDay, by, bm, bd);
          if (auto s = m_in.person->insert(
                  {personId, householdId, gridId, name, "resident_id", m_cipher.encrypt(idNumber),
                   m_cipher.lookupHash(idNumber), maskIdNumber(idNumber), male ? "M" : "F", idNumber.substr(6, 4) + "-" + idNumber.substr(10, 2) + "-" + idNumber.substr(12, 2),
                   floating ? "floating" : "registered", relation, political ? Value(political) : null(),
                   m_random.chance(0.93) ? Value("01") : Value(padded(m_random.between(2, 56), 2)), education,
                   age < 20 ? Value("10") : member <= 1 && size > 1 ? Value("20") : Value(m_random.chance(0.7) ? "20" : "10"),
                   mobileCipher, mobileMasked, floating ? Value("01") : null(),
                   floating ? Value(isoDate(m_asOf - m_random.between(30, 2000))) : null(), "verified", "gridctl demo",
                   isoDateTime(registeredDay, 540)});
              !s)
            return s;
          ++m_summary.persons;
          // Care tags (person_care) that put a household under a visit rule: elderly living alone, disabled members,
          // left-behind children. Drawn from the side generator, so the rest of the district stays as it was.
          const char* care = size == 1 && age >= 70                 ? "elderly_alone"
                             : m_side.chance(0.012)                 ? "disabled"
                             : age < 16 && m_side.chance(0.01)      ? "left_behind_child"
                                                                    : nullptr;
          if (care) {
            if (auto s = m_in.personCare->insert({personId, care, isoDate(registeredDay)}); !s) return s;
          }
          if (partyMember) {
            membersOut.emplace_back(personId, age);
            m_partyHouseholds.push_back(householdId);
          }

          // Key persons: about 0.4 % of residents; categories cycle so every category is present.
          if (age >= 12 && m_random.chance(0.004)) {
            static constexpr std::array<const char*, 12> kCategories{
                "RELEASED_PRISONER", "COMMUNITY_CORRECTION", "DRUG_USER", "SEVERE_MENTAL_DISORDER", "KEY_YOUTH",
                "PETITIONER", "OTHER_ATTENTION", "DANGEROUS_GOODS_WORKER", "HIV_RISK", "MILITARY_RELATED",
                "LEFT_BEHIND", "WIDOWED_ALONE"};
            static constexpr std::array<const char*, 4> kColours{"blue", "yellow", "orange", "red"};
            const char* category = kCategories[m_keyPersonCounter % 12];
            const int colour = static_cast<int>((m_keyPersonCounter / 12 + m_keyPersonCounter) % 4);
            ++m_keyPersonCounter;
            const std::string detail = std::string("{\"category\":\"") + category + "\",\"note\":\"synthetic record\"}";
            if (auto s = m_in.keyPerson->insert({personId, gridId, category,
                                                 colour >= 2 ? "serious" : colour == 1 ? "medium" : "normal", 1LL,
                                                 m_cipher.encrypt(detail), null(), kColours[colour], null(), null(),
                                                 isoDateTime(std::max(registeredDay, m_asOf - m_side.between(60, 900)), 600)});
                !s)
              return s;
            ++m_summary.keyPersons;
          }
        }
      }
    }
  }
  (void)buildingName;
  return {};
}

Status Generator::writeGrid(long long communityId, const std::string& communityCode, const std::string& communityName,
                            const std::string& districtCode, long long areaId, long long planId, int sequence, double x0,
                            double y0, long long instructorId, const std::vector<int>& facilities) {
  const long long gridId = m_nextGrid++;
  const std::string gridCode = communityCode + padded(sequence, 3);
  const std::string gridName = communityName + "第" + std::to_string(sequence) + "网格";
  // Household target of this grid: 200-400, centred on 300, and never far beyond what the run still needs.
  int target = std::clamp(static_cast<int>(std::lround(300 + 55 * (m_random.uniform() + m_random.uniform() - 1) * 2)), 200, 400);
  const std::string boundary = rectangle(x0, y0, x0 + kBlockWidth, y0 + kBlockHeight);
  if (auto s = m_in.grid->insert({gridId, communityId, areaId, gridCode, static_cast<long long>(sequence), gridName,
                                  "comprehensive", 300LL, "0755-8" + padded(m_random.between(0, 9999999), 7),
                                  "0755-12345", "东至" + std::string(kPlaceWords[m_random.below(16)]) + "路，西至" +
                                                    kPlaceWords[m_random.below(16)] + "街",
                                  "周一至周五 8:30-17:30", planId, isoDateTime(m_asOf - 400, 540), Wkt{boundary}});
      !s)
    return s;
  ++m_summary.grids;
  const std::string gridLabel = "第" + std::to_string(sequence) + "网格";

  // Staff: a grid chief, a full-time worker per ~300 households, a part-timer for large grids, the instructor.
  auto leader = addStaff(personName(m_random, kSurnames[m_random.below(60)]), "GRID_LEADER", "grid", gridId, nullptr);
  if (!leader) return leader.error();
  auto worker = addStaff(personName(m_random, kSurnames[m_random.below(60)]), "GRID_WORKER", "grid", gridId, "full_time");
  if (!worker) return worker.error();
  if (target > 330 || m_random.chance(0.25)) {
    auto partTime = addStaff(personName(m_random, kSurnames[m_random.below(60)]), "GRID_WORKER", "grid", gridId, "part_time");
    if (!partTime) return partTime.error();
  }
  if (auto s = m_in.assignment->insert({instructorId, "GRID_INSTRUCTOR", "grid", gridId, null(), null(), "2024-03-01"}); !s)
    return s;
  const long long branchId = m_nextPartyOrg++;
  // The grid's party branch under the community committee; the grid chief is its secretary (网格党支部书记兼网格长).
  if (auto s = m_in.partyOrg->insert({branchId, m_currentCommittee, "branch", gridName + "党支部", communityId, gridId, *leader}); !s)
    return s;
  if (auto s = m_in.qrToken->insert({randomToken(), "grid", gridId, isoDateTime(m_asOf, 540)}); !s) return s;

  // Block interior: facilities on top, a shop row at the bottom, residential in between.
  double innerX0 = x0 + kRoadInset, innerX1 = x0 + kBlockWidth - kRoadInset;
  double innerY0 = y0 + kRoadInset, innerY1 = y0 + kBlockHeight - kRoadInset;
  std::vector<std::pair<std::string, std::string>> places;  // name, point for events and patrols
  std::vector<long long> buildingIds;
  auto addNonResidential = [&](const std::string& name, const char* typeCode, const char* usesCode, int floors,
                               const Footprint& f, const char* classification, const char* keyTypes) -> Status {
    const long long buildingId = m_nextBuilding++;
    const std::string address = communityName + gridLabel + name;
    if (auto s = m_in.building->insert({buildingId, gridId, null(), gridCode + padded(static_cast<long long>(buildingIds.size() + 1), 3),
                                        name, address, typeCode, usesCode, "rc", static_cast<long long>(m_random.between(1985, 2022)),
                                        static_cast<long long>(floors), 0LL, 1LL, floors > 6 ? 1LL : 0LL, 0LL, 0LL,
                                        "gridctl demo", Wkt{rectangle(f.x0, f.y0, f.x1, f.y1)}});
        !s)
      return s;
    ++m_summary.buildings;
    buildingIds.push_back(buildingId);
    const std::string centre = point((f.x0 + f.x1) / 2, (f.y0 + f.y1) / 2);
    places.emplace_back(name, centre);
    static constexpr std::array<const char*, 4> kColours{"blue", "yellow", "orange", "red"};
    const int colour = static_cast<int>(m_colourCounter++ % 4);
    if (auto s = m_in.keyPlace->insert({gridId, buildingId, name, address, classification, keyTypes,
                                        colour >= 2 ? Value("消防通道堆放杂物") : null(),
                                        colour >= 2 ? Value("限期整改中") : null(),
                                        colour == 3 ? Value("yellow") : null(),
                                        colour >= 2 ? "serious" : colour == 1 ? "medium" : "normal", kColours[colour],
                                        personName(m_random, kSurnames[m_random.below(60)]),
                                        static_cast<long long>(m_random.between(1, 4)),
                                        m_random.chance(0.5) ? "B" : "C", isoDateTime(m_asOf - m_side.between(200, 1500), 540),
                                        Wkt{centre}});
        !s)
      return s;
    ++m_summary.keyPlaces;
    return {};
  };
  static const char* kFacilityNames[] = {"社区党群服务中心", "小学", "社区卫生服务站", "农贸市场", "加油站", "在建工地", "幼儿园"};
  static const char* kFacilityClasses[] = {"PARTY_GOV", "SCHOOL", "HOSPITAL", "TRADE", "HAZCHEM", "CONSTRUCTION", "SCHOOL"};
  static const char* kFacilityTypes[] = {"office", "public", "public", "shop", "other", "other", "public"};
  static const char* kFacilityUses[] = {"office", "education", "medical", "commercial", "commercial", "other", "education"};
  for (int facility : facilities) {
    const double depth = facility == 1 || facility == 5 ? 60 : 36;
    const Footprint f{innerX0, innerY1 - depth, innerX0 + (facility == 1 || facility == 5 ? 150 : 70), innerY1};
    // The service centre carries its community's name; other facilities a place name.
    const std::string facilityName = facility == 0 ? communityName + "党群服务中心"
                                                   : std::string(kPlaceWords[m_random.below(16)]) + kFacilityNames[facility];
    if (auto s = addNonResidential(facilityName, kFacilityTypes[facility],
                                   kFacilityUses[facility], facility == 1 ? 4 : facility == 5 ? 0 : 2, f,
                                   kFacilityClasses[facility], facility == 4 ? "work_safety,fire" : "fire");
        !s)
      return s;
    innerY1 -= depth + 10;
    target = std::max(200, target - 60);  // less room for homes in this block
  }
  if (m_random.chance(0.7)) {
    static constexpr std::array<const char*, 10> kShopClasses{"CATERING", "ENTERTAINMENT", "INTERNET_CAFE", "LODGING", "TRADE",
                                                              "TOURISM", "ORG_OTHER", "PLACE_OTHER", "TRANSPORT", "PUBLIC_ACTIVITY"};
    static constexpr std::array<const char*, 10> kShopNames{"餐馆", "KTV", "网吧", "宾馆", "超市", "旅行社", "公司", "洗衣店", "公交站", "文化广场"};
    RowPacker shops(innerX0, innerY0, innerX1, innerY0 + 12);
    const int count = m_random.between(3, 9);
    for (int i = 0; i < count; ++i) {
      auto f = shops.place(m_random.between(10, 18), 12, 3, 0);
      if (!f) break;
      const std::size_t cls = static_cast<std::size_t>(m_shopCounter++ % 10);
      if (auto s = addNonResidential(std::string(kPlaceWords[m_random.below(16)]) + kShopNames[cls], "shop", "commercial", 1, *f,
                                     kShopClasses[cls], cls == 2 || cls == 1 ? "public_order" : "fire");
          !s)
        return s;
    }
    innerY0 += 22;
  }

  // Residential: a block type, an estate for planned housing, buildings until the grid reaches its target.
  const BlockType type = static_cast<BlockType>(m_random.weighted(std::array<double, 5>{0.12, 0.23, 0.12, 0.15, 0.38}));
  long long estateId = -1;
  std::string estateName;
  if (type != BlockType::UrbanVillage) {
    estateId = m_nextEstate++;
    estateName = std::string(kPlaceWords[m_random.below(16)]) + kEstateSuffix[m_random.below(8)];
    if (type == BlockType::Villa) estateName = std::string(kPlaceWords[m_random.below(16)]) + "别墅区";
    if (auto s = m_in.estate->insert({estateId, communityId, estateName, communityName + estateName,
                                      m_companies[static_cast<std::size_t>(m_random.below(static_cast<int>(m_companies.size())))],
                                      static_cast<long long>(type == BlockType::WalkUp ? m_random.between(1980, 1999) : m_random.between(2000, 2022)),
                                      Wkt{rectangle(innerX0 - 4, innerY0 - 4, innerX1 + 4, innerY1 + 4)}});
        !s)
      return s;
    ++m_summary.estates;
    auto property = addStaff(personName(m_random, kSurnames[m_random.below(60)]), "PROPERTY_LEADER", "estate", estateId, nullptr);
    if (!property) return property.error();
  } else {
    estateName = std::string(kPlaceWords[m_random.below(16)]) + "村";
  }
  RowPacker packer(innerX0, innerY0, innerX1, innerY1);
  if (estateId >= 0) {
    // Every estate has a guard house at its gate, a substation and a refuse station; older estates a bike shed,
    // tower estates a garage entrance.
    const bool towers = type == BlockType::HighRise || type == BlockType::MidRise;
    const std::pair<const char*, std::pair<double, double>> ancillary[] = {
        {"门卫室", {6, 5}}, {"配电房", {9, 6}}, {"垃圾收集站", {8, 5}}, {towers ? "地下车库出入口" : "自行车棚", {10, 5}}};
    for (const auto& [label, size] : ancillary) {
      auto f = packer.place(size.first, size.second, 6, 8);
      if (!f) break;
      const long long buildingId = m_nextBuilding++;
      if (auto s = m_in.building->insert({buildingId, gridId, estateId, gridCode + padded(static_cast<long long>(buildingIds.size() + 1), 3),
                                          estateName + label, communityName + estateName + label, "other", "other", "brick_concrete",
                                          static_cast<long long>(m_random.between(1990, 2022)), 1LL, 0LL, 1LL, 0LL, 1LL, 0LL,
                                          "gridctl demo", Wkt{rectangle(f->x0, f->y0, f->x1, f->y1)}});
          !s)
        return s;
      ++m_summary.buildings;
      buildingIds.push_back(buildingId);
    }
  }
  std::vector<long long> households;
  std::vector<std::pair<long long, int>> members;
  double expected = 0;
  int number = 0;
  BlockType current = type;
  while (expected < target) {
    if (current == BlockType::Villa && number >= (facilities.empty() ? 28 : 10)) current = BlockType::WalkUp;  // mixed compounds
    const int remaining = static_cast<int>((target - expected) / kOccupancy) + 6;
    BuildingPlan plan = residentialPlan(current, m_random, remaining);
    if (plan.dwellings() == 0 && current != BlockType::WalkUp && current != BlockType::UrbanVillage) {
      current = BlockType::WalkUp;  // top up a tower or villa estate with walk-ups
      plan = residentialPlan(current, m_random, remaining);
    }
    if (plan.dwellings() == 0) break;
    auto f = packer.place(plan.width, plan.depth, plan.gapX, plan.gapY);
    if (!f) {
      if (current == BlockType::UrbanVillage) break;
      current = BlockType::UrbanVillage;  // denser filler when the block is full
      continue;
    }
    ++number;
    const long long buildingId = m_nextBuilding++;
    const std::string name = estateName + std::to_string(number) + plan.nameSuffix;
    const int floorsRecorded = type == BlockType::Villa && current == BlockType::Villa ? m_random.between(2, 3)
                               : current == BlockType::UrbanVillage ? plan.floors + 1 : plan.floors;
    if (auto s = m_in.building->insert({buildingId, gridId, estateId >= 0 && current != BlockType::UrbanVillage ? Value(estateId) : null(),
                                        gridCode + padded(static_cast<long long>(buildingIds.size() + 1), 3), name,
                                        communityName + name, plan.typeCode, plan.usesCode, plan.structureCode,
                                        static_cast<long long>(m_random.between(1985, 2022)), static_cast<long long>(floorsRecorded),
                                        static_cast<long long>(plan.elevator ? m_random.between(1, 2) : 0),  // basements
                                        static_cast<long long>(plan.units), plan.elevator ? 1LL : 0LL,
                                        estateId >= 0 ? 1LL : 0LL, static_cast<long long>(std::lround(plan.dwellings() * kOccupancy)),
                                        "gridctl demo", Wkt{rectangle(f->x0, f->y0, f->x1, f->y1)}});
        !s)
      return s;
    ++m_summary.buildings;
    buildingIds.push_back(buildingId);
    places.emplace_back(name, point((f->x0 + f->x1) / 2, (f->y0 + f->y1) / 2));
    if (number == 1) m_gridAnchor[gridId] = {buildingId, point((f->x0 + f->x1) / 2, (f->y0 + f->y1) / 2)};
    if (auto s = writeBuildingResidents(buildingId, gridId, name, plan, current, districtCode, households, members); !s) return s;
    // Building chiefs for buildings with a dozen homes or more; a few are left vacant on purpose (rule panel).
    if (plan.dwellings() >= 12 && m_random.chance(0.93)) {
      auto chief = addStaff(personName(m_random, kSurnames[m_random.below(60)]), "BUILDING_LEADER", "building", buildingId, nullptr);
      if (!chief) return chief.error();
    }
    expected += plan.dwellings() * kOccupancy;
  }

  // Party members under 70 link about five neighbouring households each until 97 % are linked; the rest stay
  // unlinked on purpose, so the coverage check has gaps to find. Members of 70 and over are exempt.
  const std::size_t linkTarget = static_cast<std::size_t>(0.97 * static_cast<double>(households.size()));
  std::size_t linked = 0;
  for (const auto& [personId, age] : members) {
    const long long memberId = m_nextPartyMember++;
    const long long joined = m_asOf - m_random.between(400, 15000);
    const char* memberType = m_random.chance(0.4) ? "in_service" : "retired";
    // 在职党员报到: members with a job register with the community where they live, naming their workplace branch.
    const bool reported = m_random.chance(0.4);
    static constexpr std::array<const char*, 8> kWorkplaces{
        "区教育局机关党支部", "市第一人民医院内科党支部", "区税务局第二党支部", "锦城银行营业部党支部",
        "区城管执法大队党支部", "市供电公司运维党支部", "区实验小学党支部", "天府软件园企业联合党委"};
    if (auto s = m_in.partyMember->insert({memberId, personId, branchId, isoDate(joined), null(), memberType, reported ? 1LL : 0LL,
                                           5LL, age >= 70 ? Value("age70") : null(),
                                           reported ? Value(kWorkplaces[static_cast<std::size_t>(memberId) % kWorkplaces.size()]) : null(),
                                           reported ? Value(isoDate(m_asOf - 30 - (memberId * 37) % 700)) : null()});
        !s)
      return s;
    ++m_summary.partyMembers;
    for (int k = 0; age < 70 && k < 5 && linked < linkTarget; ++k) {
      if (auto s = m_in.partyLink->insert({memberId, households[linked++], "member_household", "organisation",
                                           m_random.chance(0.8) ? 1LL : 0LL, "2024-07-01"});
          !s)
        return s;
      ++m_summary.partyLinks;
    }
  }
  m_householdBudget -= static_cast<long long>(households.size());

  // 挂牌亮户: seven in eight party households carry the plaque; the rest are gaps for the plaque check to find.
  std::sort(m_partyHouseholds.begin(), m_partyHouseholds.end());
  m_partyHouseholds.erase(std::unique(m_partyHouseholds.begin(), m_partyHouseholds.end()), m_partyHouseholds.end());
  {
    auto plaque = m_db.prepare("UPDATE household SET party_plaque = 1 WHERE id = ?");
    if (!plaque) return plaque.error();
    for (long long household : m_partyHouseholds) {
      if (household % 8 == 0) continue;
      plaque->reset();
      plaque->bind(1, household);
      if (auto s = plaque->run(); !s) return s;
    }
    m_partyHouseholds.clear();
  }

  if (auto s = m_in.gridVersion->insert({planId, gridId, gridCode, gridName, static_cast<long long>(households.size()), Wkt{boundary}}); !s)
    return s;

  // Patrol logs of the last two months.
  // Patrols and rule-bound visits are written last (writeVisits); these are the other field records.
  static constexpr std::array<const char*, 3> kLogTypes{"routine_visit", "hidden_danger", "work_record"};
  const int patrols = m_random.between(6, 12);
  for (int p = 0; p < patrols && !buildingIds.empty(); ++p) {
    const std::size_t b = static_cast<std::size_t>(m_random.below(static_cast<int>(places.size())));
    const bool exception = m_random.chance(0.1);
    if (auto s = m_in.patrol->insert({gridId, *worker, kLogTypes[static_cast<std::size_t>(p) % 3], "building",
                                      buildingIds[std::min(b, buildingIds.size() - 1)],
                                      isoDateTime(m_asOf - m_random.between(1, 60), m_random.between(480, 1080)),
                                      places[b].first, exception ? "发现消防隐患，已拍照上报" : "巡查正常",
                                      exception ? 1LL : 0LL, Wkt{places[b].second}});
        !s)
      return s;
    ++m_summary.patrolLogs;
  }
  return {};
}

Status Generator::writeCommunity(int index, long long streetId, const std::string& streetCode,
                                 const std::string& districtCode, double x0, double y0) {
  const long long communityId = m_nextCommunity++;
  m_currentCommunityId = communityId;
  m_currentStreetId = streetId;
  const std::string code = streetCode + padded(index % kCommunitiesPerStreet + 1, 3);
  const std::string name = std::string(kPlaceWords[static_cast<std::size_t>(index) % 16]) +
                           (index / 16 > 0 ? std::to_string(index / 16 + 1) : std::string()) + "社区";
  if (auto s = m_in.community->insert({communityId, streetId, code, 2026LL, "111", name, name + "党群服务中心",
                                       "0755-8" + padded(m_random.between(0, 9999999), 7), "0755-12345",
                                       Wkt{rectangle(x0, y0, x0 + kCommunityWidth, y0 + kCommunityHeight)}});
      !s)
    return s;
  ++m_summary.communities;
  auto communityLeader = addStaff(personName(m_random, kSurnames[m_random.below(60)]), "COMMUNITY_LEADER", "community", communityId, nullptr);
  if (!communityLeader) return communityLeader.error();
  if (auto s = addStaff(personName(m_random, kSurnames[m_random.below(60)]), "POLICE_OFFICER", "community", communityId, nullptr); !s)
    return s.error();
  auto instructor = addStaff(personName(m_random, kSurnames[m_random.below(60)]), "GRID_INSTRUCTOR", "community", communityId, nullptr);
  if (!instructor) return instructor.error();
  m_currentCommittee = m_nextPartyOrg++;
  m_gridAnchor.clear();
  if (auto s = m_in.partyOrg->insert({m_currentCommittee, null(), "committee", name + "党委", communityId, null(), *communityLeader}); !s)
    return s;

  // Areas: 2-3 groups of block rows (rows are 200 m tall).
  const int areaCount = m_random.between(2, 3);
  std::array<long long, kCommunityRows> areaOfRow{};
  for (int a = 0, row = 0; a < areaCount; ++a) {
    const int rows = a == areaCount - 1 ? kCommunityRows - row : (areaCount == 2 ? (a == 0 ? 2 : 1) : 1);
    const long long areaId = m_nextArea++;
    const double ay0 = y0 + kBlockHeight * row;
    if (auto s = m_in.area->insert({areaId, communityId, static_cast<long long>(a + 1), std::string("第") + std::to_string(a + 1) + "片区",
                                    Wkt{rectangle(x0, ay0, x0 + kCommunityWidth, ay0 + kBlockHeight * rows)}});
        !s)
      return s;
    ++m_summary.areas;
    auto areaLeader = addStaff(personName(m_random, kSurnames[m_random.below(60)]), "AREA_LEADER", "area", areaId, nullptr);
    if (!areaLeader) return areaLeader.error();
    for (int r = row; r < row + rows; ++r) areaOfRow[static_cast<std::size_t>(r)] = areaId;
    row += rows;
  }
  const long long planId = m_nextPlan++;
  if (auto s = m_in.gridPlan->insert({planId, communityId, 1LL, "accepted", 300LL, 0.10, "初始网格划分", "gridctl demo",
                                      isoDateTime(m_asOf - 400, 540), isoDateTime(m_asOf - 400, 600)});
      !s)
    return s;

  // Facilities: each community has a service centre and a clinic; most a school; some a market, petrol station
  // or construction site. They are spread over the blocks.
  std::array<std::vector<int>, kGridsPerCommunity> facilities;
  facilities[5].push_back(0);
  facilities[9].push_back(2);
  if (m_random.chance(0.8)) facilities[2].push_back(1);
  if (m_random.chance(0.5)) facilities[7].push_back(3);
  if (m_random.chance(0.3)) facilities[0].push_back(4);
  if (m_random.chance(0.4)) facilities[11].push_back(5);
  if (m_random.chance(0.4)) facilities[3].push_back(6);
  // Grid codes are numbered west → east, north → south (GB/T 30428.1).
  for (int row = 0; row < kCommunityRows; ++row) {
    for (int col = 0; col < kCommunityCols; ++col) {
      const int sequence = row * kCommunityCols + col + 1;
      const int blockRowFromBottom = kCommunityRows - 1 - row;
      if (auto s = writeGrid(communityId, code, name, districtCode, areaOfRow[static_cast<std::size_t>(blockRowFromBottom)], planId,
                             sequence, x0 + col * kBlockWidth, y0 + blockRowFromBottom * kBlockHeight, *instructor,
                             facilities[static_cast<std::size_t>(sequence - 1)]);
          !s)
        return s;
    }
  }

  // Key matters: two or three per community, colours and demand types cycling.
  static constexpr std::array<const char*, 4> kWarnings{"blue", "yellow", "orange", "red"};
  static constexpr std::array<const char*, 5> kStatus{"open", "resolving", "assigned", "resolved", "closed"};
  static constexpr std::array<const char*, 4> kMatters{"业主与物业费用纠纷", "工地拖欠农民工工资", "老旧小区加装电梯意见分歧", "拆迁安置补偿诉求"};
  const int matters = m_random.between(2, 3);
  for (int k = 0; k < matters; ++k) {
    const long long id = m_nextKeyMatter++;
    char serial[32];
    std::snprintf(serial, sizeof serial, "ZD-2026-%05lld", id);
    const long long registered = m_asOf - m_random.between(10, 300);
    const long long matterGrid = m_nextGrid - 1 - m_random.below(kGridsPerCommunity);
    const auto anchor = m_gridAnchor.find(matterGrid);
    if (auto s = m_in.keyMatter->insert({id, serial, matterGrid, name + kMatters[id % 4],
                                         static_cast<long long>(m_random.between(3, 80)), "group_representative",
                                         padded(id % 13 + 1, 2), kWarnings[id % 4], "街道综治中心",
                                         personName(m_random, kSurnames[m_random.below(60)]), "街道住建办", kStatus[id % 5],
                                         "new", "社区综治专干", isoDate(registered), isoDate(registered + 30),
                                         isoDate(m_asOf + m_random.between(3, 30)),
                                         anchor != m_gridAnchor.end() ? Value(Wkt{anchor->second.second}) : null()});
        !s)
      return s;
    if (anchor != m_gridAnchor.end())
      if (auto s = m_in.keyMatterLink->insert({id, "building", anchor->second.first}); !s) return s;
    ++m_summary.keyMatters;
  }
  if (auto s = writeRoads(x0, y0, index); !s) return s;
  return m_writer.appendAudit(m_actor, "import", "community", communityId, {},
                              "{\"generator\":\"gridctl demo\",\"community\":\"" + code + "\"}", "synthetic demo data");
}

Status Generator::writeRoads(double x0, double y0, int communityIndex) {
  // The community's block lattice: edges are secondary roads, lines between blocks are local streets. Edges shared
  // with a neighbour are drawn by the community west/south of them only.
  static constexpr std::array<const char*, 6> kRoadSuffix{"路", "街", "路", "巷", "路", "大道"};
  char line[160];
  const std::string prefix = kPlaceWords[static_cast<std::size_t>(communityIndex) % 16];
  for (int c = 0; c <= kCommunityCols; ++c) {
    const double x = x0 + c * kBlockWidth;
    std::snprintf(line, sizeof line, "LINESTRING(%.1f %.1f,%.1f %.1f)", x, y0, x, y0 + kCommunityHeight);
    if (auto s = m_in.road->insert({prefix + std::to_string(c + 1) + kRoadSuffix[static_cast<std::size_t>(c) % 6],
                                    c == 0 || c == kCommunityCols ? "secondary" : "street", Wkt{line}});
        !s)
      return s;
  }
  for (int r = 0; r <= kCommunityRows; ++r) {
    const double y = y0 + r * kBlockHeight;
    std::snprintf(line, sizeof line, "LINESTRING(%.1f %.1f,%.1f %.1f)", x0, y, x0 + kCommunityWidth, y);
    if (auto s = m_in.road->insert({prefix + "东西" + std::to_string(r + 1) + kRoadSuffix[static_cast<std::size_t>(r + 1) % 6],
                                    r == 0 || r == kCommunityRows ? "secondary" : "street", Wkt{line}});
        !s)
      return s;
  }
  return {};
}

Result<DistrictSummary> Generator::run(Progress* progress) {
  if (m_db.srid() != 4547)
    return makeError(ErrorCode::Unsupported, "The demo district is drawn in EPSG:4547; create the database with that CRS.");
  auto existing = m_db.queryInt("SELECT count(*) FROM community");
  if (!existing) return existing.error();
  if (*existing > 0) return makeError(ErrorCode::Conflict, "The database already holds communities; use an empty database.");
  if (m_options.households < 1000 || m_options.households > 50'000'000)
    return makeError(ErrorCode::InvalidInput, "--households must be between 1,000 and 50,000,000.");
  if (m_options.asOfDate.size() != 10) return makeError(ErrorCode::InvalidInput, "as-of date must be YYYY-MM-DD");
  m_asOf = daysFromCivil(std::stoi(m_options.asOfDate.substr(0, 4)), std::stoi(m_options.asOfDate.substr(5, 2)),
                         std::stoi(m_options.asOfDate.substr(8, 2)));

  // Grids realise about 283 households on average (targets 200-400, facilities take room), so size by that.
  constexpr long long kHouseholdsPerCommunity = kGridsPerCommunity * 283;
  const long long communities = std::max<long long>(1, (m_options.households + kHouseholdsPerCommunity / 2) / kHouseholdsPerCommunity);
  const long long streets = (communities + kCommunitiesPerStreet - 1) / kCommunitiesPerStreet;
  const long long districts = (streets + kStreetsPerDistrict - 1) / kStreetsPerDistrict;
  if (districts > 90) return makeError(ErrorCode::InvalidInput, "At most 90 districts (about 30 million households).");
  m_householdBudget = m_options.households;

  std::vector<std::string> addressCodes;
  for (long long d = 0; d < districts; ++d) addressCodes.push_back("4403" + padded(10 + d, 2));
  for (const char* code : kOtherCounties) addressCodes.emplace_back(code);
  m_ids = IdNumberFactory(addressCodes, daysFromCivil(1920, 1, 1), m_asOf);

  // Bulk load: a bounded 256 MB page cache, and the secondary indexes of the big tables dropped now and rebuilt
  // (sorted, much faster) at the end; random-key index inserts otherwise thrash the cache at city scale.
  CacheSizeScope cache(m_db, 256);
  // household_head stays: the deferred head-of-household foreign key needs it on every person insert.
  auto indexes = BulkLoadIndexes::drop(m_db, {"person", "household", "house", "building", "party_link", "party_member",
                                              "staff_assignment", "key_person", "event_step", "event_log", "patrol_log"},
                                       {"household_head"});
  if (!indexes) return indexes.error();
  auto stats = GridStatsSuspension::begin(m_db);
  if (!stats) return stats.error();
  if (auto s = prepareInserters(); !s) return s.error();
  const int districtCols = static_cast<int>(std::ceil(std::sqrt(static_cast<double>(districts))));

  // District, streets and property companies first, in one transaction.
  std::vector<long long> streetIds;
  std::vector<std::string> streetCodes;
  {
    Transaction transaction(m_db);
    if (!transaction.begun()) return transaction.begun().error();
    for (long long d = 0; d < districts; ++d) {
      if (auto id = m_writer.insert(m_actor, "district", {{"admin_code", addressCodes[static_cast<std::size_t>(d)]},
                                                          {"name", std::string(kDistrictNames[static_cast<std::size_t>(d) % 12]) + (d >= 12 ? std::to_string(d / 12 + 1) : "")},
                                                          {"valid_year", 2026LL}});
          !id)
        return id.error();
      ++m_summary.districts;
    }
    for (long long s = 0; s < streets; ++s) {
      const long long district = s / kStreetsPerDistrict;
      const std::string code = addressCodes[static_cast<std::size_t>(district)] + padded(s % kStreetsPerDistrict + 1, 3);
      auto id = m_writer.insert(m_actor, "street", {{"district_id", district + 1}, {"admin_code", code},
                                                    {"name", std::string(kPlaceWords[static_cast<std::size_t>(s) % 16]) + (s >= 16 ? std::to_string(s / 16 + 1) : "") + "街道"},
                                                    {"valid_year", 2026LL}, {"supervision_phone", "0755-12345"}});
      if (!id) return id.error();
      streetIds.push_back(*id);
      streetCodes.push_back(code);
      ++m_summary.streets;
    }
    const long long companies = std::max<long long>(8, communities * 2);
    for (long long c = 0; c < companies; ++c) {
      std::string credit = "91440300" + padded(c + 1, 9) + "X";
      if (auto s = m_in.company->insert({c + 1, std::string(kPlaceWords[static_cast<std::size_t>(c) % 16]) + (c >= 16 ? std::to_string(c / 16 + 1) : "") + kCompanySuffix[static_cast<std::size_t>(c) % 10],
                                         credit, "0755-8" + padded(m_random.between(0, 9999999), 7), null()});
          !s)
        return s.error();
      m_companies.push_back(c + 1);
    }
    if (auto s = transaction.commit(); !s) return s.error();
  }

  // Communities, one transaction each: memory stays bounded and progress is visible.
  for (long long c = 0; c < communities; ++c) {
    if (progress) {
      if (progress->isCancelled()) return makeError(ErrorCode::Cancelled, "Demo generation cancelled.");
      progress->report(static_cast<double>(c) / static_cast<double>(communities + 1), "community " + std::to_string(c + 1));
    }
    const long long street = c / kCommunitiesPerStreet;
    const long long district = street / kStreetsPerDistrict;
    const int slotInStreet = static_cast<int>(c % kCommunitiesPerStreet);
    const int slotInDistrict = static_cast<int>(street % kStreetsPerDistrict);
    const double x0 = kOriginX + static_cast<double>(district % districtCols) * kDistrictWidth +
                      (slotInDistrict % kDistrictCols) * kStreetWidth + (slotInStreet % kStreetCols) * kCommunityWidth;
    const double y0 = kOriginY + static_cast<double>(district / districtCols) * kDistrictHeight +
                      (slotInDistrict / kDistrictCols) * kStreetHeight + (slotInStreet / kStreetCols) * kCommunityHeight;
    Transaction transaction(m_db);
    if (!transaction.begun()) return transaction.begun().error();
    if (auto s = writeCommunity(static_cast<int>(c), streetIds[static_cast<std::size_t>(street)],
                                streetCodes[static_cast<std::size_t>(street)], addressCodes[static_cast<std::size_t>(district)], x0, y0);
        !s)
      return s.error();
    if (auto s = transaction.commit(); !s) return s.error();
  }

  // Street outlines from their communities; roads, water and demo users.
  {
    Transaction transaction(m_db);
    if (!transaction.begun()) return transaction.begun().error();
    if (auto s = m_db.exec("UPDATE street SET geom = (SELECT CastToMultiPolygon(ST_Union(c.geom)) FROM community c "
                           "WHERE c.street_id = street.id)");
        !s)
      return s.error();
    // A river along the south edge of the built area.
    auto extent = m_db.prepare("SELECT MbrMinX(e), MbrMaxX(e), MbrMinY(e) FROM (SELECT Extent(geom) AS e FROM community)");
    if (!extent) return extent.error();
    if (auto row = extent->step(); !row || !*row) return makeError(ErrorCode::Database, "no communities were written");
    auto river = BulkInserter::create(m_db, "base_water", {"name", "kind", "geom"});
    if (!river) return river.error();
    if (auto s = river->insert({"锦江", "river", Wkt{rectangle(extent->real(0) - 400, extent->real(2) - 150,
                                                                 extent->real(1) + 400, extent->real(2) - 70)}});
        !s)
      return s.error();
    // Accounts are not data: `gridctl demo --admin NAME` creates them, with passwords, after the district.
    if (auto s = transaction.commit(); !s) return s.error();
  }
  if (progress) progress->report(0.99, "indexes");
  if (auto s = indexes->finish(); !s) return s.error();
  if (auto s = stats->finish(); !s) return s.error();
  // Visits follow the frequency rules (visit_rule), written once the indexes are back, a community at a time.
  {
    if (progress) progress->report(0.992, "visits");
    auto rules = registry::loadVisitRules(m_db);
    if (!rules) return rules.error();
    auto inserter = BulkInserter::create(m_db, "patrol_log", {"grid_id", "staff_id", "log_type", "object_type", "object_id",
                                                              "key_matter_id", "work_time", "place", "met_person",
                                                              "content", "has_exception", "recorded_by", "recorded_at"});
    if (!inserter) return inserter.error();
    m_visitLog.emplace(std::move(*inserter));
    for (long long c = 1; c < m_nextCommunity; ++c) {
      if (progress && progress->isCancelled()) return makeError(ErrorCode::Cancelled, "Demo generation cancelled.");
      Transaction transaction(m_db);
      if (!transaction.begun()) return transaction.begun().error();
      if (auto s = writeVisits(c, *rules); !s) return s.error();
      if (auto s = transaction.commit(); !s) return s.error();
    }
    m_visitLog.reset();
  }
  // Events are not inserted in their states: the state machine makes them, so every timeline is consistent.
  if (progress) progress->report(0.995, "events");
  workflow::SimulationOptions simulation;
  simulation.asOf = m_options.asOfDate;
  simulation.seed = m_options.seed;
  auto events = workflow::simulateEvents(m_db, simulation);
  if (!events) return events.error();
  m_summary.events = *events;
  if (progress) progress->report(1.0, "done");
  return m_summary;
}

/**
 * The patrols and visits of the community's grids over the last 100 days, following the rules: each object's last
 * visit lies within its interval before the as-of day, and about one in twelve is overdue on purpose (its last visit
 * one to three weeks too long ago). Key persons' last and next visit dates follow their logs.
 */
Status Generator::writeVisits(long long communityId, const std::vector<registry::VisitRule>& rules) {
  FixedClock clock(isoDateTime(m_asOf, 1080));
  visits::DueQuery query;
  query.place = {"community", communityId};
  auto items = visits::dueVisits(m_db, clock, query);
  if (!items) return items.error();
  auto update = m_db.prepare("UPDATE key_person SET last_visit_date = ?, next_visit_due = ? WHERE id = ?");
  if (!update) return update.error();
  std::map<long long, const registry::VisitRule*> ruleById;
  for (const registry::VisitRule& rule : rules) ruleById[rule.id] = &rule;
  for (const visits::DueItem& item : *items) {
    const registry::VisitRule* rule = ruleById.count(item.ruleId) ? ruleById.at(item.ruleId) : nullptr;
    if (!rule) continue;
    const int interval = static_cast<int>(std::lround(rule->approximateDays()));
    const bool overdue = m_side.chance(1.0 / 12);
    long long visit = overdue ? m_asOf - interval - m_side.between(1, 21) : m_asOf - m_side.between(0, std::max(0, interval - 1));
    const long long lastVisit = visit;
    const bool grid = item.objectType == "grid", matter = item.objectType == "key_matter";
    const char* logType = grid ? "patrol" : item.objectType == "key_person" ? "key_person_visit" : "routine_visit";
    const char* content = grid ? "巡查网格，未发现异常" : item.objectType == "key_person" ? "走访见面，情况稳定"
                        : matter ? "回访当事人，诉求跟进中" : "上门走访，情况正常";
    // Back far enough that every day of the last 100 has a visit before it (the monthly report looks a month back).
    for (int n = 0; n < 40; ++n, visit -= interval + m_side.between(-1, 1)) {
      if (auto s = m_visitLog->insert({item.gridId, item.staffId >= 0 ? Value(item.staffId) : null(), logType,
                                       grid || matter ? null() : Value(item.objectType),
                                       grid || matter ? null() : Value(item.objectId), matter ? Value(item.objectId) : null(),
                                       isoDateTime(visit, m_side.between(510, 1050)),
                                       item.objectType == "key_person" ? null() : Value(item.label),
                                       grid ? null() : Value(item.objectType == "household" ? "户主" : "本人"), content,
                                       0LL, item.worker.empty() ? Value("gridctl demo") : Value(item.worker),
                                       isoDateTime(visit, 1080)});
          !s)
        return s;
      ++m_summary.patrolLogs;
      if (visit <= m_asOf - 100) break;
    }
    if (item.objectType == "key_person") {
      update->reset();
      update->bind(1, isoDate(lastVisit)).bind(2, registry::addInterval(isoDate(lastVisit), rule->every, rule->unit));
      update->bind(3, item.objectId);
      if (auto s = update->run(); !s) return s;
    }
  }
  return {};
}

}  // namespace

Result<DistrictSummary> generateDistrict(Database& database, const FieldCipher& cipher, const Clock& clock,
                                         const Actor& actor, const DistrictOptions& options, Progress* progress) {
  Generator generator(database, cipher, clock, actor, options);
  return generator.run(progress);
}

}  // namespace grid
