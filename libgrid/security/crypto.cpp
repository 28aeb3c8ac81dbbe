// SPDX-License-Identifier: GPL-2.0-or-later
#include "security/crypto.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/sha.h>
#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace grid {
namespace {

constexpr std::size_t kNonceSize = 12;
constexpr std::size_t kTagSize = 16;

}  // namespace

std::string sha256Hex(std::string_view data) {
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(data.data()), data.size(), digest);
  return toHex(Bytes(digest, digest + SHA256_DIGEST_LENGTH));
}

Bytes randomBytes(std::size_t count) {
  Bytes bytes(count);
  if (RAND_bytes(bytes.data(), static_cast<int>(count)) != 1)
    throw std::runtime_error("the system random number generator failed");  // programmer/environment error
  return bytes;
}

std::string toBase32(const Bytes& bytes, bool upperCase) {
  static constexpr std::string_view kLower = "abcdefghijklmnopqrstuvwxyz234567";
  static constexpr std::string_view kUpper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  const std::string_view alphabet = upperCase ? kUpper : kLower;
  std::string text;
  unsigned buffer = 0;
  int bits = 0;
  for (std::uint8_t byte : bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      text += alphabet[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) text += alphabet[(buffer << (5 - bits)) & 31];
  return text;
}

std::string randomToken() {
  return toBase32(randomBytes(16));
}

std::string toHex(const Bytes& bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(bytes.size() * 2);
  for (std::uint8_t b : bytes) {
    hex += kDigits[b >> 4];
    hex += kDigits[b & 15];
  }
  return hex;
}

Result<Bytes> fromHex(std::string_view hex) {
  if (hex.size() % 2 != 0) return makeError(ErrorCode::InvalidInput, "hex text has an odd length");
  const auto nibble = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  Bytes bytes;
  bytes.reserve(hex.size() / 2);
  for (std::size_t i = 0; i < hex.size(); i += 2) {
    const int high = nibble(hex[i]);
    const int low = nibble(hex[i + 1]);
    if (high < 0 || low < 0) return makeError(ErrorCode::InvalidInput, "hex text holds a non-hex character");
    bytes.push_back(static_cast<std::uint8_t>(high * 16 + low));
  }
  return bytes;
}

// ---- FieldCipher -------------------------------------------------------------------------------------------------

//! An AES-256-GCM context with the key schedule done, and an HMAC-SHA256 context with the key set; each use
//! re-initialises only the nonce, or duplicates the keyed HMAC context.
struct FieldCipher::Contexts {
  // GCM nonces (NIST SP 800-38D §8.2.1): a random 64-bit field per context and a 32-bit invocation counter; a new
  // random field is drawn when the counter wraps, so no nonce repeats under the key without a 64-bit collision.
  std::array<std::uint8_t, 8> nonceField{};
  std::uint32_t invocations = 0;
  void nextNonce(std::uint8_t* out) {
    if (invocations == 0) {
      const Bytes field = randomBytes(nonceField.size());
      std::copy(field.begin(), field.end(), nonceField.begin());
    }
    std::copy(nonceField.begin(), nonceField.end(), out);
    for (int i = 0; i < 4; ++i) out[8 + i] = static_cast<std::uint8_t>(invocations >> (8 * i));
    ++invocations;
  }
  EVP_CIPHER_CTX* encrypt = EVP_CIPHER_CTX_new();
  EVP_CIPHER_CTX* decrypt = EVP_CIPHER_CTX_new();
  EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
  EVP_MAC_CTX* hmac = nullptr;
  ~Contexts() {
    EVP_CIPHER_CTX_free(encrypt);
    EVP_CIPHER_CTX_free(decrypt);
    EVP_MAC_CTX_free(hmac);
    EVP_MAC_free(mac);
  }
};

FieldCipher::FieldCipher() {
  prepare();
}
FieldCipher::FieldCipher(const FieldCipher& other)
    : m_encryptionKey(other.m_encryptionKey), m_hmacKey(other.m_hmacKey) {
  prepare();
}
FieldCipher& FieldCipher::operator=(const FieldCipher& other) {
  m_encryptionKey = other.m_encryptionKey;
  m_hmacKey = other.m_hmacKey;
  prepare();
  return *this;
}
FieldCipher::FieldCipher(FieldCipher&&) noexcept = default;
FieldCipher& FieldCipher::operator=(FieldCipher&&) noexcept = default;
FieldCipher::~FieldCipher() = default;

void FieldCipher::prepare() {
  m_contexts = std::make_unique<Contexts>();
  EVP_EncryptInit_ex(m_contexts->encrypt, EVP_aes_256_gcm(), nullptr, nullptr, nullptr);
  EVP_CIPHER_CTX_ctrl(m_contexts->encrypt, EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr);
  EVP_EncryptInit_ex(m_contexts->encrypt, nullptr, nullptr, m_encryptionKey.data(), nullptr);
  EVP_DecryptInit_ex(m_contexts->decrypt, EVP_aes_256_gcm(), nullptr, nullptr, nullptr);
  EVP_CIPHER_CTX_ctrl(m_contexts->decrypt, EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr);
  EVP_DecryptInit_ex(m_contexts->decrypt, nullptr, nullptr, m_encryptionKey.data(), nullptr);
  m_contexts->hmac = EVP_MAC_CTX_new(m_contexts->mac);
  char digest[] = "SHA256";
  const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                               OSSL_PARAM_construct_end()};
  EVP_MAC_init(m_contexts->hmac, m_hmacKey.data(), m_hmacKey.size(), params);
}

FieldCipher FieldCipher::generate() {
  FieldCipher cipher;
  const Bytes keys = randomBytes(2 * kKeySize);
  std::copy(keys.begin(), keys.begin() + kKeySize, cipher.m_encryptionKey.begin());
  std::copy(keys.begin() + kKeySize, keys.end(), cipher.m_hmacKey.begin());
  cipher.prepare();
  return cipher;
}

Result<FieldCipher> FieldCipher::fromHex(std::string_view hex) {
  auto bytes = grid::fromHex(hex);
  if (!bytes || bytes->size() != 2 * kKeySize)
    return makeError(ErrorCode::InvalidInput, "A key must be 128 hex characters; the key file is damaged.");
  FieldCipher cipher;
  std::copy(bytes->begin(), bytes->begin() + kKeySize, cipher.m_encryptionKey.begin());
  std::copy(bytes->begin() + kKeySize, bytes->end(), cipher.m_hmacKey.begin());
  cipher.prepare();
  return cipher;
}

std::string FieldCipher::toHex() const {
  Bytes all(m_encryptionKey.begin(), m_encryptionKey.end());
  all.insert(all.end(), m_hmacKey.begin(), m_hmacKey.end());
  return grid::toHex(all);
}

Bytes FieldCipher::encrypt(std::string_view plaintext) const {
  Bytes out(encryptedSize(plaintext.size()));
  encryptInto(plaintext, out.data());
  return out;
}

void FieldCipher::encryptInto(std::string_view plaintext, std::uint8_t* out) const {
  static_assert(encryptedSize(0) == kNonceSize + kTagSize);
  m_contexts->nextNonce(out);
  EVP_CIPHER_CTX* ctx = m_contexts->encrypt;
  int length = 0;
  EVP_EncryptInit_ex(ctx, nullptr, nullptr, nullptr, out);  // new nonce, same key schedule
  EVP_EncryptUpdate(ctx, out + kNonceSize, &length, reinterpret_cast<const unsigned char*>(plaintext.data()),
                    static_cast<int>(plaintext.size()));
  int finalLength = 0;
  EVP_EncryptFinal_ex(ctx, out + kNonceSize + length, &finalLength);
  EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, kTagSize, out + kNonceSize + plaintext.size());
}

Result<std::string> FieldCipher::decrypt(const Bytes& data) const {
  if (data.size() < kNonceSize + kTagSize) return makeError(ErrorCode::InvalidInput, "Encrypted value is truncated.");
  const std::size_t textSize = data.size() - kNonceSize - kTagSize;
  std::string plaintext(textSize, '\0');
  EVP_CIPHER_CTX* ctx = m_contexts->decrypt;
  int length = 0;
  EVP_DecryptInit_ex(ctx, nullptr, nullptr, nullptr, data.data());
  EVP_DecryptUpdate(ctx, reinterpret_cast<unsigned char*>(plaintext.data()), &length, data.data() + kNonceSize,
                    static_cast<int>(textSize));
  Bytes tag(data.end() - kTagSize, data.end());
  EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, kTagSize, tag.data());
  int finalLength = 0;
  if (EVP_DecryptFinal_ex(ctx, reinterpret_cast<unsigned char*>(plaintext.data()) + length, &finalLength) != 1)
    return makeError(ErrorCode::PermissionDenied,
                     "Encrypted value cannot be read with this key (wrong key for this database, or data altered).");
  return plaintext;
}

std::string FieldCipher::lookupHash(std::string_view plaintext) const {
  std::string hex(kLookupHashSize, '0');
  lookupHashInto(plaintext, hex.data());
  return hex;
}

void FieldCipher::lookupHashInto(std::string_view plaintext, char* hex) const {
  unsigned char digest[EVP_MAX_MD_SIZE];
  std::size_t length = 0;
  EVP_MAC_CTX* ctx = EVP_MAC_CTX_dup(m_contexts->hmac);  // keyed template; cheaper than a fresh init
  EVP_MAC_update(ctx, reinterpret_cast<const unsigned char*>(plaintext.data()), plaintext.size());
  EVP_MAC_final(ctx, digest, &length, sizeof digest);
  EVP_MAC_CTX_free(ctx);
  static constexpr char kDigits[] = "0123456789abcdef";
  for (std::size_t i = 0; i < length && 2 * i + 1 < kLookupHashSize; ++i) {
    hex[2 * i] = kDigits[digest[i] >> 4];
    hex[2 * i + 1] = kDigits[digest[i] & 0xF];
  }
}

// ---- KeyStore ----------------------------------------------------------------------------------------------------

std::string KeyStore::directory() {
  if (const char* dir = std::getenv("GRIDSTATION_KEY_DIR"); dir && *dir) return dir;
  if (const char* config = std::getenv("XDG_CONFIG_HOME"); config && *config)
    return std::string(config) + "/gridstation/keys";
  const char* home = std::getenv("HOME");
  return std::string(home ? home : ".") + "/.config/gridstation/keys";
}

std::string KeyStore::keyPath(std::string_view databaseId) {
  return directory() + "/" + std::string(databaseId) + ".key";
}

Result<FieldCipher> KeyStore::load(std::string_view databaseId) {
  const std::string path = keyPath(databaseId);
  std::ifstream in(path);
  if (!in)
    return makeError(
        ErrorCode::NotFound,
        "The key of this database is not on this computer (" + path +
            "). Copy the key file from the computer that created the database, or set GRIDSTATION_KEY_DIR.",
        {.file = path});
  std::string hex;
  in >> hex;
  auto cipher = FieldCipher::fromHex(hex);
  if (!cipher) return makeError(ErrorCode::InvalidInput, cipher.error().message, {.file = path});
  return cipher;
}

Status KeyStore::save(std::string_view databaseId, const FieldCipher& cipher) {
  const std::string path = keyPath(databaseId);
  std::error_code ec;
  std::filesystem::create_directories(directory(), ec);
  if (ec)
    return makeError(ErrorCode::Io, "Cannot create the key folder " + directory() + ": " + ec.message(),
                     {.file = path});
  if (std::filesystem::exists(path))
    return makeError(ErrorCode::Conflict, "A key for this database id exists already; refusing to overwrite it.",
                     {.file = path});
  std::ofstream out(path);
  if (!out) return makeError(ErrorCode::Io, "Cannot write the key file.", {.file = path});
  out << cipher.toHex() << "\n";
  out.close();
  ::chmod(path.c_str(), S_IRUSR | S_IWUSR);
  return {};
}

Status KeyStore::remove(std::string_view databaseId) {
  const std::string path = keyPath(databaseId);
  std::error_code ec;
  std::filesystem::remove(path, ec);
  if (ec) return makeError(ErrorCode::Io, "Cannot delete the key file: " + ec.message(), {.file = path});
  return {};
}

Result<FieldCipher> KeyStore::create(std::string_view databaseId) {
  FieldCipher cipher = FieldCipher::generate();
  if (auto saved = save(databaseId, cipher); !saved) return saved.error();
  return cipher;
}

}  // namespace grid
