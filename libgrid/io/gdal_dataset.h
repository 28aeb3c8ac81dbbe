// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "common/result.h"

class GDALDataset;
class OGRLayer;

namespace grid {

struct GdalDatasetCloser {
  void operator()(GDALDataset* dataset) const;
};
using GdalDatasetPtr = std::unique_ptr<GDALDataset, GdalDatasetCloser>;

//! While alive, GDAL, GEOS and PROJ report into GDAL's quiet error handler instead of printing to the terminal (a
//! library's own messages never reach the user's output); the last message is still read with CPLGetLastErrorMsg.
class QuietGdal {
 public:
  QuietGdal();
  ~QuietGdal();
  QuietGdal(const QuietGdal&) = delete;
  QuietGdal& operator=(const QuietGdal&) = delete;
};

/**
 * While alive, GDAL's XLSX driver keeps every cell as text (ID numbers must not become floating-point numbers) and
 * takes row 1 as headers. Keep it for as long as a sheet is read: the driver parses sheets lazily, after opening.
 */
class XlsxAsText {
 public:
  //! \a headersInFirstRow false: every row is data (fields Field1 …), for callers that find the header themselves.
  explicit XlsxAsText(bool headersInFirstRow = true);
  ~XlsxAsText();
  XlsxAsText(const XlsxAsText&) = delete;
  XlsxAsText& operator=(const XlsxAsText&) = delete;
};

/**
 * Opens \a path read-only as GDAL vector data (drivers registered once, GDAL's own messages kept quiet). A missing
 * file and an unreadable one get messages that name the file; \a hint says which formats the caller expects.
 */
Result<GdalDatasetPtr> openVectorDataset(const std::string& path, const char* const* openOptions,
                                         const std::string& hint);

/**
 * A sheet being exported to \a path (.xlsx through GDAL's XLSX driver, .csv as UTF-8 without BOM), every column
 * text: written beside the target as NAME.part.EXT and moved in place by finish(), so a failed or cancelled export
 * leaves no file; destroyed unfinished, it removes the part file.
 */
class SheetFileWriter {
 public:
  static Result<SheetFileWriter> create(const std::string& path, const std::string& sheetName,
                                        const std::vector<std::string>& columns);
  SheetFileWriter(SheetFileWriter&&) noexcept;
  SheetFileWriter& operator=(SheetFileWriter&&) = delete;
  ~SheetFileWriter();

  OGRLayer* layer() const { return m_layer; }
  bool csv() const { return m_csv; }
  /**
   * Starts another sheet of an .xlsx workbook (refused for .csv): later rows go to it. \a numeric columns are
   * written as numbers, so spreadsheets sum and chart them.
   */
  Status addSheet(const std::string& sheetName, const std::vector<std::string>& columns,
                  const std::vector<bool>& numeric = {});
  //! Writes one row of cells (as many as the columns; empty cells stay empty); \a row numbers the message.
  Status addRow(const std::vector<std::string>& cells, long long row);
  //! Closes the file and moves it in place; a file open in Excel is named in the error.
  Status finish();

 private:
  SheetFileWriter() = default;
  std::string m_path, m_aside;
  GdalDatasetPtr m_dataset;
  OGRLayer* m_layer = nullptr;
  bool m_csv = false;
};

}  // namespace grid
