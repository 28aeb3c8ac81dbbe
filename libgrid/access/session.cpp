// SPDX-License-Identifier: GPL-2.0-or-later
#include "access/session.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <ctime>
#include <mutex>

#include "access/password.h"
#include "access/scope_policy.h"
#include "storage/database.h"
#include "storage/database_key.h"
#include "storage/json.h"
#include "storage/record_writer.h"

namespace grid::access {

Status bindSessionWithKey(Database& database, const Session& session, bool withKey);

namespace {

using namespace detail;

Status auditSignIn(Database& database, const Clock& clock, const Actor& actor, long long userId,
                   std::string_view result, std::string_view detail = {}) {
  RecordWriter writer(database, clock);
  JsonObject after;
  after.add("result", std::string(result));
  if (!detail.empty()) after.add("detail", std::string(detail));
  return writer.appendAudit(actor, "login", "app_user", userId, {}, after.str());
}

Result<std::vector<long long>> ids(Database& database, const std::string& sql, long long parameter) {
  auto statement = database.prepare(sql);
  if (!statement) return statement.error();
  statement->bind(1, parameter);
  std::vector<long long> out;
  if (auto s = statement->forEachRow([&](const Statement& row) { out.push_back(row.int64(0)); }); !s) return s.error();
  return out;
}

// ---- scope views ------------------------------------------------------------------------------------------------

struct ScopedView {
  const char* name;     //!< the table or main view it shadows
  const char* subject;  //!< whose read scope filters it
  const char* filter;   //!< WHERE clause; {G} grids, {A} areas, {C} communities, {ALL} district, {ANY} any scope
};

// Rows whose grid is NULL lie at community level or above: {UP} lets grants at community level or above see them.
constexpr ScopedView kScopedViews[] = {
    {"household", "household", "+grid_id IN {G} OR (+grid_id IS NULL AND {UP})"},
    {"house", "household", "EXISTS (SELECT 1 FROM main.building b WHERE b.id = house.building_id AND +grid_id IN {G})"},
    {"rental_house", "household",
     "EXISTS (SELECT 1 FROM main.house h JOIN main.building b ON b.id = h.building_id WHERE h.id = "
     "rental_house.house_id "
     "AND +grid_id IN {G})"},
    {"person", "person", "+grid_id IN {G} OR (+grid_id IS NULL AND {UP})"},
    {"person_care", "person",
     "EXISTS (SELECT 1 FROM main.person p WHERE p.id = person_care.person_id AND +grid_id IN {G})"},
    {"key_place", "key_place", "+grid_id IN {G} OR (+grid_id IS NULL AND {UP})"},
    {"key_matter", "key_matter", "+grid_id IN {G} OR (+grid_id IS NULL AND {UP})"},
    {"key_matter_link", "key_matter",
     "EXISTS (SELECT 1 FROM main.key_matter m WHERE m.id = key_matter_link.key_matter_id AND (+grid_id IN {G} OR "
     "(grid_id IS NULL AND {UP})))"},
    {"patrol_log", "patrol", "+grid_id IN {G} OR (+grid_id IS NULL AND {UP})"},
    {"patrol_track", "patrol",
     "{ALL} OR +staff_id IN (SELECT staff_id FROM main.staff_assignment WHERE level = 'grid' AND target_id IN {G})"},
    {"party_member", "party",
     "EXISTS (SELECT 1 FROM main.person p WHERE p.id = party_member.person_id AND +grid_id IN {G})"},
    {"party_link", "party",
     "EXISTS (SELECT 1 FROM main.household h WHERE h.id = party_link.household_id AND +grid_id IN {G})"},
    {"party_org", "party", "{ANY}"},
    {"event", "event", "+occur_grid_id IN {G} OR (+occur_grid_id IS NULL AND {UP})"},
    {"event_step", "event", "EXISTS (SELECT 1 FROM temp.event e WHERE e.id = event_step.event_id)"},
    {"event_log", "event", "EXISTS (SELECT 1 FROM temp.event e WHERE e.id = event_log.event_id)"},
    {"event_attachment", "event", "EXISTS (SELECT 1 FROM temp.event e WHERE e.id = event_attachment.event_id)"},
    {"event_evaluation", "event", "EXISTS (SELECT 1 FROM temp.event e WHERE e.id = event_evaluation.event_id)"},
    {"ledger_entry", "ledger",
     "(ledger_level = 'grid' AND +target_id IN {G}) OR "
     "(ledger_level = 'building' AND +target_id IN (SELECT id FROM main.building WHERE grid_id IN {G})) OR "
     "(ledger_level = 'area' AND +target_id IN {A}) OR (ledger_level = 'community' AND +target_id IN {C}) OR "
     "(ledger_level = 'property' AND +target_id IN (SELECT id FROM main.estate WHERE community_id IN {C}))"},
    {"staff", "staff", "{ANY}"},
    {"staff_assignment", "staff", "{ANY}"},
    {"grid_stats", "statistics", "+grid_id IN {G}"},
    {"risk_place", "key_place", "+grid_id IN {G}"},
    {"risk_matter", "key_matter", "+grid_id IN {G}"},
    {"risk_building", "key_person", "+grid_id IN {G}"},
    {"risk_grid", "statistics", "+id IN {G}"},
    {"building_links", "party", "+grid_id IN {G}"},
    {"event_map", "event", "+grid_id IN {G} OR (+grid_id IS NULL AND {UP})"},
};

std::string expand(std::string text, const std::string& subject) {
  const std::string q = "'" + subject + "'";  // subjects are our own constants
  auto replace = [&](const std::string& from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
      text.replace(at, from.size(), to);
  };
  // "+column IN {G}" (a per-row check): a primary-key probe of gs_scope per row, no temporary index per statement.
  for (const auto& [macro, level] :
       {std::pair<const char*, const char*>{"{G}", "grid"}, {"{A}", "area"}, {"{C}", "community"}}) {
    const std::string tail = std::string(" IN ") + macro;
    for (std::size_t at = text.find(tail); at != std::string::npos; at = text.find(tail, at)) {
      std::size_t start = at;
      while (start > 0 && (std::isalnum(static_cast<unsigned char>(text[start - 1])) || text[start - 1] == '_'))
        --start;
      if (start == 0 || text[start - 1] != '+') {
        at += tail.size();
        continue;
      }
      const std::string column = text.substr(start, at - start);
      const std::string probe = "EXISTS (SELECT 1 FROM temp.gs_scope WHERE subject = " + q + " AND level = '" + level +
                                "' AND id = " + column + ")";
      text.replace(start - 1, at + tail.size() - (start - 1), probe);
      at = start - 1 + probe.size();
    }
  }
  replace("{G}", "(SELECT id FROM temp.gs_scope WHERE subject = " + q + " AND level = 'grid')");
  replace("{A}", "(SELECT id FROM temp.gs_scope WHERE subject = " + q + " AND level = 'area')");
  replace("{C}", "(SELECT id FROM temp.gs_scope WHERE subject = " + q + " AND level = 'community')");
  replace("{ALL}", "EXISTS (SELECT 1 FROM temp.gs_scope WHERE subject = " + q + " AND level = 'district')");
  replace("{UP}", "EXISTS (SELECT 1 FROM temp.gs_scope WHERE subject = " + q + " AND level = 'up')");
  replace("{ANY}", "EXISTS (SELECT 1 FROM temp.gs_scope WHERE subject = " + q + ")");
  return text;
}

//! The columns of every table and view of a server's schema, in order, in one catalogue query (a round trip per
//! table, through the slow information_schema, made a sign-in slow).
Result<std::map<std::string, std::vector<std::string>>> serverColumnsOfTables(Database& database) {
  std::map<std::string, std::vector<std::string>> columns;
  auto list = database.prepare(
      "SELECT c.relname, a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON "
      "n.oid = c.relnamespace WHERE n.nspname = 'main' AND c.relkind IN ('r', 'v', 'm') AND a.attnum > 0 AND NOT "
      "a.attisdropped ORDER BY c.relname, a.attnum");
  if (!list) return list.error();
  if (auto s = list->forEachRow([&](const Statement& row) { columns[row.text(0)].push_back(row.text(1)); }); !s)
    return s.error();
  return columns;
}

Status dropScopeViews(Database& database) {
  auto list = database.prepare(database.isServer() ? "SELECT relname FROM pg_class WHERE relnamespace = "
                                                     "pg_my_temp_schema() AND relkind = 'v'"
                                                   : "SELECT name FROM temp.sqlite_master WHERE type = 'view'");
  if (!list) return list.error();
  std::vector<std::string> names;
  if (auto s = list->forEachRow([&](const Statement& row) { names.push_back(row.text(0)); }); !s) return s;
  for (const std::string& name : names)  // names from the catalogue
    // (a server tracks views built on views: CASCADE, and one dropped with another is gone already)
    if (auto s = database.exec("DROP VIEW " + std::string(database.isServer() ? "IF EXISTS " : "") + "temp.\"" + name +
                               "\"" + (database.isServer() ? " CASCADE" : ""));
        !s)
      return s;
  return database.exec("DROP TABLE IF EXISTS temp.gs_scope");
}

}  // namespace

Result<std::vector<Grant>> grantsOf(Database& database, long long userId) {
  auto statement = database.prepare(
      "SELECT r.id, r.role_code, r.scope_level, r.scope_id, CASE r.scope_level "
      "WHEN 'grid' THEN (SELECT grid_code || '|' || name FROM main.grid WHERE id = r.scope_id) "
      "WHEN 'area' THEN (SELECT id || '|' || name FROM main.area WHERE id = r.scope_id) "
      "WHEN 'community' THEN (SELECT admin_code || '|' || name FROM main.community WHERE id = r.scope_id) "
      "WHEN 'street' THEN (SELECT admin_code || '|' || name FROM main.street WHERE id = r.scope_id) "
      "ELSE (SELECT admin_code || '|' || name FROM main.district WHERE id = r.scope_id) END "
      "FROM main.user_role r WHERE r.user_id = ? ORDER BY r.id");
  if (!statement) return statement.error();
  statement->bind(1, userId);
  std::vector<Grant> grants;
  if (auto s = statement->forEachRow([&](const Statement& row) {
        Grant grant;
        grant.id = row.int64(0);
        grant.role = row.text(1);
        grant.level = row.text(2);
        grant.scopeId = row.int64(3);
        const std::string place = row.text(4);
        const auto bar = place.find('|');
        grant.scopeCode =
            grant.level + ":" + (bar == std::string::npos ? std::to_string(grant.scopeId) : place.substr(0, bar));
        grant.scopeName = bar == std::string::npos ? std::string() : place.substr(bar + 1);
        grants.push_back(std::move(grant));
      });
      !s)
    return s.error();
  return grants;
}

Result<bool> hasAccounts(Database& database) {
  auto count = database.queryInt("SELECT EXISTS (SELECT 1 FROM main.app_user WHERE password_hash IS NOT NULL)");
  if (!count) return count.error();
  return *count != 0;
}

Result<Permissions> loadPermissions(Database& database) {
  auto statement = database.prepare("SELECT role_code, subject, operation FROM main.permission");
  if (!statement) return statement.error();
  Permissions permissions;
  if (auto s = statement->forEachRow([&](const Statement& row) {
        permissions[row.text(0)].insert({row.text(1), row.text(2)});
      });
      !s)
    return s.error();
  return permissions;
}

Result<ScopeIds> scopeOf(Database& database, const Grant& grant) {
  ScopeIds scope;
  auto add = [&](std::set<long long>& into, const std::string& sql) -> Status {
    auto found = ids(database, sql, grant.scopeId);
    if (!found) return found.error();
    into.insert(found->begin(), found->end());
    return {};
  };
  Status s;
  if (grant.level == "district") {
    scope.district = true;
    s = add(scope.grids, "SELECT id FROM main.grid WHERE ? IS NOT NULL");
    if (s) s = add(scope.areas, "SELECT id FROM main.area WHERE ? IS NOT NULL");
    if (s) s = add(scope.communities, "SELECT id FROM main.community WHERE ? IS NOT NULL");
    if (s) s = add(scope.streets, "SELECT id FROM main.street WHERE ? IS NOT NULL");
  } else if (grant.level == "street") {
    scope.streets.insert(grant.scopeId);
    s = add(scope.communities, "SELECT id FROM main.community WHERE street_id = ?");
    if (s)
      s = add(scope.areas,
              "SELECT a.id FROM main.area a JOIN main.community c ON c.id = a.community_id WHERE c.street_id = ?");
    if (s)
      s = add(scope.grids,
              "SELECT g.id FROM main.grid g JOIN main.community c ON c.id = g.community_id WHERE c.street_id = ?");
  } else if (grant.level == "community") {
    scope.communities.insert(grant.scopeId);
    s = add(scope.areas, "SELECT id FROM main.area WHERE community_id = ?");
    if (s) s = add(scope.grids, "SELECT id FROM main.grid WHERE community_id = ?");
  } else if (grant.level == "area") {
    scope.areas.insert(grant.scopeId);
    s = add(scope.grids, "SELECT id FROM main.grid WHERE area_id = ?");
  } else {
    scope.grids.insert(grant.scopeId);
  }
  if (!s) return s.error();
  return scope;
}

Result<Grant> parseScope(Database& database, std::string_view text) {
  const auto colon = text.find(':');
  const std::string usage =
      "a scope is grid:GRID_CODE (15 digits), area:ID, community:CODE (12), street:CODE (9) or "
      "district:CODE (6)";
  if (colon == std::string_view::npos)
    return makeError(ErrorCode::InvalidInput, "'" + std::string(text) + "': " + usage);
  Grant grant;
  grant.level = std::string(text.substr(0, colon));
  const std::string code(text.substr(colon + 1));
  std::string sql;
  if (grant.level == "grid")
    sql = "SELECT id, name FROM main.grid WHERE grid_code = ? AND retired_at IS NULL";
  else if (grant.level == "area")
    sql = "SELECT id, name FROM main.area WHERE CAST(id AS TEXT) = ?";
  else if (grant.level == "community")
    sql = "SELECT id, name FROM main.community WHERE admin_code = ?";
  else if (grant.level == "street")
    sql = "SELECT id, name FROM main.street WHERE admin_code = ?";
  else if (grant.level == "district")
    sql = "SELECT id, name FROM main.district WHERE admin_code = ?";
  else
    return makeError(ErrorCode::InvalidInput, "unknown scope level '" + grant.level + "': " + usage);
  auto statement = database.prepare(sql);
  if (!statement) return statement.error();
  statement->bind(1, code);
  auto row = statement->step();
  if (!row) return row.error();
  if (!*row)
    return makeError(ErrorCode::NotFound,
                     "no " + grant.level + " with code " + code + " in this database (" + usage + ")");
  grant.scopeId = statement->int64(0);
  grant.scopeName = statement->text(1);
  grant.scopeCode = grant.level + ":" + code;
  return grant;
}

std::string roleName(Database& database, std::string_view role) {
  auto statement = database.prepare("SELECT name_zh FROM main.code_value WHERE domain = 'user_role' AND code = ?");
  if (!statement) return std::string(role);
  statement->bind(1, role);
  auto row = statement->step();
  return row && *row ? statement->text(0) : std::string(role);
}

Result<Session> signIn(Database& database, const Clock& clock, std::string_view login, std::string_view password,
                       const SignInPolicy& policy) {
  const std::string shownLogin(login.substr(0, 64));
  const Error wrong = makeError(ErrorCode::PermissionDenied, "wrong login name or password");
  auto user = database.prepare(
      "SELECT id, display_name, coalesce(password_hash, ''), active, locked, failed_sign_ins, "
      "coalesce(next_sign_in_at, ''), "
      "must_change_password FROM main.app_user WHERE username = ?");
  if (!user) return user.error();
  user->bind(1, login);
  auto row = user->step();
  if (!row) return row.error();
  const std::string now = clock.nowIso();
  if (!*row) {
    if (auto s = auditSignIn(database, clock, Actor::system(shownLogin), -1, "unknown_user"); !s) return s.error();
    return wrong;
  }
  const long long userId = user->int64(0);
  Actor actor{std::string(login), userId, {}};
  const std::string displayName = user->text(1), record = user->text(2), nextAt = user->text(6);
  const bool active = user->int64(3) != 0, locked = user->int64(4) != 0, mustChange = user->int64(7) != 0;
  const long long failed = user->int64(5);
  user = Error{};  // finish the read before writing

  // Every failure, the throttled and the locked ones too, is counted and audited in one transaction.
  auto fail = [&](std::string_view result, Error error) -> Result<Session> {
    Transaction transaction(database);
    if (!transaction.begun()) return transaction.begun().error();
    const long long count = failed + 1;
    auto nowSeconds = parseIso(now);
    if (!nowSeconds) return nowSeconds.error();
    long long delay = policy.firstDelaySeconds;
    for (long long i = 1; i < count && delay < policy.maxDelaySeconds; ++i) delay *= 2;
    delay = std::min<long long>(delay, policy.maxDelaySeconds);
    const bool lockNow = count >= policy.lockAfter;
    auto update = database.prepare(
        "UPDATE main.app_user SET failed_sign_ins = ?, next_sign_in_at = ?, locked = max(locked, ?) WHERE id = ?");
    if (!update) return update.error();
    update->bind(1, count).bind(2, isoOf(*nowSeconds + delay)).bind(3, lockNow ? 1 : 0).bind(4, userId);
    if (auto s = update->run(); !s) return s.error();
    if (auto s = auditSignIn(database, clock, actor, userId, result,
                             "failure " + std::to_string(count) + (lockNow ? ", locked" : ""));
        !s)
      return s.error();
    if (auto s = transaction.commit(); !s) return s.error();
    if (lockNow && !locked)
      error.message += "; the account is now locked after " + std::to_string(count) +
                       " failed sign-ins: an administrator must unlock it (gridctl users unlock)";
    return error;
  };

  if (!active) return fail("inactive", wrong);
  if (locked)
    return fail("locked",
                makeError(ErrorCode::PermissionDenied, "the account " + std::string(login) +
                                                           " is locked after repeated failed sign-ins; "
                                                           "an administrator must unlock it (gridctl users unlock DB " +
                                                           std::string(login) + ")"));
  if (!nextAt.empty() && now < nextAt) {
    auto wait = parseIso(nextAt), at = parseIso(now);
    const long long seconds = wait && at ? std::max<long long>(1, *wait - *at) : 1;
    return fail("throttled", makeError(ErrorCode::PermissionDenied, "too many failed sign-ins: wait " +
                                                                        std::to_string(seconds) + " s and try again"));
  }
  auto key = checkPassword(password, record);
  if (!key) return key.error();
  if (!*key) return fail("wrong_password", wrong);

  // The field key, unwrapped with the password-derived key.
  auto databaseId = database.meta("database_id");
  if (!databaseId) return databaseId.error();
  auto wrapped = database.prepare("SELECT wrapped FROM main.key_wrap WHERE holder = ?");
  if (!wrapped) return wrapped.error();
  wrapped->bind(1, "user:" + std::to_string(userId));
  auto found = wrapped->step();
  if (!found) return found.error();
  if (!*found)
    return makeError(ErrorCode::NotFound,
                     "the account " + std::string(login) +
                         " has no copy of the field key; an administrator must reset its password");
  const Blob blob = wrapped->blob(0);
  wrapped = Error{};
  auto secret = unwrapSecret(**key, Bytes(blob.begin(), blob.end()), *databaseId + "|user:" + std::to_string(userId));
  if (!secret) return secret.error();
  auto cipher = FieldCipher::fromHex(*secret);
  if (!cipher) return cipher.error();

  Session session;
  session.actor = actor;
  session.displayName = displayName;
  session.mustChangePassword = mustChange;
  session.cipher = std::move(*cipher);
  auto grants = grantsOf(database, userId);
  if (!grants) return grants.error();
  session.grants = std::move(*grants);
  if (!session.grants.empty()) session.actor.role = session.grants.front().role;

  Transaction transaction(database);
  if (!transaction.begun()) return transaction.begun().error();
  auto reset = database.prepare(
      "UPDATE main.app_user SET failed_sign_ins = 0, next_sign_in_at = NULL, last_sign_in_at = ? WHERE id = ?");
  if (!reset) return reset.error();
  reset->bind(1, now).bind(2, userId);
  if (auto s = reset->run(); !s) return s.error();
  if (auto s = auditSignIn(database, clock, session.actor, userId, "ok"); !s) return s.error();
  if (auto s = transaction.commit(); !s) return s.error();
  return session;
}

Status bindSession(Database& database, const Session& session) {
  return bindSessionWithKey(database, session, true);
}

Status bindNobody(Database& database) {
  Session nobody;
  nobody.actor = Actor{"(not signed in)", -1, {}};
  return bindSessionWithKey(database, nobody, false);
}

Status bindSessionWithKey(Database& database, const Session& session, bool withKey) {
  if (auto s = unbindSession(database); !s) return s;
  auto permissions = loadPermissions(database);
  if (!permissions) return permissions.error();
  std::vector<ResolvedGrant> resolved;
  for (const Grant& grant : session.grants) {
    auto scope = scopeOf(database, grant);
    if (!scope) return scope.error();
    resolved.push_back({grant, std::move(*scope)});
  }
  std::map<std::string, std::string> subjectNames;
  {
    auto names = database.prepare("SELECT subject, name_zh FROM main.permission_subject");
    if (!names) return names.error();
    if (auto s = names->forEachRow([&](const Statement& row) { subjectNames[row.text(0)] = row.text(1); }); !s)
      return s;
  }

  if (auto s =
          database.exec("CREATE TEMP TABLE gs_scope (subject TEXT NOT NULL, level TEXT NOT NULL, id INTEGER NOT NULL, "
                        "PRIMARY KEY (subject, level, id)) WITHOUT ROWID");
      !s)
    return s;
  // Each grant's places go into a scratch table once (many rows per statement), then one INSERT … SELECT per subject
  // the grant's role reads: a handful of statements however many grids a district grant covers (one row per grid and
  // subject, written one by one, took a server minutes for a city's administrator).
  if (auto s = database.exec("CREATE TEMP TABLE gs_scope_place (level TEXT NOT NULL, id INTEGER NOT NULL, PRIMARY KEY "
                             "(level, id)) WITHOUT ROWID");
      !s)
    return s;
  std::set<std::string> everywhere;  // subjects read district-wide: their views need no filter
  for (const ResolvedGrant& grant : resolved) {
    auto it = permissions->find(grant.grant.role);
    if (it == permissions->end()) continue;
    std::vector<std::pair<const char*, long long>> places;
    if (!grant.ids.district) {  // a district grant is everything: its 'district' row says so, no list of every grid
      for (long long id : grant.ids.grids) places.emplace_back("grid", id);
      for (long long id : grant.ids.areas) places.emplace_back("area", id);
      for (long long id : grant.ids.communities) places.emplace_back("community", id);
      for (long long id : grant.ids.streets) places.emplace_back("street", id);
    }
    if (levelRank(grant.grant.level) >= 2) places.emplace_back("up", 0);
    if (grant.ids.district) places.emplace_back("district", 0);
    places.emplace_back("any", 0);
    if (auto s = database.exec("DELETE FROM temp.gs_scope_place"); !s) return s;
    constexpr std::size_t kRows = 400;
    for (std::size_t start = 0; start < places.size(); start += kRows) {
      const std::size_t end = std::min(places.size(), start + kRows);
      std::string sql = "INSERT OR IGNORE INTO temp.gs_scope_place (level, id) VALUES ";
      for (std::size_t i = start; i < end; ++i) sql += i == start ? "(?, ?)" : ", (?, ?)";
      auto insert = database.prepare(sql);
      if (!insert) return insert.error();
      int at = 1;
      for (std::size_t i = start; i < end; ++i, at += 2)
        insert->bind(at, places[i].first).bind(at + 1, places[i].second);
      if (auto s = insert->run(); !s) return s;
    }
    auto copy = database.prepare(
        "INSERT OR IGNORE INTO temp.gs_scope (subject, level, id) SELECT ?, level, id FROM temp.gs_scope_place");
    if (!copy) return copy.error();
    for (const auto& [subject, operation] : it->second) {
      if (operation != "read") continue;
      copy->reset();
      copy->bind(1, subject);
      if (auto s = copy->run(); !s) return s;
      if (grant.ids.district) everywhere.insert(subject);
    }
  }
  if (auto s = database.exec("DROP TABLE temp.gs_scope_place"); !s) return s;

  // The views, made in one go (one round trip to a server); the columns of every table read at once.
  std::map<std::string, std::vector<std::string>> serverColumns;
  if (database.isServer()) {
    auto all = serverColumnsOfTables(database);
    if (!all) return all.error();
    serverColumns = std::move(*all);
  }
  auto columnsOf = [&](const std::string& table) -> Result<std::vector<std::string>> {
    if (!database.isServer()) return database.columnsOf(table);
    auto found = serverColumns.find(table);
    return found == serverColumns.end() ? std::vector<std::string>{} : found->second;
  };
  std::string views;
  for (const ScopedView& view : kScopedViews) {
    auto columns = columnsOf(view.name);
    if (!columns) return columns.error();
    if (columns->empty()) continue;  // an older schema without this table
    std::string select;
    for (const std::string& column : *columns) select += (select.empty() ? "\"" : ", \"") + column + "\"";
    // A subject the user reads district-wide needs no filter; otherwise the filter's columns carry a unary plus so
    // that it is checked per row and never chosen to drive the query (a name search keeps its name index).
    const std::string filter = everywhere.count(view.subject) ? std::string("TRUE") : expand(view.filter, view.subject);
    views += "CREATE TEMP VIEW \"" + std::string(view.name) + "\" AS SELECT " + select + " FROM main.\"" + view.name +
             "\" WHERE " + filter + ";\n";
  }
  // Key persons: the category (and the reasons behind it) only where a grant carries the duty (DOMAIN.md §10.2 rule 2).
  {
    auto columns = columnsOf("key_person");
    if (!columns) return columns.error();
    const std::string duty =
        everywhere.count("key_person.category") ? "TRUE" : "grid_id IN " + expand("{G}", "key_person.category");
    std::string select;
    for (const std::string& column : *columns) {
      if (!select.empty()) select += ", ";
      if (column == "category_code")
        select += "CASE WHEN " + duty + " THEN category_code ELSE 'RESTRICTED' END AS category_code";
      else if (column == "attention_reason_cipher" || column == "detail_cipher")
        select += "CASE WHEN " + duty + " THEN \"" + column + "\" END AS \"" + column + "\"";
      else
        select += "\"" + column + "\"";
    }
    views += "CREATE TEMP VIEW key_person AS SELECT " + select + " FROM main.key_person WHERE " +
             (everywhere.count("key_person") ? std::string("TRUE")
                                             : expand("+grid_id IN {G} OR (+grid_id IS NULL AND {UP})", "key_person")) +
             ";\n";
  }
  // The audit log: an administrator sees it whole; an auditor (read on audit) every row, but of before/after only the
  // names of the fields changed (nothing personal); everyone else the rows of records they can see, and their own
  // sign-ins, in full (the history of their records).
  {
    bool auditor = false, administrator = false;
    for (const ResolvedGrant& grant : resolved) {
      auto it = permissions->find(grant.grant.role);
      if (it == permissions->end()) continue;
      auditor = auditor || it->second.count({"audit", "read"});
      administrator = administrator || it->second.count({"user", "admin"});
    }
    auto columns = columnsOf("audit_log");
    if (!columns) return columns.error();
    std::string select;
    for (const std::string& column : *columns) {
      if (!select.empty()) select += ", ";
      if ((column == "before_json" || column == "after_json") && auditor && !administrator && database.isServer())
        select += "gs_json_keys(\"" + column + "\") AS \"" + column + "\"";  // the server schema's function
      else if ((column == "before_json" || column == "after_json") && auditor && !administrator)
        select += "CASE WHEN json_valid(\"" + column + "\") AND json_type(\"" + column +
                  "\") = 'object' THEN (SELECT json_group_array(key) FROM json_each(main.audit_log.\"" + column +
                  "\")) END AS \"" + column + "\"";
      else
        select += "\"" + column + "\"";
    }
    std::string filter = "TRUE";
    if (!auditor && !administrator) {
      filter = "actor_user_id = " + std::to_string(session.actor.userId);
      for (const ScopedView& view : kScopedViews)
        if (std::string_view(view.name).rfind("risk_", 0) != 0 && std::string_view(view.name) != "building_links" &&
            std::string_view(view.name) != "grid_stats")
          filter += std::string(" OR (table_name = '") + view.name + "' AND record_id IN (SELECT id FROM temp.\"" +
                    view.name + "\"))";
      filter += " OR (table_name = 'key_person' AND record_id IN (SELECT id FROM temp.key_person))";
      for (const TableSubject& entry : kTableSubjects)
        if (std::string_view(entry.subject) == "place") filter += std::string(" OR table_name = '") + entry.table + "'";
    }
    views += "CREATE TEMP VIEW audit_log AS SELECT " + select + " FROM main.audit_log WHERE " + filter + ";\n";
  }
  // Accounts: an administrator sees all; everyone else their own account, grants and key copy.
  {
    bool administrator = false;
    for (const ResolvedGrant& grant : resolved) {
      auto it = permissions->find(grant.grant.role);
      administrator = administrator || (it != permissions->end() && it->second.count({"user", "admin"}));
    }
    const std::string me = std::to_string(session.actor.userId);
    const std::string all = administrator ? "TRUE" : "FALSE";
    for (const auto& [table, filter] :
         std::vector<std::pair<std::string, std::string>>{{"app_user", all + " OR id = " + me},
                                                          {"user_role", all + " OR user_id = " + me},
                                                          {"key_wrap", "user_id = " + me}}) {
      auto columns = columnsOf(table);
      if (!columns) return columns.error();
      std::string select;
      for (const std::string& column : *columns) select += (select.empty() ? "\"" : ", \"") + column + "\"";
      views += "CREATE TEMP VIEW \"" + table + "\" AS SELECT " + select + " FROM main.\"" + table + "\" WHERE " +
               filter + ";\n";
    }
  }
  if (auto s = database.exec(views); !s) return s;
  database.setAccessGuard(std::make_shared<Policy>(
      database, session.actor, std::move(resolved), std::move(*permissions),
      withKey ? std::optional<FieldCipher>(session.cipher) : std::nullopt, std::move(subjectNames)));
  return {};
}

Status unbindSession(Database& database) {
  database.setAccessGuard(nullptr);
  return dropScopeViews(database);
}

Result<std::optional<std::vector<long long>>> readableGrids(Database& database, std::string_view subject) {
  if (!database.accessGuard()) return std::optional<std::vector<long long>>();
  auto district = database.prepare(
      "SELECT EXISTS (SELECT 1 FROM temp.gs_scope WHERE subject = ? AND level = "
      "'district')");
  if (!district) return district.error();
  district->bind(1, subject);
  auto everywhere = district->step();
  if (!everywhere) return everywhere.error();
  if (*everywhere && district->int64(0) != 0) return std::optional<std::vector<long long>>();  // every grid
  auto statement = database.prepare("SELECT id FROM temp.gs_scope WHERE subject = ? AND level = 'grid' ORDER BY id");
  if (!statement) return statement.error();
  statement->bind(1, subject);
  std::vector<long long> grids;
  if (auto s = statement->forEachRow([&](const Statement& row) { grids.push_back(row.int64(0)); }); !s)
    return s.error();
  return std::optional<std::vector<long long>>(std::move(grids));
}

Result<std::string> readableGridsCondition(Database& database, std::string_view subject, std::string_view column) {
  auto grids = readableGrids(database, subject);
  if (!grids) return grids.error();
  if (!*grids) return std::string();
  if ((*grids)->empty()) return std::string("FALSE");
  return std::string(column) + " IN (" + sqlIdList(**grids) + ")";
}

bool may(Database& database, std::string_view subject, std::string_view operation) {
  return requirePermission(database, subject, operation).ok();
}

Result<FieldCipher> fieldKey(Database& database) {
  if (const auto* policy = dynamic_cast<const Policy*>(database.accessGuard())) {
    if (policy->cipher()) return *policy->cipher();
    return makeError(
        ErrorCode::PermissionDenied,
        "this database has accounts: sign in first (gridctl: --user NAME, password from GRIDSTATION_PASSWORD "
        "or the prompt)");
  }
  auto accounts = hasAccounts(database);
  if (!accounts) return accounts.error();
  if (*accounts)
    return makeError(
        ErrorCode::PermissionDenied,
        "this database has accounts: sign in first (gridctl: --user NAME, password from GRIDSTATION_PASSWORD "
        "or the prompt)");
  return loadDatabaseKey(database);
}

namespace {
std::mutex& processMutex() {
  static std::mutex mutex;
  return mutex;
}
std::shared_ptr<const Session>& processSessionSlot() {
  static std::shared_ptr<const Session> session;
  return session;
}
std::string& processDatabaseId() {
  static std::string id;
  return id;
}
}  // namespace

void setProcessSession(std::shared_ptr<const Session> session, std::string databaseId) {
  std::lock_guard lock(processMutex());
  processSessionSlot() = std::move(session);
  processDatabaseId() = std::move(databaseId);
}

std::shared_ptr<const Session> processSession() {
  std::lock_guard lock(processMutex());
  return processSessionSlot();
}

void installConnectionGuard() {
  Database::setConnectionHook([](Database& database) -> Status {
    if (database.userVersion() < 12) return {};  // read-only open of an old file: no accounts there yet
    auto accounts = hasAccounts(database);
    if (!accounts) return accounts.error();
    if (!*accounts) return {};
    auto id = database.meta("database_id");
    std::shared_ptr<const Session> session;
    {
      std::lock_guard lock(processMutex());
      if (id && *id == processDatabaseId()) session = processSessionSlot();
    }
    return session ? bindSession(database, *session) : bindNobody(database);
  });
}

}  // namespace grid::access
