// SPDX-License-Identifier: GPL-2.0-or-later
// A work package edited at random (any bytes as field values, rows added and deleted, as a tampered or broken field
// device could leave it) and merged back: never crashes, a refusal always says why, and no record outside the
// package's grid changes (compared inside a transaction that is rolled back).
//
// Input: a sequence of edits. Byte 0 of each: 0 update, 1 insert, 2 delete (mod 3); then the layer (mod 5), the row
// (mod the layer's rows), the field (mod its fields), a length byte and that many value bytes.
#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <vector>

#include "fuzz_support.h"
#include "packages/work_package.h"
#include "storage/database.h"

using namespace grid;

namespace {

const char* const kLayers[] = {"households", "persons", "key_persons", "key_matters", "patrol_logs"};

//! Households, persons and key persons of the other grids, as text.
std::string outside(Database& db, long long grid) {
  const std::string g = std::to_string(grid);
  auto text = db.queryText(
      "SELECT coalesce((SELECT group_concat(id || ':' || coalesce(grid_id, '-') || ':' || coalesce(tags, '') || ':' || "
      "coalesce(account_number, '') || ':' || logout || ':' || household_type, ',') FROM (SELECT * FROM household "
      "WHERE coalesce(grid_id, -1) <> " +
      g +
      " ORDER BY id)), '') || '|' || coalesce((SELECT group_concat(id || ':' || coalesce(grid_id, '-') || ':' || name "
      "|| ':' || coalesce(work_unit, '') || ':' || coalesce(household_id, '-') || ':' || logout, ',') FROM (SELECT * "
      "FROM person WHERE coalesce(grid_id, -1) <> " +
      g +
      " ORDER BY id)), '') || '|' || coalesce((SELECT group_concat(id || ':' || coalesce(grid_id, '-') || ':' || "
      "attention_level, ',') FROM (SELECT * FROM key_person WHERE coalesce(grid_id, -1) <> " +
      g + " ORDER BY id)), '')");
  if (!text) std::fprintf(stderr, "fuzz: %s\n", text.error().describe().c_str()), std::abort();
  return *text;
}

struct Template {
  std::string path;
  long long grid = -1;
};

const Template& packageTemplate() {
  static const Template made = [] {
    fuzz::District& d = fuzz::sampleDistrict();
    Template t;
    t.path = d.folder + "/template.gpkg";
    const packages::PackageContext context{*d.db, *d.key, d.clock, d.actor};
    auto package = packages::createPackage(context, {{d.ledgerGrid}, "fuzz", t.path, 90});
    if (!package) std::fprintf(stderr, "fuzz: %s\n", package.error().describe().c_str()), std::abort();
    auto grid = d.db->queryInt("SELECT id FROM grid WHERE grid_code = '" + d.ledgerGrid + "'");
    if (!grid) std::abort();
    t.grid = *grid;
    return t;
  }();
  return made;
}

struct Editor {
  sqlite3* db = nullptr;
  explicit Editor(const std::string& path) {
    if (sqlite3_open(path.c_str(), &db) != SQLITE_OK) std::abort();
  }
  ~Editor() { sqlite3_close(db); }
  std::vector<std::string> columns(const char* layer) {
    std::vector<std::string> names;
    sqlite3_stmt* s = nullptr;
    sqlite3_prepare_v2(db, (std::string("PRAGMA table_info(") + layer + ")").c_str(), -1, &s, nullptr);
    while (sqlite3_step(s) == SQLITE_ROW) {
      const std::string name = reinterpret_cast<const char*>(sqlite3_column_text(s, 1));
      if (name != "fid") names.push_back(name);
    }
    sqlite3_finalize(s);
    return names;
  }
  std::vector<long long> fids(const char* layer) {
    std::vector<long long> ids;
    sqlite3_stmt* s = nullptr;
    sqlite3_prepare_v2(db, (std::string("SELECT fid FROM ") + layer + " ORDER BY fid").c_str(), -1, &s, nullptr);
    while (sqlite3_step(s) == SQLITE_ROW) ids.push_back(sqlite3_column_int64(s, 0));
    sqlite3_finalize(s);
    return ids;
  }
  void run(const std::string& sql, const std::string* value, long long fid) {
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr) != SQLITE_OK) return;
    int at = 1;
    if (value) sqlite3_bind_text(s, at++, value->data(), static_cast<int>(value->size()), SQLITE_TRANSIENT);
    if (fid >= 0) sqlite3_bind_int64(s, at, fid);
    sqlite3_step(s);  // a constraint of the file (e.g. NOT NULL) may refuse it, as QField would
    sqlite3_finalize(s);
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::District& d = fuzz::sampleDistrict();
  const Template& t = packageTemplate();
  static const std::string before = outside(*d.db, t.grid);
  const std::string path = d.folder + "/work.gpkg";
  std::filesystem::copy_file(t.path, path, std::filesystem::copy_options::overwrite_existing);
  {
    Editor editor(path);
    std::size_t at = 0;
    auto next = [&]() -> unsigned { return at < size ? data[at++] : 0U; };
    while (at + 4 <= size) {
      const unsigned op = next() % 3;
      const char* layer = kLayers[next() % 5];
      const std::vector<long long> fids = editor.fids(layer);
      const std::vector<std::string> columns = editor.columns(layer);
      const unsigned row = next(), field = next();
      const std::size_t wanted = next();  // read before `size - at`: the order of a call's arguments is unspecified
      const std::size_t length = std::min<std::size_t>(wanted, size - at);
      const std::string value(reinterpret_cast<const char*>(data + at), length);
      at += length;
      const std::string column = columns.empty() ? "fid" : columns[field % columns.size()];
      if (op == 0 && !fids.empty())
        editor.run(std::string("UPDATE ") + layer + " SET \"" + column + "\" = ? WHERE fid = ?", &value,
                   fids[row % fids.size()]);
      else if (op == 1)
        editor.run(std::string("INSERT INTO ") + layer + " (\"" + column + "\") VALUES (?)", &value, -1);
      else if (op == 2 && !fids.empty())
        editor.run(std::string("DELETE FROM ") + layer + " WHERE fid = ?", nullptr, fids[row % fids.size()]);
    }
  }
  Transaction keep(*d.db);  // never committed: every input merges into the same database
  const packages::PackageContext context{*d.db, *d.key, d.clock, d.actor};
  auto report = packages::mergePackage(context, path);
  if (!report) {
    if (report.error().message.empty()) std::abort();
    return 0;
  }
  for (const packages::MergeIssue& issue : report->issues)
    if (issue.kind == "refused" && issue.message.empty()) {
      std::fprintf(stderr, "fuzz: a refusal of %s %lld without a reason\n", issue.layer.c_str(), issue.fid);
      std::abort();
    }
  if (outside(*d.db, t.grid) != before) {
    std::fprintf(stderr, "fuzz: the merge changed a record outside grid %s\n", d.ledgerGrid.c_str());
    std::abort();
  }
  return 0;
}
