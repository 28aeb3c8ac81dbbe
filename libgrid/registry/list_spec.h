// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"

namespace grid {
class Database;
}

namespace grid::registry {

//! The five ledgers (五本台账): each belongs to one community, area, grid, building or estate (property).
enum class LedgerLevel { Community, Area, Grid, Building, Property };

struct LedgerTarget {
  LedgerLevel level = LedgerLevel::Grid;
  long long id = -1;
};

std::string levelCode(LedgerLevel level);  //!< "community", "area", "grid", "building", "property"
std::optional<LedgerLevel> parseLevel(std::string_view code);

/**
 * The tables of the ledger editor. Households and persons are the population of the ledger's scope; the three
 * lists (三张清单) are key persons, key places and key matters; entries are the ledger's own records (patrols,
 * visits, problems and suggestions with their status); patrol logs are the grid workers' field records.
 */
enum class ListKind { Households, Persons, KeyPersons, KeyPlaces, KeyMatters, Entries, PatrolLogs };

std::string listCode(ListKind kind);
//! The permission subject of a list (household, person, key_person, key_place, key_matter, ledger, patrol).
const char* listSubject(ListKind kind);  //!< "households", "persons", "key_persons", "key_places", "key_matters", …
std::optional<ListKind> parseList(std::string_view code);

enum class ColumnKind {
  Text,
  Integer,
  Real,
  Date,      //!< YYYY-MM-DD (20250317, 2025/3/17 and 2025.3.17 are accepted on input)
  Code,      //!< a code of code_value (domain); shown and exported by its name, accepted as code or name
  CodeList,  //!< comma-separated codes of one domain
  Choice,    //!< one of the column's fixed values ("v=中文=English|…")
  Phone,     //!< stored encrypted (<column>_cipher) with a masked copy (<column>_masked)
  IdNumber,  //!< resident ID: encrypted, keyed hash and masked copy (<column>_cipher/_hmac/_masked)
  GridCode,  //!< a grid's 15-digit code; the column holds the grid id
  X,         //!< easting of the point geometry (database CRS)
  Y,         //!< northing of the point geometry
};

struct ListColumn {
  std::string key;     //!< stable name: --map key=HEADER, form field names, messages
  std::string zh, en;  //!< headers
  ColumnKind kind = ColumnKind::Text;
  std::string column;   //!< column of the list's table written by forms and imports; empty: read-only
  std::string domain;   //!< Code/CodeList: code_value domain; Choice: "v=中文=English|…"
  std::string display;  //!< SQL for the shown value when not derived from column (joins: read-only columns)
  bool required = false;
  bool sensitive = false;  //!< masked in tables and exports unless revealed
};

struct ListSpec {
  ListKind kind;
  std::string table;                //!< the table written (alias t)
  std::string from;                 //!< FROM clause: "<table> t" plus joins for display columns
  std::string gridExpr;             //!< SQL for the row's grid id
  std::string buildingExpr;         //!< SQL for the row's building id (NULL when unknown)
  std::string searchExpr;           //!< SQL matched with LIKE against '%text%'
  std::string movedOutExpr;         //!< SQL true for moved-out/cancelled rows (empty: none)
  std::vector<ListColumn> columns;  //!< column 0 is always the record number (编号, t.id)

  const ListColumn* column(std::string_view key) const;
  int columnIndex(std::string_view key) const;
};

const ListSpec& listSpec(ListKind kind);

//! SQL condition (over the spec's aliases) for rows inside \a target; binds nothing (ids are integers).
std::string scopeCondition(const ListSpec& spec, const LedgerTarget& target);

//! One Choice value as written in a spec.
struct ChoiceValue {
  std::string value, zh, en;
};
std::vector<ChoiceValue> choiceValues(const ListColumn& column);

/**
 * The code tables (code_value), for showing codes by name and reading names back. Loaded once per database.
 */
class CodeBook {
 public:
  static Result<CodeBook> load(Database& database);
  //! Name of \a code in \a domain (zh or en); the code itself when unknown.
  std::string name(const std::string& domain, const std::string& code, bool english = false) const;
  //! The code for \a text (a code, a Chinese or an English name); nullopt when the domain has no such value.
  std::optional<std::string> code(const std::string& domain, const std::string& text) const;
  //! Active (code, zh, en) of a domain in sort order, for drop-downs.
  std::vector<ChoiceValue> values(const std::string& domain) const;

 private:
  std::map<std::string, std::vector<ChoiceValue>> m_domains;
  std::map<std::string, std::vector<ChoiceValue>> m_inactive;  //!< shown by name, never offered or read back
};

//! A value of column \a column for display: code names, choice labels; other kinds as stored.
std::string displayValue(const ListColumn& column, const std::string& raw, const CodeBook& codes, bool english);

}  // namespace grid::registry
