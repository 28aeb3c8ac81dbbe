// SPDX-License-Identifier: GPL-2.0-or-later
#include "checks/risk_summary.h"

#include <map>

#include "storage/database.h"
#include "storage/hierarchy_query.h"

namespace grid {
namespace {

int colourIndex(const std::string& colour) {
  if (colour == "red") return 0;
  if (colour == "orange") return 1;
  if (colour == "yellow") return 2;
  return 3;  // blue, green (accepted for the lowest level) or unset
}

}  // namespace

Result<CommunityRisk> loadCommunityRisk(Database& database, const std::string& communityCode) {
  auto community = findCommunity(database, communityCode);
  if (!community) return community.error();
  CommunityRisk out;
  out.communityId = community->id;
  out.communityName = community->name;
  std::map<long long, std::size_t> index;
  auto grids =
      database.prepare("SELECT id, grid_code, name, score FROM risk_grid WHERE community_id = ? ORDER BY grid_code");
  if (!grids) return grids.error();
  grids->bind(1, out.communityId);
  if (auto s = grids->forEachRow([&](const Statement& row) {
        index[row.int64(0)] = out.grids.size();
        GridRisk grid;
        grid.gridId = row.int64(0);
        grid.gridCode = row.text(1);
        grid.gridName = row.text(2);
        grid.score = row.int64(3);
        out.grids.push_back(grid);
      });
      !s)
    return s.error();
  struct Count {
    const char* sql;
    std::array<long long, 4> GridRisk::*field;
  };
  const Count counts[] = {
      {"SELECT k.grid_id, coalesce(k.risk_colour, ''), count(*) FROM key_person k JOIN grid g ON g.id = k.grid_id "
       "WHERE g.community_id = ? AND k.logout = 0 AND k.under_attention = 1 GROUP BY 1, 2",
       &GridRisk::keyPersons},
      {"SELECT k.grid_id, coalesce(k.risk_colour, ''), count(*) FROM key_place k JOIN grid g ON g.id = k.grid_id "
       "WHERE g.community_id = ? AND k.logout = 0 GROUP BY 1, 2",
       &GridRisk::keyPlaces},
      {"SELECT k.grid_id, k.warning_level, count(*) FROM key_matter k JOIN grid g ON g.id = k.grid_id "
       "WHERE g.community_id = ? AND k.status NOT IN ('resolved', 'closed') GROUP BY 1, 2",
       &GridRisk::keyMatters},
  };
  for (const Count& count : counts) {
    auto statement = database.prepare(count.sql);
    if (!statement) return statement.error();
    statement->bind(1, out.communityId);
    if (auto s = statement->forEachRow([&](const Statement& row) {
          auto it = index.find(row.int64(0));
          if (it == index.end()) return;  // a retired grid
          const int colour = colourIndex(row.text(1));
          (out.grids[it->second].*count.field)[colour] += row.int64(2);
          (out.total.*count.field)[colour] += row.int64(2);
        });
        !s)
      return s.error();
  }
  for (const GridRisk& grid : out.grids) out.total.score += grid.score;
  return out;
}

}  // namespace grid
