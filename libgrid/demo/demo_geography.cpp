// SPDX-License-Identifier: GPL-2.0-or-later
// Demo geography: communities, areas, blocks of buildings per grid, roads.
#include "demo/generator_parts.h"

namespace grid::demo_detail {

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
  auto communityLeader = addStaff(personName(m_random, kSurnames[m_random.below(60)]), "COMMUNITY_LEADER", "community",
                                  communityId, nullptr);
  if (!communityLeader) return communityLeader.error();
  if (auto s = addStaff(personName(m_random, kSurnames[m_random.below(60)]), "POLICE_OFFICER", "community", communityId,
                        nullptr);
      !s)
    return s.error();
  auto instructor = addStaff(personName(m_random, kSurnames[m_random.below(60)]), "GRID_INSTRUCTOR", "community",
                             communityId, nullptr);
  if (!instructor) return instructor.error();
  m_currentCommittee = m_nextPartyOrg++;
  m_gridAnchor.clear();
  if (auto s = m_in.partyOrg->insert(
          {m_currentCommittee, null(), "committee", name + "党委", communityId, null(), *communityLeader});
      !s)
    return s;

  // Areas: 2-3 groups of block rows (rows are 200 m tall).
  const int areaCount = m_random.between(2, 3);
  std::array<long long, kCommunityRows> areaOfRow{};
  for (int a = 0, row = 0; a < areaCount; ++a) {
    const int rows = a == areaCount - 1 ? kCommunityRows - row : (areaCount == 2 ? (a == 0 ? 2 : 1) : 1);
    const long long areaId = m_nextArea++;
    const double ay0 = y0 + kBlockHeight * row;
    if (auto s = m_in.area->insert({areaId, communityId, static_cast<long long>(a + 1),
                                    std::string("第") + std::to_string(a + 1) + "片区",
                                    Wkt{rectangle(x0, ay0, x0 + kCommunityWidth, ay0 + kBlockHeight * rows)}});
        !s)
      return s;
    ++m_summary.areas;
    auto areaLeader =
        addStaff(personName(m_random, kSurnames[m_random.below(60)]), "AREA_LEADER", "area", areaId, nullptr);
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
      if (auto s =
              writeGrid(communityId, code, name, districtCode, areaOfRow[static_cast<std::size_t>(blockRowFromBottom)],
                        planId, sequence, x0 + col * kBlockWidth, y0 + blockRowFromBottom * kBlockHeight, *instructor,
                        facilities[static_cast<std::size_t>(sequence - 1)]);
          !s)
        return s;
    }
  }

  // Key matters: two or three per community, colours and demand types cycling.
  static constexpr std::array<const char*, 4> kWarnings{"blue", "yellow", "orange", "red"};
  static constexpr std::array<const char*, 5> kStatus{"open", "resolving", "assigned", "resolved", "closed"};
  static constexpr std::array<const char*, 4> kMatters{"业主与物业费用纠纷", "工地拖欠农民工工资",
                                                       "老旧小区加装电梯意见分歧", "拆迁安置补偿诉求"};
  const int matters = m_random.between(2, 3);
  for (int k = 0; k < matters; ++k) {
    const long long id = m_nextKeyMatter++;
    char serial[32];
    std::snprintf(serial, sizeof serial, "ZD-2026-%05lld", id);
    const long long registered = m_asOf - m_random.between(10, 300);
    const long long matterGrid = m_nextGrid - 1 - m_random.below(kGridsPerCommunity);
    const auto anchor = m_gridAnchor.find(matterGrid);
    if (auto s = m_in.keyMatter->insert(
            {id, serial, matterGrid, name + kMatters[id % 4], static_cast<long long>(m_random.between(3, 80)),
             "group_representative", padded(id % 13 + 1, 2), kWarnings[id % 4], "街道综治中心",
             personName(m_random, kSurnames[m_random.below(60)]), "街道住建办", kStatus[id % 5], "new", "社区综治专干",
             isoDate(registered), isoDate(registered + 30), isoDate(m_asOf + m_random.between(3, 30)),
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

Status Generator::writeGrid(long long communityId, const std::string& communityCode, const std::string& communityName,
                            const std::string& districtCode, long long areaId, long long planId, int sequence,
                            double x0, double y0, long long instructorId, const std::vector<int>& facilities) {
  const long long gridId = m_nextGrid++;
  const std::string gridCode = communityCode + padded(sequence, 3);
  const std::string gridName = communityName + "第" + std::to_string(sequence) + "网格";
  // Household target of this grid: 200-400, centred on 300, and never far beyond what the run still needs.
  int target =
      std::clamp(static_cast<int>(std::lround(300 + 55 * (m_random.uniform() + m_random.uniform() - 1) * 2)), 200, 400);
  const std::string boundary = rectangle(x0, y0, x0 + kBlockWidth, y0 + kBlockHeight);
  if (auto s = m_in.grid->insert(
          {gridId, communityId, areaId, gridCode, static_cast<long long>(sequence), gridName, "comprehensive", 300LL,
           "0755-8" + padded(m_random.between(0, 9999999), 7), "0755-12345",
           "东至" + std::string(kPlaceWords[m_random.below(16)]) + "路，西至" + kPlaceWords[m_random.below(16)] + "街",
           "周一至周五 8:30-17:30", planId, isoDateTime(m_asOf - 400, 540), Wkt{boundary}});
      !s)
    return s;
  ++m_summary.grids;
  const std::string gridLabel = "第" + std::to_string(sequence) + "网格";

  // Staff: a grid chief, a full-time worker per ~300 households, a part-timer for large grids, the instructor.
  auto leader = addStaff(personName(m_random, kSurnames[m_random.below(60)]), "GRID_LEADER", "grid", gridId, nullptr);
  if (!leader) return leader.error();
  auto worker =
      addStaff(personName(m_random, kSurnames[m_random.below(60)]), "GRID_WORKER", "grid", gridId, "full_time");
  if (!worker) return worker.error();
  if (target > 330 || m_random.chance(0.25)) {
    auto partTime =
        addStaff(personName(m_random, kSurnames[m_random.below(60)]), "GRID_WORKER", "grid", gridId, "part_time");
    if (!partTime) return partTime.error();
  }
  if (auto s = m_in.assignment->insert({instructorId, "GRID_INSTRUCTOR", "grid", gridId, null(), null(), "2024-03-01"});
      !s)
    return s;
  const long long branchId = m_nextPartyOrg++;
  // The grid's party branch under the community committee; the grid chief is its secretary (网格党支部书记兼网格长).
  if (auto s = m_in.partyOrg->insert(
          {branchId, m_currentCommittee, "branch", gridName + "党支部", communityId, gridId, *leader});
      !s)
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
    if (auto s = m_in.building->insert(
            {buildingId, gridId, null(), gridCode + padded(static_cast<long long>(buildingIds.size() + 1), 3), name,
             address, typeCode, usesCode, "rc", static_cast<long long>(m_random.between(1985, 2022)),
             static_cast<long long>(floors), 0LL, 1LL, floors > 6 ? 1LL : 0LL, 0LL, 0LL, "gridctl demo",
             Wkt{rectangle(f.x0, f.y0, f.x1, f.y1)}});
        !s)
      return s;
    ++m_summary.buildings;
    buildingIds.push_back(buildingId);
    const std::string centre = point((f.x0 + f.x1) / 2, (f.y0 + f.y1) / 2);
    places.emplace_back(name, centre);
    static constexpr std::array<const char*, 4> kColours{"blue", "yellow", "orange", "red"};
    const int colour = static_cast<int>(m_colourCounter++ % 4);
    if (auto s =
            m_in.keyPlace->insert({gridId, buildingId, name, address, classification, keyTypes,
                                   colour >= 2 ? Value("消防通道堆放杂物") : null(),
                                   colour >= 2 ? Value("限期整改中") : null(), colour == 3 ? Value("yellow") : null(),
                                   colour >= 2   ? "serious"
                                   : colour == 1 ? "medium"
                                                 : "normal",
                                   kColours[colour], personName(m_random, kSurnames[m_random.below(60)]),
                                   static_cast<long long>(m_random.between(1, 4)), m_random.chance(0.5) ? "B" : "C",
                                   isoDateTime(m_asOf - m_side.between(200, 1500), 540), Wkt{centre}});
        !s)
      return s;
    ++m_summary.keyPlaces;
    return {};
  };
  static const char* kFacilityNames[] = {"社区党群服务中心", "小学",     "社区卫生服务站", "农贸市场",
                                         "加油站",           "在建工地", "幼儿园"};
  static const char* kFacilityClasses[] = {"PARTY_GOV", "SCHOOL",       "HOSPITAL", "TRADE",
                                           "HAZCHEM",   "CONSTRUCTION", "SCHOOL"};
  static const char* kFacilityTypes[] = {"office", "public", "public", "shop", "other", "other", "public"};
  static const char* kFacilityUses[] = {"office",     "education", "medical",  "commercial",
                                        "commercial", "other",     "education"};
  for (int facility : facilities) {
    const double depth = facility == 1 || facility == 5 ? 60 : 36;
    const Footprint f{innerX0, innerY1 - depth, innerX0 + (facility == 1 || facility == 5 ? 150 : 70), innerY1};
    // The service centre carries its community's name; other facilities a place name.
    const std::string facilityName = facility == 0
                                         ? communityName + "党群服务中心"
                                         : std::string(kPlaceWords[m_random.below(16)]) + kFacilityNames[facility];
    if (auto s = addNonResidential(facilityName, kFacilityTypes[facility], kFacilityUses[facility],
                                   facility == 1   ? 4
                                   : facility == 5 ? 0
                                                   : 2,
                                   f, kFacilityClasses[facility], facility == 4 ? "work_safety,fire" : "fire");
        !s)
      return s;
    innerY1 -= depth + 10;
    target = std::max(200, target - 60);  // less room for homes in this block
  }
  if (m_random.chance(0.7)) {
    static constexpr std::array<const char*, 10> kShopClasses{
        "CATERING", "ENTERTAINMENT", "INTERNET_CAFE", "LODGING",   "TRADE",
        "TOURISM",  "ORG_OTHER",     "PLACE_OTHER",   "TRANSPORT", "PUBLIC_ACTIVITY"};
    static constexpr std::array<const char*, 10> kShopNames{"餐馆",   "KTV",  "网吧",   "宾馆",   "超市",
                                                            "旅行社", "公司", "洗衣店", "公交站", "文化广场"};
    RowPacker shops(innerX0, innerY0, innerX1, innerY0 + 12);
    const int count = m_random.between(3, 9);
    for (int i = 0; i < count; ++i) {
      auto f = shops.place(m_random.between(10, 18), 12, 3, 0);
      if (!f) break;
      const std::size_t cls = static_cast<std::size_t>(m_shopCounter++ % 10);
      if (auto s =
              addNonResidential(std::string(kPlaceWords[m_random.below(16)]) + kShopNames[cls], "shop", "commercial", 1,
                                *f, kShopClasses[cls], cls == 2 || cls == 1 ? "public_order" : "fire");
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
    if (auto s = m_in.estate->insert(
            {estateId, communityId, estateName, communityName + estateName,
             m_companies[static_cast<std::size_t>(m_random.below(static_cast<int>(m_companies.size())))],
             static_cast<long long>(type == BlockType::WalkUp ? m_random.between(1980, 1999)
                                                              : m_random.between(2000, 2022)),
             Wkt{rectangle(innerX0 - 4, innerY0 - 4, innerX1 + 4, innerY1 + 4)}});
        !s)
      return s;
    ++m_summary.estates;
    auto property =
        addStaff(personName(m_random, kSurnames[m_random.below(60)]), "PROPERTY_LEADER", "estate", estateId, nullptr);
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
        {"门卫室", {6, 5}},
        {"配电房", {9, 6}},
        {"垃圾收集站", {8, 5}},
        {towers ? "地下车库出入口" : "自行车棚", {10, 5}}};
    for (const auto& [label, size] : ancillary) {
      auto f = packer.place(size.first, size.second, 6, 8);
      if (!f) break;
      const long long buildingId = m_nextBuilding++;
      if (auto s = m_in.building->insert(
              {buildingId, gridId, estateId, gridCode + padded(static_cast<long long>(buildingIds.size() + 1), 3),
               estateName + label, communityName + estateName + label, "other", "other", "brick_concrete",
               static_cast<long long>(m_random.between(1990, 2022)), 1LL, 0LL, 1LL, 0LL, 1LL, 0LL, "gridctl demo",
               Wkt{rectangle(f->x0, f->y0, f->x1, f->y1)}});
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
    if (current == BlockType::Villa && number >= (facilities.empty() ? 28 : 10))
      current = BlockType::WalkUp;  // mixed compounds
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
                               : current == BlockType::UrbanVillage                    ? plan.floors + 1
                                                                                       : plan.floors;
    if (auto s = m_in.building->insert(
            {buildingId, gridId, estateId >= 0 && current != BlockType::UrbanVillage ? Value(estateId) : null(),
             gridCode + padded(static_cast<long long>(buildingIds.size() + 1), 3), name, communityName + name,
             plan.typeCode, plan.usesCode, plan.structureCode, static_cast<long long>(m_random.between(1985, 2022)),
             static_cast<long long>(floorsRecorded),
             static_cast<long long>(plan.elevator ? m_random.between(1, 2) : 0),  // basements
             static_cast<long long>(plan.units), plan.elevator ? 1LL : 0LL, estateId >= 0 ? 1LL : 0LL,
             static_cast<long long>(std::lround(plan.dwellings() * kOccupancy)), "gridctl demo",
             Wkt{rectangle(f->x0, f->y0, f->x1, f->y1)}});
        !s)
      return s;
    ++m_summary.buildings;
    buildingIds.push_back(buildingId);
    places.emplace_back(name, point((f->x0 + f->x1) / 2, (f->y0 + f->y1) / 2));
    if (number == 1) m_gridAnchor[gridId] = {buildingId, point((f->x0 + f->x1) / 2, (f->y0 + f->y1) / 2)};
    if (auto s = writeBuildingResidents(buildingId, gridId, name, plan, current, districtCode, households, members); !s)
      return s;
    // Building chiefs for buildings with a dozen homes or more; a few are left vacant on purpose (rule panel).
    if (plan.dwellings() >= 12 && m_random.chance(0.93)) {
      auto chief = addStaff(personName(m_random, kSurnames[m_random.below(60)]), "BUILDING_LEADER", "building",
                            buildingId, nullptr);
      if (!chief) return chief.error();
    }
    expected += plan.dwellings() * kOccupancy;
  }

  if (auto s = linkPartyMembers(branchId, households, members); !s) return s;
  m_householdBudget -= static_cast<long long>(households.size());

  if (auto s = m_in.gridVersion->insert(
          {planId, gridId, gridCode, gridName, static_cast<long long>(households.size()), Wkt{boundary}});
      !s)
    return s;

  if (auto s = writePatrolLogs(gridId, *worker, buildingIds, places); !s) return s;
  return {};
}

Status Generator::writeRoads(double x0, double y0, int communityIndex) {
  // The community's block lattice: edges are secondary roads, lines between blocks are local streets. Edges shared
  // with a neighbour are drawn by the community west/south of them only.
  static constexpr std::array<const char*, 6> kRoadSuffix{"路", "街", "路", "巷", "路", "大道"};
  const std::string prefix = kPlaceWords[static_cast<std::size_t>(communityIndex) % 16];
  for (int c = 0; c <= kCommunityCols; ++c) {
    const double x = x0 + c * kBlockWidth;
    if (auto s = m_in.road->insert({prefix + std::to_string(c + 1) + kRoadSuffix[static_cast<std::size_t>(c) % 6],
                                    c == 0 || c == kCommunityCols ? "secondary" : "street",
                                    Wkt{lineString(x, y0, x, y0 + kCommunityHeight)}});
        !s)
      return s;
  }
  for (int r = 0; r <= kCommunityRows; ++r) {
    const double y = y0 + r * kBlockHeight;
    if (auto s = m_in.road->insert(
            {prefix + "东西" + std::to_string(r + 1) + kRoadSuffix[static_cast<std::size_t>(r + 1) % 6],
             r == 0 || r == kCommunityRows ? "secondary" : "street", Wkt{lineString(x0, y, x0 + kCommunityWidth, y)}});
        !s)
      return s;
  }
  return {};
}

}  // namespace grid::demo_detail
