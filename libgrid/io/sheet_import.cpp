// SPDX-License-Identifier: GPL-2.0-or-later
#include "io/sheet_importer.h"

namespace grid {
namespace sheet_detail {

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
    if (auto mapped = m_options.columns.find(column.target); mapped != m_options.columns.end())
      candidates.push_back(mapped->second);
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
        return fail(ErrorCode::InvalidInput, "The sheet has two columns for " + std::string(column.headers.front()) +
                                                 ": " + columnLetter(m_context.index[t]) + " (" +
                                                 header[static_cast<std::size_t>(m_context.index[t])] + ") and " +
                                                 columnLetter(other) + " (" + header[static_cast<std::size_t>(other)] +
                                                 "). Delete or rename one of them.");
    }
    if (m_context.index[t] < 0) {
      m_headerOf[t] = column.headers.front();
      if (column.required)
        return fail(ErrorCode::InvalidInput,
                    std::string("The sheet has no column ") + column.headers.front() + " (it has: " + available +
                        "). Rename the header or map it with --map " + column.target + "=HEADER.");
    }
  }
  return {};
}

Status SheetImporter::loadCodes() {
  auto statement = m_db.prepare(
      "SELECT domain, code, name_zh FROM code_value WHERE active = 1 AND domain IN "
      "('relation', 'nation', 'political', 'education', 'population_type', 'household_type')");
  if (!statement) return statement.error();
  const std::map<std::string, Target> targets{{"relation", kRelation},
                                              {"nation", kNation},
                                              {"political", kPolitical},
                                              {"education", kEducation},
                                              {"population_type", kPopulationType},
                                              {"household_type", kHouseholdType}};
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
    return fail(ErrorCode::Io,
                "Not enough memory to check " + std::to_string(count) + " rows; split the sheet into parts.");
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
      if (m_progress)
        m_progress->report(0.05 + 0.55 * static_cast<double>(done.load()) / static_cast<double>(count),
                           "checking rows");
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
  std::stable_sort(m_issues.begin(), m_issues.end(), [](const RowIssue& a, const RowIssue& b) {
    return std::tie(a.row, a.target) < std::tie(b.row, b.target);
  });
  for (RowIssue& i : m_issues)
    m_report.issues.push_back({i.row, m_headerOf[static_cast<std::size_t>(i.target)], std::move(i.reason)});
  if (m_options.dryRun || (!m_report.issues.empty() && !m_options.skipInvalid)) {
    return m_report;  // nothing written
  }

  if (m_progress) m_progress->report(0.65, "writing");
  // Large loads rebuild indexes and recount grid_stats once instead of maintaining them row by row.
  std::optional<BulkLoadIndexes> indexes;
  std::optional<DerivedTablesSuspension> stats;
  if (bulk) {
    auto suspended = DerivedTablesSuspension::begin(m_db);
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
  if (auto s = m_writer.appendAudit(m_actor, "import", "person", -1, {}, summary.str(), "gridctl import (sheet)"); !s)
    return s.error();
  if (auto s = transaction.commit(); !s) return s.error();
  lap("commit");
  m_report.written = true;
  if (m_progress) m_progress->report(1.0, "done");
  return m_report;
}

}  // namespace sheet_detail

using sheet_detail::SheetImporter;

Result<SheetImportReport> importPersonSheet(Database& database, const FieldCipher& cipher, const std::string& path,
                                            const SheetImportOptions& options, const Actor& actor, const Clock& clock,
                                            Progress* progress) {
  SheetImporter importer(database, cipher, path, options, actor, clock, progress);
  return importer.run();
}

}  // namespace grid
