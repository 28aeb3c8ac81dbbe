// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

#include "core/risk_layers.h"

namespace grid::app {

/**
 * The community risk panorama (社区风险全景图) as an A3 landscape PDF with QgsLayout: the community map with grid
 * risk scores, buildings by their highest risk (key persons as counts only) and key places by category and colour;
 * a legend; a table of red/orange/yellow/blue counts and the score per grid with a total; the scoring rule and the
 * date. Reads the database; writes only the PDF.
 */
class PanoramaPrinter {
 public:
  explicit PanoramaPrinter(QString databasePath);

  //! Limits colours, category and date as on the map (the community comes from print()).
  void setFilter(const RiskFilter& filter) { mFilter = filter; }
  //! Writes the panorama of community \a communityCode to \a pdf; false with \a error set (nothing written) on failure.
  bool print(const QString& communityCode, const QString& pdf, QString* error = nullptr);

 private:
  QString mPath;
  RiskFilter mFilter;
};

}  // namespace grid::app
