// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "common/result.h"
#include "security/crypto.h"

namespace grid::access {

//! Argon2id work factors; stored with each password, so raising them later leaves old passwords readable.
struct PasswordCost {
  unsigned long long opsLimit = 3;
  std::size_t memLimitBytes = std::size_t{128} << 20;
  //! The default: about 0.3–0.5 s per sign-in on a 2-core office PC (`gridctl bench signin` prints it).
  static PasswordCost standard();
  //! libsodium's minimum, for tests that sign in hundreds of times; never for real accounts.
  static PasswordCost minimal();
};

using KeyBytes = std::array<std::uint8_t, 32>;

//! What one Argon2id run over a password gives: the stored verifier record and the key that wraps the field key.
struct PasswordSecret {
  std::string record;      //!< "$gs-argon2id$v=1$t=..$m=..$<salt>$<verifier>" (app_user.password_hash)
  KeyBytes wrappingKey{};  //!< never stored
};

//! Hashes a new password with a fresh salt.
Result<PasswordSecret> protectPassword(std::string_view password, const PasswordCost& cost);
//! The wrapping key when \a password matches \a record, std::nullopt when it does not; an error for a bad record.
Result<std::optional<KeyBytes>> checkPassword(std::string_view password, std::string_view record);

//! Why \a password is not acceptable for \a login (empty when it is): at least 10 characters, letters and digits,
//! not the login name, not all one character.
std::string passwordProblem(std::string_view password, std::string_view login);

//! XChaCha20-Poly1305 of \a secret under \a key, bound to \a context (database id and holder): nonce ‖ ciphertext.
Bytes wrapSecret(const KeyBytes& key, std::string_view secret, std::string_view context);
//! The secret, or PermissionDenied when the key is wrong or the wrapped bytes or context were altered.
Result<std::string> unwrapSecret(const KeyBytes& key, const Bytes& wrapped, std::string_view context);

//! A new recovery key: 256 random bits as 52 base32 characters in groups of four (to be printed and kept).
std::string newRecoveryKey();
//! The wrapping key of a recovery key as typed (case, spaces and dashes ignored); InvalidInput when malformed.
Result<KeyBytes> recoveryWrappingKey(std::string_view recoveryKey);

}  // namespace grid::access
