// SPDX-License-Identifier: GPL-2.0-or-later
#include "print/plate_printer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include "boards/door_plate.h"
#include "boards/qr_code.h"
#include "core/translation.h"
#include "storage/database.h"

namespace grid::app {
namespace {

QString plateText(const char* source) {
  return printText("PlatePrinter", source);
}

QString q(const std::string& text) {
  return QString::fromStdString(text);
}

//! Draws \a text in \a box at the largest size ≤ \a points that fits on one line (elided below 5 pt).
void drawFitted(QPainter& painter, const QRectF& box, const QString& text, double points, bool bold,
                Qt::Alignment align = Qt::AlignLeft) {
  QFont font(QStringLiteral("Noto Sans CJK SC"));
  font.setBold(bold);
  for (double size = points; size >= 5; size -= 0.5) {
    font.setPointSizeF(size);
    if (QFontMetricsF(font, painter.device()).horizontalAdvance(text) <= box.width() || size <= 5.01) break;
  }
  painter.setFont(font);
  const QString shown = QFontMetricsF(font, painter.device()).elidedText(text, Qt::ElideRight, box.width());
  painter.drawText(box, static_cast<int>(align | Qt::AlignVCenter), shown);
}

}  // namespace

Result<PlatePrintResult> printDoorPlates(Database& database, const std::vector<long long>& gridIds,
                                         const QString& outPath, const PlateSheetOptions& options, const Actor& actor,
                                         const Clock& clock, const std::function<bool(int, int)>& progress) {
  if (options.columns < 1 || options.rows < 1 || options.columns > 6 || options.rows > 14)
    return makeError(ErrorCode::InvalidInput, "A label sheet has 1–6 columns and 1–14 rows (default 3 × 8).");
  EnglishPrint english(options.english);
  Transaction transaction(database);
  if (!transaction.begun()) return transaction.begun().error();
  auto plates = loadDoorPlates(database, gridIds, actor, clock);
  if (!plates) return plates.error();
  if (plates->empty())
    return makeError(ErrorCode::NotFound, "The selected grids have no households; there is nothing to print.");

  const QString partial = outPath + QStringLiteral(".part");
  PlatePrintResult result;
  {
    QPdfWriter writer(partial);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(600);
    writer.setTitle(plateText(QT_TRANSLATE_NOOP("PlatePrinter", "QR door plates")));
    writer.setCreator(QStringLiteral("GridStation"));
    QPainter painter;
    if (!painter.begin(&writer))
      return makeError(ErrorCode::Io, "Cannot write " + outPath.toStdString(), {.file = outPath.toStdString()});
    const double dotsPerMm = writer.resolution() / 25.4;
    // Millimetres → device pixels (the painter stays unscaled so fonts keep their point sizes).
    auto mm = [dotsPerMm](const QRectF& r) {
      return QRectF(r.x() * dotsPerMm, r.y() * dotsPerMm, r.width() * dotsPerMm, r.height() * dotsPerMm);
    };
    const double sheetW = 210.0, sheetH = 297.0, margin = 6.0;
    const double labelW = (sheetW - 2 * margin) / options.columns, labelH = (sheetH - 2 * margin) / options.rows;
    const int perPage = options.columns * options.rows;
    for (std::size_t i = 0; i < plates->size(); ++i) {
      if (progress && i % 24 == 0 && !progress(static_cast<int>(i), static_cast<int>(plates->size()))) {
        painter.end();
        QFile::remove(partial);
        return makeError(ErrorCode::Cancelled, "Printing cancelled; nothing was saved.");
      }
      const int slot = static_cast<int>(i) % perPage;
      if (slot == 0 && i > 0) writer.newPage();
      if (slot == 0) ++result.pages;
      const DoorPlate& plate = (*plates)[i];
      const QRectF label(margin + (slot % options.columns) * labelW, margin + (slot / options.columns) * labelH, labelW,
                         labelH);
      const QRectF inner = label.adjusted(2, 2, -2, -2);
      painter.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 0.15 * dotsPerMm, Qt::DashLine));  // cutting guide
      painter.setBrush(Qt::NoBrush);
      painter.drawRect(mm(label));
      painter.setPen(Qt::NoPen);
      painter.setBrush(QColor(0x0d, 0x47, 0xa1));  // blue plate band, as on public QR door plates
      painter.drawRect(mm(QRectF(inner.left(), inner.top(), inner.width(), inner.height() * 0.2)));
      painter.setPen(Qt::white);
      drawFitted(painter, mm(QRectF(inner.left() + 1.5, inner.top(), inner.width() - 3, inner.height() * 0.2)),
                 plateText(QT_TRANSLATE_NOOP("PlatePrinter", "One household, one code")), 8, true);

      auto matrix = encodeQr(plate.url);
      if (!matrix) return matrix.error();
      const double qrSide = std::min(inner.height() * 0.78, inner.width() * 0.45);
      const double quiet = 2;  // modules
      const double module = qrSide / (matrix->size + 2 * quiet);
      const QPointF origin(inner.left(), inner.bottom() - qrSide);
      painter.setPen(Qt::NoPen);
      painter.setBrush(Qt::white);
      painter.drawRect(mm(QRectF(origin, QSizeF(qrSide, qrSide))));
      painter.setBrush(Qt::black);
      for (int y = 0; y < matrix->size; ++y)
        for (int x = 0; x < matrix->size; ++x)
          if (matrix->at(x, y))
            painter.drawRect(mm(QRectF(origin.x() + (x + quiet) * module, origin.y() + (y + quiet) * module,
                                       module * 1.02, module * 1.02)));

      painter.setPen(QColor(0x22, 0x22, 0x22));
      const double tx = inner.left() + qrSide + 1.5, tw = inner.right() - tx;
      const double ty = inner.top() + inner.height() * 0.22, line = (inner.bottom() - ty) / 4;
      drawFitted(painter, mm(QRectF(tx, ty, tw, line)), q(plate.buildingName), 10, true);
      drawFitted(painter, mm(QRectF(tx, ty + line, tw, line * 1.2)),
                 plateText(QT_TRANSLATE_NOOP("PlatePrinter", "Unit %1 · Room %2")).arg(plate.unit).arg(q(plate.room)),
                 13, true);
      painter.setPen(QColor(0x55, 0x55, 0x55));
      drawFitted(painter, mm(QRectF(tx, ty + line * 2.2, tw, line * 0.9)),
                 q(plate.communityName) + QLatin1Char(' ') + q(plate.gridName), 7, false);
      drawFitted(painter, mm(QRectF(tx, ty + line * 3.1, tw, line * 0.9)),
                 plateText(QT_TRANSLATE_NOOP("PlatePrinter", "Code %1")).arg(q(plate.token.substr(0, 8)).toUpper()), 7,
                 false);
    }
    painter.end();
  }
  result.plates = static_cast<int>(plates->size());
  QFile::remove(outPath);
  if (!QFile::rename(partial, outPath)) {
    QFile::remove(partial);
    return makeError(ErrorCode::Io,
                     "Cannot write " + outPath.toStdString() + "; check the folder exists and is writable.",
                     {.file = outPath.toStdString()});
  }
  if (auto s = transaction.commit(); !s) return s.error();
  if (progress) progress(result.plates, result.plates);
  return result;
}

}  // namespace grid::app
