// SPDX-License-Identifier: GPL-2.0-or-later
// Passwords (Argon2id), key wrapping and recovery keys.
#include "access/password.h"

#include <gtest/gtest.h>

#include "access/accounts.h"

namespace grid {
namespace {

using namespace grid::access;

const PasswordCost kFast = PasswordCost::minimal();
constexpr const char* kUserPassword = "Grid-work-2026";

TEST(Password, RightPasswordGivesTheSameKeyWrongOneNone) {
  auto secret = protectPassword("correct horse 42", kFast);
  ASSERT_TRUE(secret.ok()) << secret.error().describe();
  EXPECT_EQ(secret->record.rfind("$gs-argon2id$v=1$", 0), 0u);
  auto right = checkPassword("correct horse 42", secret->record);
  ASSERT_TRUE(right.ok());
  ASSERT_TRUE(right->has_value());
  EXPECT_EQ(**right, secret->wrappingKey);
  auto wrong = checkPassword("correct horse 43", secret->record);
  ASSERT_TRUE(wrong.ok());
  EXPECT_FALSE(wrong->has_value());
  // Same password, new salt: another record and another key.
  auto again = protectPassword("correct horse 42", kFast);
  ASSERT_TRUE(again.ok());
  EXPECT_NE(again->record, secret->record);
  EXPECT_NE(again->wrappingKey, secret->wrappingKey);
  // A damaged record is an error, not a wrong password.
  EXPECT_FALSE(checkPassword("x", "$gs-argon2id$v=1$t=x$m=8$00$00").ok());
  EXPECT_FALSE(checkPassword("x", "plain-text-password").ok());
}

TEST(Password, RulesNameTheProblem) {
  EXPECT_NE(passwordProblem("short1", "li"), "");
  EXPECT_NE(passwordProblem("onlyletterslong", "li"), "");
  EXPECT_NE(passwordProblem("1234567890123", "li"), "");
  EXPECT_NE(passwordProblem("zhangwei2026x", "zhangwei"), "");
  EXPECT_EQ(passwordProblem("网格员工作密码2026", "li"), "");
  EXPECT_EQ(passwordProblem(kUserPassword, "li"), "");
  EXPECT_NE(loginProblem("a"), "");
  EXPECT_NE(loginProblem("li wei"), "");
  EXPECT_EQ(loginProblem("li.wei-2"), "");
}

TEST(Password, WrappedSecretIsBoundToKeyAndContext) {
  KeyBytes key{};
  key[0] = 7;
  const Bytes wrapped = wrapSecret(key, "field-key-hex", "db1|user:3");
  auto back = unwrapSecret(key, wrapped, "db1|user:3");
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, "field-key-hex");
  EXPECT_FALSE(unwrapSecret(key, wrapped, "db1|user:4").ok());  // another holder's slot
  KeyBytes other = key;
  other[1] = 1;
  EXPECT_FALSE(unwrapSecret(other, wrapped, "db1|user:3").ok());
  Bytes altered = wrapped;
  altered.back() ^= 1;
  EXPECT_FALSE(unwrapSecret(key, altered, "db1|user:3").ok());
}

TEST(Password, RecoveryKeyIsTypedBackInAnyCaseAndSpacing) {
  const std::string recovery = newRecoveryKey();
  EXPECT_EQ(recovery.size(), 52u + 12u);  // 13 groups of 4 with dashes
  EXPECT_NE(recovery, newRecoveryKey());
  std::string typed;
  for (char c : recovery) typed += c == '-' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  auto a = recoveryWrappingKey(recovery), b = recoveryWrappingKey(typed);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(*a, *b);
  EXPECT_FALSE(recoveryWrappingKey(recovery.substr(0, 20)).ok());
  EXPECT_FALSE(recoveryWrappingKey(recovery.substr(0, 63) + "1").ok());  // '1' is not base32
}

}  // namespace
}  // namespace grid
