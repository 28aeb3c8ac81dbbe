// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <string>

namespace grid {

//! A dwelling-based household (实住户); the 户籍 account number is an attribute.
struct Household {
  long long id = -1;
  long long houseId = -1;
  long long buildingId = -1;  //!< filled from the house
  long long gridId = -1;      //!< filled from the building
  std::string accountNumber;
  std::string householdType = "registered";  //!< code_value domain household_type
  std::string homePhone;                     //!< plaintext only on input; stored encrypted + masked
};

//! A person of the actual population. Plaintext ID and mobile exist only in this input value, never at rest.
struct Person {
  long long id = -1;
  long long householdId = -1;
  std::string name;
  std::string idType = "resident_id";
  std::string idNumber;  //!< input only; stored as cipher + HMAC + masked copy
  std::string mobile;    //!< input only; stored as cipher + masked copy
  std::string populationType = "registered";
  std::string relationCode;   //!< GB/T 4761
  std::string politicalCode;  //!< GB/T 4762
  std::string nationCode;
  std::string educationCode;
  std::string birthDate;  //!< YYYY-MM-DD; derived from a resident ID number when empty
  std::string gender;     //!< "M"/"F"; derived from a resident ID number when empty
};

}  // namespace grid
