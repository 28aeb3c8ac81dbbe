// SPDX-License-Identifier: GPL-2.0-or-later
#include "registry/visit_rules.h"

#include <algorithm>
#include <cstdio>

#include "common/civil_date.h"
#include "storage/database.h"
#include "storage/record_writer.h"

namespace grid::registry {

namespace {

std::string format(int y, int m, int d) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", y, m, d);
  return buffer;
}

}  // namespace

double VisitRule::approximateDays() const {
  return unit == "day" ? every : unit == "week" ? 7.0 * every : 30.44 * every;
}

std::string VisitRule::intervalText(bool english) const {
  if (english) {
    const std::string word = unit == "day" ? "day" : unit == "week" ? "week" : "month";
    return every == 1 ? "every " + word : "every " + std::to_string(every) + " " + word + "s";
  }
  const std::string word = unit == "day" ? "天" : unit == "week" ? "周" : "个月";
  return every == 1 ? (unit == "month" ? std::string("每月") : "每" + word) : "每" + std::to_string(every) + word;
}

long long dayNumber(const std::string& isoDate) {
  int y, m, d;
  return readIsoDate(isoDate, y, m, d) ? daysFromCivil(y, m, d) : 0;
}

std::string addInterval(const std::string& isoDate, int every, const std::string& unit) {
  int y, m, d;
  if (!readIsoDate(isoDate, y, m, d) || every < 0) return {};
  if (unit == "month") {
    const int months = (m - 1) + every;
    y += months / 12;
    m = months % 12 + 1;
    d = std::min(d, daysInMonth(y, m));
    return format(y, m, d);
  }
  const long long days = unit == "week" ? 7LL * every : every;
  civilFromDays(daysFromCivil(y, m, d) + days, y, m, d);
  return format(y, m, d);
}

const VisitRule* ruleFor(const std::vector<VisitRule>& rules, const std::string& objectType,
                         const std::vector<std::string>& categories, const std::string& colour) {
  const VisitRule* best = nullptr;
  auto specificity = [](const VisitRule& r) { return (r.category.empty() ? 0 : 2) + (r.colour.empty() ? 0 : 1); };
  for (const VisitRule& rule : rules) {
    if (!rule.active || rule.objectType != objectType) continue;
    if (!rule.colour.empty() && rule.colour != colour) continue;
    if (!rule.category.empty() && std::find(categories.begin(), categories.end(), rule.category) == categories.end())
      continue;
    if (!best || rule.approximateDays() < best->approximateDays() ||
        (rule.approximateDays() == best->approximateDays() && specificity(rule) > specificity(*best)))
      best = &rule;
  }
  return best;
}

Result<std::vector<VisitRule>> loadVisitRules(Database& database, bool activeOnly) {
  auto statement = database.prepare(
      "SELECT id, object_type, coalesce(category, ''), coalesce(risk_colour, ''), every_n, unit, name_zh, name_en, "
      "coalesce(note, ''), active FROM visit_rule" +
      std::string(activeOnly ? " WHERE active = 1" : "") + " ORDER BY id");
  if (!statement) return statement.error();
  std::vector<VisitRule> rules;
  if (auto s = statement->forEachRow([&](const Statement& r) {
        VisitRule rule;
        rule.id = r.int64(0);
        rule.objectType = r.text(1);
        rule.category = r.text(2);
        rule.colour = r.text(3);
        rule.every = static_cast<int>(r.int64(4));
        rule.unit = r.text(5);
        rule.nameZh = r.text(6);
        rule.nameEn = r.text(7);
        rule.note = r.text(8);
        rule.active = r.int64(9) != 0;
        rules.push_back(std::move(rule));
      });
      !s)
    return s.error();
  return rules;
}

Result<RecordChange> saveVisitRule(Database& database, const Clock& clock, const Actor& actor, const VisitRule& rule) {
  auto invalid = [](const std::string& field, const std::string& message) {
    return makeError(ErrorCode::InvalidInput, field + ": " + message, {.table = "visit_rule", .field = field});
  };
  static const std::vector<std::string> types{"grid", "household", "key_person", "key_place", "key_matter"};
  if (std::find(types.begin(), types.end(), rule.objectType) == types.end())
    return invalid("object_type",
                   "\"" + rule.objectType + "\" is not one of grid, household, key_person, key_place, key_matter");
  if (rule.unit != "day" && rule.unit != "week" && rule.unit != "month")
    return invalid("unit", "\"" + rule.unit + "\" is not day, week or month");
  if (rule.every < 1 || rule.every > 366) return invalid("every_n", "the interval is 1 to 366 " + rule.unit + "s");
  if (!rule.colour.empty() && rule.colour != "red" && rule.colour != "orange" && rule.colour != "yellow" &&
      rule.colour != "blue")
    return invalid("risk_colour", "\"" + rule.colour + "\" is not red, orange, yellow or blue");
  if (rule.nameZh.empty() || rule.nameEn.empty())
    return invalid("name_zh", "a rule needs a Chinese and an English name");
  auto text = [](const std::string& s) { return s.empty() ? null() : Value(s); };
  const Fields fields{{"object_type", rule.objectType},
                      {"category", text(rule.category)},
                      {"risk_colour", text(rule.colour)},
                      {"every_n", static_cast<long long>(rule.every)},
                      {"unit", rule.unit},
                      {"name_zh", rule.nameZh},
                      {"name_en", rule.nameEn},
                      {"active", rule.active ? 1LL : 0LL},
                      {"note", text(rule.note)}};
  return recordedEdit(database, clock, [&](RecordWriter& writer, RecordChange& change) -> Status {
    if (rule.id < 0) {
      auto inserted = insertRecorded(writer, actor, "visit_rule", fields, change);
      if (!inserted) return inserted.error();
      return {};
    }
    return updateRecorded(writer, actor, "visit_rule", rule.id, fields, change);
  });
}

}  // namespace grid::registry
