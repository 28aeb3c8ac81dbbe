// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "common/large_buffer.h"
#include "common/result.h"

namespace grid {

/**
 * A delimited text file (RFC 4180 CSV as Excel and WPS save it) held in memory and split into records, for importers
 * that read large sheets: splitting is one quote-aware scan, and records are then split into fields independently
 * (from several threads at once) with views into the text instead of copies.
 *
 * Accepts a UTF-8 byte-order mark, LF or CRLF line ends, quoted fields with separators, line breaks and doubled
 * quotes, and comma, semicolon or tab as separator (whichever the header line uses). Blank lines are skipped but
 * still counted, so rowNumber() is the row a spreadsheet program shows (the header is row 1).
 */
class CsvText {
 public:
  /**
   * Reads and splits \a path. Errors name the file: missing, unreadable, not UTF-8 (checked on the first megabyte,
   * as Excel's default GBK shows at once), no header line, or a quote left open (truncated file), with its row.
   */
  static Result<CsvText> read(const std::string& path);

  //! Header cells, unquoted and trimmed.
  const std::vector<std::string>& header() const { return m_header; }
  std::size_t recordCount() const { return m_records.size(); }
  //! The spreadsheet row of data record \a record (0-based): header row 1, blank lines counted.
  long long rowNumber(std::size_t record) const { return m_records[record].row; }

  /**
   * Splits data record \a record into \a fields (as many as the record has). Quoted fields are unquoted in place,
   * so the views stay valid for the life of this object; for that reason each record may be split only once.
   * Different records may be split from different threads at the same time.
   */
  void split(std::size_t record, std::vector<std::string_view>& fields);

  //! Copies of the fields of data record \a record, leaving the text as it is (for looking before splitting).
  std::vector<std::string> peek(std::size_t record) const;

  /**
   * Makes \a header the header and drops the first \a records data records (rows above the real header: a title,
   * unit and date). Call before any split. headerRow() becomes the row of the last dropped record.
   */
  void useHeader(std::vector<std::string> header, std::size_t records);

  //! The spreadsheet row of the header (1 unless useHeader moved it).
  long long headerRow() const { return m_headerRow; }

 private:
  struct Record {
    std::size_t begin = 0, end = 0;  //!< byte range without the line end
    long long row = 0;
  };
  LargeBuffer m_text;  //!< the file's bytes (huge pages: a sheet can be hundreds of megabytes)
  std::size_t m_length = 0;
  char m_separator = ',';
  std::vector<std::string> m_header;
  long long m_headerRow = 1;
  std::vector<Record> m_records;
};

//! True when \a text is well-formed UTF-8.
bool isValidUtf8(std::string_view text);

}  // namespace grid
