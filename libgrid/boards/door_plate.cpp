// SPDX-License-Identifier: GPL-2.0-or-later
#include "boards/door_plate.h"

#include "storage/database.h"
#include "storage/qr_token_repository.h"

namespace grid {

Result<std::vector<DoorPlate>> loadDoorPlates(Database& database, const std::vector<long long>& gridIds,
                                              const Actor& actor, const Clock& clock) {
  for (long long gridId : gridIds)
    if (auto s = requirePermission(database, "board", "print", gridId); !s) return s.error();
  auto statement = database.prepare(
      "SELECT h.id, coalesce(b.name, b.building_code, ''), coalesce(d.unit_no, 1), coalesce(d.room_no, ''), g.name, "
      "c.name, "
      "       (SELECT t.token FROM qr_token t WHERE t.scope = 'household' AND t.target_id = h.id AND t.revoked_at IS "
      "NULL "
      "        ORDER BY t.id DESC LIMIT 1) "
      "FROM household h JOIN grid g ON g.id = h.grid_id JOIN community c ON c.id = g.community_id "
      "LEFT JOIN house d ON d.id = h.house_id LEFT JOIN building b ON b.id = coalesce(d.building_id, h.building_id) "
      "WHERE h.grid_id = ? AND h.logout = 0 "
      "ORDER BY b.building_code, d.unit_no, length(d.room_no), d.room_no, h.id");
  if (!statement) return statement.error();
  std::vector<DoorPlate> plates;
  for (long long gridId : gridIds) {
    statement->reset();
    statement->bind(1, gridId);
    if (auto s = statement->forEachRow([&](const Statement& row) {
          plates.push_back({row.int64(0),
                            row.text(1),
                            static_cast<int>(row.int64(2)),
                            row.text(3),
                            row.text(4),
                            row.text(5),
                            row.isNull(6) ? std::string() : row.text(6),
                            {}});
        });
        !s)
      return s.error();
  }
  QrTokenRepository tokens(database, clock);
  for (DoorPlate& plate : plates) {
    if (plate.token.empty()) {
      auto token = tokens.activeOrIssue("household", plate.householdId, actor);
      if (!token) return token.error();
      plate.token = token->token;
    }
    auto url = qrUrl(database, plate.token);
    if (!url) return url.error();
    plate.url = *url;
  }
  return plates;
}

}  // namespace grid
