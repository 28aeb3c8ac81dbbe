// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

class QgsLayoutItemLabel;

namespace grid::app {

enum class FitMode { Shrink, Wrap };

//! Text broken into lines at the point size that fits.
struct FittedText {
  QStringList lines;
  double pointSize = 0;
};

/**
 * Fits \a text into a box of \a width × \a height millimetres, starting from \a font's point size: Shrink keeps
 * one line and reduces the font (down to half the base size) before wrapping; Wrap breaks lines (between CJK
 * characters or at spaces) and reduces the font until the lines fit the height. As a last resort the text is cut
 * with "…".
 */
FittedText fitText(const QString& text, QFont font, double width, double height, FitMode mode);

/**
 * Sets \a text on \a label, fitted (fitText) to the label's box inside its margins. The base size is remembered in the
 * label (custom property gs_base_size), so refits start from it. Returns the font size used, in points.
 */
double fitLabelText(QgsLayoutItemLabel* label, const QString& text, FitMode mode);

//! The height \a lines lines of \a label's current font take, in millimetres (what fitLabelText fits against).
double fittedTextHeight(const QgsLayoutItemLabel* label, int lines);
//! The height \a lines lines of \a font take, in millimetres.
double fittedTextHeight(const QFont& font, int lines);

}  // namespace grid::app
