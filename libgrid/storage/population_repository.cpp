// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/population_repository.h"

#include "common/clock.h"
#include "ledger/id_number.h"
#include "ledger/phone.h"

namespace grid {

Result<long long> PopulationRepository::createHousehold(const Actor& actor, const Household& household) {
  Database& db = m_writer.database();
  auto place =
      db.prepare("SELECT h.building_id, b.grid_id FROM house h JOIN building b ON b.id = h.building_id WHERE h.id = ?");
  if (!place) return place.error();
  place->bind(1, household.houseId);
  auto row = place->step();
  if (!row) return row.error();
  if (!*row)
    return makeError(ErrorCode::NotFound, "Dwelling " + std::to_string(household.houseId) + " does not exist.",
                     {.field = "house_id"});
  const long long buildingId = place->int64(0);
  const Value gridId = place->isNull(1) ? null() : Value(place->int64(1));
  Fields fields{{"house_id", household.houseId},
                {"building_id", buildingId},
                {"grid_id", gridId},
                {"account_number", household.accountNumber.empty() ? null() : Value(household.accountNumber)},
                {"household_type", household.householdType},
                {"created_by", actor.name}};
  if (!household.homePhone.empty()) {
    auto phone = validatePhone(household.homePhone);
    if (!phone) return makeError(ErrorCode::InvalidInput, phone.error().message, {.field = "home_phone"});
    fields.emplace_back("home_phone_cipher", m_cipher.encrypt(phone->normalized));
    fields.emplace_back("home_phone_masked", maskPhone(phone->normalized));
  }
  return m_writer.insert(actor, "household", fields);
}

Result<long long> PopulationRepository::createPerson(const Actor& actor, const Person& person) {
  if (person.name.empty()) return makeError(ErrorCode::InvalidInput, "A person needs a name.", {.field = "name"});
  Database& db = m_writer.database();
  Value gridId = null();
  if (person.householdId >= 0) {
    auto household = db.prepare("SELECT grid_id FROM household WHERE id = ?");
    if (!household) return household.error();
    household->bind(1, person.householdId);
    auto row = household->step();
    if (!row) return row.error();
    if (!*row)
      return makeError(ErrorCode::NotFound, "Household " + std::to_string(person.householdId) + " does not exist.",
                       {.field = "household_id"});
    if (!household->isNull(0)) gridId = household->int64(0);
  }
  Fields fields{{"household_id", person.householdId >= 0 ? Value(person.householdId) : null()},
                {"grid_id", gridId},
                {"name", person.name},
                {"id_type", person.idType},
                {"population_type", person.populationType},
                {"created_by", actor.name}};
  std::string birthDate = person.birthDate;
  std::string gender = person.gender;
  if (!person.idNumber.empty()) {
    std::string normalized = person.idNumber;
    if (person.idType == "resident_id") {
      auto info = validateIdNumber(person.idNumber, todayIso());
      if (!info) return makeError(ErrorCode::InvalidInput, info.error().message, {.field = "id_number"});
      normalized = info->normalized;
      if (birthDate.empty()) birthDate = isoBirthDate(*info);
      if (gender.empty()) gender = info->sex == Sex::Male ? "M" : "F";
      auto existing = findPersonByIdNumber(normalized);
      if (!existing) return existing.error();
      if (existing->has_value())
        return makeError(ErrorCode::Conflict,
                         "A person with this ID number is already registered (person " + std::to_string(**existing) +
                             "); open that record instead of adding a second one.",
                         {.field = "id_number"});
    }
    fields.emplace_back("id_cipher", m_cipher.encrypt(normalized));
    fields.emplace_back("id_hmac", m_cipher.lookupHash(normalized));
    fields.emplace_back("id_masked", maskIdNumber(normalized));
  }
  if (!person.mobile.empty()) {
    auto phone = validatePhone(person.mobile);
    if (!phone) return makeError(ErrorCode::InvalidInput, phone.error().message, {.field = "mobile"});
    fields.emplace_back("mobile_cipher", m_cipher.encrypt(phone->normalized));
    fields.emplace_back("mobile_masked", maskPhone(phone->normalized));
  }
  auto optionalCode = [&](const char* column, const std::string& code) {
    if (!code.empty()) fields.emplace_back(column, code);
  };
  optionalCode("birth_date", birthDate);
  optionalCode("gender", gender);
  optionalCode("relation_code", person.relationCode);
  optionalCode("political_code", person.politicalCode);
  optionalCode("nation_code", person.nationCode);
  optionalCode("education_code", person.educationCode);

  Transaction transaction(db);
  if (!transaction.begun()) return transaction.begun().error();
  auto id = m_writer.insert(actor, "person", fields);
  if (!id) return id.error();
  if (person.householdId >= 0) {
    auto count = db.prepare("SELECT count(*) FROM person WHERE household_id = ? AND logout = 0");
    if (!count) return count.error();
    count->bind(1, person.householdId);
    auto row = count->step();
    if (!row) return row.error();
    if (auto s = m_writer.update(actor, "household", person.householdId, {{"members_count", count->int64(0)}}); !s)
      return s.error();
    if (person.relationCode == "02")
      if (auto s = setHead(actor, person.householdId, *id); !s) return s.error();
  }
  if (auto s = transaction.commit(); !s) return s.error();
  return *id;
}

Status PopulationRepository::setHead(const Actor& actor, long long householdId, long long personId) {
  return m_writer.update(
      actor, "household", householdId,
      {{"head_person_id", personId}, {"updated_by", actor.name}, {"updated_at", m_writer.clock().nowIso()}});
}

Status PopulationRepository::moveOutPerson(const Actor& actor, long long personId, const std::string& reason,
                                           const std::string& date) {
  if (reason.empty())
    return makeError(ErrorCode::InvalidInput, "Say why the person moves out (moved away, died, …).",
                     {.field = "logout_reason"});
  return m_writer.update(actor, "person", personId,
                         {{"logout", 1LL},
                          {"logout_reason", reason},
                          {"logout_date", date},
                          {"updated_by", actor.name},
                          {"updated_at", m_writer.clock().nowIso()}});
}

Result<std::optional<long long>> PopulationRepository::findPersonByIdNumber(const std::string& idNumber) {
  std::string normalized = idNumber;
  if (!normalized.empty() && normalized.back() == 'x') normalized.back() = 'X';
  auto s = m_writer.database().prepare("SELECT id FROM person WHERE id_hmac = ? ORDER BY logout, id LIMIT 1");
  if (!s) return s.error();
  s->bind(1, m_cipher.lookupHash(normalized));
  auto row = s->step();
  if (!row) return row.error();
  if (!*row) return std::optional<long long>();
  return std::optional<long long>(s->int64(0));
}

Result<std::string> PopulationRepository::revealIdNumber(const Actor& actor, long long personId,
                                                         const std::string& reason) {
  if (reason.empty())
    return makeError(ErrorCode::InvalidInput, "Revealing an ID number needs a reason; it is recorded.",
                     {.field = "reason"});
  auto s = m_writer.database().prepare("SELECT id_cipher FROM person WHERE id = ?");
  if (!s) return s.error();
  s->bind(1, personId);
  auto row = s->step();
  if (!row) return row.error();
  if (!*row || s->isNull(0))
    return makeError(ErrorCode::NotFound, "This person has no ID number on record.",
                     {.table = "person", .recordId = personId});
  auto plain = m_cipher.decrypt(s->blob(0));
  if (!plain) return plain.error();
  if (auto a = m_writer.appendAudit(actor, "reveal", "person", personId, {}, R"({"field":"id_number"})", reason); !a)
    return a.error();
  return *plain;
}

}  // namespace grid
