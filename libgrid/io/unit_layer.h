// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "common/result.h"

namespace grid {

//! Which fields of a unit layer mean what (empty: not given). Only the layer and weight are required.
struct UnitLayerFields {
  std::string layer;   //!< layer name; empty = the first
  std::string weight;  //!< households per unit (whole numbers 0 … 1,000,000)
  std::string group, plan, lock, split, floors;
};

//! One unit (a building as a polygon or point) as read: geometry as WKB in the layer's CRS, valid (repaired).
struct UnitRow {
  int index = 0;      //!< position in the layer, for copying its attributes to the output
  long long fid = 0;  //!< the feature's id in the source
  std::vector<unsigned char> wkb;
  long long households = 0;
  int entrances = 0;
  int floors = 0;
  std::string plan;  //!< the current grid (plan field), empty when none
  bool locked = false;
};

/**
 * A layer of units from any GDAL vector source in a metric CRS: every feature checked (a polygon or point, finite
 * coordinates, at most 20,000 vertices, whole numbers in the weight/split/floors fields), invalid polygons repaired
 * with GEOS MakeValid. A refusal names the file, the feature and the field, and says what to do. The attributes stay
 * with the source, so a plan written with PlanWriter carries every input field.
 */
class UnitSource {
 public:
  static Result<UnitSource> read(const std::string& input, const UnitLayerFields& fields);
  UnitSource(UnitSource&&) noexcept;
  UnitSource& operator=(UnitSource&&) noexcept;
  ~UnitSource();

  //! Units by the group field's value ("" without a group field), each group in layer order.
  std::map<std::string, std::vector<UnitRow>>& groups();
  //! Feature ids of the polygons MakeValid repaired.
  const std::vector<std::string>& repaired() const;
  std::string layerName() const;
  std::string crsWkt() const;  //!< empty when the layer declares no CRS

 private:
  struct Impl;
  explicit UnitSource(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m;
  friend class PlanWriter;
};

//! One row of a plan's units layer: a unit or a part of a split building.
struct PlanUnitFeature {
  const UnitRow* unit = nullptr;  //!< whose input attributes and fid the row carries
  std::vector<unsigned char> wkb;
  std::string gridId;  //!< empty: the unit has no grid
  std::string groupId;
  long long households = 0;
  std::string part, splitBy;  //!< empty for a whole building
  bool moved = false;
};

//! One row of a plan's grids layer.
struct PlanGridFeature {
  std::vector<unsigned char> wkb;  //!< the grid's polygon (empty: no geometry)
  std::string gridId, groupId;
  int units = 0;
  long long households = 0;
  double deviation = 0;
  bool contiguous = true, oversized = false;
  double polsbyPopper = 0, cutLength = 0;
};

/**
 * A grid plan as a GeoPackage with layers "units" (every input attribute, then grid_id, source_fid, group_id,
 * unit_households and, when asked, part, split_by and moved; a name the input already uses gets "_2") and "grids".
 * Written to OUTPUT.part.gpkg in one transaction and moved into place by finish(), so a failure leaves no output.
 */
class PlanWriter {
 public:
  static Result<PlanWriter> create(const std::string& output, const UnitSource& source, bool withParts, bool withMoved);
  PlanWriter(PlanWriter&&) noexcept;
  PlanWriter& operator=(PlanWriter&&) noexcept;
  ~PlanWriter();

  Status addUnit(const PlanUnitFeature& feature);
  Status addGrid(const PlanGridFeature& feature);
  Status finish();

 private:
  struct Impl;
  explicit PlanWriter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m;
};

}  // namespace grid
