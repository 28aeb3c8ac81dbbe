// SPDX-License-Identifier: GPL-2.0-or-later
#include "print/board_layout.h"

#include <qgsfillsymbol.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitempage.h>
#include <qgslayoutitempicture.h>
#include <qgslayoutitemscalebar.h>
#include <qgslayoutitemshape.h>
#include <qgslayoutpagecollection.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsreadwritecontext.h>
#include <qgstextformat.h>

#include <QDomDocument>
#include <QFile>

static void initPrintResource() {
  Q_INIT_RESOURCE(print);
}  // templates and pictures live in this static library

namespace grid::app {
namespace {

const QString kFontFamily = QStringLiteral("Noto Sans CJK SC");
const QColor kRed(0xb7, 0x1c, 0x1c);
const QColor kInk(0x22, 0x22, 0x22);

//! Builds items in A3 millimetres, scaled by k for smaller paper.
class Builder {
 public:
  Builder(QgsPrintLayout* layout, double k) : m_layout(layout), m_k(k) {}

  QgsLayoutItemShape* box(const QString& id, double x, double y, double w, double h, const QString& fill,
                          const QString& stroke = {}) {
    auto* shape = new QgsLayoutItemShape(m_layout);
    shape->setShapeType(QgsLayoutItemShape::Rectangle);
    QVariantMap props{{QStringLiteral("color"), fill}};
    if (stroke.isEmpty()) {
      props[QStringLiteral("outline_style")] = QStringLiteral("no");
    } else {
      props[QStringLiteral("outline_color")] = stroke;
      props[QStringLiteral("outline_width")] = QString::number(0.4 * m_k);
      props[QStringLiteral("outline_width_unit")] = QStringLiteral("MM");
    }
    std::unique_ptr<QgsFillSymbol> symbol(QgsFillSymbol::createSimple(props));
    shape->setSymbol(symbol.get());
    place(shape, id, x, y, w, h);
    return shape;
  }

  QgsLayoutItemLabel* label(const QString& id, double x, double y, double w, double h, const QString& text,
                            double points, const QColor& color = kInk, bool bold = false,
                            Qt::AlignmentFlag align = Qt::AlignLeft, const QString& fit = QStringLiteral("shrink")) {
    auto* item = new QgsLayoutItemLabel(m_layout);
    item->setText(text);
    QFont font(kFontFamily);
    font.setPointSizeF(points * m_k);
    font.setBold(bold);
    item->setFont(font);
    item->setFontColor(color);
    item->setHAlign(align);
    item->setVAlign(Qt::AlignVCenter);
    item->setMargin(0.8 * m_k);
    if (!fit.isEmpty()) item->setCustomProperty(QStringLiteral("gs_fit"), fit);
    place(item, id, x, y, w, h);
    return item;
  }

  //! A label whose text is a caption: Chinese in the template, English source kept for English boards.
  QgsLayoutItemLabel* caption(const QString& id, double x, double y, double w, double h, const QString& zh,
                              const QString& en, double points, const QColor& color = kInk, bool bold = false,
                              Qt::AlignmentFlag align = Qt::AlignLeft, const QString& fit = QStringLiteral("shrink")) {
    auto* item = label(id, x, y, w, h, zh, points, color, bold, align, fit);
    item->setCustomProperty(QStringLiteral("gs_caption"), en);
    return item;
  }

  QgsLayoutItemPicture* picture(const QString& id, double x, double y, double w, double h, const QString& path) {
    auto* item = new QgsLayoutItemPicture(m_layout);
    item->setPicturePath(path, QgsLayoutItemPicture::FormatSVG);
    item->setResizeMode(QgsLayoutItemPicture::Zoom);
    place(item, id, x, y, w, h);
    return item;
  }

  void place(QgsLayoutItem* item, const QString& id, double x, double y, double w, double h) {
    m_layout->addLayoutItem(item);
    item->setId(id);
    item->attemptResize(QgsLayoutSize(w * m_k, h * m_k, QgsUnitTypes::LayoutMillimeters));
    item->attemptMove(QgsLayoutPoint(x * m_k, y * m_k, QgsUnitTypes::LayoutMillimeters));
  }
  double k() const { return m_k; }
  QgsPrintLayout* layout() const { return m_layout; }

 private:
  QgsPrintLayout* m_layout;
  double m_k;
};

}  // namespace

QString BoardLayout::shippedTemplate(Paper paper) {
  initPrintResource();
  return paper == Paper::A3 ? QStringLiteral(":/print/notice_board_a3.qpt")
                            : QStringLiteral(":/print/notice_board_a4.qpt");
}

QStringList BoardLayout::requiredItemIds() {
  return {QStringLiteral("map"), QStringLiteral("qr"), QStringLiteral("staff_area"),
          QStringLiteral("building_chiefs_area"), QStringLiteral("grid_name")};
}

QgsPrintLayout* BoardLayout::createDefault(QgsProject* project, Paper paper) {
  initPrintResource();
  auto* layout = new QgsPrintLayout(project);
  layout->initializeDefaults();
  layout->setName(paper == Paper::A3 ? QStringLiteral("网格公示牌 A3") : QStringLiteral("网格公示牌 A4"));
  const double k = paper == Paper::A3 ? 1.0 : 210.0 / 297.0;
  layout->pageCollection()->page(0)->setPageSize(QgsLayoutSize(297 * k, 420 * k, QgsUnitTypes::LayoutMillimeters));
  Builder b(layout, k);
  const QColor white(Qt::white);

  // Header band: community and street, the grid's name, its 15-digit code.
  b.box(QStringLiteral("header"), 0, 0, 297, 58, kRed.name());
  b.caption(QStringLiteral("board_title"), 12, 6, 180, 10, QStringLiteral("网格公示牌"),
            QStringLiteral("Grid notice board"), 15, white, true);
  b.label(QStringLiteral("community"), 150, 6, 135, 10, QStringLiteral("[% @gs_street %] · [% @gs_community %]"), 15,
          white, false, Qt::AlignRight);
  b.label(QStringLiteral("grid_name"), 12, 17, 273, 24, QStringLiteral("[% @gs_grid_name %]"), 40, white, true,
          Qt::AlignLeft);
  b.caption(QStringLiteral("grid_code"), 12, 43, 273, 10, QStringLiteral("网格编码 [% @gs_grid_code %]"),
            QStringLiteral("Grid code [% @gs_grid_code %]"), 14, white);
  b.box(QStringLiteral("six_fixed_band"), 0, 58, 297, 12, QStringLiteral("#fbe9e7"));
  b.caption(QStringLiteral("six_fixed"), 12, 58, 273, 12, QStringLiteral("定人 · 定岗 · 定责 · 定时 · 定标准 · 定奖惩"),
            QStringLiteral("Fixed person · post · duty · hours · standard · reward and penalty"), 14, kRed, true,
            Qt::AlignHCenter);

  // Map of the grid (left) with north arrow and scale bar.
  auto* map = new QgsLayoutItemMap(layout);
  b.place(map, QStringLiteral("map"), 12, 76, 172, 150);
  // The atlas fits each grid to the proportions of the map's extent and then sets it, resizing the item to match:
  // an extent of the frame's own proportions keeps the frame where it is placed (an empty one let a tall grid's map
  // grow over the staff cards).
  map->setExtent(QgsRectangle(0, 0, 172 * b.k(), 150 * b.k()));
  map->setFrameEnabled(true);
  map->setFrameStrokeColor(QColor(0x88, 0x88, 0x88));
  map->setAtlasDriven(true);
  map->setAtlasScalingMode(QgsLayoutItemMap::Auto);
  map->setAtlasMargin(0.12);
  auto* north = b.picture(QStringLiteral("north_arrow"), 172, 79, 9, 14, QStringLiteral(":/print/north_arrow.svg"));
  north->setLinkedMap(map);
  auto* scale = new QgsLayoutItemScaleBar(layout);
  b.place(scale, QStringLiteral("scale_bar"), 15, 214, 60, 10);
  scale->setLinkedMap(map);
  scale->setStyle(QStringLiteral("Single Box"));
  scale->setUnits(QgsUnitTypes::DistanceMeters);
  scale->setUnitLabel(QStringLiteral("m"));
  scale->setNumberOfSegments(2);
  scale->setNumberOfSegmentsLeft(0);
  scale->setSegmentSizeMode(QgsScaleBarSettings::SegmentSizeFitWidth);
  scale->setMinimumBarWidth(25 * k);
  scale->setMaximumBarWidth(45 * k);
  scale->setHeight(2 * k);
  QgsTextFormat scaleText;
  scaleText.setFont(QFont(kFontFamily));
  scaleText.setSize(7 * k);
  scale->setTextFormat(scaleText);

  // Facts (right): scope, counts, hours, phone; the QR code.
  b.box(QStringLiteral("facts_frame"), 190, 76, 95, 150, QStringLiteral("#fafafa"), QStringLiteral("#dddddd"));
  b.caption(QStringLiteral("scope_caption"), 194, 79, 87, 8, QStringLiteral("网格范围"), QStringLiteral("Area"), 11,
            kRed, true);
  b.label(QStringLiteral("scope"), 194, 87, 87, 22, QStringLiteral("[% @gs_scope %]"), 10, kInk, false, Qt::AlignLeft,
          QStringLiteral("wrap"));
  b.caption(QStringLiteral("counts"), 194, 110, 87, 8,
            QStringLiteral("楼栋 [% @gs_buildings %] 栋 · 住户 [% @gs_households %] 户"),
            QStringLiteral("[% @gs_buildings %] buildings · [% @gs_households %] households"), 10);
  b.caption(QStringLiteral("hours"), 194, 118, 87, 8, QStringLiteral("服务时间 [% @gs_service_hours %]"),
            QStringLiteral("Service hours [% @gs_service_hours %]"), 10);
  b.caption(QStringLiteral("grid_phone"), 194, 126, 87, 8, QStringLiteral("网格电话 [% @gs_grid_phone %]"),
            QStringLiteral("Grid phone [% @gs_grid_phone %]"), 10);
  b.picture(QStringLiteral("qr"), 207.5, 138, 60, 60, QStringLiteral(":/print/photo_placeholder.svg"));
  b.caption(QStringLiteral("qr_caption"), 194, 199, 87, 8, QStringLiteral("扫码联系网格员 · 一格一码"),
            QStringLiteral("Scan to contact your grid worker"), 10, kInk, true, Qt::AlignHCenter);
  b.caption(QStringLiteral("qr_note"), 194, 207, 87, 14, QStringLiteral("二维码只含本网格的公开链接，不含个人信息"),
            QStringLiteral("The code holds only this grid's public link, no personal data"), 8,
            QColor(0x66, 0x66, 0x66), false, Qt::AlignHCenter, QStringLiteral("wrap"));

  // Responsibilities: staff cards are laid out inside this frame by the printer.
  b.caption(QStringLiteral("staff_caption"), 12, 231, 273, 9, QStringLiteral("网格力量 · 职责与联系方式"),
            QStringLiteral("Grid team · duties and contacts"), 13, kRed, true);
  auto* staff =
      b.box(QStringLiteral("staff_area"), 12, 241, 273, 112, QStringLiteral("#ffffff"), QStringLiteral("#dddddd"));
  staff->setCustomProperty(QStringLiteral("gs_card_font"), 9.0 * k);
  b.caption(QStringLiteral("building_chiefs_caption"), 12, 355, 273, 7, QStringLiteral("楼栋长"),
            QStringLiteral("Building chiefs"), 10, kRed, true);
  b.box(QStringLiteral("building_chiefs_area"), 12, 362, 273, 24, QStringLiteral("#ffffff"), QStringLiteral("#dddddd"));

  // Footer: supervision phone, hotlines, party branch, print date.
  b.box(QStringLiteral("footer"), 0, 390, 297, 30, QStringLiteral("#fbe9e7"));
  b.caption(QStringLiteral("supervision"), 12, 391, 140, 11, QStringLiteral("监督电话 [% @gs_supervision_phone %]"),
            QStringLiteral("Supervision phone [% @gs_supervision_phone %]"), 15, kRed, true);
  b.caption(QStringLiteral("party_branch"), 152, 391, 133, 11, QStringLiteral("[% @gs_party_branch %]"),
            QStringLiteral("[% @gs_party_branch %]"), 10, kInk, false, Qt::AlignRight);
  b.caption(QStringLiteral("hotlines"), 12, 402, 273, 9, QStringLiteral("便民服务热线 [% @gs_hotlines %]"),
            QStringLiteral("Hotlines [% @gs_hotlines %]"), 9);
  b.caption(QStringLiteral("print_date"), 12, 411, 273, 7,
            QStringLiteral("[% @gs_community %]居民委员会 · 印制日期 [% @gs_print_date %]"),
            QStringLiteral("[% @gs_community %] residents' committee · printed [% @gs_print_date %]"), 7.5,
            QColor(0x66, 0x66, 0x66));
  return layout;
}

QgsPrintLayout* BoardLayout::load(QgsProject* project, const QString& path, QString* error) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    if (error) *error = QStringLiteral("Cannot read the board template %1: %2").arg(path, file.errorString());
    return nullptr;
  }
  QDomDocument document;
  QString message;
  int line = 0;
  if (!document.setContent(&file, &message, &line)) {
    if (error)
      *error = QStringLiteral("%1 is not a QGIS layout template (line %2: %3); save it from QGIS as .qpt")
                   .arg(path)
                   .arg(line)
                   .arg(message);
    return nullptr;
  }
  auto* layout = new QgsPrintLayout(project);
  bool ok = false;
  layout->loadFromTemplate(document, QgsReadWriteContext(), true, &ok);
  QStringList missing;
  for (const QString& id : requiredItemIds())
    if (!layout->itemById(id)) missing << id;
  if (!ok || !missing.isEmpty()) {
    if (error)
      *error = QStringLiteral(
                   "The board template %1 %2; start from `gridctl boards --write-template` and keep the item ids.")
                   .arg(path, ok ? QStringLiteral("lacks the items %1").arg(missing.join(QStringLiteral(", ")))
                                 : QStringLiteral("could not be loaded"));
    delete layout;
    return nullptr;
  }
  return layout;
}

}  // namespace grid::app
