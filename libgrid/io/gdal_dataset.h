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
Result<GdalDatasetPtr> openVectorDataset(const std::string& path, const char* const* openOptions, const std::string& hint);

}  // namespace grid
