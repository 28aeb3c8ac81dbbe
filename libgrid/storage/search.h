// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>
#include <vector>

#include "common/result.h"

namespace grid {

class Database;
class FieldCipher;

enum class SearchKind { Grid, Building, Person };

struct SearchHit {
  SearchKind kind = SearchKind::Grid;
  long long id = -1;          //!< grid, building or person id
  long long buildingId = -1;  //!< for persons: the building they live in (-1 if none)
  std::string label;          //!< what to show first (name, code)
  std::string detail;         //!< context: grid of a building, masked ID and building of a person
};

/**
 * Finds grids (15-digit code or name), buildings (18-digit code, name or address) and persons (18-character ID number
 * through its keyed hash, or name prefix) for the search box. Personal results carry masked ID numbers only. A person
 * search by ID needs \a cipher (else it is skipped). At most \a limit hits, grids first.
 */
Result<std::vector<SearchHit>> search(Database& database, const FieldCipher* cipher, const std::string& text,
                                      int limit = 50);

}  // namespace grid
