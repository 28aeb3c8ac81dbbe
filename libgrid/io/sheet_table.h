// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"

namespace grid {

//! Whether a cell's text is one of the headers an importer knows (trimmed, compared without ASCII case).
using KnownHeader = std::function<bool(std::string_view)>;

/**
 * Where a sheet's header is, as communities keep their registers: not always row 1. Above it may sit a merged title
 * row ("和平社区第1网格实有人口登记表"), a "填报单位 … 填报日期" row and notes; the header may be two rows of merged
 * cells (a group title over its columns).
 */
struct HeaderChoice {
  std::size_t first = 0;            //!< index (among the rows given) of the header's first row
  std::size_t rows = 1;             //!< 1, or 2 for a two-row header
  int matches = 0;                  //!< cells recognised as known headers
  std::vector<std::string> header;  //!< one text per column (for two rows: the lower cell, else the upper one)
};

/**
 * Chooses the header among \a firstRows (the sheet's first rows, up to ten are looked at): the row, or the pair of
 * rows read as one header, with the most cells \a known recognises; a pair wins only with more matches than either
 * of its rows alone, and ties go to the earlier row. With no match at all the first row is the header.
 */
HeaderChoice chooseHeaderRow(const std::vector<std::vector<std::string>>& firstRows, const KnownHeader& known);

//! Every row of a spreadsheet or CSV file as text, its header chosen by chooseHeaderRow.
struct SheetTable {
  std::vector<std::string> header;
  long long headerRow = 1;                     //!< the sheet row of the header (the lower one of a two-row header)
  long long skippedRows = 0;                   //!< rows above the header: titles, unit and date, notes
  std::vector<long long> rowNumbers;           //!< the sheet row of each data row
  std::vector<std::vector<std::string>> rows;  //!< cells of each data row (as many as the header has columns)
};

/**
 * Reads \a path (.xlsx through GDAL with every cell as text, .csv and others through GDAL's CSV driver) as text
 * rows and chooses the header. Errors name the file; \a hint says which formats the caller expects.
 */
Result<SheetTable> readSheetTable(const std::string& path, const KnownHeader& known, const std::string& hint);

//! Another column of \a header than \a column whose header is one of \a names (ASCII case ignored): two columns
//! for one field would leave it to chance which one is read. -1 when there is none.
int otherColumnNamed(const std::vector<std::string>& header, int column, const std::vector<std::string>& names);

//! "header in row 3; rows 1–2 above it (title, unit, date) are not data", or empty when the header is row 1.
std::string describeHeaderRow(long long headerRow);

}  // namespace grid
