// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>
#include <vector>

#include "common/actor.h"
#include "common/clock.h"
#include "common/result.h"
#include "registry/list_spec.h"
#include "registry/record_edit.h"

namespace grid {
class Database;
class FieldCipher;
}  // namespace grid

namespace grid::registry {

struct HistoryChange {
  std::string field;  //!< column name as stored (encrypted columns show as changed, never their content)
  std::string before, after;
};

struct HistoryEntry {
  long long auditId = -1;
  std::string at, actor, action, reason;
  std::vector<HistoryChange> changes;  //!< fields that differ (insert: every set field; reveal/export: none)
};

//! The record's history from the audit log, oldest first: who, when, what, before → after per field.
Result<std::vector<HistoryEntry>> loadHistory(Database& database, const std::string& table, long long id);

/**
 * Decrypts one sensitive value (ID number or phone) of a record of \a kind and writes a 'reveal' audit row with
 * the field and \a reason. Refused without a reason. Key persons reveal their person's ID number.
 */
Result<std::string> revealValue(Database& database, const FieldCipher& cipher, const Clock& clock, const Actor& actor,
                                ListKind kind, long long id, const std::string& columnKey, const std::string& reason);

//! The version of record \a id of \a kind as read now, to save against later (SaveContext::expectedVersion).
Result<long long> recordVersion(Database& database, ListKind kind, long long id);

//! A field of a record that someone else saved after the version a form was opened at.
struct StaleField {
  std::string key;         //!< the list's field key (RecordValues), empty when no form field shows it
  std::string label;       //!< its header (Chinese or English)
  std::string theirs;      //!< the value saved now, as a form holds it (a code, a grid's 15-digit code)
  std::string theirsText;  //!< …as the lists show it (a code's name, a date without its time)
  std::string oursText;    //!< the form's own value as the lists show it (with \a ours given)
  std::string who, at;     //!< who saved it last, and when
};

/**
 * The fields of record \a id of \a kind that others changed after \a version, each once (its latest value), in the
 * form's terms and by name (codes by their code-table names). With \a ours (the form's values), oursText shows each
 * of them the same way.
 */
Result<std::vector<StaleField>> staleFields(Database& database, ListKind kind, long long id, long long version,
                                            bool english = false, const RecordValues* ours = nullptr);

}  // namespace grid::registry
