// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <vector>

#include "model/hierarchy.h"
#include "storage/record_writer.h"

namespace grid {

/**
 * The administrative tree (district → street → community → area → grid): code rules are checked before any
 * write (street code in its district, community code in its street, grid code = community code + sequence).
 */
class OrgRepository {
 public:
  explicit OrgRepository(RecordWriter& writer) : m_writer(writer) {}

  Result<long long> createDistrict(const Actor& actor, const District& district);
  Result<long long> createStreet(const Actor& actor, const Street& street);
  Result<long long> createCommunity(const Actor& actor, const Community& community);
  Result<long long> createArea(const Actor& actor, const Area& area);
  //! Assigns the 15-digit code from the community code and \a grid.sequence.
  Result<long long> createGrid(const Actor& actor, const Grid& grid);
  Status setGridBoundary(const Actor& actor, long long gridId, const GeometryWkt& boundary);

  Result<Community> community(long long id);
  Result<Community> communityByCode(const std::string& adminCode);
  Result<Grid> grid(long long id);
  Result<Grid> gridByCode(const std::string& code);
  Result<std::vector<Grid>> gridsOfCommunity(long long communityId);

 private:
  RecordWriter& m_writer;
};

}  // namespace grid
