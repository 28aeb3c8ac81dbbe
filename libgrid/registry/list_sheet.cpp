// SPDX-License-Identifier: GPL-2.0-or-later
#include "registry/list_sheet.h"

#include <filesystem>
#include <mutex>
#include <set>

#include "io/gdal_dataset.h"
#include "io/sheet_table.h"
#include "ledger/field_text.h"
#include "ledger/text_util.h"
#include "registry/list_table.h"
#include "registry/record_edit.h"
#include "security/crypto.h"
#include "storage/database.h"
#include "storage/json.h"
#include "storage/record_writer.h"

namespace grid::registry {

namespace {

std::string lowerExtension(const std::string& path) {
  return asciiLower(std::filesystem::path(path).extension().string());
}

std::string sheetName(ListKind kind, bool english) {
  switch (kind) {
    case ListKind::Households:
      return english ? "Households" : "住户";
    case ListKind::Persons:
      return english ? "Persons" : "人员";
    case ListKind::KeyPersons:
      return english ? "Key persons" : "重点人员";
    case ListKind::KeyPlaces:
      return english ? "Key places" : "重点场所";
    case ListKind::KeyMatters:
      return english ? "Key matters" : "重点事项";
    case ListKind::Entries:
      return english ? "Ledger entries" : "台账记录";
    case ListKind::PatrolLogs:
      return english ? "Patrol logs" : "巡查走访";
  }
  return "list";
}

}  // namespace

Result<long long> exportList(Database& database, const FieldCipher& cipher, const Clock& clock, const Actor& actor,
                             ListKind kind, const LedgerTarget& target, const std::string& path,
                             const ListExportOptions& options, Progress* progress) {
  const std::string extension = lowerExtension(path);
  if (extension != ".xlsx" && extension != ".csv")
    return makeError(ErrorCode::InvalidInput, "Export to .xlsx or .csv.", {.file = path});
  if (options.reveal && trimmed(options.reason).empty())
    return makeError(ErrorCode::InvalidInput,
                     "An export with full ID numbers and phones needs a reason; it is recorded with your name.",
                     {.field = "reason"});
  // Export, and for full values also reveal, on the list's subject (DOMAIN.md §10.2 rule 4).
  if (auto s = requirePermission(database, listSubject(kind), "export"); !s) return s.error();
  if (options.reveal)
    if (auto s = requirePermission(database, listSubject(kind), "reveal"); !s) return s.error();
  auto codes = CodeBook::load(database);
  if (!codes) return codes.error();
  const ListSpec& spec = listSpec(kind);
  std::vector<std::string> headers;
  for (const ListColumn& column : spec.columns) headers.push_back(options.english ? column.en : column.zh);
  auto sheet = SheetFileWriter::create(path, sheetName(kind, options.english), headers);
  if (!sheet) return sheet.error();
  ListQuery query;
  query.kind = kind;
  query.target = target;
  query.search = options.search;
  query.includeMovedOut = options.includeMovedOut;
  ListTable table(database, &cipher, query);
  auto total = table.count();
  if (!total) return total.error();
  // Full values of sensitive columns when revealed: the cipher column of the row's own table (or its person).
  std::vector<std::optional<Statement>> plain(spec.columns.size());
  if (options.reveal)
    for (std::size_t i = 0; i < spec.columns.size(); ++i) {
      const ListColumn& column = spec.columns[i];
      if (!column.sensitive) continue;
      const std::string sql =
          kind == ListKind::KeyPersons
              ? "SELECT p.id_cipher FROM key_person t JOIN person p ON p.id = t.person_id WHERE t.id = ?"
              : "SELECT " + column.column + "_cipher FROM " + spec.table + " WHERE id = ?";
      auto statement = database.prepare(sql);
      if (!statement) return statement.error();
      plain[i].emplace(std::move(*statement));
    }
  const bool csv = sheet->csv();
  long long written = 0;
  for (long long offset = 0; offset < *total; offset += 2000) {
    if (progress) {
      if (progress->isCancelled())  // the part file goes with the writer
        return makeError(ErrorCode::Cancelled, "Export cancelled; no file was written.", {.file = path});
      progress->report(static_cast<double>(offset) / static_cast<double>(*total), "exporting");
    }
    auto rows = table.rows(offset, 2000);
    if (!rows) return rows.error();
    for (const ListRow& row : *rows) {
      std::vector<std::string> cells(spec.columns.size());
      for (std::size_t i = 0; i < spec.columns.size(); ++i) {
        std::string value = displayValue(spec.columns[i], row.raw[i], *codes, options.english);
        if (plain[i]) {
          plain[i]->reset();
          plain[i]->bind(1, row.id);
          auto found = plain[i]->step();
          if (!found) return found.error();
          if (*found && !plain[i]->isNull(0)) {
            auto text = cipher.decrypt(plain[i]->blob(0));
            if (!text) return text.error();
            value = *text;
          }
        }
        if (csv) value = spreadsheetSafe(value);  // Excel and WPS evaluate =, +, -, @ cells of a CSV
        cells[i] = std::move(value);
      }
      if (auto s = sheet->addRow(cells, written + 2); !s) return s.error();
      ++written;
    }
  }
  if (auto s = sheet->finish(); !s) return s.error();
  const std::filesystem::path final(path);
  RecordWriter writer(database, clock);
  JsonObject what;
  what.add("list", listCode(kind));
  what.add("scope", levelCode(target.level) + " " + std::to_string(target.id));
  what.add("file", final.filename().string());
  what.add("rows", written);
  what.add("revealed", static_cast<long long>(options.reveal));
  if (!options.search.empty()) what.add("search", options.search);
  if (auto s = writer.appendAudit(actor, "export", spec.table, -1, {}, what.str(), trimmed(options.reason)); !s)
    return s.error();
  if (progress) progress->report(1.0, "done");
  return written;
}

Result<SheetImportReport> importList(Database& database, const FieldCipher& cipher, const Clock& clock,
                                     const Actor& actor, ListKind kind, const LedgerTarget& target,
                                     const std::string& path, const SheetImportOptions& options, Progress* progress) {
  if (kind != ListKind::KeyPersons && kind != ListKind::KeyPlaces && kind != ListKind::KeyMatters &&
      kind != ListKind::Entries && kind != ListKind::PatrolLogs)
    return makeError(
        ErrorCode::Unsupported,
        "This importer takes key persons, key places, key matters, ledger entries and patrol logs; households and "
        "persons come in with gridctl import DB SHEET (one row per person).",
        {.file = path});
  const ListSpec& spec = listSpec(kind);
  // Any header a column answers to: mapped, Chinese, English or key.
  const KnownHeader known = [&](std::string_view cell) {
    const std::string lower = asciiLower(cell);
    for (const ListColumn& column : spec.columns) {
      if (auto mapped = options.columns.find(column.key);
          mapped != options.columns.end() && asciiLower(mapped->second) == lower)
        return true;
      if (lower == asciiLower(column.zh) || lower == asciiLower(column.en) || lower == column.key) return true;
    }
    return false;
  };
  auto table = readSheetTable(path, known, "Use .xlsx or UTF-8 .csv with the headers in one of the first rows.");
  if (!table) return table.error();
  // Sheet column → spec key, by mapping, Chinese header, English header or key.
  std::map<int, std::string> keyOf;
  std::map<std::string, std::string> headerOf;
  std::string available;
  for (std::size_t i = 0; i < table->header.size(); ++i) available += (i ? "、" : "") + table->header[i];
  auto columnOf = [&](const std::string& header) {
    for (std::size_t i = 0; i < table->header.size(); ++i)
      if (asciiLower(table->header[i]) == asciiLower(header)) return static_cast<int>(i);
    return -1;
  };
  for (const ListColumn& column : spec.columns) {
    std::vector<std::string> candidates;
    if (auto mapped = options.columns.find(column.key); mapped != options.columns.end())
      candidates.push_back(mapped->second);
    candidates.insert(candidates.end(), {column.zh, column.en, column.key});
    for (const std::string& header : candidates) {
      const int index = columnOf(header);
      if (index < 0) continue;
      const bool writable =
          !column.column.empty() || column.key == "id" || (kind == ListKind::KeyPersons && column.key == "id_number");
      if (writable) {
        if (auto taken = keyOf.find(index); taken != keyOf.end() && taken->second != column.key) break;
        keyOf[index] = column.key;
      }
      headerOf[column.key] = header;
      // Two columns for one field would leave it to chance which one is read.
      if (const int other = otherColumnNamed(table->header, index, candidates); other >= 0)
        return makeError(ErrorCode::InvalidInput,
                         "The sheet has two columns for " + column.zh + " (columns " + std::to_string(index + 1) +
                             " and " + std::to_string(other + 1) + "). Delete or rename one of them.",
                         {.file = path});
      break;
    }
    headerOf.emplace(column.key, column.zh);
  }
  for (const ListColumn& column : spec.columns) {
    const bool present = std::any_of(keyOf.begin(), keyOf.end(), [&](const auto& k) { return k.second == column.key; });
    const bool alternative =
        kind == ListKind::KeyPersons && column.key == "person_id" &&
        std::any_of(keyOf.begin(), keyOf.end(), [](const auto& k) { return k.second == "id_number"; });
    const bool defaulted = kind == ListKind::Entries && column.key == "recorded_at";
    if (column.required && !present && !alternative && !defaulted)
      return makeError(ErrorCode::InvalidInput,
                       "The sheet has no column " + column.zh + " (it has: " + available +
                           "). Rename the header or map it with --map " + column.key + "=HEADER.",
                       {.file = path});
  }
  auto codes = CodeBook::load(database);
  if (!codes) return codes.error();
  SaveContext context{database, cipher, *codes, clock, actor, target};
  SheetImportReport report;
  report.headerRow = table->headerRow;
  Transaction transaction(database);
  if (!transaction.begun()) return transaction.begun().error();
  const long long total = static_cast<long long>(table->rows.size());
  long long index = 0;
  std::set<long long> invalid;
  std::map<std::string, long long> rowOfNumber;
  for (std::size_t r = 0; r < table->rows.size(); ++r) {
    ++index;
    const long long row = table->rowNumbers[r];
    if (progress && index % 200 == 0) {
      if (progress->isCancelled())
        return makeError(ErrorCode::Cancelled, "Import cancelled; nothing was written.", {.file = path});
      progress->report(total > 0 ? static_cast<double>(index) / static_cast<double>(total) : 0.5, "importing");
    }
    RecordValues values;
    bool blank = true;
    for (const auto& [field, key] : keyOf) {
      const std::vector<std::string>& cells = table->rows[r];
      std::string text = static_cast<std::size_t>(field) < cells.size()
                             ? trimmed(withoutSpreadsheetGuard(cells[static_cast<std::size_t>(field)]))
                             : "";
      blank &= text.empty();
      values[key] = text;
    }
    if (blank) continue;  // trailing empty rows of a sheet
    ++report.rows;
    long long id = -1;
    if (auto number = values.find("id"); number != values.end() && !number->second.empty()) {
      // One row per record: a second row with the same 编号 would silently overwrite the first.
      if (auto [first, fresh] = rowOfNumber.emplace(number->second, row); !fresh) {
        invalid.insert(row);
        report.issues.push_back({row, headerOf.count("id") ? headerOf.at("id") : "编号",
                                 "编号 " + number->second + " is already on row " + std::to_string(first->second) +
                                     "; keep one row per record"});
        continue;
      }
      auto statement = database.prepare("SELECT id FROM " + spec.table + " WHERE id = ?");
      if (!statement) return statement.error();
      char* end = nullptr;
      const long long wanted = std::strtoll(number->second.c_str(), &end, 10);
      statement->bind(1, wanted);
      auto exists = statement->step();
      if (!exists) return exists.error();
      if (*exists && *end == '\0') id = wanted, values.erase(number);
    }
    if (kind == ListKind::KeyPersons && values.count("person_id") && !values.at("person_id").empty())
      values.erase("id_number");  // the person number decides; the ID number column is masked in exports
    if (kind == ListKind::Entries && !values.count("recorded_at")) values["recorded_at"] = clock.today();
    std::vector<FieldIssue> issues;
    auto saved = saveRecord(context, kind, id, values, &issues);
    if (saved) {
      ++report.recordsWritten;
      continue;
    }
    if (issues.empty()) {
      if (saved.error().code != ErrorCode::InvalidInput && saved.error().code != ErrorCode::Conflict)
        return saved.error();
      issues.push_back({saved.error().context.field, saved.error().message});
    }
    invalid.insert(row);
    for (const FieldIssue& issue : issues)
      report.issues.push_back({row, headerOf.count(issue.key) ? headerOf.at(issue.key) : issue.key, issue.message});
  }
  report.invalidRows = static_cast<long long>(invalid.size());
  if (report.rows == 0)
    return makeError(ErrorCode::InvalidInput, "The sheet has a header but no rows.", {.file = path});
  if (options.dryRun || (!report.issues.empty() && !options.skipInvalid)) {
    report.recordsWritten = 0;
    return report;  // rolled back
  }
  RecordWriter writer(database, clock);
  JsonObject summary;
  summary.add("source", std::filesystem::path(path).filename().string());
  summary.add("list", listCode(kind));
  summary.add("rows", report.rows);
  summary.add("records", report.recordsWritten);
  summary.add("skipped_rows", report.invalidRows);
  if (auto s = writer.appendAudit(actor, "import", spec.table, -1, {}, summary.str(), "gridctl import (list)"); !s)
    return s.error();
  if (auto s = transaction.commit(); !s) return s.error();
  report.written = true;
  if (progress) progress->report(1.0, "done");
  return report;
}

}  // namespace grid::registry
