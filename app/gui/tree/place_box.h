// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

#include "storage/hierarchy_query.h"

class QComboBox;

namespace grid::app {

/**
 * Fills \a box with the places of the database at \a path from level \a top (street or community) down to grids,
 * in hierarchy order and indented by depth; each item's data is "level:id" (street:3, community:12, grid:140), the
 * form the dashboard and the visit lists take. The box is cleared first and emits nothing while filled.
 */
void fillPlaceBox(QComboBox* box, const QString& path, HierarchyLevel top);

}  // namespace grid::app
