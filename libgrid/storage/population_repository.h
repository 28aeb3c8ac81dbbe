// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <optional>

#include "model/population.h"
#include "security/crypto.h"
#include "storage/record_writer.h"

namespace grid {

/**
 * Households and persons. ID numbers and phones are validated, then stored only encrypted (AES-GCM) with a masked
 * display copy; resident ID numbers also get a keyed hash so a person can be found by ID without decrypting.
 */
class PopulationRepository {
 public:
  PopulationRepository(RecordWriter& writer, const FieldCipher& cipher) : m_writer(writer), m_cipher(cipher) {}

  Result<long long> createHousehold(const Actor& actor, const Household& household);
  Result<long long> createPerson(const Actor& actor, const Person& person);
  Status setHead(const Actor& actor, long long householdId, long long personId);
  //! Soft delete (注销): the person stays in history with reason and date.
  Status moveOutPerson(const Actor& actor, long long personId, const std::string& reason, const std::string& date);
  //! Person id for a resident ID number, via its keyed hash; std::nullopt when nobody has it.
  Result<std::optional<long long>> findPersonByIdNumber(const std::string& idNumber);
  //! Decrypts a person's ID number and records the reveal in the audit log with the reason given.
  Result<std::string> revealIdNumber(const Actor& actor, long long personId, const std::string& reason);

 private:
  RecordWriter& m_writer;
  const FieldCipher& m_cipher;
};

}  // namespace grid
