// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <qgslayoutitem.h>
#include <qgslayoutitemregistry.h>

#include <QColor>
#include <QImage>
#include <QStringList>
#include <QVector>

#include "boards/qr_code.h"
#include "print/text_fit.h"

namespace grid::app {

//! One person on a notice board: role, name, work phone, duties and photo (null: a neutral silhouette).
struct StaffCard {
  QString role;
  QString name;
  QString phone;
  QString duties;
  QImage photo;
};

/**
 * The staff cards of a board, drawn by one layout item.
 *
 * Cards used to be six layout items each (frame, photo, four labels). QGIS refreshes every item on every atlas
 * page and builds a full expression context (reading QgsSettings twice) for each refresh, so a board with ten
 * cards spent more time there than drawing. This item lays the cards out in a grid inside its own rectangle,
 * fits every text to its box (fitText) when the cards are set, and paints frames, photos and text straight
 * onto the page. Text goes through QgsTextRenderer, so it follows the export's text format (real text in PDFs).
 *
 * The item exists only while printing; templates keep the plain "staff_area" box that says where cards go.
 */
class StaffCardsItem : public QgsLayoutItem {
 public:
  static constexpr int kType = QgsLayoutItemRegistry::PluginItem + 4711;

  StaffCardsItem(QgsLayout* layout, const QString& fontFamily, double fontPoints);

  int type() const override { return kType; }
  QString displayName() const override { return QStringLiteral("Staff cards"); }

  //! Replaces the cards; lays them out and fits their texts to the item's current size.
  void setCards(const QVector<StaffCard>& cards);

 protected:
  void draw(QgsLayoutItemRenderContext& context) override;

 private:
  struct Text {
    QRectF box;  // millimetres, item coordinates
    QStringList lines;
    QFont font;
    QColor color;
    Qt::Alignment vertical = Qt::AlignVCenter;
  };
  struct Laid {
    QRectF frame;
    QRectF photoBox;
    QImage photo;
    QVector<Text> texts;
  };
  Text fitted(const QString& text, const QRectF& box, double points, bool bold, const QColor& color, FitMode mode,
              Qt::Alignment vertical = Qt::AlignVCenter) const;

  QString m_family;
  double m_points;
  QVector<Laid> m_cards;
};

/**
 * A QR code drawn from its module matrix: one filled path per page, no SVG file to write and resolve.
 * Keeps a white quiet zone of four modules and stays square, centred in the item's rectangle.
 */
class QrCodeItem : public QgsLayoutItem {
 public:
  static constexpr int kType = StaffCardsItem::kType + 1;

  explicit QrCodeItem(QgsLayout* layout);

  int type() const override { return kType; }
  QString displayName() const override { return QStringLiteral("QR code"); }

  void setMatrix(QrMatrix matrix);

 protected:
  void draw(QgsLayoutItemRenderContext& context) override;

 private:
  QrMatrix m_matrix;
};

}  // namespace grid::app
