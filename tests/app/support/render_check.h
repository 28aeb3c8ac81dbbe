// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QImage>
#include <QString>

namespace grid::test {

/**
 * Compares \a image with tests/data/control/<name>.png: pixels whose channels differ by more than \a channelTolerance
 * count as different, and the check fails when more than \a maxDifferentShare of them differ. On failure the actual
 * image and a diff (different pixels in red) are written next to the test's temp files and named in \a message.
 * Control images are only ever written on purpose: GRIDSTATION_UPDATE_CONTROLS=1 (then review and commit them).
 */
bool matchesControl(const QImage& image, const QString& name, QString* message, int channelTolerance = 24,
                    double maxDifferentShare = 0.01);

}  // namespace grid::test
