// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <vector>

#include "emergency/emergency_units.h"

namespace grid::app {

/**
 * One page per minimal emergency unit (contact and roll-call sheet, 应急联络点名表): the unit's name, grid and
 * buildings; its responsible person, deputies and volunteers with their work phones; shelter and supplies; and the
 * vulnerable persons to reach first, with a box to tick at roll call. Names are printed as the reader may see them,
 * household phones masked. \a community names the community in the title.
 */
bool printEmergencySheets(const std::vector<emergency::Unit>& units, const QString& community, const QString& pdf,
                          bool english, QString* error = nullptr);

}  // namespace grid::app
