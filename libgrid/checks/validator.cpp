// SPDX-License-Identifier: GPL-2.0-or-later
#include "checks/validator.h"

#include <functional>

#include "common/clock.h"
#include "ledger/division_code.h"
#include "ledger/id_number.h"
#include "security/crypto.h"
#include "storage/database.h"

namespace grid {

std::string Violation::line() const {
  std::string where = table;
  if (!label.empty()) where += " " + label;
  if (recordId >= 0) where += " (#" + std::to_string(recordId) + ")";
  return where + ": " + message + " [" + rule + "]";
}

namespace {

//! Runs \a sql and hands every row to \a each.
Status forEachRow(Database& db, const std::string& sql, const std::function<void(const Statement&)>& each) {
  auto statement = db.prepare(sql);
  if (!statement) return statement.error();
  return statement->forEachRow(each);
}

std::string area(double squareMetres) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.0f m²", squareMetres);
  return buffer;
}

struct Check {
  const char* name;
  std::function<Status(Database&, std::vector<Violation>&)> run;
};

std::vector<Check> geometryChecks() {
  return {
      {"grid-outside-community",
       [](Database& db, std::vector<Violation>& out) {
         return forEachRow(
             db,
             "SELECT g.id, g.grid_code, c.admin_code, c.name, ST_Area(ST_Difference(g.geom, c.geom)) AS outside "
             "FROM grid g JOIN community c ON c.id = g.community_id "
             "WHERE g.retired_at IS NULL AND g.geom IS NOT NULL AND c.geom IS NOT NULL "
             "AND NOT ST_Covers(c.geom, g.geom) AND ST_Area(ST_Difference(g.geom, c.geom)) > 1.0",
             [&](const Statement& s) {
               out.push_back({"grid-outside-community", "grid", s.int64(0), formatCodeForDisplay(s.text(1)),
                              "lies " + area(s.real(4)) + " outside its community " + s.text(3) + " (" + s.text(2) +
                                  "); redraw the grid boundary inside the community"});
             });
       }},
      {"grids-overlap",
       [](Database& db, std::vector<Violation>& out) {
         return forEachRow(
             db,
             "SELECT a.id, a.grid_code, b.grid_code, ST_Area(ST_Intersection(a.geom, b.geom)) FROM grid a "
             "JOIN grid b ON b.community_id = a.community_id AND b.id > a.id "
             "WHERE a.retired_at IS NULL AND b.retired_at IS NULL AND a.geom IS NOT NULL AND b.geom IS NOT NULL "
             "AND MbrIntersects(a.geom, b.geom) AND ST_Intersects(a.geom, b.geom) "
             "AND ST_Area(ST_Intersection(a.geom, b.geom)) > 1.0",
             [&](const Statement& s) {
               out.push_back({"grids-overlap", "grid", s.int64(0), formatCodeForDisplay(s.text(1)),
                              "overlaps grid " + formatCodeForDisplay(s.text(2)) + " by " + area(s.real(3)) +
                                  "; grids of a community must not overlap"});
             });
       }},
      {"grid-without-boundary",
       [](Database& db, std::vector<Violation>& out) {
         return forEachRow(db, "SELECT id, grid_code FROM grid WHERE retired_at IS NULL AND geom IS NULL",
                           [&](const Statement& s) {
                             out.push_back({"grid-without-boundary", "grid", s.int64(0),
                                            formatCodeForDisplay(s.text(1)), "has no boundary; draw it on the map"});
                           });
       }},
      {"building-in-no-grid",
       [](Database& db, std::vector<Violation>& out) {
         return forEachRow(db, "SELECT id, name FROM building WHERE logout = 0 AND grid_id IS NULL",
                           [&](const Statement& s) {
                             out.push_back({"building-in-no-grid", "building", s.int64(0), s.text(1),
                                            "is in no grid; assign it to the grid it stands in"});
                           });
       }},
      {"building-outside-its-grid",
       [](Database& db, std::vector<Violation>& out) {
         return forEachRow(
             db,
             "SELECT b.id, b.name, g.grid_code FROM building b JOIN grid g ON g.id = b.grid_id "
             "WHERE b.logout = 0 AND b.geom IS NOT NULL AND g.geom IS NOT NULL "
             "AND NOT ST_Contains(g.geom, ST_PointOnSurface(b.geom)) "
             "AND NOT EXISTS (SELECT 1 FROM building_unit bu JOIN grid g2 ON g2.id = bu.grid_id WHERE bu.building_id = "
             "b.id "
             "AND ST_Contains(g2.geom, ST_PointOnSurface(b.geom)))",  // a tower split by 单元 may stand in a unit's
                                                                      // grid
             [&](const Statement& s) {
               out.push_back({"building-outside-its-grid", "building", s.int64(0), s.text(1),
                              "is recorded in grid " + formatCodeForDisplay(s.text(2)) +
                                  " but stands outside it; move it to the grid it stands in or fix the boundary"});
             });
       }},
      {"building-crosses-grids",
       [](Database& db, std::vector<Violation>& out) {
         return forEachRow(
             db,
             "SELECT b.id, b.name, g.grid_code, ST_Area(ST_Intersection(b.geom, g.geom)) FROM grid g "
             "JOIN building b ON b.ROWID IN (SELECT ROWID FROM SpatialIndex WHERE f_table_name = 'building' "
             "AND search_frame = g.geom) "
             "WHERE g.retired_at IS NULL AND b.logout = 0 AND b.grid_id IS NOT NULL AND b.grid_id <> g.id "
             "AND NOT EXISTS (SELECT 1 FROM building_unit bu WHERE bu.building_id = b.id AND bu.grid_id = g.id) "
             "AND ST_Intersects(b.geom, g.geom) "
             "AND ST_Area(ST_Intersection(b.geom, g.geom)) > max(1.0, 0.05 * ST_Area(b.geom))",
             [&](const Statement& s) {
               out.push_back({"building-crosses-grids", "building", s.int64(0), s.text(1),
                              "reaches " + area(s.real(3)) + " into grid " + formatCodeForDisplay(s.text(2)) +
                                  "; a building belongs to exactly one grid (split it by 单元 if it must)"});
             });
       }},
  };
}

std::vector<Check> recordChecks() {
  return {
      {"household-without-building",
       [](Database& db, std::vector<Violation>& out) {
         return forEachRow(db,
                           "SELECT id, coalesce(account_number, '') FROM household WHERE logout = 0 "
                           "AND (house_id IS NULL OR building_id IS NULL)",
                           [&](const Statement& s) {
                             out.push_back({"household-without-building", "household", s.int64(0), s.text(1),
                                            "lives in no dwelling of a building; assign its dwelling"});
                           });
       }},
      {"household-grid-mismatch",
       [](Database& db, std::vector<Violation>& out) {
         return forEachRow(
             db,
             "SELECT h.id, coalesce(h.account_number, ''), b.name FROM household h "
             "JOIN building b ON b.id = h.building_id WHERE h.logout = 0 "
             "AND h.grid_id IS NOT coalesce((SELECT bu.grid_id FROM building_unit bu JOIN house ho "
             "ON ho.building_id = bu.building_id AND ho.unit_no = bu.unit_no WHERE ho.id = h.house_id), b.grid_id)",
             [&](const Statement& s) {
               out.push_back(
                   {"household-grid-mismatch", "household", s.int64(0), s.text(1),
                    "is filed under another grid than its building " + s.text(2) + "; records follow their building"});
             });
       }},
      {"codes",
       [](Database& db, std::vector<Violation>& out) -> Status {
         if (auto s = forEachRow(db, "SELECT id, admin_code, name FROM street",
                                 [&](const Statement& s) {
                                   if (auto v = validateStreetCode(s.text(1), true); !v)
                                     out.push_back({"street-code", "street", s.int64(0), s.text(2), v.error().message});
                                 });
             !s)
           return s;
         if (auto s = forEachRow(
                 db,
                 "SELECT c.id, c.admin_code, c.name, s.admin_code FROM community c "
                 "JOIN street s ON s.id = c.street_id",
                 [&](const Statement& s) {
                   if (auto v = validateCommunityCode(s.text(1), true); !v)
                     out.push_back({"community-code", "community", s.int64(0), s.text(2), v.error().message});
                   else if (s.text(1).compare(0, 9, s.text(3)) != 0)
                     out.push_back({"community-code", "community", s.int64(0), s.text(2),
                                    "code " + s.text(1) + " does not start with its street's code " + s.text(3)});
                 });
             !s)
           return s;
         if (auto s = forEachRow(
                 db,
                 "SELECT g.id, g.grid_code, c.admin_code, g.sequence FROM grid g "
                 "JOIN community c ON c.id = g.community_id",
                 [&](const Statement& s) {
                   if (auto v = validateGridCode(s.text(1), s.text(2)); !v)
                     out.push_back({"grid-code", "grid", s.int64(0), s.text(1), v.error().message});
                   else if (std::stoi(s.text(1).substr(12)) != s.int64(3))
                     out.push_back({"grid-code", "grid", s.int64(0), formatCodeForDisplay(s.text(1)),
                                    "code does not end with the grid's sequence number " + std::to_string(s.int64(3))});
                 });
             !s)
           return s;
         return forEachRow(db,
                           "SELECT b.id, b.name, b.building_code, g.grid_code FROM building b "
                           "LEFT JOIN grid g ON g.id = b.grid_id WHERE b.building_code IS NOT NULL "
                           "AND (g.grid_code IS NULL OR substr(b.building_code, 1, 15) <> g.grid_code)",
                           [&](const Statement& s) {
                             out.push_back({"building-code", "building", s.int64(0), s.text(1),
                                            "code " + formatCodeForDisplay(s.text(2)) +
                                                " does not start with its grid's code; renumber the building"});
                           });
       }},
      {"grid-stats",
       [](Database& db, std::vector<Violation>& out) {
         return forEachRow(db,
                           "SELECT g.id, g.grid_code, coalesce(s.households, -1), coalesce(s.persons, -1), "
                           "(SELECT count(*) FROM household h WHERE h.grid_id = g.id AND h.logout = 0), "
                           "(SELECT count(*) FROM person p WHERE p.grid_id = g.id AND p.logout = 0) "
                           "FROM grid g LEFT JOIN grid_stats s ON s.grid_id = g.id",
                           [&](const Statement& s) {
                             if (s.int64(2) == s.int64(4) && s.int64(3) == s.int64(5)) return;
                             out.push_back({"grid-stats", "grid", s.int64(0), formatCodeForDisplay(s.text(1)),
                                            "stored counts (" + std::to_string(s.int64(2)) + " households, " +
                                                std::to_string(s.int64(3)) + " persons) differ from the records (" +
                                                std::to_string(s.int64(4)) + ", " + std::to_string(s.int64(5)) +
                                                "); the database was changed outside GridStation"});
                           });
       }},
      {"duplicate-codes",
       [](Database& db, std::vector<Violation>& out) {
         return forEachRow(
             db,
             "SELECT 'grid', min(id), grid_code, count(*) FROM grid GROUP BY grid_code HAVING count(*) > 1 "
             "UNION ALL SELECT 'community', min(id), admin_code, count(*) FROM community "
             "GROUP BY admin_code HAVING count(*) > 1 "
             "UNION ALL SELECT 'building', min(id), building_code, count(*) FROM building "
             "WHERE building_code IS NOT NULL GROUP BY building_code HAVING count(*) > 1",
             [&](const Statement& s) {
               out.push_back({"duplicate-code", s.text(0), s.int64(1), s.text(2),
                              "code is used by " + std::to_string(s.int64(3)) + " records; codes must be unique"});
             });
       }},
      {"code-table-references",
       [](Database& db, std::vector<Violation>& out) {
         // column → code domain; values must exist in the seeded (or locally extended) code tables.
         static const char* kReferences[][3] = {
             {"person", "relation_code", "relation"},
             {"person", "political_code", "political"},
             {"person", "nation_code", "nation"},
             {"person", "education_code", "education"},
             {"key_person", "category_code", "key_person_category"},
             {"key_place", "classification_code", "key_place_class"},
             {"building", "type_code", "building_type"},
             {"building", "uses_code", "building_uses"},
             {"event", "domain_code", "event_domain"},
             {"event", "source_kind", "event_source"},
         };
         for (const auto& ref : kReferences) {
           const std::string sql = std::string("SELECT t.id, t.") + ref[1] + " FROM " + ref[0] + " t WHERE t." +
                                   ref[1] +
                                   " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM code_value v WHERE v.domain = '" +
                                   ref[2] + "' AND v.code = t." + ref[1] + ")";
           if (auto s = forEachRow(
                   db, sql,
                   [&](const Statement& s) {
                     out.push_back({"unknown-code", ref[0], s.int64(0), "",
                                    std::string(ref[1]) + " = \"" + s.text(1) + "\" is not in code table " + ref[2]});
                   });
               !s)
             return s;
         }
         return Status{};
       }},
  };
}

}  // namespace

Result<ValidationReport> validateDatabase(Database& database, const FieldCipher* cipher, Progress* progress) {
  ValidationReport report;
  std::vector<Check> checks = geometryChecks();
  for (auto& c : recordChecks()) checks.push_back(std::move(c));
  const double steps = static_cast<double>(checks.size() + 1);
  int done = 0;
  for (const Check& check : checks) {
    if (progress) {
      if (progress->isCancelled()) return makeError(ErrorCode::Cancelled, "Validation cancelled.");
      progress->report(done / steps, check.name);
    }
    if (auto s = check.run(database, report.violations); !s) {
      Error e = s.error();
      e.message = std::string("check ") + check.name + " failed: " + e.message;
      return e;
    }
    ++done;
  }

  if (!cipher) {
    report.notes.push_back("ID-number checksums were not checked: this database's key is not on this computer.");
  } else {
    if (progress) {
      if (progress->isCancelled()) return makeError(ErrorCode::Cancelled, "Validation cancelled.");
      progress->report(done / steps, "id-numbers");
    }
    const std::string today = todayIso();
    bool cancelled = false;
    long long checked = 0;
    auto s = forEachRow(
        database,
        "SELECT id, name, id_cipher, coalesce(id_masked, '') FROM person "
        "WHERE id_type = 'resident_id' AND id_cipher IS NOT NULL AND logout = 0",
        [&](const Statement& s) {
          if (cancelled || (progress && ++checked % 100000 == 0 && progress->isCancelled())) {
            cancelled = true;
            return;
          }
          auto plain = cipher->decrypt(s.blob(2));
          if (!plain) {
            report.violations.push_back({"id-number-unreadable", "person", s.int64(0), s.text(1),
                                         "ID number cannot be decrypted with this database's key"});
            return;
          }
          if (auto valid = validateIdNumber(*plain, today); !valid)
            report.violations.push_back({"id-number", "person", s.int64(0), s.text(1),
                                         "ID number " + maskIdNumber(*plain) + ": " + valid.error().message});
        });
    if (!s) return s.error();
    if (cancelled) return makeError(ErrorCode::Cancelled, "Validation cancelled.");
  }
  if (progress) progress->report(1.0, "done");
  return report;
}

}  // namespace grid
