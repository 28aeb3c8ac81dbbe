// SPDX-License-Identifier: GPL-2.0-or-later
#include "io/sheet_import.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <unordered_map>

#include "common/clock.h"
#include "io/gdal_dataset.h"
#include "ledger/id_number.h"
#include "ledger/phone.h"
#include "ledger/text_util.h"
#include "security/crypto.h"
#include "storage/bulk_inserter.h"
#include "storage/bulk_load_indexes.h"
#include "storage/grid_stats.h"
#include "storage/database.h"
#include "storage/json.h"
#include "storage/record_writer.h"

namespace grid {
namespace {


//! Target fields, their accepted headers, and whether a sheet must have them.
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

bool validUtf8(const std::string& text) {
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const int length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + length > text.size()) return false;
    for (int k = 1; k < length; ++k)
      if ((static_cast<unsigned char>(text[i + k]) >> 6) != 0x2) return false;
    i += length;
  }
  return true;
}

struct ParsedRow {
  long long row = 0;
  bool valid = true;
  std::string name, idNumber, idHash, gender, birthDate, relation, accountNumber, mobile, nation, political, education;
  std::string populationType = "registered", householdType = "registered";
  long long buildingId = -1, gridId = -1;
  int unit = 1;
  std::string room;
};

class SheetImporter {
 public:
  SheetImporter(Database& db, const FieldCipher& cipher, const std::string& path, const SheetImportOptions& options,
                const Actor& actor, const Clock& clock, Progress* progress)
      : m_db(db), m_cipher(cipher), m_path(path), m_options(options), m_actor(actor), m_writer(db, clock),
        m_progress(progress) {}

  Result<SheetImportReport> run();

 private:
  Error fail(ErrorCode code, const std::string& message) const { return makeError(code, message, {.file = m_path}); }
  Status open();
  Status loadCodes();
  void issue(ParsedRow& row, const char* target, const std::string& reason) {
    row.valid = false;
    m_report.issues.push_back({row.row, m_headerOf[target], reason});
  }
  std::optional<std::string> code(const char* domain, const std::string& value) const {
    auto d = m_codes.find(domain);
    if (d == m_codes.end()) return std::nullopt;
    auto c = d->second.find(value);
    return c == d->second.end() ? std::nullopt : std::optional<std::string>(c->second);
  }
  Result<ParsedRow> parse(OGRFeature& feature, long long row);
  Status write(std::vector<ParsedRow>& rows);

  Database& m_db;
  const FieldCipher& m_cipher;
  std::string m_path;
  SheetImportOptions m_options;
  Actor m_actor;
  RecordWriter m_writer;
  Progress* m_progress;
  GdalDatasetPtr m_dataset;
  OGRLayer* m_layer = nullptr;
  std::map<std::string, int> m_index;             // target → field index
  std::map<std::string, std::string> m_headerOf;  // target → header text as in the sheet
  std::map<std::string, std::map<std::string, std::string>> m_codes;  // domain → (code or Chinese name → code)
  std::unordered_map<std::string, long long> m_idRows;                // ID number → first row
  std::optional<Statement> m_buildingByCode, m_buildingByName, m_personByHash;
  SheetImportReport m_report;
};

Status SheetImporter::open() {
  const std::string extension = std::filesystem::path(m_path).extension().string();
  if (extension == ".csv" || extension == ".CSV" || extension == ".txt") {
    std::ifstream in(m_path, std::ios::binary);
    std::string head(1 << 20, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    while (!head.empty() && (static_cast<unsigned char>(head.back()) & 0xC0) == 0x80) head.pop_back();  // cut character
    if (!head.empty() && static_cast<unsigned char>(head.back()) >= 0xC0) head.pop_back();
    if (!validUtf8(head))
      return fail(ErrorCode::InvalidInput,
                  "The file is not UTF-8 (Excel saves GBK by default). Save it as \"CSV UTF-8\" or as .xlsx and import again.");
  }
  const char* csvOptions[] = {"AUTODETECT_TYPE=NO", "HEADERS=YES", nullptr};
  auto dataset = openVectorDataset(m_path, extension == ".csv" ? csvOptions : nullptr,
                                   "Use .xlsx or UTF-8 .csv with the headers in the first row.");
  if (!dataset) return dataset.error();
  m_dataset = std::move(*dataset);
  m_layer = m_dataset->GetLayer(0);
  OGRFeatureDefn* definition = m_layer->GetLayerDefn();
  std::string available;
  for (int i = 0; i < definition->GetFieldCount(); ++i)
    available += (i ? "、" : "") + std::string(definition->GetFieldDefn(i)->GetNameRef());
  for (const Column& column : columns()) {
    std::vector<std::string> candidates;
    if (auto mapped = m_options.columns.find(column.target); mapped != m_options.columns.end()) candidates.push_back(mapped->second);
    for (const char* header : column.headers) candidates.emplace_back(header);
    for (const std::string& header : candidates) {
      const int index = definition->GetFieldIndex(header.c_str());
      if (index >= 0) {
        m_index[column.target] = index;
        m_headerOf[column.target] = header;
        break;
      }
    }
    if (!m_index.count(column.target)) {
      m_headerOf[column.target] = column.headers.front();
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
  return statement->forEachRow([&](const Statement& row) {
    auto& domain = m_codes[row.text(0)];
    domain[row.text(1)] = row.text(1);
    domain.emplace(row.text(2), row.text(1));
    if (row.text(0) == "political" && row.text(1) == "01") domain.emplace("党员", "01");
    if (row.text(0) == "political" && row.text(1) == "03") domain.emplace("团员", "03");
    if (row.text(0) == "relation" && row.text(1) == "02") domain.emplace("本人(户主)", "02");
  });
}

Result<ParsedRow> SheetImporter::parse(OGRFeature& feature, long long rowNumber) {
  ParsedRow row;
  row.row = rowNumber;
  auto cell = [&](const char* target) -> std::string {
    auto it = m_index.find(target);
    if (it == m_index.end() || !feature.IsFieldSetAndNotNull(it->second)) return {};
    return trimmed(feature.GetFieldAsString(it->second));
  };
  row.name = cell("name");
  if (row.name.empty()) issue(row, "name", "is empty; enter the person's name");

  const std::string id = cell("id_number");
  std::optional<IdNumberInfo> info;
  if (id.empty()) {
    issue(row, "id_number", "is empty; enter the 18-character ID number");
  } else if (id.find("e+") != std::string::npos || id.find("E+") != std::string::npos) {
    issue(row, "id_number", "was stored as a number in Excel and lost its last digits; format the column as text and re-enter it");
  } else if (auto valid = validateIdNumber(id, todayIso()); !valid) {
    issue(row, "id_number", valid.error().message);
  } else {
    info = *valid;
    row.idNumber = valid->normalized;
    if (auto [it, inserted] = m_idRows.emplace(row.idNumber, rowNumber); !inserted) {
      issue(row, "id_number", "the same ID number is already on row " + std::to_string(it->second) + "; a person is listed once");
    } else {
      row.idHash = m_cipher.lookupHash(row.idNumber);
      m_personByHash->reset();
      m_personByHash->bind(1, row.idHash);
      auto found = m_personByHash->step();
      if (!found) return found.error();
      if (*found)
        issue(row, "id_number", "this person is already registered (person #" + std::to_string(m_personByHash->int64(0)) +
                                    "); edit that record instead of importing it again");
    }
  }
  if (const std::string gender = cell("gender"); !gender.empty()) {
    row.gender = gender == "男" || gender == "M" || gender == "m" ? "M" : gender == "女" || gender == "F" || gender == "f" ? "F" : "";
    if (row.gender.empty()) issue(row, "gender", "\"" + gender + "\" is not 男 or 女");
    else if (info && row.gender != (info->sex == Sex::Male ? "M" : "F"))
      issue(row, "gender", "\"" + gender + "\" does not match the ID number (its 17th digit says " +
                               (info->sex == Sex::Male ? "男" : "女") + "); check both");
  } else if (info) {
    row.gender = info->sex == Sex::Male ? "M" : "F";
  }
  if (const std::string birth = cell("birth_date"); !birth.empty()) {
    row.birthDate = parseDate(birth);
    if (row.birthDate.empty()) issue(row, "birth_date", "\"" + birth + "\" is not a date (use 1985-03-17)");
    else if (info && row.birthDate.substr(0, 4) + row.birthDate.substr(5, 2) + row.birthDate.substr(8, 2) != row.idNumber.substr(6, 8))
      issue(row, "birth_date", birth + " does not match the birth date in the ID number; check both");
  } else if (info) {
    row.birthDate = row.idNumber.substr(6, 4) + "-" + row.idNumber.substr(10, 2) + "-" + row.idNumber.substr(12, 2);
  }
  const std::string relation = cell("relation");
  if (relation.empty()) issue(row, "relation", "is empty; enter 户主 for the head or the relation to the head (配偶, 子, 女 …)");
  else if (auto c = code("relation", relation)) row.relation = *c;
  else issue(row, "relation", "\"" + relation + "\" is not a GB/T 4761 relation (e.g. 户主, 配偶, 子, 女, 父亲)");
  row.accountNumber = cell("account_number");

  const std::string building = cell("building");
  if (building.empty()) {
    issue(row, "building", "is empty; enter the building code or name");
  } else {
    Statement& lookup = building.size() == 18 && allDigits(building) ? *m_buildingByCode : *m_buildingByName;
    lookup.reset();
    lookup.bind(1, building);
    auto found = lookup.step();
    if (!found) return found.error();
    if (!*found) {
      issue(row, "building", "no building \"" + building + "\" in the database; check it or import the buildings first");
    } else {
      row.buildingId = lookup.int64(0);
      row.gridId = lookup.isNull(1) ? -1 : lookup.int64(1);
    }
  }
  if (const std::string unit = cell("unit"); !unit.empty()) {
    std::string digits;
    for (char c : unit)
      if (c >= '0' && c <= '9') digits += c;
    if (digits.empty() || digits.size() > 2 || std::stoi(digits) < 1) issue(row, "unit", "\"" + unit + "\" is not a unit number (1, 2, 3单元)");
    else row.unit = std::stoi(digits);
  }
  row.room = cell("room");
  if (row.room.empty() || row.room.size() > 12) issue(row, "room", row.room.empty() ? "is empty; enter the room number (1203)" : "is too long");

  if (const std::string phone = cell("mobile"); !phone.empty()) {
    if (auto valid = validatePhone(phone); !valid) issue(row, "mobile", valid.error().message);
    else row.mobile = valid->normalized;
  }
  auto coded = [&](const char* target, const char* domain, std::string& out, const char* example) {
    const std::string value = cell(target);
    if (value.empty()) return;
    if (auto c = code(domain, value)) out = *c;
    else issue(row, target, "\"" + value + "\" is not in the code table (e.g. " + example + ")");
  };
  coded("nation", "nation", row.nation, "汉族");
  coded("political", "political", row.political, "群众, 中国共产党党员");
  coded("education", "education", row.education, "大学本科");
  coded("population_type", "population_type", row.populationType, "户籍人口, 流动人口");
  coded("household_type", "household_type", row.householdType, "户籍户, 出租户");
  return row;
}

Status SheetImporter::write(std::vector<ParsedRow>& rows) {
  // Households: rows of one dwelling and 户号, in sheet order.
  std::map<std::tuple<long long, int, std::string, std::string>, std::vector<ParsedRow*>> households;
  for (ParsedRow& row : rows)
    if (row.valid) households[{row.buildingId, row.unit, row.room, row.accountNumber}].push_back(&row);

  auto house = BulkInserter::create(m_db, "house", {"id", "building_id", "unit_no", "floor", "room_no"});
  auto household = BulkInserter::create(m_db, "household", {"id", "grid_id", "house_id", "building_id", "account_number",
                                                            "household_type", "head_person_id", "members_count",
                                                            "source_state", "created_by"});
  auto person = BulkInserter::create(m_db, "person", {"id", "household_id", "grid_id", "name", "id_type", "id_cipher", "id_hmac",
                                                      "id_masked", "gender", "birth_date", "population_type", "relation_code",
                                                      "political_code", "nation_code", "education_code", "mobile_cipher",
                                                      "mobile_masked", "source_state", "created_by"});
  if (!house) return house.error();
  if (!household) return household.error();
  if (!person) return person.error();
  auto findHouse = m_db.prepare("SELECT id FROM house WHERE building_id = ? AND unit_no = ? AND room_no = ?");
  if (!findHouse) return findHouse.error();
  auto next = [&](const char* table) -> Result<long long> {
    return m_db.queryInt(std::string("SELECT coalesce(max(id), 0) + 1 FROM ") + table);
  };
  auto nextHouse = next("house"), nextHousehold = next("household"), nextPerson = next("person");
  if (!nextHouse || !nextHousehold || !nextPerson) return makeError(ErrorCode::Database, "cannot read record ids");
  long long houseId = *nextHouse, householdId = *nextHousehold, personId = *nextPerson;

  for (auto& [key, members] : households) {
    // Exactly one head per household: a second head row is dropped on its own; a household without one is skipped.
    ParsedRow* head = nullptr;
    for (auto it = members.begin(); it != members.end();) {
      if ((*it)->relation == "02" && head) {
        issue(**it, "relation", "a second 户主 in this household (row " + std::to_string(head->row) +
                                    " is the first); a household has one head");
        it = members.erase(it);
        continue;
      }
      if ((*it)->relation == "02") head = *it;
      ++it;
    }
    if (!head) {
      issue(*members.front(), "relation",
            "the household in room " + members.front()->room + " has no 户主, so its " + std::to_string(members.size()) +
                " row(s) cannot be imported; mark its head as 户主");
      continue;
    }
    const auto& [buildingId, unit, room, account] = key;
    findHouse->reset();
    findHouse->bind(1, buildingId).bind(2, unit).bind(3, room);
    auto found = findHouse->step();
    if (!found) return found.error();
    long long dwelling;
    if (*found) {
      dwelling = findHouse->int64(0);
    } else {
      dwelling = houseId++;
      const int floor = floorOfRoom(room);
      if (auto s = house->insert({dwelling, buildingId, static_cast<long long>(unit), static_cast<long long>(floor), room}); !s) return s;
      ++m_report.dwellingsCreated;
    }
    const long long gridId = members.front()->gridId;
    const long long thisHousehold = householdId++;
    const long long headId = personId + (std::find(members.begin(), members.end(), head) - members.begin());
    if (auto s = household->insert({thisHousehold, gridId >= 0 ? Value(gridId) : null(), dwelling, buildingId,
                                    account.empty() ? null() : Value(account), head->householdType, headId,
                                    static_cast<long long>(members.size()), "imported", m_actor.name});
        !s)
      return s;
    ++m_report.householdsWritten;
    for (ParsedRow* member : members) {
      auto optional = [](const std::string& value) { return value.empty() ? null() : Value(value); };
      Value mobileCipher = null(), mobileMasked = null();
      if (!member->mobile.empty()) {
        mobileCipher = m_cipher.encrypt(member->mobile);
        mobileMasked = maskPhone(member->mobile);
      }
      if (auto s = person->insert({personId++, thisHousehold, gridId >= 0 ? Value(gridId) : null(), member->name, "resident_id",
                                   m_cipher.encrypt(member->idNumber), member->idHash,
                                   maskIdNumber(member->idNumber), optional(member->gender), optional(member->birthDate),
                                   member->populationType, member->relation, optional(member->political),
                                   optional(member->nation), optional(member->education), mobileCipher, mobileMasked,
                                   "imported", m_actor.name});
          !s)
        return s;
      ++m_report.personsWritten;
    }
  }
  return {};
}

Result<SheetImportReport> SheetImporter::run() {
  XlsxAsText xlsxAsText;
  if (auto s = open(); !s) return s.error();
  if (auto s = loadCodes(); !s) return s.error();
  auto byCode = m_db.prepare("SELECT id, grid_id FROM building WHERE building_code = ? AND logout = 0");
  auto byName = m_db.prepare("SELECT id, grid_id FROM building WHERE name = ? AND logout = 0 ORDER BY id LIMIT 1");
  auto byHash = m_db.prepare("SELECT id FROM person WHERE id_hmac = ? AND logout = 0 LIMIT 1");
  if (!byCode) return byCode.error();
  if (!byName) return byName.error();
  if (!byHash) return byHash.error();
  m_buildingByCode.emplace(std::move(*byCode));
  m_buildingByName.emplace(std::move(*byName));
  m_personByHash.emplace(std::move(*byHash));

  // One transaction from the first lookup on: outside one, every lookup takes and drops SQLite's file locks. A
  // bounded 256 MB page cache keeps random-key index work (dwellings, ID hashes) off the disk.
  CacheSizeScope cache(m_db, 256);
  Transaction transaction(m_db);
  if (!transaction.begun()) return transaction.begun().error();
  const long long total = m_layer->GetFeatureCount(TRUE);
  std::vector<ParsedRow> rows;
  rows.reserve(total > 0 ? static_cast<std::size_t>(total) : 0);
  m_layer->ResetReading();
  long long index = 0;
  for (std::unique_ptr<OGRFeature> feature(m_layer->GetNextFeature()); feature; feature.reset(m_layer->GetNextFeature())) {
    ++index;
    // Data rows start under the header (row 1); GDAL numbers them from 1 (CSV) or by sheet row (XLSX).
    const long long fid = feature->GetFID();
    const long long rowNumber = std::string(m_dataset->GetDriverName()) == "XLSX" && fid >= 2 ? fid : index + 1;
    if (m_progress && index % 5000 == 0) {
      if (m_progress->isCancelled()) return makeError(ErrorCode::Cancelled, "Import cancelled; nothing was written.");
      m_progress->report(total > 0 ? 0.7 * static_cast<double>(index) / static_cast<double>(total) : 0.3, "checking rows");
    }
    auto row = parse(*feature, rowNumber);
    if (!row) return row.error();
    rows.push_back(std::move(*row));
  }
  m_report.rows = static_cast<long long>(rows.size());
  if (rows.empty()) return fail(ErrorCode::InvalidInput, "The sheet has a header but no rows.");
  if (m_progress) m_progress->report(0.75, "writing");
  // A load that is large next to what the tables hold is faster with their indexes rebuilt afterwards.
  // Large loads rebuild indexes and recount grid_stats once instead of maintaining them row by row.
  std::optional<BulkLoadIndexes> indexes;
  std::optional<GridStatsSuspension> stats;
  auto existing = m_db.queryInt("SELECT count(*) FROM person");
  if (!existing) return existing.error();
  if (rows.size() > 50000) {
    for (auto* lookup : {&m_buildingByCode, &m_buildingByName, &m_personByHash}) (*lookup)->reset();  // no open cursors
    auto suspended = GridStatsSuspension::begin(m_db);
    if (!suspended) return suspended.error();
    stats.emplace(std::move(*suspended));
    if (static_cast<long long>(rows.size()) > *existing / 2) {
      auto dropped = BulkLoadIndexes::drop(m_db, {"person", "household", "house"}, {"household_head"});
      if (!dropped) return dropped.error();
      indexes.emplace(std::move(*dropped));
    }
  }
  if (auto s = write(rows); !s) return s.error();
  if (indexes) {
    if (m_progress) m_progress->report(0.95, "indexes");
    if (auto s = indexes->finish(); !s) return s.error();
  }
  if (stats)
    if (auto s = stats->finish(); !s) return s.error();
  std::set<long long> invalid;
  for (const SheetIssue& i : m_report.issues) invalid.insert(i.row);
  m_report.invalidRows = static_cast<long long>(invalid.size());
  std::sort(m_report.issues.begin(), m_report.issues.end(),
            [](const SheetIssue& a, const SheetIssue& b) { return a.row < b.row; });
  if (m_options.dryRun || (!m_report.issues.empty() && !m_options.skipInvalid)) {
    m_report.personsWritten = m_report.householdsWritten = m_report.dwellingsCreated = 0;
    return m_report;  // rolled back
  }
  JsonObject summary;
  summary.add("source", std::filesystem::path(m_path).filename().string());
  summary.add("rows", m_report.rows);
  summary.add("persons", m_report.personsWritten);
  summary.add("households", m_report.householdsWritten);
  summary.add("skipped_rows", m_report.invalidRows);
  if (auto s = m_writer.appendAudit(m_actor, "import", "person", -1, {}, summary.str(), "gridctl import (sheet)"); !s) return s.error();
  if (auto s = transaction.commit(); !s) return s.error();
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
