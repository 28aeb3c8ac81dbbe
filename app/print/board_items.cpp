// SPDX-License-Identifier: GPL-2.0-or-later
#include "print/board_items.h"

#include <qgslayout.h>
#include <qgsrendercontext.h>
#include <qgstextformat.h>
#include <qgstextrenderer.h>

#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>
#include <algorithm>

namespace grid::app {
namespace {

constexpr double kTextMargin = 0.4;  // mm, as the labels had

QSvgRenderer& placeholder() {
  static QSvgRenderer renderer(QStringLiteral(":/print/photo_placeholder.svg"));
  return renderer;
}

//! \a content's size scaled to fit inside \a box keeping its aspect ratio, centred.
QRectF fitInside(const QSizeF& content, const QRectF& box) {
  if (content.isEmpty()) return box;
  const double scale = std::min(box.width() / content.width(), box.height() / content.height());
  const QSizeF size = content * scale;
  return {box.center().x() - size.width() / 2, box.center().y() - size.height() / 2, size.width(), size.height()};
}

QRectF scaled(const QRectF& mm, double scale) {
  return {mm.x() * scale, mm.y() * scale, mm.width() * scale, mm.height() * scale};
}

}  // namespace

StaffCardsItem::StaffCardsItem(QgsLayout* layout, const QString& fontFamily, double fontPoints)
    : QgsLayoutItem(layout), m_family(fontFamily), m_points(fontPoints) {
  setBackgroundEnabled(false);
  setFrameEnabled(false);
}

StaffCardsItem::Text StaffCardsItem::fitted(const QString& text, const QRectF& box, double points, bool bold,
                                            const QColor& color, FitMode mode, Qt::Alignment vertical) const {
  QFont font(m_family);
  font.setPointSizeF(points);
  font.setBold(bold);
  const QRectF inner = box.adjusted(kTextMargin, kTextMargin, -kTextMargin, -kTextMargin);
  const FittedText fit = fitText(text, font, inner.width() - 0.2, inner.height(), mode);
  font.setPointSizeF(fit.pointSize);
  return {inner, fit.lines, font, color, vertical};
}

void StaffCardsItem::setCards(const QVector<StaffCard>& cards) {
  m_cards.clear();
  const int n = static_cast<int>(cards.size());
  if (n > 0) {
    const QSizeF area = rect().size();
    const int columns = n <= 4 ? std::max(n, 2) : n <= 8 ? 4 : n <= 10 ? 5 : 6;
    const int rows = (n + columns - 1) / columns;
    const double pad = area.width() * 0.012;
    const double w = (area.width() - pad * (columns + 1)) / columns;
    const double h = std::min((area.height() - pad * (rows + 1)) / rows, area.height() * 0.6);
    const QColor red(0xb7, 0x1c, 0x1c), ink(0x22, 0x22, 0x22), grey(0x55, 0x55, 0x55);
    for (int i = 0; i < n; ++i) {
      const StaffCard& card = cards[i];
      const double x = pad + (i % columns) * (w + pad);
      const double y = pad + (i / columns) * (h + pad);
      const double inner = h * 0.06;
      const double photoH = h * 0.62, photoW = std::min(photoH * 0.75, w * 0.36);
      const double tx = x + inner * 1.5 + photoW, tw = w - photoW - inner * 2.5;
      Laid laid;
      laid.frame = QRectF(x, y, w, h);
      laid.photoBox = QRectF(x + inner, y + inner, photoW, photoH);
      laid.photo = card.photo;
      laid.texts << fitted(card.role, QRectF(tx, y + inner, tw, photoH * 0.26), m_points, true, red, FitMode::Shrink)
                 << fitted(card.name, QRectF(tx, y + inner + photoH * 0.26, tw, photoH * 0.40), m_points * 1.5, true,
                           ink, FitMode::Shrink)
                 << fitted(card.phone, QRectF(tx, y + inner + photoH * 0.66, tw, photoH * 0.34), m_points * 1.1, false,
                           ink, FitMode::Shrink)
                 << fitted(card.duties,
                           QRectF(x + inner, y + inner * 2 + photoH, w - 2 * inner, h - photoH - inner * 3),
                           m_points * 0.85, false, grey, FitMode::Wrap, Qt::AlignTop);
      m_cards << laid;
    }
  }
  update();
}

void StaffCardsItem::draw(QgsLayoutItemRenderContext& context) {
  QgsRenderContext& render = context.renderContext();
  QPainter* painter = render.painter();
  if (!painter) return;
  const double scale = render.scaleFactor();  // painter units (dots) per millimetre
  const QgsScopedQPainterState state(painter);
  painter->setRenderHint(QPainter::Antialiasing, true);
  painter->setRenderHint(QPainter::SmoothPixmapTransform, true);
  render.setFlag(Qgis::RenderContextFlag::ApplyScalingWorkaroundForTextRendering, true);
  QPen border(QColor(224, 224, 224));
  border.setWidthF(0.25 * scale);
  for (const Laid& card : m_cards) {
    painter->setPen(border);
    painter->setBrush(Qt::white);
    painter->drawRect(scaled(card.frame, scale));
    if (card.photo.isNull()) {
      placeholder().render(painter, scaled(fitInside(placeholder().defaultSize(), card.photoBox), scale));
    } else {
      painter->drawImage(scaled(fitInside(card.photo.size(), card.photoBox), scale), card.photo);
    }
    for (const Text& text : card.texts) {
      QgsTextFormat format;
      format.setFont(text.font);
      format.setSize(text.font.pointSizeF());
      format.setSizeUnit(QgsUnitTypes::RenderPoints);
      format.setColor(text.color);
      QgsTextRenderer::drawText(scaled(text.box, scale), 0, QgsTextRenderer::AlignLeft, text.lines, render, format,
                                true, QgsTextRenderer::convertQtVAlignment(text.vertical));
    }
  }
}

QrCodeItem::QrCodeItem(QgsLayout* layout) : QgsLayoutItem(layout) {
  setBackgroundEnabled(false);
  setFrameEnabled(false);
}

void QrCodeItem::setMatrix(QrMatrix matrix) {
  m_matrix = std::move(matrix);
  update();
}

void QrCodeItem::draw(QgsLayoutItemRenderContext& context) {
  QPainter* painter = context.renderContext().painter();
  if (!painter || m_matrix.size <= 0) return;
  const double scale = context.renderContext().scaleFactor();
  constexpr int kQuiet = 4;
  const double side = std::min(rect().width(), rect().height()) * scale;
  const double module = side / (m_matrix.size + 2 * kQuiet);
  const QPointF origin((rect().width() * scale - side) / 2, (rect().height() * scale - side) / 2);
  const QgsScopedQPainterState state(painter);
  painter->setRenderHint(QPainter::Antialiasing, false);  // crisp module edges
  painter->fillRect(QRectF(origin, QSizeF(side, side)), Qt::white);
  QPainterPath dark;
  dark.setFillRule(Qt::WindingFill);
  for (int y = 0; y < m_matrix.size; ++y) {
    for (int x = 0; x < m_matrix.size;) {  // one rectangle per horizontal run of dark modules
      if (!m_matrix.at(x, y)) {
        ++x;
        continue;
      }
      int end = x;
      while (end < m_matrix.size && m_matrix.at(end, y)) ++end;
      dark.addRect(origin.x() + (kQuiet + x) * module, origin.y() + (kQuiet + y) * module, (end - x) * module, module);
      x = end;
    }
  }
  painter->fillPath(dark, Qt::black);
}

}  // namespace grid::app
