// SPDX-License-Identifier: GPL-2.0-or-later
#include "storage/org_repository.h"

#include "ledger/division_code.h"
#include "ledger/phone.h"

namespace grid {
namespace {

Value optionalId(long long id) {
  return id >= 0 ? Value(id) : null();
}
Value optionalText(const std::string& text) {
  return text.empty() ? null() : Value(text);
}
Value optionalWkt(const std::string& wkt) {
  return wkt.empty() ? null() : Value(Wkt{wkt});
}

Result<std::string> codeOf(Database& db, const char* sql, long long id, const char* what) {
  auto statement = db.prepare(sql);
  if (!statement) return statement.error();
  statement->bind(1, id);
  auto row = statement->step();
  if (!row) return row.error();
  if (!*row) return makeError(ErrorCode::NotFound, std::string(what) + " " + std::to_string(id) + " does not exist.");
  return statement->text(0);
}

Status checkPhone(const std::string& phone, const char* field) {
  if (phone.empty()) return {};
  auto valid = validatePhone(phone);
  if (!valid) return makeError(ErrorCode::InvalidInput, valid.error().message, {.field = field});
  return {};
}

constexpr const char* kGridColumns =
    "SELECT id, community_id, coalesce(area_id, -1), sequence, grid_code, name, kind, household_target, "
    "coalesce(supervision_phone, ''), coalesce(AsText(geom), '') FROM grid ";

Grid readGrid(const Statement& s) {
  Grid g;
  g.id = s.int64(0);
  g.communityId = s.int64(1);
  g.areaId = s.int64(2);
  g.sequence = static_cast<int>(s.int64(3));
  g.code = s.text(4);
  g.name = s.text(5);
  g.kind = s.text(6) == "dedicated" ? GridKind::Dedicated : GridKind::Comprehensive;
  g.householdTarget = static_cast<int>(s.int64(7));
  g.supervisionPhone = s.text(8);
  g.boundary = s.text(9);
  return g;
}

}  // namespace

Result<long long> OrgRepository::createDistrict(const Actor& actor, const District& district) {
  if (auto s = validateCountyCode(district.adminCode); !s) return s.error();
  if (district.name.empty()) return makeError(ErrorCode::InvalidInput, "A district needs a name.", {.field = "name"});
  return m_writer.insert(actor, "district", {{"admin_code", district.adminCode}, {"name", district.name}});
}

Result<long long> OrgRepository::createStreet(const Actor& actor, const Street& street) {
  if (auto s = validateStreetCode(street.adminCode, true); !s)
    return makeError(ErrorCode::InvalidInput, s.error().message, {.field = "admin_code"});
  if (street.name.empty()) return makeError(ErrorCode::InvalidInput, "A street needs a name.", {.field = "name"});
  if (street.districtId >= 0) {
    auto districtCode =
        codeOf(m_writer.database(), "SELECT admin_code FROM district WHERE id = ?", street.districtId, "District");
    if (!districtCode) return districtCode.error();
    if (street.adminCode.compare(0, 6, *districtCode) != 0)
      return makeError(
          ErrorCode::InvalidInput,
          "Street code " + street.adminCode + " does not start with its district's code " + *districtCode + ".",
          {.field = "admin_code"});
  }
  return m_writer.insert(actor, "street",
                         {{"district_id", optionalId(street.districtId)},
                          {"admin_code", street.adminCode},
                          {"name", street.name},
                          {"geom", optionalWkt(street.boundary)}});
}

Result<long long> OrgRepository::createCommunity(const Actor& actor, const Community& community) {
  if (auto s = validateCommunityCode(community.adminCode); !s)
    return makeError(ErrorCode::InvalidInput, s.error().message, {.field = "admin_code"});
  if (community.name.empty()) return makeError(ErrorCode::InvalidInput, "A community needs a name.", {.field = "name"});
  if (auto s = checkPhone(community.supervisionPhone, "supervision_phone"); !s) return s.error();
  auto streetCode =
      codeOf(m_writer.database(), "SELECT admin_code FROM street WHERE id = ?", community.streetId, "Street");
  if (!streetCode) return streetCode.error();
  if (community.adminCode.compare(0, 9, *streetCode) != 0)
    return makeError(
        ErrorCode::InvalidInput,
        "Community code " + community.adminCode + " does not start with its street's code " + *streetCode + ".",
        {.field = "admin_code"});
  return m_writer.insert(actor, "community",
                         {{"street_id", community.streetId},
                          {"admin_code", community.adminCode},
                          {"name", community.name},
                          {"household_target", static_cast<long long>(community.householdTarget)},
                          {"supervision_phone", optionalText(community.supervisionPhone)},
                          {"geom", optionalWkt(community.boundary)}});
}

Result<long long> OrgRepository::createArea(const Actor& actor, const Area& area) {
  if (area.name.empty()) return makeError(ErrorCode::InvalidInput, "An area needs a name.", {.field = "name"});
  return m_writer.insert(actor, "area",
                         {{"community_id", area.communityId},
                          {"sequence", static_cast<long long>(area.sequence)},
                          {"name", area.name},
                          {"geom", optionalWkt(area.boundary)}});
}

Result<long long> OrgRepository::createGrid(const Actor& actor, const Grid& grid) {
  auto communityCode =
      codeOf(m_writer.database(), "SELECT admin_code FROM community WHERE id = ?", grid.communityId, "Community");
  if (!communityCode) return communityCode.error();
  auto code = makeGridCode(*communityCode, grid.sequence);
  if (!code) return makeError(ErrorCode::InvalidInput, code.error().message, {.field = "sequence"});
  if (grid.name.empty()) return makeError(ErrorCode::InvalidInput, "A grid needs a name.", {.field = "name"});
  if (grid.householdTarget <= 0)
    return makeError(ErrorCode::InvalidInput, "The household target of a grid must be positive.",
                     {.field = "household_target"});
  if (auto s = checkPhone(grid.supervisionPhone, "supervision_phone"); !s) return s.error();
  if (grid.areaId >= 0) {
    auto areaCommunity = m_writer.database().prepare("SELECT community_id FROM area WHERE id = ?");
    if (!areaCommunity) return areaCommunity.error();
    areaCommunity->bind(1, grid.areaId);
    auto row = areaCommunity->step();
    if (!row) return row.error();
    if (!*row || areaCommunity->int64(0) != grid.communityId)
      return makeError(ErrorCode::InvalidInput, "The area is not part of the grid's community.", {.field = "area_id"});
  }
  return m_writer.insert(actor, "grid",
                         {{"community_id", grid.communityId},
                          {"area_id", optionalId(grid.areaId)},
                          {"grid_code", *code},
                          {"sequence", static_cast<long long>(grid.sequence)},
                          {"name", grid.name},
                          {"kind", grid.kind == GridKind::Dedicated ? "dedicated" : "comprehensive"},
                          {"household_target", static_cast<long long>(grid.householdTarget)},
                          {"supervision_phone", optionalText(grid.supervisionPhone)},
                          {"geom", optionalWkt(grid.boundary)}});
}

Status OrgRepository::setGridBoundary(const Actor& actor, long long gridId, const GeometryWkt& boundary) {
  return m_writer.update(actor, "grid", gridId,
                         {{"geom", optionalWkt(boundary)}, {"updated_at", m_writer.clock().nowIso()}});
}

Result<Community> OrgRepository::community(long long id) {
  auto s = m_writer.database().prepare(
      "SELECT id, street_id, admin_code, name, household_target, coalesce(supervision_phone, ''), "
      "coalesce(AsText(geom), '') FROM community WHERE id = ?");
  if (!s) return s.error();
  s->bind(1, id);
  auto row = s->step();
  if (!row) return row.error();
  if (!*row) return makeError(ErrorCode::NotFound, "Community " + std::to_string(id) + " does not exist.");
  return Community{s->int64(0), s->int64(1), s->text(2), s->text(3), static_cast<int>(s->int64(4)),
                   s->text(5),  s->text(6)};
}

Result<Community> OrgRepository::communityByCode(const std::string& adminCode) {
  auto id = m_writer.database().prepare("SELECT id FROM community WHERE admin_code = ?");
  if (!id) return id.error();
  id->bind(1, adminCode);
  auto row = id->step();
  if (!row) return row.error();
  if (!*row) return makeError(ErrorCode::NotFound, "No community has the code " + adminCode + ".");
  return community(id->int64(0));
}

Result<Grid> OrgRepository::grid(long long id) {
  auto s = m_writer.database().prepare(std::string(kGridColumns) + "WHERE id = ?");
  if (!s) return s.error();
  s->bind(1, id);
  auto row = s->step();
  if (!row) return row.error();
  if (!*row) return makeError(ErrorCode::NotFound, "Grid " + std::to_string(id) + " does not exist.");
  return readGrid(*s);
}

Result<Grid> OrgRepository::gridByCode(const std::string& code) {
  auto s = m_writer.database().prepare(std::string(kGridColumns) + "WHERE grid_code = ?");
  if (!s) return s.error();
  s->bind(1, code);
  auto row = s->step();
  if (!row) return row.error();
  if (!*row) return makeError(ErrorCode::NotFound, "No grid has the code " + formatCodeForDisplay(code) + ".");
  return readGrid(*s);
}

Result<std::vector<Grid>> OrgRepository::gridsOfCommunity(long long communityId) {
  auto s = m_writer.database().prepare(std::string(kGridColumns) + "WHERE community_id = ? ORDER BY sequence");
  if (!s) return s.error();
  s->bind(1, communityId);
  std::vector<Grid> grids;
  if (auto status = s->forEachRow([&](const Statement& row) { grids.push_back(readGrid(row)); }); !status)
    return status.error();
  return grids;
}

}  // namespace grid
