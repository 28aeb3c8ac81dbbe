// SPDX-License-Identifier: GPL-2.0-or-later
#include "support/test_support.h"

#include "demo/district_generator.h"
#include "demo/sample_district.h"
#include "storage/database_key.h"

namespace grid::test {

GeneratedTemplate::GeneratedTemplate(long long households, const std::string& clockIso) {
  FixedClock clock(clockIso);
  auto generated = createGeneratedDatabase(m_dir, clock, Actor::system("test"), households, "template.sqlite");
  if (!generated.db) return;
  EXPECT_TRUE(generated.db->exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
  m_keyHex = generated.key->toHex();
}

std::unique_ptr<Database> GeneratedTemplate::copy() {
  const std::string path = m_dir.file("copy" + std::to_string(++m_copies) + ".sqlite");
  std::filesystem::copy_file(m_dir.file("template.sqlite"), path);
  auto opened = Database::open(path);
  EXPECT_TRUE(opened.ok()) << (opened.ok() ? "" : opened.error().describe());
  return opened.ok() ? std::move(*opened) : nullptr;
}

SampleDatabase createSampleDatabase(const TempDir& dir, const std::string& name) {
  SampleDatabase sample;
  sample.db = createDatabase(dir, name);
  if (!sample.db) return sample;
  auto key = createDatabaseKey(*sample.db);
  EXPECT_TRUE(key.ok()) << (key.ok() ? "" : key.error().describe());
  if (!key.ok()) return sample;
  sample.key = std::make_unique<FieldCipher>(*key);
  FixedClock clock("2026-11-23T08:00:00Z");
  auto written = writeSampleDistrict(*sample.db, *sample.key, clock, Actor::system("test"), 1);
  EXPECT_TRUE(written.ok()) << (written.ok() ? "" : written.error().describe());
  EXPECT_TRUE(sample.db->exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
  return sample;
}

SampleDatabase createGeneratedDatabase(const TempDir& dir, const Clock& clock, const Actor& actor, long long households,
                                       const std::string& name) {
  SampleDatabase generated;
  generated.db = createDatabase(dir, name);
  if (!generated.db) return generated;
  auto key = createDatabaseKey(*generated.db);
  EXPECT_TRUE(key.ok()) << (key.ok() ? "" : key.error().describe());
  if (!key.ok()) return generated;
  generated.key = std::make_unique<FieldCipher>(*key);
  DistrictOptions options;
  options.households = households;
  auto written = generateDistrict(*generated.db, *generated.key, clock, actor, options);
  EXPECT_TRUE(written.ok()) << (written.ok() ? "" : written.error().describe());
  return generated;
}

}  // namespace grid::test
