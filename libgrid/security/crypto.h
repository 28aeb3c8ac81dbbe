// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"

namespace grid {

using Bytes = std::vector<std::uint8_t>;

//! Lower-case hex SHA-256 of \a data.
std::string sha256Hex(std::string_view data);

//! \a count cryptographically random bytes.
Bytes randomBytes(std::size_t count);

//! Opaque, unguessable token: 128 random bits as 26 lower-case base32 characters (for QR codes).
std::string randomToken();

std::string toHex(const Bytes& bytes);
//! RFC 4648 base32 without padding, lower-case (tokens) or upper-case (keys people type back).
std::string toBase32(const Bytes& bytes, bool upperCase = false);
Result<Bytes> fromHex(std::string_view hex);

/**
 * Field-level encryption for sensitive personal data (DOMAIN.md §10.2 rule 5): AES-256-GCM with a random 96-bit
 * nonce per value (stored as nonce ‖ ciphertext ‖ tag), plus a keyed HMAC-SHA256 for exact-match lookup without
 * decrypting. Two independent 256-bit keys. OpenSSL contexts are prepared once and reused, so one FieldCipher
 * must not be used by two threads at the same time (copy it per thread).
 */
class FieldCipher {
 public:
  FieldCipher();
  FieldCipher(const FieldCipher& other);
  FieldCipher& operator=(const FieldCipher& other);
  FieldCipher(FieldCipher&&) noexcept;
  FieldCipher& operator=(FieldCipher&&) noexcept;
  ~FieldCipher();

  static constexpr std::size_t kKeySize = 32;

  //! A new cipher with fresh random keys.
  static FieldCipher generate();
  //! Keys from their 128-character hex form (encryption key then HMAC key).
  static Result<FieldCipher> fromHex(std::string_view hex);
  std::string toHex() const;

  Bytes encrypt(std::string_view plaintext) const;
  //! Bytes that encrypt() makes of a plaintext of \a plaintextSize bytes (nonce, ciphertext, tag).
  static constexpr std::size_t encryptedSize(std::size_t plaintextSize) { return 12 + plaintextSize + 16; }
  //! encrypt() into \a out, which must hold encryptedSize(plaintext.size()) bytes; for bulk writers.
  void encryptInto(std::string_view plaintext, std::uint8_t* out) const;
  //! Fails when the data was altered or encrypted with another key.
  Result<std::string> decrypt(const Bytes& ciphertext) const;
  //! Hex HMAC-SHA256 of the value, for indexed exact lookup.
  std::string lookupHash(std::string_view plaintext) const;
  static constexpr std::size_t kLookupHashSize = 64;
  //! lookupHash() into \a hex, which must hold kLookupHashSize characters (no terminator is written).
  void lookupHashInto(std::string_view plaintext, char* hex) const;

 private:
  void prepare();
  std::array<std::uint8_t, kKeySize> m_encryptionKey{};
  std::array<std::uint8_t, kKeySize> m_hmacKey{};
  struct Contexts;
  std::unique_ptr<Contexts> m_contexts;  //!< keyed OpenSSL contexts, rebuilt from the keys on copy
};

/**
 * Where a database's keys live: outside the database file, in the user's key folder
 * ($GRIDSTATION_KEY_DIR, else $XDG_CONFIG_HOME/gridstation/keys, else ~/.config/gridstation/keys), named by the
 * database's id. Copying the .sqlite file alone therefore does not expose ID numbers.
 */
class KeyStore {
 public:
  static std::string directory();
  static std::string keyPath(std::string_view databaseId);
  //! Loads the key of \a databaseId; a missing file says where it was looked for and what to do.
  static Result<FieldCipher> load(std::string_view databaseId);
  //! Creates and stores a new key (file mode 0600); fails if one exists, so keys are never overwritten.
  static Result<FieldCipher> create(std::string_view databaseId);
  //! Stores \a cipher as the key of \a databaseId (mode 0600); fails if a key file exists.
  static Status save(std::string_view databaseId, const FieldCipher& cipher);
  //! Deletes the key file of \a databaseId (after the key went under accounts); no error when there is none.
  static Status remove(std::string_view databaseId);
};

}  // namespace grid
