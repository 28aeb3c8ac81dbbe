// SPDX-License-Identifier: GPL-2.0-or-later
#include "print/pdf_pages.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>
#include <QtCharts/QChart>

namespace grid::app::pdf {

namespace {

// Pages draw in millimetres (the painter is scaled), and a QFont's points are device points before that scale:
// page fonts are divided by it. Charts lay out at their own scale and use chartFont().
double gPageFontScale = 1;

QString tr(const char* text) {
  return QCoreApplication::translate("grid::app", text);
}

}  // namespace

QFont chartFont(double points, bool bold) {
  QFont f(kFont);
  f.setPointSizeF(points);
  f.setBold(bold);
  return f;
}

QFont font(double points, bool bold) {
  return chartFont(points * gPageFontScale, bold);
}

bool numeric(const QString& text) {
  if (text.isEmpty()) return false;
  for (const QChar c : text)
    if (!c.isDigit() && c != QLatin1Char(',') && c != QLatin1Char('.') && c != QLatin1Char('%') &&
        c != QLatin1Char('+') && c != QLatin1Char('-'))
      return false;
  return true;
}

Pages::Pages(QPdfWriter& writer, QPainter& painter, QString footer)
    : mWriter(writer), mPainter(painter), mFooter(std::move(footer)) {
  const double scale = writer.resolution() / 25.4;
  mPainter.scale(scale, scale);
  gPageFontScale = 1 / scale;
  drawFooter();
}

void Pages::need(double height) {
  if (y + height <= kPageHeight - kMargin - 6) return;
  newPage();
}

void Pages::newPage() {
  mWriter.newPage();
  ++mPage;
  y = kMargin;
  drawFooter();
}

void Pages::text(const QString& s, const QFont& f, double height, Qt::Alignment align, const QColor& colour) {
  need(height);
  mPainter.setFont(f);
  mPainter.setPen(colour);
  mPainter.drawText(QRectF(kMargin, y, kPageWidth - 2 * kMargin, height), align, s);
  y += height;
}

void Pages::paragraph(const QString& s, const QFont& f, const QColor& colour, double left, double width) {
  mPainter.setFont(f);
  mPainter.setPen(colour);
  const QFontMetricsF metrics(f, mPainter.device());
  const double lineHeight = metrics.lineSpacing();
  for (const QString& block : s.split(QLatin1Char('\n'))) {
    QTextLayout layout(block, f, mPainter.device());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    std::vector<std::pair<int, int>> lines;  // start, length
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
      line.setLineWidth(width);
      lines.push_back({line.textStart(), line.textLength()});
    }
    layout.endLayout();
    if (lines.empty()) lines.push_back({0, 0});
    for (const auto& [start, length] : lines) {
      need(lineHeight);
      mPainter.setFont(f);
      mPainter.setPen(colour);
      mPainter.drawText(QRectF(left, y, width, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, block.mid(start, length));
      y += lineHeight;
    }
  }
  y += 1;
}

void Pages::table(const QStringList& header, const std::vector<QStringList>& rows, std::vector<double> widths,
                  const std::function<bool(std::size_t)>& isGroup, bool boxes) {
  double used = 0;
  for (double w : widths) used += w;
  widths.push_back(kPageWidth - 2 * kMargin - used);
  const double rowHeight = boxes ? 7.0 : 5.6;
  auto drawRow = [&](const QStringList& cells, bool head, bool group, bool shade) {
    need(rowHeight);
    if (head || shade || group)
      mPainter.fillRect(QRectF(kMargin, y, kPageWidth - 2 * kMargin, rowHeight), head    ? QColor(0xC6, 0x28, 0x28)
                                                                                 : group ? QColor(0xF3, 0xE5, 0xE5)
                                                                                         : QColor(0xF6, 0xF6, 0xF6));
    mPainter.setPen(head ? Qt::white : Qt::black);
    mPainter.setFont(font(8.5, head || group));
    double x = kMargin;
    for (int c = 0; c < cells.size() && c < static_cast<int>(widths.size()); ++c) {
      const double w = group ? kPageWidth - 2 * kMargin : widths[static_cast<std::size_t>(c)];
      const Qt::Alignment align = (c == 0 || group || !numeric(cells[c])) ? Qt::AlignLeft | Qt::AlignVCenter
                                                                          : Qt::AlignRight | Qt::AlignVCenter;
      const QString shown =
          QFontMetricsF(mPainter.font(), mPainter.device()).elidedText(cells[c], Qt::ElideRight, w - 2);
      mPainter.drawText(QRectF(x + 1, y, w - 2, rowHeight), align, shown);
      x += w;
      if (group) break;
    }
    if (boxes && !head && !group) {  // a box to tick in the last column
      QPen pen(Qt::black);
      pen.setWidthF(0.3);
      mPainter.setPen(pen);
      mPainter.drawRect(QRectF(kPageWidth - kMargin - widths.back() / 2 - 2, y + rowHeight / 2 - 2, 4, 4));
    }
    y += rowHeight;
  };
  drawRow(header, true, false, false);
  int page = mPage;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    need(rowHeight);
    if (mPage != page) {  // repeat the header on a new page
      page = mPage;
      drawRow(header, true, false, false);
    }
    drawRow(rows[r], false, isGroup && isGroup(r), r % 2 == 1);
  }
  y += 3;
}

void Pages::chart(QChart* chart, double height) {
  need(height);
  QGraphicsScene scene;
  scene.addItem(chart);
  // Lay the chart out at screen size, then scale it into the block: fonts keep their proportions.
  const QSizeF size(1600, 1600 * height / (kPageWidth - 2 * kMargin));
  chart->resize(size);
  scene.setSceneRect(QRectF(QPointF(0, 0), size));
  scene.render(&mPainter, QRectF(kMargin, y, kPageWidth - 2 * kMargin, height), scene.sceneRect());
  scene.removeItem(chart);
  delete chart;
  y += height + 2;
}

void Pages::image(const QImage& image, double x, double top, double size) {
  mPainter.drawImage(QRectF(x, top, size, size), image);
}

void Pages::drawFooter() {
  mPainter.setFont(font(7));
  mPainter.setPen(Qt::darkGray);
  mPainter.drawText(QRectF(kMargin, kPageHeight - kMargin - 4, kPageWidth - 2 * kMargin, 5),
                    Qt::AlignLeft | Qt::AlignVCenter, mFooter);
  mPainter.drawText(QRectF(kMargin, kPageHeight - kMargin - 4, kPageWidth - 2 * kMargin, 5),
                    Qt::AlignRight | Qt::AlignVCenter, QString::number(mPage));
}

bool write(const QString& pdf, const QString& title, const QString& footer, const std::function<void(Pages&)>& draw,
           QString* error) {
  const QFileInfo target(pdf);
  const QString aside = target.absolutePath() + QStringLiteral("/.") + target.fileName() + QStringLiteral(".part");
  QFile::remove(aside);
  {
    QPdfWriter writer(aside);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(300);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("GridStation"));
    QPainter painter;
    if (!painter.begin(&writer)) {
      if (error) *error = tr("Cannot write %1; check that the folder exists and is writable.").arg(pdf);
      return false;
    }
    Pages pages(writer, painter, footer);
    draw(pages);
    painter.end();
  }
  QFile::remove(pdf);
  if (!QFile::rename(aside, pdf)) {
    QFile::remove(aside);
    if (error) *error = tr("Cannot replace %1; is it open in another program?").arg(pdf);
    return false;
  }
  return true;
}

}  // namespace grid::app::pdf
