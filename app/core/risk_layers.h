// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QgsVectorLayer;

namespace grid::app {

//! What the risk layers show: colours (red, orange, yellow, blue), a key-place category, places registered since.
struct RiskFilter {
  QStringList colours{QStringLiteral("red"), QStringLiteral("orange"), QStringLiteral("yellow"),
                      QStringLiteral("blue")};
  QString category;            //!< key_place_class code; empty = all
  QString since;               //!< YYYY-MM-DD; empty = any date
  long long communityId = -1;  //!< -1 = every community
};

/**
 * The community risk panorama (社区风险全景图) as map layers over the risk_* views, styled in code with the national
 * four colours (DOMAIN.md §8): a grid choropleth of the risk score, a heat map of key places weighted by colour
 * level, buildings coloured by their highest risk with key-person counts (never individual persons), and key places
 * with a symbol per category and a fill per colour. All read-only.
 */
struct RiskLayers {
  QgsVectorLayer* grids = nullptr;
  QgsVectorLayer* heat = nullptr;
  QgsVectorLayer* buildings = nullptr;
  QgsVectorLayer* places = nullptr;
  QgsVectorLayer* matters = nullptr;  //!< open key matters (重点事项) at their point, warning colour, "!" marker
  //! The signed-in user's scope per layer (empty: everything), ANDed into every filter: a grid worker's map shows
  //! no other grid's key persons, places or matters.
  QString gridsScope, placesScope, buildingsScope, mattersScope;
  //! Bottom first.
  QList<QgsVectorLayer*> all() const { return {grids, heat, buildings, places, matters}; }

  //! Creates the five layers on the database at \a path; false (nothing created) with \a error set on failure.
  static bool create(const QString& path, RiskLayers* out, QString* error);
  //! Applies \a filter as subset strings (places and heat map: colour, category, date; buildings: colour; matters:
  //! colour and date, hidden while a key-place category is chosen).
  void applyFilter(const RiskFilter& filter) const;
  //! The four colours as used on the map: red #d7191c, orange #f28c28, yellow #f5d000, blue #2c7bb6.
  static QString colourHex(const QString& colour);
};

}  // namespace grid::app
