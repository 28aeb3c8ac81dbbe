// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

namespace grid::app {

/**
 * Process-wide settings every GridStation executable applies first thing in main(), before Qt or QGIS start.
 *
 * Pins the time zone: with TZ unset, glibc re-reads /etc/localtime (a stat, often a read) on every localtime()
 * call, and QGIS layouts call it thousands of times per printed page. TZ=":/etc/localtime" names the same zone
 * and lets glibc keep it. An existing TZ is left alone.
 */
void applyProcessSetup();

}  // namespace grid::app
