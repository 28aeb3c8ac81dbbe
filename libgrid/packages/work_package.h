// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <map>
#include <string>
#include <vector>

#include "common/actor.h"
#include "common/clock.h"
#include "common/progress.h"
#include "common/result.h"
#include "storage/record_change.h"

namespace grid {
class Database;
class FieldCipher;
}  // namespace grid

/**
 * Work packages (issue 21): a grid worker takes a GeoPackage of their grids out, edits it offline (GridStation, QGIS
 * or QField), and the secretary merges it back. The merge is a row-wise three-way merge, field by field, of the
 * package's base copy (written into the package when it was made), the package now (theirs) and the database now
 * (ours); it is applied through the same validated saves as the forms, in one audited transaction.
 */
namespace grid::packages {

//! The list layers of a package in merge order (a layer's references point to layers before it). The package also
//! holds "events" (the grids' open and recent events; a new row there is a new report), "buildings", "grids" and
//! "code_value".
const std::vector<std::string>& packageLayers();
//! Every layer a package lets its user edit: the list layers, then "events".
const std::vector<std::string>& editableLayers();
//! May a package change \a field of \a layer? (Forms show the others read-only; the merge ignores changes to them.)
bool packageFieldEditable(const std::string& layer, const std::string& field);

struct CreateRequest {
  std::vector<std::string> gridCodes;  //!< 15-digit grid codes (or grid names) of one community
  std::string userLogin;               //!< whose package (an account, when the database has accounts)
  std::string output;                  //!< PKG.gpkg
  int patrolDays = 90;                 //!< patrol logs of the last this many days go along for reference
};

struct CreateSummary {
  long long packageId = -1;
  std::string token;
  std::map<std::string, long long> rows;  //!< layer → rows written
};

struct PackageContext {
  Database& database;
  const FieldCipher& cipher;
  const Clock& clock;
  Actor actor;  //!< who makes, merges or resolves (the secretary)
};

/**
 * Writes a package of the grids to \a request.output and records it (work_package, audited). Personal fields go
 * masked, as the lists show them. Refused when a grid is unknown, the grids lie in different communities, or the
 * actor may not read them or write packages.
 */
Result<CreateSummary> createPackage(const PackageContext& context, const CreateRequest& request,
                                    Progress* progress = nullptr);

//! One field the merge did not apply, kept in work_package_conflict until resolved.
struct MergeIssue {
  long long conflictId = -1;  //!< -1 in a dry run
  std::string layer;
  long long fid = -1;
  long long recordId = -1;  //!< -1: a new row
  std::string field;        //!< list column key; "*" for a whole row
  std::string kind;         //!< conflict, refused
  std::string base, ours, theirs, message;
};

//! What a merge's bookkeeping row (work_package_row) held before the merge wrote it, for undo.
struct RowImage {
  std::string layer;
  long long fid = -1;
  bool existed = false;
  long long recordId = -1;
  std::string values;
};

struct MergeReport {
  long long packageId = -1;
  std::string user;
  int rowsInserted = 0, rowsUpdated = 0, rowsMovedOut = 0, fieldsApplied = 0, fieldsIdentical = 0;
  int eventsReported = 0;          //!< new events (reported through the workflow; not undone with the merge)
  std::vector<MergeIssue> issues;  //!< conflicts and refusals found by this merge
  int openIssues = 0;              //!< open conflicts and refusals of the package after this merge
  bool dryRun = false;
  RecordChange change;  //!< every record the merge wrote (records, conflicts, the package's state), for undo
  std::vector<RowImage> rowImages;  //!< the merge's bookkeeping rows as they were, for undo
  bool changed() const { return rowsInserted + rowsUpdated + rowsMovedOut > 0 || !issues.empty(); }
};

/**
 * Merges the package at \a path into the database. Changes are audited under the package's user. With \a dryRun
 * nothing is written (the report says what would be). Refused when the package was not made from this database, was
 * revoked, or is damaged. Merging it again changes nothing; a package edited further merges only the new changes.
 */
Result<MergeReport> mergePackage(const PackageContext& context, const std::string& path, bool dryRun = false,
                                 Progress* progress = nullptr);

//! What a package holds that its base does not, per layer (for the worker before handing it in).
struct LayerChanges {
  int changedRows = 0, changedFields = 0, newRows = 0, deletedRows = 0;
};
//! Compares the package at \a path with its base, field by field (the fields a merge takes); no database needed.
Result<std::map<std::string, LayerChanges>> packageChanges(const std::string& path);

/**
 * Undoes the merge \a report describes, in one audited transaction: the records it wrote get their values back, the
 * records it added are removed, the conflicts it kept are withdrawn, and the package is as before the merge (so
 * merging it again applies it again). Refused, with nothing written, when a record was changed since, or when the
 * merge reported events (an event follows its workflow; close it there).
 */
Status undoMerge(const PackageContext& context, const MergeReport& report);

struct PackageInfo {
  long long id = -1;
  std::string user, gridCodes, fileName, createdAt, createdBy, status, mergedAt, revokedAt, revokedBy;
  int mergeCount = 0, openIssues = 0;
};
//! The packages made from this database, newest first.
Result<std::vector<PackageInfo>> listPackages(Database& database);
//! Revokes package \a id: a later merge is refused. Audited.
Status revokePackage(const PackageContext& context, long long id);

struct ConflictRow {
  MergeIssue issue;
  long long packageId = -1;
  std::string user, status, resolvedValue, resolvedBy, resolvedAt, createdAt;
};
//! Conflicts and refusals (\a openOnly: those not resolved), of one package or (\a packageId −1) all.
Result<std::vector<ConflictRow>> listConflicts(Database& database, long long packageId = -1, bool openOnly = true);

enum class Resolution { Ours, Theirs, Edited };
/**
 * Resolves conflict \a id: ours keeps the database's value; theirs writes the package's value, edited writes
 * \a value (through the form's validated save, audited under the actor). A refused new row resolved as theirs is
 * added again. Refused, with nothing written, when the value breaks a rule (the message says which).
 */
Status resolveConflict(const PackageContext& context, long long id, Resolution resolution,
                       const std::string& value = {});

}  // namespace grid::packages
