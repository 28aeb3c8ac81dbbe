// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>
#include <vector>

#include "common/result.h"
#include "registry/list_spec.h"

namespace grid {
class Database;
class FieldCipher;
class Statement;
}  // namespace grid

namespace grid::registry {

//! What a ledger table shows: a list inside a ledger's scope, searched and sorted.
struct ListQuery {
  ListKind kind = ListKind::Households;
  LedgerTarget target;
  std::string search;  //!< matched anywhere in the list's search text; an 18-character ID number by its hash
  int sortColumn = 0;  //!< index into the spec's columns
  bool descending = false;
  bool includeMovedOut = false;  //!< moved-out persons and households, cancelled places, closed matters
};

struct ListRow {
  long long id = -1;
  bool movedOut = false;
  std::vector<std::string> raw;  //!< stored values (codes; masked copies of sensitive fields), one per column
};

/**
 * Paged access to a list: count once, then fetch pages of rows in order (LIMIT/OFFSET over indexed scopes). A
 * person search by full ID number needs \a cipher for the keyed hash; without it the ID number matches nothing.
 */
class ListTable {
 public:
  ListTable(Database& database, const FieldCipher* cipher, ListQuery query);

  Result<long long> count();
  Result<std::vector<ListRow>> rows(long long offset, long long limit);
  const ListSpec& spec() const { return m_spec; }
  const ListQuery& query() const { return m_query; }

 private:
  std::string whereClause() const;
  void bindSearch(Statement& statement) const;

  Database& m_database;
  const FieldCipher* m_cipher;
  ListQuery m_query;
  const ListSpec& m_spec;
  std::string m_hash;  //!< keyed hash when the search text is a resident ID number
};

/**
 * Person lookup across the whole database (the ledger editor's 查找人员): a full resident ID number through its
 * keyed hash, otherwise a name or the start of one through the name index. Moved-out persons are included (they
 * stay in history; ListRow::movedOut marks them). Rows as in the persons list, in name order.
 */
Result<std::vector<ListRow>> findPersons(Database& database, const FieldCipher* cipher, const std::string& text,
                                         int limit = 50);

/**
 * Rows of a list by record id (moved-out ones included), as the list shows them, in id order; ids that do not exist
 * (or lie outside the bound session's scope) are left out. For the work-package merge's "ours".
 */
Result<std::vector<ListRow>> rowsById(Database& database, ListKind kind, const std::vector<long long>& ids);

//! The SQL expression (over the spec's aliases) that yields column \a column's stored value.
std::string selectExpression(const ListColumn& column);

//! Where a record of a list lies: its building and grid (−1 when it has none), for the map and event reports.
struct RecordPlace {
  long long buildingId = -1, gridId = -1;
};
Result<RecordPlace> recordPlace(Database& database, ListKind kind, long long id);

}  // namespace grid::registry
