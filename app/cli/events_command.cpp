// SPDX-License-Identifier: GPL-2.0-or-later
#include "events_command.h"

#include <cstdio>
#include <iomanip>
#include <iostream>

#include "access/session.h"
#include "arguments.h"
#include "common/clock.h"
#include "options.h"
#include "storage/database.h"
#include "storage/hierarchy_query.h"
#include "storage/json.h"
#include "workflow/duty_list.h"
#include "workflow/event_flow.h"

namespace grid::cli {

const char* const kEventsUsage =
    "usage: gridctl events report DB --grid CODE --class CODE --text TEXT [--item CODE] [--grade "
    "normal|urgent|critical]\n"
    "                             [--source manual|hotline|visit|…] [--building ID] [--reporter NAME] [--phone N]\n"
    "                             [--as LEVEL:CODE] [--user NAME]\n"
    "       gridctl events act DB SERIAL ACTION [--to LEVEL:CODE] [--note TEXT] [--rating R] [--days N]\n"
    "                             [--approve | --reject] [--class C] [--item I] [--grade G] [--into SERIAL]\n"
    "                             [--as LEVEL:CODE] [--user NAME]\n"
    "       gridctl events show DB SERIAL [--json] [--user NAME]\n"
    "       gridctl events list DB [--state S] [--overdue] [--grid CODE] [--holder LEVEL:CODE] [--json] [--user NAME]\n"
    "       gridctl events classes DB [--items]\n"
    "       gridctl events stats DB --place LEVEL:CODE [--from DATE] [--to DATE] [--user NAME]\n"
    "       gridctl events import-duties DB FILE.xlsx|.csv [--dry-run] [--user NAME]\n"
    "       gridctl events export-duties DB FILE.xlsx|.csv [--user NAME]\n"
    "\n"
    "The event closed loop (事件闭环): whoever receives an event first owns it (首问首接); it is handled on the spot,\n"
    "escalated grid → community → street → district (skip-level only by rule), or assigned to a child or a department\n"
    "with a deadline in working days; whoever resolves it reports back to the resident (谁办结谁反馈), the first "
    "receiver\n"
    "records the rating (dissatisfied reopens it) and verifies it. Only the organisation holding the current step "
    "acts.\n"
    "  ACTION   accept, classify, handle (就地办结), escalate, assign, extend (--days N to ask; --approve/--reject by "
    "the\n"
    "           level above), return, resolve, feedback, evaluate (--rating satisfied|basically_satisfied|\n"
    "           dissatisfied), verify, close, reopen, merge (--into SERIAL)\n"
    "  --as     the organisation you act for (grid:CODE, community:CODE, street:CODE, district:CODE); by default the\n"
    "           one your grant names, or (without accounts) the holder of the current step\n"
    "  --state  dealing, complete, closed, verified; inboxes: unaccepted, handling, due_soon, overdue,\n"
    "           awaiting_feedback, awaiting_rating\n"
    "Deadlines are working days from the duty list and the holiday calendar; yellow and red supervision cards (督办)\n"
    "follow from them. Every action writes its step, a log row and audit rows in one transaction; a refused action\n"
    "writes nothing and exits 1 with the rule that forbids it.\n";

namespace {

const char* statusName(int status) {
  switch (status) {
    case 1:
      return "dealing";
    case 150:
      return "complete";
    case 250:
      return "closed";
    case 300:
      return "verified";
  }
  return "?";
}

const char* supervisionName(int level) {
  return level == 200 ? "red" : level == 100 ? "yellow" : "none";
}

std::string operationName(int code) {
  switch (code) {
    case 10:
      return "report";
    case 2:
      return "classify";
    case 3:
      return "extend-request";
    case 4:
      return "extend-approve";
    case 5:
      return "extend-reject";
    case 6:
      return "evaluate";
    case 7:
      return "reopen";
    case 8:
      return "merge";
    case 21:
      return "assign";
    case 30:
      return "verify";
    case 31:
      return "resolve";
    case 32:
      return "handle";
    case 41:
      return "escalate";
    case 42:
      return "feedback";
    case 61:
      return "accept";
    case 111:
      return "close";
    case 200:
      return "return";
  }
  return std::to_string(code);
}

Result<workflow::Org> orgOption(Database& db, const Options& options, const char* name) {
  const std::string text = option(options, name);
  if (text.empty()) return workflow::Org{};
  return workflow::parseOrg(db, text);
}

}  // namespace

int runEvents(const std::vector<std::string>& positional, const Options& options, bool help) {
  if (help || positional.size() < 2) return (help ? std::cout : std::cerr) << kEventsUsage, help ? 0 : 2;
  const std::string& what = positional[0];
  auto opened = Database::open(positional[1]);
  if (!opened) return fail(opened.error().describe());
  Database& db = **opened;
  SystemClock clock;
  const Actor actor = Actor::system("gridctl events");
  const bool json = options.count("json") > 0;

  if (what == "report") {
    if (positional.size() != 2) return fail("report takes DB and options only (see gridctl events --help)");
    const std::string gridCode = option(options, "grid");
    auto grid = gridIdByCode(db, gridCode);
    if (!grid) return fail(grid.error().describe());
    if (!*grid) return fail("no grid " + (gridCode.empty() ? std::string("(--grid CODE is required)") : gridCode));
    workflow::ReportInput input;
    input.gridId = **grid;
    grid = Error{};
    input.domainCode = option(options, "class");
    input.typeCode = option(options, "item");
    input.content = option(options, "text");
    input.subject = option(options, "subject");
    input.grade = option(options, "grade", "normal");
    input.source = option(options, "source", "manual");
    input.reporterName = option(options, "reporter");
    input.reporterPhone = option(options, "phone");
    if (options.count("building")) {
      try {
        input.buildingId = std::stoll(option(options, "building"));
      } catch (...) {
        return fail("--building takes a building number");
      }
    }
    auto as = orgOption(db, options, "as");
    if (!as) return fail(as.error().describe());
    input.receiver = *as;
    std::optional<FieldCipher> key;
    if (!input.reporterPhone.empty()) {
      auto loaded = access::fieldKey(db);
      if (!loaded) return fail(loaded.error().describe());
      key = *loaded;
    }
    auto result = workflow::reportEvent(db, key ? &*key : nullptr, clock, actor, input);
    if (!result) return fail(result.error().describe(), 1);
    for (const std::string& warning : result->warnings) std::cerr << "gridctl: warning: " << warning << "\n";
    std::cout << result->serial << "\n";
    return 0;
  }
  if (what == "act") {
    if (positional.size() != 4) return fail("act needs DB SERIAL ACTION (see gridctl events --help)");
    auto action = workflow::parseAction(positional[3]);
    if (!action)
      return fail("unknown action '" + positional[3] +
                  "': accept, classify, handle, escalate, assign, extend, return, "
                  "resolve, feedback, evaluate, verify, close, reopen, merge");
    workflow::ActionInput input;
    input.action = *action;
    auto as = orgOption(db, options, "as");
    if (!as) return fail(as.error().describe());
    input.actingAs = *as;
    auto to = orgOption(db, options, "to");
    if (!to) return fail(to.error().describe());
    input.to = *to;
    input.note = option(options, "note");
    input.rating = option(options, "rating");
    input.domainCode = option(options, "class");
    input.typeCode = option(options, "item");
    input.grade = option(options, "grade");
    input.mergeInto = option(options, "into");
    if (options.count("approve") && options.count("reject")) return fail("--approve or --reject, not both");
    if (options.count("approve")) input.approve = true;
    if (options.count("reject")) input.approve = false;
    if (options.count("days")) {
      try {
        input.days = std::stoi(option(options, "days"));
      } catch (...) {
        return fail("--days takes a whole number of working days");
      }
    }
    auto result = workflow::act(db, clock, actor, positional[2], input);
    if (!result) return fail(result.error().describe(), 1);
    for (const std::string& warning : result->warnings) std::cerr << "gridctl: warning: " << warning << "\n";
    std::cout << result->serial << " " << statusName(result->status)
              << (result->holder.empty() ? std::string() : " at " + workflow::orgText(db, result->holder)) << "\n";
    return 0;
  }
  if (what == "show") {
    if (positional.size() != 3) return fail("show needs DB SERIAL");
    auto view = workflow::loadEvent(db, clock, positional[2]);
    if (!view) return fail(view.error().describe(), 1);
    if (json) {
      std::string out = "{\"serial\":" + jsonQuote(view->serial) + ",\"subject\":" + jsonQuote(view->subject) +
                        ",\"content\":" + jsonQuote(view->content) + ",\"class\":" + jsonQuote(view->domainCode) +
                        ",\"item\":" + jsonQuote(view->typeCode) + ",\"grade\":" + jsonQuote(view->grade) +
                        ",\"status\":" + jsonQuote(statusName(view->status)) +
                        ",\"holder\":" + jsonQuote(view->holder.empty() ? "" : workflow::orgText(db, view->holder)) +
                        ",\"first_receiver\":" + jsonQuote(workflow::orgText(db, view->firstReceiverOrg)) +
                        ",\"supervision\":" + jsonQuote(supervisionName(view->supervision)) +
                        ",\"feedback\":" + jsonQuote(view->feedback) + ",\"rating\":" + jsonQuote(view->rating) +
                        ",\"merged_into\":" + jsonQuote(view->mergedInto) +
                        ",\"reopened\":" + (view->reopened ? "true" : "false") + ",\"allowed\":[";
      for (std::size_t i = 0; i < view->allowed.size(); ++i) out += (i ? "," : "") + jsonQuote(view->allowed[i]);
      out += "],\"steps\":[";
      for (std::size_t i = 0; i < view->steps.size(); ++i) {
        const auto& s = view->steps[i];
        out += std::string(i ? "," : "") + "{\"holder\":" + jsonQuote(workflow::orgText(db, s.target)) +
               ",\"state\":" + std::to_string(s.state) + ",\"role\":" + jsonQuote(s.role) +
               ",\"entered\":" + jsonQuote(s.entryDate) + ",\"ended\":" + jsonQuote(s.endDate) +
               ",\"yellow\":" + jsonQuote(s.yellowDate) + ",\"red\":" + jsonQuote(s.redDate) +
               ",\"supervision\":" + jsonQuote(supervisionName(s.supervision)) + "}";
      }
      out += "],\"timeline\":[";
      for (std::size_t i = 0; i < view->timeline.size(); ++i) {
        const auto& l = view->timeline[i];
        out += std::string(i ? "," : "") + "{\"event\":" + jsonQuote(l.serial) +
               ",\"action\":" + jsonQuote(operationName(l.operation)) +
               ",\"by\":" + jsonQuote(l.dealOrg.empty() ? "" : workflow::orgText(db, l.dealOrg)) +
               ",\"to\":" + jsonQuote(l.targetOrg.empty() ? "" : workflow::orgText(db, l.targetOrg)) +
               ",\"user\":" + jsonQuote(l.user) + ",\"at\":" + jsonQuote(l.time) +
               ",\"note\":" + jsonQuote(l.description) + ",\"deadline\":" + jsonQuote(l.deadline) + "}";
      }
      out += "]}";
      std::cout << out << "\n";
      return 0;
    }
    std::cout << view->serial << "  " << view->subject << "\n"
              << "  class " << view->domainCode << " " << view->typeCode << ", grade " << view->grade << ", status "
              << statusName(view->status) << ", supervision " << supervisionName(view->supervision) << "\n"
              << "  first receiver " << workflow::orgText(db, view->firstReceiverOrg)
              << (view->holder.empty() ? std::string() : ", held by " + workflow::orgText(db, view->holder)) << "\n";
    for (const auto& l : view->timeline)
      std::cout << "  " << l.time << "  " << std::left << std::setw(15) << operationName(l.operation) << " "
                << (l.dealOrg.empty() ? std::string() : workflow::orgText(db, l.dealOrg))
                << (l.targetOrg.empty() || l.targetOrg == l.dealOrg ? std::string()
                                                                    : " → " + workflow::orgText(db, l.targetOrg))
                << (l.description.empty() ? std::string() : "  " + l.description)
                << (l.serial == view->serial ? std::string() : "  [" + l.serial + "]") << "\n";
    if (!view->allowed.empty()) {
      std::cout << "  now:";
      for (const std::string& a : view->allowed) std::cout << " " << a;
      std::cout << "\n";
    }
    return 0;
  }
  if (what == "list") {
    workflow::EventFilter filter;
    filter.state = option(options, "state");
    filter.overdue = options.count("overdue") > 0;
    if (options.count("grid")) {
      auto grid = workflow::parseOrg(db, "grid:" + option(options, "grid"));
      if (!grid) return fail(grid.error().describe());
      filter.gridId = grid->id;
    }
    auto holder = orgOption(db, options, "holder");
    if (!holder) return fail(holder.error().describe());
    filter.holder = *holder;
    filter.limit = 100000;
    auto events = workflow::listEvents(db, clock, filter);
    if (!events) return fail(events.error().describe());
    if (json) {
      std::string out = "[";
      for (std::size_t i = 0; i < events->size(); ++i) {
        const auto& e = (*events)[i];
        out +=
            std::string(i ? "," : "") + "{\"serial\":" + jsonQuote(e.serial) + ",\"subject\":" + jsonQuote(e.subject) +
            ",\"class\":" + jsonQuote(e.domainCode) + ",\"status\":" + jsonQuote(statusName(e.status)) +
            ",\"holder\":" + jsonQuote(e.holder.empty() ? "" : workflow::orgText(db, e.holder)) +
            ",\"supervision\":" + jsonQuote(supervisionName(e.supervision)) + ",\"red\":" + jsonQuote(e.redDate) + "}";
      }
      std::cout << out << "]\n";
      return 0;
    }
    for (const auto& e : *events)
      std::cout << e.serial << "  " << std::left << std::setw(9) << statusName(e.status) << " " << std::setw(7)
                << supervisionName(e.supervision) << " " << std::setw(28)
                << (e.holder.empty() ? std::string("-") : workflow::orgText(db, e.holder)) << " " << e.subject << "\n";
    std::cerr << events->size() << " event(s)\n";
    return 0;
  }
  if (what == "classes") {
    const bool items = options.count("items") > 0;
    auto classes = codeNames(db, items ? "event_type" : "event_domain", true);
    if (!classes) return fail(classes.error().describe());
    for (const auto& [code, name] : *classes) std::cout << code << " " << name << "\n";
    return 0;
  }
  if (what == "stats") {
    auto place = workflow::parseOrg(db, option(options, "place"));
    if (!place) return fail(place.error().describe());
    const std::string from = option(options, "from", "0000-01-01"), to = option(options, "to", "9999-12-31");
    auto stats = workflow::eventStatistics(db, clock, *place, from, to);
    if (!stats) return fail(stats.error().describe());
    std::printf(
        "reported %lld\naccepted %lld\nhandled on the spot %lld\nescalated %lld (skip-level %lld)\n"
        "overdue %lld\nclosed %lld (closure rate %.1f%%)\naverage handling %.1f working days\n"
        "evaluated %lld (satisfaction %.1f%%)\n",
        stats->reported, stats->accepted, stats->onTheSpot, stats->escalated, stats->skipLevel, stats->overdue,
        stats->closed, stats->closureRate * 100, stats->averageWorkdays, stats->evaluated,
        stats->satisfactionRate * 100);
    return 0;
  }
  if (what == "import-duties") {
    if (positional.size() != 3) return fail("import-duties needs DB FILE");
    auto report = workflow::importDutyList(db, clock, positional[2], options.count("dry-run") > 0);
    if (!report) return fail(report.error().describe());
    for (const auto& p : report->problems)
      std::cout << positional[2] << ":" << p.row << " " << p.column << ": " << p.reason << "\n";
    if (!report->problems.empty()) {
      std::cerr << report->problems.size() << " problem(s) in " << report->rows << " row(s); nothing was written\n";
      return 1;
    }
    if (options.count("dry-run")) {
      std::cout << report->rows << " row(s) checked, no problem; nothing was written (dry run)\n";
      return 0;
    }
    std::cout << report->rows << " row(s): " << report->added << " added, " << report->updated << " updated, "
              << report->newItems << " new item(s)\n";
    return 0;
  }
  if (what == "export-duties") {
    if (positional.size() != 3) return fail("export-duties needs DB FILE");
    auto rows = workflow::exportDutyList(db, positional[2]);
    if (!rows) return fail(rows.error().describe());
    std::cout << "Exported " << *rows << " duty list row(s) to " << positional[2] << "\n";
    return 0;
  }
  return fail("unknown events subcommand '" + what + "'\n" + kEventsUsage);
}

}  // namespace grid::cli
