// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

class QgsVectorLayer;

namespace grid::app {

/**
 * The events layer (事件) on `event_map`: one marker per event coloured by its traffic light (red and yellow
 * supervision cards, in time, resolved and waiting, closed), clustered with a count where markers crowd at small
 * scales, and held to the signed-in user's scope. Nullptr with \a error set when the database has no events view.
 */
QgsVectorLayer* createEventLayer(const QString& path, QString* error);

}  // namespace grid::app
