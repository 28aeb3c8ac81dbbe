// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QMap>
#include <QString>

class QgsVectorLayer;

namespace grid::app {

/**
 * A memory layer named \a title with the grids of \a grids (the grid_map layer) whose id is in \a values, each with
 * its value, drawn in five quantile classes of reds at 75 % opacity: the deepest red for the highest values, or for
 * the lowest when \a highIsGood (so the worst grids stay the darkest). Read-only. The caller owns it.
 */
QgsVectorLayer* createChoroplethLayer(QgsVectorLayer& grids, const QString& title,
                                      const QMap<long long, double>& values, bool highIsGood);

}  // namespace grid::app
