// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>
#include <vector>

#include "common/progress.h"
#include "common/result.h"

namespace grid {

class Database;
class FieldCipher;

//! One broken rule, naming the record so a user can find it.
struct Violation {
  std::string rule;   //!< short rule id, e.g. "grid-outside-community"
  std::string table;  //!< table of the offending record
  long long recordId = -1;
  std::string label;    //!< human handle: code or name
  std::string message;  //!< what is wrong and what to do

  std::string line() const;  //!< one line for gridctl output
};

struct ValidationReport {
  std::vector<Violation> violations;
  std::vector<std::string> notes;  //!< checks that could not run, and why
};

/**
 * Checks the database against the data rules of DESIGN.md/DOMAIN.md: grids inside their community, no overlapping
 * grids in a community, every building in exactly one grid, every household in a building of its grid, codes well
 * formed and unique, code-table references, and ID-number checksums (decrypted with \a cipher; skipped with a note
 * when it is null). Area tolerances are 1 m² so digitising noise is not reported.
 */
Result<ValidationReport> validateDatabase(Database& database, const FieldCipher* cipher, Progress* progress = nullptr);

}  // namespace grid
