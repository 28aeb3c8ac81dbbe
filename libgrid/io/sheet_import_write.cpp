// SPDX-License-Identifier: GPL-2.0-or-later
// The household sheet import's database stages: duplicates, buildings and dwellings, households, the write.
#include "io/sheet_importer.h"

namespace grid::sheet_detail {

namespace {

std::uint64_t hashPrefix(std::string_view hex) {
  std::uint64_t value = 0;
  for (std::size_t i = 0; i < 16 && i < hex.size(); ++i) {
    const char c = hex[i];
    value = value << 4 | static_cast<std::uint64_t>(c <= '9' ? c - '0' : c - 'a' + 10);
  }
  return value;
}

}  // namespace

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
  std::sort(keys.begin(), keys.end(),
            [](const Key& a, const Key& b) { return std::tie(a.prefix, a.index) < std::tie(b.prefix, b.index); });

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
        issue(row, kIdNumber,
              "the same ID number is already on row " + std::to_string(first->row) + "; a person is listed once");
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
      issue(row, kIdNumber,
            "this person is already registered (person #" + std::to_string(lookup->int64(0)) +
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
  if (auto s = scan->forEachRow([&](const Statement& row) { stored.push_back(hashPrefix(row.textView(0))); }); !s)
    return s;
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
      issue(
          row, kBuilding,
          "no building \"" + std::string(row.building) + "\" in the database; check it or import the buildings first");
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
        issue(row, kRelation,
              "a second 户主 in this household (row " + std::to_string(m_rows[m_members[household.first + *head]].row) +
                  " is the first); a household has one head");
        continue;
      }
      if (*row.relation == "02") head = kept;
      m_members[household.first + kept++] = member;
    }
    household.count = kept;
    if (!head) {
      ParsedRow& first = m_rows[m_members[household.first]];
      issue(first, kRelation,
            "the household in room " + std::string(household.key.room) + " has no 户主, so its " +
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
    auto s = houses->forEachRow(
        [&](const Statement& row) { rows.emplace_back(row.int64(0), static_cast<int>(row.int64(1)), row.text(2)); });
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
      "INSERT INTO main.person (id, household_id, grid_id, name, id_type, id_cipher, id_hmac, id_masked, gender, "
      "birth_date, "
      "population_type, relation_code, political_code, nation_code, education_code, mobile_cipher, mobile_masked, "
      "source_state, created_by, created_at) VALUES (?, ?, ?, ?, 'resident_id', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
      "'imported', ?, ?)");
  if (!house) return house.error();
  if (!household) return household.error();
  if (!person) return person.error();
  auto next = [&](const char* table) {
    return m_db.queryInt(std::string("SELECT coalesce(max(id), 0) + 1 FROM main.") + table);
  };
  auto nextHouse = next("house"), nextHousehold = next("household"), nextPerson = next("person");
  if (!nextHouse || !nextHousehold || !nextPerson) return makeError(ErrorCode::Database, "cannot read record ids");
  long long houseId = *nextHouse, householdId = *nextHousehold, personId = *nextPerson;
  const std::string now = m_clock.nowIso();
  auto bindOptional = [](Statement& s, int index, const std::string* value) {
    if (value)
      s.bindStaticText(index, *value);
    else
      s.bindNull(index);
  };
  auto bindGrid = [](Statement& s, int index, long long grid) {
    if (grid >= 0)
      s.bind(index, grid);
    else
      s.bindNull(index);
  };
  long long written = 0;
  for (Household& h : m_households) {
    if (h.dwelling < 0) {
      h.dwelling = houseId++;
      house->reset();
      house->bind(1, h.dwelling)
          .bind(2, h.key.buildingId)
          .bind(3, h.key.unit)
          .bind(4, floorOfRoom(std::string(h.key.room)));
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
    if (h.key.account.empty())
      household->bindNull(5);
    else
      household->bindStaticText(5, h.key.account);
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
      if (row.gender)
        p.bindStaticText(8, row.gender == 'M' ? "M" : "F");
      else
        p.bindNull(8);
      if (row.birthDate[0])
        p.bindStaticText(9, std::string_view(row.birthDate.data(), row.birthDate.size()));
      else
        p.bindNull(9);
      p.bindStaticText(10, row.populationType ? *row.populationType : m_context.registered);
      bindOptional(p, 11, row.relation);
      bindOptional(p, 12, row.political);
      bindOptional(p, 13, row.nation);
      bindOptional(p, 14, row.education);
      if (!row.mobileLength)
        p.bindNull(15).bindNull(16);
      else
        p.bindStaticBlob(15, row.mobileCipher.data(), FieldCipher::encryptedSize(row.mobileLength))
            .bindStaticText(16, row.masked());
      p.bindStaticText(17, m_actor.name).bindStaticText(18, now);
      if (auto s = p.run(); !s) return s;
      ++m_report.personsWritten;
      if (++written % 8192 == 0) {
        if (cancelled()) return makeError(ErrorCode::Cancelled, "Import cancelled; nothing was written.");
        if (m_progress)
          m_progress->report(0.65 + 0.25 * static_cast<double>(written) / static_cast<double>(m_rows.size()),
                             "writing");
      }
    }
  }
  return {};
}

}  // namespace grid::sheet_detail
