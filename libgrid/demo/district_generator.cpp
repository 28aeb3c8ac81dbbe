// SPDX-License-Identifier: GPL-2.0-or-later
#include "demo/district_generator.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "common/civil_date.h"
#include "demo/generator_parts.h"
#include "ledger/id_number.h"
#include "ledger/phone.h"
#include "registry/visit_rules.h"
#include "security/crypto.h"
#include "storage/bulk_inserter.h"
#include "storage/bulk_load_indexes.h"
#include "storage/database.h"
#include "storage/derived_tables.h"
#include "storage/record_writer.h"
#include "visits/visits.h"
#include "workflow/event_simulation.h"

namespace grid {
namespace demo_detail {

Status Generator::prepareInserters() {
  struct Spec {
    std::optional<BulkInserter>* slot;
    const char* table;
    std::vector<std::string> columns;
  };
  const std::vector<Spec> specs{
      {&m_in.community,
       "community",
       {"id", "street_id", "admin_code", "valid_year", "urban_rural_class", "name", "address", "contact_phone",
        "supervision_phone", "geom"}},
      {&m_in.area, "area", {"id", "community_id", "sequence", "name", "geom"}},
      {&m_in.gridPlan,
       "grid_plan",
       {"id", "community_id", "version", "status", "household_target", "tolerance", "note", "created_by", "created_at",
        "accepted_at"}},
      {&m_in.grid,
       "grid",
       {"id", "community_id", "area_id", "grid_code", "sequence", "name", "kind", "household_target", "contact_phone",
        "supervision_phone", "scope_text", "service_hours", "plan_id", "created_at", "geom"}},
      {&m_in.gridVersion, "grid_version", {"plan_id", "grid_id", "grid_code", "name", "households", "geom"}},
      {&m_in.company, "property_company", {"id", "name", "credit_code", "phone", "address"}},
      {&m_in.estate, "estate", {"id", "community_id", "name", "address", "property_company_id", "built_year", "geom"}},
      {&m_in.building,
       "building",
       {"id", "grid_id", "estate_id", "building_code", "name", "address", "type_code", "uses_code", "structure_code",
        "built_year", "floors_above", "floors_below", "units_count", "has_elevator", "has_property_mgmt",
        "household_estimate", "source", "geom"}},
      {&m_in.house,
       "house",
       {"id", "building_id", "unit_no", "floor", "room_no", "layout_col", "uses_code", "area_m2", "is_rental"}},
      {&m_in.household,
       "household",
       {"id", "grid_id", "house_id", "building_id", "account_number", "household_type", "head_person_id",
        "members_count", "visit_count", "source_state", "created_by", "created_at"}},
      {&m_in.person,
       "person",
       {"id",
        "household_id",
        "grid_id",
        "name",
        "id_type",
        "id_cipher",
        "id_hmac",
        "id_masked",
        "gender",
        "birth_date",
        "population_type",
        "relation_code",
        "political_code",
        "nation_code",
        "education_code",
        "marital_code",
        "mobile_cipher",
        "mobile_masked",
        "inflow_reason_code",
        "inflow_date",
        "source_state",
        "created_by",
        "created_at"}},
      {&m_in.staff, "staff", {"id", "name", "gender", "work_phone", "political_code", "active", "registered_date"}},
      {&m_in.assignment,
       "staff_assignment",
       {"staff_id", "role_code", "level", "target_id", "position_type", "duties", "start_date"}},
      {&m_in.partyOrg,
       "party_org",
       {"id", "parent_id", "kind", "name", "community_id", "grid_id", "secretary_staff_id"}},
      {&m_in.partyMember,
       "party_member",
       {"id", "person_id", "party_org_id", "join_date", "full_member_date", "member_type_code", "in_service_registered",
        "link_limit", "exempt_code", "workplace_org", "in_service_date"}},
      {&m_in.partyLink,
       "party_link",
       {"party_member_id", "household_id", "link_type", "assigned_by", "contact_card_issued", "start_date"}},
      {&m_in.keyPerson,
       "key_person",
       {"person_id", "grid_id", "category_code", "attention_level", "under_attention", "detail_cipher",
        "helper_staff_id", "risk_colour", "last_visit_date", "next_visit_due", "created_at"}},
      {&m_in.keyPlace,
       "key_place",
       {"grid_id", "building_id", "name", "address", "classification_code", "key_types", "hidden_danger",
        "rectification", "listed_level", "attention_level", "risk_colour", "charge_person", "fire_level",
        "management_class", "created_at", "geom"}},
      {&m_in.keyMatter,
       "key_matter",
       {"id", "serial_number", "grid_id", "subject", "group_size", "group_type", "aspiration_code", "warning_level",
        "stability_unit", "stability_owner", "resolve_unit", "status", "origin", "registrant", "registered_at",
        "deadline", "next_review_date", "geom"}},
      {&m_in.keyMatterLink, "key_matter_link", {"key_matter_id", "object_type", "object_id"}},
      {&m_in.patrol,
       "patrol_log",
       {"grid_id", "staff_id", "log_type", "object_type", "object_id", "work_time", "place", "content", "has_exception",
        "geom"}},
      {&m_in.qrToken, "qr_token", {"token", "scope", "target_id", "issued_at"}},
      {&m_in.road, "base_road", {"name", "kind", "geom"}},
      {&m_in.personCare, "person_care", {"person_id", "care_code", "start_date"}},
  };
  for (const Spec& spec : specs) {
    auto inserter = BulkInserter::create(m_db, spec.table, spec.columns);
    if (!inserter) return inserter.error();
    spec.slot->emplace(std::move(*inserter));
  }
  return {};
}

Result<DistrictSummary> Generator::run(Progress* progress) {
  if (m_db.srid() != 4547)
    return makeError(ErrorCode::Unsupported,
                     "The demo district is drawn in EPSG:4547; create the database with that CRS.");
  auto existing = m_db.queryInt("SELECT count(*) FROM community");
  if (!existing) return existing.error();
  if (*existing > 0)
    return makeError(ErrorCode::Conflict, "The database already holds communities; use an empty database.");
  if (m_options.households < 1000 || m_options.households > 50'000'000)
    return makeError(ErrorCode::InvalidInput, "--households must be between 1,000 and 50,000,000.");
  if (m_options.asOfDate.size() != 10) return makeError(ErrorCode::InvalidInput, "as-of date must be YYYY-MM-DD");
  m_asOf = daysFromCivil(std::stoi(m_options.asOfDate.substr(0, 4)), std::stoi(m_options.asOfDate.substr(5, 2)),
                         std::stoi(m_options.asOfDate.substr(8, 2)));

  // Grids realise about 283 households on average (targets 200-400, facilities take room), so size by that.
  constexpr long long kHouseholdsPerCommunity = kGridsPerCommunity * 283;
  const long long communities =
      std::max<long long>(1, (m_options.households + kHouseholdsPerCommunity / 2) / kHouseholdsPerCommunity);
  const long long streets = (communities + kCommunitiesPerStreet - 1) / kCommunitiesPerStreet;
  const long long districts = (streets + kStreetsPerDistrict - 1) / kStreetsPerDistrict;
  if (districts > 90) return makeError(ErrorCode::InvalidInput, "At most 90 districts (about 30 million households).");
  m_householdBudget = m_options.households;

  std::vector<std::string> addressCodes;
  for (long long d = 0; d < districts; ++d) addressCodes.push_back("4403" + padded(10 + d, 2));
  for (const char* code : kOtherCounties) addressCodes.emplace_back(code);
  m_ids = IdNumberFactory(addressCodes, daysFromCivil(1920, 1, 1), m_asOf);

  // Bulk load: a bounded 256 MB page cache, and the secondary indexes of the big tables dropped now and rebuilt
  // (sorted, much faster) at the end; random-key index inserts otherwise thrash the cache at city scale.
  CacheSizeScope cache(m_db, 256);
  // household_head stays: the deferred head-of-household foreign key needs it on every person insert.
  auto indexes = BulkLoadIndexes::drop(m_db,
                                       {"person", "household", "house", "building", "party_link", "party_member",
                                        "staff_assignment", "key_person", "event_step", "event_log", "patrol_log"},
                                       {"household_head"});
  if (!indexes) return indexes.error();
  auto stats = DerivedTablesSuspension::begin(m_db);
  if (!stats) return stats.error();
  if (auto s = prepareInserters(); !s) return s.error();
  const int districtCols = static_cast<int>(std::ceil(std::sqrt(static_cast<double>(districts))));

  // District, streets and property companies first, in one transaction.
  std::vector<long long> streetIds;
  std::vector<std::string> streetCodes;
  {
    Transaction transaction(m_db);
    if (!transaction.begun()) return transaction.begun().error();
    for (long long d = 0; d < districts; ++d) {
      if (auto id = m_writer.insert(m_actor, "district",
                                    {{"admin_code", addressCodes[static_cast<std::size_t>(d)]},
                                     {"name", std::string(kDistrictNames[static_cast<std::size_t>(d) % 12]) +
                                                  (d >= 12 ? std::to_string(d / 12 + 1) : "")},
                                     {"valid_year", 2026LL}});
          !id)
        return id.error();
      ++m_summary.districts;
    }
    for (long long s = 0; s < streets; ++s) {
      const long long district = s / kStreetsPerDistrict;
      const std::string code =
          addressCodes[static_cast<std::size_t>(district)] + padded(s % kStreetsPerDistrict + 1, 3);
      auto id = m_writer.insert(m_actor, "street",
                                {{"district_id", district + 1},
                                 {"admin_code", code},
                                 {"name", std::string(kPlaceWords[static_cast<std::size_t>(s) % 16]) +
                                              (s >= 16 ? std::to_string(s / 16 + 1) : "") + "街道"},
                                 {"valid_year", 2026LL},
                                 {"supervision_phone", "0755-12345"}});
      if (!id) return id.error();
      streetIds.push_back(*id);
      streetCodes.push_back(code);
      ++m_summary.streets;
    }
    const long long companies = std::max<long long>(8, communities * 2);
    for (long long c = 0; c < companies; ++c) {
      std::string credit = "91440300" + padded(c + 1, 9) + "X";
      if (auto s = m_in.company->insert({c + 1,
                                         std::string(kPlaceWords[static_cast<std::size_t>(c) % 16]) +
                                             (c >= 16 ? std::to_string(c / 16 + 1) : "") +
                                             kCompanySuffix[static_cast<std::size_t>(c) % 10],
                                         credit, "0755-8" + padded(m_random.between(0, 9999999), 7), null()});
          !s)
        return s.error();
      m_companies.push_back(c + 1);
    }
    if (auto s = transaction.commit(); !s) return s.error();
  }

  // Communities, one transaction each: memory stays bounded and progress is visible.
  double latticeMaxX = kOriginX;  // the built area's east edge, before bending (the river runs along it)
  for (long long c = 0; c < communities; ++c) {
    if (progress) {
      if (progress->isCancelled()) return makeError(ErrorCode::Cancelled, "Demo generation cancelled.");
      progress->report(static_cast<double>(c) / static_cast<double>(communities + 1),
                       "community " + std::to_string(c + 1));
    }
    const long long street = c / kCommunitiesPerStreet;
    const long long district = street / kStreetsPerDistrict;
    const int slotInStreet = static_cast<int>(c % kCommunitiesPerStreet);
    const int slotInDistrict = static_cast<int>(street % kStreetsPerDistrict);
    const double x0 = kOriginX + static_cast<double>(district % districtCols) * kDistrictWidth +
                      (slotInDistrict % kDistrictCols) * kStreetWidth + (slotInStreet % kStreetCols) * kCommunityWidth;
    const double y0 = kOriginY + static_cast<double>(district / districtCols) * kDistrictHeight +
                      (slotInDistrict / kDistrictCols) * kStreetHeight +
                      (slotInStreet / kStreetCols) * kCommunityHeight;
    latticeMaxX = std::max(latticeMaxX, x0 + kCommunityWidth);
    Transaction transaction(m_db);
    if (!transaction.begun()) return transaction.begun().error();
    if (auto s = writeCommunity(static_cast<int>(c), streetIds[static_cast<std::size_t>(street)],
                                streetCodes[static_cast<std::size_t>(street)],
                                addressCodes[static_cast<std::size_t>(district)], x0, y0);
        !s)
      return s.error();
    if (auto s = transaction.commit(); !s) return s.error();
  }

  // Street outlines from their communities; roads, water and demo users.
  {
    Transaction transaction(m_db);
    if (!transaction.begun()) return transaction.begun().error();
    if (auto s = m_db.exec("UPDATE street SET geom = (SELECT CastToMultiPolygon(ST_Union(c.geom)) FROM community c "
                           "WHERE c.street_id = street.id)");
        !s)
      return s.error();
    // A river along the south edge of the built area, bent with it (so it follows the city's edge and never
    // reaches a block).
    auto river = BulkInserter::create(m_db, "base_water", {"name", "kind", "geom"});
    if (!river) return river.error();
    if (auto s = river->insert(
            {"锦江", "river", Wkt{rectangle(kOriginX - 400, kOriginY - 190, latticeMaxX + 400, kOriginY - 90)}});
        !s)
      return s.error();
    // The service circle's facilities are the facilities drawn above (their key places), and an elderly day-care
    // centre beside four in five communities' service centres. No random draw: the rest of the district stays as the
    // seed makes it.
    if (auto s = m_db.exec(
            "INSERT INTO service_facility (type_code, name, community_id, building_id, source, created_at, geom) "
            "SELECT CASE WHEN k.name LIKE '%党群服务中心' THEN 'service_centre' WHEN k.name LIKE '%卫生服务站' THEN "
            "'clinic' WHEN k.name LIKE '%农贸市场' THEN 'market' ELSE 'school' END, k.name, g.community_id, "
            "k.building_id, 'demo', k.created_at, ST_Centroid(b.geom) FROM key_place k JOIN building b ON b.id = "
            "k.building_id JOIN grid g ON g.id = k.grid_id WHERE k.name LIKE '%党群服务中心' OR k.name LIKE "
            "'%卫生服务站' "
            "OR k.name LIKE '%农贸市场' OR k.name LIKE '%小学' OR k.name LIKE '%幼儿园' ORDER BY k.id");
        !s)
      return s.error();
    if (auto s = m_db.exec(
            "INSERT INTO service_facility (type_code, name, community_id, building_id, source, created_at, geom) "
            "SELECT 'elderly_care', replace(f.name, '党群服务中心', '日间照料中心'), f.community_id, f.building_id, "
            "'demo', f.created_at, f.geom FROM service_facility f WHERE f.type_code = 'service_centre' AND "
            "f.community_id % 5 <> 0 ORDER BY f.id");
        !s)
      return s.error();
    auto facilities = m_db.queryInt("SELECT count(*) FROM service_facility");
    if (!facilities) return facilities.error();
    if (auto s = m_writer.appendAudit(m_actor, "insert", "service_facility", -1, {},
                                      "{\"facilities\":" + std::to_string(*facilities) + "}", "demo district");
        !s)
      return s.error();
    // Accounts are not data: `gridctl demo --admin NAME` creates them, with passwords, after the district.
    if (auto s = transaction.commit(); !s) return s.error();
  }
  if (progress) progress->report(0.99, "indexes");
  if (auto s = indexes->finish(); !s) return s.error();
  if (auto s = stats->finish(); !s) return s.error();
  // Visits follow the frequency rules (visit_rule), written once the indexes are back, a community at a time.
  {
    if (progress) progress->report(0.992, "visits");
    auto rules = registry::loadVisitRules(m_db);
    if (!rules) return rules.error();
    auto inserter = BulkInserter::create(
        m_db, "patrol_log",
        {"grid_id", "staff_id", "log_type", "object_type", "object_id", "key_matter_id", "work_time", "place",
         "met_person", "content", "has_exception", "recorded_by", "recorded_at"});
    if (!inserter) return inserter.error();
    m_visitLog.emplace(std::move(*inserter));
    for (long long c = 1; c < m_nextCommunity; ++c) {
      if (progress && progress->isCancelled()) return makeError(ErrorCode::Cancelled, "Demo generation cancelled.");
      Transaction transaction(m_db);
      if (!transaction.begun()) return transaction.begun().error();
      if (auto s = writeVisits(c, *rules); !s) return s.error();
      if (auto s = transaction.commit(); !s) return s.error();
    }
    m_visitLog.reset();
  }
  // Events are not inserted in their states: the state machine makes them, so every timeline is consistent.
  if (progress) progress->report(0.995, "events");
  workflow::SimulationOptions simulation;
  simulation.asOf = m_options.asOfDate;
  simulation.seed = m_options.seed;
  auto events = workflow::simulateEvents(m_db, simulation);
  if (!events) return events.error();
  m_summary.events = *events;
  if (progress) progress->report(1.0, "done");
  return m_summary;
}

}  // namespace demo_detail

using demo_detail::Generator;

Result<DistrictSummary> generateDistrict(Database& database, const FieldCipher& cipher, const Clock& clock,
                                         const Actor& actor, const DistrictOptions& options, Progress* progress) {
  Generator generator(database, cipher, clock, actor, options);
  return generator.run(progress);
}

}  // namespace grid
