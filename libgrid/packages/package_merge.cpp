// SPDX-License-Identifier: GPL-2.0-or-later
// Merge back: a row-wise three-way merge, field by field, of the package's base (or what the last merge of the same
// package took), the package now (theirs) and the database now (ours), applied through the forms' validated saves.
#include <cstdio>
#include <set>

#include "io/package_file.h"
#include "packages/package_layers.h"
#include "packages/package_records.h"
#include "packages/work_package.h"
#include "registry/list_table.h"
#include "registry/record_edit.h"
#include "security/crypto.h"
#include "storage/database.h"
#include "storage/hierarchy_query.h"
#include "storage/record_writer.h"
#include "workflow/event_flow.h"

namespace grid::packages {

using namespace detail;
using registry::ListKind;
using Row = std::map<std::string, std::string>;

namespace {

struct LayerRows {
  const LayerDef* def = nullptr;
  const PackageTable* current = nullptr;
  const PackageTable* base = nullptr;
  std::map<long long, Row> theirs;  //!< fid → values (normalised; references still package fids)
  std::map<long long, Row> baseRows;
  std::map<long long, PriorRow> prior;
  std::map<long long, long long> recordOf;  //!< fid → record id, for the package's rows that exist in the database
  std::set<long long> failedNew;            //!< new rows that could not be added
};

Row rowValues(const PackageTable& table, const PackageRow& row) {
  Row values;
  for (std::size_t i = 0; i < table.fields.size(); ++i)
    values[table.fields[i].name] = normalise(table.fields[i].type, i < row.values.size() ? row.values[i] : "");
  return values;
}

//! A point's coordinates from the geometry the editor moved, rounded as the lists show them.
void pointFromGeometry(const std::string& wkt, Row& values) {
  const std::size_t open = wkt.find('(');
  if (open == std::string::npos) return;
  double x = 0, y = 0;
  if (std::sscanf(wkt.c_str() + open + 1, "%lf %lf", &x, &y) != 2) return;
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.2f", x);
  values["x"] = normalise(PackageFieldType::Real, buffer);
  std::snprintf(buffer, sizeof buffer, "%.2f", y);
  values["y"] = normalise(PackageFieldType::Real, buffer);
}

//! Fields the merge compares: the editable ones, and a point layer's coordinates (moved as geometry).
bool mergeable(const LayerDef& def, const std::string& field) {
  return editable(def, field) || (def.geometry == PackageGeometry::Point && (field == "x" || field == "y"));
}

class Merger {
 public:
  Merger(const PackageContext& context, const PackageRecord& package, const registry::CodeBook& codes, bool dryRun)
      : m_context(context),
        m_package(package),
        m_codes(codes),
        m_store(context, package.id, m_report),
        m_actor{package.user, package.userId, "GRID_WORKER"} {
    m_report.packageId = package.id;
    m_report.user = package.user;
    m_report.dryRun = dryRun;
  }

  Status run(const PackageSnapshot& snapshot, Progress* progress);
  MergeReport& report() { return m_report; }
  //! Adds what a committed row wrote to the merge's change (for undo).
  void absorb(const RecordChange& change) {
    m_report.change.created.insert(m_report.change.created.end(), change.created.begin(), change.created.end());
    m_report.change.updates.insert(m_report.change.updates.end(), change.updates.begin(), change.updates.end());
  }
  PackageStore& store() { return m_store; }

 private:
  registry::SaveContext saveContext() const {
    return registry::SaveContext{m_context.database, m_context.cipher, m_codes, m_context.clock, m_actor, {}};
  }
  Status loadLayer(const PackageSnapshot& snapshot, const LayerDef& def);
  //! The row's references as record ids; false when one points to a new row that could not be added.
  bool remap(LayerRows& layer, Row& row, std::string& problem) const;
  Result<bool> inScope(ListKind kind, long long recordId);
  Status mergeExisting(LayerRows& layer, long long fid, Row theirs, const Row& base, long long recordId,
                       const Row& ours);
  Status addNew(LayerRows& layer, long long fid, Row theirs);
  Status removeRow(LayerRows& layer, long long fid, long long recordId);
  Status issue(const LayerRows& layer, long long fid, long long recordId, const std::string& field,
               const std::string& kind, const std::string& base, const std::string& ours, const std::string& theirs,
               const std::string& message) {
    return issueIn(layer.def->name, fid, recordId, field, kind, base, ours, theirs, message);
  }
  Status issueIn(const std::string& layer, long long fid, long long recordId, const std::string& field,
                 const std::string& kind, const std::string& base, const std::string& ours, const std::string& theirs,
                 const std::string& message);
  //! The events layer: new rows reported through the event workflow; edits of existing events refused (kept).
  Status mergeEvents(const PackageSnapshot& snapshot);
  Status reportNewEvent(long long fid, const Row& values, const std::string& wkt);
  Result<std::string> oursPlain(ListKind kind, long long recordId, const std::string& field);

  const PackageContext& m_context;
  const PackageRecord& m_package;
  const registry::CodeBook& m_codes;
  MergeReport m_report;  //!< before m_store, which records into it
  PackageStore m_store;
  Actor m_actor;
  std::map<std::string, LayerRows> m_layers;
};

Status Merger::issueIn(const std::string& layer, long long fid, long long recordId, const std::string& field,
                       const std::string& kind, const std::string& base, const std::string& ours,
                       const std::string& theirs, const std::string& message) {
  MergeIssue found{-1, layer, fid, recordId, field, kind, base, ours, theirs, message};
  auto kept = m_store.keepIssue(found);
  if (!kept) return kept.error();
  // The same issue open already (a repeated merge): nothing new to report, nothing written.
  if (!kept->second) return {};
  found.conflictId = kept->first;
  m_report.issues.push_back(std::move(found));
  return {};
}

Status Merger::reportNewEvent(long long fid, const Row& values, const std::string& wkt) {
  auto value = [&](const char* key) {
    auto found = values.find(key);
    return found == values.end() ? std::string() : found->second;
  };
  workflow::ReportInput input;
  input.subject = value("subject");
  input.content = value("content");
  input.domainCode = value("domain");
  input.grade = value("grade").empty() ? "normal" : value("grade");
  input.source = "mobile";
  std::string problem;
  if (!value("building_id").empty()) {
    input.buildingId = std::atoll(value("building_id").c_str());
    if (!m_package.buildings.count(input.buildingId)) problem = "building " + value("building_id");
    auto grid = m_context.database.prepare("SELECT coalesce(grid_id, -1) FROM building WHERE id = ?");
    if (!grid) return grid.error();
    grid->bind(1, input.buildingId);
    auto row = grid->step();
    if (!row) return row.error();
    if (*row) input.gridId = grid->int64(0);
  }
  if (!wkt.empty()) {
    Row point;
    pointFromGeometry(wkt, point);
    if (point.count("x")) {
      input.point = std::pair{std::atof(point["x"].c_str()), std::atof(point["y"].c_str())};
      if (input.gridId < 0) {
        auto grid = gridAt(m_context.database, input.point->first, input.point->second);
        if (!grid) return grid.error();
        if (*grid) input.gridId = **grid;
        if (!*grid || (!m_package.grids.count(**grid) && problem.empty())) problem = "the point";
      }
    }
  }
  if (input.gridId < 0 && problem.empty())
    problem = "a new event needs a building or a point on the map";
  else if (!problem.empty())
    problem += " lies outside the package's grids (" + m_package.gridCodes + ")";
  if (problem.empty()) {
    Transaction row(m_context.database);
    if (!row.begun()) return row.begun();
    auto reported = workflow::reportEvent(m_context.database, &m_context.cipher, m_context.clock, m_actor, input);
    if (reported) {
      auto id = m_context.database.prepare("SELECT id FROM event WHERE serial_number = ?");
      if (!id) return id.error();
      id->bind(1, reported->serial);
      if (auto found = id->step(); !found) return found.error();
      if (auto s = row.commit(); !s) return s;
      ++m_report.rowsInserted;
      ++m_report.eventsReported;
      return m_store.keepMerged(kEventsLayer, fid, id->int64(0), values);
    }
    row.rollback();
    problem = reported.error().message;
  }
  // Not added: kept as a refusal with the whole row, and tried again by the next merge of this package.
  return issueIn(kEventsLayer, fid, -1, "*", "refused", {}, {}, encodeValues(values), problem);
}

Status Merger::mergeEvents(const PackageSnapshot& snapshot) {
  const PackageTable& current = snapshot.current.at(kEventsLayer);
  const PackageTable& base = snapshot.base.at(kEventsLayer);
  std::map<long long, Row> before;
  for (const PackageRow& row : base.rows) before[row.fid] = rowValues(base, row);
  auto prior = m_store.priorRows(kEventsLayer);
  if (!prior) return prior.error();
  std::set<long long> seen;
  for (const PackageRow& row : current.rows) {
    const Row now = rowValues(current, row);
    seen.insert(row.fid);
    const auto earlier = prior->find(row.fid);
    const auto original = before.find(row.fid);
    if (earlier == prior->end() && original == before.end()) {
      if (auto s = reportNewEvent(row.fid, now, row.wkt); !s) return s;
      continue;
    }
    const Row& was = earlier != prior->end() ? earlier->second.values : original->second;
    bool changed = false;
    for (const auto& [field, value] : now)
      if (eventFieldEditable(field) && value != (was.count(field) ? was.at(field) : "")) changed = true;
    if (!changed) continue;
    const long long recordId = earlier != prior->end() ? earlier->second.recordId : row.fid;
    if (auto s = issueIn(kEventsLayer, row.fid, recordId, "*", "refused", {}, {}, encodeValues(now),
                         "an event changes through its steps in the event window (accept, handle, escalate …), not "
                         "by editing it in a package; this edit was not applied");
        !s)
      return s;
    if (auto s = m_store.keepMerged(kEventsLayer, row.fid, recordId, now); !s) return s;
  }
  for (const auto& [fid, values] : before) {
    if (seen.count(fid) || (prior->count(fid) && prior->at(fid).deleted)) continue;
    if (auto s = issueIn(kEventsLayer, fid, fid, "*", "refused", {}, {}, "(deleted)",
                         "an event is not deleted by a package; close it in the event window");
        !s)
      return s;
    if (auto s = m_store.keepDeleted(kEventsLayer, fid, fid); !s) return s;
  }
  return {};
}

Status Merger::loadLayer(const PackageSnapshot& snapshot, const LayerDef& def) {
  LayerRows& layer = m_layers[def.name];
  layer.def = &def;
  layer.current = &snapshot.current.at(def.name);
  layer.base = &snapshot.base.at(def.name);
  for (const PackageRow& row : layer.base->rows) layer.baseRows[row.fid] = rowValues(*layer.base, row);
  for (const PackageRow& row : layer.current->rows) {
    Row values = rowValues(*layer.current, row);
    if (def.geometry == PackageGeometry::Point && !row.wkt.empty()) pointFromGeometry(row.wkt, values);
    layer.theirs[row.fid] = std::move(values);
  }
  auto prior = m_store.priorRows(def.name);
  if (!prior) return prior.error();
  layer.prior = std::move(*prior);
  for (const auto& [fid, row] : layer.baseRows) layer.recordOf[fid] = fid;
  for (const auto& [fid, row] : layer.prior) layer.recordOf[fid] = row.recordId;
  return {};
}

bool Merger::remap(LayerRows& layer, Row& row, std::string& problem) const {
  for (auto& [field, value] : row) {
    const std::string target = referenceTarget(layer.def->name, field, row);
    if (target.empty() || value.empty()) continue;
    auto other = m_layers.find(target);
    if (other == m_layers.end()) continue;
    const long long fid = std::atoll(value.c_str());
    if (auto known = other->second.recordOf.find(fid); known != other->second.recordOf.end()) {
      value = std::to_string(known->second);
    } else if (other->second.failedNew.count(fid) || other->second.theirs.count(fid)) {
      problem = field + " refers to the new " + target + " row " + value + ", which could not be added";
      return false;
    }
  }
  return true;
}

Result<bool> Merger::inScope(ListKind kind, long long recordId) {
  auto place = registry::recordPlace(m_context.database, kind, recordId);
  if (!place) return place.error();
  return (place->buildingId >= 0 && m_package.buildings.count(place->buildingId)) ||
         (place->gridId >= 0 && m_package.grids.count(place->gridId));
}

Result<std::string> Merger::oursPlain(ListKind kind, long long recordId, const std::string& field) {
  const registry::ListColumn* column = registry::listSpec(kind).column(field);
  auto statement = m_context.database.prepare("SELECT " + column->column + "_cipher FROM " +
                                              registry::listSpec(kind).table + " WHERE id = ?");
  if (!statement) return statement.error();
  statement->bind(1, recordId);
  auto row = statement->step();
  if (!row) return row.error();
  if (!*row || statement->isNull(0)) return std::string();
  auto plain = m_context.cipher.decrypt(statement->blob(0));
  if (!plain) return plain.error();
  return *plain;
}

Status Merger::mergeExisting(LayerRows& layer, long long fid, Row theirs, const Row& base, long long recordId,
                             const Row& ours) {
  const LayerDef& def = *layer.def;
  registry::RecordValues apply;
  Row merged = base;
  bool move = false;
  for (const auto& [field, value] : theirs) {
    if (!mergeable(def, field)) continue;
    const std::string baseValue = base.count(field) ? base.at(field) : "";
    std::string theirValue = value;
    if (sensitive(def, field) && theirValue.find('*') != std::string::npos) theirValue = baseValue;
    if (theirValue == baseValue) continue;
    merged[field] = theirValue;
    const std::string ourValue = ours.count(field) ? ours.at(field) : "";
    bool same = theirValue == ourValue;
    if (!same && sensitive(def, field) && ourValue != baseValue) {
      auto plain = oursPlain(def.kind, recordId, field);
      if (!plain) return plain.error();
      same = *plain == theirValue;
    }
    if (same) {
      ++m_report.fieldsIdentical;
    } else if (ourValue == baseValue) {
      if (def.kind == ListKind::Households && (field == "building_id" || field == "unit" || field == "room"))
        move = true;
      else
        apply[field] = theirValue;
    } else {
      if (auto s = issue(layer, fid, recordId, field, "conflict", baseValue, ourValue, theirValue,
                         "both sides changed this field");
          !s)
        return s;
    }
  }
  if (merged == base) return {};
  if (apply.empty() && !move) return m_store.keepMerged(layer.def->name, fid, recordId, merged);
  auto scope = inScope(def.kind, recordId);
  if (!scope) return scope.error();
  if (!*scope) {
    if (auto s = issue(layer, fid, recordId, "*", "refused", {}, {}, encodeValues(theirs),
                       "record " + std::to_string(recordId) + " lies outside the package's grids (" +
                           m_package.gridCodes + "); its changes were not applied");
        !s)
      return s;
    return m_store.keepMerged(layer.def->name, fid, recordId, merged);
  }
  Transaction row(m_context.database);
  if (!row.begun()) return row.begun();
  bool applied = true;
  std::string problem;
  std::vector<registry::FieldIssue> issues;
  RecordChange written;
  if (!apply.empty()) {
    auto saved = registry::saveRecord(saveContext(), def.kind, recordId, apply, &issues);
    if (!saved) {
      applied = false;
      problem = saved.error().message;
    } else {
      written = *saved;
    }
  }
  if (applied && move) {
    auto unit = std::atoi((theirs.count("unit") ? theirs.at("unit") : "1").c_str());
    auto moved = registry::moveHousehold(saveContext(), recordId, std::atoll(theirs["building_id"].c_str()),
                                         unit < 1 ? 1 : unit, theirs["room"]);
    if (!moved) {
      applied = false;
      problem = moved.error().message;
    } else {
      written.created.insert(written.created.end(), moved->created.begin(), moved->created.end());
      written.updates.insert(written.updates.end(), moved->updates.begin(), moved->updates.end());
    }
  }
  if (applied) {
    auto still = inScope(def.kind, recordId);
    if (!still) return still.error();
    if (!*still) {
      applied = false;
      problem = "the change would move record " + std::to_string(recordId) + " out of the package's grids (" +
                m_package.gridCodes + ")";
    }
  }
  if (!applied) {
    row.rollback();
    for (const auto& [field, value] : apply) {
      // The field's own problem where the save named one; the others were held back with it (one save per row).
      std::string message = "not applied with the rest of the row: " + problem;
      for (const registry::FieldIssue& found : issues)
        if (found.key == field) message = found.message;
      if (auto s = issue(layer, fid, recordId, field, "refused", base.count(field) ? base.at(field) : "",
                         ours.count(field) ? ours.at(field) : "", value, message);
          !s)
        return s;
    }
    if (move)
      if (auto s = issue(layer, fid, recordId, "room", "refused", base.count("room") ? base.at("room") : "",
                         ours.count("room") ? ours.at("room") : "", theirs["room"], problem);
          !s)
        return s;
  } else {
    if (auto s = row.commit(); !s) return s;
    absorb(written);
    ++m_report.rowsUpdated;
    m_report.fieldsApplied += static_cast<int>(apply.size()) + (move ? 1 : 0);
  }
  return m_store.keepMerged(layer.def->name, fid, recordId, merged);
}

Status Merger::addNew(LayerRows& layer, long long fid, Row theirs) {
  const LayerDef& def = *layer.def;
  registry::RecordValues values;
  for (const auto& [field, value] : theirs)
    if (mergeable(def, field) && !value.empty()) values[field] = value;
  Transaction row(m_context.database);
  if (!row.begun()) return row.begun();
  std::vector<registry::FieldIssue> issues;
  auto saved = registry::saveRecord(saveContext(), def.kind, -1, values, &issues);
  std::string problem;
  long long recordId = -1;
  if (!saved) {
    problem = saved.error().message;
  } else {
    for (const auto& [table, id] : saved->created)
      if (table == registry::listSpec(def.kind).table) recordId = id;
    auto scope = recordId < 0 ? Result<bool>(false) : inScope(def.kind, recordId);
    if (!scope) return scope.error();
    if (!*scope) problem = "the new row lies outside the package's grids (" + m_package.gridCodes + ")";
  }
  if (!problem.empty()) {
    row.rollback();
    layer.failedNew.insert(fid);
    return issue(layer, fid, -1, "*", "refused", {}, {}, encodeValues(theirs), problem);
  }
  if (auto s = row.commit(); !s) return s;
  absorb(*saved);
  layer.recordOf[fid] = recordId;
  ++m_report.rowsInserted;
  return m_store.keepMerged(def.name, fid, recordId, theirs);
}

Status Merger::removeRow(LayerRows& layer, long long fid, long long recordId) {
  const LayerDef& def = *layer.def;
  auto scope = inScope(def.kind, recordId);
  if (!scope) return scope.error();
  const bool removable = def.kind == ListKind::Households || def.kind == ListKind::Persons ||
                         def.kind == ListKind::KeyPersons || def.kind == ListKind::KeyPlaces;
  std::string problem;
  auto now = registry::rowsById(m_context.database, def.kind, {recordId});
  if (!now) return now.error();
  if (!now->empty() && now->front().movedOut) {  // moved out here too: the same change on both sides
    ++m_report.fieldsIdentical;
    return m_store.keepDeleted(def.name, fid, recordId);
  }
  if (!*scope) {
    problem = "record " + std::to_string(recordId) + " lies outside the package's grids; it was not moved out";
  } else if (!removable) {
    problem = "a " + def.name + " row is not deleted by a package; close it in GridStation";
  } else {
    Transaction row(m_context.database);
    if (!row.begun()) return row.begun();
    auto moved =
        registry::moveOut(saveContext(), def.kind, recordId,
                          "deleted in work package " + std::to_string(m_package.id) + " (" + m_package.user + ")",
                          m_context.clock.today());
    if (moved) {
      if (auto s = row.commit(); !s) return s;
      absorb(*moved);
      ++m_report.rowsMovedOut;
    } else {
      row.rollback();
      problem = moved.error().message;
    }
  }
  if (!problem.empty())
    if (auto s = issue(layer, fid, recordId, "*", "refused", {}, {}, "(deleted)", problem); !s) return s;
  return m_store.keepDeleted(def.name, fid, recordId);
}

Status Merger::run(const PackageSnapshot& snapshot, Progress* progress) {
  for (const LayerDef& def : layerDefs())
    if (auto s = loadLayer(snapshot, def); !s) return s;
  std::size_t done = 0;
  for (const LayerDef& def : layerDefs()) {
    if (progress) {
      progress->report(static_cast<double>(done++) / static_cast<double>(layerDefs().size()), def.name);
      if (progress->isCancelled()) return makeError(ErrorCode::Cancelled, "merge cancelled; nothing was written.");
    }
    LayerRows& layer = m_layers[def.name];
    // Rows that exist in the database: one read of "ours" for all of them.
    std::vector<long long> ids;
    for (const auto& [fid, row] : layer.theirs)
      if (auto known = layer.recordOf.find(fid); known != layer.recordOf.end()) ids.push_back(known->second);
    auto oursRows = registry::rowsById(m_context.database, def.kind, ids);
    if (!oursRows) return oursRows.error();
    const registry::ListSpec& spec = registry::listSpec(def.kind);
    std::map<long long, Row> ours;
    for (const registry::ListRow& row : *oursRows) {
      Row values;
      for (std::size_t i = 1; i < spec.columns.size(); ++i) {
        PackageFieldType type = PackageFieldType::Text;
        if (int index = layer.current->fieldIndex(spec.columns[i].key); index >= 0)
          type = layer.current->fields[static_cast<std::size_t>(index)].type;
        values[spec.columns[i].key] = normalise(type, row.raw[i]);
      }
      ours[row.id] = std::move(values);
    }
    if (def.kind == ListKind::Households && !ids.empty()) {
      auto buildings = m_store.householdBuildings(ids);
      if (!buildings) return buildings.error();
      for (const auto& [id, building] : *buildings) ours[id]["building_id"] = building;
    }
    std::size_t rowsDone = 0;
    for (auto& [fid, theirs] : layer.theirs) {
      if (progress && ++rowsDone % 256 == 0 && progress->isCancelled())
        return makeError(ErrorCode::Cancelled, "merge cancelled; nothing was written.");
      Row row = theirs;
      std::string problem;
      auto known = layer.recordOf.find(fid);
      if (!remap(layer, row, problem)) {
        if (known == layer.recordOf.end()) layer.failedNew.insert(fid);
        if (auto s = issue(layer, fid, known == layer.recordOf.end() ? -1 : known->second, "*", "refused", {}, {},
                           encodeValues(theirs), problem);
            !s)
          return s;
        continue;
      }
      if (known == layer.recordOf.end()) {
        if (auto s = addNew(layer, fid, std::move(row)); !s) return s;
        continue;
      }
      const auto prior = layer.prior.find(fid);
      if (prior != layer.prior.end() && prior->second.deleted) continue;
      const Row& base = prior != layer.prior.end() ? prior->second.values : layer.baseRows[fid];
      auto mine = ours.find(known->second);
      if (mine == ours.end()) {
        if (row != base)
          if (auto s = issue(layer, fid, known->second, "*", "refused", {}, {}, encodeValues(theirs),
                             "record " + std::to_string(known->second) +
                                 " is not in this database or not in your scope; its changes were not applied");
              !s)
            return s;
        continue;
      }
      if (auto s = mergeExisting(layer, fid, std::move(row), base, known->second, mine->second); !s) return s;
    }
    for (const auto& [fid, recordId] : layer.recordOf) {
      if (layer.theirs.count(fid)) continue;
      const auto prior = layer.prior.find(fid);
      if (prior != layer.prior.end() && prior->second.deleted) continue;
      if (auto s = removeRow(layer, fid, recordId); !s) return s;
    }
  }
  return mergeEvents(snapshot);
}

}  // namespace

Result<std::map<std::string, LayerChanges>> packageChanges(const std::string& path) {
  auto snapshot = readPackageFile(path, editableLayers());
  if (!snapshot) return snapshot.error();
  std::map<std::string, LayerChanges> changes;
  for (const LayerDef& def : layerDefs()) {
    const PackageTable& base = snapshot->base.at(def.name);
    const PackageTable& current = snapshot->current.at(def.name);
    std::map<long long, Row> before;
    for (const PackageRow& row : base.rows) before[row.fid] = rowValues(base, row);
    LayerChanges& counts = changes[def.name];
    std::set<long long> seen;
    for (const PackageRow& row : current.rows) {
      Row now = rowValues(current, row);
      if (def.geometry == PackageGeometry::Point && !row.wkt.empty()) pointFromGeometry(row.wkt, now);
      auto was = before.find(row.fid);
      if (was == before.end()) {
        ++counts.newRows;
        continue;
      }
      seen.insert(row.fid);
      int fields = 0;
      for (const auto& [field, value] : now) {
        if (!mergeable(def, field)) continue;
        const std::string old = was->second.count(field) ? was->second.at(field) : "";
        if (value != old && !(sensitive(def, field) && value.find('*') != std::string::npos)) ++fields;
      }
      if (fields > 0) {
        ++counts.changedRows;
        counts.changedFields += fields;
      }
    }
    counts.deletedRows = static_cast<int>(before.size() - seen.size());
  }
  LayerChanges& events = changes[kEventsLayer];
  std::set<long long> known;
  for (const PackageRow& row : snapshot->base.at(kEventsLayer).rows) known.insert(row.fid);
  for (const PackageRow& row : snapshot->current.at(kEventsLayer).rows)
    if (!known.count(row.fid)) ++events.newRows;
  return changes;
}

Result<MergeReport> mergePackage(const PackageContext& context, const std::string& path, bool dryRun,
                                 Progress* progress) {
  Database& database = context.database;
  if (auto s = requirePermission(database, "package", "admin"); !s) return s.error();
  auto snapshot = readPackageFile(path, editableLayers());
  if (!snapshot) return snapshot.error();
  auto package = findPackage(database, snapshot->meta, path);
  if (!package) return package.error();
  auto codes = registry::CodeBook::load(database);
  if (!codes) return codes.error();
  AuditReasonScope reason(database, "work package " + std::to_string(package->id) + ": edits of " + package->user +
                                        " (" + package->gridCodes + ")");
  Transaction transaction(database);
  if (!transaction.begun()) return transaction.begun().error();
  Merger merger(context, *package, *codes, dryRun);
  if (auto s = merger.run(*snapshot, progress); !s) return s.error();
  MergeReport& report = merger.report();
  if (report.changed())
    if (auto s = merger.store().finishMerge(report); !s) return s.error();
  auto open = merger.store().openIssues();
  if (!open) return open.error();
  report.openIssues = *open;
  if (dryRun) {
    transaction.rollback();
    for (MergeIssue& found : report.issues) found.conflictId = -1;
  } else if (auto s = transaction.commit(); !s) {
    return s.error();
  }
  if (progress) progress->report(1.0, "done");
  return report;
}

}  // namespace grid::packages
