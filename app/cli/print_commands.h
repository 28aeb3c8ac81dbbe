// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <map>
#include <string>
#include <vector>

namespace grid::cli {

//! gridctl boards / plates / qr: printing needs QGIS (an offscreen QgsApplication), the rest of gridctl does not.
int runBoards(const std::vector<std::string>& positional, const std::map<std::string, std::string>& options, bool help);
int runPlates(const std::vector<std::string>& positional, const std::map<std::string, std::string>& options, bool help);
//! gridctl bench boards: N boards to one PDF with GridStation vs qgis_process native:atlaslayouttopdf, same template.
int runBoardsBenchmark(const std::map<std::string, std::string>& options);
int runPanorama(const std::vector<std::string>& positional, const std::map<std::string, std::string>& options,
                bool help);
//! gridctl report monthly: the monthly report as PDF (Qt, offscreen) or .xlsx.
int runReport(const std::vector<std::string>& positional, const std::map<std::string, std::string>& options, bool help);
int runQr(const std::vector<std::string>& positional, const std::map<std::string, std::string>& options, bool help);

}  // namespace grid::cli
