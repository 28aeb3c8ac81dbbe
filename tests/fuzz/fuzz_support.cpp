// SPDX-License-Identifier: GPL-2.0-or-later
#include "fuzz_support.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>

#include "demo/district_generator.h"
#include "demo/sample_district.h"
#include "storage/database_key.h"

namespace grid::fuzz {

namespace {

const std::string& temporaryFolder() {
  // Never destroyed: the exit handler that removes the folder runs after static destructors would have.
  static const std::string* folder = [] {
    std::random_device device;
    const std::filesystem::path path =
        std::filesystem::temp_directory_path() / ("gridstation-fuzz-" + std::to_string(device()));
    std::filesystem::create_directories(path);
    setenv("GRIDSTATION_KEY_DIR", (path / "keys").c_str(), 1);
    auto* made = new std::string(path.string());
    std::atexit([] {
      std::error_code ignored;
      std::filesystem::remove_all(*folder, ignored);
    });
    return made;
  }();
  return *folder;
}

}  // namespace

District* makeDistrict(bool sample) {
  {
    auto* d = new District();
    d->folder = temporaryFolder();
    Database::Options options;
    options.create = true;
    options.srid = 4547;
    auto db = Database::open(d->folder + (sample ? "/sample.sqlite" : "/district.sqlite"), options);
    if (!db) std::fprintf(stderr, "fuzz: %s\n", db.error().describe().c_str()), std::abort();
    d->db = std::move(*db);
    auto key = createDatabaseKey(*d->db);
    if (!key) std::fprintf(stderr, "fuzz: %s\n", key.error().describe().c_str()), std::abort();
    d->key = std::make_unique<FieldCipher>(*key);
    if (sample) {
      if (auto written = writeSampleDistrict(*d->db, *d->key, d->clock, d->actor, 3); !written)
        std::fprintf(stderr, "fuzz: %s\n", written.error().describe().c_str()), std::abort();
    } else {
      DistrictOptions generate;
      generate.households = 3000;
      generate.seed = 3;
      if (auto written = generateDistrict(*d->db, *d->key, d->clock, d->actor, generate); !written)
        std::fprintf(stderr, "fuzz: %s\n", written.error().describe().c_str()), std::abort();
    }
    auto grid = d->db->queryText("SELECT grid_code FROM grid ORDER BY grid_code LIMIT 1");
    d->ledgerGrid = grid ? *grid : std::string();
    return d;
  }
}

District& district() {
  static District* made = makeDistrict(false);
  return *made;
}

District& sampleDistrict() {
  static District* made = makeDistrict(true);
  return *made;
}

std::string writeInput(const std::string& name, const std::uint8_t* data, std::size_t size) {
  const std::string path = temporaryFolder() + "/" + name;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  return path;
}

}  // namespace grid::fuzz
