// SPDX-License-Identifier: GPL-2.0-or-later
// Internal to the household sheet import: the target columns, sheet sources, the parsed row store, the row checker
// and the SheetImporter, whose stages are in sheet_import.cpp (read, check rows) and sheet_import_write.cpp
// (duplicates, buildings, households, write).
#pragma once

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <optional>
#include <set>
#include <span>
#include <thread>
#include <type_traits>
#include <unordered_map>

#include "common/clock.h"
#include "common/large_buffer.h"
#include "io/csv_text.h"
#include "io/gdal_dataset.h"
#include "io/sheet_import.h"
#include "io/sheet_table.h"
#include "ledger/field_text.h"
#include "ledger/id_number.h"
#include "ledger/phone.h"
#include "ledger/text_util.h"
#include "security/crypto.h"
#include "storage/bulk_load_indexes.h"
#include "storage/bulk_write_mode.h"
#include "storage/database.h"
#include "storage/derived_tables.h"
#include "storage/json.h"
#include "storage/record_writer.h"

namespace grid::sheet_detail {

// The import runs in stages: read the sheet, check and encrypt its rows on every core, check what needs the database
// (duplicates, buildings, dwellings) on the one connection, group households, then write with prepared statements
// that bind without copying. A dry run, or an all-or-nothing import with bad rows, stops before writing.

//! Target fields in report order, their accepted headers, and whether a sheet must have them.
enum Target {
  kName,
  kIdNumber,
  kGender,
  kBirthDate,
  kRelation,
  kAccount,
  kBuilding,
  kUnit,
  kRoom,
  kMobile,
  kNation,
  kPolitical,
  kEducation,
  kPopulationType,
  kHouseholdType,
  kTargetCount
};
struct Column {
  const char* target;
  std::vector<const char*> headers;
  bool required;
};
inline const std::vector<Column>& columns() {
  static const std::vector<Column> all{
      {"name", {"姓名", "name"}, true},
      {"id_number", {"身份证号", "公民身份号码", "身份证号码", "证件号码", "id_number"}, true},
      {"gender", {"性别", "gender"}, false},
      {"birth_date", {"出生日期", "birth_date"}, false},
      {"relation", {"与户主关系", "relation"}, true},
      {"account_number", {"户号", "account_number"}, false},
      {"building", {"楼栋编码", "楼栋", "楼栋名称", "building"}, true},
      {"unit", {"单元", "unit"}, false},
      {"room", {"房号", "室", "门牌号", "room"}, true},
      {"mobile", {"联系电话", "手机号码", "手机", "mobile"}, false},
      {"nation", {"民族", "nation"}, false},
      {"political", {"政治面貌", "political"}, false},
      {"education", {"文化程度", "education"}, false},
      {"population_type", {"人口类型", "population_type"}, false},
      {"household_type", {"户类型", "household_type"}, false},
  };
  return all;
}

//! A cell without blanks around it, including the full-width spaces (U+3000) Chinese input methods leave there.
inline std::string_view trimmedCell(std::string_view text) {
  text = trimmedView(text);
  while (text.size() >= 3 && text.substr(0, 3) == "\xE3\x80\x80") text.remove_prefix(3);
  while (text.size() >= 3 && text.substr(text.size() - 3) == "\xE3\x80\x80") text.remove_suffix(3);
  return text;
}

//! The sheet's cells: CSV through CsvText, anything else (.xlsx, .ods) through GDAL.
class SheetSource {
 public:
  virtual ~SheetSource() = default;
  virtual const std::vector<std::string>& header() const = 0;
  virtual long long headerRow() const = 0;  //!< the sheet row of the header (titles above it are skipped)
  virtual std::size_t rows() const = 0;
  virtual long long rowNumber(std::size_t row) const = 0;
  //! Cells of \a row; each row is read once, distinct rows may be read from different threads.
  virtual void cells(std::size_t row, std::vector<std::string_view>& out) = 0;
};

class CsvSource final : public SheetSource {
 public:
  explicit CsvSource(CsvText csv) : m_csv(std::move(csv)) {}
  const std::vector<std::string>& header() const override { return m_csv.header(); }
  long long headerRow() const override { return m_csv.headerRow(); }
  std::size_t rows() const override { return m_csv.recordCount(); }
  long long rowNumber(std::size_t row) const override { return m_csv.rowNumber(row); }
  void cells(std::size_t row, std::vector<std::string_view>& out) override { m_csv.split(row, out); }

 private:
  CsvText m_csv;
};

class GdalSource final : public SheetSource {
 public:
  static Result<std::unique_ptr<GdalSource>> read(const std::string& path, const KnownHeader& known) {
    auto table = readSheetTable(path, known, "Use .xlsx or UTF-8 .csv with the headers in the first rows.");
    if (!table) return table.error();
    auto source = std::make_unique<GdalSource>();
    source->m_header = std::move(table->header);
    source->m_headerRow = table->headerRow;
    source->m_rowNumbers = std::move(table->rowNumbers);
    source->m_cells.reserve(table->rows.size() * source->m_header.size());
    for (std::vector<std::string>& row : table->rows) {
      row.resize(source->m_header.size());
      for (std::string& cell : row) source->m_cells.push_back(std::move(cell));
    }
    return source;
  }
  long long headerRow() const override { return m_headerRow; }
  const std::vector<std::string>& header() const override { return m_header; }
  std::size_t rows() const override { return m_rowNumbers.size(); }
  long long rowNumber(std::size_t row) const override { return m_rowNumbers[row]; }
  void cells(std::size_t row, std::vector<std::string_view>& out) override {
    out.clear();
    for (std::size_t i = 0; i < m_header.size(); ++i) out.emplace_back(m_cells[row * m_header.size() + i]);
  }

 private:
  std::vector<std::string> m_header;
  long long m_headerRow = 1;
  std::vector<std::string> m_cells;  //!< rows × columns
  std::vector<long long> m_rowNumbers;
};

//! Excel's letter for a 0-based column: 0 → A, 25 → Z, 26 → AA.
inline std::string columnLetter(int index) {
  std::string letters;
  for (int n = index + 1; n > 0; n = (n - 1) / 26)
    letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  return "column " + letters;
}

constexpr std::size_t kIdCipherSize = FieldCipher::encryptedSize(18);
constexpr std::size_t kMaxPhone = 32;

//! One checked row. Text fields are views into the sheet source, which outlives the rows.
struct ParsedRow {
  long long row = 0;
  bool valid = true;
  bool idValid = false;
  bool blank = false;  //!< every cell empty (Excel leaves such rows at the end of a CSV): skipped
  char gender = 0;     //!< 'M', 'F' or 0
  std::uint8_t unit = 1;
  std::string_view name, building, room, accountNumber;
  std::array<char, 18> idNumber{};
  std::array<char, FieldCipher::kLookupHashSize> idHash{};
  std::array<std::uint8_t, kIdCipherSize> idCipher{};
  std::array<char, 10> birthDate{};  //!< YYYY-MM-DD, or all zero
  const std::string* relation = nullptr;
  const std::string* political = nullptr;
  const std::string* nation = nullptr;
  const std::string* education = nullptr;
  const std::string* populationType = nullptr;
  const std::string* householdType = nullptr;
  std::uint8_t mobileLength = 0;  //!< characters of the normalised phone, 0 without one
  std::uint8_t maskedLength = 0;
  std::array<char, kMaxPhone> mobileMasked{};
  std::array<std::uint8_t, FieldCipher::encryptedSize(kMaxPhone)> mobileCipher{};
  long long buildingId = -1, gridId = -1;

  std::string_view id() const { return {idNumber.data(), idNumber.size()}; }
  std::string_view masked() const { return {mobileMasked.data(), maskedLength}; }
  std::string_view hash() const { return {idHash.data(), idHash.size()}; }
};

static_assert(std::is_trivially_destructible_v<ParsedRow>);

//! The checked rows, in one huge-page buffer (a million rows are a few hundred megabytes, written once).
class RowStore {
 public:
  void reset(std::size_t count) {
    m_buffer = LargeBuffer(std::max<std::size_t>(count, 1) * sizeof(ParsedRow));
    m_rows = reinterpret_cast<ParsedRow*>(m_buffer.data());
    m_count = m_rows ? count : 0;
  }
  bool allocated() const { return m_rows != nullptr; }
  //! Constructs row \a i (rows are filled in parallel, each by one thread).
  ParsedRow& construct(std::size_t i) { return *new (m_rows + i) ParsedRow(); }
  ParsedRow& operator[](std::size_t i) { return m_rows[i]; }
  const ParsedRow& operator[](std::size_t i) const { return m_rows[i]; }
  std::size_t size() const { return m_count; }
  bool empty() const { return m_count == 0; }
  ParsedRow* begin() { return m_rows; }
  ParsedRow* end() { return m_rows + m_count; }
  //! Drops the rows for which \a drop is true, keeping the order.
  template <typename Predicate>
  void eraseIf(Predicate drop) {
    m_count = static_cast<std::size_t>(std::remove_if(begin(), end(), drop) - begin());
  }

 private:
  LargeBuffer m_buffer;
  ParsedRow* m_rows = nullptr;
  std::size_t m_count = 0;
};

struct RowIssue {
  long long row;
  int target;
  std::string reason;
};

//! Immutable while rows are checked on several threads.
struct CheckContext {
  std::array<int, kTargetCount> index{};  //!< target → column in the sheet, -1 when absent
  std::array<std::map<std::string, std::string, std::less<>>, kTargetCount> codes;  //!< per coded target
  std::string today;
  std::string registered = "registered";
};

class RowChecker {
 public:
  RowChecker(const CheckContext& context, const FieldCipher& cipher) : m_context(context), m_cipher(cipher) {}

  void check(SheetSource& source, std::size_t index, ParsedRow& row) {
    source.cells(index, m_cells);
    row.row = source.rowNumber(index);
    m_row = &row;
    bool any = false;
    for (std::string_view& cell : m_cells) {
      cell = trimmedCell(cell);
      any = any || !cell.empty();
    }
    if (!any) {
      row.blank = true;
      return;
    }
    row.name = cell(kName);
    if (row.name.empty())
      issue(kName, "is empty; enter the person's name");
    else if (std::string problem = fieldTextProblem(row.name, TextField::Name); !problem.empty())
      issue(kName, problem);

    const std::string_view id = cell(kIdNumber);
    std::optional<IdNumberInfo> info;
    if (id.empty()) {
      issue(kIdNumber, "is empty; enter the 18-character ID number");
    } else if (id.find("e+") != std::string_view::npos || id.find("E+") != std::string_view::npos) {
      issue(kIdNumber,
            "was stored as a number in Excel and lost its last digits; format the column as text and re-enter it");
    } else if (auto valid = validateIdNumber(id, m_context.today); !valid) {
      issue(kIdNumber, valid.error().message);
    } else {
      info = std::move(*valid);
      std::copy_n(info->normalized.data(), 18, row.idNumber.data());
      row.idValid = true;
      m_cipher.lookupHashInto(row.id(), row.idHash.data());
      m_cipher.encryptInto(row.id(), row.idCipher.data());
    }
    const char idSex = info ? (info->sex == Sex::Male ? 'M' : 'F') : 0;
    if (const std::string_view gender = cell(kGender); !gender.empty()) {
      row.gender = gender == "男" || gender == "M" || gender == "m"   ? 'M'
                   : gender == "女" || gender == "F" || gender == "f" ? 'F'
                                                                      : 0;
      if (!row.gender)
        issue(kGender, "\"" + std::string(gender) + "\" is not 男 or 女");
      else if (info && row.gender != idSex)
        issue(kGender, "\"" + std::string(gender) + "\" does not match the ID number (its 17th digit says " +
                           (idSex == 'M' ? "男" : "女") + "); check both");
    } else {
      row.gender = idSex;
    }
    if (const std::string_view birth = cell(kBirthDate); !birth.empty()) {
      const std::string date = parseDate(std::string(birth));
      if (date.empty()) {
        issue(kBirthDate, "\"" + std::string(birth) + "\" is not a date (use 1985-03-17)");
      } else {
        std::copy_n(date.data(), 10, row.birthDate.data());
        if (info && date != isoBirthDate(*info))
          issue(kBirthDate, std::string(birth) + " does not match the birth date in the ID number; check both");
      }
    } else if (info) {
      std::copy_n(isoBirthDate(*info).data(), 10, row.birthDate.data());
    }
    const std::string_view relation = cell(kRelation);
    if (relation.empty())
      issue(kRelation, "is empty; enter 户主 for the head or the relation to the head (配偶, 子, 女 …)");
    else if (!(row.relation = code(kRelation, relation)))
      issue(kRelation, "\"" + std::string(relation) + "\" is not a GB/T 4761 relation (e.g. 户主, 配偶, 子, 女, 父亲)");
    row.accountNumber = cell(kAccount);
    if (std::string problem = fieldTextProblem(row.accountNumber, TextField::Short); !problem.empty())
      issue(kAccount, problem);
    row.building = cell(kBuilding);
    if (row.building.empty())
      issue(kBuilding, "is empty; enter the building code or name");
    else if (std::string problem = fieldTextProblem(row.building, TextField::Name); !problem.empty())
      issue(kBuilding, problem);
    if (const std::string_view unit = cell(kUnit); !unit.empty()) {
      int number = 0, digits = 0;
      for (char c : unit)
        if (c >= '0' && c <= '9' && ++digits <= 2) number = number * 10 + (c - '0');
      if (digits == 0 || digits > 2 || number < 1)
        issue(kUnit, "\"" + std::string(unit) + "\" is not a unit number (1, 2, 3单元)");
      else
        row.unit = static_cast<std::uint8_t>(number);
    }
    row.room = cell(kRoom);
    if (row.room.empty() || row.room.size() > 12)
      issue(kRoom, row.room.empty() ? "is empty; enter the room number (1203)" : "is too long");
    if (const std::string_view phone = cell(kMobile); !phone.empty()) {
      if (auto valid = validatePhone(phone); !valid) {
        issue(kMobile, valid.error().message);
      } else if (valid->normalized.size() > kMaxPhone) {
        issue(kMobile, "is too long for a phone number; enter one number (and an extension) per cell");
      } else {
        const std::string masked = maskPhone(valid->normalized);
        row.mobileLength = static_cast<std::uint8_t>(valid->normalized.size());
        row.maskedLength = static_cast<std::uint8_t>(std::min(masked.size(), kMaxPhone));
        std::copy_n(masked.data(), row.maskedLength, row.mobileMasked.data());
        m_cipher.encryptInto(valid->normalized, row.mobileCipher.data());
      }
    }
    coded(kNation, row.nation, "汉族");
    coded(kPolitical, row.political, "群众, 中国共产党党员");
    coded(kEducation, row.education, "大学本科");
    coded(kPopulationType, row.populationType, "户籍人口, 流动人口");
    coded(kHouseholdType, row.householdType, "户籍户, 出租户");
  }

  std::vector<RowIssue>& issues() { return m_issues; }

 private:
  std::string_view cell(Target target) const {
    const int index = m_context.index[target];
    return index >= 0 && static_cast<std::size_t>(index) < m_cells.size() ? m_cells[static_cast<std::size_t>(index)]
                                                                          : std::string_view();
  }
  const std::string* code(Target target, std::string_view value) const {
    auto found = m_context.codes[target].find(value);
    return found == m_context.codes[target].end() ? nullptr : &found->second;
  }
  void coded(Target target, const std::string*& out, const char* example) {
    const std::string_view value = cell(target);
    if (value.empty()) return;
    if (!(out = code(target, value)))
      issue(target, "\"" + std::string(value) + "\" is not in the code table (e.g. " + example + ")");
  }
  void issue(Target target, std::string reason) {
    m_row->valid = false;
    m_issues.push_back({m_row->row, target, std::move(reason)});
  }

  const CheckContext& m_context;
  FieldCipher m_cipher;  // a copy: OpenSSL contexts are per thread
  std::vector<std::string_view> m_cells;
  std::vector<RowIssue> m_issues;
  ParsedRow* m_row = nullptr;
};

//! What makes rows one household: their dwelling (building, unit, room) and 户号.
struct HouseholdKey {
  long long buildingId;
  int unit;
  std::string_view room, account;
  bool operator==(const HouseholdKey&) const = default;
};

//! A household: rows of one dwelling and 户号, in sheet order.
struct Household {
  HouseholdKey key;
  long long gridId;
  std::uint32_t first = 0, count = 0;  //!< the members: a slice of SheetImporter::m_members (row indexes)
  std::uint32_t head = 0;              //!< position of the head in the slice
  long long dwelling = -1;             //!< an existing house, or -1 for a new one
};
struct HouseholdKeyHash {
  std::size_t operator()(const HouseholdKey& k) const {
    const std::size_t h = std::hash<std::string_view>()(k.room) ^ (std::hash<std::string_view>()(k.account) * 31);
    return h ^ (static_cast<std::size_t>(k.buildingId) * 0x9E3779B97F4A7C15ull) ^ static_cast<std::size_t>(k.unit);
  }
};

class SheetImporter {
 public:
  SheetImporter(Database& db, const FieldCipher& cipher, const std::string& path, const SheetImportOptions& options,
                const Actor& actor, const Clock& clock, Progress* progress)
      : m_db(db),
        m_cipher(cipher),
        m_path(path),
        m_options(options),
        m_actor(actor),
        m_clock(clock),
        m_writer(db, clock),
        m_progress(progress) {}

  Result<SheetImportReport> run();

 private:
  using Seconds = std::chrono::steady_clock;
  Error fail(ErrorCode code, const std::string& message) const { return makeError(code, message, {.file = m_path}); }
  void lap(const char* phase) {
    const auto now = Seconds::now();
    m_report.phaseSeconds.emplace_back(phase, std::chrono::duration<double>(now - m_lap).count());
    m_lap = now;
  }
  bool cancelled() const { return m_progress && m_progress->isCancelled(); }
  Status open();
  Status loadCodes();
  Status checkRows();
  Status checkDuplicates();
  Status resolveBuildings();
  Status groupHouseholds();
  Status write();
  void issue(const ParsedRow& row, Target target, std::string reason) {
    m_issues.push_back({row.row, target, std::move(reason)});
  }

  Database& m_db;
  const FieldCipher& m_cipher;
  std::string m_path;
  SheetImportOptions m_options;
  Actor m_actor;
  const Clock& m_clock;
  RecordWriter m_writer;
  Progress* m_progress;
  std::unique_ptr<SheetSource> m_source;
  CheckContext m_context;
  std::array<std::string, kTargetCount> m_headerOf;  // target → header text as in the sheet
  RowStore m_rows;
  std::vector<RowIssue> m_issues;
  std::vector<Household> m_households;
  std::vector<std::uint32_t> m_members;  //!< row indexes, grouped by household, in sheet order within each
  std::span<const std::uint32_t> members(const Household& h) const { return {m_members.data() + h.first, h.count}; }
  SheetImportReport m_report;
  Seconds::time_point m_lap = Seconds::now();
};

}  // namespace grid::sheet_detail
