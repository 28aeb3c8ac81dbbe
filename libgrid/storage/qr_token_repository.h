// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <optional>
#include <string>

#include "common/actor.h"
#include "common/result.h"
#include "storage/record_writer.h"

namespace grid {

//! One QR token (一格一码 / 一户一码): an opaque random string; the QR code holds only base URL + token.
struct QrToken {
  long long id = -1;
  std::string token;
  std::string scope;  //!< grid | building | household | person
  long long targetId = -1;
  std::string issuedAt;
  std::string revokedAt;  //!< empty while the token is valid
  bool valid() const { return revokedAt.empty(); }
};

/**
 * Issues, finds and revokes QR tokens (DOMAIN.md §4.13). A token carries no personal data; revoking one (a lost
 * plate, a board taken down) makes the old QR code resolve to nothing, and the next print issues a new token.
 * Every issue and revocation is an audited write.
 */
class QrTokenRepository {
 public:
  QrTokenRepository(Database& database, const Clock& clock) : m_writer(database, clock) {}

  //! The valid token of a target, if any.
  Result<std::optional<QrToken>> active(const std::string& scope, long long targetId);
  //! The valid token of a target, issuing (and auditing) a new one when there is none.
  Result<QrToken> activeOrIssue(const std::string& scope, long long targetId, const Actor& actor);
  Result<std::optional<QrToken>> find(const std::string& token);
  //! Marks \a token revoked now; an unknown or already revoked token is an error that says so.
  Status revoke(const std::string& token, const Actor& actor, const std::string& reason);

 private:
  RecordWriter m_writer;
};

//! The URL printed in a QR code: the database's base URL (meta key qr_url_base, default below) + token.
Result<std::string> qrUrl(Database& database, const std::string& token);
inline constexpr const char* kDefaultQrUrlBase = "https://wg.example.gov.cn/q/";

}  // namespace grid
