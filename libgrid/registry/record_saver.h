// SPDX-License-Identifier: GPL-2.0-or-later
// Internal to registry: the Saver behind saveRecord and the other record edits. Its steps are spread over
// record_edit.cpp (the transaction, scope, writing), record_convert.cpp (text → typed values, field by field) and
// record_rules.cpp (the rules across fields of each list, patrol logs and the effects of a visit).
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "ledger/field_text.h"
#include "ledger/id_number.h"
#include "ledger/phone.h"
#include "ledger/text_util.h"
#include "registry/record_edit.h"
#include "registry/visit_rules.h"
#include "security/crypto.h"
#include "storage/database.h"
#include "storage/record_writer.h"

namespace grid::registry::detail {

inline Result<std::optional<long long>> queryId(Database& db, const std::string& sql, const Value& parameter) {
  auto statement = db.prepare(sql);
  if (!statement) return statement.error();
  statement->bind(1, parameter);
  auto row = statement->step();
  if (!row) return row.error();
  if (!*row || statement->isNull(0)) return std::optional<long long>();
  return std::optional<long long>(statement->int64(0));
}

inline std::optional<long long> parseInteger(const std::string& text) {
  if (text.empty()) return std::nullopt;
  char* end = nullptr;
  const long long value = std::strtoll(text.c_str(), &end, 10);
  if (*end != '\0') {
    // Excel hands whole numbers over as "12.0".
    const double real = std::strtod(text.c_str(), &end);
    // NaN, infinities and values beyond ±9.2e18 cannot become a long long (casting them is undefined).
    if (*end != '\0' || !std::isfinite(real) || std::fabs(real) >= 9.2e18 || real != std::floor(real))
      return std::nullopt;
    return static_cast<long long>(real);
  }
  return value;
}

inline std::string examples(const std::vector<ChoiceValue>& values) {
  std::string out;
  for (std::size_t i = 0; i < values.size() && i < 4; ++i) out += (i ? "、" : "") + values[i].zh;
  return out;
}

inline bool masked(const std::string& text) {
  return text.find('*') != std::string::npos;
}

// A Gauss-Krüger 3-degree zone spans about ±170 km around easting 500 km; China lies between 1,500 and 6,000 km north.
constexpr long kMinimumEasting = 250000, kMaximumEasting = 750000, kMinimumNorthing = 1500000,
               kMaximumNorthing = 6000000;
// No group, staff or household count of one record reaches a million.
constexpr long long kMaximumCount = 1000000;

//! How long a text column may be: names and people, short codes, addresses and places, free text.
inline TextField textField(const std::string& key) {
  static const std::set<std::string> names = {"name",       "charge_person", "met_person",      "recorded_by",
                                              "registrant", "resolve_owner", "stability_owner", "subject",
                                              "title",      "work_unit",     "resolve_unit",    "stability_unit"};
  static const std::set<std::string> shortTexts = {"account_number", "serial_number", "work_time"};
  static const std::set<std::string> addresses = {"address", "place", "tags"};
  if (names.count(key)) return TextField::Name;
  if (shortTexts.count(key)) return TextField::Short;
  if (addresses.count(key)) return TextField::Address;
  return TextField::Note;
}

class Saver {
 public:
  Saver(const SaveContext& context, ListKind kind, long long id)
      : c(context), m_kind(kind), m_id(id), m_spec(listSpec(kind)) {}

  Result<RecordChange> run(const RecordValues& values, std::vector<FieldIssue>* issues);

  //! Whether record \a id lies inside the context's ledger (always, when no ledger bounds the save).
  Result<bool> inScope(long long id);

  //! Where record \a id lies, for messages: "grid 440310001002-003", "building 17" or "another ledger".
  Result<std::string> placeOf(long long id);

  std::string scopeName() const;

 private:
  void issue(const std::string& key, std::string message) { m_issues.push_back({key, std::move(message)}); }
  bool hasIssue(const std::string& key) const {
    return std::any_of(m_issues.begin(), m_issues.end(), [&](const FieldIssue& i) { return i.key == key; });
  }
  void missing(const ListColumn& column) { issue(column.key, "is required; enter a value"); }
  void set(const std::string& column, Value value);
  const Value* field(const std::string& column) const;
  bool isNull(const std::string& column) const;
  std::string text(const std::string& column) const;

  //! Persons and households record how and by whom they were entered, and who changed them last.
  void stampPeople();

  void convert(const std::string& key, const std::string& text);

  Status applyRules(const RecordValues& /*values*/);

  /**
   * Patrol logs and visits: the time is a date or a date and time, not in the future; the visited record exists and
   * gives the grid (a grid patrol names its grid); the worker defaults to the signed-in user's staff record, else the
   * grid's full-time worker; the point is the visited place's.
   */
  Status patrolRules();

  //! What a new visit changes besides its own row: the key person's last and next visit, the household's count.
  Status visitEffects(RecordWriter& writer, RecordChange& change);

  Status write(RecordWriter& writer, RecordChange& change, long long* written);

 public:
  const SaveContext& c;

  static Result<long long> findOrCreateHouse(RecordWriter& writer, RecordChange& change, long long building,
                                             long long unit, const std::string& room, const Actor& actor);
  static Status recountMembers(RecordWriter& writer, RecordChange& change, long long household, const Actor& actor);

 private:
  Result<long long> findOrCreateHouse(RecordWriter& writer, RecordChange& change, long long building, long long unit,
                                      const std::string& room);
  Status recountMembers(RecordWriter& writer, RecordChange& change, long long household) {
    return recountMembers(writer, change, household, c.actor);
  }

  ListKind m_kind;
  long long m_id;
  const ListSpec& m_spec;
  Fields m_fields;
  std::vector<FieldIssue> m_issues;
  std::map<std::string, std::string> m_extra;
  std::optional<IdNumberInfo> m_idInfo;
  std::string m_point[2];
  long long m_pointFromBuilding = -1;
  long long m_explicitId = -1;
  std::string m_visitType, m_visitDay;
  long long m_visitObject = -1;
  struct {
    long long building = -1, unit = 1;
    std::string room;
  } m_dwelling;
};

}  // namespace grid::registry::detail
