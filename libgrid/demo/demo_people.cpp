// SPDX-License-Identifier: GPL-2.0-or-later
// Demo people: the residents of a building, households and persons with synthetic ID numbers.
#include "demo/generator_parts.h"

namespace grid::demo_detail {

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
        if (auto s = m_in.house->insert(
                {houseId, buildingId, static_cast<long long>(unit), static_cast<long long>(village ? floor + 1 : floor),
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
          const std::size_t code =
              registered || m_random.chance(0.1) ? localCode : static_cast<std::size_t>(m_random.below(40));
          const std::string idNumber = m_ids.make(code, birthDay, male);
          const bool partyMember = age >= 20 && age <= 85 && m_random.chance(0.115);
          const char* political = partyMember                           ? "01"
                                  : age < 14                            ? nullptr
                                  : (age <= 28 && m_random.chance(0.3)) ? "03"
                                                                        : "13";
          const char* education = age < 6    ? "09"
                                  : age < 12 ? "07"
                                  : age < 15 ? "06"
                                  : age < 18 ? "05"
                                  : m_random.weighted(std::array<double, 6>{0.02, 0.06, 0.22, 0.2, 0.3, 0.2}) == 0
                                      ? "02"
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
                  {personId,
                   householdId,
                   gridId,
                   name,
                   "resident_id",
                   m_cipher.encrypt(idNumber),
                   m_cipher.lookupHash(idNumber),
                   maskIdNumber(idNumber),
                   male ? "M" : "F",
                   idNumber.substr(6, 4) + "-" + idNumber.substr(10, 2) + "-" + idNumber.substr(12, 2),
                   floating ? "floating" : "registered",
                   relation,
                   political ? Value(political) : null(),
                   m_random.chance(0.93) ? Value("01") : Value(padded(m_random.between(2, 56), 2)),
                   education,
                   age < 20                  ? Value("10")
                   : member <= 1 && size > 1 ? Value("20")
                                             : Value(m_random.chance(0.7) ? "20" : "10"),
                   mobileCipher,
                   mobileMasked,
                   floating ? Value("01") : null(),
                   floating ? Value(isoDate(m_asOf - m_random.between(30, 2000))) : null(),
                   "verified",
                   "gridctl demo",
                   isoDateTime(registeredDay, 540)});
              !s)
            return s;
          ++m_summary.persons;
          // Care tags (person_care) that put a household under a visit rule: elderly living alone, disabled members,
          // left-behind children. Drawn from the side generator, so the rest of the district stays as it was.
          const char* care = size == 1 && age >= 70            ? "elderly_alone"
                             : m_side.chance(0.012)            ? "disabled"
                             : age < 16 && m_side.chance(0.01) ? "left_behind_child"
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
                "RELEASED_PRISONER", "COMMUNITY_CORRECTION", "DRUG_USER",       "SEVERE_MENTAL_DISORDER",
                "KEY_YOUTH",         "PETITIONER",           "OTHER_ATTENTION", "DANGEROUS_GOODS_WORKER",
                "HIV_RISK",          "MILITARY_RELATED",     "LEFT_BEHIND",     "WIDOWED_ALONE"};
            static constexpr std::array<const char*, 4> kColours{"blue", "yellow", "orange", "red"};
            const char* category = kCategories[m_keyPersonCounter % 12];
            const int colour = static_cast<int>((m_keyPersonCounter / 12 + m_keyPersonCounter) % 4);
            ++m_keyPersonCounter;
            const std::string detail = std::string("{\"category\":\"") + category + "\",\"note\":\"synthetic record\"}";
            if (auto s = m_in.keyPerson->insert(
                    {personId, gridId, category,
                     colour >= 2   ? "serious"
                     : colour == 1 ? "medium"
                                   : "normal",
                     1LL, m_cipher.encrypt(detail), null(), kColours[colour], null(), null(),
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

}  // namespace grid::demo_detail
