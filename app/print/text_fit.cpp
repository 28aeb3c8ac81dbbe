// SPDX-License-Identifier: GPL-2.0-or-later
#include "print/text_fit.h"

#include <qgslayoutitemlabel.h>
#include <qgslayoututils.h>

#include <QStringList>

namespace grid::app {
namespace {

constexpr double kLineFactor = 1.05;

//! Break opportunities: after every CJK character and after spaces; latin words stay whole when they can.
QStringList tokens(const QString& text) {
  QStringList out;
  QString current;
  for (const QChar c : text) {
    const bool wide = c.unicode() >= 0x2E80;
    if (wide) {
      if (!current.isEmpty()) out << current;
      out << QString(c);
      current.clear();
    } else {
      current += c;
      if (c == QLatin1Char(' ') || c == QLatin1Char('/') || c == QLatin1Char('-')) {
        out << current;
        current.clear();
      }
    }
  }
  if (!current.isEmpty()) out << current;
  return out;
}

QStringList wrap(const QString& text, const QFont& font, double width) {
  QStringList lines;
  for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
    QString line;
    for (const QString& token : tokens(paragraph)) {
      const QString candidate = line + token;
      if (!line.isEmpty() && QgsLayoutUtils::textWidthMM(font, candidate.trimmed()) > width) {
        lines << line.trimmed();
        line = token.trimmed() == QString() ? QString() : token;
      } else {
        line = candidate;
      }
      // A single token wider than the line (a long latin word): split it by characters.
      while (QgsLayoutUtils::textWidthMM(font, line.trimmed()) > width && line.size() > 1) {
        int cut = line.size() - 1;
        while (cut > 1 && QgsLayoutUtils::textWidthMM(font, line.left(cut)) > width) --cut;
        lines << line.left(cut);
        line = line.mid(cut);
      }
    }
    lines << line.trimmed();
  }
  return lines;
}

}  // namespace

FittedText fitText(const QString& text, QFont font, double width, double height, FitMode mode) {
  const double base = font.pointSizeF();
  // QgsTextRenderer draws line after line at the font's height (Noto CJK has no extra leading); 5 % spare.
  auto linesHeight = [&](int lines) { return lines * QgsLayoutUtils::fontHeightMM(font) * kLineFactor; };
  if (mode == FitMode::Shrink && !text.contains(QLatin1Char('\n'))) {  // one line, as large as possible
    for (double size = base; size >= base * 0.5 - 1e-9; size -= base * 0.05) {
      font.setPointSizeF(size);
      if (QgsLayoutUtils::textWidthMM(font, text) <= width && linesHeight(1) <= height + 0.01) return {{text}, size};
    }
  }
  for (double size = base; size >= base * 0.5 - 1e-9; size -= base * 0.05) {  // wrapped lines, as large as possible
    font.setPointSizeF(size);
    const QStringList lines = wrap(text, font, width);
    if (linesHeight(static_cast<int>(lines.size())) <= height + 0.01) return {lines, size};
  }
  // Still too long at half size: wrap at half size and cut what does not fit.
  const double size = base * 0.5;
  font.setPointSizeF(size);
  QStringList lines = wrap(text, font, width);
  int keep = 1;
  while (keep < lines.size() && linesHeight(keep + 1) <= height + 0.01) ++keep;
  if (keep < lines.size()) {
    lines = lines.mid(0, keep);
    QString& last = lines.last();
    while (!last.isEmpty() && QgsLayoutUtils::textWidthMM(font, last + QStringLiteral("…")) > width) last.chop(1);
    last += QStringLiteral("…");
  }
  return {lines, size};
}

double fitLabelText(QgsLayoutItemLabel* label, const QString& text, FitMode mode) {
  QFont font = label->font();
  bool ok = false;
  const double base = label->customProperty(QStringLiteral("gs_base_size")).toDouble(&ok);
  if (ok && base > 0)
    font.setPointSizeF(base);
  else
    label->setCustomProperty(QStringLiteral("gs_base_size"), font.pointSizeF());
  const QSizeF box = label->rect().size();
  const FittedText fitted =
      fitText(text, font, box.width() - 2 * label->marginX() - 0.2, box.height() - 2 * label->marginY(), mode);
  font.setPointSizeF(fitted.pointSize);
  label->setFont(font);
  label->setText(fitted.lines.join(QLatin1Char('\n')));
  return fitted.pointSize;
}

double fittedTextHeight(const QgsLayoutItemLabel* label, int lines) {
  return fittedTextHeight(label->font(), lines);
}

double fittedTextHeight(const QFont& font, int lines) {
  return lines * QgsLayoutUtils::fontHeightMM(font) * kLineFactor;
}

}  // namespace grid::app
