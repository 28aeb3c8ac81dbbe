// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/actor.h"
#include "common/clock.h"
#include "common/result.h"
#include "storage/database.h"

namespace grid {

/**
 * The single write path: every insert, update and delete of a domain record goes through here, inside one
 * transaction with an audit row (who, when, table, id, before → after as JSON, hash-chained). Table and column
 * names are checked against the schema, values are always bound parameters, and Wkt values are converted with
 * GeomFromText in the database CRS (promoted to MULTI* where the column is multi).
 */
class RecordWriter {
 public:
  RecordWriter(Database& database, const Clock& clock);

  Result<long long> insert(const Actor& actor, std::string_view table, const Fields& fields);
  /**
   * Updates the fields of a record. A table with row versions (migration 18) counts each update that changes
   * something in row_version. With \a expectedVersion, the version the caller read the record at, an update of a
   * record changed since is refused (ErrorCode::Conflict, nothing written) with a message naming who changed what
   * (changesSince gives the details): on a server database two workstations never overwrite each other silently.
   */
  Status update(const Actor& actor, std::string_view table, long long id, const Fields& fields,
                std::optional<long long> expectedVersion = std::nullopt);
  //! Physical delete, for records without personal history (persons and households are moved out instead).
  Status remove(const Actor& actor, std::string_view table, long long id);

  //! Appends an audit row for an action that changes no record (reveal, export, import summary).
  Status appendAudit(const Actor& actor, std::string_view action, std::string_view table, long long recordId,
                     std::string_view beforeJson, std::string_view afterJson, std::string_view reason = {});

  //! The record as a JSON object: geometry as WKT, blobs as "\\x<hex>"; empty when it does not exist.
  Result<std::string> snapshot(std::string_view table, long long id);

  Database& database() { return m_database; }
  const Clock& clock() const { return m_clock; }

 private:
  struct TableInfo {
    std::vector<std::string> columns;
    std::map<std::string, std::string> geometryTypes;  //!< column → MULTIPOLYGON, POINT, …
    std::string snapshotSql;
    std::string gridSql;     //!< the row's grid (0 when NULL), for tables whose rows lie in a grid
    bool versioned = false;  //!< has row_version (kept by the writer, never in fields or audit images)
  };
  Result<std::optional<long long>> gridOf(const TableInfo& info, long long id);
  //! Asks the signed-in user's guard (if any) whether the change of row \a id may stand.
  Status guardWrite(const TableInfo& info, std::string_view table, std::string_view operation,
                    std::optional<long long> gridBefore, long long id);
  Result<const TableInfo*> tableInfo(std::string_view table);
  Status checkColumns(const TableInfo& info, std::string_view table, const Fields& fields,
                      bool newRecord = false) const;
  std::string valueSql(const TableInfo& info, const std::string& column, const Value& value) const;

  Database& m_database;
  const Clock& m_clock;
  std::map<std::string, TableInfo, std::less<>> m_tables;
};

//! One audit row's contents: what its hash covers, and who by account id.
struct AuditEntry {
  std::string at, actor, action, table, before, after, reason;
  std::optional<long long> actorUserId;
  long long recordId = 0;
};

//! Appends \a entries as they are to the audit chain, which their hashes continue (on a server under the chain's
//! lock, held until the transaction ends). RecordWriter::appendAudit writes one; a copy writes another chain's rows.
Status appendAuditEntries(Database& database, const std::vector<AuditEntry>& entries);

//! The hash of an audit row: SHA-256 of the previous row's hash and the row's fields, joined with "|".
std::string auditHash(std::string_view previous, std::string_view at, std::string_view actor, std::string_view action,
                      std::string_view table, long long recordId, std::string_view beforeJson,
                      std::string_view afterJson, std::string_view reason);

//! Verifies the audit hash chain; returns the id of the first broken row, or -1 when the chain is intact.
Result<long long> verifyAuditChain(Database& database);

//! The version of a record (row_version), for a later RecordWriter::update with an expected version.
Result<long long> rowVersion(Database& database, std::string_view table, long long id);

//! One audited update of a record: who, when, and each field's value before and after (as audited, text).
struct RecordRevision {
  long long version = 0;  //!< the version the record had after this update
  std::string actor;
  std::string at;
  struct FieldChange {
    std::string field;
    std::optional<std::string> before;
    std::optional<std::string> after;
  };
  std::vector<FieldChange> changes;
};

//! The updates of a record after \a version, oldest first (empty when it is still at that version).
Result<std::vector<RecordRevision>> changesSince(Database& database, std::string_view table, long long id,
                                                 long long version);

}  // namespace grid
