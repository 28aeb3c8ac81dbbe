// SPDX-License-Identifier: GPL-2.0-or-later
#include "io/csv_text.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "ledger/text_util.h"

namespace grid {

bool isValidUtf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    const std::size_t length = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + length > text.size()) return false;
    for (std::size_t k = 1; k < length; ++k)
      if ((static_cast<unsigned char>(text[i + k]) >> 6) != 0x2) return false;
    i += length;
  }
  return true;
}

Result<CsvText> CsvText::read(const std::string& path) {
  std::error_code error;
  if (!std::filesystem::exists(path, error))
    return makeError(ErrorCode::NotFound, "File not found; check the path and the file name.", {.file = path});
  const auto size = std::filesystem::file_size(path, error);
  std::ifstream in(path, std::ios::binary);
  if (error || !in)
    return makeError(ErrorCode::Io, "Cannot open this file; check that it exists and that you may read it.",
                     {.file = path});
  CsvText csv;
  csv.m_text = LargeBuffer(size + 1);
  if (size > 0 && !csv.m_text.data())
    return makeError(ErrorCode::Io, "Not enough memory to read this file; close other programs or split the file.",
                     {.file = path});
  csv.m_length = size;
  in.read(csv.m_text.data(), static_cast<std::streamsize>(size));
  if (static_cast<std::uintmax_t>(in.gcount()) != size)
    return makeError(ErrorCode::Io, "Could not read the whole file; copy it to a local disk and try again.",
                     {.file = path});

  const std::string_view text(csv.m_text.data() ? csv.m_text.data() : "", csv.m_length);
  std::size_t start = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  {
    std::string_view head = text.substr(start, 1 << 20);
    if (head.size() < text.size() - start) {  // do not judge a character cut at the end of the sample
      while (!head.empty() && (static_cast<unsigned char>(head.back()) & 0xC0) == 0x80) head.remove_suffix(1);
      if (!head.empty() && static_cast<unsigned char>(head.back()) >= 0xC0) head.remove_suffix(1);
    }
    if (!isValidUtf8(head))
      return makeError(ErrorCode::InvalidInput,
                       "The file is not UTF-8 (Excel saves GBK by default). Save it as \"CSV UTF-8\" or as .xlsx and "
                       "import again.",
                       {.file = path});
  }

  // Records end at a line break outside quotes. Most lines hold no quote at all: memchr finds their end.
  const char* data = text.data();
  const std::size_t total = text.size();
  long long row = 0;
  bool header = true;
  while (start < total) {
    ++row;
    const char* newline = static_cast<const char*>(std::memchr(data + start, '\n', total - start));
    std::size_t end = newline ? static_cast<std::size_t>(newline - data) : total;
    if (std::memchr(data + start, '"', end - start)) {
      bool quoted = false;
      std::size_t i = start;
      for (; i < total; ++i) {
        if (data[i] == '"')
          quoted = !quoted;
        else if (data[i] == '\n' && !quoted)
          break;
      }
      if (quoted)
        return makeError(ErrorCode::InvalidInput,
                         "A quote (\") opened on this row is never closed; the file may be cut short. Save it again "
                         "from the spreadsheet program.",
                         {.file = path, .row = row});
      end = i;
    }
    const std::size_t next = end + 1;
    if (end > start && data[end - 1] == '\r') --end;
    if (header) {
      std::size_t commas = 0, semicolons = 0, tabs = 0;
      for (std::size_t i = start; i < end; ++i) {
        commas += data[i] == ',';
        semicolons += data[i] == ';';
        tabs += data[i] == '\t';
      }
      if (commas + semicolons + tabs == 0) {
        // A title row above the header holds one cell: take the separator from the next lines that have one.
        std::size_t at = end;
        for (int line = 0; line < 10 && at < total; ++line) {
          const char* lineEnd = static_cast<const char*>(std::memchr(data + at + 1, '\n', total - at - 1));
          const std::size_t stop = lineEnd ? static_cast<std::size_t>(lineEnd - data) : total;
          for (std::size_t i = at; i < stop; ++i) {
            commas += data[i] == ',';
            semicolons += data[i] == ';';
            tabs += data[i] == '\t';
          }
          if (commas + semicolons + tabs > 0) break;
          at = stop;
        }
      }
      csv.m_separator = commas >= semicolons && commas >= tabs && commas ? ','
                        : semicolons >= tabs && semicolons               ? ';'
                        : tabs                                           ? '\t'
                                                                         : ',';
      if (end == start)
        return makeError(ErrorCode::InvalidInput, "The first line is empty; put the column headers in row 1.",
                         {.file = path, .row = 1});
      csv.m_records.push_back({start, end, row});
      std::vector<std::string_view> cells;
      csv.split(0, cells);
      for (std::string_view cell : cells) csv.m_header.push_back(trimmed(std::string(cell)));
      csv.m_records.clear();
      header = false;
    } else if (end > start) {
      csv.m_records.push_back({start, end, row});
    }
    start = next;
  }
  if (header)
    return makeError(ErrorCode::InvalidInput, "The file is empty; it needs a header row and one row per record.",
                     {.file = path});
  return csv;
}

std::vector<std::string> CsvText::peek(std::size_t record) const {
  // Split a copy of the record with the same rules, so the original can still be split in place later.
  CsvText copy;
  const Record& r = m_records[record];
  copy.m_text = LargeBuffer(r.end - r.begin + 1);
  std::vector<std::string> out;
  if (r.end > r.begin && !copy.m_text.data()) return out;
  if (r.end > r.begin) std::memcpy(copy.m_text.data(), m_text.data() + r.begin, r.end - r.begin);
  copy.m_length = r.end - r.begin;
  copy.m_separator = m_separator;
  copy.m_records.push_back({0, copy.m_length, r.row});
  std::vector<std::string_view> fields;
  copy.split(0, fields);
  for (std::string_view field : fields) out.emplace_back(field);
  return out;
}

void CsvText::useHeader(std::vector<std::string> header, std::size_t records) {
  records = std::min(records, m_records.size());
  if (records > 0) m_headerRow = m_records[records - 1].row;
  m_header = std::move(header);
  m_records.erase(m_records.begin(), m_records.begin() + static_cast<std::ptrdiff_t>(records));
}

void CsvText::split(std::size_t record, std::vector<std::string_view>& fields) {
  fields.clear();
  const Record& r = m_records[record];
  char* data = m_text.data();
  std::size_t p = r.begin;
  const std::size_t end = r.end;
  while (true) {
    if (p < end && data[p] == '"') {
      // Quoted: unquote in place (the output never overtakes the input); text after the closing quote is kept.
      std::size_t write = p, read = p + 1;
      bool quoted = true;
      while (read < end) {
        const char c = data[read];
        if (quoted && c == '"') {
          if (read + 1 < end && data[read + 1] == '"') {
            data[write++] = '"';
            read += 2;
          } else {
            quoted = false;
            ++read;
          }
        } else if (!quoted && c == m_separator) {
          break;
        } else {
          data[write++] = c;
          ++read;
        }
      }
      fields.emplace_back(data + p, write - p);
      if (read >= end) return;
      p = read + 1;
    } else {
      const void* found = p < end ? std::memchr(data + p, m_separator, end - p) : nullptr;
      const std::size_t stop = found ? static_cast<std::size_t>(static_cast<const char*>(found) - data) : end;
      fields.emplace_back(data + p, stop - p);
      if (!found) return;
      p = stop + 1;
    }
  }
}

}  // namespace grid
