// SPDX-License-Identifier: GPL-2.0-or-later
#include "io/sheet_import.h"

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
#include "io/sheet_table.h"
#include "io/gdal_dataset.h"
#include "ledger/field_text.h"
#include "ledger/id_number.h"
#include "ledger/phone.h"
#include "ledger/text_util.h"
#include "security/crypto.h"
#include "storage/bulk_load_indexes.h"
#include "storage/bulk_write_mode.h"
#include "storage/database.h"
#include "storage/grid_stats.h"
#include "storage/json.h"
#include "storage/record_writer.h"

namespace grid {
namespace {

// The import runs in stages: read the sheet, check and encrypt its rows on every core, check what needs the database
// (duplicates, buildings, dwellings) on the one connection, group households, then write with prepared statements
// that bind without copying. A dry run, or an all-or-nothing import with bad rows, stops before writing.

//! Target fields in report order, their accepted headers, and whether a sheet must have them.
enum Target {
  kName, kIdNumber, kGender, kBirthDate, kRelation, kAccount, kBuilding, kUnit, kRoom, kMobile, kNation, kPolitical,
  kEducation, kPopulationType, kHouseholdType, kTargetCount
};
struct Column {
  const char* target;
  std::vector<const char*> headers;
  bool required;
};
const std::vector<Column>& columns() {
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
std::string_view trimmedCell(std::string_view text) {
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
std::string columnLetter(int index) {
  std::string letters;
  for (int n = index + 1; n > 0; n = (n - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
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
    if (row.name.empty()) issue(kName, "is empty; enter the person's name");
    else if (std::string problem = fieldTextProblem(row.name, TextField::Name); !problem.empty()) issue(kName, problem);

    const std::string_view id = cell(kIdNumber);
    std::optional<IdNumberInfo> info;
    if (id.empty()) {
      issue(kIdNumber, "is empty; enter the 18-character ID number");
    } else if (id.find("e+") != std::string_view::npos || id.find("E+") != std::string_view::npos) {
      issue(kIdNumber, "was stored as a number in Excel and lost its last digits; format the column as text and re-enter it");
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
      row.gender = gender == "男" || gender == "M" || gender == "m" ? 'M' : gender == "女" || gender == "F" || gender == "f" ? 'F' : 0;
      if (!row.gender) issue(kGender, "\"" + std::string(gender) + "\" is not 男 or 女");
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
    if (relation.empty()) issue(kRelation, "is empty; enter 户主 for the head or the relation to the head (配偶, 子, 女 …)");
    else if (!(row.relation = code(kRelation, relation)))
      issue(kRelation, "\"" + std::string(relation) + "\" is not a GB/T 4761 relation (e.g. 户主, 配偶, 子, 女, 父亲)");
    row.accountNumber = cell(kAccount);
    if (std::string problem = fieldTextProblem(row.accountNumber, TextField::Short); !problem.empty()) issue(kAccount, problem);
    row.building = cell(kBuilding);
    if (row.building.empty()) issue(kBuilding, "is empty; enter the building code or name");
    else if (std::string problem = fieldTextProblem(row.building, TextField::Name); !problem.empty()) issue(kBuilding, problem);
    if (const std::string_view unit = cell(kUnit); !unit.empty()) {
      int number = 0, digits = 0;
      for (char c : unit)
        if (c >= '0' && c <= '9' && ++digits <= 2) number = number * 10 + (c - '0');
      if (digits == 0 || digits > 2 || number < 1) issue(kUnit, "\"" + std::string(unit) + "\" is not a unit number (1, 2, 3单元)");
      else row.unit = static_cast<std::uint8_t>(number);
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
      : m_db(db), m_cipher(cipher), m_path(path), m_options(options), m_actor(actor), m_clock(clock), m_writer(db, clock),
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
  void issue(const ParsedRow& row, Target target, std::string reason) { m_issues.push_back({row.row, target, std::move(reason)}); }

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

Status SheetImporter::open() {
  const std::string extension = asciiLower(std::filesystem::path(m_path).extension().string());
  // Any header a column answers to (its Chinese and English names, or the one named with --map).
  const KnownHeader known = [&](std::string_view cell) {
    const std::string lower = asciiLower(cell);
    for (const Column& column : columns()) {
      if (auto mapped = m_options.columns.find(column.target);
          mapped != m_options.columns.end() && asciiLower(mapped->second) == lower)
        return true;
      for (const char* h : column.headers)
        if (asciiLower(h) == lower) return true;
    }
    return false;
  };
  if (extension == ".csv" || extension == ".tsv" || extension == ".txt") {
    auto csv = CsvText::read(m_path);
    if (!csv) return csv.error();
    // The header may sit under a title and a unit/date row: look at the first rows before splitting any.
    std::vector<std::vector<std::string>> first{csv->header()};
    for (std::size_t i = 0; i < csv->recordCount() && i < 10; ++i) first.push_back(csv->peek(i));
    const HeaderChoice choice = chooseHeaderRow(first, known);
    if (choice.first > 0 || choice.rows > 1) csv->useHeader(choice.header, choice.first + choice.rows - 1);
    m_source = std::make_unique<CsvSource>(std::move(*csv));
  } else {
    auto gdal = GdalSource::read(m_path, known);
    if (!gdal) return gdal.error();
    m_source = std::move(*gdal);
  }
  m_report.headerRow = m_source->headerRow();
  const std::vector<std::string>& header = m_source->header();
  std::string available;
  for (const std::string& h : header) available += (available.empty() ? "" : "、") + h;
  for (std::size_t t = 0; t < columns().size(); ++t) {
    const Column& column = columns()[t];
    std::vector<std::string> candidates;
    if (auto mapped = m_options.columns.find(column.target); mapped != m_options.columns.end()) candidates.push_back(mapped->second);
    for (const char* h : column.headers) candidates.emplace_back(h);
    m_context.index[t] = -1;
    for (const std::string& candidate : candidates) {
      auto found = std::find_if(header.begin(), header.end(),
                                [&](const std::string& h) { return asciiLower(h) == asciiLower(candidate); });
      if (found != header.end()) {
        m_context.index[t] = static_cast<int>(found - header.begin());
        m_headerOf[t] = *found;
        break;
      }
    }
    if (m_context.index[t] >= 0) {
      // Two columns for one field (two 姓名 columns) would leave it to chance which one is read.
      if (const int other = otherColumnNamed(header, m_context.index[t], candidates); other >= 0)
        return fail(ErrorCode::InvalidInput,
                    "The sheet has two columns for " + std::string(column.headers.front()) + ": " +
                        columnLetter(m_context.index[t]) + " (" + header[static_cast<std::size_t>(m_context.index[t])] +
                        ") and " + columnLetter(other) + " (" + header[static_cast<std::size_t>(other)] +
                        "). Delete or rename one of them.");
    }
    if (m_context.index[t] < 0) {
      m_headerOf[t] = column.headers.front();
      if (column.required)
        return fail(ErrorCode::InvalidInput, std::string("The sheet has no column ") + column.headers.front() + " (it has: " +
                                                 available + "). Rename the header or map it with --map " + column.target +
                                                 "=HEADER.");
    }
  }
  return {};
}

Status SheetImporter::loadCodes() {
  auto statement = m_db.prepare("SELECT domain, code, name_zh FROM code_value WHERE active = 1 AND domain IN "
                                "('relation', 'nation', 'political', 'education', 'population_type', 'household_type')");
  if (!statement) return statement.error();
  const std::map<std::string, Target> targets{{"relation", kRelation},   {"nation", kNation},
                                              {"political", kPolitical}, {"education", kEducation},
                                              {"population_type", kPopulationType}, {"household_type", kHouseholdType}};
  m_context.today = todayIso();
  return statement->forEachRow([&](const Statement& row) {
    auto& domain = m_context.codes[targets.at(row.text(0))];
    const std::string code = row.text(1);
    domain[code] = code;
    domain.emplace(row.text(2), code);
    if (row.text(0) == "political" && code == "01") domain.emplace("党员", "01");
    if (row.text(0) == "political" && code == "03") domain.emplace("团员", "03");
    if (row.text(0) == "relation" && code == "02") domain.emplace("本人(户主)", "02");
  });
}

Status SheetImporter::checkRows() {
  const std::size_t count = m_source->rows();
  m_rows.reset(count);
  if (!m_rows.allocated())
    return fail(ErrorCode::Io, "Not enough memory to check " + std::to_string(count) + " rows; split the sheet into parts.");
  // Every core checks and encrypts rows, taking blocks from a shared counter; this thread reports and cancels.
  constexpr std::size_t kBlock = 2048;
  std::atomic<std::size_t> next{0}, done{0};
  std::atomic<bool> stop{false};
  const unsigned threads = std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
  std::vector<RowChecker> checkers;
  checkers.reserve(threads);
  for (unsigned i = 0; i < threads; ++i) checkers.emplace_back(m_context, m_cipher);
  // Checks the next block of rows; false when none is left or the job was cancelled.
  auto block = [&](RowChecker& checker) {
    const std::size_t begin = stop.load(std::memory_order_relaxed) ? count : next.fetch_add(kBlock);
    if (begin >= count) return false;
    const std::size_t end = std::min(count, begin + kBlock);
    for (std::size_t i = begin; i < end; ++i) checker.check(*m_source, i, m_rows.construct(i));
    done.fetch_add(end - begin);
    return true;
  };
  {
    std::vector<std::jthread> workers;
    for (unsigned i = 1; i < threads; ++i)
      workers.emplace_back([&, i] {
        while (block(checkers[i])) {
        }
      });
    // This thread works too, and between blocks reports progress and looks for a cancel.
    while (block(checkers[0])) {
      if (cancelled()) stop.store(true);
      if (m_progress) m_progress->report(0.05 + 0.55 * static_cast<double>(done.load()) / static_cast<double>(count), "checking rows");
    }
  }
  if (stop.load()) return makeError(ErrorCode::Cancelled, "Import cancelled; nothing was written.");
  for (RowChecker& checker : checkers)
    m_issues.insert(m_issues.end(), std::make_move_iterator(checker.issues().begin()),
                    std::make_move_iterator(checker.issues().end()));
  m_rows.eraseIf([](const ParsedRow& row) { return row.blank; });
  return {};
}

//! The first 16 hex digits of a lookup hash as a number: sorting by it sorts by the hash (and by its index order).
std::uint64_t hashPrefix(std::string_view hex) {
  std::uint64_t value = 0;
  for (std::size_t i = 0; i < 16 && i < hex.size(); ++i) {
    const char c = hex[i];
    value = value << 4 | static_cast<std::uint64_t>(c <= '9' ? c - '0' : c - 'a' + 10);
  }
  return value;
}

Status SheetImporter::checkDuplicates() {
  // Sorted keys instead of hash maps: a million random-key lookups miss the CPU caches; one sort does not.
  struct Key {
    std::uint64_t prefix;
    std::uint32_t index;
  };
  std::vector<Key> keys;
  keys.reserve(m_rows.size());
  for (std::size_t i = 0; i < m_rows.size(); ++i)
    if (m_rows[i].idValid) keys.push_back({hashPrefix(m_rows[i].hash()), static_cast<std::uint32_t>(i)});
  std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) { return std::tie(a.prefix, a.index) < std::tie(b.prefix, b.index); });

  // In the sheet: the first row with an ID number keeps it; rows are in sheet order, so within equal keys too. Rows
  // are only read where two hashes share a prefix: in hash order, every read would be a cache miss.
  std::vector<Key> candidates;  // first rows, in hash order
  candidates.reserve(keys.size());
  for (std::size_t run = 0; run < keys.size();) {
    std::size_t end = run + 1;
    while (end < keys.size() && keys[end].prefix == keys[run].prefix) ++end;
    if (end == run + 1) {
      candidates.push_back(keys[run]);
      run = end;
      continue;
    }
    for (std::size_t k = run; k < end; ++k) {
      ParsedRow& row = m_rows[keys[k].index];
      const ParsedRow* first = nullptr;
      for (std::size_t j = run; j < k && !first; ++j)
        if (m_rows[keys[j].index].id() == row.id()) first = &m_rows[keys[j].index];
      if (first) {
        row.valid = false;
        issue(row, kIdNumber, "the same ID number is already on row " + std::to_string(first->row) + "; a person is listed once");
      } else {
        candidates.push_back(keys[k]);
      }
    }
    run = end;
  }

  // In the database. Both ways below visit the candidates in hash order, as the person_id_hmac index is ordered.
  auto lookup = m_db.prepare("SELECT id FROM person WHERE id_hmac = ? AND logout = 0 LIMIT 1");
  if (!lookup) return lookup.error();
  auto registered = [&](ParsedRow& row) -> Status {
    lookup->reset();
    lookup->bindStaticText(1, row.hash());
    auto found = lookup->step();
    if (!found) return found.error();
    if (*found) {
      row.valid = false;
      issue(row, kIdNumber, "this person is already registered (person #" + std::to_string(lookup->int64(0)) +
                                "); edit that record instead of importing it again");
    }
    return {};
  };
  auto maxPerson = m_db.queryInt("SELECT coalesce(max(id), 0) FROM person");
  if (!maxPerson) return maxPerson.error();
  if (*maxPerson > 4 * static_cast<long long>(candidates.size())) {
    // A sheet that is small next to the register: one indexed lookup per person.
    for (const Key& key : candidates)
      if (auto s = registered(m_rows[key.index]); !s) return s;
    return {};
  }
  // A sheet that is large next to the register: one pass over the registered hashes, merged with the sheet's; the
  // few equal prefixes are confirmed by an exact lookup.
  std::vector<std::uint64_t> stored;
  auto scan = m_db.prepare("SELECT id_hmac FROM person WHERE logout = 0 AND id_hmac IS NOT NULL");
  if (!scan) return scan.error();
  if (auto s = scan->forEachRow([&](const Statement& row) { stored.push_back(hashPrefix(row.textView(0))); }); !s) return s;
  std::sort(stored.begin(), stored.end());
  std::size_t at = 0;
  for (const Key& key : candidates) {
    while (at < stored.size() && stored[at] < key.prefix) ++at;
    if (at < stored.size() && stored[at] == key.prefix)
      if (auto s = registered(m_rows[key.index]); !s) return s;
  }
  return {};
}

Status SheetImporter::resolveBuildings() {
  auto byCode = m_db.prepare("SELECT id, grid_id FROM building WHERE building_code = ? AND logout = 0");
  auto byName = m_db.prepare("SELECT id, grid_id FROM building WHERE name = ? AND logout = 0 ORDER BY id LIMIT 1");
  if (!byCode) return byCode.error();
  if (!byName) return byName.error();
  std::unordered_map<std::string_view, std::pair<long long, long long>> known;  // cell → (id, grid) or (-1, -1)
  for (ParsedRow& row : m_rows) {
    if (row.building.empty()) continue;
    auto it = known.find(row.building);
    if (it == known.end()) {
      Statement& lookup = row.building.size() == 18 && allDigits(row.building) ? *byCode : *byName;
      lookup.reset();
      lookup.bindStaticText(1, row.building);
      auto found = lookup.step();
      if (!found) return found.error();
      std::pair<long long, long long> value{-1, -1};
      if (*found) value = {lookup.int64(0), lookup.isNull(1) ? -1 : lookup.int64(1)};
      it = known.emplace(row.building, value).first;
    }
    if (it->second.first < 0) {
      row.valid = false;
      issue(row, kBuilding, "no building \"" + std::string(row.building) + "\" in the database; check it or import the buildings first");
    } else {
      row.buildingId = it->second.first;
      row.gridId = it->second.second;
    }
  }
  return {};
}

Status SheetImporter::groupHouseholds() {
  // Registers list a household's members together, so a row usually joins the household of the row before it;
  // the hash map is consulted once per household, and still groups members that are far apart.
  std::unordered_map<HouseholdKey, std::uint32_t, HouseholdKeyHash> index;
  index.reserve(m_rows.size() / 2);
  m_households.reserve(m_rows.size() / 2);
  std::vector<std::uint32_t> householdOf(m_rows.size(), 0);
  std::optional<HouseholdKey> previous;
  std::uint32_t current = 0;
  for (std::size_t i = 0; i < m_rows.size(); ++i) {
    const ParsedRow& row = m_rows[i];
    if (!row.valid) continue;
    const HouseholdKey key{row.buildingId, row.unit, row.room, row.accountNumber};
    if (!previous || !(key == *previous)) {
      auto [it, inserted] = index.emplace(key, static_cast<std::uint32_t>(m_households.size()));
      if (inserted) m_households.push_back({key, row.gridId});
      current = it->second;
      previous = key;
    }
    householdOf[i] = current;
    ++m_households[current].count;
  }
  std::uint32_t offset = 0;
  for (Household& h : m_households) {
    h.first = offset;
    offset += h.count;
    h.count = 0;
  }
  m_members.resize(offset);
  for (std::size_t i = 0; i < m_rows.size(); ++i)
    if (m_rows[i].valid) {
      Household& h = m_households[householdOf[i]];
      m_members[h.first + h.count++] = static_cast<std::uint32_t>(i);
    }

  // Exactly one head per household: a second head row is dropped on its own; a household without one is skipped.
  std::vector<Household> complete;
  complete.reserve(m_households.size());
  for (Household& household : m_households) {
    std::optional<std::uint32_t> head;
    std::uint32_t kept = 0;
    for (std::uint32_t k = 0; k < household.count; ++k) {
      const std::uint32_t member = m_members[household.first + k];
      ParsedRow& row = m_rows[member];
      if (*row.relation == "02" && head) {
        row.valid = false;
        issue(row, kRelation, "a second 户主 in this household (row " +
                                  std::to_string(m_rows[m_members[household.first + *head]].row) +
                                  " is the first); a household has one head");
        continue;
      }
      if (*row.relation == "02") head = kept;
      m_members[household.first + kept++] = member;
    }
    household.count = kept;
    if (!head) {
      ParsedRow& first = m_rows[m_members[household.first]];
      issue(first, kRelation, "the household in room " + std::string(household.key.room) + " has no 户主, so its " +
                                  std::to_string(kept) + " row(s) cannot be imported; mark its head as 户主");
      continue;
    }
    household.head = *head;
    complete.push_back(household);
  }
  m_households = std::move(complete);

  // Dwellings that exist already, read per building.
  auto houses = m_db.prepare("SELECT id, unit_no, room_no FROM house WHERE building_id = ?");
  if (!houses) return houses.error();
  std::unordered_map<long long, std::vector<Household*>> byBuilding;
  for (Household& household : m_households) byBuilding[household.key.buildingId].push_back(&household);
  for (auto& [building, households] : byBuilding) {
    std::vector<std::tuple<long long, int, std::string>> rows;  // id, unit, room
    houses->reset();
    houses->bind(1, building);
    auto s = houses->forEachRow([&](const Statement& row) {
      rows.emplace_back(row.int64(0), static_cast<int>(row.int64(1)), row.text(2));
    });
    if (!s) return s;
    std::unordered_map<HouseholdKey, long long, HouseholdKeyHash> existing;
    for (const auto& [id, unit, room] : rows) existing.emplace(HouseholdKey{building, unit, room, {}}, id);
    for (Household* household : households)
      if (auto found = existing.find({building, household->key.unit, household->key.room, {}}); found != existing.end())
        household->dwelling = found->second;
  }
  return {};
}

Status SheetImporter::write() {
  if (const AccessGuard* guard = m_db.accessGuard()) {  // the signed-in user must hold every grid the sheet writes into
    std::set<long long> grids;
    for (const Household& h : m_households) grids.insert(h.gridId >= 0 ? h.gridId : 0);
    for (const char* table : {"house", "household", "person"})
      if (auto s = guard->allowWrite(table, "insert", std::nullopt, std::nullopt); !s) return s;
    for (long long grid : grids)
      for (const char* table : {"household", "person"})
        if (auto s = guard->allowWrite(table, "insert", std::nullopt, grid); !s) return s;
  }
  auto prepare = [&](const char* sql) { return m_db.prepare(sql); };
  auto house = prepare("INSERT INTO main.house (id, building_id, unit_no, floor, room_no) VALUES (?, ?, ?, ?, ?)");
  auto household = prepare(
      "INSERT INTO main.household (id, grid_id, house_id, building_id, account_number, household_type, head_person_id, "
      "members_count, source_state, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'imported', ?, ?)");
  auto person = prepare(
      "INSERT INTO main.person (id, household_id, grid_id, name, id_type, id_cipher, id_hmac, id_masked, gender, birth_date, "
      "population_type, relation_code, political_code, nation_code, education_code, mobile_cipher, mobile_masked, "
      "source_state, created_by, created_at) VALUES (?, ?, ?, ?, 'resident_id', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
      "'imported', ?, ?)");
  if (!house) return house.error();
  if (!household) return household.error();
  if (!person) return person.error();
  auto next = [&](const char* table) { return m_db.queryInt(std::string("SELECT coalesce(max(id), 0) + 1 FROM main.") + table); };
  auto nextHouse = next("house"), nextHousehold = next("household"), nextPerson = next("person");
  if (!nextHouse || !nextHousehold || !nextPerson) return makeError(ErrorCode::Database, "cannot read record ids");
  long long houseId = *nextHouse, householdId = *nextHousehold, personId = *nextPerson;
  const std::string now = m_clock.nowIso();
  auto bindOptional = [](Statement& s, int index, const std::string* value) {
    if (value) s.bindStaticText(index, *value);
    else s.bindNull(index);
  };
  auto bindGrid = [](Statement& s, int index, long long grid) {
    if (grid >= 0) s.bind(index, grid);
    else s.bindNull(index);
  };
  long long written = 0;
  for (Household& h : m_households) {
    if (h.dwelling < 0) {
      h.dwelling = houseId++;
      house->reset();
      house->bind(1, h.dwelling).bind(2, h.key.buildingId).bind(3, h.key.unit).bind(4, floorOfRoom(std::string(h.key.room)));
      house->bindStaticText(5, h.key.room);
      if (auto s = house->run(); !s) return s;
      ++m_report.dwellingsCreated;
    }
    const long long thisHousehold = householdId++;
    const ParsedRow& head = m_rows[members(h)[h.head]];
    household->reset();
    household->bind(1, thisHousehold);
    bindGrid(*household, 2, h.gridId);
    household->bind(3, h.dwelling).bind(4, h.key.buildingId);
    if (h.key.account.empty()) household->bindNull(5);
    else household->bindStaticText(5, h.key.account);
    household->bindStaticText(6, head.householdType ? *head.householdType : m_context.registered);
    household->bind(7, personId + h.head).bind(8, static_cast<long long>(h.count));
    household->bindStaticText(9, m_actor.name).bindStaticText(10, now);
    if (auto s = household->run(); !s) return s;
    ++m_report.householdsWritten;
    for (std::uint32_t member : members(h)) {
      const ParsedRow& row = m_rows[member];
      Statement& p = *person;
      p.reset();
      p.bind(1, personId++).bind(2, thisHousehold);
      bindGrid(p, 3, h.gridId);
      p.bindStaticText(4, row.name);
      p.bindStaticBlob(5, row.idCipher.data(), row.idCipher.size());
      p.bindStaticText(6, row.hash());
      const std::string masked = maskIdNumber(row.id());
      p.bindStaticText(7, masked);
      if (row.gender) p.bindStaticText(8, row.gender == 'M' ? "M" : "F");
      else p.bindNull(8);
      if (row.birthDate[0]) p.bindStaticText(9, std::string_view(row.birthDate.data(), row.birthDate.size()));
      else p.bindNull(9);
      p.bindStaticText(10, row.populationType ? *row.populationType : m_context.registered);
      bindOptional(p, 11, row.relation);
      bindOptional(p, 12, row.political);
      bindOptional(p, 13, row.nation);
      bindOptional(p, 14, row.education);
      if (!row.mobileLength) p.bindNull(15).bindNull(16);
      else p.bindStaticBlob(15, row.mobileCipher.data(), FieldCipher::encryptedSize(row.mobileLength)).bindStaticText(16, row.masked());
      p.bindStaticText(17, m_actor.name).bindStaticText(18, now);
      if (auto s = p.run(); !s) return s;
      ++m_report.personsWritten;
      if (++written % 8192 == 0) {
        if (cancelled()) return makeError(ErrorCode::Cancelled, "Import cancelled; nothing was written.");
        if (m_progress)
          m_progress->report(0.65 + 0.25 * static_cast<double>(written) / static_cast<double>(m_rows.size()), "writing");
      }
    }
  }
  return {};
}

Result<SheetImportReport> SheetImporter::run() {
  if (m_progress) m_progress->report(0.0, "reading");
  if (auto s = open(); !s) return s.error();
  if (m_source->rows() == 0) return fail(ErrorCode::InvalidInput, "The sheet has a header but no rows.");
  if (auto s = loadCodes(); !s) return s.error();
  lap("read");
  if (auto s = checkRows(); !s) return s.error();
  if (m_rows.empty()) return fail(ErrorCode::InvalidInput, "The sheet has a header but no rows.");
  m_report.rows = static_cast<long long>(m_rows.size());
  lap("check and encrypt");

  // A large load switches to the rollback journal and its own reference checks (see BulkWriteMode). One
  // transaction from the first lookup on: outside one, every lookup takes and drops SQLite's file locks. A bounded
  // 256 MB page cache keeps random-key index work (dwellings, ID hashes) off the disk.
  const bool bulk = static_cast<long long>(m_rows.size()) > m_options.bulkRows && !m_options.dryRun;
  std::optional<BulkWriteMode> bulkMode;
  if (bulk) bulkMode.emplace(m_db);
  CacheSizeScope cache(m_db, 256);
  Transaction transaction(m_db);
  if (!transaction.begun()) return transaction.begun().error();
  lap("begin");
  if (auto s = checkDuplicates(); !s) return s.error();
  lap("duplicates");
  if (auto s = resolveBuildings(); !s) return s.error();
  lap("buildings");
  if (auto s = groupHouseholds(); !s) return s.error();
  lap("households");

  std::set<long long> invalid;
  for (const RowIssue& i : m_issues) invalid.insert(i.row);
  m_report.invalidRows = static_cast<long long>(invalid.size());
  std::stable_sort(m_issues.begin(), m_issues.end(),
                   [](const RowIssue& a, const RowIssue& b) { return std::tie(a.row, a.target) < std::tie(b.row, b.target); });
  for (RowIssue& i : m_issues) m_report.issues.push_back({i.row, m_headerOf[static_cast<std::size_t>(i.target)], std::move(i.reason)});
  if (m_options.dryRun || (!m_report.issues.empty() && !m_options.skipInvalid)) {
    return m_report;  // nothing written
  }

  if (m_progress) m_progress->report(0.65, "writing");
  // Large loads rebuild indexes and recount grid_stats once instead of maintaining them row by row.
  std::optional<BulkLoadIndexes> indexes;
  std::optional<GridStatsSuspension> stats;
  if (bulk) {
    auto suspended = GridStatsSuspension::begin(m_db);
    if (!suspended) return suspended.error();
    stats.emplace(std::move(*suspended));
    auto existing = m_db.queryInt("SELECT coalesce(max(id), 0) FROM person");
    if (!existing) return existing.error();
    if (static_cast<long long>(m_rows.size()) > *existing / 2) {
      auto dropped = BulkLoadIndexes::drop(m_db, {"person", "household", "house"}, {"household_head"});
      if (!dropped) return dropped.error();
      indexes.emplace(std::move(*dropped));
    }
  }
  if (auto s = write(); !s) return s.error();
  lap("write");
  if (indexes) {
    if (m_progress) m_progress->report(0.92, "indexes");
    if (auto s = indexes->finish(); !s) return s.error();
  }
  if (stats)
    if (auto s = stats->finish(); !s) return s.error();
  lap("indexes and grid counts");
  JsonObject summary;
  summary.add("source", std::filesystem::path(m_path).filename().string());
  summary.add("rows", m_report.rows);
  summary.add("persons", m_report.personsWritten);
  summary.add("households", m_report.householdsWritten);
  summary.add("skipped_rows", m_report.invalidRows);
  if (auto s = m_writer.appendAudit(m_actor, "import", "person", -1, {}, summary.str(), "gridctl import (sheet)"); !s) return s.error();
  if (auto s = transaction.commit(); !s) return s.error();
  lap("commit");
  m_report.written = true;
  if (m_progress) m_progress->report(1.0, "done");
  return m_report;
}

}  // namespace

Result<SheetImportReport> importPersonSheet(Database& database, const FieldCipher& cipher, const std::string& path,
                                            const SheetImportOptions& options, const Actor& actor, const Clock& clock,
                                            Progress* progress) {
  SheetImporter importer(database, cipher, path, options, actor, clock, progress);
  return importer.run();
}

}  // namespace grid
