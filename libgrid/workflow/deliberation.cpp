// SPDX-License-Identifier: GPL-2.0-or-later
#include "workflow/deliberation.h"

#include <algorithm>
#include <cstdio>
#include <set>

#include "security/crypto.h"
#include "storage/database.h"
#include "storage/qr_token_repository.h"
#include "storage/record_writer.h"
#include "workflow/event_support.h"

namespace grid::workflow {

namespace {

using detail::refuse;

int stepIndex(const std::string& step) {
  const auto& steps = deliberationSteps();
  const auto at = std::find(steps.begin(), steps.end(), step);
  return at == steps.end() ? -1 : static_cast<int>(at - steps.begin());
}

bool validDay(const std::string& day) {
  if (day.size() != 10 || day[4] != '-' || day[7] != '-') return false;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
    if (day[i] < '0' || day[i] > '9') return false;
  const int month = std::stoi(day.substr(5, 2)), dayOfMonth = std::stoi(day.substr(8, 2));
  return month >= 1 && month <= 12 && dayOfMonth >= 1 && dayOfMonth <= 31;
}

std::string joinParticipants(const std::vector<Participant>& participants) {
  std::string text;
  for (const Participant& p : participants) text += (text.empty() ? "" : "\n") + p.kind + "|" + p.name;
  return text;
}

std::vector<Participant> splitParticipants(const std::string& text) {
  std::vector<Participant> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string line = text.substr(start, end - start);
    const std::size_t bar = line.find('|');
    if (bar != std::string::npos) out.push_back({line.substr(0, bar), line.substr(bar + 1)});
    start = end + 1;
  }
  return out;
}

struct Item {
  long long id = -1;
  std::string serial, level, step, status, lastDay, publicToken;
  long long levelId = -1;
  Org owner;  //!< the community, street or district that owns it
};

Result<Item> loadItem(Database& db, const std::string& serial) {
  auto statement = db.prepare(
      "SELECT d.id, d.serial, d.level, coalesce(d.level_id, -1), d.step, d.status, coalesce(d.community_id, -1), "
      "coalesce(d.street_id, -1), coalesce(d.public_token, ''), (SELECT max(held_on) FROM deliberation_step s "
      "WHERE s.deliberation_id = d.id) FROM deliberation d WHERE d.serial = ?");
  if (!statement) return statement.error();
  statement->bind(1, serial);
  auto row = statement->step();
  if (!row) return row.error();
  if (!*row)
    return makeError(ErrorCode::NotFound, "no deliberation " + serial + "; `gridctl deliberation list` shows them",
                     {.table = "deliberation"});
  Item item;
  item.id = statement->int64(0);
  item.serial = statement->text(1);
  item.level = statement->text(2);
  item.levelId = statement->int64(3);
  item.step = statement->text(4);
  item.status = statement->text(5);
  const long long community = statement->int64(6), street = statement->int64(7);
  item.publicToken = statement->text(8);
  item.lastDay = statement->isNull(9) ? std::string() : statement->text(9);
  if (item.level == "district")
    item.owner = {"district", item.levelId};
  else if (item.level == "block")
    item.owner = {"street", street >= 0 ? street : item.levelId};
  else
    item.owner = {"community", community};
  return item;
}

// The actor's grants as organisations; std::nullopt without a signed-in user (no accounts, system jobs).
std::optional<std::vector<Org>> grantedPlaces(Database& db) {
  const AccessGuard* guard = db.accessGuard();
  if (!guard) return std::nullopt;
  std::vector<Org> places;
  for (const auto& [level, id] : guard->places()) places.push_back({level, id});
  return places;
}

// Does a grant at or above \a owner (or, when \a belowToo, below it) cover it?
Status mayActOn(Database& db, const Org& owner, bool belowToo, const std::string& what) {
  auto places = grantedPlaces(db);
  if (!places) return {};
  for (const Org& place : *places) {
    auto above = detail::ancestorAt(db, owner, place.level);
    if (!above) return above.error();
    if (*above == place) return {};
    if (belowToo) {
      auto up = detail::ancestorAt(db, place, owner.level);
      if (!up) return up.error();
      if (*up == owner) return {};
    }
  }
  return makeError(ErrorCode::PermissionDenied, "you hold no grant over " + orgText(db, owner) + ", so you cannot " +
                                                    what + " there (a grant at that place or above is needed)");
}

std::string actedBy(Database& db, const Actor& actor) {
  if (const AccessGuard* guard = db.accessGuard()) return guard->actor().name;
  return actor.name;
}

Status checkDay(const std::string& day, const std::string& after, const std::string& today) {
  if (!validDay(day)) return makeError(ErrorCode::InvalidInput, "the day \"" + day + "\" is not YYYY-MM-DD", {});
  if (day > today) return refuse("the day " + day + " is in the future; record a step when it has been held");
  if (!after.empty() && day < after)
    return refuse("the day " + day + " is before the previous step (" + after + "); steps are taken in order");
  return {};
}

Status checkParticipants(Database& db, const std::vector<Participant>& participants) {
  auto known = db.prepare("SELECT 1 FROM code_value WHERE domain = 'deliberation_party' AND code = ?");
  if (!known) return known.error();
  for (std::size_t i = 0; i < participants.size(); ++i) {
    const Participant& p = participants[i];
    known->reset();
    known->bind(1, p.kind);
    auto row = known->step();
    if (!row) return row.error();
    if (!*row)
      return makeError(ErrorCode::InvalidInput,
                       "participant " + std::to_string(i + 1) + ": unknown kind \"" + p.kind +
                           "\" (resident_rep, party_org, committee, owners, property, "
                           "department, other)",
                       {.field = "participants"});
    if (p.name.empty() || p.name.find('\n') != std::string::npos || p.name.find('|') != std::string::npos)
      return makeError(ErrorCode::InvalidInput,
                       "participant " + std::to_string(i + 1) + ": give a name (one line, without |)",
                       {.field = "participants"});
  }
  return {};
}

// Runs \a edit as one recorded transaction and reports the item's state after it.
Result<DeliberationResult> recorded(Database& db, const Clock& clock, const std::string& serialHint,
                                    const std::function<Status(RecordWriter&, RecordChange&, std::string&)>& edit) {
  std::string serial = serialHint;
  auto change = recordedEdit(db, clock, [&](RecordWriter& writer, RecordChange& c) { return edit(writer, c, serial); });
  if (!change) return change.error();
  auto item = loadItem(db, serial);
  if (!item) return item.error();
  return DeliberationResult{serial, item->step, item->status, std::move(*change)};
}

Result<long long> stepRow(RecordWriter& writer, const Actor& actor, RecordChange& change, long long itemId,
                          const std::string& step, const std::string& action, const std::string& day,
                          const StepInput& input, const std::string& reason, const std::string& by) {
  Fields fields = {
      {"deliberation_id", itemId},
      {"step", step},
      {"action", action},
      {"held_on", day},
      {"participants", input.participants.empty() ? Value(null()) : Value(joinParticipants(input.participants))},
      {"minutes", input.minutes.empty() ? Value(null()) : Value(input.minutes)},
      {"reason", reason.empty() ? Value(null()) : Value(reason)},
      {"acted_by", by},
      {"created_at", writer.clock().nowIso()}};
  if (step == "decide" && action == "advance") {
    fields.push_back({"present", static_cast<long long>(input.present)});
    fields.push_back({"eligible", static_cast<long long>(input.eligible)});
    fields.push_back({"votes_for", static_cast<long long>(input.votesFor)});
    fields.push_back({"votes_against", static_cast<long long>(input.votesAgainst)});
    fields.push_back({"votes_abstain", static_cast<long long>(input.votesAbstain)});
  }
  return insertRecorded(writer, actor, "deliberation_step", fields, change);
}

}  // namespace

const std::vector<std::string>& deliberationSteps() {
  static const std::vector<std::string> kSteps = {"suggest", "propose", "discuss", "review", "decide"};
  return kSteps;
}

std::string deliberationStepName(const std::string& step, bool english) {
  static const char* const kZh[] = {"建议", "提议", "商议", "审议", "决议"};
  static const char* const kEn[] = {"Suggest", "Propose", "Discuss", "Review", "Decide"};
  const int at = stepIndex(step);
  if (at < 0) return step;
  return english ? kEn[at] : kZh[at];
}

std::string deliberationLevelName(const std::string& level, bool english) {
  if (level == "estate") return english ? "Estate" : "小区";
  if (level == "community") return english ? "Community" : "社区";
  if (level == "block") return english ? "Block" : "街区";
  if (level == "district") return english ? "City district" : "城区";
  return level;
}

Result<std::vector<std::pair<std::string, std::string>>> deliberationParties(Database& db, bool english) {
  auto rows = db.prepare(std::string("SELECT code, ") + (english ? "coalesce(name_en, name_zh)" : "name_zh") +
                         " FROM main.code_value WHERE domain = 'deliberation_party' ORDER BY sort_order");
  if (!rows) return rows.error();
  std::vector<std::pair<std::string, std::string>> out;
  if (auto s = rows->forEachRow([&](const Statement& r) { out.push_back({r.text(0), r.text(1)}); }); !s)
    return s.error();
  return out;
}

Result<std::vector<std::pair<long long, std::string>>> deliberationPlaces(Database& db, const std::string& level) {
  const std::string sql =
      level == "estate"
          ? "SELECT e.id, c.name || ' · ' || e.name FROM main.estate e JOIN main.community c ON c.id = e.community_id "
            "ORDER BY c.admin_code, e.name"
      : level == "block"    ? "SELECT id, name FROM main.street ORDER BY admin_code"
      : level == "district" ? "SELECT id, name FROM main.district ORDER BY admin_code"
                            : "SELECT id, name FROM main.community ORDER BY admin_code";
  auto rows = db.prepare(sql);
  if (!rows) return rows.error();
  std::vector<std::pair<long long, std::string>> out;
  if (auto s = rows->forEachRow([&](const Statement& r) { out.push_back({r.int64(0), r.text(1)}); }); !s)
    return s.error();
  return out;
}

Result<std::vector<Participant>> parseParticipants(Database& database, const std::string& text) {
  std::vector<Participant> out;
  std::size_t start = 0, line = 0;
  while (start <= text.size()) {
    std::size_t end = text.find_first_of(";\n", start);
    if (end == std::string::npos) end = text.size();
    std::string part = text.substr(start, end - start);
    ++line;
    start = end + 1;
    while (!part.empty() && (part.back() == ' ' || part.back() == '\r')) part.pop_back();
    while (!part.empty() && part.front() == ' ') part.erase(0, 1);
    if (part.empty()) continue;
    const std::size_t bar = part.find_first_of("|:");
    if (bar == std::string::npos)
      return makeError(ErrorCode::InvalidInput,
                       "participant " + std::to_string(line) + " (\"" + part +
                           "\"): write it as kind:name, e.g. "
                           "resident_rep:王某",
                       {.field = "participants"});
    out.push_back({part.substr(0, bar), part.substr(bar + 1)});
  }
  if (auto s = checkParticipants(database, out); !s) return s.error();
  return out;
}

Result<DeliberationResult> openDeliberation(Database& db, const Clock& clock, const Actor& actor,
                                            const DeliberationInput& input) {
  if (input.topic.empty())
    return makeError(ErrorCode::InvalidInput, "give the matter a topic (议题)", {.field = "topic"});
  const std::string today = clock.today();
  const std::string day = input.heldOn.empty() ? today : input.heldOn;
  if (auto s = checkDay(day, {}, today); !s) return s.error();
  if (auto s = checkParticipants(db, input.participants); !s) return s.error();
  // The place that owns it.
  long long community = -1, street = -1;
  Org owner;
  auto find = [&](const std::string& sql) { return detail::queryId(db, sql, input.levelId); };
  if (input.level == "estate") {
    auto id = find("SELECT community_id FROM main.estate WHERE id = ?");
    if (!id) return id.error();
    community = *id;
  } else if (input.level == "community") {
    auto id = find("SELECT id FROM main.community WHERE id = ?");
    if (!id) return id.error();
    community = *id;
  } else if (input.level == "block") {
    auto id = find("SELECT id FROM main.street WHERE id = ?");
    if (!id) return id.error();
    street = *id;
  } else if (input.level == "district") {
    auto id = find("SELECT id FROM main.district WHERE id = ?");
    if (!id) return id.error();
    if (*id < 0) return makeError(ErrorCode::NotFound, "no district " + std::to_string(input.levelId));
    owner = {"district", *id};
  } else {
    return makeError(ErrorCode::InvalidInput,
                     "unknown level \"" + input.level +
                         "\": estate (小区), community (社区), block (街区), "
                         "district (城区)",
                     {.field = "level"});
  }
  if (input.level == "estate" || input.level == "community") {
    if (community < 0) return makeError(ErrorCode::NotFound, "no " + input.level + " " + std::to_string(input.levelId));
    owner = {"community", community};
    auto up = detail::parentOf(db, owner);
    if (!up) return up.error();
    street = up->id;
  } else if (input.level == "block") {
    if (street < 0) return makeError(ErrorCode::NotFound, "no street " + std::to_string(input.levelId));
    owner = {"street", street};
  }
  if (auto s = mayActOn(db, owner, true, "raise a matter"); !s) return s.error();

  // YSyyyymmdd-NNNN, numbered per day.
  const std::string prefix = "YS" + today.substr(0, 4) + today.substr(5, 2) + today.substr(8, 2) + "-";
  auto count = db.prepare("SELECT count(*) FROM main.deliberation WHERE serial LIKE ? || '%'");
  if (!count) return count.error();
  count->bind(1, prefix);
  if (auto row = count->step(); !row) return row.error();
  char number[24];
  std::snprintf(number, sizeof number, "%04lld", count->int64(0) + 1);
  const std::string serial = prefix + number;
  const std::string by = actedBy(db, actor);
  return recorded(db, clock, serial, [&](RecordWriter& writer, RecordChange& change, std::string&) -> Status {
    auto id = insertRecorded(writer, actor, "deliberation",
                             {{"serial", serial},
                              {"level", input.level},
                              {"level_id", owner.level == "district" ? owner.id : input.levelId},
                              {"community_id", community >= 0 ? Value(community) : Value(null())},
                              {"street_id", street >= 0 ? Value(street) : Value(null())},
                              {"topic", input.topic},
                              {"content", input.content.empty() ? Value(null()) : Value(input.content)},
                              {"initiator", input.initiator.empty() ? Value(null()) : Value(input.initiator)},
                              {"step", std::string("suggest")},
                              {"status", std::string("open")},
                              {"created_by", by},
                              {"created_at", clock.nowIso()}},
                             change);
    if (!id) return id.error();
    StepInput step;
    step.participants = input.participants;
    step.minutes = input.content;
    auto row = stepRow(writer, actor, change, *id, "suggest", "open", day, step, {}, by);
    if (!row) return row.error();
    return {};
  });
}

Result<DeliberationResult> advanceDeliberation(Database& db, const Clock& clock, const Actor& actor,
                                               const std::string& serial, const StepInput& input) {
  auto item = loadItem(db, serial);
  if (!item) return item.error();
  if (item->status != "open")
    return refuse(serial + " is " + item->status + "; only an open matter takes another step");
  const int at = stepIndex(item->step);
  if (at + 1 >= static_cast<int>(deliberationSteps().size())) return refuse(serial + " has no step after 决议");
  const std::string next = deliberationSteps()[static_cast<std::size_t>(at + 1)];
  if (auto s = mayActOn(db, item->owner, false, "take the step " + next); !s) return s.error();
  const std::string today = clock.today();
  const std::string day = input.heldOn.empty() ? today : input.heldOn;
  if (auto s = checkDay(day, item->lastDay, today); !s) return s.error();
  if (auto s = checkParticipants(db, input.participants); !s) return s.error();
  std::set<std::string> kinds;
  for (const Participant& p : input.participants) kinds.insert(p.kind);
  if (next == "propose" && !kinds.count("party_org"))
    return refuse("提议 (propose) is made by the party organisation: name a participant of kind party_org");
  if (next == "discuss" && kinds.size() < 2)
    return refuse(
        "商议 (discuss) needs participants of at least two kinds (residents' representatives with the party "
        "organisation, the property company or departments)");
  if ((next == "discuss" || next == "review" || next == "decide") && input.minutes.empty())
    return makeError(ErrorCode::InvalidInput,
                     "record the minutes of the " + deliberationStepName(next, false) + " (" + next + ")",
                     {.field = "minutes"});
  std::string quorum;
  if (next == "decide") {
    if (input.eligible <= 0 || input.present < 0 || input.present > input.eligible)
      return makeError(ErrorCode::InvalidInput,
                       "决议 needs the quorum record: members present (0…eligible) of eligible (more than 0)",
                       {.field = "present"});
    if (input.votesFor < 0 || input.votesAgainst < 0 || input.votesAbstain < 0 ||
        input.votesFor + input.votesAgainst + input.votesAbstain > input.present)
      return makeError(ErrorCode::InvalidInput,
                       "the votes (for, against, abstaining) must be whole numbers adding up to at most those present",
                       {.field = "votes_for"});
    if (input.present * 2 <= input.eligible)
      return refuse("no quorum: " + std::to_string(input.present) + " of " + std::to_string(input.eligible) +
                    " present; more than half must attend");
    if (input.votesFor * 2 <= input.present)
      return refuse("not carried: " + std::to_string(input.votesFor) + " of " + std::to_string(input.present) +
                    " present voted for; more than half is needed (return it to 商议 to discuss it again)");
    if (input.decision.empty())
      return makeError(ErrorCode::InvalidInput, "write the decision (决议内容)", {.field = "decision"});
    quorum = std::to_string(input.present) + "/" + std::to_string(input.eligible) + " present; " +
             std::to_string(input.votesFor) + " for, " + std::to_string(input.votesAgainst) + " against, " +
             std::to_string(input.votesAbstain) + " abstaining";
  }
  const std::string by = actedBy(db, actor);
  return recorded(db, clock, serial, [&](RecordWriter& writer, RecordChange& change, std::string&) -> Status {
    auto row = stepRow(writer, actor, change, item->id, next, "advance", day, input, {}, by);
    if (!row) return row.error();
    Fields after = {{"step", next}};
    if (next == "decide") {
      after.push_back({"status", std::string("decided")});
      after.push_back({"decision", input.decision});
      after.push_back({"quorum_record", quorum});
      after.push_back({"decided_at", day});
    }
    if (!input.minutes.empty()) after.push_back({"minutes", input.minutes});
    return updateRecorded(writer, actor, "deliberation", item->id, after, change);
  });
}

Result<DeliberationResult> returnDeliberation(Database& db, const Clock& clock, const Actor& actor,
                                              const std::string& serial, const std::string& reason) {
  auto item = loadItem(db, serial);
  if (!item) return item.error();
  if (item->status != "open")
    return refuse(serial + " is " + item->status + "; a decided or withdrawn matter cannot be returned");
  const int at = stepIndex(item->step);
  if (at <= 0) return refuse(serial + " is at 建议 (suggest), the first step; withdraw it instead");
  if (reason.empty())
    return makeError(ErrorCode::InvalidInput, "a return needs its reason (退回理由)", {.field = "reason"});
  if (auto s = mayActOn(db, item->owner, false, "return a matter"); !s) return s.error();
  const std::string back = deliberationSteps()[static_cast<std::size_t>(at - 1)];
  const std::string today = clock.today();
  const std::string day = item->lastDay > today ? item->lastDay : today;
  const std::string by = actedBy(db, actor);
  return recorded(db, clock, serial, [&](RecordWriter& writer, RecordChange& change, std::string&) -> Status {
    auto row = stepRow(writer, actor, change, item->id, back, "return", day, {}, reason, by);
    if (!row) return row.error();
    return updateRecorded(writer, actor, "deliberation", item->id, {{"step", back}}, change);
  });
}

Result<DeliberationResult> withdrawDeliberation(Database& db, const Clock& clock, const Actor& actor,
                                                const std::string& serial, const std::string& reason) {
  auto item = loadItem(db, serial);
  if (!item) return item.error();
  if (item->status != "open") return refuse(serial + " is " + item->status + "; only an open matter is withdrawn");
  if (reason.empty()) return makeError(ErrorCode::InvalidInput, "a withdrawal needs its reason", {.field = "reason"});
  if (auto s = mayActOn(db, item->owner, false, "withdraw a matter"); !s) return s.error();
  const std::string today = clock.today();
  const std::string day = item->lastDay > today ? item->lastDay : today;
  const std::string by = actedBy(db, actor);
  return recorded(db, clock, serial, [&](RecordWriter& writer, RecordChange& change, std::string&) -> Status {
    auto row = stepRow(writer, actor, change, item->id, item->step, "withdraw", day, {}, reason, by);
    if (!row) return row.error();
    return updateRecorded(writer, actor, "deliberation", item->id, {{"status", std::string("withdrawn")}}, change);
  });
}

Result<DeliberationResult> linkDeliberation(Database& db, const Clock& clock, const Actor& actor,
                                            const std::string& serial, const std::string& objectType,
                                            const std::string& object) {
  auto item = loadItem(db, serial);
  if (!item) return item.error();
  if (auto s = mayActOn(db, item->owner, true, "link a matter"); !s) return s.error();
  long long objectId = -1;
  if (objectType == "key_matter") {
    try {
      auto id = detail::queryId(db, "SELECT id FROM key_matter WHERE id = ?", std::stoll(object));
      if (!id) return id.error();
      objectId = *id;
    } catch (const std::exception&) {
    }
  } else if (objectType == "event") {
    auto statement = db.prepare("SELECT id FROM event WHERE serial_number = ?");
    if (!statement) return statement.error();
    statement->bind(1, object);
    auto row = statement->step();
    if (!row) return row.error();
    if (*row) objectId = statement->int64(0);
  } else {
    return makeError(ErrorCode::InvalidInput, "link to key_matter:ID or event:SERIAL, not \"" + objectType + "\"");
  }
  if (objectId < 0)
    return makeError(ErrorCode::NotFound, "no " + objectType + " " + object + " (or it lies outside your scope)");
  auto exists =
      db.prepare("SELECT 1 FROM deliberation_link WHERE deliberation_id = ? AND object_type = ? AND object_id = ?");
  if (!exists) return exists.error();
  exists->bind(1, item->id).bind(2, objectType).bind(3, objectId);
  auto row = exists->step();
  if (!row) return row.error();
  if (*row) return refuse(serial + " is already linked to " + objectType + " " + object);
  return recorded(db, clock, serial, [&](RecordWriter& writer, RecordChange& change, std::string&) -> Status {
    auto id =
        insertRecorded(writer, actor, "deliberation_link",
                       {{"deliberation_id", item->id}, {"object_type", objectType}, {"object_id", objectId}}, change);
    return id ? Status{} : Status(id.error());
  });
}

Result<DeliberationResult> publishDeliberation(Database& db, const Clock& clock, const Actor& actor,
                                               const std::string& serial) {
  auto item = loadItem(db, serial);
  if (!item) return item.error();
  if (item->status != "decided")
    return refuse(serial + " is at " + deliberationStepName(item->step, false) + " (" + item->status +
                  "); only a decision (决议) is published");
  if (auto s = mayActOn(db, item->owner, false, "publish a decision"); !s) return s.error();
  if (!item->publicToken.empty()) return DeliberationResult{serial, item->step, item->status, {}};
  return recorded(db, clock, serial, [&](RecordWriter& writer, RecordChange& change, std::string&) -> Status {
    return updateRecorded(writer, actor, "deliberation", item->id,
                          {{"public_token", randomToken()}, {"published_at", clock.nowIso()}}, change);
  });
}

Result<DeliberationView> loadDeliberation(Database& db, const std::string& serial) {
  auto item = loadItem(db, serial);
  if (!item) return item.error();
  DeliberationView view;
  auto statement = db.prepare(
      "SELECT d.id, d.serial, d.level, coalesce(d.level_id, -1), d.topic, coalesce(d.content, ''), "
      "coalesce(d.initiator, ''), d.step, d.status, coalesce(d.decision, ''), coalesce(d.quorum_record, ''), "
      "d.created_at, coalesce(d.decided_at, ''), coalesce(d.published_at, ''), coalesce(d.public_token, ''), "
      "coalesce(d.community_id, -1), coalesce(d.street_id, -1), CASE d.level "
      "WHEN 'estate' THEN (SELECT name FROM main.estate WHERE id = d.level_id) "
      "WHEN 'community' THEN (SELECT name FROM main.community WHERE id = d.community_id) "
      "WHEN 'block' THEN (SELECT name FROM main.street WHERE id = d.street_id) "
      "ELSE (SELECT name FROM main.district WHERE id = d.level_id) END FROM deliberation d WHERE d.serial = ?");
  if (!statement) return statement.error();
  statement->bind(1, serial);
  if (auto row = statement->step(); !row) return row.error();
  view.id = statement->int64(0);
  view.serial = statement->text(1);
  view.level = statement->text(2);
  view.levelId = statement->int64(3);
  view.topic = statement->text(4);
  view.content = statement->text(5);
  view.initiator = statement->text(6);
  view.step = statement->text(7);
  view.status = statement->text(8);
  view.decision = statement->text(9);
  view.quorum = statement->text(10);
  view.createdAt = statement->text(11);
  view.decidedAt = statement->text(12);
  view.publishedAt = statement->text(13);
  view.publicToken = statement->text(14);
  view.communityId = statement->int64(15);
  view.streetId = statement->int64(16);
  view.placeName = statement->text(17);
  if (!view.publicToken.empty()) {
    auto url = qrUrl(db, view.publicToken);
    if (!url) return url.error();
    view.publicUrl = *url;
  }
  auto steps = db.prepare(
      "SELECT id, step, action, held_on, coalesce(participants, ''), coalesce(minutes, ''), coalesce(reason, ''), "
      "acted_by, created_at, coalesce(present, -1), coalesce(eligible, -1), coalesce(votes_for, -1), "
      "coalesce(votes_against, -1), coalesce(votes_abstain, -1) FROM deliberation_step WHERE deliberation_id = ? "
      "ORDER BY id");
  if (!steps) return steps.error();
  steps->bind(1, view.id);
  if (auto s = steps->forEachRow([&](const Statement& r) {
        DeliberationStepView step;
        step.id = r.int64(0);
        step.step = r.text(1);
        step.action = r.text(2);
        step.heldOn = r.text(3);
        step.participants = splitParticipants(r.text(4));
        step.minutes = r.text(5);
        step.reason = r.text(6);
        step.actedBy = r.text(7);
        step.createdAt = r.text(8);
        step.present = static_cast<int>(r.int64(9));
        step.eligible = static_cast<int>(r.int64(10));
        step.votesFor = static_cast<int>(r.int64(11));
        step.votesAgainst = static_cast<int>(r.int64(12));
        step.votesAbstain = static_cast<int>(r.int64(13));
        view.steps.push_back(std::move(step));
      });
      !s)
    return s.error();
  auto links = db.prepare(
      "SELECT l.object_type, l.object_id, CASE l.object_type WHEN 'key_matter' THEN (SELECT subject FROM key_matter k "
      "WHERE k.id = l.object_id) ELSE (SELECT serial_number || ' ' || coalesce(subject, '') FROM event e WHERE e.id = "
      "l.object_id) END FROM deliberation_link l WHERE l.deliberation_id = ? ORDER BY l.id");
  if (!links) return links.error();
  links->bind(1, view.id);
  if (auto s = links->forEachRow([&](const Statement& r) {
        view.links.push_back({r.text(0), r.isNull(2) ? std::string("(outside your scope)") : r.text(2), r.int64(1)});
      });
      !s)
    return s.error();
  if (view.status == "open") {
    if (view.step != "decide") view.allowed.push_back("advance");
    if (view.step != "suggest") view.allowed.push_back("return");
    view.allowed.push_back("withdraw");
  }
  if (view.status == "decided") view.allowed.push_back("publish");
  view.allowed.push_back("link");
  return view;
}

Result<std::vector<DeliberationSummary>> listDeliberations(Database& db, const DeliberationFilter& filter) {
  std::string sql =
      "SELECT d.serial, d.level, CASE d.level WHEN 'estate' THEN (SELECT name FROM main.estate WHERE id = d.level_id) "
      "WHEN 'community' THEN (SELECT name FROM main.community WHERE id = d.community_id) "
      "WHEN 'block' THEN (SELECT name FROM main.street WHERE id = d.street_id) "
      "ELSE (SELECT name FROM main.district WHERE id = d.level_id) END, d.topic, d.step, d.status, "
      "(SELECT max(held_on) FROM deliberation_step s WHERE s.deliberation_id = d.id), coalesce(d.published_at, '') "
      "FROM deliberation d WHERE d.serial IS NOT NULL";
  Fields binds;
  if (!filter.level.empty()) sql += " AND d.level = ?", binds.push_back({"", filter.level});
  if (!filter.step.empty()) sql += " AND d.step = ?", binds.push_back({"", filter.step});
  if (!filter.status.empty()) sql += " AND d.status = ?", binds.push_back({"", filter.status});
  if (!filter.search.empty())
    sql += " AND (d.topic LIKE '%' || ? || '%' OR d.serial = ?)", binds.push_back({"", filter.search}),
        binds.push_back({"", filter.search});
  if (filter.place.level == "community")
    sql += " AND d.community_id = ?", binds.push_back({"", filter.place.id});
  else if (filter.place.level == "street")
    sql += " AND d.street_id = ?", binds.push_back({"", filter.place.id});
  else if (filter.place.level == "district")
    sql +=
        " AND (d.level = 'district' AND d.level_id = ? OR d.street_id IN (SELECT id FROM main.street WHERE "
        "district_id = ?))",
        binds.push_back({"", filter.place.id}), binds.push_back({"", filter.place.id});
  sql += " ORDER BY d.id DESC";
  auto statement = db.prepare(sql);
  if (!statement) return statement.error();
  for (std::size_t i = 0; i < binds.size(); ++i) statement->bind(static_cast<int>(i + 1), binds[i].second);
  std::vector<DeliberationSummary> out;
  if (auto s = statement->forEachRow([&](const Statement& r) {
        out.push_back({r.text(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5),
                       r.isNull(6) ? std::string() : r.text(6), r.text(7)});
      });
      !s)
    return s.error();
  return out;
}

}  // namespace grid::workflow
