// SPDX-License-Identifier: GPL-2.0-or-later
#include "visits/visits.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "access/session.h"
#include "registry/visit_rules.h"
#include "storage/database.h"
#include "storage/record_writer.h"

namespace grid::visits {

namespace {

// Days since 1970-01-01 of YYYY-MM-DD (0 for text that is not a date; callers only pass dates they wrote or checked).
long long dayNumber(const std::string& date) {
  if (date.size() < 10) return 0;
  int y = std::atoi(date.substr(0, 4).c_str()), m = std::atoi(date.substr(5, 2).c_str()),
      d = std::atoi(date.substr(8, 2).c_str());
  y -= m <= 2;
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const long long yoe = y - era * 400;
  const long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

struct LastVisit {
  std::string day, nextDue;
};

struct ObjectKey {
  std::string type;
  long long id;
  bool operator==(const ObjectKey& o) const { return id == o.id && type == o.type; }
};
struct ObjectKeyHash {
  std::size_t operator()(const ObjectKey& k) const { return std::hash<long long>()(k.id) * 31 + k.type.size(); }
};

// "Active on day D": registered by then, and not moved out before it.
constexpr const char* kLiveOn =
    " AND substr(coalesce(t.created_at, '0000'), 1, 10) <= ?1 AND (t.logout = 0 OR coalesce(t.logout_date, '9999') > ?1)";

}  // namespace

std::string objectTypeName(const std::string& type, bool english) {
  static const std::map<std::string, std::pair<const char*, const char*>> kNames = {
      {"grid", {"网格巡查", "Grid patrol"}},   {"building", {"楼栋", "Building"}},
      {"household", {"住户", "Household"}},   {"key_person", {"重点人员", "Key person"}},
      {"key_place", {"重点场所", "Key place"}}, {"key_matter", {"重点事项", "Key matter"}}};
  auto it = kNames.find(type);
  if (it == kNames.end()) return type;
  return english ? it->second.second : it->second.first;
}

Result<std::vector<DueItem>> dueVisits(Database& db, const Clock& clock, const DueQuery& query) {
  const std::string asOf = query.asOf.empty() ? clock.today() : query.asOf;
  auto rules = registry::loadVisitRules(db);
  if (!rules) return rules.error();
  std::string grids = workflow::gridsUnder(query.place);
  // Grids are not personal and every user sees their outlines, but a signed-in user is judged on their own only
  // (their patrols of other grids are not theirs to see, so those would all look overdue).
  auto scope = access::readableGridsCondition(db, "patrol", "id");
  if (!scope) return scope.error();
  if (!scope->empty()) grids = "SELECT id FROM grid WHERE (" + *scope + ") AND id IN (" + grids + ")";
  if (query.staffId >= 0)
    grids = "SELECT target_id FROM staff_assignment WHERE role_code = 'GRID_WORKER' AND level = 'grid' AND "
            "end_date IS NULL AND staff_id = " + std::to_string(query.staffId) + " AND target_id IN (" + grids + ")";

  struct GridInfo {
    std::string code, name, worker;
    long long staffId = -1;
    std::string created;
  };
  std::unordered_map<long long, GridInfo> gridInfo;
  {
    auto statement = db.prepare("SELECT id, grid_code, name, substr(coalesce(created_at, '0000'), 1, 10) FROM grid "
                                "WHERE retired_at IS NULL AND id IN (" + grids + ")");
    if (!statement) return statement.error();
    if (auto s = statement->forEachRow([&](const Statement& r) {
          gridInfo[r.int64(0)] = {r.text(1), r.text(2), {}, -1, r.text(3)};
        });
        !s)
      return s.error();
    auto workers = db.prepare(
        "SELECT a.target_id, s.id, s.name FROM staff_assignment a JOIN staff s ON s.id = a.staff_id WHERE "
        "a.role_code = 'GRID_WORKER' AND a.level = 'grid' AND a.end_date IS NULL AND a.target_id IN (" + grids + ") "
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

  // The latest visit of every object (and its own next due date: SQLite takes the bare column from the max row), and
  // the latest patrol of every grid, up to asOf.
  std::unordered_map<ObjectKey, LastVisit, ObjectKeyHash> last;
  std::unordered_map<long long, LastVisit> lastPatrol;
  {
    auto statement = db.prepare(
        "SELECT CASE WHEN key_matter_id IS NOT NULL THEN 'key_matter' ELSE object_type END, "
        "coalesce(key_matter_id, object_id), max(work_time), next_due FROM patrol_log "
        "WHERE grid_id IN (" + grids + ") AND substr(work_time, 1, 10) <= ?1 AND "
        "(key_matter_id IS NOT NULL OR object_type IN ('household', 'key_person', 'key_place')) GROUP BY 1, 2");
    if (!statement) return statement.error();
    statement->bind(1, asOf);
    if (auto s = statement->forEachRow([&](const Statement& r) {
          last[{r.text(0), r.int64(1)}] = {r.text(2).substr(0, 10), r.isNull(3) ? std::string() : r.text(3)};
        });
        !s)
      return s.error();
    auto patrols = db.prepare("SELECT grid_id, max(work_time), next_due FROM patrol_log WHERE "
                              "log_type = 'patrol' AND grid_id IN (" + grids + ") AND substr(work_time, 1, 10) <= ?1 "
                              "GROUP BY grid_id");
    if (!patrols) return patrols.error();
    patrols->bind(1, asOf);
    if (auto s = patrols->forEachRow([&](const Statement& r) {
          lastPatrol[r.int64(0)] = {r.text(1).substr(0, 10), r.isNull(2) ? std::string() : r.text(2)};
        });
        !s)
      return s.error();
  }

  std::vector<DueItem> items;
  const long long today = dayNumber(asOf);
  auto add = [&](DueItem item, const std::vector<std::string>& categories, const std::string& registered,
                 const LastVisit* visit, const std::string& storedLast) {
    const registry::VisitRule* rule = registry::ruleFor(*rules, item.objectType, categories, item.colour);
    if (!rule) return;
    auto grid = gridInfo.find(item.gridId);
    if (grid == gridInfo.end()) return;
    item.gridCode = grid->second.code;
    item.gridName = grid->second.name;
    item.staffId = grid->second.staffId;
    item.worker = grid->second.worker;
    item.ruleId = rule->id;
    item.ruleName = query.english ? rule->nameEn : rule->nameZh;
    item.interval = rule->intervalText(query.english);
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
    item.daysOverdue = static_cast<int>(today - dayNumber(item.due));
    if (query.overdueOnly && !item.overdue()) return;
    if (query.dueWithinDays >= 0 && dayNumber(item.due) > today + query.dueWithinDays) return;
    items.push_back(std::move(item));
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
       "SELECT t.id, t.grid_id, t.category_code, coalesce(t.risk_colour, ''), p.name, "
       "substr(coalesce(t.created_at, '0000'), 1, 10), coalesce(t.last_visit_date, '') FROM key_person t "
       "JOIN person p ON p.id = t.person_id WHERE t.under_attention = 1 AND t.grid_id IN (" + grids + ")" + kLiveOn},
      {"key_place",
       "SELECT t.id, t.grid_id, t.classification_code, coalesce(t.risk_colour, ''), t.name, "
       "substr(coalesce(t.created_at, '0000'), 1, 10), '' FROM key_place t WHERE t.grid_id IN (" + grids + ")" +
           kLiveOn},
      {"key_matter",
       "SELECT t.id, t.grid_id, '', t.warning_level, t.serial_number || ' ' || t.subject, "
       "substr(coalesce(t.registered_at, '0000'), 1, 10), '' FROM key_matter t WHERE t.status NOT IN ('resolved', "
       "'closed') AND substr(coalesce(t.registered_at, '0000'), 1, 10) <= ?1 AND t.grid_id IN (" + grids + ")"},
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
          auto visit = last.find({source.type, item.objectId});
          add(std::move(item), {r.text(2)}, r.text(5), visit == last.end() ? nullptr : &visit->second, r.text(6));
        });
        !s)
      return s.error();
  }

  // Households: rental ones, and those with a member holding an active care tag. One row per household and tag.
  {
    auto statement = db.prepare(
        "SELECT t.id, t.grid_id, CASE WHEN t.household_type = 'rental' THEN 'rental' END, "
        "(SELECT group_concat(DISTINCT c.care_code) FROM person p JOIN person_care c ON c.person_id = p.id WHERE "
        "p.household_id = t.id AND p.logout = 0 AND coalesce(c.start_date, '0000') <= ?1 AND "
        "coalesce(c.end_date, '9999') > ?1), coalesce(b.name, '') || ' ' || coalesce(h.room_no, ''), "
        "substr(coalesce(t.created_at, '0000'), 1, 10) FROM household t LEFT JOIN house h ON h.id = t.house_id "
        "LEFT JOIN building b ON b.id = t.building_id WHERE t.grid_id IN (" + grids + ")" + kLiveOn +
        " AND (t.household_type = 'rental' OR EXISTS (SELECT 1 FROM person p JOIN person_care c ON c.person_id = p.id "
        "WHERE p.household_id = t.id AND p.logout = 0))");
    if (!statement) return statement.error();
    statement->bind(1, asOf);
    if (auto s = statement->forEachRow([&](const Statement& r) {
          std::vector<std::string> categories;
          if (!r.isNull(2)) categories.push_back(r.text(2));
          if (!r.isNull(3)) {
            const std::string tags = r.text(3);
            for (std::size_t start = 0; start <= tags.size();) {
              const std::size_t end = std::min(tags.find(',', start), tags.size());
              if (end > start) categories.push_back(tags.substr(start, end - start));
              start = end + 1;
            }
          }
          if (categories.empty()) return;
          DueItem item;
          item.objectType = "household";
          item.objectId = r.int64(0);
          item.gridId = r.int64(1);
          item.label = r.text(4);
          // The category shown is the one of the applying rule; the rule is the strictest of the household's tags.
          if (const registry::VisitRule* rule = registry::ruleFor(*rules, "household", categories, {}))
            item.category = rule->category;
          auto visit = last.find({"household", item.objectId});
          add(std::move(item), categories, r.text(5), visit == last.end() ? nullptr : &visit->second, {});
        });
        !s)
      return s.error();
  }

  if (query.withPoints) {
    // One query per object type over the listed ids: the point of the building, place, matter or grid.
    static const std::map<std::string, std::string> kPoints = {
        {"grid", "SELECT id, X(PointOnSurface(geom)), Y(PointOnSurface(geom)) FROM grid WHERE id IN "},
        {"household", "SELECT h.id, X(PointOnSurface(b.geom)), Y(PointOnSurface(b.geom)) FROM household h JOIN building b "
                      "ON b.id = h.building_id WHERE h.id IN "},
        {"key_person", "SELECT k.id, X(PointOnSurface(b.geom)), Y(PointOnSurface(b.geom)) FROM key_person k JOIN person p "
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
    return makeError(ErrorCode::NotFound, "Patrol log " + std::to_string(logId) + " does not exist (or lies outside your grids).",
                     {.table = "patrol_log", .recordId = logId});
  if (!statement->isNull(4))
    return makeError(ErrorCode::Conflict,
                     "Patrol log " + std::to_string(logId) + " was already reported as event #" +
                         std::to_string(statement->int64(4)) + "; open that event instead.",
                     {.table = "patrol_log", .recordId = logId});
  if (statement->int64(0) < 0)
    return makeError(ErrorCode::InvalidInput, "Patrol log " + std::to_string(logId) + " lies in no grid; it cannot be reported.",
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
  auto photo = db.prepare("SELECT photo, coalesce(photo_name, 'photo.jpg') FROM patrol_log WHERE id = ? AND photo IS NOT NULL");
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
    if (auto added = workflow::addAttachment(db, clock, actor, reported->serial, attachment); !added) return added.error();
  }
  if (auto s = transaction.commit(); !s) return s.error();
  return reported;
}

}  // namespace grid::visits
