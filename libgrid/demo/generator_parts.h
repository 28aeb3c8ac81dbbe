// SPDX-License-Identifier: GPL-2.0-or-later
// The demo district generator's parts (internal): layout constants, names, the deterministic random source and
// the Generator whose steps live in demo_geography.cpp, demo_people.cpp, demo_organisations.cpp and demo_visits.cpp.
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "common/civil_date.h"
#include "demo/district_generator.h"
#include "ledger/id_number.h"
#include "ledger/phone.h"
#include "registry/visit_rules.h"
#include "security/crypto.h"
#include "storage/bulk_inserter.h"
#include "storage/bulk_load_indexes.h"
#include "storage/database.h"
#include "storage/derived_tables.h"
#include "storage/record_writer.h"
#include "visits/visits.h"
#include "workflow/event_simulation.h"

namespace grid::demo_detail {

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

/**
 * The layout is a lattice of blocks bent by a smooth field, so that roads curve and blocks, estates and streets take
 * irregular shapes, as in a city. The field is a small perturbation of the identity (every derivative well below 1),
 * so the bent layout never folds: what lies inside a block, a community or a street still does, and neighbours
 * still meet without gap or overlap.
 */
inline void bend(double& x, double& y) {
  const double u = x - kOriginX, v = y - kOriginY;
  // Two scales: the city's sweep (a few kilometres) and the wander of its streets (a few hundred metres). The sum
  // of the derivatives stays below 0.45.
  x += 140 * std::sin(v / 1000.0 + 0.5) + 45 * std::sin(v / 380.0) + 25 * std::sin((u + v) / 230.0);
  y += 130 * std::sin(u / 1150.0) + 45 * std::sin(u / 420.0) + 20 * std::cos((u - 0.6 * v) / 260.0);
}

//! Appends "X Y" of the bent lattice point (\a x, \a y).
inline void appendBent(std::string& out, double x, double y) {
  bend(x, y);
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%s%.1f %.1f", out.back() == '(' ? "" : ",", x, y);
  out += buffer;
}

//! Points of the lattice segment (\a x0, \a y0) → (\a x1, \a y1), axis-parallel, after its start: every multiple of
//! 20 m on the way when it is longer than 100 m (so a long edge curves, and two polygons sharing an edge share its
//! vertices exactly), then the end.
inline void appendSegment(std::string& out, double x0, double y0, double x1, double y1) {
  constexpr double kStep = 20;
  if (std::abs(x1 - x0) + std::abs(y1 - y0) > 100) {
    const bool alongX = y0 == y1;
    const double from = alongX ? x0 : y0, to = alongX ? x1 : y1;
    const double direction = to > from ? 1 : -1;
    for (double t = (direction > 0 ? std::floor(from / kStep) + 1 : std::ceil(from / kStep) - 1) * kStep;
         direction * (to - t) > 1e-6; t += direction * kStep)
      appendBent(out, alongX ? t : x0, alongX ? y0 : t);
  }
  appendBent(out, x1, y1);
}

//! A lattice rectangle, bent (see bend()).
inline std::string rectangle(double x0, double y0, double x1, double y1) {
  std::string wkt = "POLYGON((";
  appendBent(wkt, x0, y0);
  appendSegment(wkt, x0, y0, x1, y0);
  appendSegment(wkt, x1, y0, x1, y1);
  appendSegment(wkt, x1, y1, x0, y1);
  appendSegment(wkt, x0, y1, x0, y0);
  return wkt + "))";
}

//! A lattice line (axis-parallel), bent.
inline std::string lineString(double x0, double y0, double x1, double y1) {
  std::string wkt = "LINESTRING(";
  appendBent(wkt, x0, y0);
  appendSegment(wkt, x0, y0, x1, y1);
  return wkt + ")";
}

//! A lattice point, bent.
inline std::string point(double x, double y) {
  std::string wkt = "POINT(";
  appendBent(wkt, x, y);
  return wkt + ")";
}

inline std::string padded(long long value, int width) {
  std::string text = std::to_string(value);
  return std::string(static_cast<std::size_t>(std::max(0, width - static_cast<int>(text.size()))), '0') + text;
}

// ---- Names and codes ------------------------------------------------------------------------------------------
constexpr std::array<const char*, 60> kSurnames{
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
    "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
    "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏",
    "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "欧阳"};
constexpr std::array<const char*, 64> kGivenCharacters{
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
    "超", "霞", "平", "刚", "桂", "英", "华", "玉", "兰", "秀", "建", "国", "卫", "东", "海", "燕",
    "红", "梅", "志", "文", "俊", "辉", "鹏", "飞", "宇", "轩", "浩", "然", "子", "涵", "欣", "怡",
    "梓", "萱", "晨", "阳", "嘉", "琪", "思", "雨", "博", "婷", "佳", "宁", "瑞", "泽", "诗", "雅"};
constexpr std::array<const char*, 12> kDistrictNames{"和平区", "东湖区", "西山区", "南江区", "北辰区", "新城区",
                                                     "滨海区", "青山区", "长安区", "云溪区", "金沙区", "龙泉区"};
constexpr std::array<const char*, 16> kPlaceWords{"和平", "建设", "幸福", "光明", "新华", "人民", "文化", "友谊",
                                                  "朝阳", "红星", "民主", "团结", "胜利", "春风", "桃源", "锦绣"};
constexpr std::array<const char*, 8> kEstateSuffix{"花园", "小区", "家园", "苑", "新村", "雅居", "公寓", "名苑"};
constexpr std::array<const char*, 10> kCompanySuffix{
    "物业管理有限公司", "物业服务有限公司", "物业发展有限公司", "物业有限公司",     "物业管理服务中心",
    "物业管理有限公司", "物业服务有限公司", "物业科技有限公司", "物业集团有限公司", "物业管理有限公司"};
//! County codes where floating residents' ID numbers were issued (all checked as valid division codes).
constexpr std::array<const char*, 40> kOtherCounties{
    "513021", "430521", "360421", "412726", "452122", "350521", "362422", "431121", "510722", "421222",
    "441581", "445221", "440882", "450881", "460100", "530111", "522124", "500230", "341221", "320721",
    "370826", "130421", "140121", "610121", "620102", "411323", "420621", "432522", "511028", "350322",
    "440583", "445122", "441621", "440923", "442000", "450325", "360781", "362330", "431022", "513922"};

inline std::string personName(Random& random, const std::string& surname) {
  std::string name = surname + kGivenCharacters[random.below(64)];
  if (random.chance(0.7)) name += kGivenCharacters[random.below(64)];
  return name;
}

inline std::string mobile(Random& random) {
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
      : m_codes(std::move(addressCodes)),
        m_firstDay(firstDay),
        m_days(lastDay - firstDay + 1),
        m_used(m_codes.size() * static_cast<std::size_t>(m_days) * 2, 0) {}

  std::string make(std::size_t code, long long birthDay, bool male) {
    for (long long day = std::clamp(birthDay, m_firstDay, m_firstDay + m_days - 1);; ++day) {
      if (day >= m_firstDay + m_days) day = m_firstDay;
      const std::size_t bucket =
          (code * static_cast<std::size_t>(m_days) + static_cast<std::size_t>(day - m_firstDay)) * 2 + (male ? 1 : 0);
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
BuildingPlan residentialPlan(BlockType type, Random& random, int maxDwellings);

// ---- Event templates ------------------------------------------------------------------------------------------

// ---- The generator ---------------------------------------------------------------------------------------------
struct Inserters {
  std::optional<BulkInserter> community, area, grid, gridPlan, gridVersion, estate, company, building, house, household,
      person, staff, assignment, partyOrg, partyMember, partyLink, keyPerson, keyPlace, keyMatter, keyMatterLink,
      patrol, qrToken, road, personCare;
};

class Generator {
 public:
  Generator(Database& db, const FieldCipher& cipher, const Clock& clock, const Actor& actor,
            const DistrictOptions& options)
      : m_db(db),
        m_cipher(cipher),
        m_writer(db, clock),
        m_actor(actor),
        m_options(options),
        m_random(options.seed),
        m_side(options.seed * 7919u + 17u),
        m_asOf(0),
        m_ids(std::vector<std::string>{}, 0, 0) {}

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
                                std::vector<long long>& householdsOut,
                                std::vector<std::pair<long long, int>>& membersOut);
  Result<long long> addStaff(const std::string& name, const char* role, const char* level, long long target,
                             const char* positionType);
  Status writeRoads(double x0, double y0, int communityIndex);
  Status writeVisits(long long communityId, const std::vector<registry::VisitRule>& rules);
  Status linkPartyMembers(long long branchId, const std::vector<long long>& households,
                          const std::vector<std::pair<long long, int>>& members);
  Status writePatrolLogs(long long gridId, long long workerId, const std::vector<long long>& buildingIds,
                         const std::vector<std::pair<std::string, std::string>>& places);

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

}  // namespace grid::demo_detail
