// SPDX-License-Identifier: GPL-2.0-or-later
// CsvText on any bytes: never crashes, and every record splits into fields that lie inside the text.
#include <cstdlib>

#include "fuzz_support.h"
#include "io/csv_text.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string path = grid::fuzz::writeInput("input.csv", data, size);
  auto csv = grid::CsvText::read(path);
  if (!csv) {
    if (csv.error().message.empty()) std::abort();  // every refusal says why
    return 0;
  }
  std::vector<std::string_view> fields;
  long long previous = 1;
  for (std::size_t i = 0; i < csv->recordCount(); ++i) {
    csv->split(i, fields);
    if (csv->rowNumber(i) <= previous) std::abort();  // rows grow: the header is row 1
    previous = csv->rowNumber(i);
    for (std::string_view field : fields)
      for (char c : field) (void)c;  // touch every byte (ASan finds views outside the text)
  }
  return 0;
}
