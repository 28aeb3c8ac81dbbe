// SPDX-License-Identifier: GPL-2.0-or-later
#include "visits_command.h"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>

#include "access/session.h"
#include "arguments.h"
#include "common/clock.h"
#include "dashboard/dashboard.h"
#include "options.h"
#include "registry/record_edit.h"
#include "registry/visit_rules.h"
#include "storage/database.h"
#include "storage/json.h"
#include "visits/visits.h"

namespace grid::cli {

const char* const kVisitsUsage =
    "usage: gridctl visits due DB [--place LEVEL:CODE] [--worker STAFF_ID] [--overdue] [--within DAYS] [--as-of DATE]\n"
    "                            [--json] [--lang en] [--user NAME]\n"
    "       gridctl visits log DB (--grid CODE | --object TYPE:ID) [--time \"2026-11-20 09:30\"] [--type T]\n"
    "                            [--met NAME] [--findings TEXT] [--exception CODE] [--next-due DATE] [--staff ID]\n"
    "                            [--report [--class CODE] [--grade G]] [--user NAME]\n"
    "       gridctl visits report DB LOG_ID [--class CODE] [--grade normal|urgent|critical] [--user NAME]\n"
    "       gridctl visits rules DB [--all]\n"
    "       gridctl visits rule DB RULE_ID [--every N] [--unit day|week|month] [--active 0|1] [--user NAME]\n"
    "\n"
    "Patrols and visits (巡查走访) under the frequency rules (走访频次): red key persons weekly, orange every two "
    "weeks,\n"
    "yellow monthly, blue quarterly; key places and matters by colour; elderly living alone weekly, rental households\n"
    "quarterly; every grid patrolled weekly (defaults, editable with `visits rule`; docs/visits.md).\n"
    "  due      objects under a rule with their last visit and due date, most overdue first\n"
    "  log      records a patrol of a grid or a visit (TYPE: building, household, key_person, key_place,\n"
    "           key_matter); the grid follows the visited record; --report also reports the findings as an event\n"
    "  report   reports a logged visit's findings as an event (source 走访录入) and links the two\n"
    "  --place  grid:CODE, community:CODE, street:CODE, district:CODE (default: everything you may read)\n"
    "Every log is one audited transaction; a refused one writes nothing and names the field to fix.\n";

const char* const kDashboardUsage =
    "usage: gridctl dashboard DB [--place LEVEL:CODE] [--month YYYY-MM] [--children] [--records KEY]\n"
    "                            [--json] [--lang en] [--user NAME]\n"
    "\n"
    "The statistics dashboard (统计分析) of a place for a month (default: this month): households, persons, "
    "party-link\n"
    "coverage, key persons/places/matters by colour, events (new, open, closed, overdue, closure rate, average "
    "working\n"
    "days, satisfaction), visits done and overdue, grids without a full-time worker, households per worker.\n"
    "  --children    the same figures for each place one level down (street → communities → grids → workers)\n"
    "  --records KEY the records behind one figure (e.g. visits_overdue, events_closed, households)\n"
    "Figures are those of the signed-in user's scope; the monthly report prints the same numbers.\n";

namespace {

std::string jsonText(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (static_cast<unsigned char>(c) < 0x20) {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
      out += buffer;
      continue;
    }
    out += c;
  }
  return out + "\"";
}

Result<workflow::Org> placeOption(Database& db, const Options& options) {
  const std::string text = option(options, "place");
  if (text.empty()) return workflow::Org{};
  return workflow::parseOrg(db, text);
}

Result<long long> number(const Options& options, const char* name) {
  try {
    std::size_t used = 0;
    const std::string text = option(options, name);
    const long long value = std::stoll(text, &used);
    if (used != text.size()) throw std::invalid_argument(name);
    return value;
  } catch (const std::exception&) {
    return makeError(ErrorCode::InvalidInput, std::string("--") + name + " takes a whole number");
  }
}

}  // namespace

int runVisits(const std::vector<std::string>& positional, const Options& options, bool help) {
  if (help || positional.size() < 2) return (help ? std::cout : std::cerr) << kVisitsUsage, help ? 0 : 2;
  const std::string& what = positional[0];
  auto opened = Database::open(positional[1]);
  if (!opened) return fail(opened.error().describe());
  Database& db = **opened;
  SystemClock clock;
  const Actor actor = Actor::system("gridctl visits");
  const bool english = option(options, "lang") == "en";
  // A logged visit's findings as an event (--class and --grade as given), its serial number printed.
  auto report = [&](const FieldCipher& key, long long logId) {
    workflow::ReportInput input;
    input.domainCode = option(options, "class");
    input.grade = option(options, "grade", "normal");
    auto reported = visits::reportFinding(db, &key, clock, actor, logId, input);
    if (!reported) return fail(reported.error().describe(), 1);
    std::cout << reported->serial << "\n";
    return 0;
  };

  if (what == "due") {
    visits::DueQuery query;
    auto place = placeOption(db, options);
    if (!place) return fail(place.error().describe());
    query.place = *place;
    query.asOf = option(options, "as-of");
    query.overdueOnly = options.count("overdue") > 0;
    query.english = english;
    if (options.count("worker")) {
      auto staff = number(options, "worker");
      if (!staff) return fail(staff.error().describe());
      query.staffId = *staff;
    }
    if (options.count("within")) {
      auto days = number(options, "within");
      if (!days) return fail(days.error().describe());
      query.dueWithinDays = static_cast<int>(*days);
    }
    auto items = visits::dueVisits(db, clock, query);
    if (!items) return fail(items.error().describe());
    if (options.count("json")) {
      std::cout << "[";
      for (std::size_t i = 0; i < items->size(); ++i) {
        const visits::DueItem& d = (*items)[i];
        std::cout << (i ? ",\n " : "") << "{\"object\":" << jsonText(d.objectType) << ",\"id\":" << d.objectId
                  << ",\"label\":" << jsonText(d.label) << ",\"grid\":" << jsonText(d.gridCode)
                  << ",\"worker\":" << jsonText(d.worker) << ",\"rule\":" << jsonText(d.ruleName)
                  << ",\"last_visit\":" << jsonText(d.lastVisit) << ",\"due\":" << jsonText(d.due)
                  << ",\"days_overdue\":" << std::max(0, d.daysOverdue) << "}";
      }
      std::cout << "]\n";
      return 0;
    }
    long long overdue = 0;
    for (const visits::DueItem& d : *items) {
      overdue += d.overdue();
      std::cout << d.due << (d.overdue() ? " overdue " + std::to_string(d.daysOverdue) + "d" : std::string()) << "\t"
                << d.objectType << " " << d.objectId << "\t" << d.label << "\t" << d.gridCode << "\t"
                << (d.worker.empty() ? "-" : d.worker) << "\t" << d.ruleName << "\tlast "
                << (d.lastVisit.empty() ? "never" : d.lastVisit) << "\n";
    }
    std::cerr << items->size() << " object(s) under visit rules, " << overdue << " overdue\n";
    return 0;
  }
  if (what == "log") {
    if (positional.size() != 2) return fail("log takes DB and options only (see gridctl visits --help)");
    registry::RecordValues values;
    if (options.count("grid")) {
      values["object_type"] = "grid";
      values["grid"] = option(options, "grid");
    }
    if (options.count("object")) {
      const std::string object = option(options, "object");
      const std::size_t colon = object.find(':');
      if (colon == std::string::npos) return fail("--object takes TYPE:ID, e.g. key_person:12 or household:3051");
      values["object_type"] = object.substr(0, colon);
      values["object_id"] = object.substr(colon + 1);
    }
    if (!values.count("object_type")) return fail("say what was patrolled or visited: --grid CODE or --object TYPE:ID");
    for (const auto& [flag, key] : std::vector<std::pair<const char*, const char*>>{{"time", "work_time"},
                                                                                    {"type", "log_type"},
                                                                                    {"met", "met_person"},
                                                                                    {"findings", "content"},
                                                                                    {"next-due", "next_due"},
                                                                                    {"staff", "staff_id"},
                                                                                    {"place", "place"}}) {
      if (options.count(flag)) values[key] = option(options, flag);
    }
    if (options.count("exception")) {
      values["has_exception"] = "1";
      values["exception"] = option(options, "exception");
      values["exception_info"] = option(options, "findings");
    }
    auto key = access::fieldKey(db);
    if (!key) return fail(key.error().describe());
    auto codes = registry::CodeBook::load(db);
    if (!codes) return fail(codes.error().describe());
    std::vector<registry::FieldIssue> issues;
    auto saved =
        registry::saveRecord({db, *key, *codes, clock, actor, {}}, registry::ListKind::PatrolLogs, -1, values, &issues);
    if (!saved) {
      for (const registry::FieldIssue& issue : issues)
        std::cerr << "gridctl: " << issue.key << ": " << issue.message << "\n";
      if (issues.empty()) return fail(saved.error().describe(), 1);
      return 1;
    }
    long long logId = -1;
    for (const auto& [table, id] : saved->created)
      if (table == "patrol_log") logId = id;
    std::cout << "patrol log " << logId << "\n";
    return options.count("report") ? report(*key, logId) : 0;
  }
  if (what == "report") {
    if (positional.size() != 3) return fail("report needs DB LOG_ID");
    long long logId = -1;
    try {
      logId = std::stoll(positional[2]);
    } catch (const std::exception&) {
      return fail("\"" + positional[2] + "\" is not a patrol log number");
    }
    auto key = access::fieldKey(db);
    if (!key) return fail(key.error().describe());
    return report(*key, logId);
  }
  if (what == "rules") {
    auto rules = registry::loadVisitRules(db, options.count("all") == 0);
    if (!rules) return fail(rules.error().describe());
    for (const registry::VisitRule& r : *rules)
      std::cout << r.id << "\t" << r.objectType << "\t" << (r.category.empty() ? "*" : r.category) << "\t"
                << (r.colour.empty() ? "*" : r.colour) << "\t" << r.intervalText(english) << "\t"
                << (english ? r.nameEn : r.nameZh) << (r.active ? "" : "\t(inactive)") << "\n";
    return 0;
  }
  if (what == "rule") {
    if (positional.size() != 3) return fail("rule needs DB RULE_ID");
    auto rules = registry::loadVisitRules(db, false);
    if (!rules) return fail(rules.error().describe());
    registry::VisitRule* rule = nullptr;
    for (registry::VisitRule& r : *rules)
      if (std::to_string(r.id) == positional[2]) rule = &r;
    if (!rule) return fail("no visit rule " + positional[2] + " (see gridctl visits rules DB --all)");
    if (options.count("every")) {
      auto every = number(options, "every");
      if (!every) return fail(every.error().describe());
      rule->every = static_cast<int>(*every);
    }
    if (options.count("unit")) rule->unit = option(options, "unit");
    if (options.count("active")) rule->active = option(options, "active") != "0";
    auto saved = registry::saveVisitRule(db, clock, actor, *rule);
    if (!saved) return fail(saved.error().describe(), 1);
    std::cout << rule->id << "\t" << rule->intervalText(english) << (rule->active ? "" : " (inactive)") << "\n";
    return 0;
  }
  return fail("unknown visits command '" + what + "': due, log, report, rules, rule");
}

int runDashboard(const std::vector<std::string>& positional, const Options& options, bool help) {
  if (help || positional.size() != 1) return (help ? std::cout : std::cerr) << kDashboardUsage, help ? 0 : 2;
  auto opened = Database::open(positional[0]);
  if (!opened) return fail(opened.error().describe());
  Database& db = **opened;
  SystemClock clock;
  const bool english = option(options, "lang") == "en";
  auto place = placeOption(db, options);
  if (!place) return fail(place.error().describe());
  const std::string month = option(options, "month", clock.today().substr(0, 7));
  auto period = dashboard::monthPeriod(month);
  if (!period) return fail("--month takes YYYY-MM, not \"" + month + "\"");
  if (options.count("records")) {
    auto records = dashboard::indicatorRecords(db, clock, *place, *period, option(options, "records"));
    if (!records) return fail(records.error().describe());
    for (const std::string& h : english ? records->headerEn : records->headerZh) std::cout << h << "\t";
    std::cout << "\n";
    for (std::size_t r = 0; r < records->rows.size(); ++r) {
      std::cout << records->ids[r];
      for (const std::string& cell : records->rows[r]) std::cout << "\t" << cell;
      std::cout << "\n";
    }
    std::cerr << records->total << " record(s)\n";
    return 0;
  }
  std::vector<dashboard::Figures> all;
  auto figures = dashboard::computeFigures(db, clock, *place, *period);
  if (!figures) return fail(figures.error().describe());
  all.push_back(std::move(*figures));
  if (options.count("children")) {
    auto children = dashboard::childFigures(db, clock, *place, *period);
    if (!children) return fail(children.error().describe());
    for (dashboard::Figures& f : *children) all.push_back(std::move(f));
  }
  if (options.count("json")) {
    std::cout << "[";
    for (std::size_t f = 0; f < all.size(); ++f) {
      std::cout << (f ? ",\n " : "") << "{\"place\":" << jsonText(all[f].place.level)
                << ",\"code\":" << jsonText(all[f].placeCode) << ",\"name\":" << jsonText(all[f].placeName)
                << ",\"from\":" << jsonText(all[f].period.from) << ",\"to\":" << jsonText(all[f].period.to)
                << ",\"as_of\":" << jsonText(all[f].asOf);
      for (const dashboard::Indicator& i : all[f].indicators) {
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%.6g", i.value);
        std::cout << "," << jsonText(i.key) << ":" << buffer;
      }
      std::cout << "}";
    }
    std::cout << "]\n";
    return 0;
  }
  for (const dashboard::Figures& f : all) {
    std::cout << "# " << f.placeName << " " << f.placeCode << " · " << f.period.from << " – " << f.period.to
              << " (stock as of " << f.asOf << ")\n";
    for (const dashboard::Indicator& i : f.indicators)
      std::cout << i.key << "\t" << dashboard::formatValue(i, i.value) << "\t" << (english ? i.en : i.zh) << "\n";
  }
  return 0;
}

}  // namespace grid::cli
