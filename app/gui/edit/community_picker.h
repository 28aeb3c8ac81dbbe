// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

class QComboBox;

namespace grid::app {

/**
 * Refills \a combo with the communities of the database at \a path (the name shown, the 12-digit code as item
 * data), keeping the community that was selected when it is still listed. \a code gets the community to show: that
 * one, else the first, else empty (no communities). False with \a error set when the database cannot be read.
 * The community pickers of the staff, link and party docks.
 */
bool refillCommunities(QComboBox* combo, const QString& path, QString* code, QString* error = nullptr);

//! Selects community \a code in \a combo; false with \a error set when it is not listed.
bool selectCommunity(QComboBox* combo, const QString& code, QString* error = nullptr);

}  // namespace grid::app
