// SPDX-License-Identifier: GPL-2.0-or-later
#include "io/sheet_table.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>

#include "io/gdal_dataset.h"
#include "ledger/text_util.h"

namespace grid {

namespace {

int matches(const std::vector<std::string>& cells, const KnownHeader& known) {
  int count = 0;
  for (const std::string& cell : cells)
    if (!trimmedView(cell).empty() && known(trimmedView(cell))) ++count;
  return count;
}

//! Two header rows read as one: the lower cell where it has text, else the upper one (a cell merged downwards).
std::vector<std::string> combined(const std::vector<std::string>& upper, const std::vector<std::string>& lower) {
  std::vector<std::string> out(std::max(upper.size(), lower.size()));
  for (std::size_t i = 0; i < out.size(); ++i) {
    const std::string below = i < lower.size() ? trimmed(lower[i]) : std::string();
    out[i] = !below.empty() ? below : i < upper.size() ? trimmed(upper[i]) : std::string();
  }
  return out;
}

}  // namespace

HeaderChoice chooseHeaderRow(const std::vector<std::vector<std::string>>& firstRows, const KnownHeader& known) {
  HeaderChoice best;
  if (!firstRows.empty()) {
    for (const std::string& cell : firstRows[0]) best.header.push_back(trimmed(cell));
    best.matches = matches(firstRows[0], known);
  }
  const std::size_t look = std::min<std::size_t>(firstRows.size(), 10);
  for (std::size_t i = 0; i < look; ++i) {
    const int single = matches(firstRows[i], known);
    if (single > best.matches) {
      best = {i, 1, single, {}};
      for (const std::string& cell : firstRows[i]) best.header.push_back(trimmed(cell));
    }
    if (i + 1 < firstRows.size()) {
      std::vector<std::string> pair = combined(firstRows[i], firstRows[i + 1]);
      const int both = matches(pair, known);
      if (both > best.matches && both > single && both > matches(firstRows[i + 1], known))
        best = {i, 2, both, std::move(pair)};
    }
  }
  return best;
}

Result<SheetTable> readSheetTable(const std::string& path, const KnownHeader& known, const std::string& hint) {
  XlsxAsText xlsxAsText(false);  // every row as data: the header is ours to find
  const char* csvOptions[] = {"AUTODETECT_TYPE=NO", "HEADERS=NO", nullptr};
  const std::string extension = asciiLower(path.size() >= 4 ? path.substr(path.size() - 4) : path);
  auto dataset = openVectorDataset(path, extension == ".csv" ? csvOptions : nullptr, hint);
  if (!dataset) return dataset.error();
  OGRLayer* layer = (*dataset)->GetLayer(0);
  const int fields = layer->GetLayerDefn()->GetFieldCount();
  const bool xlsx = std::string((*dataset)->GetDriverName()) == "XLSX";
  std::vector<std::vector<std::string>> all;
  std::vector<long long> rowNumbers;
  layer->ResetReading();
  long long index = 0;
  for (std::unique_ptr<OGRFeature> feature(layer->GetNextFeature()); feature; feature.reset(layer->GetNextFeature())) {
    ++index;
    std::vector<std::string> cells(static_cast<std::size_t>(fields));
    for (int i = 0; i < fields; ++i)
      if (feature->IsFieldSetAndNotNull(i)) cells[static_cast<std::size_t>(i)] = feature->GetFieldAsString(i);
    // GDAL numbers XLSX features by their sheet row; CSV rows count from 1.
    rowNumbers.push_back(xlsx && feature->GetFID() >= 1 ? feature->GetFID() : index);
    all.push_back(std::move(cells));
  }
  if (all.empty())
    return makeError(ErrorCode::InvalidInput, "The sheet is empty; it needs a header row and one row per record.",
                     {.file = path});
  const std::vector<std::vector<std::string>> first(all.begin(), all.begin() + std::min<std::size_t>(all.size(), 11));
  HeaderChoice choice = chooseHeaderRow(first, known);
  SheetTable table;
  table.header = std::move(choice.header);
  while (!table.header.empty() && table.header.back().empty()) table.header.pop_back();  // trailing blank columns
  const std::size_t data = choice.first + choice.rows;
  table.headerRow = rowNumbers[data - 1];
  table.skippedRows = static_cast<long long>(choice.first);
  for (std::size_t r = data; r < all.size(); ++r) {
    all[r].resize(std::max(table.header.size(), std::size_t{1}));
    table.rows.push_back(std::move(all[r]));
    table.rowNumbers.push_back(rowNumbers[r]);
  }
  return table;
}

int otherColumnNamed(const std::vector<std::string>& header, int column, const std::vector<std::string>& names) {
  for (std::size_t other = 0; other < header.size(); ++other)
    if (static_cast<int>(other) != column && std::any_of(names.begin(), names.end(), [&](const std::string& name) {
          return asciiLower(header[other]) == asciiLower(name);
        }))
      return static_cast<int>(other);
  return -1;
}

std::string describeHeaderRow(long long headerRow) {
  if (headerRow <= 1) return {};
  return "header in row " + std::to_string(headerRow) + "; " +
         (headerRow == 2 ? std::string("row 1") : "rows 1–" + std::to_string(headerRow - 1)) +
         " above it (title, unit, date) are not data";
}

}  // namespace grid
