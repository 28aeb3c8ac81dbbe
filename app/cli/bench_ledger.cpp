// SPDX-License-Identifier: GPL-2.0-or-later
// gridctl bench ledger: person lookups and grid ledgers opened, on any database (figures only).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <random>

#include "access/session.h"
#include "arguments.h"
#include "ledger_commands.h"
#include "registry/ledger_profile.h"
#include "registry/list_table.h"
#include "security/crypto.h"
#include "storage/database.h"

namespace grid::cli {

using namespace grid::registry;

namespace {

double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  return values[std::min(values.size() - 1, static_cast<std::size_t>(p * static_cast<double>(values.size())))];
}

}  // namespace

int runLedgerBenchmark(const std::vector<std::string>& positional, const Options& options) {
  if (positional.size() != 2) return std::cerr << "usage: gridctl bench ledger DB [--samples 1000]\n", 2;
  auto opened = openLedgerDatabase(positional[1]);
  if (!opened) return fail(opened.error());
  Database& db = *opened->db;
  const int samples = std::stoi(option(options, "samples", "1000"));
  using Clock = std::chrono::steady_clock;
  auto ms = [](Clock::time_point since) {
    return std::chrono::duration<double, std::milli>(Clock::now() - since).count();
  };
  auto persons = db.queryInt("SELECT max(id) FROM person");
  auto households = db.queryInt("SELECT count(*) FROM household WHERE logout = 0");
  if (!persons || !households) return fail(persons ? households.error() : persons.error());
  std::printf("bench ledger: %s — %lld households, %lld persons\n", positional[1].c_str(), *households, *persons);
  // Random persons with an ID number: the ID (decrypted here, never printed) and the name are the queries.
  std::mt19937_64 rng(7);
  std::uniform_int_distribution<long long> pick(1, *persons);
  auto person = db.prepare("SELECT id_cipher, name FROM person WHERE id = ? AND id_cipher IS NOT NULL");
  if (!person) return fail(person.error());
  std::vector<std::pair<std::string, std::string>> queries;
  for (int tries = 0; static_cast<int>(queries.size()) < samples && tries < samples * 10; ++tries) {
    person->reset();
    person->bind(1, pick(rng));
    auto row = person->step();
    if (!row) return fail(row.error());
    if (!*row) continue;
    auto id = opened->key.decrypt(person->blob(0));
    if (id) queries.emplace_back(*id, person->text(1));
  }
  std::vector<double> byId, byName;
  long long found = 0, nameHits = 0;
  for (const auto& [id, name] : queries) {
    auto start = Clock::now();
    auto hits = findPersons(db, &opened->key, id, 20);
    byId.push_back(ms(start));
    if (hits && !hits->empty()) ++found;
    start = Clock::now();
    auto named = findPersons(db, &opened->key, name, 50);
    byName.push_back(ms(start));
    if (named) nameHits += static_cast<long long>(named->size());
  }
  std::printf(
      "  person by ID number (keyed hash):  p50 %.3f ms  p99 %.3f ms  max %.3f ms  (%lld of %zu found; goal p99 <= 20 "
      "ms)\n",
      percentile(byId, 0.5), percentile(byId, 0.99), percentile(byId, 1.0), found, queries.size());
  std::printf("  person by name (first 50):         p50 %.3f ms  p99 %.3f ms  max %.3f ms  (%.1f hits per name)\n",
              percentile(byName, 0.5), percentile(byName, 0.99), percentile(byName, 1.0),
              queries.empty() ? 0.0 : static_cast<double>(nameHits) / static_cast<double>(queries.size()));
  // Opening a grid ledger: profile, household count and first page, person count and first page.
  auto grids = db.prepare(
      "SELECT grid_id FROM household WHERE logout = 0 AND grid_id IN (SELECT id FROM grid ORDER BY random() LIMIT 400) "
      "GROUP BY grid_id HAVING count(*) BETWEEN 270 AND 330 LIMIT 100");
  if (!grids) return fail(grids.error());
  std::vector<long long> gridIds;
  if (auto s = grids->forEachRow([&](const Statement& r) { gridIds.push_back(r.int64(0)); }); !s)
    return fail(s.error());
  std::vector<double> opening;
  for (long long grid : gridIds) {
    auto start = Clock::now();
    const LedgerTarget target{LedgerLevel::Grid, grid};
    auto profile = loadLedgerProfile(db, target);
    if (!profile) return fail(profile.error());
    for (ListKind kind : {ListKind::Households, ListKind::Persons}) {
      ListQuery query;
      query.kind = kind;
      query.target = target;
      ListTable table(db, &opened->key, query);
      auto count = table.count();
      auto page = table.rows(0, 100);
      if (!count || !page) return fail(count ? page.error() : count.error());
    }
    opening.push_back(ms(start));
  }
  std::printf(
      "  open a grid ledger of ~300 households (profile + households + persons, first 100 rows each):\n"
      "                                     p50 %.1f ms  p99 %.1f ms  (%zu grids; goal < 100 ms)\n",
      percentile(opening, 0.5), percentile(opening, 0.99), opening.size());
  return 0;
}

}  // namespace grid::cli
