// SPDX-License-Identifier: GPL-2.0-or-later
#include "access/password.h"

#include <sodium.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <vector>

namespace grid::access {
namespace {

constexpr std::size_t kSaltSize = crypto_pwhash_SALTBYTES;  // 16
constexpr char kBase32[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

bool sodiumReady() {
  static const bool ready = sodium_init() >= 0;
  return ready;
}

//! One Argon2id run: 64 bytes, the first half hashed into the verifier, the second half the wrapping key.
Result<std::array<std::uint8_t, 64>> stretch(std::string_view password, const std::uint8_t* salt,
                                             unsigned long long ops, std::size_t mem) {
  std::array<std::uint8_t, 64> out{};
  if (crypto_pwhash(out.data(), out.size(), password.data(), password.size(), salt, ops, mem,
                    crypto_pwhash_ALG_ARGON2ID13) != 0)
    return makeError(ErrorCode::Io,
                     "Not enough memory to check the password (Argon2id needs " + std::to_string(mem >> 20) + " MiB).");
  return out;
}

std::string verifierOf(const std::uint8_t* firstHalf) {
  std::uint8_t digest[32];
  crypto_generichash(digest, sizeof digest, firstHalf, 32, nullptr, 0);
  return toHex(Bytes(digest, digest + sizeof digest));
}

}  // namespace

PasswordCost PasswordCost::standard() {
  return PasswordCost{};
}

PasswordCost PasswordCost::minimal() {
  return PasswordCost{crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

Result<PasswordSecret> protectPassword(std::string_view password, const PasswordCost& cost) {
  if (!sodiumReady()) return makeError(ErrorCode::Io, "libsodium could not be initialised.");
  std::uint8_t salt[kSaltSize];
  randombytes_buf(salt, sizeof salt);
  auto out = stretch(password, salt, cost.opsLimit, cost.memLimitBytes);
  if (!out) return out.error();
  PasswordSecret secret;
  secret.record = "$gs-argon2id$v=1$t=" + std::to_string(cost.opsLimit) +
                  "$m=" + std::to_string(cost.memLimitBytes >> 10) + "$" + toHex(Bytes(salt, salt + sizeof salt)) +
                  "$" + verifierOf(out->data());
  std::copy(out->begin() + 32, out->end(), secret.wrappingKey.begin());
  sodium_memzero(out->data(), out->size());
  return secret;
}

Result<std::optional<KeyBytes>> checkPassword(std::string_view password, std::string_view record) {
  if (!sodiumReady()) return makeError(ErrorCode::Io, "libsodium could not be initialised.");
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= record.size()) {
    const std::size_t end = record.find('$', start);
    parts.emplace_back(record.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  // "", "gs-argon2id", "v=1", "t=N", "m=KiB", salt, verifier
  auto bad = [] {
    return makeError(ErrorCode::Unsupported, "The stored password of this account is unreadable; reset it.");
  };
  if (parts.size() != 7 || parts[1] != "gs-argon2id" || parts[2] != "v=1" || parts[3].rfind("t=", 0) != 0 ||
      parts[4].rfind("m=", 0) != 0)
    return bad();
  unsigned long long ops = 0, kib = 0;
  try {
    ops = std::stoull(parts[3].substr(2));
    kib = std::stoull(parts[4].substr(2));
  } catch (...) {
    return bad();
  }
  auto salt = fromHex(parts[5]);
  if (!salt || salt->size() != kSaltSize || ops < crypto_pwhash_OPSLIMIT_MIN || ops > 64 ||
      (kib << 10) < crypto_pwhash_MEMLIMIT_MIN || kib > (std::size_t{4} << 20))
    return bad();
  auto out = stretch(password, salt->data(), ops, static_cast<std::size_t>(kib << 10));
  if (!out) return out.error();
  const std::string verifier = verifierOf(out->data());
  std::optional<KeyBytes> key;
  if (verifier.size() == parts[6].size() && sodium_memcmp(verifier.data(), parts[6].data(), verifier.size()) == 0) {
    key.emplace();
    std::copy(out->begin() + 32, out->end(), key->begin());
  }
  sodium_memzero(out->data(), out->size());
  return key;
}

std::string passwordProblem(std::string_view password, std::string_view login) {
  std::size_t characters = 0;  // UTF-8 code points
  bool letter = false, digit = false;
  for (unsigned char c : password) {
    if ((c & 0xC0) != 0x80) ++characters;
    if (std::isalpha(c) || c >= 0x80) letter = true;
    if (std::isdigit(c)) digit = true;
  }
  if (characters < 10) return "a password needs at least 10 characters";
  if (password.size() > 256) return "a password may have at most 256 bytes";
  if (!letter || !digit) return "a password needs letters and digits";
  if (std::all_of(password.begin(), password.end(), [&](char c) { return c == password.front(); }))
    return "a password may not repeat one character";
  std::string lower(password), name(login);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
  if (!name.empty() && lower.find(name) != std::string::npos) return "a password may not contain the login name";
  return {};
}

Bytes wrapSecret(const KeyBytes& key, std::string_view secret, std::string_view context) {
  sodiumReady();
  Bytes out(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + secret.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);
  randombytes_buf(out.data(), crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  unsigned long long length = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(out.data() + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &length,
                                             reinterpret_cast<const unsigned char*>(secret.data()), secret.size(),
                                             reinterpret_cast<const unsigned char*>(context.data()), context.size(),
                                             nullptr, out.data(), key.data());
  out.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + length);
  return out;
}

Result<std::string> unwrapSecret(const KeyBytes& key, const Bytes& wrapped, std::string_view context) {
  sodiumReady();
  constexpr std::size_t nonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
  constexpr std::size_t tag = crypto_aead_xchacha20poly1305_ietf_ABYTES;
  auto refused = [] {
    return makeError(ErrorCode::PermissionDenied,
                     "The field key cannot be unwrapped (wrong key, or the stored key was altered).");
  };
  if (wrapped.size() < nonce + tag) return refused();
  std::string secret(wrapped.size() - nonce - tag, '\0');
  unsigned long long length = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(secret.data()), &length, nullptr,
                                                 wrapped.data() + nonce, wrapped.size() - nonce,
                                                 reinterpret_cast<const unsigned char*>(context.data()), context.size(),
                                                 wrapped.data(), key.data()) != 0)
    return refused();
  secret.resize(length);
  return secret;
}

std::string newRecoveryKey() {
  Bytes bytes = randomBytes(32);
  const std::string text = toBase32(bytes, /*upperCase=*/true);  // 256 bits → 52 characters
  sodium_memzero(bytes.data(), bytes.size());
  std::string grouped;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i && i % 4 == 0) grouped += '-';
    grouped += text[i];
  }
  return grouped;
}

Result<KeyBytes> recoveryWrappingKey(std::string_view recoveryKey) {
  sodiumReady();
  std::string text;
  for (char c : recoveryKey) {
    if (c == '-' || c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
    const char upper = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (!std::strchr(kBase32, upper) || upper == '\0')
      return makeError(ErrorCode::InvalidInput,
                       std::string("a recovery key holds only A–Z and 2–7; found '") + c + "'");
    text += upper;
  }
  if (text.size() != 52)
    return makeError(ErrorCode::InvalidInput,
                     "a recovery key has 52 characters (13 groups of 4); this one has " + std::to_string(text.size()));
  KeyBytes key{};
  crypto_generichash(key.data(), key.size(), reinterpret_cast<const unsigned char*>(text.data()), text.size(),
                     reinterpret_cast<const unsigned char*>("gridstation-recovery"), 20);
  return key;
}

}  // namespace grid::access
