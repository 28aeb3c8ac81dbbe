// SPDX-License-Identifier: GPL-2.0-or-later
// Demo organisations: staff and their posts, party members linked to households, plaques.
#include "demo/generator_parts.h"

namespace grid::demo_detail {

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

Status Generator::linkPartyMembers(long long branchId, const std::vector<long long>& households,
                                   const std::vector<std::pair<long long, int>>& members) {
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
        "区教育局机关党支部",   "市第一人民医院内科党支部", "区税务局第二党支部", "锦城银行营业部党支部",
        "区城管执法大队党支部", "市供电公司运维党支部",     "区实验小学党支部",   "天府软件园企业联合党委"};
    if (auto s = m_in.partyMember->insert(
            {memberId, personId, branchId, isoDate(joined), null(), memberType, reported ? 1LL : 0LL, 5LL,
             age >= 70 ? Value("age70") : null(),
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
  return {};
}

}  // namespace grid::demo_detail
