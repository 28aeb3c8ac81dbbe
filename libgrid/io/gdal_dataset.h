// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <memory>
#include <string>

#include "common/result.h"

class GDALDataset;

namespace grid {

struct GdalDatasetCloser {
  void operator()(GDALDataset* dataset) const;
};
using GdalDatasetPtr = std::unique_ptr<GDALDataset, GdalDatasetCloser>;

/**
 * Opens \a path read-only as GDAL vector data (drivers registered once, GDAL's own messages kept quiet). A missing
 * file and an unreadable one get messages that name the file; \a hint says which formats the caller expects.
 */
/**
 * While alive, GDAL's XLSX driver keeps every cell as text (ID numbers must not become floating-point numbers) and
 * takes row 1 as headers. Keep it for as long as a sheet is read: the driver parses sheets lazily, after opening.
 */
class XlsxAsText {
 public:
  //! \a headersInFirstRow false: every row is data (fields Field1 …), for callers that find the header themselves.
  explicit XlsxAsText(bool headersInFirstRow = true);
  ~XlsxAsText();
  XlsxAsText(const XlsxAsText&) = delete;
  XlsxAsText& operator=(const XlsxAsText&) = delete;
};

Result<GdalDatasetPtr> openVectorDataset(const std::string& path, const char* const* openOptions, const std::string& hint);

}  // namespace grid
