// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/actor.h"
#include "common/clock.h"
#include "common/result.h"
#include "storage/value.h"

namespace grid {

class Database;
class RecordWriter;

/**
 * What an audited edit wrote, so that it can be undone: the records it created and, for each record it updated,
 * the fields before and after. Operations that build one return it; revertRecordChange() is the inverse.
 */
struct RecordChange {
  struct Update {
    std::string table;
    long long id = -1;
    Fields before;
    Fields after;
  };
  std::vector<std::pair<std::string, long long>> created;  //!< table, id
  std::vector<Update> updates;
  bool empty() const { return created.empty() && updates.empty(); }
};

/**
 * Updates \a table / \a id to \a after through \a writer and records the previous values of those fields in
 * \a change. Fields already equal to \a after are left out; nothing is written when none differs. With
 * \a expectedVersion, a record changed since that version is refused (RecordWriter::update).
 */
Status updateRecorded(RecordWriter& writer, const Actor& actor, std::string_view table, long long id,
                      const Fields& after, RecordChange& change,
                      std::optional<long long> expectedVersion = std::nullopt);

//! Inserts through \a writer and records the new record in \a change.
Result<long long> insertRecorded(RecordWriter& writer, const Actor& actor, std::string_view table, const Fields& fields,
                                 RecordChange& change);

/**
 * Runs \a edit in one transaction with a RecordWriter and returns what it recorded (through updateRecorded and
 * insertRecorded); when \a edit fails nothing is written.
 */
Result<RecordChange> recordedEdit(Database& database, const Clock& clock,
                                  const std::function<Status(RecordWriter&, RecordChange&)>& edit);

/**
 * Undoes \a change in one audited transaction: updated records get their previous values back (last update first)
 * and created records are removed. Refused, with nothing written, when a record was changed since (a field no longer
 * holds the value the change wrote).
 */
Status revertRecordChange(Database& database, const Clock& clock, const Actor& actor, const RecordChange& change);

}  // namespace grid
