// SPDX-License-Identifier: GPL-2.0-or-later
#include "dashboard/dashboard.h"

#include <cstdio>
#include <functional>
#include <map>
#include <set>
#include <tuple>

#include "access/session.h"
#include "io/gdal_dataset.h"
#include "storage/database.h"
#include "visits/visits.h"

namespace grid::dashboard {

namespace {

// A figure counted straight from the tables: its records are "SELECT <list> <from> AND (<extra>)" and its count is
// "count(*) FILTER (WHERE <extra>)" over <from>, one scan for all the figures sharing a <from> — so the number and the
// records behind it cannot disagree. In both, {G} is the place's grids, ?1 the day stock is taken, ?2 and ?3 the
// period's first and last day.
struct Measure {
  std::string key;
  std::string group;
  std::string zh;
  std::string en;
  std::string from;
  const char* table;  // whose ids the records are
  std::string list;   // id first, then the columns of header
  std::vector<const char*> headerZh, headerEn;
  std::string extra = {};  // the figure's own condition within <from> (empty: all of <from>)
  std::string where() const { return extra.empty() ? from : from + " AND (" + extra + ")"; }
};

// Registered by day ?1 and not moved out before it.
const std::string kLive =
    " AND substr(coalesce(t.created_at, '0000'), 1, 10) <= ?1 AND (t.logout = 0 OR coalesce(t.logout_date, '9999') > "
    "?1)";

const char* const kColours[] = {"red", "orange", "yellow", "blue"};
const char* const kColoursZh[] = {"红色", "橙色", "黄色", "蓝色"};
const char* const kColoursEn[] = {"red", "orange", "yellow", "blue"};

std::vector<Measure> buildMeasures() {
  std::vector<Measure> m;
  const std::string households =
      "FROM household t LEFT JOIN house h ON h.id = t.house_id LEFT JOIN building b ON "
      "b.id = t.building_id WHERE t.grid_id IN ({G})" +
      kLive;
  const std::vector<const char*> householdZh{"楼栋", "房号", "户类型", "人数"},
      householdEn{"Building", "Room", "Type", "Members"};
  const std::string householdList =
      "t.id, coalesce(b.name, ''), coalesce(h.room_no, ''), t.household_type, t.members_count";
  m.push_back({"households", "population", "实有住户", "Households", households, "household", householdList,
               householdZh, householdEn});
  m.push_back({"persons",
               "population",
               "实有人口",
               "Persons",
               "FROM person t WHERE t.grid_id IN ({G})" + kLive,
               "person",
               "t.id, t.name, coalesce(t.id_masked, ''), coalesce(t.birth_date, '')",
               {"姓名", "证件号码", "出生日期"},
               {"Name", "ID number", "Born"}});
  const std::string linked =
      "EXISTS (SELECT 1 FROM party_link l WHERE l.household_id = t.id AND l.start_date <= ?1 AND "
      "(l.end_date IS NULL OR l.end_date > ?1))";
  m.push_back({"linkable_households", "population", "应联户数", "Households to link", households, "household",
               householdList, householdZh, householdEn, "t.household_type <> 'vacant'"});
  m.push_back({"linked_households", "population", "已联户数", "Households linked", households, "household",
               householdList, householdZh, householdEn, "t.household_type <> 'vacant' AND " + linked});
  static const char* const kListZh[] = {"重点人员", "重点场所", "重点事项"};
  static const char* const kListEn[] = {"Key persons", "Key places", "Key matters"};
  std::vector<Measure> lists[3];
  for (int c = 0; c < 4; ++c) {
    const std::string colour = kColours[c];
    const std::string zh = std::string("（") + kColoursZh[c] + "）", en = std::string(" (") + kColoursEn[c] + ")";
    lists[0].push_back(
        {"key_persons_" + colour,
         "lists",
         kListZh[0] + zh,
         kListEn[0] + en,
         "FROM key_person t JOIN person p ON p.id = t.person_id WHERE t.grid_id IN ({G}) AND t.under_attention = 1" +
             kLive,
         "key_person",
         "t.id, p.name, t.category_code, coalesce(t.last_visit_date, ''), coalesce(t.next_visit_due, '')",
         {"姓名", "类别", "最近走访", "下次走访"},
         {"Name", "Category", "Last visit", "Next visit"},
         "t.risk_colour = '" + colour + "'"});
    lists[1].push_back({"key_places_" + colour,
                        "lists",
                        kListZh[1] + zh,
                        kListEn[1] + en,
                        "FROM key_place t WHERE t.grid_id IN ({G})" + kLive,
                        "key_place",
                        "t.id, t.name, t.classification_code, coalesce(t.address, '')",
                        {"名称", "类别", "地址"},
                        {"Name", "Class", "Address"},
                        "t.risk_colour = '" + colour + "'"});
    lists[2].push_back(
        {"key_matters_" + colour,
         "lists",
         kListZh[2] + zh,
         kListEn[2] + en,
         "FROM key_matter t WHERE t.grid_id IN ({G}) AND substr(t.registered_at, 1, 10) <= ?1 AND t.status NOT IN "
         "('resolved', 'closed')",
         "key_matter",
         "t.id, t.serial_number, t.subject, t.status",
         {"编号", "事项", "状态"},
         {"Serial", "Matter", "Status"},
         "t.warning_level = '" + colour + "'"});
  }
  for (const auto& list : lists) m.insert(m.end(), list.begin(), list.end());
  const std::string events =
      "FROM event e WHERE e.occur_grid_id IN ({G}) AND e.occur_date >= ?2 AND e.occur_date <= ?3";
  const std::string eventList = "e.id, e.serial_number, e.subject, e.occur_date, e.status";
  const std::vector<const char*> eventZh{"编号", "标题", "发生日期", "状态"},
      eventEn{"Serial", "Subject", "Occurred", "Status"};
  m.push_back({"events_new", "events", "新发事件", "Events reported", events, "event", eventList, eventZh, eventEn});
  m.push_back({"events_closed", "events", "办结事件", "Events closed", events, "event", eventList, eventZh, eventEn,
               "e.status IN (250, 300)"});
  m.push_back({"events_on_the_spot", "events", "就地办结", "Handled on the spot", events, "event", eventList, eventZh,
               eventEn, "EXISTS (SELECT 1 FROM event_log l WHERE l.event_id = e.id AND l.operation_code = 32)"});
  m.push_back({"events_escalated", "events", "上报上级", "Escalated", events, "event", eventList, eventZh, eventEn,
               "EXISTS (SELECT 1 FROM event_log l WHERE l.event_id = e.id AND l.operation_code = 41)"});
  m.push_back({"events_overdue", "events", "超期事件", "Events overdue", events, "event", eventList, eventZh, eventEn,
               "EXISTS (SELECT 1 FROM event_step s WHERE s.event_id = e.id AND s.red_date IS NOT NULL AND "
               "coalesce(substr(s.end_date, 1, 10), ?1) > s.red_date)"});
  m.push_back({"events_open", "events", "在办事件", "Events open",
               "FROM event e WHERE e.occur_grid_id IN ({G}) AND e.occur_date <= ?1 AND e.status IN (1, 150)", "event",
               eventList, eventZh, eventEn});
  m.push_back(
      {"events_supervised",
       "events",
       "督办事件",
       "Events under supervision",
       "FROM event e WHERE e.occur_grid_id IN ({G}) AND e.occur_date <= ?1 AND e.status IN (1, 150)",
       "event",
       "e.id, e.serial_number, e.subject, e.occur_date, (SELECT CASE WHEN min(s.red_date) <= ?1 THEN 'red' ELSE "
       "'yellow' END FROM event_step s WHERE s.event_id = e.id AND s.end_date IS NULL AND s.yellow_date <= ?1)",
       {"编号", "标题", "发生日期", "督办"},
       {"Serial", "Subject", "Occurred", "Card"},
       "EXISTS (SELECT 1 FROM event_step s WHERE s.event_id = e.id AND s.end_date IS NULL AND "
       "s.yellow_date IS NOT NULL AND s.yellow_date <= ?1)"});
  const std::string logs =
      "FROM patrol_log t LEFT JOIN staff s ON s.id = t.staff_id WHERE t.grid_id IN ({G}) AND "
      "substr(t.work_time, 1, 10) >= ?2 AND substr(t.work_time, 1, 10) <= ?3";
  const std::string logList = "t.id, t.work_time, t.log_type, coalesce(s.name, ''), coalesce(t.place, '')";
  m.push_back({"visits_done",
               "visits",
               "巡查走访次数",
               "Patrols and visits logged",
               logs,
               "patrol_log",
               logList,
               {"时间", "类型", "走访人", "地点"},
               {"Time", "Type", "Worker", "Place"}});
  m.push_back({"patrols_done",
               "visits",
               "网格巡查次数",
               "Grid patrols logged",
               logs,
               "patrol_log",
               logList,
               {"时间", "类型", "走访人", "地点"},
               {"Time", "Type", "Worker", "Place"},
               "t.log_type = 'patrol'"});
  const std::string grids = "FROM grid t WHERE t.id IN ({G}) AND t.retired_at IS NULL";
  const std::string fullTime =
      "SELECT 1 FROM staff_assignment a WHERE a.level = 'grid' AND a.target_id = t.id AND "
      "a.role_code = 'GRID_WORKER' AND a.position_type = 'full_time' AND a.start_date <= ?1 AND "
      "(a.end_date IS NULL OR a.end_date > ?1)";
  m.push_back({"grids",
               "staff",
               "网格数",
               "Grids",
               grids,
               "grid",
               "t.id, t.grid_code, t.name",
               {"网格编码", "名称"},
               {"Grid code", "Name"}});
  m.push_back({"grids_without_worker",
               "staff",
               "无专职网格员的网格",
               "Grids without a full-time worker",
               grids,
               "grid",
               "t.id, t.grid_code, t.name",
               {"网格编码", "名称"},
               {"Grid code", "Name"},
               "NOT EXISTS (" + fullTime + ")"});
  m.push_back(
      {"workers",
       "staff",
       "专职网格员",
       "Full-time grid workers",
       "FROM staff s WHERE s.id IN (SELECT a.staff_id FROM staff_assignment a WHERE a.level = 'grid' AND "
       "a.role_code = 'GRID_WORKER' AND a.position_type = 'full_time' AND a.start_date <= ?1 AND "
       "(a.end_date IS NULL OR a.end_date > ?1) AND a.target_id IN (SELECT id FROM grid WHERE retired_at IS NULL "
       "AND id IN ({G})))",
       "staff",
       "s.id, s.name, (SELECT group_concat(g.name, '、') FROM staff_assignment a JOIN grid g ON "
       "g.id = a.target_id WHERE a.staff_id = s.id AND a.level = 'grid' AND a.role_code = 'GRID_WORKER' "
       "AND a.end_date IS NULL)",
       {"姓名", "网格"},
       {"Name", "Grids"}});
  return m;
}

const std::vector<Measure>& measures() {
  static const std::vector<Measure> all = buildMeasures();
  return all;
}

const Measure* measure(const std::string& key) {
  for (const Measure& m : measures())
    if (key == m.key) return &m;
  return nullptr;
}

std::string withGrids(std::string sql, const std::string& grids) {
  if (grids.empty())  // every grid
    for (std::size_t at; (at = sql.find(" IN ({G})")) != std::string::npos;) sql.replace(at, 9, " IS NOT NULL");
  for (std::size_t at; (at = sql.find("{G}")) != std::string::npos;) sql.replace(at, 3, grids);
  return sql;
}

Status bindPeriod(Statement& statement, const std::string& asOf, const Period& period, const std::string& sql) {
  if (sql.find("?1") != std::string::npos) statement.bind(1, asOf);
  if (sql.find("?2") != std::string::npos) statement.bind(2, period.from);
  if (sql.find("?3") != std::string::npos) statement.bind(3, period.to);
  return {};
}

// The counts of every measure, one query per shared <from>: count(*) FILTER (WHERE extra) for each.
Status countAll(Database& db, const std::string& grids, const std::string& asOf, const Period& period,
                std::map<std::string, double>& values, const std::set<std::string>& skip) {
  std::vector<std::string> order;
  std::map<std::string, std::vector<const Measure*>> byFrom;
  for (const Measure& m : measures()) {
    if (skip.count(m.key)) continue;
    if (!byFrom.count(m.from)) order.push_back(m.from);
    byFrom[m.from].push_back(&m);
  }
  for (const std::string& from : order) {
    std::string columns;
    for (const Measure* m : byFrom[from])
      columns += (columns.empty() ? "" : ", ") +
                 (m->extra.empty() ? std::string("count(*)") : "count(*) FILTER (WHERE " + m->extra + ")");
    const std::string sql = withGrids("SELECT " + columns + " " + from, grids);
    auto statement = db.prepare(sql);
    if (!statement) return statement.error();
    (void)bindPeriod(*statement, asOf, period, sql);
    auto row = statement->step();
    if (!row) return row.error();
    int column = 0;
    for (const Measure* m : byFrom[from]) values[m->key] = static_cast<double>(statement->int64(column++));
  }
  return {};
}

// The grids under \a place that the connection's user may count (all of them without accounts); empty for every grid
// of the database, which withGrids turns into a test the scans skip.
Result<std::string> gridsOf(Database& db, const workflow::Org& place) {
  const std::string grids = workflow::gridsUnder(place);
  auto scope = access::readableGridsCondition(db, "statistics", "id");
  if (!scope) return scope.error();
  if (scope->empty()) return place.level.empty() ? std::string() : grids;
  return "SELECT id FROM grid WHERE (" + *scope + ") AND id IN (" + grids + ")";
}

std::string asOfDay(const Clock& clock, const Period& period) {
  const std::string today = clock.today();
  return period.to < today ? period.to : today;
}

// A clock fixed at the end of the stock day, for the workflow's "today" (overdue steps judged then).
FixedClock clockAt(const std::string& day) {
  return FixedClock(day + "T23:59:59Z");
}

// The service circle (services/service_circle.h): a building's live households, and whether it reaches every active
// facility type within that type's limit (by the stored walking times).
constexpr const char* kServiceHouseholds =
    "(SELECT count(*) FROM household h WHERE h.building_id = b.id AND h.logout = 0)";
constexpr const char* kServiceCovered =
    "NOT EXISTS (SELECT 1 FROM service_facility_type t WHERE t.active = 1 AND NOT EXISTS (SELECT 1 FROM "
    "service_access a WHERE a.building_id = b.id AND a.type_code = t.code AND a.minutes <= t.minutes))";

struct Derived {
  const char* key;
  const char* group;
  const char* zh;
  const char* en;
  Unit unit;
};
const Derived kDerived[] = {
    {"party_coverage", "population", "党员联户覆盖率", "Party-link coverage", Unit::Percent},
    {"service_circle", "population", "15分钟生活圈覆盖率", "15-minute service circle coverage", Unit::Percent},
    {"events_closure_rate", "events", "办结率", "Closure rate", Unit::Percent},
    {"events_avg_days", "events", "平均办理工作日", "Average working days", Unit::Days},
    {"events_satisfaction", "events", "群众满意率", "Satisfaction", Unit::Percent},
    {"visit_objects", "visits", "应走访对象", "Objects under visit rules", Unit::Count},
    {"visits_overdue", "visits", "逾期未走访", "Visits overdue", Unit::Count},
    {"visits_on_time", "visits", "按期走访率", "Visited on time", Unit::Percent},
    {"households_per_worker", "staff", "人均服务户数", "Households per full-time worker", Unit::Ratio},
};

}  // namespace

std::optional<Period> monthPeriod(const std::string& month) {
  int y = 0, m = 0;
  if (month.size() != 7 || std::sscanf(month.c_str(), "%4d-%2d", &y, &m) != 2 || m < 1 || m > 12 || y < 1900)
    return std::nullopt;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  char from[32], to[32];
  std::snprintf(from, sizeof from, "%04d-%02d-01", y, m);
  std::snprintf(to, sizeof to, "%04d-%02d-%02d", y, m, m == 2 && leap ? 29 : kDays[m - 1]);
  return Period{from, to};
}

std::string previousMonth(const std::string& month) {
  int y = 0, m = 0;
  if (std::sscanf(month.c_str(), "%4d-%2d", &y, &m) != 2) return {};
  if (--m == 0) m = 12, --y;
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d", y, m);
  return buffer;
}

double Figures::value(const std::string& key) const {
  const Indicator* i = find(key);
  return i ? i->value : 0;
}

const Indicator* Figures::find(const std::string& key) const {
  for (const Indicator& i : indicators)
    if (i.key == key) return &i;
  return nullptr;
}

const std::vector<std::string>& indicatorKeys() {
  static const std::vector<std::string> keys = [] {
    std::vector<std::string> out;
    for (const char* group : {"population", "lists", "events", "visits", "staff"}) {
      for (const Measure& m : measures())
        if (m.group == group) out.push_back(m.key);
      for (const Derived& d : kDerived)
        if (std::string(d.group) == group) out.push_back(d.key);
    }
    return out;
  }();
  return keys;
}

Result<std::pair<std::string, std::string>> placeLabel(Database& db, const workflow::Org& place) {
  std::string sql;
  if (place.level == "district")
    sql = "SELECT admin_code, name FROM district WHERE id = ?";
  else if (place.level == "street")
    sql = "SELECT admin_code, name FROM street WHERE id = ?";
  else if (place.level == "community")
    sql = "SELECT admin_code, name FROM community WHERE id = ?";
  else if (place.level == "area")
    sql = "SELECT id, name FROM area WHERE id = ?";
  else if (place.level == "grid")
    sql = "SELECT grid_code, name FROM grid WHERE id = ?";
  else if (place.level == "worker")
    sql = "SELECT id, name FROM staff WHERE id = ?";
  else
    return std::make_pair(std::string(), std::string("全部"));
  auto statement = db.prepare(sql);
  if (!statement) return statement.error();
  statement->bind(1, place.id);
  auto row = statement->step();
  if (!row) return row.error();
  if (!*row) return makeError(ErrorCode::NotFound, place.level + " " + std::to_string(place.id) + " does not exist");
  return std::make_pair(statement->text(0), statement->text(1));
}

Result<Figures> computeFigures(Database& db, const Clock& clock, const workflow::Org& place, const Period& period) {
  Figures figures;
  figures.place = place;
  figures.period = period;
  figures.asOf = asOfDay(clock, period);
  auto label = placeLabel(db, place);
  if (!label) return label.error();
  figures.placeCode = label->first;
  figures.placeName = label->second;
  auto scoped = gridsOf(db, place);
  if (!scoped) return scoped.error();
  const std::string grids = *scoped;
  std::map<std::string, double> values;
  // Scans of a city's tables read every page once or twice: mapped, they skip a system call per page.
  MemoryMapScope mapped(db, 1024);
  // For the running month the population figures are today's, which the per-grid counters keep exactly (grid_stats,
  // maintained by triggers like the tree's counts): no scan of the household and person tables.
  std::set<std::string> skip;
  if (figures.asOf >= clock.today()) {
    auto stats =
        db.prepare(withGrids("SELECT coalesce(sum(households), 0), coalesce(sum(persons), 0), "
                             "coalesce(sum(linkable), 0), coalesce(sum(linked), 0) FROM grid_stats "
                             "WHERE grid_id IN ({G})",
                             grids));
    if (!stats) return stats.error();
    auto row = stats->step();
    if (!row) return row.error();
    values["households"] = static_cast<double>(stats->int64(0));
    values["persons"] = static_cast<double>(stats->int64(1));
    values["linkable_households"] = static_cast<double>(stats->int64(2));
    values["linked_households"] = static_cast<double>(stats->int64(3));
    skip = {"households", "persons", "linkable_households", "linked_households"};
  }
  if (auto s = countAll(db, grids, figures.asOf, period, values, skip); !s) return s.error();
  const FixedClock stockClock = clockAt(figures.asOf);
  auto events = workflow::eventStatistics(db, stockClock, place, period.from, period.to);
  if (!events) return events.error();
  values["events_closure_rate"] = 100.0 * events->closureRate;
  values["events_avg_days"] = events->averageWorkdays;
  values["events_satisfaction"] = 100.0 * events->satisfactionRate;
  visits::DueQuery due;
  due.place = place;
  due.asOf = figures.asOf;
  auto counts = visits::countDueVisits(db, stockClock, due);
  if (!counts) return counts.error();
  values["visit_objects"] = static_cast<double>(counts->objects);
  values["visits_overdue"] = static_cast<double>(counts->overdue);
  values["visits_on_time"] = counts->objects == 0 ? 100.0
                                                  : 100.0 * static_cast<double>(counts->objects - counts->overdue) /
                                                        static_cast<double>(counts->objects);
  values["party_coverage"] =
      values["linkable_households"] > 0 ? 100.0 * values["linked_households"] / values["linkable_households"] : 0;
  values["households_per_worker"] = values["workers"] > 0 ? values["households"] / values["workers"] : 0;
  {
    // Households whose building reaches every active facility type within its limit, as last computed.
    auto circle = db.prepare(withGrids(std::string("SELECT coalesce(sum(n), 0), coalesce(sum(CASE WHEN covered THEN n "
                                                   "ELSE 0 END), 0) FROM (SELECT ") +
                                           kServiceHouseholds + " AS n, " + kServiceCovered +
                                           " AS covered FROM building b WHERE b.logout = 0 AND b.grid_id IN ({G}))",
                                       grids));
    if (!circle) return circle.error();
    if (auto row = circle->step(); !row) return row.error();
    values["service_circle"] =
        circle->int64(0) > 0 ? 100.0 * static_cast<double>(circle->int64(1)) / static_cast<double>(circle->int64(0))
                             : 0;
  }
  for (const std::string& key : indicatorKeys()) {
    Indicator indicator;
    indicator.key = key;
    if (const Measure* m = measure(key)) {
      indicator.group = m->group;
      indicator.zh = m->zh;
      indicator.en = m->en;
    } else {
      for (const Derived& d : kDerived)
        if (key == d.key) {
          indicator.group = d.group;
          indicator.zh = d.zh;
          indicator.en = d.en;
          indicator.unit = d.unit;
        }
    }
    indicator.value = values[key];
    static const std::set<std::string> kHigherIsBetter = {
        "party_coverage", "linked_households",   "events_closed", "events_on_the_spot", "events_closure_rate",
        "service_circle", "events_satisfaction", "visits_done",   "patrols_done",       "visits_on_time",
        "workers"};
    static const std::set<std::string> kLowerIsBetter = {"events_overdue",  "events_open",    "events_supervised",
                                                         "events_avg_days", "visits_overdue", "grids_without_worker",
                                                         "key_persons_red", "key_places_red", "key_matters_red"};
    indicator.better = kHigherIsBetter.count(key) ? 1 : kLowerIsBetter.count(key) ? -1 : 0;
    figures.indicators.push_back(std::move(indicator));
  }
  return figures;
}

Result<std::vector<Figures>> childFigures(Database& db, const Clock& clock, const workflow::Org& place,
                                          const Period& period) {
  std::string sql, level;
  if (place.level == "district" || place.level.empty()) {
    level = "street";
    sql = place.level.empty() ? "SELECT id FROM street ORDER BY admin_code"
                              : "SELECT id FROM street WHERE district_id = ?1 ORDER BY admin_code";
  } else if (place.level == "street") {
    level = "community";
    sql = "SELECT id FROM community WHERE street_id = ?1 ORDER BY admin_code";
  } else if (place.level == "community" || place.level == "area") {
    level = "grid";
    sql = std::string("SELECT id FROM grid WHERE retired_at IS NULL AND ") +
          (place.level == "community" ? "community_id" : "area_id") + " = ?1 ORDER BY grid_code";
  } else if (place.level == "grid") {
    level = "worker";
    sql =
        "SELECT staff_id FROM staff_assignment WHERE role_code = 'GRID_WORKER' AND level = 'grid' AND "
        "end_date IS NULL AND target_id = ?1 GROUP BY staff_id "
        "ORDER BY max(CASE WHEN position_type = 'full_time' THEN 1 ELSE 0 END) DESC, staff_id";
  } else {
    return std::vector<Figures>{};
  }
  auto statement = db.prepare(sql);
  if (!statement) return statement.error();
  if (sql.find("?1") != std::string::npos) statement->bind(1, place.id);
  std::vector<long long> ids;
  if (auto s = statement->forEachRow([&](const Statement& r) { ids.push_back(r.int64(0)); }); !s) return s.error();
  std::vector<Figures> out;
  for (long long id : ids) {
    auto figures = computeFigures(db, clock, {level, id}, period);
    if (!figures) return figures.error();
    out.push_back(std::move(*figures));
  }
  return out;
}

Result<RecordList> indicatorRecords(Database& db, const Clock& clock, const workflow::Org& place, const Period& period,
                                    const std::string& key, int limit, bool english) {
  const std::string asOf = asOfDay(clock, period);
  auto scoped = gridsOf(db, place);
  if (!scoped) return scoped.error();
  const std::string grids = *scoped;
  RecordList out;
  auto fromMeasure = [&](const Measure& m, const std::string& extra) -> Status {
    out.table = m.table;
    out.headerZh.assign(m.headerZh.begin(), m.headerZh.end());
    out.headerEn.assign(m.headerEn.begin(), m.headerEn.end());
    const std::string from = withGrids(m.where(), grids) + extra;
    const std::string countSql = "SELECT count(*) " + from;
    auto count = db.prepare(countSql);
    if (!count) return count.error();
    (void)bindPeriod(*count, asOf, period, countSql);
    auto row = count->step();
    if (!row) return row.error();
    out.total = count->int64(0);
    const std::string sql = "SELECT " + m.list + " " + from + " LIMIT " + std::to_string(limit);
    auto list = db.prepare(sql);
    if (!list) return list.error();
    (void)bindPeriod(*list, asOf, period, sql);
    return list->forEachRow([&](const Statement& r) {
      out.ids.push_back(r.int64(0));
      std::vector<std::string> cells;
      for (int c = 1; c < r.columnCount(); ++c) cells.push_back(r.text(c));
      if (std::string(m.table) == "event" && !cells.empty()) {  // the last column is the status or the supervision card
        static const std::map<std::string, std::pair<const char*, const char*>> kNames = {
            {"1", {"办理中", "Dealing"}},      {"150", {"已办结", "Complete"}},
            {"250", {"已关闭", "Closed"}},     {"300", {"已结案", "Verified"}},
            {"red", {"红牌督办", "Red card"}}, {"yellow", {"黄牌督办", "Yellow card"}}};
        if (auto it = kNames.find(cells.back()); it != kNames.end())
          cells.back() = english ? it->second.second : it->second.first;
      }
      out.rows.push_back(std::move(cells));
    });
  };
  if (const Measure* m = measure(key)) {
    if (auto s = fromMeasure(*m, ""); !s) return s.error();
    return out;
  }
  // Rates list the part of their denominator that fails them.
  if (key == "party_coverage") {
    const Measure* m = measure("linkable_households");
    if (auto s = fromMeasure(*m,
                             " AND NOT EXISTS (SELECT 1 FROM party_link l WHERE l.household_id = t.id AND "
                             "l.start_date <= ?1 AND (l.end_date IS NULL OR l.end_date > ?1))");
        !s)
      return s.error();
    return out;
  }
  if (key == "events_closure_rate" || key == "events_avg_days" || key == "events_satisfaction") {
    const Measure* m = measure("events_new");
    const std::string extra = key == "events_closure_rate" ? " AND e.status NOT IN (250, 300)"
                              : key == "events_avg_days"
                                  ? " AND e.complete_date IS NOT NULL"
                                  : " AND EXISTS (SELECT 1 FROM event_evaluation v WHERE v.event_id = e.id) AND "
                                    "(SELECT rating FROM event_evaluation v WHERE v.event_id = e.id ORDER BY v.id DESC "
                                    "LIMIT 1) NOT IN ('satisfied', 'basically_satisfied')";
    if (auto s = fromMeasure(*m, extra); !s) return s.error();
    return out;
  }
  if (key == "households_per_worker") {
    if (auto s = fromMeasure(*measure("workers"), ""); !s) return s.error();
    return out;
  }
  if (key == "service_circle") {  // the homes beyond the limit of some type, with the services they lack
    auto statement = db.prepare(withGrids(
        std::string("SELECT b.id, b.name, g.name, ") + kServiceHouseholds + ", (SELECT group_concat(" +
            (english ? "t.name_en" : "t.name_zh") +
            " || coalesce(' ' || CAST(round((SELECT a.minutes FROM service_access a WHERE a.building_id = b.id AND "
            "a.type_code = t.code), 0) AS INTEGER) || ' min', ''), '、') FROM service_facility_type t WHERE t.active = "
            "1 AND NOT EXISTS (SELECT 1 FROM service_access a WHERE a.building_id = b.id AND a.type_code = t.code AND "
            "a.minutes <= t.minutes)) FROM building b JOIN grid g ON g.id = b.grid_id WHERE b.logout = 0 AND "
            "b.grid_id IN ({G}) AND " +
            kServiceHouseholds + " > 0 AND NOT " + kServiceCovered + " ORDER BY g.grid_code, b.id",
        grids));
    if (!statement) return statement.error();
    out.table = "building";
    out.headerZh = {"楼栋", "网格", "户数", "15分钟内不可达"};
    out.headerEn = {"Building", "Grid", "Households", "Not within reach"};
    if (auto s = statement->forEachRow([&](const Statement& r) {
          ++out.total;
          if (static_cast<int>(out.rows.size()) >= limit) return;
          out.ids.push_back(r.int64(0));
          out.rows.push_back({r.text(1), r.text(2), std::to_string(r.int64(3)), r.text(4)});
        });
        !s)
      return s.error();
    return out;
  }
  if (key == "visit_objects" || key == "visits_overdue" || key == "visits_on_time") {
    visits::DueQuery due;
    due.place = place;
    due.asOf = asOf;
    due.overdueOnly = key != "visit_objects";
    due.english = english;
    auto items = visits::dueVisits(db, clockAt(asOf), due);
    if (!items) return items.error();
    out.table = "visit";
    out.headerZh = {"对象", "名称", "网格", "网格员", "规则", "最近走访", "应走访日期", "逾期天数"};
    out.headerEn = {"Object", "Name", "Grid", "Worker", "Rule", "Last visit", "Due", "Days overdue"};
    out.total = static_cast<long long>(items->size());
    for (const visits::DueItem& item : *items) {
      if (static_cast<int>(out.rows.size()) >= limit) break;
      out.ids.push_back(item.objectId);
      out.rows.push_back({visits::objectTypeName(item.objectType, english), item.label, item.gridName, item.worker,
                          item.ruleName, item.lastVisit, item.due, std::to_string(std::max(0, item.daysOverdue))});
    }
    return out;
  }
  return makeError(ErrorCode::InvalidInput, "no indicator \"" + key + "\"", {.field = "indicator"});
}

Result<MonthlyReport> buildMonthlyReport(Database& db, const Clock& clock, const workflow::Org& place,
                                         const std::string& month, int listLimit, bool english) {
  auto period = monthPeriod(month);
  if (!period)
    return makeError(ErrorCode::InvalidInput, "\"" + month + "\" is not a month; write it as 2026-11",
                     {.field = "month"});
  if (period->from > clock.today())
    return makeError(ErrorCode::InvalidInput, month + " has not begun yet (today is " + clock.today() + ")",
                     {.field = "month"});
  MonthlyReport report;
  report.month = month;
  auto current = computeFigures(db, clock, place, *period);
  if (!current) return current.error();
  report.current = std::move(*current);
  auto previous = computeFigures(db, clock, place, *monthPeriod(previousMonth(month)));
  if (!previous) return previous.error();
  report.previous = std::move(*previous);
  auto children = childFigures(db, clock, place, *period);
  if (!children) return children.error();
  report.children = std::move(*children);
  auto visits = indicatorRecords(db, clock, place, *period, "visits_overdue", listLimit, english);
  if (!visits) return visits.error();
  report.overdueVisits = std::move(*visits);
  auto events = indicatorRecords(db, clock, place, *period, "events_supervised", listLimit, english);
  if (!events) return events.error();
  report.supervisedEvents = std::move(*events);
  return report;
}

std::string formatValue(const Indicator& indicator, double value) {
  char buffer[64];
  switch (indicator.unit) {
    case Unit::Percent:
      std::snprintf(buffer, sizeof buffer, "%.1f%%", value);
      break;
    case Unit::Days:
    case Unit::Ratio:
      std::snprintf(buffer, sizeof buffer, "%.1f", value);
      break;
    case Unit::Count: {
      std::string digits = std::to_string(static_cast<long long>(value));
      for (int at = static_cast<int>(digits.size()) - 3; at > (digits[0] == '-' ? 1 : 0); at -= 3)
        digits.insert(static_cast<std::size_t>(at), ",");
      return digits;
    }
  }
  return buffer;
}

Status writeReportWorkbook(const MonthlyReport& report, const std::string& path, bool english) {
  auto name = [&](const Indicator& i) { return english ? i.en : i.zh; };
  const std::vector<std::string> header =
      english ? std::vector<std::string>{"Indicator", "This month", "Last month", "Change"}
              : std::vector<std::string>{"指标", "本月", "上月", "变化"};
  auto sheet = SheetFileWriter::create(path, english ? "Indicators" : "指标", header);
  if (!sheet) return sheet.error();
  long long row = 2;
  for (const Indicator& i : report.current.indicators) {
    const double before = report.previous.value(i.key);
    if (auto s = sheet->addRow(
            {name(i), formatValue(i, i.value), formatValue(i, before), formatValue(i, i.value - before)}, row++);
        !s)
      return s;
  }
  // The places below, one row each, the indicators as numeric columns.
  std::vector<std::string> columns{english ? "Place" : "单位", english ? "Code" : "编码"};
  std::vector<bool> numeric{false, false};
  for (const Indicator& i : report.current.indicators) {
    columns.push_back(name(i));
    numeric.push_back(true);
  }
  if (auto s = sheet->addSheet(english ? "Places" : "下级单位", columns, numeric); !s) return s;
  row = 2;
  for (const Figures& child : report.children) {
    std::vector<std::string> cells{child.placeName, child.placeCode};
    for (const Indicator& i : child.indicators) {
      char buffer[64];
      std::snprintf(buffer, sizeof buffer, "%.6g", i.value);
      cells.emplace_back(buffer);
    }
    if (auto s = sheet->addRow(cells, row++); !s) return s;
  }
  for (const auto& [list, zh, en] : {std::tuple{&report.overdueVisits, "逾期未走访", "Visits overdue"},
                                     std::tuple{&report.supervisedEvents, "督办事件", "Events under supervision"}}) {
    if (auto s = sheet->addSheet(english ? en : zh, english ? list->headerEn : list->headerZh); !s) return s;
    row = 2;
    for (const std::vector<std::string>& cells : list->rows)
      if (auto s = sheet->addRow(cells, row++); !s) return s;
  }
  return sheet->finish();
}

}  // namespace grid::dashboard
