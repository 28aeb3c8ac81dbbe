// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/search.h"

#include <algorithm>

#include "security/crypto.h"
#include "storage/database.h"

namespace grid {
namespace {

std::string withoutSeparators(const std::string& text) {
  std::string out;
  for (char c : text)
    if (c != '-' && c != ' ') out += c;
  if (!out.empty() && out.back() == 'x') out.back() = 'X';
  return out;
}

bool isCode(const std::string& text, std::size_t length) {
  return text.size() == length &&
         std::all_of(text.begin(), text.end() - 1, [](char c) { return c >= '0' && c <= '9'; }) &&
         ((text.back() >= '0' && text.back() <= '9') || (length == 18 && text.back() == 'X'));
}

//! The grams of building_search the text must hold (migrations/0020_building_search.sql): its one character, or its
//! pairs of neighbouring characters, ASCII lower-cased as the index is; none for a text of spaces.
std::vector<std::string> searchGrams(const std::string& text) {
  std::vector<std::string> characters;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t length = 1;
    const auto lead = static_cast<unsigned char>(text[at]);
    if (lead >= 0xF0)
      length = 4;
    else if (lead >= 0xE0)
      length = 3;
    else if (lead >= 0xC0)
      length = 2;
    std::string character = text.substr(at, length);
    if (character.size() == 1 && character[0] >= 'A' && character[0] <= 'Z') character[0] += 'a' - 'A';
    characters.push_back(std::move(character));
    at += length;
  }
  const auto blank = [](const std::string& gram) { return gram.find_first_not_of(" \t") == std::string::npos; };
  std::vector<std::string> grams;
  if (characters.size() == 1 && !blank(characters[0])) grams.push_back(characters[0]);
  for (std::size_t i = 0; i + 1 < characters.size(); ++i) {
    std::string gram = characters[i] + characters[i + 1];
    if (!blank(gram) && std::find(grams.begin(), grams.end(), gram) == grams.end()) grams.push_back(gram);
  }
  return grams;
}

//! Of the text's grams, the one the fewest buildings hold (counted up to a cap, so a common gram costs little), or
//! nothing when some gram is held by no building: then no building matches.
Result<std::string> rarestGram(Database& database, const std::vector<std::string>& grams) {
  constexpr long long kCap = 1000;
  constexpr std::size_t kLooked = 8;  // a long text: its first grams decide
  auto count = database.prepare("SELECT count(*) FROM (SELECT 1 FROM building_search WHERE gram = ?1 LIMIT " +
                                std::to_string(kCap) + ") s");
  if (!count) return count.error();
  std::string rarest;
  long long fewest = kCap + 1;
  for (std::size_t i = 0; i < grams.size() && i < kLooked; ++i) {
    count->reset();
    count->bind(1, grams[i]);
    auto row = count->step();
    if (!row) return row.error();
    const long long n = *row ? count->int64(0) : 0;
    if (n == 0) return std::string();
    if (n < fewest) fewest = n, rarest = grams[i];
  }
  return rarest;
}

}  // namespace

Result<std::vector<SearchHit>> search(Database& database, const FieldCipher* cipher, const std::string& text,
                                      int limit) {
  std::vector<SearchHit> hits;
  const std::string compact = withoutSeparators(text);
  if (compact.empty()) return hits;
  auto run = [&](const std::string& sql, auto bind, SearchKind kind) -> Status {
    if (static_cast<int>(hits.size()) >= limit) return {};
    auto statement = database.prepare(sql);
    if (!statement) return statement.error();
    bind(*statement);
    statement->bind(99, static_cast<long long>(limit - static_cast<int>(hits.size())));  // ?99 is the LIMIT
    return statement->forEachRow([&](const Statement& row) {
      hits.push_back({kind, row.int64(0), row.isNull(1) ? -1 : row.int64(1), row.text(2), row.text(3)});
    });
  };
  const std::string pattern = "%" + text + "%";
  // Grids: by code, else by name.
  if (isCode(compact, 15) || isCode(compact, 12)) {
    if (auto s = run(
            "SELECT id, NULL, name, grid_code FROM grid WHERE grid_code LIKE ?1 || '%' AND retired_at IS NULL "
            "ORDER BY grid_code LIMIT ?99",
            [&](Statement& st) { st.bind(1, compact); }, SearchKind::Grid);
        !s)
      return s.error();
  } else {
    if (auto s = run(
            "SELECT id, NULL, name, grid_code FROM grid WHERE name LIKE ?1 AND retired_at IS NULL "
            "ORDER BY grid_code LIMIT ?99",
            [&](Statement& st) { st.bind(1, pattern); }, SearchKind::Grid);
        !s)
      return s.error();
  }
  // Buildings: by 18-digit code, else by name or address.
  if (isCode(compact, 18)) {
    if (auto s = run(
            "SELECT b.id, b.id, b.name, coalesce(g.name, '') FROM building b LEFT JOIN grid g ON g.id = b.grid_id "
            "WHERE b.building_code = ?1 AND b.logout = 0 LIMIT ?99",
            [&](Statement& st) { st.bind(1, compact); }, SearchKind::Building);
        !s)
      return s.error();
  } else if (compact.size() >= 2) {
    // Through the rarest gram the text holds (an indexed lookup, in building order); LIKE then checks the whole text.
    auto gram = rarestGram(database, searchGrams(text));
    if (!gram) return gram.error();
    if (!gram->empty())
      if (auto s = run(
              "SELECT b.id, b.id, b.name, coalesce(g.name, '') FROM building_search s JOIN building b ON b.id = "
              "s.building_id LEFT JOIN grid g ON g.id = b.grid_id WHERE s.gram = ?2 AND (b.name LIKE ?1 OR b.address "
              "LIKE ?1) AND b.logout = 0 ORDER BY s.building_id LIMIT ?99",
              [&](Statement& st) { st.bind(1, pattern).bind(2, *gram); }, SearchKind::Building);
          !s)
        return s.error();
  }
  // Persons: by ID number (keyed hash, exact), else by name prefix (indexed range).
  const std::string personSql =
      "SELECT p.id, h.building_id, p.name, coalesce(p.id_masked, '') || ' · ' || coalesce(b.name, '') "
      "FROM person p LEFT JOIN household h ON h.id = p.household_id LEFT JOIN building b ON b.id = h.building_id ";
  if (isCode(compact, 18)) {
    if (cipher) {
      if (auto s = run(
              personSql + "WHERE p.id_hmac = ?1 AND p.logout = 0 LIMIT ?99",
              [&](Statement& st) { st.bind(1, cipher->lookupHash(compact)); }, SearchKind::Person);
          !s)
        return s.error();
    }
  } else if (!text.empty() && static_cast<unsigned char>(text[0]) >= 0x80) {  // Chinese names
    if (auto s = run(
            personSql + "WHERE p.name >= ?1 AND p.name < ?1 || char(1114111) AND p.logout = 0 "
                        "ORDER BY p.name, p.id LIMIT ?99",
            [&](Statement& st) { st.bind(1, text); }, SearchKind::Person);
        !s)
      return s.error();
  }
  return hits;
}

}  // namespace grid
