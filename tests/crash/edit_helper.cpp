// SPDX-License-Identifier: GPL-2.0-or-later
// The workstation's edit path without a window, for the crash-consistency test: random person, household and key
// place edits through libgrid's saveRecord (what the ledger window's undoable commands call), one audited
// transaction each, bound to the record's grid ledger. Prints "edit N" after each committed edit, until killed.
//   edit_helper DB [SEED]
#include <cstdio>
#include <random>
#include <string>

#include "common/clock.h"
#include "registry/list_spec.h"
#include "registry/record_edit.h"
#include "storage/database.h"
#include "storage/database_key.h"

using namespace grid;
using namespace grid::registry;

int main(int argc, char** argv) {
  if (argc < 2) return std::fprintf(stderr, "usage: edit_helper DB [SEED]\n"), 2;
  auto db = Database::open(argv[1]);
  if (!db) return std::fprintf(stderr, "%s\n", db.error().describe().c_str()), 2;
  auto key = loadDatabaseKey(**db);
  if (!key) return std::fprintf(stderr, "%s\n", key.error().describe().c_str()), 2;
  auto codes = CodeBook::load(**db);
  if (!codes) return std::fprintf(stderr, "%s\n", codes.error().describe().c_str()), 2;
  std::mt19937_64 random(argc > 2 ? std::stoull(argv[2]) : 1);
  SystemClock clock;
  const Actor actor = Actor::system("crash-edit-helper");
  auto pick = [&](const std::string& sql) {
    auto id = (*db)->queryInt(sql + " ORDER BY random() LIMIT 1");
    return id ? *id : -1LL;
  };
  for (long long done = 0;;) {
    const int kind = static_cast<int>(random() % 3);
    const long long id = kind == 0   ? pick("SELECT id FROM person WHERE logout = 0 AND grid_id IS NOT NULL")
                         : kind == 1 ? pick("SELECT id FROM household WHERE logout = 0 AND grid_id IS NOT NULL")
                                     : pick("SELECT id FROM key_place WHERE grid_id IS NOT NULL");
    if (id < 0) continue;
    const char* table = kind == 0 ? "person" : kind == 1 ? "household" : "key_place";
    auto grid = (*db)->queryInt(std::string("SELECT grid_id FROM ") + table + " WHERE id = " + std::to_string(id));
    if (!grid) return std::fprintf(stderr, "%s\n", grid.error().describe().c_str()), 2;
    SaveContext context{**db, *key, *codes, clock, actor, {LedgerLevel::Grid, *grid}};
    const std::string suffix = std::to_string(random() % 100000);
    RecordValues values;
    ListKind list = ListKind::Persons;
    if (kind == 0) values = {{"mobile", "139" + std::string(8 - suffix.size(), '0') + suffix}};
    if (kind == 1) list = ListKind::Households, values = {{"tags", "巡查" + suffix}};
    if (kind == 2) list = ListKind::KeyPlaces, values = {{"name", "场所" + suffix}};
    auto saved = saveRecord(context, list, id, values);
    if (!saved) return std::fprintf(stderr, "edit %lld failed: %s\n", done, saved.error().describe().c_str()), 1;
    std::printf("edit %lld\n", ++done);
    std::fflush(stdout);
  }
}
