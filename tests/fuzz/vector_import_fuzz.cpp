// SPDX-License-Identifier: GPL-2.0-or-later
// The vector importer on any bytes as GeoJSON (buildings, or grid boundaries when the first byte is odd): never
// crashes or hangs; refusals name the file; a dry run writes nothing.
#include <cstdlib>

#include "fuzz_support.h"
#include "io/vector_import.h"
#include "storage/database.h"

using namespace grid;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  fuzz::District& d = fuzz::sampleDistrict();
  const std::string path = fuzz::writeInput("input.geojson", data + 1, size - 1);
  static const long long audits = *d.db->queryInt("SELECT count(*) FROM audit_log");
  VectorImportOptions options;
  options.kind = data[0] % 2 ? VectorImportKind::Grids : VectorImportKind::Buildings;
  options.dryRun = true;
  auto report = importVector(*d.db, path, options, d.actor, d.clock);
  if (!report && (report.error().message.empty() || report.error().context.file != path)) std::abort();
  if (*d.db->queryInt("SELECT count(*) FROM audit_log") != audits) std::abort();  // the dry run wrote
  return 0;
}
