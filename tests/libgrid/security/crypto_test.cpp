// SPDX-License-Identifier: GPL-2.0-or-later
#include "security/crypto.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "security/masking.h"
#include "support/test_support.h"

namespace grid {
namespace {

TEST(FieldCipher, RoundTripsUtf8) {
  const FieldCipher cipher = FieldCipher::generate();
  const std::string text = "440310198503174211 张明";
  auto plain = cipher.decrypt(cipher.encrypt(text));
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(*plain, text);
}

TEST(FieldCipher, SameValueEncryptsDifferentlyEachTime) {
  const FieldCipher cipher = FieldCipher::generate();
  EXPECT_NE(cipher.encrypt("440310198503174211"), cipher.encrypt("440310198503174211"));
}

TEST(FieldCipher, NoncesNeverRepeatWithinOrAcrossCopies) {
  const FieldCipher cipher = FieldCipher::generate();
  const FieldCipher copy = cipher;  // same key, its own nonce field
  std::set<Bytes> nonces;
  for (int i = 0; i < 5000; ++i) {
    for (const FieldCipher* c : {&cipher, &copy}) {
      const Bytes data = c->encrypt("x");
      nonces.insert(Bytes(data.begin(), data.begin() + 12));
    }
  }
  EXPECT_EQ(nonces.size(), 10000u);
  auto plain = copy.decrypt(cipher.encrypt("same key"));
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(*plain, "same key");
}

TEST(FieldCipher, CiphertextDoesNotContainPlaintext) {
  const FieldCipher cipher = FieldCipher::generate();
  const Bytes data = cipher.encrypt("440310198503174211");
  const std::string raw(data.begin(), data.end());
  EXPECT_EQ(raw.find("440310"), std::string::npos);
}

TEST(FieldCipher, DetectsTamperingAndWrongKeys) {
  const FieldCipher cipher = FieldCipher::generate();
  Bytes data = cipher.encrypt("13800138000");
  Bytes altered = data;
  altered[14] ^= 0x01;
  EXPECT_FALSE(cipher.decrypt(altered).ok());
  EXPECT_FALSE(FieldCipher::generate().decrypt(data).ok());
  EXPECT_FALSE(cipher.decrypt(Bytes(10, 0)).ok());
}

TEST(FieldCipher, LookupHashIsDeterministicAndKeyed) {
  const FieldCipher a = FieldCipher::generate();
  const FieldCipher b = FieldCipher::generate();
  EXPECT_EQ(a.lookupHash("440310198503174211"), a.lookupHash("440310198503174211"));
  EXPECT_NE(a.lookupHash("440310198503174211"), a.lookupHash("440310199008231025"));
  EXPECT_NE(a.lookupHash("440310198503174211"), b.lookupHash("440310198503174211"));
  EXPECT_EQ(a.lookupHash("x").size(), 64u);
}

TEST(FieldCipher, KeysSurviveHexRoundTrip) {
  const FieldCipher a = FieldCipher::generate();
  auto b = FieldCipher::fromHex(a.toHex());
  ASSERT_TRUE(b.ok());
  auto plain = b->decrypt(a.encrypt("secret"));
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(*plain, "secret");
  EXPECT_FALSE(FieldCipher::fromHex("abcd").ok());
}

TEST(KeyStore, CreatesLoadsAndNeverOverwrites) {
  test::TempDir dir;
  auto created = KeyStore::create("db1");
  ASSERT_TRUE(created.ok()) << created.error().describe();
  EXPECT_EQ(std::filesystem::status(KeyStore::keyPath("db1")).permissions() & std::filesystem::perms::group_read,
            std::filesystem::perms::none);
  auto loaded = KeyStore::load("db1");
  ASSERT_TRUE(loaded.ok());
  EXPECT_EQ(loaded->toHex(), created->toHex());
  EXPECT_FALSE(KeyStore::create("db1").ok());
  auto missing = KeyStore::load("other");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().message.find("not on this computer"), std::string::npos);
}

TEST(Crypto, TokensAreOpaqueAndUnique) {
  std::set<std::string> tokens;
  for (int i = 0; i < 200; ++i) {
    const std::string token = randomToken();
    EXPECT_EQ(token.size(), 26u);
    EXPECT_EQ(token.find_first_not_of("abcdefghijklmnopqrstuvwxyz234567"), std::string::npos);
    tokens.insert(token);
  }
  EXPECT_EQ(tokens.size(), 200u);
}

TEST(Crypto, Sha256MatchesKnownVector) {
  EXPECT_EQ(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

}  // namespace
}  // namespace grid
