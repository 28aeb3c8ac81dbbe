// SPDX-License-Identifier: GPL-2.0-or-later
// Internal to packages/: the database side of work packages (work_package, work_package_row,
// work_package_conflict) as the merge uses it. Not used outside this folder.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "common/result.h"
#include "packages/work_package.h"
#include "storage/record_writer.h"

namespace grid::packages::detail {

struct PackageRecord {
  long long id = -1;
  std::string token, user, gridCodes, status;
  long long userId = -1;
  std::set<long long> grids, buildings;
};

//! The package the meta table names, made from this database and not revoked; refused otherwise with what to do.
Result<PackageRecord> findPackage(Database& database, const std::map<std::string, std::string>& meta,
                                  const std::string& path);
Result<PackageRecord> packageById(Database& database, long long id);

//! A package row an earlier merge took: its record and the values it took (the base of this merge).
struct PriorRow {
  long long recordId = -1;
  std::map<std::string, std::string> values;
  bool deleted = false;
};

class PackageStore {
 public:
  //! Writes through the context's writer and records every write in \a report (its change and row images).
  PackageStore(const PackageContext& context, long long packageId, MergeReport& report);
  Result<std::map<long long, PriorRow>> priorRows(const std::string& layer);
  Status keepMerged(const std::string& layer, long long fid, long long recordId,
                    const std::map<std::string, std::string>& values);
  Status keepDeleted(const std::string& layer, long long fid, long long recordId);
  //! Records an issue, or updates the open one of the same field (never two open for one field); its id, and
  //! whether anything was written (false: the same issue is open already, as a repeated merge finds it).
  Result<std::pair<long long, bool>> keepIssue(const MergeIssue& issue);
  //! Marks the package merged (merge count, time) with a summary audit row.
  Status finishMerge(const MergeReport& report);
  Result<int> openIssues();
  //! building_id of households, as text.
  Result<std::map<long long, std::string>> householdBuildings(const std::vector<long long>& ids);

 private:
  Status putRow(const std::string& layer, long long fid, long long recordId, const std::string& values);
  const PackageContext& m_context;
  long long m_packageId;
  RecordWriter m_writer;
  MergeReport& m_report;
};

}  // namespace grid::packages::detail
