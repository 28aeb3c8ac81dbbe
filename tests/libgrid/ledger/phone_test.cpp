// SPDX-License-Identifier: GPL-2.0-or-later
#include "ledger/phone.h"

#include <gtest/gtest.h>

namespace grid {
namespace {

struct PhoneCase {
  const char* input;
  const char* normalized;
  PhoneKind kind;
};

void PrintTo(const PhoneCase& c, std::ostream* os) {
  *os << '"' << c.input << '"';
}

class ValidPhones : public ::testing::TestWithParam<PhoneCase> {};

INSTANTIATE_TEST_SUITE_P(Vectors, ValidPhones,
                         ::testing::Values(PhoneCase{"13800138000", "13800138000", PhoneKind::Mobile},
                                           PhoneCase{"+86 138 0013 8000", "13800138000", PhoneKind::Mobile},
                                           PhoneCase{"0086-199-1234-5678", "19912345678", PhoneKind::Mobile},
                                           PhoneCase{"010-62345678", "010-62345678", PhoneKind::Landline},
                                           PhoneCase{"0755-83000000", "0755-83000000", PhoneKind::Landline},
                                           PhoneCase{"075583000000", "0755-83000000", PhoneKind::Landline},
                                           PhoneCase{"021 6234567", "021-6234567", PhoneKind::Landline},
                                           PhoneCase{"0755-84600001-123", "0755-84600001-123", PhoneKind::Landline},
                                           PhoneCase{"0755-84600001转8", "0755-84600001-8", PhoneKind::Landline},
                                           PhoneCase{"12345", "12345", PhoneKind::Service}));

TEST_P(ValidPhones, AcceptsAndNormalises) {
  auto phone = validatePhone(GetParam().input);
  ASSERT_TRUE(phone.ok()) << GetParam().input << ": " << phone.error().message;
  EXPECT_EQ(phone->normalized, GetParam().normalized);
  EXPECT_EQ(phone->kind, GetParam().kind);
}

class InvalidPhones : public ::testing::TestWithParam<const char*> {};

INSTANTIATE_TEST_SUITE_P(Vectors, InvalidPhones,
                         ::testing::Values("", "1380013800", "138001380001", "12800138000", "23800138000",
                                           "0755-0300000", "010-12345678", "0755-123456", "0755-123456789",
                                           "138-0013-800a", "13800138000-12", "hello"));

TEST_P(InvalidPhones, Rejects) {
  auto phone = validatePhone(GetParam());
  EXPECT_FALSE(phone.ok()) << GetParam() << " was accepted as " << (phone.ok() ? phone->normalized : "");
}

TEST(Phone, MasksMiddleDigits) {
  EXPECT_EQ(maskPhone("13800138000"), "138****8000");
  EXPECT_EQ(maskPhone("0755-83000000"), "0755-******00");
  EXPECT_EQ(maskPhone("010-62345678"), "010-******78");
}

}  // namespace
}  // namespace grid
