// SPDX-License-Identifier: GPL-2.0-or-later
// The list importer (key places, persons, matters, entries) on any bytes, bound to one grid's ledger: never crashes,
// and every record outside that grid is exactly as before (compared inside the transaction, which is rolled back).
#include <cstdio>
#include <cstdlib>

#include "fuzz_support.h"
#include "registry/ledger_profile.h"
#include "registry/list_sheet.h"
#include "storage/database.h"

using namespace grid;
using namespace grid::registry;

namespace {

//! Every key place, key person, key matter and ledger entry that lies outside grid \a grid, as text.
std::string outside(Database& db, long long grid) {
  const std::string g = std::to_string(grid);
  auto text = db.queryText(
      "SELECT coalesce((SELECT group_concat(id || ':' || name || ':' || coalesce(grid_id, '-') || ':' || "
      "coalesce(building_id, '-') || ':' || coalesce(AsText(geom), '-'), ',') FROM (SELECT * FROM key_place WHERE "
      "coalesce(grid_id, -1) <> " +
      g +
      " ORDER BY id)), '') || '|' || coalesce((SELECT group_concat(id || ':' || "
      "person_id || ':' || coalesce(grid_id, '-') || ':' || attention_level, ',') FROM (SELECT * FROM key_person WHERE "
      "coalesce(grid_id, -1) <> " +
      g +
      " ORDER BY id)), '') || '|' || coalesce((SELECT group_concat(id || ':' || "
      "subject || ':' || coalesce(grid_id, '-'), ',') FROM (SELECT * FROM key_matter WHERE coalesce(grid_id, -1) <> " +
      g +
      " ORDER BY id)), '') || '|' || coalesce((SELECT group_concat(id || ':' || title, ',') FROM (SELECT * FROM "
      "ledger_entry WHERE NOT (ledger_level = 'grid' AND target_id = " +
      g + ") ORDER BY id)), '')");
  if (!text) std::fprintf(stderr, "fuzz: %s\n", text.error().describe().c_str()), std::abort();
  return *text;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  fuzz::District& d = fuzz::district();
  static const ListKind kinds[] = {ListKind::KeyPlaces, ListKind::KeyPersons, ListKind::KeyMatters, ListKind::Entries};
  const ListKind kind = kinds[data[0] % 4];
  const std::string path = fuzz::writeInput("list.csv", data + 1, size - 1);
  static const LedgerTarget target = [&] {
    auto parsed = parseLedgerTarget(*d.db, "grid:" + d.ledgerGrid);
    if (!parsed) std::abort();
    return *parsed;
  }();
  static const std::string before = outside(*d.db, target.id);
  Transaction keep(*d.db);  // never committed
  SheetImportOptions options;
  options.skipInvalid = true;
  auto report = importList(*d.db, *d.key, d.clock, d.actor, kind, target, path, options);
  if (!report) {
    if (report.error().message.empty()) std::abort();
    return 0;
  }
  if (outside(*d.db, target.id) != before) {
    std::fprintf(stderr, "fuzz: the import changed a record outside grid %s\n", d.ledgerGrid.c_str());
    std::abort();
  }
  return 0;
}
