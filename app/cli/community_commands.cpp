// SPDX-License-Identifier: GPL-2.0-or-later
#include "community_commands.h"

#include <cmath>
#include <cstdio>
#include <iostream>
#include <sstream>

#include "arguments.h"
#include "common/clock.h"
#include "dashboard/dashboard.h"
#include "emergency/emergency_units.h"
#include "interrupt.h"
#include "io/service_layers.h"
#include "options.h"
#include "print/deliberation_printer.h"
#include "print/emergency_printer.h"
#include "qgis_session.h"
#include "services/service_circle.h"
#include "storage/database.h"
#include "workflow/deliberation.h"

namespace grid::cli {

const char* const kDeliberationUsage =
    "usage: gridctl deliberation open DB --at LEVEL:PLACE --topic TEXT [--content TEXT] [--initiator NAME]\n"
    "                                    [--day YYYY-MM-DD] [--participants KIND:NAME;…] [--user NAME]\n"
    "       gridctl deliberation advance DB SERIAL [--day D] [--participants KIND:NAME;…] [--minutes TEXT]\n"
    "                                    [--present N --eligible N --for N [--against N] [--abstain N] --decision "
    "TEXT]\n"
    "       gridctl deliberation return|withdraw DB SERIAL --reason TEXT\n"
    "       gridctl deliberation link DB SERIAL --to key_matter:ID|event:SERIAL\n"
    "       gridctl deliberation publish DB SERIAL [--print OUT.pdf] [--lang en]\n"
    "       gridctl deliberation print DB SERIAL --print OUT.pdf [--lang en]\n"
    "       gridctl deliberation show DB SERIAL [--lang en]\n"
    "       gridctl deliberation list DB [--level L] [--step S] [--status open|decided|withdrawn] [--place L:CODE]\n"
    "\n"
    "四事五议: a matter raised at estate (小区), community (社区), block (街区) or city-district (城区) level goes\n"
    "through 建议 suggest → 提议 propose → 商议 discuss → 审议 review → 决议 decide, one step at a time, then is\n"
    "published with a QR code to its public page. A step cannot be skipped or taken back; `return` sends an open\n"
    "matter back one step with its reason (kept in the record). Rules: 提议 needs a party_org participant; 商议\n"
    "participants of two kinds and minutes; 审议 minutes; 决议 a quorum (more than half of the eligible present),\n"
    "more than half of those present for, and the decision's text. Days never go back and are not in the future.\n"
    "  --at          estate:ID, community:CODE, block:STREET_CODE, district:CODE\n"
    "  --participants kinds: resident_rep, party_org, committee, owners, property, department, other\n"
    "Every action is one audited transaction; a refused one writes nothing and says which rule refused it.\n";

const char* const kEmergencyUsage =
    "usage: gridctl emergency units DB --community CODE [--assign [--max-households 150]] [--check]\n"
    "                               [--print OUT.pdf [--unit UNIT_ID]] [--lang en] [--user NAME]\n"
    "       gridctl emergency unit DB UNIT_ID [--name T] [--shelter T] [--capacity N] [--supplies T] [--notes T]\n"
    "                               [--responsible STAFF_ID] [--deputy STAFF_ID] [--volunteer NAME[:PHONE]]\n"
    "                               [--remove-member MEMBER_ID] [--buildings ID,ID…] [--user NAME]\n"
    "\n"
    "Minimal emergency units (最小应急单元): a community's buildings in small units, each with a responsible person\n"
    "and deputies from the staff register, volunteers, a shelter and supplies, and the vulnerable persons to reach\n"
    "first (care tags listed in the code table emergency_priority: elderly living alone, disabled, bedridden, "
    "children\n"
    "left alone).\n"
    "  units        lists the units (buildings, households, people, persons to reach first)\n"
    "  --assign     puts every building in no unit into one: an estate's buildings together, the rest per grid in map\n"
    "               order, about --max-households households a unit; building leaders become responsible, else the\n"
    "               grid worker\n"
    "  --check      every live building in exactly one unit of its community, every unit with a responsible person;\n"
    "               exit 1 and one line per problem otherwise\n"
    "  --print      one A4 contact and roll-call sheet per unit (--unit: that unit's only)\n"
    "  unit         changes one unit: details, members, or --buildings moved into it from their units\n";

const char* const kServiceCircleUsage =
    "usage: gridctl service-circle DB (--community CODE | --all) [--minutes 15] [--speed 4.5] [--types T,T…]\n"
    "                             [--output OUT.gpkg] [--json] [--user NAME]\n"
    "       gridctl service-circle DB --list-types\n"
    "       gridctl service-circle DB --set-type CODE [--minutes N] [--active 0|1] [--user NAME]\n"
    "\n"
    "The 15-minute service circle (15分钟生活圈): the walking time from every building to the nearest facility of "
    "each\n"
    "type (service centre, clinic, school, market, elderly care; configurable) over the roads and paths in the\n"
    "database, the buildings beyond the limit, and the share of households within it. Roads come from `gridctl\n"
    "import DB FILE.osm --kind roads` and `--kind walkways`; facilities from `--kind facilities`.\n"
    "  --minutes     one limit for every type (default: each type's own, 15)\n"
    "  --speed       walking speed in km/h (default 4.5)\n"
    "  --output      the buildings with their times, the facilities and the service areas as a GeoPackage\n"
    "The times are stored: the dashboard, `gridctl dashboard` and the workstation show the same shares.\n";

namespace {

Result<long long> wholeNumber(const Options& options, const char* name, long long fallback = -1) {
  if (!options.count(name)) return fallback;
  const std::string text = options.at(name);
  try {
    std::size_t used = 0;
    const long long value = std::stoll(text, &used);
    if (used == text.size()) return value;
  } catch (const std::exception&) {
  }
  return makeError(ErrorCode::InvalidInput, std::string("--") + name + " takes a whole number, not \"" + text + "\"");
}

Result<long long> communityOption(Database& db, const Options& options) {
  const std::string code = option(options, "community");
  if (code.empty()) return makeError(ErrorCode::InvalidInput, "name the community: --community CODE (12 digits)");
  auto org = workflow::parseOrg(db, "community:" + code);
  if (!org) return org.error();
  return org->id;
}

void printDeliberation(const workflow::DeliberationView& v, bool english) {
  std::cout << v.serial << "  " << workflow::deliberationLevelName(v.level, english) << " " << v.placeName << "  "
            << v.topic << "\n";
  std::cout << "  " << (english ? "step: " : "环节：") << workflow::deliberationStepName(v.step, english) << " ("
            << v.status << ")";
  if (!v.publishedAt.empty()) std::cout << (english ? ", published " : "，公示于 ") << v.publishedAt.substr(0, 10);
  std::cout << "\n";
  for (const auto& s : v.steps) {
    std::cout << "  " << s.heldOn << "  " << (s.action == "return" ? (english ? "returned to " : "退回") : "")
              << (s.action == "withdraw" ? (english ? "withdrawn at " : "撤回于") : "")
              << workflow::deliberationStepName(s.step, english) << "  " << s.actedBy;
    for (const auto& p : s.participants) std::cout << "  " << p.kind << ":" << p.name;
    if (!s.reason.empty()) std::cout << "  (" << s.reason << ")";
    if (s.present >= 0)
      std::cout << "  " << s.present << "/" << s.eligible << " present, " << s.votesFor << " for, " << s.votesAgainst
                << " against, " << s.votesAbstain << " abstaining";
    std::cout << "\n";
  }
  if (!v.decision.empty()) std::cout << "  " << (english ? "decision: " : "决议：") << v.decision << "\n";
  for (const auto& l : v.links) std::cout << "  link " << l.objectType << " " << l.objectId << "  " << l.label << "\n";
  if (!v.publicUrl.empty()) std::cout << "  " << v.publicUrl << "\n";
}

}  // namespace

int runDeliberation(const std::vector<std::string>& positional, const Options& options, bool help) {
  if (help || positional.size() < 2) return (help ? std::cout : std::cerr) << kDeliberationUsage, help ? 0 : 2;
  const std::string& what = positional[0];
  static const std::vector<std::string> kActions = {"open",    "advance", "return", "withdraw", "link",
                                                    "publish", "print",   "show",   "list"};
  if (std::find(kActions.begin(), kActions.end(), what) == kActions.end())
    return usageError("unknown action \"" + what + "\"", kDeliberationUsage);
  const bool needsSerial = what != "open" && what != "list";
  if (needsSerial && positional.size() < 3)
    return usageError(what + " needs the matter's serial number", kDeliberationUsage);
  auto opened = Database::open(positional[1]);
  if (!opened) return fail(opened.error());
  Database& db = **opened;
  SystemClock clock;
  const Actor actor = Actor::system("gridctl deliberation");
  const bool english = option(options, "lang") == "en";
  const std::string serial = needsSerial ? positional[2] : std::string();
  auto participants = workflow::parseParticipants(db, option(options, "participants"));
  if (!participants) return fail(participants.error());
  auto done = [&](const Result<workflow::DeliberationResult>& result) {
    if (!result) return fail(result.error().describe(), 1);
    std::cout << result->serial << "\t" << result->step << "\t" << result->status << "\n";
    return 0;
  };
  auto printNotice = [&](const std::string& which) {
    auto view = workflow::loadDeliberation(db, which);
    if (!view) return fail(view.error().describe(), 1);
    QgisSession session(english ? "en" : "zh_CN");
    QString error;
    if (!app::printDeliberationNotice(*view, QString::fromStdString(option(options, "print")), english, &error))
      return fail(error.toStdString(), 1);
    std::cout << option(options, "print") << "\n";
    return 0;
  };

  if (what == "open") {
    const std::string at = option(options, "at");
    const auto colon = at.find(':');
    if (colon == std::string::npos)
      return usageError("--at takes LEVEL:PLACE (estate:ID, community:CODE, block:STREET_CODE, district:CODE)",
                        kDeliberationUsage);
    workflow::DeliberationInput input;
    input.level = at.substr(0, colon);
    const std::string place = at.substr(colon + 1);
    if (input.level == "estate") {
      try {
        input.levelId = std::stoll(place);
      } catch (const std::exception&) {
        return usageError("estate:ID takes the estate's number", kDeliberationUsage);
      }
    } else {
      auto org = workflow::parseOrg(db, (input.level == "block" ? std::string("street") : input.level) + ":" + place);
      if (!org) return fail(org.error());
      input.levelId = org->id;
    }
    input.topic = option(options, "topic");
    input.content = option(options, "content");
    input.initiator = option(options, "initiator");
    input.heldOn = option(options, "day");
    input.participants = *participants;
    return done(workflow::openDeliberation(db, clock, actor, input));
  }
  if (what == "advance") {
    workflow::StepInput input;
    input.heldOn = option(options, "day");
    input.participants = *participants;
    input.minutes = option(options, "minutes");
    input.decision = option(options, "decision");
    for (auto [name, field] : {std::pair{"present", &input.present}, std::pair{"eligible", &input.eligible},
                               std::pair{"for", &input.votesFor}, std::pair{"against", &input.votesAgainst},
                               std::pair{"abstain", &input.votesAbstain}}) {
      auto value = wholeNumber(options, name, *field);
      if (!value) return fail(value.error());
      *field = static_cast<int>(*value);
    }
    return done(workflow::advanceDeliberation(db, clock, actor, serial, input));
  }
  if (what == "return") return done(workflow::returnDeliberation(db, clock, actor, serial, option(options, "reason")));
  if (what == "withdraw")
    return done(workflow::withdrawDeliberation(db, clock, actor, serial, option(options, "reason")));
  if (what == "link") {
    const std::string to = option(options, "to");
    const auto colon = to.find(':');
    if (colon == std::string::npos) return usageError("--to takes key_matter:ID or event:SERIAL", kDeliberationUsage);
    return done(workflow::linkDeliberation(db, clock, actor, serial, to.substr(0, colon), to.substr(colon + 1)));
  }
  if (what == "publish") {
    const int code = done(workflow::publishDeliberation(db, clock, actor, serial));
    if (code != 0 || option(options, "print").empty()) return code;
    return printNotice(serial);
  }
  if (what == "print") {
    if (option(options, "print").empty()) return usageError("print needs --print OUT.pdf", kDeliberationUsage);
    return printNotice(serial);
  }
  if (what == "show") {
    auto view = workflow::loadDeliberation(db, serial);
    if (!view) return fail(view.error().describe(), 1);
    printDeliberation(*view, english);
    return 0;
  }
  workflow::DeliberationFilter filter;
  filter.level = option(options, "level");
  filter.step = option(options, "step");
  filter.status = option(options, "status");
  if (!option(options, "place").empty()) {
    auto place = workflow::parseOrg(db, option(options, "place"));
    if (!place) return fail(place.error());
    filter.place = *place;
  }
  auto items = workflow::listDeliberations(db, filter);
  if (!items) return fail(items.error());
  for (const auto& i : *items)
    std::cout << i.serial << "\t" << workflow::deliberationLevelName(i.level, english) << "\t" << i.placeName << "\t"
              << workflow::deliberationStepName(i.step, english) << "\t" << i.status << "\t" << i.lastDay << "\t"
              << i.topic << "\n";
  return 0;
}

int runEmergency(const std::vector<std::string>& positional, const Options& options, bool help) {
  if (help || positional.size() < 2) return (help ? std::cout : std::cerr) << kEmergencyUsage, help ? 0 : 2;
  const std::string& what = positional[0];
  if (what != "units" && what != "unit") return usageError("unknown action \"" + what + "\"", kEmergencyUsage);
  auto opened = Database::open(positional[1]);
  if (!opened) return fail(opened.error());
  Database& db = **opened;
  SystemClock clock;
  const Actor actor = Actor::system("gridctl emergency");
  const bool english = option(options, "lang") == "en";

  if (what == "unit") {
    if (positional.size() < 3) return usageError("unit needs the unit's number", kEmergencyUsage);
    long long unitId = -1;
    try {
      unitId = std::stoll(positional[2]);
    } catch (const std::exception&) {
      return usageError("the unit's number is a whole number", kEmergencyUsage);
    }
    int changes = 0;
    auto report = [&](const Result<RecordChange>& change) {
      if (!change) return fail(change.error().describe(), 1);
      ++changes;
      return 0;
    };
    const bool details = options.count("name") || options.count("shelter") || options.count("capacity") ||
                         options.count("supplies") || options.count("notes");
    if (details) {
      auto community = emergency::unitCommunity(db, unitId);
      if (!community) return fail(community.error().describe(), 1);
      auto all = emergency::loadUnits(db, clock, *community, false);
      if (!all) return fail(all.error());
      emergency::UnitDetails d;
      for (const auto& u : *all)
        if (u.id == unitId) d = {u.name, u.shelter, u.supplies, u.notes, u.shelterCapacity};
      if (options.count("name")) d.name = options.at("name");
      if (options.count("shelter")) d.shelter = options.at("shelter");
      if (options.count("supplies")) d.supplies = options.at("supplies");
      if (options.count("notes")) d.notes = options.at("notes");
      auto capacity = wholeNumber(options, "capacity", d.shelterCapacity);
      if (!capacity) return fail(capacity.error());
      d.shelterCapacity = *capacity;
      if (int code = report(emergency::setUnitDetails(db, clock, actor, unitId, d)); code) return code;
    }
    for (const char* role : {"responsible", "deputy"})
      if (options.count(role)) {
        auto staff = wholeNumber(options, role);
        if (!staff) return fail(staff.error());
        if (int code = report(emergency::addMember(db, clock, actor, unitId, role, *staff)); code) return code;
      }
    if (options.count("volunteer")) {
      const std::string v = options.at("volunteer");
      const auto colon = v.find(':');
      if (int code = report(emergency::addMember(db, clock, actor, unitId, "volunteer", -1, v.substr(0, colon),
                                                 colon == std::string::npos ? std::string() : v.substr(colon + 1)));
          code)
        return code;
    }
    if (options.count("remove-member")) {
      auto member = wholeNumber(options, "remove-member");
      if (!member) return fail(member.error());
      if (int code = report(emergency::removeMember(db, clock, actor, *member)); code) return code;
    }
    if (options.count("buildings")) {
      std::vector<long long> ids;
      std::stringstream list(options.at("buildings"));
      for (std::string part; std::getline(list, part, ',');) {
        try {
          ids.push_back(std::stoll(part));
        } catch (const std::exception&) {
          return usageError("--buildings takes building numbers separated by commas", kEmergencyUsage);
        }
      }
      if (int code = report(emergency::moveBuildings(db, clock, actor, unitId, ids)); code) return code;
    }
    if (changes == 0) return usageError("say what to change in the unit", kEmergencyUsage);
    std::cout << "unit " << unitId << ": " << changes << " change(s)\n";
    return 0;
  }

  auto community = communityOption(db, options);
  if (!community) return fail(community.error());
  if (options.count("assign")) {
    emergency::AssignOptions assign;
    auto max = wholeNumber(options, "max-households", assign.maxHouseholds);
    if (!max) return fail(max.error());
    assign.maxHouseholds = static_cast<int>(*max);
    Progress progress([](double fraction, const std::string& stage) {
      std::fprintf(stderr, "\r%3.0f%% %-24s", fraction * 100, stage.c_str());
    });
    CancelOnInterrupt cancel(progress);
    auto report = emergency::assignUnits(db, clock, actor, *community, assign, &progress);
    std::fprintf(stderr, "\r%-32s\r", "");
    if (!report) return fail(report.error());
    std::cout << "assigned " << report->buildingsAssigned << " building(s) to " << report->unitsCreated
              << " new unit(s)\n";
  }
  auto units = emergency::loadUnits(db, clock, *community, true, english);
  if (!units) return fail(units.error());
  int status = 0;
  if (options.count("check")) {
    auto check = emergency::checkUnits(db, *community);
    if (!check) return fail(check.error());
    for (const auto& [id, name] : check->withoutUnit)
      std::cout << "building " << id << " " << name << ": in no emergency unit\n";
    for (const auto& [id, name] : check->inOtherCommunity)
      std::cout << "building " << id << " " << name << ": in a unit of another community\n";
    for (const auto& [id, name] : check->withoutResponsible)
      std::cout << "unit " << id << " " << name << ": no responsible person\n";
    std::cout << check->buildings - static_cast<long long>(check->withoutUnit.size()) << " of " << check->buildings
              << " building(s) in a unit; " << units->size() << " unit(s)\n";
    if (!check->ok()) status = 1;
  } else if (!options.count("print")) {
    for (const auto& u : *units) {
      std::string responsible;
      for (const auto& m : u.members)
        if (m.role == "responsible") responsible = m.name + " " + m.phone;
      std::cout << u.id << "\t" << u.name << "\t" << u.gridCode << "\t" << u.buildings.size() << " buildings\t"
                << u.households << " households\t" << u.vulnerable.size() << " to reach first\t"
                << (responsible.empty() ? "(no responsible person)" : responsible) << "\n";
    }
  }
  if (options.count("print")) {
    if (options.count("unit")) {  // one unit's sheet
      auto only = wholeNumber(options, "unit");
      if (!only) return fail(only.error());
      std::erase_if(*units, [&](const emergency::Unit& u) { return u.id != *only; });
      if (units->empty()) return fail("no emergency unit " + options.at("unit") + " in this community", 1);
    }
    auto label = dashboard::placeLabel(db, {"community", *community});
    if (!label) return fail(label.error());
    QgisSession session(english ? "en" : "zh_CN");
    QString error;
    if (!app::printEmergencySheets(*units, QString::fromStdString(label->second),
                                   QString::fromStdString(option(options, "print")), english, &error))
      return fail(error.toStdString(), 1);
    std::cout << option(options, "print") << ": " << units->size() << " sheet(s)\n";
  }
  return status;
}

int runServiceCircle(const std::vector<std::string>& positional, const Options& options, bool help) {
  if (help || positional.size() != 1) return (help ? std::cout : std::cerr) << kServiceCircleUsage, help ? 0 : 2;
  auto opened = Database::open(positional[0]);
  if (!opened) return fail(opened.error());
  Database& db = **opened;
  SystemClock clock;
  const Actor actor = Actor::system("gridctl service-circle");
  if (options.count("list-types")) {
    auto types = services::facilityTypes(db);
    if (!types) return fail(types.error());
    for (const auto& t : *types)
      std::cout << t.code << "\t" << t.nameZh << "\t" << t.nameEn << "\t" << t.minutes << " min\t"
                << (t.active ? "active" : "inactive") << "\t" << t.osmTags << "\n";
    return 0;
  }
  if (options.count("set-type")) {
    auto types = services::facilityTypes(db);
    if (!types) return fail(types.error());
    const std::string code = options.at("set-type");
    services::FacilityType type;
    for (const auto& t : *types)
      if (t.code == code) type = t;
    auto minutes = wholeNumber(options, "minutes", type.minutes);
    auto active = wholeNumber(options, "active", type.active ? 1 : 0);
    if (!minutes) return fail(minutes.error());
    if (!active) return fail(active.error());
    if (*active != 0 && *active != 1) return usageError("--active takes 0 or 1", kServiceCircleUsage);
    if (auto s = services::setFacilityType(db, clock, actor, code, static_cast<int>(*minutes), *active == 1); !s)
      return fail(s.error());
    std::cout << code << ": " << *minutes << " min, " << (*active ? "active" : "inactive") << "\n";
    return 0;
  }
  services::CircleOptions circle;
  if (options.count("all") == options.count("community"))
    return usageError("give either --community CODE or --all", kServiceCircleUsage);
  if (options.count("community")) {
    auto community = communityOption(db, options);
    if (!community) return fail(community.error());
    circle.communityId = *community;
  }
  auto minutes = wholeNumber(options, "minutes", 0);
  if (!minutes) return fail(minutes.error());
  circle.minutes = static_cast<int>(*minutes);
  if (options.count("speed")) {
    try {
      circle.speedKmh = std::stod(options.at("speed"));
    } catch (const std::exception&) {
      return usageError("--speed takes a number of km/h", kServiceCircleUsage);
    }
  }
  if (options.count("types")) {
    std::stringstream list(options.at("types"));
    for (std::string part; std::getline(list, part, ',');)
      if (!part.empty()) circle.types.push_back(part);
  }
  Progress progress([](double fraction, const std::string& stage) {
    std::fprintf(stderr, "\r%3.0f%% %-24s", fraction * 100, stage.c_str());
  });
  CancelOnInterrupt cancel(progress);
  auto report = services::computeServiceCircle(db, clock, actor, circle, &progress);
  std::fprintf(stderr, "\r%-32s\r", "");
  if (!report) return fail(report.error());
  const bool english = option(options, "lang") == "en";
  auto types = services::facilityTypes(db);
  if (!types) return fail(types.error());
  auto nameOf = [&](const std::string& code) {
    for (const auto& t : *types)
      if (t.code == code) return english ? t.nameEn : t.nameZh;
    return code;
  };
  if (options.count("json")) {
    std::cout << "{\"buildings\":" << report->buildings << ",\"roads\":" << report->roads
              << ",\"nodes\":" << report->nodes << ",\"edges\":" << report->edges << ",\"types\":[";
    for (std::size_t i = 0; i < report->types.size(); ++i) {
      const auto& t = report->types[i];
      std::cout << (i ? "," : "") << "{\"type\":\"" << t.code << "\",\"minutes\":" << t.minutes
                << ",\"facilities\":" << t.facilities << ",\"buildings\":" << t.buildings
                << ",\"buildings_within\":" << t.buildingsWithin << ",\"households\":" << t.households
                << ",\"households_within\":" << t.householdsWithin << ",\"off_network\":" << t.offNetwork
                << ",\"median_minutes\":" << (t.medianMinutes < 0 ? 0.0 : std::round(t.medianMinutes * 10) / 10) << "}";
    }
    std::cout << "]}\n";
  } else {
    std::printf("%lld buildings, %lld roads (%d nodes, %d edges), %.2f s\n", report->buildings, report->roads,
                report->nodes, report->edges, report->seconds);
    // The name last: a Chinese character takes two columns, which printf's padding does not know.
    for (const auto& t : report->types)
      std::printf(
          "%-15s %2d min  %3lld facilities  %5.1f%% of %lld households within (%lld of %lld buildings)  "
          "median %.1f min  %lld off the network  %s\n",
          t.code.c_str(), t.minutes, t.facilities, t.share() * 100, t.households, t.buildingsWithin, t.buildings,
          t.medianMinutes < 0 ? 0.0 : t.medianMinutes, t.offNetwork, nameOf(t.code).c_str());
  }
  if (options.count("output")) {
    if (auto s = writeServiceCircle(db, circle.communityId, options.at("output")); !s) return fail(s.error());
    std::cerr << "wrote " << options.at("output") << "\n";
  }
  return 0;
}

}  // namespace grid::cli
