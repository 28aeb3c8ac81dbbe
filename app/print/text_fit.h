// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

class QgsLayoutItemLabel;

namespace grid::app {

enum class FitMode { Shrink, Wrap };

/**
 * Sets \a text on \a label so that it never overflows the label's box: Shrink keeps one line and reduces the
 * font (down to half the label's base size) before wrapping; Wrap breaks lines (between CJK characters or at
 * spaces) and reduces the font until the lines fit the height. As a last resort the text is cut with "…".
 * The base size is remembered in the label (custom property gs_base_size), so refits start from it.
 * Returns the font size used, in points.
 */
double fitLabelText(QgsLayoutItemLabel* label, const QString& text, FitMode mode);

//! The height \a lines lines of \a label's current font take, in millimetres (what fitLabelText fits against).
double fittedTextHeight(const QgsLayoutItemLabel* label, int lines);

}  // namespace grid::app
