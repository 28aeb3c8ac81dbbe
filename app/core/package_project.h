// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace grid::app {

/**
 * Writes the QGIS project (.qgz) of a work package beside it, for QGIS and QField: the package's layers with styles
 * (grids, buildings, key places over them), field aliases from the lists' headers, forms generated from the list
 * definitions — value relations into the package's code_value table for code columns, value maps for fixed choices,
 * date pickers, read-only fields for what a package may not change — and relations for the references (a person's
 * household, a key person's person, a household's building), so a new row picks its parent from a list. Paths are
 * stored relative to the project, so the two files move together. Returns an empty string or what went wrong.
 */
QString writePackageProject(const QString& packagePath, const QString& projectPath, bool english);

}  // namespace grid::app
