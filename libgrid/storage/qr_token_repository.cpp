// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/qr_token_repository.h"

#include "security/crypto.h"

namespace grid {
namespace {

QrToken readToken(const Statement& row) {
  QrToken token;
  token.id = row.int64(0);
  token.token = row.text(1);
  token.scope = row.text(2);
  token.targetId = row.int64(3);
  token.issuedAt = row.text(4);
  token.revokedAt = row.isNull(5) ? std::string() : row.text(5);
  return token;
}

constexpr const char* kColumns = "SELECT id, token, scope, target_id, issued_at, revoked_at FROM qr_token ";

}  // namespace

Result<std::optional<QrToken>> QrTokenRepository::active(const std::string& scope, long long targetId) {
  auto statement = m_writer.database().prepare(
      std::string(kColumns) + "WHERE scope = ? AND target_id = ? AND revoked_at IS NULL ORDER BY id DESC LIMIT 1");
  if (!statement) return statement.error();
  statement->bind(1, scope).bind(2, targetId);
  auto found = statement->step();
  if (!found) return found.error();
  if (!*found) return std::optional<QrToken>();
  return std::optional<QrToken>(readToken(*statement));
}

Result<QrToken> QrTokenRepository::activeOrIssue(const std::string& scope, long long targetId, const Actor& actor) {
  auto current = active(scope, targetId);
  if (!current) return current.error();
  if (*current) return **current;
  QrToken token;
  token.token = randomToken();
  token.scope = scope;
  token.targetId = targetId;
  token.issuedAt = m_writer.clock().nowIso();
  auto id = m_writer.insert(
      actor, "qr_token",
      {{"token", token.token}, {"scope", scope}, {"target_id", targetId}, {"issued_at", token.issuedAt}});
  if (!id) return id.error();
  token.id = *id;
  return token;
}

Result<std::optional<QrToken>> QrTokenRepository::find(const std::string& token) {
  auto statement = m_writer.database().prepare(std::string(kColumns) + "WHERE token = ?");
  if (!statement) return statement.error();
  statement->bind(1, token);
  auto found = statement->step();
  if (!found) return found.error();
  if (!*found) return std::optional<QrToken>();
  return std::optional<QrToken>(readToken(*statement));
}

Status QrTokenRepository::revoke(const std::string& token, const Actor& actor, const std::string& reason) {
  auto found = find(token);
  if (!found) return found.error();
  if (!*found)
    return makeError(ErrorCode::NotFound,
                     "No QR token \"" + token + "\" in this database; check the code (26 letters and digits).",
                     {.table = "qr_token", .field = "token"});
  if (!(*found)->valid())
    return makeError(ErrorCode::Conflict, "QR token " + token + " was already revoked at " + (*found)->revokedAt + ".",
                     {.table = "qr_token", .recordId = (*found)->id});
  Transaction transaction(m_writer.database());
  if (!transaction.begun()) return transaction.begun();
  if (auto s = m_writer.update(actor, "qr_token", (*found)->id, {{"revoked_at", m_writer.clock().nowIso()}}); !s)
    return s;
  if (!reason.empty())
    if (auto s = m_writer.appendAudit(actor, "update", "qr_token", (*found)->id, {}, {}, "revoked: " + reason); !s)
      return s;
  return transaction.commit();
}

Result<std::string> qrUrl(Database& database, const std::string& token) {
  auto base = database.meta("qr_url_base");
  if (!base && base.error().code != ErrorCode::NotFound) return base.error();
  return (!base || base->empty() ? std::string(kDefaultQrUrlBase) : *base) + token;
}

}  // namespace grid
