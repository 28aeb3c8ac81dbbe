// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QColor>
#include <QString>

class QgsVectorLayer;
class QgsCoordinateReferenceSystem;

namespace grid::app {

/**
 * The coverage overlay's household dots (联户家庭): one dot per occupied household of a community, laid out inside
 * its building's footprint in unit/floor/room order; unlinked households red, linked ones in their member's colour
 * (neighbouring members differ, see party::loadLinkColouring), households with the 党员家庭 plaque ringed in gold.
 * A memory layer, refilled after each link edit.
 */
class LinkOverlay {
 public:
  //! An empty, styled point layer in \a crs; the caller owns it (or the project it is added to).
  static QgsVectorLayer* createLayer(const QgsCoordinateReferenceSystem& crs);
  /**
   * Replaces the dots of \a layer with community \a communityCode of the database at \a path, placed in the
   * footprints of \a buildings (the building layer). False with \a error set when the database cannot be read.
   */
  static bool fill(QgsVectorLayer* layer, const QString& path, const QString& communityCode, QgsVectorLayer* buildings,
                   QString* error = nullptr);
  //! Colour \a index of the member palette (12 colours, none of them the unlinked red).
  static QColor memberColour(int index);
  static int paletteSize() { return 12; }
};

}  // namespace grid::app
