// SPDX-License-Identifier: GPL-2.0-or-later
// gridctl: command-line tool for GridStation databases (init, demo, stats, validate).
// Plain C++ on libgrid: no Qt needed for batch work on servers.

#include <algorithm>
#include <atomic>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "access/accounts.h"
#include "access/server_roles.h"
#include "access/session.h"
#include "arguments.h"
#include "bench.h"
#include "checks/staff_rules.h"
#include "checks/statistics.h"
#include "checks/validator.h"
#include "common/clock.h"
#include "community_commands.h"
#include "core/process_setup.h"
#include "demo/district_generator.h"
#include "demo/sample_district.h"
#include "events_command.h"
#include "geo/crs.h"
#include "import_command.h"
#include "interrupt.h"
#include "io/sheet_import.h"
#include "io/sheet_table.h"
#include "io/vector_import.h"
#include "ledger/text_util.h"
#include "ledger_commands.h"
#include "links_command.h"
#include "package_command.h"
#include "print_commands.h"
#include "regrid_command.h"
#include "sign_in.h"
#include "storage/database.h"
#include "storage/database_copy.h"
#include "storage/database_key.h"
#include "storage/hierarchy_query.h"
#include "storage/server_admin.h"
#include "visits_command.h"

namespace {

using namespace grid;
using grid::cli::CancelOnInterrupt;

using grid::cli::Arguments;
using grid::cli::fail;
using grid::cli::OptionSpec;
using grid::cli::runImport;
using grid::cli::usageError;

//! The password of the demo's per-role accounts (documented in the README); only for synthetic demo districts.
constexpr const char* kDemoPassword = "Demo-2026-pass";

const char* kMainUsage =
    "usage: gridctl COMMAND [ARGS] [--help] | gridctl --version\n"
    "\n"
    "commands:\n"
    "  init DB        create an empty GridStation database (schema, code tables, field key)\n"
    "  demo DB        create DB with a synthetic district (--sample: one community, four grids)\n"
    "  import DB SRC  buildings or boundaries from a GDAL vector file (gpkg, shp, GeoJSON, OSM, KML)\n"
    "  stats DB       counts per level; households per grid (min/median/max)\n"
    "  validate DB    check data rules; exit 1 and one line per violation\n"
    "  boards DB      print grid notice boards (网格公示牌) of a community or street to PDF\n"
    "  plates DB      print QR door plates (一户一码) as A4 label sheets\n"
    "  panorama DB    print a community's A3 risk panorama (社区风险全景图)\n"
    "  qr             show or revoke a QR token\n"
    "  regrid         propose or repair grids of ~300 households for any polygon/point layer (GDAL)\n"
    "  links suggest  party member → household links covering every household (min-cost flow)\n"
    "  export DB OUT  a ledger or list (households, persons, key persons/places/matters …) to .xlsx/.csv\n"
    "  staff check DB grids without a full-time worker, overloaded workers, buildings/estates without chiefs\n"
    "  events         the event closed loop: report, act (accept, escalate, resolve …), show, list, duty list\n"
    "  visits         patrols and visits: due and overdue lists under the frequency rules, log a visit, report a "
    "finding\n"
    "  dashboard      statistics of a place and month (统计分析), with the places below and the records behind a "
    "figure\n"
    "  report         report monthly: the monthly report (月报) as A4 PDF or .xlsx\n"
    "  package        work packages: a grid's records out as a GeoPackage (QGIS/QField), merged back three-way\n"
    "  deliberation   四事五议: matters through suggest → propose → discuss → review → decide, published notices\n"
    "  emergency      minimal emergency units: buildings in units with people, shelter, supplies, roll-call sheets\n"
    "  service-circle the 15-minute service circle: walking times to facilities, coverage per grid and community\n"
    "  users          accounts, roles over places, passwords, unlock, recovery, the permission table\n"
    "  server init    create a district database on a PostgreSQL + PostGIS server, with its administrator\n"
    "  bench NAME     benchmarks (import, demo, render, boards, regrid, links, signin, events, dashboard, package,\n"
    "                 service-circle); figures only\n"
    "\n"
    "\n"
    "A database with accounts needs --user NAME on every command (password from GRIDSTATION_PASSWORD or a prompt);\n"
    "the command then sees and changes only what that user's roles allow in the places of their grants.\n"
    "Run `gridctl COMMAND --help` for the options of a command.\n";

const char* kInitUsage =
    "usage: gridctl init DB [--srid EPSG | --lon LONGITUDE] [--admin NAME --district CODE]\n"
    "\n"
    "Creates DB with the full schema and seeded code tables, and a field-encryption key in the key store\n"
    "($GRIDSTATION_KEY_DIR or ~/.config/gridstation/keys). Refuses to touch an existing file.\n"
    "  --srid EPSG      projected CGCS2000 Gauss-Krüger CRS (EPSG:4491-4554); default 4547 (CM 114°E)\n"
    "  --lon LONGITUDE  choose the 3-degree zone containing this longitude instead\n"
    "  --admin NAME     put the database under accounts at once: NAME becomes its administrator (password from\n"
    "                   GRIDSTATION_PASSWORD or a prompt); the key is kept in the database, wrapped for each user's\n"
    "                   password, no key file is written, and a recovery key is printed once\n";

const char* kServerUsage =
    "usage: gridctl server init ADDRESS --admin NAME [--srid EPSG | --lon LONGITUDE]\n"
    "       gridctl server role ADDRESS LOGIN --user ADMIN [--revoke]\n"
    "       gridctl server role ADDRESS --refresh --user ADMIN\n"
    "       gridctl server push FILE ADDRESS [--user ADMIN]\n"
    "       gridctl server pull ADDRESS FILE --user ADMIN\n"
    "       gridctl server pull ADDRESS FILE --community CODE --user ADMIN\n"
    "       gridctl server push FILE ADDRESS --community CODE --user ADMIN\n"
    "\n"
    "District server mode: one database on PostgreSQL 15 + PostGIS 3 that many workstations and gridctl use at\n"
    "once. ADDRESS is a postgresql://USER@HOST:PORT/DATABASE URI or pg:SERVICE (a service of pg_service.conf);\n"
    "passwords come from ~/.pgpass or PGPASSWORD, never from the command line. Every command that takes DB takes\n"
    "ADDRESS as well.\n"
    "\n"
    "  init   creates DATABASE when the server has none of that name (UTF-8, C collation), installs PostGIS and\n"
    "         the schema (in the schema `main`), and puts it under accounts with NAME as administrator (password\n"
    "         from GRIDSTATION_PASSWORD or a prompt). A recovery key is printed once. The PostgreSQL role of ADDRESS\n"
    "         must be allowed to create databases and the PostGIS extension (a superuser, or the database owner\n"
    "         with PostGIS already in template1). Refuses a database that holds a GridStation schema already.\n"
    "  --srid EPSG      projected CGCS2000 Gauss-Krüger CRS (EPSG:4491-4554); default 4547 (CM 114°E)\n"
    "  --lon LONGITUDE  choose the 3-degree zone containing this longitude instead\n"
    "  role   gives user LOGIN a PostgreSQL login role of their own, gs_DATABASE_LOGIN, for clients that bypass\n"
    "         GridStation (psql, QGIS, a report tool): row-level security lets it read and write the rows of the\n"
    "         grids LOGIN's grants cover and nothing else; accounts, keys and the audit log stay closed to it. The\n"
    "         role's password comes from GRIDSTATION_ROLE_PASSWORD or a prompt (12 characters or more). --revoke\n"
    "         takes the login away; --refresh recomputes every role's grids after grants or grids changed.\n"
    "  push   copies a file database whole into a new server database (made when missing; refused when it holds\n"
    "         records): ids, codes, row versions, encrypted fields, accounts and the audit chain as they are, one\n"
    "         audit row more naming the copy. One transaction; Ctrl+C cancels and leaves nothing.\n"
    "  pull   copies a server database whole into a new file, the same way (the file is built as FILE.partial and\n"
    "         renamed when complete). Both need an administrator when the source is under accounts.\n"
    "  pull --community CODE\n"
    "         copies one community (12-digit code or name) out of the server into a new file, to work on it\n"
    "         offline: its places and every record in them, the records they point to, and the district's shared\n"
    "         tables (code tables, accounts: the same people sign in with the same passwords, the same key opens\n"
    "         the ID numbers). Ids and codes as they are; the history of its records comes along, chained anew in\n"
    "         the file after a row naming the server's chain head at the pull.\n"
    "  push --community CODE\n"
    "         brings that file back: what the file changed since the pull is written to the server (new records get\n"
    "         new ids where theirs are taken; references follow), with the file's audit rows. Refused, with nothing\n"
    "         written, when the server changed the same records since the pull (naming who and when) or the file\n"
    "         changed records outside the community. Sign in on the server (--user).\n";

const char* kDemoUsage =
    "usage: gridctl demo DB [--seed N] [--households N] [--as-of YYYY-MM-DD] [--sample] [--force] [--admin NAME]\n"
    "\n"
    "Creates DB (EPSG:4547) with a synthetic, realistic district: streets, communities of 12 grids in 2-3 areas,\n"
    "grids of 200-400 households in blocks between roads (towers, walk-ups, mid-rise, villas, urban villages,\n"
    "shops, schools, clinics, markets, construction sites), estates with property companies, households and\n"
    "persons with fake-but-valid ID numbers, staff for all five chief roles and grid workers, party-member links,\n"
    "key persons/places/matters, events in every state and patrol logs. All personal data is synthetic.\n"
    "  --seed N          random seed (default 1); the same seed gives the same district\n"
    "  --households N    size (default 36000; 7000000 builds a city of about 20,000 grids)\n"
    "  --as-of DATE      the 'today' of the data (default 2026-11-01)\n"
    "  --sample          the small fixed sample instead (1 community, 4 grids, ~1,200 households)\n"
    "  --force           replace DB if it exists\n"
    "  --admin NAME      put the district under accounts: NAME is the administrator (password from\n"
    "                    GRIDSTATION_PASSWORD or a prompt), plus one demo user per role (printed at the end)\n"
    "The file is built under DB.partial and renamed when complete, so a failed or cancelled run leaves no DB.\n"
    "DB may be a server address, postgresql://USER@HOST:PORT/NAME (with --admin): the district is built in\n"
    "NAME_partial on that server and renamed to NAME when complete.\n";

const char* kStatsUsage =
    "usage: gridctl stats DB\n"
    "\n"
    "Prints counts per level (street, community, area, grid, building, dwelling, household, person, …)\n"
    "and the distribution of households per grid (min/median/max, share within ±10 % of target).\n";

const char* kValidateUsage =
    "usage: gridctl validate DB [--quiet]\n"
    "\n"
    "Checks: every grid inside its community; grids of a community do not overlap; every building in\n"
    "exactly one grid and inside it; every household in a building of its grid; codes well formed and unique;\n"
    "code-table references; ID-number checksums (needs the database key).\n"
    "Exit status: 0 when all rules hold, 1 with one line per violation, 2 when the check could not run.\n";

//! --admin NAME: the login checked, then its password (GRIDSTATION_PASSWORD or a prompt, asked twice) checked.
Result<std::string> askAdminPassword(const std::string& admin) {
  if (std::string problem = access::loginProblem(admin); !problem.empty())
    return makeError(ErrorCode::InvalidInput, problem);
  auto password = grid::cli::readPassword("GRIDSTATION_PASSWORD", "Password for " + admin + ": ", true);
  if (!password) return password.error();
  if (std::string problem = access::passwordProblem(*password, admin); !problem.empty())
    return makeError(ErrorCode::InvalidInput, problem, {.field = "password"});
  return *password;
}

Result<int> sridFromOptions(const Arguments& args) {
  if (args.options.count("lon")) {
    try {
      return gaussKrugerEpsgForLongitude(std::stod(args.options.at("lon")));
    } catch (const std::exception&) {
      return makeError(ErrorCode::InvalidInput, "--lon needs a number, e.g. --lon 114.3");
    }
  }
  if (args.options.count("srid")) {
    const std::string& text = args.options.at("srid");
    if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos)
      return makeError(ErrorCode::InvalidInput, "--srid needs an EPSG number, e.g. --srid 4547");
    const int srid = std::stoi(text);
    if (!isCgcs2000GaussKruger(srid))
      return makeError(ErrorCode::InvalidInput,
                       "EPSG:" + text + " is not a projected CGCS2000 Gauss-Krüger CRS; use EPSG:4491-4554.");
    return srid;
  }
  return 4547;
}

//! Puts a new, empty database under accounts with \a admin as its administrator; returns the recovery key. No places
//! yet: the grant covers the district to come (scope id 0 until one exists).
Result<std::string> makeFirstAdministrator(Database& db, const std::string& admin, const std::string& password) {
  access::Grant district;
  district.level = "district";
  district.scopeId = 0;
  district.scopeCode = "district:*";
  SystemClock clock;
  return access::createFirstAdministrator(db, clock, FieldCipher::generate(),
                                          {admin, admin, password, "DISTRICT_ADMIN", district, -1});
}

int runInit(const Arguments& args) {
  if (args.help) return std::cout << kInitUsage, 0;
  if (args.positional.size() != 1) return usageError("init needs exactly one database path", kInitUsage);
  const std::string& path = args.positional[0];
  if (std::filesystem::exists(path))
    return fail(
        makeError(ErrorCode::Conflict, "File exists already; choose a new name or delete it first.", {.file = path}));
  auto srid = sridFromOptions(args);
  if (!srid) return fail(srid.error());
  if (args.options.count("admin")) {
    const std::string admin = args.options.at("admin");
    auto password = askAdminPassword(admin);
    if (!password) return fail(password.error());
    Database::Options create;
    create.create = true;
    create.srid = *srid;
    auto db = Database::open(path, create);
    if (!db) return fail(db.error());
    auto recovery = makeFirstAdministrator(**db, admin, *password);
    if (!recovery) {
      db = Error{};
      for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
      return fail(recovery.error());
    }
    std::cout << "Created " << path << ": schema version " << (*db)->userVersion() << ", CRS EPSG:" << (*db)->srid()
              << ", administrator " << admin
              << " (the key is kept in the database, wrapped for each user's password)\n\n"
              << "RECOVERY KEY (print it and keep it locked away; it is shown only now):\n  " << *recovery << "\n";
    return 0;
  }
  auto db = createDatabaseWithKey(path, *srid);
  if (!db) return fail(db.error());
  std::cout << "Created " << path << ": schema version " << (*db)->userVersion() << ", CRS EPSG:" << (*db)->srid()
            << ", key in " << KeyStore::directory() << "\n";
  return 0;
}

int runServerRole(const Arguments& args) {
  const bool refresh = args.options.count("refresh") > 0;
  if (args.positional.size() != (refresh ? 2u : 3u))
    return usageError(refresh ? "server role --refresh needs the server address only"
                              : "server role needs the server address and a user's login",
                      kServerUsage);
  const std::string& address = args.positional[1];
  if (!Database::isServerAddress(address))
    return usageError("\"" + address + "\" is not a server address: database roles exist only on a server",
                      kServerUsage);
  auto db = Database::open(address);
  if (!db) return fail(db.error());
  SystemClock clock;
  const Actor actor = (*db)->auditActor(Actor::system("gridctl server role"));
  if (refresh) {
    auto count = access::refreshDatabaseRoles(**db, clock, actor);
    if (!count) return fail(count.error());
    std::cout << "Refreshed the grids of " << *count << " database role(s).\n";
    return 0;
  }
  const std::string& login = args.positional[2];
  auto role = access::databaseRoleName(**db, login);
  if (!role) return fail(role.error());
  if (args.options.count("revoke")) {
    if (auto s = access::revokeDatabaseRole(**db, clock, actor, login); !s) return fail(s.error());
    std::cout << "Database role " << *role << " can no longer sign in.\n";
    return 0;
  }
  auto password = cli::readPassword("GRIDSTATION_ROLE_PASSWORD", "Password for database role " + *role + ": ", true);
  if (!password) return fail(password.error());
  if (auto s = access::grantDatabaseRole(**db, clock, actor, login, *password); !s) return fail(s.error());
  auto grids = access::databaseRoleGrids(**db, login);
  std::cout << "Database role " << *role << " reads and writes the rows of " << (grids ? *grids : 0) << " grid(s) of "
            << login << "'s grants; connect as it with psql or QGIS.\n";
  return 0;
}

//! `server push FILE ADDRESS --community CODE`: a pulled community back into the server it came from.
int runCommunityPush(const std::string& file, const std::string& address, const std::string& community) {
  auto source = Database::open(file);
  if (!source) return fail(source.error());
  auto destination = Database::open(address);
  if (!destination) return fail(destination.error());
  SystemClock clock;
  Progress progress([](double fraction, const std::string& stage) {
    std::fprintf(stderr, "\r%3.0f%% %-24s", fraction * 100, stage.c_str());
  });
  CancelOnInterrupt cancelOnInterrupt(progress);
  const Actor actor = (*destination)->auditActor(Actor::system("gridctl server push"));
  auto pushed = pushCommunity(**source, **destination, community, clock, actor, file, &progress);
  std::fprintf(stderr, "\n");
  if (!pushed) return fail(pushed.error());
  std::cout << "Pushed community " << community << " from " << file << " to " << serverAddressForDisplay(address)
            << ": " << pushed->inserted << " new, " << pushed->updated << " changed, " << pushed->deleted
            << " removed record(s)";
  if (pushed->renumbered > 0) std::cout << " (" << pushed->renumbered << " with new ids)";
  std::cout << "; " << pushed->history << " audit row(s) from the file.\n";
  return 0;
}

int runServerCopy(const Arguments& args) {
  const bool push = args.positional[0] == "push";
  if (args.positional.size() != 3)
    return usageError(push ? "server push needs a file and a server address"
                           : "server pull needs a server address "
                             "and a file",
                      kServerUsage);
  const std::string& from = args.positional[1];
  const std::string& to = args.positional[2];
  const std::string& address = push ? to : from;
  const std::string& file = push ? from : to;
  if (!Database::isServerAddress(address) || Database::isServerAddress(file))
    return usageError(push ? "server push copies a file to a server address"
                           : "server pull copies a server address "
                             "to a file",
                      kServerUsage);
  if (address.rfind("pg:", 0) == 0 && push)
    return usageError("server push needs a postgresql:// address that names its database", kServerUsage);
  if (!push && std::filesystem::exists(file))
    return fail(makeError(ErrorCode::Conflict, "File exists already; choose a new name.", {.file = file}));
  const std::string community = grid::cli::option(args.options, "community");
  if (push && !community.empty()) return runCommunityPush(file, address, community);
  auto source = Database::open(from);
  if (!source) return fail(source.error());
  // The target: a new server database, or a new file built under FILE.partial.
  const std::string name = push ? serverDatabaseOf(address) : std::string();
  const std::string maintenance = push ? serverAddressOf(address, "postgres") : std::string();
  bool created = false;
  const std::string target = push ? address : file + ".partial";
  if (push) {
    auto exists = serverDatabaseExists(maintenance, name);
    if (!exists) return fail(exists.error());
    if (!*exists) {
      if (auto s = createServerDatabase(maintenance, name); !s) return fail(s.error());
      created = true;
    }
  } else {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(target + suffix);
  }
  auto discard = [&] {
    if (push && created) (void)dropServerDatabase(maintenance, name);
    if (!push)
      for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(target + suffix);
  };
  Database::Options create;
  create.create = true;
  create.srid = (*source)->srid();
  auto destination = Database::open(target, create);
  if (!destination) {
    discard();
    return fail(destination.error());
  }
  SystemClock clock;
  Progress progress([](double fraction, const std::string& stage) {
    std::fprintf(stderr, "\r%3.0f%% %-24s", fraction * 100, stage.c_str());
  });
  CancelOnInterrupt cancelOnInterrupt(progress);
  const Actor actor = (*source)->auditActor(Actor::system(push ? "gridctl server push" : "gridctl server pull"));
  Result<DatabaseCopyReport> copied = DatabaseCopyReport{};
  if (community.empty()) {
    copied =
        copyDatabase(**source, **destination, clock, actor, push ? from : serverAddressForDisplay(address), &progress);
  } else {
    auto pulled =
        pullCommunity(**source, **destination, community, clock, actor, serverAddressForDisplay(address), &progress);
    if (pulled)
      copied = DatabaseCopyReport{pulled->tables, pulled->rows};
    else
      copied = pulled.error();
  }
  std::fprintf(stderr, "\n");
  if (!copied) {
    destination = Error{};
    discard();
    return fail(copied.error());
  }
  if (auto s = (*destination)->checkpoint(); !s) return fail(s.error());
  destination = Error{};
  if (!push) {
    std::filesystem::rename(target, file);
    for (const char* suffix : {"-wal", "-shm"}) std::filesystem::remove(target + suffix);
  }
  std::cout << (push ? "Pushed " : "Pulled ") << copied->rows << " records of " << copied->tables << " tables from "
            << (push ? from : serverAddressForDisplay(address)) << " to "
            << (push ? serverAddressForDisplay(address) : file) << ".\n";
  return 0;
}

int runServer(const Arguments& args) {
  if (args.help || args.positional.empty()) return std::cout << kServerUsage, args.help ? 0 : 2;
  if (args.positional[0] == "role") return runServerRole(args);
  if (args.positional[0] == "push" || args.positional[0] == "pull") return runServerCopy(args);
  if (args.positional[0] != "init")
    return usageError("unknown server command \"" + args.positional[0] + "\"", kServerUsage);
  if (args.positional.size() != 2) return usageError("server init needs exactly one server address", kServerUsage);
  const std::string& address = args.positional[1];
  if (!Database::isServerAddress(address))
    return usageError("\"" + address +
                          "\" is not a server address; give postgresql://USER@HOST:PORT/DATABASE or "
                          "pg:SERVICE (a file database is made with `gridctl init`)",
                      kServerUsage);
  if (!args.options.count("admin"))
    return usageError("server init needs --admin NAME: a server database is always under accounts", kServerUsage);
  auto srid = sridFromOptions(args);
  if (!srid) return fail(srid.error());
  // A service names its database in pg_service.conf, which must exist; a URI's database is made when missing.
  const bool service = address.rfind("pg:", 0) == 0;
  const std::string name = service ? address : serverDatabaseOf(address);
  Result<bool> exists = true;
  if (!service) exists = serverDatabaseExists(serverAddressOf(address, "postgres"), name);
  if (!exists) return fail(exists.error());
  const std::string admin = args.options.at("admin");
  auto password = askAdminPassword(admin);
  if (!password) return fail(password.error());
  bool created = false;
  if (!*exists) {
    if (auto s = createServerDatabase(serverAddressOf(address, "postgres"), name); !s) return fail(s.error());
    created = true;
  } else {
    // A database that exists already must not hold GridStation yet.
    Database::Options probe;
    probe.readOnly = true;
    auto opened = Database::open(address, probe);
    if (opened)
      return fail(makeError(ErrorCode::Conflict,
                            "The server database " + name + " holds a GridStation schema already (version " +
                                std::to_string((*opened)->userVersion()) + "); open it instead, or choose a new name.",
                            {.file = name}));
    if (opened.error().code != ErrorCode::NotFound) return fail(opened.error());
  }
  auto undo = [&] {
    if (created) (void)dropServerDatabase(serverAddressOf(address, "postgres"), name);
  };
  Database::Options create;
  create.create = true;
  create.srid = *srid;
  auto db = Database::open(address, create);
  if (!db) {
    undo();
    return fail(db.error());
  }
  auto recovery = makeFirstAdministrator(**db, admin, *password);
  if (!recovery) {
    db = Error{};
    undo();
    return fail(recovery.error());
  }
  std::cout << "Created the server database " << name << ": schema version " << (*db)->userVersion()
            << ", CRS EPSG:" << (*db)->srid() << ", administrator " << admin
            << " (the key is kept in the database, wrapped for each user's password)\n\n"
            << "RECOVERY KEY (print it and keep it locked away; it is shown only now):\n  " << *recovery << "\n";
  return 0;
}

//! The demo's accounts: the administrator, then one user per role over the first grid/community/street, all with
//! the documented demo password (README "Demo accounts"). Returns the table printed at the end.
Result<std::string> addDemoAccounts(Database& db, const std::string& admin, const std::string& password) {
  SystemClock clock;
  auto places = firstPlaces(db);
  if (!places) return places.error();
  if (places->district.empty() || places->street.empty() || places->community.empty() || places->grid.empty())
    return makeError(ErrorCode::Database, "the demo has no places for accounts");
  const std::string* district = &places->district;
  const std::string* street = &places->street;
  const std::string* community = &places->community;
  const std::string* grid = &places->grid;
  auto adminScope = access::parseScope(db, "district:" + *district);
  if (!adminScope) return adminScope.error();
  auto recovery =
      access::putUnderAccounts(db, clock, {admin, "系统管理员", password, "DISTRICT_ADMIN", *adminScope, -1});
  if (!recovery) return recovery.error();
  auto session = access::signIn(db, clock, admin, password);
  if (!session) return session.error();
  if (auto s = access::bindSession(db, *session); !s) return s.error();
  struct DemoUser {
    const char* login;
    const char* name;
    const char* role;
    std::string scope;
  };
  const std::vector<DemoUser> users = {{"wangwei", "王伟", "GRID_WORKER", "grid:" + *grid},
                                       {"lina", "李娜", "GRID_LEADER", "grid:" + *grid},
                                       {"zhaomin", "赵敏", "COMMUNITY_OFFICE", "community:" + *community},
                                       {"chenjie", "陈杰", "COMMUNITY_SECRETARY", "community:" + *community},
                                       {"zhouqiang", "周强", "ZONGZHI_OFFICER", "community:" + *community},
                                       {"liuyang", "刘洋", "STREET_OFFICE", "street:" + *street},
                                       {"sunli", "孙丽", "AUDITOR", "district:" + *district}};
  std::string table = "Accounts (sign in with --user LOGIN; demo users' password: " + std::string(kDemoPassword) +
                      "):\n" + "  " + admin + "  DISTRICT_ADMIN over district:" + *district + " (your password)\n";
  for (const DemoUser& user : users) {
    auto scope = access::parseScope(db, user.scope);
    if (!scope) return scope.error();
    access::NewUser account{user.login, user.name, kDemoPassword, user.role, *scope, -1};
    account.mustChangePassword = false;  // demo accounts, documented; real ones change at first sign-in
    if (auto id = access::addUser(db, clock, account); !id) return id.error();
    table += "  " + std::string(user.login) + "  " + user.role + " over " + user.scope + "\n";
  }
  if (auto s = access::unbindSession(db); !s) return s.error();
  table += "\nRECOVERY KEY of this database (print it and keep it; it is shown only now):\n  " + *recovery;
  return table;
}

int runDemo(const Arguments& args) {
  if (args.help) return std::cout << kDemoUsage, 0;
  if (args.positional.size() != 1) return usageError("demo needs exactly one database path", kDemoUsage);
  const std::string& path = args.positional[0];
  // On a server the demo is built in DATABASE_partial and renamed when complete, as a file is; it is always under
  // accounts there.
  const bool server = Database::isServerAddress(path);
  const std::string serverName = server ? serverDatabaseOf(path) : std::string();
  const std::string maintenance = server ? serverAddressOf(path, "postgres") : std::string();
  if (server) {
    if (path.rfind("pg:", 0) == 0)
      return usageError("a demo on a server needs a postgresql:// address that names its database", kDemoUsage);
    if (!args.options.count("admin"))
      return usageError("a demo on a server needs --admin NAME: a server database is always under accounts",
                        kDemoUsage);
    auto exists = serverDatabaseExists(maintenance, serverName);
    if (!exists) return fail(exists.error());
    if (*exists && !args.options.count("force"))
      return fail(makeError(ErrorCode::Conflict,
                            "The server has a database " + serverName + " already; pass --force to replace it.",
                            {.file = serverName}));
  }
  if (!server && std::filesystem::exists(path)) {
    if (!args.options.count("force"))
      return fail(makeError(ErrorCode::Conflict, "File exists already; pass --force to replace it.", {.file = path}));
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  }
  DistrictOptions options;
  try {
    if (args.options.count("seed")) options.seed = static_cast<unsigned>(std::stoul(args.options.at("seed")));
    if (args.options.count("households")) options.households = std::stoll(args.options.at("households"));
  } catch (const std::exception&) {
    return usageError("--seed and --households take whole numbers", kDemoUsage);
  }
  if (args.options.count("as-of")) options.asOfDate = args.options.at("as-of");
  const bool sample = args.options.count("sample") > 0;
  // Build into a temporary file and move it in place, so a failed or cancelled run leaves nothing half-written.
  const std::string temporary = server ? serverAddressOf(path, serverName + "_partial") : path + ".partial";
  auto discard = [&] {
    if (server)
      (void)dropServerDatabase(maintenance, serverName + "_partial");
    else
      for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(temporary + suffix);
  };
  discard();
  if (server)
    if (auto s = createServerDatabase(maintenance, serverName + "_partial"); !s) return fail(s.error());
  std::string summary, accounts;
  {
    std::string adminPassword;
    if (args.options.count("admin")) {  // ask before minutes of generating, not after
      auto password = askAdminPassword(args.options.at("admin"));
      if (!password) return fail(password.error());
      adminPassword = *password;
    }
    Result<std::unique_ptr<Database>> db = Error{};
    if (server) {
      Database::Options create;
      create.create = true;
      db = Database::open(temporary, create);
      if (db)
        if (auto made = createDatabaseKey(**db); !made) db = made.error();
    } else {
      db = createDatabaseWithKey(temporary, 4547);
    }
    if (!db) {
      discard();
      return fail(db.error());
    }
    auto key = loadDatabaseKey(**db);
    if (!key) return fail(key.error());
    SystemClock clock;
    Progress progress([](double fraction, const std::string& stage) {
      std::fprintf(stderr, "\r%3.0f%% %-20s", fraction * 100, stage.c_str());
    });
    CancelOnInterrupt cancelOnInterrupt(progress);
    const Actor actor = Actor::system("gridctl demo");
    if (sample) {
      auto result = writeSampleDistrict(**db, *key, clock, actor, options.seed, &progress);
      std::fprintf(stderr, "\n");
      if (!result) {
        db = Error{};
        discard();
        return fail(result.error());
      }
      summary = std::to_string(result->grids) + " grids, " + std::to_string(result->buildings) + " buildings, " +
                std::to_string(result->households) + " households, " + std::to_string(result->persons) + " persons";
    } else {
      auto result = generateDistrict(**db, *key, clock, actor, options, &progress);
      std::fprintf(stderr, "\n");
      if (!result) {
        db = Error{};
        discard();
        return fail(result.error());
      }
      const DistrictSummary& r = *result;
      summary = std::to_string(r.districts) + " district(s), " + std::to_string(r.streets) + " streets, " +
                std::to_string(r.communities) + " communities, " + std::to_string(r.areas) + " areas, " +
                std::to_string(r.grids) + " grids, " + std::to_string(r.estates) + " estates, " +
                std::to_string(r.buildings) + " buildings, " + std::to_string(r.dwellings) + " dwellings, " +
                std::to_string(r.households) + " households, " + std::to_string(r.persons) + " persons, " +
                std::to_string(r.staff) + " staff, " + std::to_string(r.partyMembers) + " party members (" +
                std::to_string(r.partyLinks) + " links), " + std::to_string(r.keyPersons) + " key persons, " +
                std::to_string(r.keyPlaces) + " key places, " + std::to_string(r.keyMatters) + " key matters, " +
                std::to_string(r.events) + " events, " + std::to_string(r.patrolLogs) + " patrol logs";
    }
    if (args.options.count("admin")) {
      auto users = addDemoAccounts(**db, args.options.at("admin"), adminPassword);
      if (!users) {
        db = Error{};
        discard();
        return fail(users.error());
      }
      accounts = *users;
    }
    if (auto s = (*db)->checkpoint(); !s) return fail(s.error());
  }
  if (server) {
    if (auto s = dropServerDatabase(maintenance, serverName); !s) return fail(s.error());
    if (auto s =
            serverExec(maintenance, "ALTER DATABASE \"" + serverName + "_partial\" RENAME TO \"" + serverName + "\"");
        !s)
      return fail(s.error());
  } else {
    std::filesystem::rename(temporary, path);
    for (const char* suffix : {"-wal", "-shm"}) std::filesystem::remove(temporary + suffix);
  }
  std::cout << "Created " << path << ": " << summary << " (seed " << options.seed << ")\n";
  if (!accounts.empty()) std::cout << "\n" << accounts << "\n";
  return 0;
}

const char* kBenchUsage =
    "usage: gridctl bench import [--rows 1000000] [--keep DIR]\n"
    "       gridctl bench demo [--households 36000] [--keep DIR]\n"
    "       gridctl bench render DB\n"
    "       gridctl bench boards [--boards 100] [--keep DIR]\n"
    "       gridctl bench ledger DB [--samples 1000] [--user NAME]\n"
    "       gridctl bench signin [--samples 5]\n"
    "       gridctl bench events [--events 10000] [--keep DIR]\n"
    "       gridctl bench dashboard [--households 1000000 | --db CITY.sqlite] [--month 2026-10] [--keep DIR]\n"
    "       gridctl bench package [--changes 10000] [--keep DIR]\n"
    "       gridctl bench service-circle [--households 36000] [--keep DIR]\n"
    "       gridctl bench server --server ADDRESS [--households 36000] [--keep DIR]\n"
    "       gridctl bench regrid [--seed N] | --db DB [--mode repair] | --real [--data DIR]\n"
    "                    | --buildings FILE [--layer L] --lon X [--roads FILE] [--water FILE] [--*-layer L]\n"
    "\n"
    "Benchmarks print figures and compare with the named peer in the same run; they assert nothing.\n"
    "  import   a synthetic household sheet imported with full validation vs ogr2ogr into SpatiaLite\n"
    "  demo     wall time, throughput and peak RSS of the demo generator\n"
    "  render   paint times of GridStation's map vs a plain QGIS render of the same tables\n"
    "  boards   notice boards to PDF vs qgis_process native:atlaslayouttopdf on the same template\n"
    "  ledger   list page and search latency (p50/p99); with --user the same queries through the user's scope\n"
    "  signin   one sign-in's Argon2id (our cost) vs libsodium's INTERACTIVE and MODERATE presets\n"
    "  events   inboxes and the events map layer for a community with 10,000 events vs a plain read\n"
    "  dashboard the dashboard of a street and of the city, the monthly report, vs plain counts of the same rows\n"
    "  package  a work package of a ~300-household grid made (vs ogr2ogr copying its rows) and 10,000 field changes\n"
    "           merged back (vs the same values as plain UPDATEs)\n"
    "  server   the same demo district on a file and on a PostgreSQL server (--server ADDRESS): push, open and read\n"
    "           the grid layer, person lookup p50/p99, dashboard of one street, regrid of one community, pull\n"
    "  service-circle  walking times to five facility types for one community and a whole demo district, vs QGIS's\n"
    "           network analysis (QgsGraphBuilder + QgsGraphAnalyzer) for the community, with how far they agree\n"
    "  regrid   rook lattices proposed and repaired vs METIS alone; --real: the Nanjing and Shanghai OSM extracts\n"
    "           (buildings imported, households estimated, streets and water as barriers) vs METIS alone;\n"
    "           --buildings: any other district the same way\n";

int runBench(const Arguments& args) {
  if (args.help || args.positional.empty()) return std::cout << kBenchUsage, args.help ? 0 : 2;
  if (args.positional[0] == "import") return bench::runImportBenchmark(args.options);
  if (args.positional[0] == "demo") return bench::runDemoBenchmark(args.options);
  if (args.positional[0] == "boards") return grid::cli::runBoardsBenchmark(args.options);
  if (args.positional[0] == "regrid") return bench::runRegridBenchmark(args.options);
  if (args.positional[0] == "links") return grid::cli::runLinksBenchmark(args.options);
  if (args.positional[0] == "ledger") {
    if (args.positional.size() > 1 && std::filesystem::exists(args.positional[1]))
      if (auto code = grid::cli::signInForCommand(args.positional[1], args.options)) return *code;
    return grid::cli::runLedgerBenchmark(args.positional, args.options);
  }
  if (args.positional[0] == "signin") return grid::cli::runSignInBenchmark(args.options);
  if (args.positional[0] == "events") return bench::runEventsBenchmark(args.options);
  if (args.positional[0] == "dashboard") return bench::runDashboardBenchmark(args.options);
  if (args.positional[0] == "package") return bench::runPackageBenchmark(args.options);
  if (args.positional[0] == "service-circle") return bench::runServiceCircleBenchmark(args.options);
  if (args.positional[0] == "server") return bench::runServerBenchmark(args.options);
  if (args.positional[0] == "render") {
    if (args.positional.size() != 2) return usageError("bench render needs a database", kBenchUsage);
    return bench::runRenderBenchmark(args.positional[1]);
  }
  return usageError("unknown benchmark \"" + args.positional[0] + "\"", kBenchUsage);
}

int runStats(const Arguments& args) {
  if (args.help) return std::cout << kStatsUsage, 0;
  if (args.positional.size() != 1) return usageError("stats needs exactly one database path", kStatsUsage);
  Database::Options options;
  options.readOnly = true;
  auto db = Database::open(args.positional[0], options);
  if (!db) return fail(db.error());
  auto stats = computeStatistics(**db);
  if (!stats) return fail(stats.error());
  for (const auto& [label, count] : stats->counts) std::printf("%-16s %10lld\n", label.c_str(), count);
  const auto& h = stats->householdsPerGrid;
  std::printf("households per grid: min %lld, median %.1f, max %lld, mean %.1f over %lld grids\n", h.minimum, h.median,
              h.maximum, h.mean, h.count);
  if (h.count > 0)
    std::printf("grids within ±10%% of target: %lld of %lld (%.1f%%)\n", stats->gridsWithinTenPercent, h.count,
                100.0 * static_cast<double>(stats->gridsWithinTenPercent) / static_cast<double>(h.count));
  const auto& p = stats->personsPerHousehold;
  std::printf("persons per household: min %lld, median %.1f, max %lld, mean %.2f\n", p.minimum, p.median, p.maximum,
              p.mean);
  return 0;
}

int runValidate(const Arguments& args) {
  if (args.help) return std::cout << kValidateUsage, 0;
  if (args.positional.size() != 1) return usageError("validate needs exactly one database path", kValidateUsage);
  Database::Options options;
  options.readOnly = true;
  auto db = Database::open(args.positional[0], options);
  if (!db) return fail(db.error());
  auto key = access::fieldKey(**db);
  const FieldCipher* cipher = key ? &*key : nullptr;
  Progress progress([](double fraction, const std::string& stage) {
    std::fprintf(stderr, "\r%3.0f%% %-28s", fraction * 100, stage.c_str());
  });
  CancelOnInterrupt cancelOnInterrupt(progress);
  auto report = validateDatabase(**db, cipher, &progress);
  std::fprintf(stderr, "\r%-40s\r", "");
  if (!report) return fail(report.error());
  for (const std::string& note : report->notes) std::cerr << "note: " << note << "\n";
  for (const Violation& v : report->violations) std::cout << v.line() << "\n";
  if (!report->violations.empty()) {
    if (!args.options.count("quiet"))
      std::cerr << report->violations.size() << " violation(s) in " << args.positional[0] << "\n";
    return 1;
  }
  if (!args.options.count("quiet")) std::cerr << "OK: " << args.positional[0] << " satisfies all rules\n";
  return 0;
}

const char* kStaffUsage =
    "usage: gridctl staff check DB [--community CODE] [--date YYYY-MM-DD]\n"
    "\n"
    "Staffing rules: every grid has a full-time grid worker; no full-time worker serves more than 1.2 × 300\n"
    "households; every building with households has a building chief; every estate has a property chief.\n"
    "One line per gap; exit 1 if there are any.\n";

int runStaff(const Arguments& args) {
  if (args.help) return std::cout << kStaffUsage, 0;
  if (args.positional.size() != 2 || args.positional[0] != "check")
    return usageError("use: gridctl staff check DB", kStaffUsage);
  auto db = Database::open(args.positional[1], Database::readOnlyOptions());
  if (!db) return fail(db.error());
  StaffRuleOptions options;
  options.communityCode = args.options.count("community") ? args.options.at("community") : std::string();
  options.today = args.options.count("date") ? args.options.at("date") : todayIso();
  auto gaps = checkStaffRules(**db, options);
  if (!gaps) return fail(gaps.error());
  std::map<StaffGap::Kind, int> counts;
  for (const StaffGap& gap : *gaps) {
    std::cout << gap.table << " #" << gap.recordId << " " << gap.message << "\n";
    ++counts[gap.kind];
  }
  std::cerr << counts[StaffGap::Kind::GridWithoutFullTimeWorker] << " grid(s) without a full-time worker, "
            << counts[StaffGap::Kind::WorkerOverloaded] << " overloaded worker(s), "
            << counts[StaffGap::Kind::BuildingWithoutChief] << " building(s) without a chief, "
            << counts[StaffGap::Kind::EstateWithoutPropertyChief] << " estate(s) without a property chief\n";
  return gaps->empty() ? 0 : 1;
}

constexpr bool kValue = true, kFlag = false;

//! Every option each command accepts; anything else is refused before a file is touched.
const std::map<std::string, std::vector<OptionSpec>>& commandOptions() {
  static const std::vector<OptionSpec> kScope = {{"db", kValue},   {"community", kValue}, {"street", kValue},
                                                 {"grid", kValue}, {"out", kValue},       {"lang", kValue},
                                                 {"user", kValue}};
  static const OptionSpec kUser = {"user", kValue};
  auto with = [](std::vector<OptionSpec> base, std::initializer_list<OptionSpec> more) {
    base.insert(base.end(), more);
    return base;
  };
  static const std::map<std::string, std::vector<OptionSpec>> table = {
      {"init", {{"srid", kValue}, {"lon", kValue}, {"admin", kValue}}},
      {"server init", {{"srid", kValue}, {"lon", kValue}, {"admin", kValue}}},
      {"server role", {{"user", kValue}, {"revoke", kFlag}, {"refresh", kFlag}}},
      {"server push", {{"user", kValue}, {"community", kValue}}},
      {"server pull", {{"user", kValue}, {"community", kValue}}},
      {"demo",
       {{"seed", kValue},
        {"households", kValue},
        {"as-of", kValue},
        {"sample", kFlag},
        {"force", kFlag},
        {"admin", kValue}}},
      {"import",
       {{"kind", kValue},
        {"layer", kValue},
        {"map", kValue},
        {"where", kValue},
        {"source-srs", kValue},
        {"dry-run", kFlag},
        {"dwelling-area", kValue},
        {"usable-share", kValue},
        {"default-floors", kValue},
        {"floor-height", kValue},
        {"skip-invalid", kFlag},
        {"list", kValue},
        {"ledger", kValue},
        kUser}},
      {"stats", {kUser}},
      {"validate", {{"quiet", kFlag}, kUser}},
      {"boards",
       with(kScope, {{"paper", kValue}, {"per-grid", kFlag}, {"template", kValue}, {"write-template", kValue}})},
      {"plates", with(kScope, {{"columns", kValue}, {"rows", kValue}})},
      {"panorama",
       {{"db", kValue},
        {"community", kValue},
        {"out", kValue},
        {"lang", kValue},
        {"colours", kValue},
        {"category", kValue},
        {"since", kValue},
        kUser}},
      {"qr show", {kUser}},
      {"qr revoke", {{"reason", kValue}, kUser}},
      {"regrid", {{"db", kValue},           {"community", kValue},   {"mode", kValue},
                  {"target", kValue},       {"tolerance", kValue},   {"seed", kValue},
                  {"commit", kFlag},        {"note", kValue},        {"input", kValue},
                  {"weight", kValue},       {"output", kValue},      {"layer", kValue},
                  {"group", kValue},        {"plan-field", kValue},  {"lock-field", kValue},
                  {"grids", kValue},        {"metrics", kValue},     {"split-field", kValue},
                  {"floors-field", kValue}, {"no-split", kFlag},     {"roads", kValue},
                  {"roads-layer", kValue},  {"water", kValue},       {"water-layer", kValue},
                  {"roads-where", kValue},  {"water-where", kValue}, kUser}},
      {"links suggest",
       {{"db", kValue}, {"community", kValue}, {"limit", kValue}, {"candidates", kValue}, {"commit", kFlag}, kUser}},
      {"staff check", {{"community", kValue}, {"date", kValue}, kUser}},
      {"export",
       {{"list", kValue},
        {"ledger", kValue},
        {"reveal", kFlag},
        {"reason", kValue},
        {"lang", kValue},
        {"search", kValue},
        {"all", kFlag},
        kUser}},
      {"events report",
       {kUser,
        {"grid", kValue},
        {"class", kValue},
        {"item", kValue},
        {"text", kValue},
        {"subject", kValue},
        {"grade", kValue},
        {"source", kValue},
        {"building", kValue},
        {"reporter", kValue},
        {"phone", kValue},
        {"as", kValue}}},
      {"events act",
       {kUser,
        {"to", kValue},
        {"note", kValue},
        {"rating", kValue},
        {"days", kValue},
        {"approve", kFlag},
        {"reject", kFlag},
        {"class", kValue},
        {"item", kValue},
        {"grade", kValue},
        {"into", kValue},
        {"as", kValue}}},
      {"events show", {kUser, {"json", kFlag}}},
      {"events list",
       {kUser, {"state", kValue}, {"overdue", kFlag}, {"grid", kValue}, {"holder", kValue}, {"json", kFlag}}},
      {"events classes", {kUser, {"items", kFlag}}},
      {"events stats", {kUser, {"place", kValue}, {"from", kValue}, {"to", kValue}}},
      {"events import-duties", {kUser, {"dry-run", kFlag}}},
      {"events export-duties", {kUser}},
      {"visits due",
       {kUser,
        {"place", kValue},
        {"worker", kValue},
        {"overdue", kFlag},
        {"within", kValue},
        {"as-of", kValue},
        {"json", kFlag},
        {"lang", kValue}}},
      {"visits log",
       {kUser,
        {"grid", kValue},
        {"object", kValue},
        {"time", kValue},
        {"type", kValue},
        {"met", kValue},
        {"findings", kValue},
        {"exception", kValue},
        {"next-due", kValue},
        {"staff", kValue},
        {"place", kValue},
        {"report", kFlag},
        {"class", kValue},
        {"grade", kValue}}},
      {"visits report", {kUser, {"class", kValue}, {"grade", kValue}}},
      {"visits rules", {kUser, {"all", kFlag}, {"lang", kValue}}},
      {"visits rule", {kUser, {"every", kValue}, {"unit", kValue}, {"active", kValue}, {"lang", kValue}}},
      {"dashboard",
       {kUser,
        {"place", kValue},
        {"month", kValue},
        {"children", kFlag},
        {"records", kValue},
        {"json", kFlag},
        {"lang", kValue}}},
      {"report monthly",
       {kUser, {"community", kValue}, {"street", kValue}, {"month", kValue}, {"out", kValue}, {"lang", kValue}}},
      {"package create",
       {kUser,
        {"grid", kValue},
        {"out", kValue},
        {"for", kValue},
        {"patrol-days", kValue},
        {"no-project", kFlag},
        {"lang", kValue}}},
      {"package merge", {kUser, {"dry-run", kFlag}}},
      {"deliberation open",
       {kUser,
        {"at", kValue},
        {"topic", kValue},
        {"content", kValue},
        {"initiator", kValue},
        {"day", kValue},
        {"participants", kValue}}},
      {"deliberation advance",
       {kUser,
        {"day", kValue},
        {"participants", kValue},
        {"minutes", kValue},
        {"present", kValue},
        {"eligible", kValue},
        {"for", kValue},
        {"against", kValue},
        {"abstain", kValue},
        {"decision", kValue}}},
      {"deliberation return", {kUser, {"reason", kValue}}},
      {"deliberation withdraw", {kUser, {"reason", kValue}}},
      {"deliberation link", {kUser, {"to", kValue}}},
      {"deliberation publish", {kUser, {"print", kValue}, {"lang", kValue}}},
      {"deliberation print", {kUser, {"print", kValue}, {"lang", kValue}}},
      {"deliberation show", {kUser, {"lang", kValue}}},
      {"deliberation list",
       {kUser, {"level", kValue}, {"step", kValue}, {"status", kValue}, {"place", kValue}, {"lang", kValue}}},
      {"emergency units",
       {kUser,
        {"community", kValue},
        {"assign", kFlag},
        {"max-households", kValue},
        {"check", kFlag},
        {"print", kValue},
        {"unit", kValue},
        {"lang", kValue}}},
      {"emergency unit",
       {kUser,
        {"name", kValue},
        {"shelter", kValue},
        {"capacity", kValue},
        {"supplies", kValue},
        {"notes", kValue},
        {"responsible", kValue},
        {"deputy", kValue},
        {"volunteer", kValue},
        {"remove-member", kValue},
        {"buildings", kValue}}},
      {"service-circle",
       {kUser,
        {"community", kValue},
        {"all", kFlag},
        {"minutes", kValue},
        {"speed", kValue},
        {"types", kValue},
        {"output", kValue},
        {"json", kFlag},
        {"lang", kValue},
        {"list-types", kFlag},
        {"set-type", kValue},
        {"active", kValue}}},
      {"package list", {kUser}},
      {"package conflicts", {kUser, {"package", kValue}, {"all", kFlag}}},
      {"package resolve", {kUser, {"ours", kFlag}, {"theirs", kFlag}, {"value", kValue}}},
      {"package revoke", {kUser}},
      {"users list", {kUser}},
      {"users add",
       {kUser, {"role", kValue}, {"scope", kValue}, {"name", kValue}, {"staff", kValue}, {"password-stdin", kFlag}}},
      {"users grant", {kUser, {"role", kValue}, {"scope", kValue}}},
      {"users revoke", {kUser, {"role", kValue}, {"scope", kValue}}},
      {"users reset", {kUser, {"password-stdin", kFlag}}},
      {"users unlock", {kUser}},
      {"users deactivate", {kUser}},
      {"users activate", {kUser}},
      {"users passwd", {kUser, {"password-stdin", kFlag}}},
      {"users recover", {}},
      {"users permissions", {kUser}},
      {"users permit", {kUser}},
      {"users forbid", {kUser}},
      {"bench import", {{"rows", kValue}, {"keep", kValue}}},
      {"bench demo", {{"households", kValue}, {"keep", kValue}}},
      {"bench render", {}},
      {"bench boards", {{"boards", kValue}, {"keep", kValue}}},
      {"bench regrid",
       {{"seed", kValue},
        {"db", kValue},
        {"mode", kValue},
        {"real", kFlag},
        {"data", kValue},
        {"buildings", kValue},
        {"layer", kValue},
        {"lon", kValue},
        {"roads", kValue},
        {"roads-layer", kValue},
        {"roads-where", kValue},
        {"water", kValue},
        {"water-layer", kValue},
        {"keep", kValue}}},
      {"bench links", {{"households", kValue}}},
      {"bench ledger", {{"samples", kValue}, kUser}},
      {"bench signin", {{"samples", kValue}}},
      {"bench events", {{"events", kValue}, {"keep", kValue}}},
      {"bench package", {{"changes", kValue}, {"keep", kValue}}},
      {"bench service-circle", {{"households", kValue}, {"keep", kValue}}},
      {"bench server", {{"server", kValue}, {"households", kValue}, {"keep", kValue}}},
      {"bench dashboard", {{"households", kValue}, {"db", kValue}, {"month", kValue}, {"keep", kValue}}},
  };
  return table;
}

//! The command's name with its subcommand where it has them ("bench regrid"), as the option table keys it.
std::string commandKey(const std::string& command, int argc, char** argv) {
  static const std::vector<std::string> withSubcommands = {"bench",   "links",        "staff",     "qr",
                                                           "users",   "events",       "visits",    "report",
                                                           "package", "deliberation", "emergency", "server"};
  if (std::find(withSubcommands.begin(), withSubcommands.end(), command) == withSubcommands.end()) return command;
  if (argc > 2 && argv[2][0] != '-') return command + " " + argv[2];
  return command;
}

}  // namespace

int main(int argc, char** argv) {
  grid::app::applyProcessSetup();
  if (argc < 2) return std::cerr << kMainUsage, 2;
  const std::string command = argv[1];
  if (command == "--help" || command == "-h" || command == "help") return std::cout << kMainUsage, 0;
  if (command == "--version" || command == "-v" || command == "version")
    return std::cout << "gridctl (GridStation) " << GRIDSTATION_VERSION << "\n", 0;
  static const std::vector<std::string> kCommands = {
      "init",   "demo",      "import", "bench",   "stats",        "validate",  "regrid",         "links",
      "staff",  "export",    "boards", "plates",  "qr",           "panorama",  "users",          "events",
      "visits", "dashboard", "report", "package", "deliberation", "emergency", "service-circle", "server"};
  if (std::find(kCommands.begin(), kCommands.end(), command) == kCommands.end()) {
    const std::string nearest = grid::cli::nearestName(command, kCommands);
    std::cerr << "gridctl: unknown command \"" << command << "\""
              << (nearest.empty() ? std::string() : "; did you mean " + nearest + "?") << "\n"
              << kMainUsage;
    return 2;
  }
  // A command with subcommands but none named (or an unknown one) parses only --help; the command says what is missing.
  const std::string key = commandKey(command, argc, argv);
  const auto& table = commandOptions();
  const auto spec = table.find(key);
  static const std::vector<OptionSpec> kNone;
  auto parsed = grid::cli::parseArguments(argc, argv, 2, key, spec == table.end() ? kNone : spec->second);
  if (!parsed) {
    std::cerr << "gridctl: " << parsed.error().message << "\n";
    return 2;
  }
  const Arguments& args = *parsed;
  // Every connection this process opens follows the signed-in user (or nobody, on a database with accounts).
  grid::access::installConnectionGuard();
  if (command == "users") return grid::cli::runUsers(args.positional, args.options, args.help);
  const bool serverInit = command == "server" && (args.positional.empty() || args.positional[0] == "init");
  if (!args.help && command != "init" && command != "demo" && command != "bench" && !serverInit) {
    // The database a command works on, where it names one; sign in there before the command opens it.
    std::string database = grid::cli::option(args.options, "db");
    if (database.empty()) {
      const bool sub = command == "staff" || command == "qr" || command == "events" || command == "visits" ||
                       command == "report" || command == "package" || command == "deliberation" ||
                       command == "emergency" || command == "server";
      if (args.positional.size() > (sub ? 1u : 0u)) database = args.positional[sub ? 1 : 0];
      // A community goes back into the server under a session of the server's own (the file's accounts are copies).
      if (command == "server" && args.positional.size() == 3 && args.positional[0] == "push" &&
          !grid::cli::option(args.options, "community").empty())
        database = args.positional[2];
    }
    if (!database.empty() && (std::filesystem::exists(database) || Database::isServerAddress(database)))
      if (auto code = grid::cli::signInForCommand(database, args.options)) return *code;
  }
  if (command == "events") return grid::cli::runEvents(args.positional, args.options, args.help);
  if (command == "visits") return grid::cli::runVisits(args.positional, args.options, args.help);
  if (command == "dashboard") return grid::cli::runDashboard(args.positional, args.options, args.help);
  if (command == "report") return grid::cli::runReport(args.positional, args.options, args.help);
  if (command == "package") return grid::cli::runPackage(args.positional, args.options, args.help);
  if (command == "deliberation") return grid::cli::runDeliberation(args.positional, args.options, args.help);
  if (command == "emergency") return grid::cli::runEmergency(args.positional, args.options, args.help);
  if (command == "service-circle") return grid::cli::runServiceCircle(args.positional, args.options, args.help);
  if (command == "init") return runInit(args);
  if (command == "server") return runServer(args);
  if (command == "demo") return runDemo(args);
  if (command == "import") return runImport(args);
  if (command == "bench") return runBench(args);
  if (command == "stats") return runStats(args);
  if (command == "validate") return runValidate(args);
  if (command == "regrid") {
    if (!args.positional.empty())
      return usageError(
          "regrid takes options only (--db DB --community CODE, or --input FILE …), not \"" + args.positional[0] + "\"",
          "See gridctl regrid --help.\n");
    return grid::cli::runRegrid(args.options, args.help);
  }
  if (command == "links") return grid::cli::runLinks(args.positional, args.options, args.help);
  if (command == "staff") return runStaff(args);
  if (command == "export") return grid::cli::runExport(args.positional, args.options, args.help);
  if (command == "boards") return grid::cli::runBoards(args.positional, args.options, args.help);
  if (command == "plates") return grid::cli::runPlates(args.positional, args.options, args.help);
  if (command == "qr") return grid::cli::runQr(args.positional, args.options, args.help);
  return grid::cli::runPanorama(args.positional, args.options, args.help);
}
