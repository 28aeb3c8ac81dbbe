// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/actor.h"
#include "common/clock.h"
#include "common/result.h"
#include "registry/list_spec.h"
#include "storage/record_change.h"

namespace grid {
class Database;
class FieldCipher;
}  // namespace grid

namespace grid::registry {

//! A value to fix: the column key (ListColumn::key) and what to do, for a message beside the field or a report row.
struct FieldIssue {
  std::string key;
  std::string message;
};

//! Column key → text as typed in a form or found in a sheet cell. Keys left out are not changed.
using RecordValues = std::map<std::string, std::string>;

/**
 * Everything a save needs besides the values. \a target places new ledger entries (and is otherwise unused).
 * Sensitive values still masked (containing '*', as shown in tables and masked exports) mean "unchanged".
 */
struct SaveContext {
  Database& database;
  const FieldCipher& cipher;
  const CodeBook& codes;
  const Clock& clock;
  Actor actor;
  LedgerTarget target;
  //! The version the record was read at (recordVersion): a save over a newer version is refused (Conflict).
  std::optional<long long> expectedVersion = std::nullopt;
};

/**
 * Validates \a values for record \a id of \a kind (−1: a new record) and writes them in one audited transaction
 * when every value is good. Returns what was written, for undo; on bad values returns InvalidInput with the
 * first problem and fills \a issues with all of them (nothing written). Rules beyond the column kinds:
 *  - persons: the ID number is unique among persons, and sex and birth date agree with it (both are filled from
 *    it when empty); a new person needs a household; changing the household moves the person (member counts of
 *    both follow); relation 户主 on a new person makes them head of a household without one;
 *  - households: a new one needs building_id, unit and room (the dwelling is created when missing);
 *  - key persons: the person exists (by person_id, or by a full ID number); the grid follows the person;
 *  - key places: the grid comes from the grid code, else the building, else the point; no point → the building's;
 *  - key matters: the serial number is unique; the grid code is required;
 *  - entries: new ones belong to the context's ledger; date and recorder default to today and the actor.
 */
Result<RecordChange> saveRecord(const SaveContext& context, ListKind kind, long long id, const RecordValues& values,
                                std::vector<FieldIssue>* issues = nullptr);

/**
 * Logs a patrol or visit (saveRecord of ListKind::PatrolLogs) with an optional photo, in one transaction: the photo
 * is stored as given (callers re-encode it to drop location metadata), at most 10 MB.
 */
Result<RecordChange> logVisit(const SaveContext& context, const RecordValues& values, const Blob& photo = {},
                              const std::string& photoName = {}, std::vector<FieldIssue>* issues = nullptr);

//! Moves a person or household out (迁出/注销): a soft delete with reason and date; a household's members go too.
//! Key persons and key places are cancelled the same way. Nothing is ever deleted.
Result<RecordChange> moveOut(const SaveContext& context, ListKind kind, long long id, const std::string& reason,
                             const std::string& date);

//! Moves a household to another dwelling (building, unit, room; the dwelling is created when missing). Its
//! persons follow to the new grid.
Result<RecordChange> moveHousehold(const SaveContext& context, long long householdId, long long buildingId, int unit,
                                   const std::string& room);

//! Makes \a personId (a member) head of the household; the former head takes \a formerHeadRelation (a relation
//! code or name, e.g. 配偶).
Result<RecordChange> changeHead(const SaveContext& context, long long householdId, long long personId,
                                const std::string& formerHeadRelation);

}  // namespace grid::registry
