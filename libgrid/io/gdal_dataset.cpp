// SPDX-License-Identifier: GPL-2.0-or-later
#include "io/gdal_dataset.h"

#include <cpl_conv.h>

#include <cpl_error.h>
#include <gdal_priv.h>

#include <filesystem>
#include <mutex>

namespace grid {

void GdalDatasetCloser::operator()(GDALDataset* dataset) const { GDALClose(dataset); }

XlsxAsText::XlsxAsText(bool headersInFirstRow) {
  CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", headersInFirstRow ? "FORCE" : "DISABLE");
  CPLSetThreadLocalConfigOption("OGR_XLSX_FIELD_TYPES", "STRING");
}

XlsxAsText::~XlsxAsText() {
  CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", nullptr);
  CPLSetThreadLocalConfigOption("OGR_XLSX_FIELD_TYPES", nullptr);
}

Result<GdalDatasetPtr> openVectorDataset(const std::string& path, const char* const* openOptions, const std::string& hint) {
  if (!std::filesystem::exists(path))
    return makeError(ErrorCode::NotFound, "File not found; check the path and the file name.", {.file = path});
  static std::once_flag registered;
  std::call_once(registered, [] { GDALAllRegister(); });
  CPLErrorReset();
  CPLPushErrorHandler(CPLQuietErrorHandler);
  GdalDatasetPtr dataset(static_cast<GDALDataset*>(
      GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, openOptions, nullptr)));
  CPLPopErrorHandler();
  if (!dataset || dataset->GetLayerCount() == 0) {
    const char* message = CPLGetLastErrorMsg();
    return makeError(ErrorCode::Io,
                     std::string("Cannot read this file (GDAL: ") + (message && *message ? message : "no details") +
                         "). " + hint,
                     {.file = path});
  }
  return dataset;
}

}  // namespace grid
