// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

namespace grid::app {

/**
 * Process-wide settings every GridStation executable applies first thing in main(), before Qt or QGIS start.
 *
 * Pins the time zone: with TZ unset, glibc re-reads /etc/localtime (a stat, often a read) on every localtime()
 * call, and QGIS layouts call it thousands of times per printed page. TZ=":/etc/localtime" names the same zone
 * and lets glibc keep it. An existing TZ is left alone.
 *
 * Points libgrid's log (GRIDSTATION_LOG) at $XDG_STATE_HOME/gridstation/gridstation.log (~/.local/state/…) unless
 * it is set: what C libraries print (METIS) and engine details go there, never to the terminal.
 */
void applyProcessSetup();

}  // namespace grid::app
