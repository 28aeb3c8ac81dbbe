// SPDX-License-Identifier: GPL-2.0-or-later
#include "io/gdal_dataset.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <filesystem>
#include <mutex>

namespace grid {

void GdalDatasetCloser::operator()(GDALDataset* dataset) const {
  GDALClose(dataset);
}

XlsxAsText::XlsxAsText(bool headersInFirstRow) {
  CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", headersInFirstRow ? "FORCE" : "DISABLE");
  CPLSetThreadLocalConfigOption("OGR_XLSX_FIELD_TYPES", "STRING");
}

XlsxAsText::~XlsxAsText() {
  CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", nullptr);
  CPLSetThreadLocalConfigOption("OGR_XLSX_FIELD_TYPES", nullptr);
}

QuietGdal::QuietGdal() {
  CPLPushErrorHandler(CPLQuietErrorHandler);
}
QuietGdal::~QuietGdal() {
  CPLPopErrorHandler();
}

Result<GdalDatasetPtr> openVectorDataset(const std::string& path, const char* const* openOptions,
                                         const std::string& hint) {
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
    return makeError(
        ErrorCode::Io,
        std::string("Cannot read this file (GDAL: ") + (message && *message ? message : "no details") + "). " + hint,
        {.file = path});
  }
  return dataset;
}

Result<SheetFileWriter> SheetFileWriter::create(const std::string& path, const std::string& sheetName,
                                                const std::vector<std::string>& columns) {
  std::string extension = std::filesystem::path(path).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  if (extension != ".xlsx" && extension != ".csv")
    return makeError(ErrorCode::InvalidInput, "Export to .xlsx or .csv.", {.file = path});
  static std::once_flag registered;
  std::call_once(registered, [] { GDALAllRegister(); });
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(extension == ".xlsx" ? "XLSX" : "CSV");
  if (!driver)
    return makeError(ErrorCode::Unsupported, "This GDAL has no driver for " + extension + ".", {.file = path});
  SheetFileWriter writer;
  writer.m_path = path;
  writer.m_csv = extension == ".csv";
  const std::filesystem::path final(path);
  writer.m_aside = (final.parent_path() / (final.stem().string() + ".part" + extension)).string();
  std::error_code ignored;
  std::filesystem::remove(writer.m_aside, ignored);
  writer.m_dataset.reset(driver->Create(writer.m_aside.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  if (!writer.m_dataset)
    return makeError(ErrorCode::Io, "Cannot create the file; check that the folder exists and is writable.",
                     {.file = path});
  const char* csvOptions[] = {"WRITE_BOM=NO", nullptr};
  writer.m_layer = writer.m_dataset->CreateLayer(sheetName.c_str(), nullptr, wkbNone,
                                                 writer.m_csv ? const_cast<char**>(csvOptions) : nullptr);
  if (!writer.m_layer) return makeError(ErrorCode::Io, "Cannot create the sheet.", {.file = path});
  for (const std::string& name : columns) {
    OGRFieldDefn field(name.c_str(), OFTString);
    if (writer.m_layer->CreateField(&field) != OGRERR_NONE)
      return makeError(ErrorCode::Io, "Cannot create column " + name + ".", {.file = path});
  }
  return writer;
}

SheetFileWriter::SheetFileWriter(SheetFileWriter&& other) noexcept
    : m_path(std::move(other.m_path)),
      m_aside(std::move(other.m_aside)),
      m_dataset(std::move(other.m_dataset)),
      m_layer(other.m_layer),
      m_csv(other.m_csv) {
  other.m_layer = nullptr;
  other.m_aside.clear();
}

SheetFileWriter::~SheetFileWriter() {
  if (m_aside.empty()) return;
  m_dataset.reset();
  std::error_code ignored;
  std::filesystem::remove(m_aside, ignored);
}

Status SheetFileWriter::addSheet(const std::string& sheetName, const std::vector<std::string>& columns,
                                 const std::vector<bool>& numeric) {
  if (m_csv)
    return makeError(ErrorCode::InvalidInput, "A CSV file holds one table; write .xlsx for several.", {.file = m_path});
  m_layer = m_dataset->CreateLayer(sheetName.c_str(), nullptr, wkbNone, nullptr);
  if (!m_layer) return makeError(ErrorCode::Io, "Cannot create the sheet " + sheetName + ".", {.file = m_path});
  for (std::size_t i = 0; i < columns.size(); ++i) {
    OGRFieldDefn field(columns[i].c_str(), i < numeric.size() && numeric[i] ? OFTReal : OFTString);
    if (m_layer->CreateField(&field) != OGRERR_NONE)
      return makeError(ErrorCode::Io, "Cannot create column " + columns[i] + ".", {.file = m_path});
  }
  return {};
}

Status SheetFileWriter::addRow(const std::vector<std::string>& cells, long long row) {
  OGRFeature feature(m_layer->GetLayerDefn());
  for (std::size_t i = 0; i < cells.size(); ++i)
    if (!cells[i].empty()) feature.SetField(static_cast<int>(i), cells[i].c_str());
  if (m_layer->CreateFeature(&feature) != OGRERR_NONE)
    return makeError(ErrorCode::Io, "Cannot write row " + std::to_string(row) + ".", {.file = m_path});
  return {};
}

Status SheetFileWriter::finish() {
  m_dataset.reset();  // flushes and closes
  std::error_code failed;
  std::filesystem::rename(m_aside, m_path, failed);
  if (failed)
    return makeError(ErrorCode::Io, "Cannot replace the file (" + failed.message() + "); is it open in Excel?",
                     {.file = m_path});
  m_aside.clear();
  return {};
}

}  // namespace grid
