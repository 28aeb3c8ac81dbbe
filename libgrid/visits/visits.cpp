// SPDX-License-Identifier: GPL-2.0-or-later
#include "visits/visits.h"

#include <algorithm>
#include <functional>
#include <map>
#include <unordered_map>

#include "access/session.h"
#include "registry/visit_rules.h"
#include "storage/database.h"
#include "storage/record_writer.h"

namespace grid::visits {

namespace {

struct LastVisit {
  std::string day, nextDue;
};

// An object as one number: its type's index in the high bits, its id in the low 56.
long long objectKey(const std::string& type, long long id) {
  static const std::vector<std::string> kTypes = {"grid",       "building",  "household",
                                                  "key_person", "key_place", "key_matter"};
  const auto at = std::find(kTypes.begin(), kTypes.end(), type);
  return (static_cast<long long>(at - kTypes.begin()) << 56) | id;
}

// "Active on day D": registered by then, and not moved out before it.
constexpr const char* kLiveOn =
    " AND substr(coalesce(t.created_at, '0000'), 1, 10) <= ?1 AND (t.logout = 0 OR coalesce(t.logout_date, '9999') > "
    "?1)";

}  // namespace

std::string objectTypeName(const std::string& type, bool english) {
  static const std::map<std::string, std::pair<const char*, const char*>> kNames = {
      {"grid", {"网格巡查", "Grid patrol"}},    {"building", {"楼栋", "Building"}},
      {"household", {"住户", "Household"}},     {"key_person", {"重点人员", "Key person"}},
      {"key_place", {"重点场所", "Key place"}}, {"key_matter", {"重点事项", "Key matter"}}};
  auto it = kNames.find(type);
  if (it == kNames.end()) return type;
  return english ? it->second.second : it->second.first;
}

namespace {

// Every object under a rule in the query's place, as it stands on the query's day, handed to \a sink unsorted.
Status forEachDue(Database& db, const Clock& clock, const DueQuery& query, const std::function<void(DueItem&&)>& sink) {
  const std::string asOf = query.asOf.empty() ? clock.today() : query.asOf;
  auto rules = registry::loadVisitRules(db);
  if (!rules) return rules.error();
  std::string grids = workflow::gridsUnder(query.place);
  // Grids are not personal and every user sees their outlines, but a signed-in user is judged on their own only
  // (their patrols of other grids are not theirs to see, so those would all look overdue).
  auto scope = access::readableGridsCondition(db, "patrol", "id");
  if (!scope) return scope.error();
  if (!scope->empty()) grids = "SELECT id FROM grid WHERE (" + *scope + ") AND id IN (" + grids + ")";
  // " IN (<the grids>)" after a grid column; for every grid of the database, a test the scans skip instead.
  const bool everyGrid = query.place.level.empty() && scope->empty() && query.staffId < 0;
  if (query.staffId >= 0)
    grids =
        "SELECT target_id FROM staff_assignment WHERE role_code = 'GRID_WORKER' AND level = 'grid' AND "
        "end_date IS NULL AND staff_id = " +
        std::to_string(query.staffId) + " AND target_id IN (" + grids + ")";
  const std::string inGrids = everyGrid ? std::string(" IS NOT NULL") : " IN (" + grids + ")";

  struct GridInfo {
    std::string code, name, worker;
    long long staffId = -1;
    std::string created;
  };
  std::unordered_map<long long, GridInfo> gridInfo;
  {
    auto statement = db.prepare(
        "SELECT id, grid_code, name, substr(coalesce(created_at, '0000'), 1, 10) FROM grid "
        "WHERE retired_at IS NULL AND id" +
        inGrids);
    if (!statement) return statement.error();
    if (auto s = statement->forEachRow([&](const Statement& r) {
          gridInfo[r.int64(0)] = {r.text(1), r.text(2), {}, -1, r.text(3)};
        });
        !s)
      return s.error();
    auto workers = db.prepare(
        "SELECT a.target_id, s.id, s.name FROM staff_assignment a JOIN staff s ON s.id = a.staff_id WHERE "
        "a.role_code = 'GRID_WORKER' AND a.level = 'grid' AND a.end_date IS NULL AND a.target_id" +
        inGrids +
        " "
        "ORDER BY a.target_id, a.position_type = 'full_time' DESC, a.id");
    if (!workers) return workers.error();
    if (auto s = workers->forEachRow([&](const Statement& r) {
          auto it = gridInfo.find(r.int64(0));
          if (it != gridInfo.end() && it->second.staffId < 0) {
            it->second.staffId = r.int64(1);
            it->second.worker = r.text(2);
          }
        });
        !s)
      return s.error();
  }

  // The latest visit of every object (and the next due date that visit set, if any), and the latest patrol of every
  // grid, up to asOf.
  std::unordered_map<long long, LastVisit> last;
  std::unordered_map<long long, LastVisit> lastPatrol;
  {
    // Objects and matters apart, so the grouping can follow the (object_type, object_id, work_time) index; for every
    // grid of the database no grid test at all.
    const std::string gridTest = everyGrid ? std::string() : " AND grid_id" + inGrids;
    // The few logs that set their own next due date, by object and time; the latest logs come from the index alone.
    std::map<std::pair<long long, std::string>, std::string> ownDue;
    auto own = db.prepare(
        "SELECT coalesce(object_type, 'key_matter'), coalesce(object_id, key_matter_id), work_time, "
        "next_due FROM patrol_log WHERE next_due IS NOT NULL AND (object_id IS NOT NULL OR "
        "key_matter_id IS NOT NULL) AND substr(work_time, 1, 10) <= ?1" +
        gridTest);
    if (!own) return own.error();
    own->bind(1, asOf);
    if (auto s = own->forEachRow([&](const Statement& r) {
          ownDue[{objectKey(r.text(0), r.int64(1)), r.text(2)}] = r.text(3);
        });
        !s)
      return s.error();
    // (For a place, "+object_type" keeps the planner on the grid index: a street's logs, not the city's index.)
    const std::string objectType = everyGrid ? "object_type" : "+object_type";
    for (const std::string& sql :
         {"SELECT object_type, object_id, max(work_time) FROM patrol_log WHERE " + objectType +
              " IN ('household', 'key_person', 'key_place') AND substr(work_time, 1, 10) <= ?1{G} "
              "GROUP BY object_type, object_id",
          std::string("SELECT 'key_matter', key_matter_id, max(work_time) FROM patrol_log WHERE "
                      "key_matter_id IS NOT NULL AND substr(work_time, 1, 10) <= ?1{G} "
                      "GROUP BY key_matter_id")}) {
      std::string text = sql;
      text.replace(text.find("{G}"), 3, gridTest);
      auto statement = db.prepare(text);
      if (!statement) return statement.error();
      statement->bind(1, asOf);
      if (auto s = statement->forEachRow([&](const Statement& r) {
            const long long key = objectKey(r.text(0), r.int64(1));
            const std::string time = r.text(2);
            auto due = ownDue.find({key, time});
            last[key] = {time.substr(0, 10), due == ownDue.end() ? std::string() : due->second};
          });
          !s)
        return s.error();
    }
    // Each grid's latest patrol with its own next_due (a window, not SQLite's bare column beside max()).
    auto patrols = db.prepare(
        "SELECT grid_id, work_time, next_due FROM (SELECT grid_id, work_time, next_due, row_number() OVER "
        "(PARTITION BY grid_id ORDER BY work_time DESC, id DESC) AS latest FROM patrol_log WHERE "
        "log_type = 'patrol' AND grid_id" +
        inGrids + " AND substr(work_time, 1, 10) <= ?1) AS patrols WHERE latest = 1");
    if (!patrols) return patrols.error();
    patrols->bind(1, asOf);
    if (auto s = patrols->forEachRow([&](const Statement& r) {
          lastPatrol[r.int64(0)] = {r.text(1).substr(0, 10), r.isNull(2) ? std::string() : r.text(2)};
        });
        !s)
      return s.error();
  }

  const long long today = registry::dayNumber(asOf);
  auto add = [&](DueItem item, const std::vector<std::string>& categories, const std::string& registered,
                 const LastVisit* visit, const std::string& storedLast) {
    const registry::VisitRule* rule = registry::ruleFor(*rules, item.objectType, categories, item.colour);
    if (!rule) return;
    auto grid = gridInfo.find(item.gridId);
    if (grid == gridInfo.end()) return;
    item.staffId = grid->second.staffId;
    item.ruleId = rule->id;
    if (query.labels) {
      item.gridCode = grid->second.code;
      item.gridName = grid->second.name;
      item.worker = grid->second.worker;
      item.ruleName = query.english ? rule->nameEn : rule->nameZh;
      item.interval = rule->intervalText(query.english);
    }
    std::string nextDue;
    if (visit) {
      item.lastVisit = visit->day;
      nextDue = visit->nextDue;
    }
    // A key person's last visit may come from an imported ledger (key_person.last_visit_date) without a log row.
    if (!storedLast.empty() && storedLast <= asOf && storedLast > item.lastVisit) {
      item.lastVisit = storedLast;
      nextDue.clear();
    }
    if (item.lastVisit.empty())
      item.due = registered;
    else if (!nextDue.empty())
      item.due = nextDue;
    else
      item.due = registry::addInterval(item.lastVisit, rule->every, rule->unit);
    item.daysOverdue = static_cast<int>(today - registry::dayNumber(item.due));
    if (query.overdueOnly && !item.overdue()) return;
    if (query.dueWithinDays >= 0 && registry::dayNumber(item.due) > today + query.dueWithinDays) return;
    sink(std::move(item));
  };

  for (const auto& [gridId, info] : gridInfo) {
    if (info.created > asOf) continue;
    DueItem item;
    item.objectType = "grid";
    item.objectId = gridId;
    item.label = info.name;
    item.gridId = gridId;
    auto visit = lastPatrol.find(gridId);
    add(std::move(item), {}, info.created, visit == lastPatrol.end() ? nullptr : &visit->second, {});
  }

  struct Source {
    const char* type;
    std::string sql;  // id, grid, category, colour, label, registered, stored last visit
  };
  const std::vector<Source> sources = {
      {"key_person",
       "SELECT t.id, t.grid_id, t.category_code, coalesce(t.risk_colour, ''), " +
           std::string(query.labels ? "(SELECT name FROM person WHERE id = t.person_id)" : "''") +
           ", substr(coalesce(t.created_at, '0000'), 1, 10), coalesce(t.last_visit_date, '') FROM key_person t "
           "WHERE t.under_attention = 1 AND t.grid_id" +
           inGrids + kLiveOn},
      {"key_place",
       "SELECT t.id, t.grid_id, t.classification_code, coalesce(t.risk_colour, ''), t.name, "
       "substr(coalesce(t.created_at, '0000'), 1, 10), '' FROM key_place t WHERE t.grid_id" +
           inGrids + kLiveOn},
      {"key_matter",
       "SELECT t.id, t.grid_id, '', t.warning_level, t.serial_number || ' ' || t.subject, "
       "substr(coalesce(t.registered_at, '0000'), 1, 10), '' FROM key_matter t WHERE t.status NOT IN ('resolved', "
       "'closed') AND substr(coalesce(t.registered_at, '0000'), 1, 10) <= ?1 AND t.grid_id" +
           inGrids},
  };
  for (const Source& source : sources) {
    auto statement = db.prepare(source.sql);
    if (!statement) return statement.error();
    statement->bind(1, asOf);
    if (auto s = statement->forEachRow([&](const Statement& r) {
          DueItem item;
          item.objectType = source.type;
          item.objectId = r.int64(0);
          item.gridId = r.int64(1);
          item.category = r.text(2);
          item.colour = r.text(3);
          item.label = r.text(4);
          auto visit = last.find(objectKey(source.type, item.objectId));
          add(std::move(item), {r.text(2)}, r.text(5), visit == last.end() ? nullptr : &visit->second, r.text(6));
        });
        !s)
      return s.error();
  }

  // Households: rental ones, and those with a member holding an active care tag. The tags come from the (small)
  // care table in one pass, not a lookup per household.
  {
    std::unordered_map<long long, std::string> tagsOf;
    // For the whole database from the care table; for a place from its persons (the grid index), then their tags.
    auto tags = db.prepare("SELECT p.household_id, group_concat(DISTINCT c.care_code) FROM " +
                           std::string(everyGrid ? "person_care c CROSS JOIN person p ON p.id = c.person_id"
                                                 : "person p CROSS JOIN person_care c ON c.person_id = p.id") +
                           " WHERE p.logout = 0 AND coalesce(c.start_date, '0000') <= ?1 AND coalesce(c.end_date, "
                           "'9999') > ?1 AND p.grid_id" +
                           inGrids + " GROUP BY p.household_id");
    if (!tags) return tags.error();
    tags->bind(1, asOf);
    if (auto s = tags->forEachRow([&](const Statement& r) { tagsOf[r.int64(0)] = r.text(1); }); !s) return s.error();
    std::vector<long long> tagged;
    if (!everyGrid)
      for (const auto& [household, codes] : tagsOf) tagged.push_back(household);
    auto statement = db.prepare(
        "SELECT t.id, t.grid_id, CASE WHEN t.household_type = 'rental' THEN 'rental' END, NULL, " +
        std::string(query.labels ? "coalesce((SELECT name FROM building WHERE id = t.building_id), '') || ' ' || "
                                   "coalesce((SELECT room_no FROM house WHERE id = t.house_id), '')"
                                 : "''") +
        ", substr(coalesce(t.created_at, '0000'), 1, 10) FROM household t WHERE t.grid_id" + inGrids + kLiveOn +
        // For a place, only the rental and tagged households are read (their labels cost two lookups each); for the
        // whole database every household is read once and the others skipped below.
        (everyGrid ? std::string() : " AND (t.household_type = 'rental' OR t.id IN (" + sqlIdList(tagged) + "))"));
    if (!statement) return statement.error();
    statement->bind(1, asOf);
    if (auto s = statement->forEachRow([&](const Statement& r) {
          std::vector<std::string> categories;
          if (!r.isNull(2)) categories.push_back(r.text(2));
          if (auto found = tagsOf.find(r.int64(0)); found != tagsOf.end()) {
            const std::string& tags = found->second;
            for (std::size_t start = 0; start <= tags.size();) {
              const std::size_t end = std::min(tags.find(',', start), tags.size());
              if (end > start) categories.push_back(tags.substr(start, end - start));
              start = end + 1;
            }
          }
          if (categories.empty()) return;  // neither rental nor tagged: under no household rule
          DueItem item;
          item.objectType = "household";
          item.objectId = r.int64(0);
          item.gridId = r.int64(1);
          item.label = r.text(4);
          // The category shown is the one of the applying rule; the rule is the strictest of the household's tags.
          if (const registry::VisitRule* rule = registry::ruleFor(*rules, "household", categories, {}))
            item.category = rule->category;
          auto visit = last.find(objectKey("household", item.objectId));
          add(std::move(item), categories, r.text(5), visit == last.end() ? nullptr : &visit->second, {});
        });
        !s)
      return s.error();
  }

  return {};
}

}  // namespace

Result<DueCounts> countDueVisits(Database& db, const Clock& clock, DueQuery query) {
  query.labels = false;
  query.withPoints = false;
  DueCounts counts;
  if (auto s = forEachDue(db, clock, query,
                          [&](DueItem&& item) {
                            ++counts.objects;
                            counts.overdue += item.overdue();
                          });
      !s)
    return s.error();
  return counts;
}

Result<std::vector<DueItem>> dueVisits(Database& db, const Clock& clock, const DueQuery& query) {
  std::vector<DueItem> items;
  if (auto s = forEachDue(db, clock, query, [&](DueItem&& item) { items.push_back(std::move(item)); }); !s)
    return s.error();
  if (query.withPoints) {
    // One query per object type over the listed ids: the point of the building, place, matter or grid.
    static const std::map<std::string, std::string> kPoints = {
        {"grid", "SELECT id, X(PointOnSurface(geom)), Y(PointOnSurface(geom)) FROM grid WHERE id IN "},
        {"household",
         "SELECT h.id, X(PointOnSurface(b.geom)), Y(PointOnSurface(b.geom)) FROM household h JOIN building b "
         "ON b.id = h.building_id WHERE h.id IN "},
        {"key_person",
         "SELECT k.id, X(PointOnSurface(b.geom)), Y(PointOnSurface(b.geom)) FROM key_person k JOIN person p "
         "ON p.id = k.person_id JOIN household h ON h.id = p.household_id JOIN building b ON "
         "b.id = h.building_id WHERE k.id IN "},
        {"key_place", "SELECT id, X(geom), Y(geom) FROM key_place WHERE id IN "},
        {"key_matter", "SELECT id, X(geom), Y(geom) FROM key_matter WHERE id IN "}};
    for (const auto& [type, sql] : kPoints) {
      std::vector<long long> ids;
      std::unordered_map<long long, std::vector<DueItem*>> byId;
      for (DueItem& item : items)
        if (item.objectType == type) {
          ids.push_back(item.objectId);
          byId[item.objectId].push_back(&item);
        }
      if (ids.empty()) continue;
      auto points = db.prepare(sql + "(" + sqlIdList(ids) + ")");
      if (!points) return points.error();
      if (auto s = points->forEachRow([&](const Statement& r) {
            if (r.isNull(1)) return;
            for (DueItem* item : byId[r.int64(0)]) {
              item->hasPoint = true;
              item->x = r.real(1);
              item->y = r.real(2);
            }
          });
          !s)
        return s.error();
    }
  }

  std::sort(items.begin(), items.end(), [](const DueItem& a, const DueItem& b) {
    if (a.daysOverdue != b.daysOverdue) return a.daysOverdue > b.daysOverdue;
    if (a.objectType != b.objectType) return a.objectType < b.objectType;
    return a.objectId < b.objectId;
  });
  return items;
}

Result<workflow::ActionResult> reportFinding(Database& db, const FieldCipher* cipher, const Clock& clock,
                                             const Actor& actor, long long logId, workflow::ReportInput input) {
  auto statement = db.prepare(
      "SELECT coalesce(grid_id, -1), coalesce(content, ''), coalesce(exception_info, ''), has_exception, event_id, "
      "CASE WHEN object_type = 'building' THEN object_id WHEN object_type = 'household' THEN "
      "(SELECT building_id FROM household WHERE id = object_id) WHEN object_type = 'key_place' THEN "
      "(SELECT building_id FROM key_place WHERE id = object_id) END, X(geom), Y(geom), coalesce(place, '') "
      "FROM patrol_log WHERE id = ?");
  if (!statement) return statement.error();
  statement->bind(1, logId);
  auto row = statement->step();
  if (!row) return row.error();
  if (!*row)
    return makeError(ErrorCode::NotFound,
                     "Patrol log " + std::to_string(logId) + " does not exist (or lies outside your grids).",
                     {.table = "patrol_log", .recordId = logId});
  if (!statement->isNull(4))
    return makeError(ErrorCode::Conflict,
                     "Patrol log " + std::to_string(logId) + " was already reported as event #" +
                         std::to_string(statement->int64(4)) + "; open that event instead.",
                     {.table = "patrol_log", .recordId = logId});
  if (statement->int64(0) < 0)
    return makeError(ErrorCode::InvalidInput,
                     "Patrol log " + std::to_string(logId) + " lies in no grid; it cannot be reported.",
                     {.table = "patrol_log", .recordId = logId, .field = "grid"});
  const std::string findings = !statement->text(2).empty() ? statement->text(2) : statement->text(1);
  input.gridId = statement->int64(0);
  if (input.content.empty()) input.content = findings;
  if (input.content.empty())
    return makeError(ErrorCode::InvalidInput, "The visit has no findings to report; write what was found first.",
                     {.table = "patrol_log", .recordId = logId, .field = "content"});
  if (input.subject.empty() && !statement->text(8).empty()) input.subject = statement->text(8) + ": " + findings;
  if (input.domainCode.empty()) input.domainCode = statement->int64(3) ? "SAFETY" : "OTHER";
  input.source = "visit";
  if (input.buildingId < 0 && !statement->isNull(5)) input.buildingId = statement->int64(5);
  input.point.reset();
  if (!statement->isNull(6)) input.point = std::make_pair(statement->real(6), statement->real(7));
  statement.value() = Statement();

  Transaction transaction(db);
  if (!transaction.begun()) return transaction.begun().error();
  auto reported = workflow::reportEvent(db, cipher, clock, actor, input);
  if (!reported) return reported.error();
  auto eventId = db.prepare("SELECT id FROM event WHERE serial_number = ?");
  if (!eventId) return eventId.error();
  eventId->bind(1, reported->serial);
  auto found = eventId->step();
  if (!found) return found.error();
  if (!*found) return makeError(ErrorCode::Database, "the reported event " + reported->serial + " cannot be found");
  RecordWriter writer(db, clock);
  if (auto s = writer.update(db.auditActor(actor), "patrol_log", logId, {{"event_id", eventId->int64(0)}}); !s)
    return s.error();
  // The visit's photo goes with the event (already re-encoded when it was logged).
  auto photo =
      db.prepare("SELECT photo, coalesce(photo_name, 'photo.jpg') FROM patrol_log WHERE id = ? AND photo IS NOT NULL");
  if (!photo) return photo.error();
  photo->bind(1, logId);
  auto hasPhoto = photo->step();
  if (!hasPhoto) return hasPhoto.error();
  if (*hasPhoto) {
    workflow::Attachment attachment;
    attachment.fileName = photo->text(1);
    attachment.mimeType = "image/jpeg";
    const Blob content = photo->blob(0);
    attachment.content.assign(content.begin(), content.end());
    if (auto added = workflow::addAttachment(db, clock, actor, reported->serial, attachment); !added)
      return added.error();
  }
  if (auto s = transaction.commit(); !s) return s.error();
  return reported;
}

}  // namespace grid::visits
