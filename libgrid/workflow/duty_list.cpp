// SPDX-License-Identifier: GPL-2.0-or-later
#include "workflow/duty_list.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <mutex>
#include <set>
#include <tuple>

#include "io/gdal_dataset.h"
#include "io/sheet_table.h"
#include "ledger/field_text.h"
#include "ledger/text_util.h"
#include "storage/database.h"
#include "storage/json.h"
#include "storage/record_writer.h"

namespace grid::workflow {
namespace {

const std::vector<std::string>& headers() {
  static const std::vector<std::string> names = {"大类代码",     "小类代码", "事项名称", "首办层级",
                                                 "责任部门类型", "黄牌受理", "黄牌办理", "黄牌验证",
                                                 "红牌受理",     "红牌办理", "红牌验证", "法律依据"};
  return names;
}

}  // namespace

Result<DutyImportReport> importDutyList(Database& db, const Clock& clock, const std::string& path, bool dryRun) {
  auto known = [](std::string_view cell) {
    const std::string text = trimmed(cell);
    return std::find(headers().begin(), headers().end(), text) != headers().end();
  };
  auto table =
      readSheetTable(path, known, "a duty list is .xlsx or .csv with the headers of gridctl events export-duties");
  if (!table) return table.error();
  std::map<std::string, int> column;
  for (std::size_t i = 0; i < table->header.size(); ++i) {
    const std::string name = trimmed(table->header[i]);
    if (std::find(headers().begin(), headers().end(), name) == headers().end()) continue;
    if (column.count(name))
      return makeError(ErrorCode::InvalidInput, "two columns are headed " + name + "; keep one",
                       {.file = path, .column = name});
    column[name] = static_cast<int>(i);
  }
  for (const char* required : {"大类代码", "事项名称", "首办层级", "红牌办理"})
    if (!column.count(required))
      return makeError(
          ErrorCode::InvalidInput,
          std::string("no column headed ") + required + " (see gridctl events export-duties for the format)",
          {.file = path});
  std::set<std::string> classes;
  {
    auto statement = db.prepare("SELECT code FROM main.code_value WHERE domain = 'event_domain'");
    if (!statement) return statement.error();
    if (auto s = statement->forEachRow([&](const Statement& r) { classes.insert(r.text(0)); }); !s) return s.error();
  }
  DutyImportReport report;
  struct Row {
    std::string domain, type, name, level, department, legal;
    int limits[6] = {1, 5, 1, 2, 10, 2};
  };
  std::vector<Row> rows;
  std::set<std::string> seen;
  const char* limitColumns[6] = {"黄牌受理", "黄牌办理", "黄牌验证", "红牌受理", "红牌办理", "红牌验证"};
  for (std::size_t r = 0; r < table->rows.size(); ++r) {
    const long long sheetRow = table->rowNumbers[r];
    auto cell = [&](const char* name) -> std::string {
      auto it = column.find(name);
      return it == column.end() ? std::string() : trimmed(table->rows[r][static_cast<std::size_t>(it->second)]);
    };
    auto problem = [&](const char* name, const std::string& reason) {
      report.problems.push_back({sheetRow, name, reason});
    };
    Row row;
    row.domain = cell("大类代码");
    row.type = cell("小类代码");
    if (row.domain.empty() && row.type.empty() && cell("事项名称").empty()) continue;  // blank row
    ++report.rows;
    if (!classes.count(row.domain))
      problem("大类代码", "unknown class '" + row.domain + "' (gridctl events classes lists them)");
    if (!row.type.empty() && row.type.rfind(row.domain + "_", 0) != 0)
      problem("小类代码", "an item code starts with its class code and '_', e.g. " + row.domain + "_01");
    for (const auto& [name, field, target] : {std::tuple{"事项名称", TextField::Name, &row.name},
                                              std::tuple{"责任部门类型", TextField::Short, &row.department},
                                              std::tuple{"法律依据", TextField::Note, &row.legal}}) {
      auto cleaned = cleanFieldText(cell(name), field);
      if (!cleaned)
        problem(name, cleaned.error().message);
      else
        *target = *cleaned;
    }
    if (row.name.empty()) problem("事项名称", "an item needs a name");
    row.level = cell("首办层级");
    if (row.level != "grid" && row.level != "community" && row.level != "street" && row.level != "district")
      problem("首办层级", "the first level is grid, community, street or district, not '" + row.level + "'");
    for (int i = 0; i < 6; ++i) {
      const std::string text = cell(limitColumns[i]);
      if (text.empty()) continue;  // the default
      if (text.size() > 3 || !std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); }) ||
          std::stoi(text) < 1 || std::stoi(text) > 365)
        problem(limitColumns[i], "a limit is 1 to 365 working days, not '" + text + "'");
      else
        row.limits[i] = std::stoi(text);
    }
    for (int i = 0; i < 3; ++i)
      if (row.limits[i] > row.limits[i + 3])
        problem(limitColumns[i + 3], "the red limit comes after the yellow one (" + std::to_string(row.limits[i]) +
                                         " > " + std::to_string(row.limits[i + 3]) + ")");
    if (!seen.insert(row.domain + "|" + row.type).second) problem("小类代码", "this class and item are listed twice");
    rows.push_back(row);
  }
  if (dryRun || !report.problems.empty()) return report;

  RecordWriter writer(db, clock);
  const Actor actor = Actor::system("gridctl events import-duties");
  Transaction transaction(db);
  if (!transaction.begun()) return transaction.begun().error();
  for (const Row& row : rows) {
    if (!row.type.empty()) {  // a new item joins the item table
      auto exists = db.prepare("SELECT 1 FROM main.code_value WHERE domain = 'event_type' AND code = ?");
      if (!exists) return exists.error();
      exists->bind(1, row.type);
      auto found = exists->step();
      if (!found) return found.error();
      if (!*found) {
        exists = Error{};
        // Code tables are administration: the item is written directly (code_value has no id) and audited.
        if (auto s = requirePermission(db, "user", "admin"); !s) return s.error();
        auto add = db.prepare(
            "INSERT INTO main.code_value (domain, code, name_zh, name_en, parent_code, sort_order) "
            "VALUES ('event_type', ?, ?, ?, ?, 9999)");
        if (!add) return add.error();
        add->bind(1, row.type).bind(2, row.name).bind(3, row.name).bind(4, row.domain);
        if (auto s = add->run(); !s) return s.error();
        JsonObject item;
        item.add("domain", std::string("event_type"));
        item.add("code", row.type);
        item.add("name_zh", row.name);
        if (auto s = writer.appendAudit(actor, "insert", "code_value", 0, {}, item.str()); !s) return s.error();
        ++report.newItems;
      }
    }
    auto existing =
        db.prepare("SELECT id FROM main.duty_catalogue WHERE domain_code = ? AND coalesce(type_code, '') = ?");
    if (!existing) return existing.error();
    existing->bind(1, row.domain).bind(2, row.type);
    auto found = existing->step();
    if (!found) return found.error();
    const long long id = *found ? existing->int64(0) : -1;
    existing = Error{};
    Fields fields = {{"domain_code", Value(row.domain)},
                     {"item_name", Value(row.name)},
                     {"org_level", Value(row.level)},
                     {"yellow_accept_days", Value(static_cast<long long>(row.limits[0]))},
                     {"yellow_handle_days", Value(static_cast<long long>(row.limits[1]))},
                     {"yellow_verify_days", Value(static_cast<long long>(row.limits[2]))},
                     {"red_accept_days", Value(static_cast<long long>(row.limits[3]))},
                     {"red_handle_days", Value(static_cast<long long>(row.limits[4]))},
                     {"red_verify_days", Value(static_cast<long long>(row.limits[5]))}};
    fields.push_back({"type_code", row.type.empty() ? null() : Value(row.type)});
    fields.push_back({"department_type", row.department.empty() ? null() : Value(row.department)});
    fields.push_back({"legal_basis", row.legal.empty() ? null() : Value(row.legal)});
    if (id > 0) {
      if (auto s = writer.update(actor, "duty_catalogue", id, fields); !s) return s.error();
      ++report.updated;
    } else {
      auto added = writer.insert(actor, "duty_catalogue", fields);
      if (!added) return added.error();
      ++report.added;
    }
  }
  if (auto s = transaction.commit(); !s) return s.error();
  return report;
}

Result<long long> exportDutyList(Database& db, const std::string& path) {
  auto sheet = SheetFileWriter::create(path, "职责清单", headers());
  if (!sheet) return sheet.error();
  auto statement = db.prepare(
      "SELECT domain_code, coalesce(type_code, ''), coalesce(item_name, ''), coalesce(org_level, 'grid'), "
      "coalesce(department_type, ''), yellow_accept_days, yellow_handle_days, yellow_verify_days, red_accept_days, "
      "red_handle_days, red_verify_days, coalesce(legal_basis, '') FROM main.duty_catalogue "
      "ORDER BY domain_code, type_code IS NOT NULL, type_code");
  if (!statement) return statement.error();
  long long written = 0;
  Status failed;
  if (auto s = statement->forEachRow([&](const Statement& row) {
        std::vector<std::string> cells;
        for (int i = 0; i < 12; ++i) cells.push_back(sheet->csv() ? spreadsheetSafe(row.text(i)) : row.text(i));
        if (failed) failed = sheet->addRow(cells, written + 2);
        ++written;
      });
      !s)
    return s.error();
  if (!failed) return failed.error();
  if (auto s = sheet->finish(); !s) return s.error();
  return written;
}

}  // namespace grid::workflow
