// SPDX-License-Identifier: GPL-2.0-or-later
// Demo field records: patrol logs, and visits that follow the frequency rules.
#include "demo/generator_parts.h"

namespace grid::demo_detail {

Status Generator::writePatrolLogs(long long gridId, long long workerId, const std::vector<long long>& buildingIds,
                                  const std::vector<std::pair<std::string, std::string>>& places) {
  // Patrol logs of the last two months.
  // Patrols and rule-bound visits are written last (writeVisits); these are the other field records.
  static constexpr std::array<const char*, 3> kLogTypes{"routine_visit", "hidden_danger", "work_record"};
  const int patrols = m_random.between(6, 12);
  for (int p = 0; p < patrols && !buildingIds.empty(); ++p) {
    const std::size_t b = static_cast<std::size_t>(m_random.below(static_cast<int>(places.size())));
    const bool exception = m_random.chance(0.1);
    if (auto s = m_in.patrol->insert({gridId, workerId, kLogTypes[static_cast<std::size_t>(p) % 3], "building",
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
    long long visit =
        overdue ? m_asOf - interval - m_side.between(1, 21) : m_asOf - m_side.between(0, std::max(0, interval - 1));
    const long long lastVisit = visit;
    const bool grid = item.objectType == "grid", matter = item.objectType == "key_matter";
    const char* logType = grid ? "patrol" : item.objectType == "key_person" ? "key_person_visit" : "routine_visit";
    const char* content = grid                              ? "巡查网格，未发现异常"
                          : item.objectType == "key_person" ? "走访见面，情况稳定"
                          : matter                          ? "回访当事人，诉求跟进中"
                                                            : "上门走访，情况正常";
    // Back far enough that every day of the last 100 has a visit before it (the monthly report looks a month back).
    for (int n = 0; n < 40; ++n, visit -= interval + m_side.between(-1, 1)) {
      if (auto s = m_visitLog->insert(
              {item.gridId, item.staffId >= 0 ? Value(item.staffId) : null(), logType,
               grid || matter ? null() : Value(item.objectType), grid || matter ? null() : Value(item.objectId),
               matter ? Value(item.objectId) : null(), isoDateTime(visit, m_side.between(510, 1050)),
               item.objectType == "key_person" ? null() : Value(item.label),
               grid ? null() : Value(item.objectType == "household" ? "户主" : "本人"), content, 0LL,
               item.worker.empty() ? Value("gridctl demo") : Value(item.worker), isoDateTime(visit, 1080)});
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

}  // namespace grid::demo_detail
