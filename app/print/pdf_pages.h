// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QString>
#include <QStringList>
#include <functional>
#include <string>
#include <vector>

class QImage;
class QPainter;
class QPdfWriter;
#if QT_VERSION_MAJOR < 6
namespace QtCharts {
class QChart;
}
using QtCharts::QChart;
#else
class QChart;
#endif

/**
 * A4 documents drawn with QPainter on a QPdfWriter, in millimetres: the monthly report, deliberation notices and
 * emergency-unit sheets. Text in Noto Sans CJK SC (embedded), tables with a header repeated on each page, and a
 * footer with the page number. pdf::write writes beside the target and moves it in place, so a failed run leaves
 * nothing half-written.
 */
namespace grid::app::pdf {

inline const QString kFont = QStringLiteral("Noto Sans CJK SC");
constexpr double kPageWidth = 210, kPageHeight = 297, kMargin = 15;  // millimetres

inline QString q(const std::string& text) {
  return QString::fromStdString(text);
}
//! A font for the page (points as on paper); chartFont for charts, which lay out at their own scale.
QFont font(double points, bool bold = false);
QFont chartFont(double points, bool bold = false);
//! Figures (1,234 · 87.5% · +3 · 2026-10-31) are right-aligned in tables, text left-aligned.
bool numeric(const QString& text);

class Pages {
 public:
  Pages(QPdfWriter& writer, QPainter& painter, QString footer);

  double y = kMargin;  //!< where the next block starts, mm from the top
  QPainter& painter() { return mPainter; }
  //! Starts a new page when a block of \a height millimetres does not fit.
  void need(double height);
  void newPage();
  void text(const QString& s, const QFont& f, double height, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter,
            const QColor& colour = Qt::black);
  //! Text wrapped to the page width (or \a width from \a left), breaking pages between lines.
  void paragraph(const QString& s, const QFont& f, const QColor& colour = Qt::black, double left = kMargin,
                 double width = kPageWidth - 2 * kMargin);
  /**
   * A table: \a widths in millimetres (the last column takes the rest), header repeated on each page, alternate
   * rows shaded, \a group rows (first cell only) drawn as section titles. \a boxes draws a tick box in the last
   * column of each row (roll-call sheets).
   */
  void table(const QStringList& header, const std::vector<QStringList>& rows, std::vector<double> widths,
             const std::function<bool(std::size_t)>& isGroup = {}, bool boxes = false);
  //! Renders \a chart (taken over) into a block \a height millimetres high.
  void chart(QChart* chart, double height);
  //! Draws \a image into a square of \a size millimetres at \a x, y (no page break).
  void image(const QImage& image, double x, double y, double size);

 private:
  void drawFooter();
  QPdfWriter& mWriter;
  QPainter& mPainter;
  QString mFooter;
  int mPage = 1;
};

/**
 * Writes an A4 PDF to \a pdf: \a draw fills the pages (the footer shows \a footer and page numbers). Returns false
 * with \a error set when the file cannot be written or replaced.
 */
bool write(const QString& pdf, const QString& title, const QString& footer, const std::function<void(Pages&)>& draw,
           QString* error);

}  // namespace grid::app::pdf
