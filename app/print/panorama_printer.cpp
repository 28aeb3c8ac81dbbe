// SPDX-License-Identifier: GPL-2.0-or-later
#include "print/panorama_printer.h"

#include <qgslayertree.h>
#include <qgslayertreemodel.h>
#include <qgslayout.h>
#include <qgslayoutexporter.h>
#include <qgslayoutframe.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmanualtable.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitemscalebar.h>
#include <qgslayoutpagecollection.h>
#include <qgslayouttablecolumn.h>
#include <qgslayoutundostack.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgstablecell.h>
#include <qgsvectorlayer.h>

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <memory>

#include "checks/risk_summary.h"
#include "core/layer_factory.h"
#include "storage/database.h"
#include "storage/hierarchy_query.h"

namespace grid::app {
namespace {

const QString kFont = QStringLiteral("Noto Sans CJK SC");

QString tr(const char* text) {
  return QCoreApplication::translate("grid::app::PanoramaPrinter", text);
}

QgsLayoutItemLabel* addLabel(QgsLayout& layout, const QString& text, double x, double y, double w, double h,
                             double size, bool bold = false, const QColor& colour = QColor(30, 30, 30)) {
  auto* label = new QgsLayoutItemLabel(&layout);
  label->setText(text);
  QFont font(kFont);
  font.setPointSizeF(size);
  font.setBold(bold);
  label->setFont(font);
  label->setFontColor(colour);
  label->attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes::LayoutMillimeters));
  label->attemptResize(QgsLayoutSize(w, h, QgsUnitTypes::LayoutMillimeters));
  layout.addLayoutItem(label);
  return label;
}

}  // namespace

PanoramaPrinter::PanoramaPrinter(QString databasePath) : mPath(std::move(databasePath)) {}

bool PanoramaPrinter::print(const QString& communityCode, const QString& pdf, QString* error) {
  auto fail = [error](const QString& message) {
    if (error) *error = message;
    return false;
  };
  CommunityRisk risk;
  QStringList gridIds;  // the community's live grids, to limit the building layer
  {
    // Opened writable once: an older file gets its migrations (the risk views) before QGIS reads it.
    auto db = Database::open(mPath.toStdString());
    if (!db) return fail(QString::fromStdString(db.error().describe()));
    auto loaded = loadCommunityRisk(**db, communityCode.toStdString());
    if (!loaded) return fail(QString::fromStdString(loaded.error().describe()));
    risk = std::move(*loaded);
    auto grids = listGrids(**db, risk.communityId);
    if (!grids) return fail(QString::fromStdString(grids.error().describe()));
    for (const GridRef& grid : *grids) gridIds << QString::number(grid.id);
  }

  QgsProject project;
  // Base: the community outline and the grid outlines; then the risk layers, all limited to the community.
  QList<QgsMapLayer*> base;
  for (const LayerSpec& spec : LayerFactory::hierarchySpecs()) {
    if (spec.table != QLatin1String("community") && spec.table != QLatin1String("grid_map") &&
        spec.table != QLatin1String("building"))
      continue;
    QString layerError;
    QgsVectorLayer* layer = LayerFactory::createLayer(mPath, spec, &layerError);
    if (!layer) return fail(layerError);
    if (spec.table == QLatin1String("community"))
      layer->setSubsetString(QStringLiteral("id = %1").arg(risk.communityId));
    else if (spec.table == QLatin1String("grid_map"))
      layer->setSubsetString(QStringLiteral("community_id = %1").arg(risk.communityId));
    else
      layer->setSubsetString(QStringLiteral("grid_id IN (%1)")
                                 .arg(gridIds.isEmpty() ? QStringLiteral("NULL") : gridIds.join(QLatin1Char(','))));
    base << layer;
  }
  RiskLayers layers;
  QString layerError;
  if (!RiskLayers::create(mPath, &layers, &layerError)) {
    qDeleteAll(base);
    return fail(layerError);
  }
  RiskFilter filter = mFilter;
  filter.communityId = risk.communityId;
  layers.applyFilter(filter);
  QList<QgsMapLayer*> all = base;
  for (QgsVectorLayer* layer : layers.all())
    if (layer != layers.heat) all << layer;
  delete layers.heat;
  project.addMapLayers(all);
  QgsVectorLayer* community = qobject_cast<QgsVectorLayer*>(base.value(0));
  QgsRectangle extent;
  for (QgsMapLayer* layer : base)
    if (auto* vector = qobject_cast<QgsVectorLayer*>(layer);
        vector && vector->dataProvider()->uri().table() == QLatin1String("community"))
      extent = vector->extent(), community = vector;
  if (extent.isEmpty()) return fail(tr("Community %1 has no outline to map.").arg(communityCode));
  project.setCrs(community->crs());

  QgsPrintLayout layout(&project);
  layout.initializeDefaults();
  layout.pageCollection()->page(0)->setPageSize(QStringLiteral("A3"), QgsLayoutItemPage::Landscape);
  layout.undoStack()->blockCommands(true);

  const QString name = QString::fromStdString(risk.communityName);
  addLabel(layout, tr("%1 Community Risk Panorama").arg(name), 10, 8, 300, 14, 24, true, QColor(160, 20, 20));
  addLabel(layout,
           tr("Drawn %1 by GridStation · For internal use only").arg(QDate::currentDate().toString(Qt::ISODate)), 10,
           21, 300, 7, 10, false, QColor(90, 90, 90));

  // Map: left two thirds, the community's extent.
  auto* map = new QgsLayoutItemMap(&layout);
  map->attemptMove(QgsLayoutPoint(10, 30, QgsUnitTypes::LayoutMillimeters));
  map->attemptResize(QgsLayoutSize(280, 250, QgsUnitTypes::LayoutMillimeters));
  map->setFrameEnabled(true);
  QList<QgsMapLayer*> ordered;
  ordered << layers.matters << layers.places << layers.buildings;
  for (int i = base.size() - 1; i >= 0; --i) ordered << base[i];
  ordered << layers.grids;
  map->setLayers(ordered);
  map->setKeepLayerSet(true);
  extent.scale(1.06);
  map->setCrs(community->crs());
  layout.addLayoutItem(map);
  {
    // Grow the community's extent to the frame's aspect ratio, centred.
    const double frame = 280.0 / 250.0;
    QgsRectangle fitted = extent;
    if (fitted.width() / fitted.height() < frame)
      fitted.setXMinimum(extent.center().x() - extent.height() * frame / 2),
          fitted.setXMaximum(extent.center().x() + extent.height() * frame / 2);
    else
      fitted.setYMinimum(extent.center().y() - extent.width() / frame / 2),
          fitted.setYMaximum(extent.center().y() + extent.width() / frame / 2);
    map->setExtent(fitted);
  }

  auto* scale = new QgsLayoutItemScaleBar(&layout);
  scale->setStyle(QStringLiteral("Single Box"));
  scale->setLinkedMap(map);
  scale->applyDefaultSize();
  scale->setUnitLabel(QStringLiteral("m"));
  QgsTextFormat scaleText;
  scaleText.setFont(QFont(kFont));
  scaleText.setSize(8);
  scale->setTextFormat(scaleText);
  scale->attemptMove(QgsLayoutPoint(14, 268, QgsUnitTypes::LayoutMillimeters));
  layout.addLayoutItem(scale);

  // Legend: the risk layers only.
  auto* legend = new QgsLayoutItemLegend(&layout);
  legend->setTitle(tr("Legend"));
  legend->setAutoUpdateModel(false);
  legend->setLinkedMap(map);
  QgsLayerTree* tree = legend->model()->rootGroup();
  tree->removeAllChildren();
  tree->addLayer(layers.grids);
  tree->addLayer(layers.buildings);
  tree->addLayer(layers.places);
  tree->addLayer(layers.matters);
  for (QgsLegendStyle::Style style :
       {QgsLegendStyle::Title, QgsLegendStyle::Group, QgsLegendStyle::Subgroup, QgsLegendStyle::SymbolLabel}) {
    QFont font(kFont);
    font.setPointSizeF(style == QgsLegendStyle::Title ? 12 : 8.5);
    font.setBold(style == QgsLegendStyle::Title || style == QgsLegendStyle::Subgroup);
    legend->rstyle(style).setFont(font);
  }
  legend->setColumnCount(2);
  legend->attemptMove(QgsLayoutPoint(296, 30, QgsUnitTypes::LayoutMillimeters));
  legend->attemptResize(QgsLayoutSize(116, 110, QgsUnitTypes::LayoutMillimeters));
  legend->setResizeToContents(false);
  layout.addLayoutItem(legend);

  // Counts table: per grid, red/orange/yellow/blue (key persons + places + open matters) and the score.
  auto* table = new QgsLayoutItemManualTable(&layout);
  QgsLayoutTableColumns columns;
  for (const QString& heading : {tr("Grid"), tr("Red"), tr("Orange"), tr("Yellow"), tr("Blue"), tr("Score")}) {
    QgsLayoutTableColumn column(heading);
    column.setHAlignment(heading == tr("Grid") ? Qt::AlignLeft : Qt::AlignRight);
    columns << column;
  }
  QgsTableContents contents;
  auto rowFor = [](const QString& label, const GridRisk& grid, bool bold) {
    QgsTableRow row;
    QgsTableCell first(label);
    if (bold) {
      QgsTextFormat format;
      QFont font(kFont);
      font.setBold(true);
      format.setFont(font);
      format.setSize(8);
      first.setTextFormat(format);
    }
    row << first;
    for (int c = 0; c < 4; ++c) {
      QgsTableCell cell(grid.keyPersons[c] + grid.keyPlaces[c] + grid.keyMatters[c]);
      row << cell;
    }
    row << QgsTableCell(grid.score);
    return row;
  };
  for (const GridRisk& grid : risk.grids) {
    QString label = QString::fromStdString(grid.gridName);
    if (label.startsWith(name)) label = label.mid(name.size());
    contents << rowFor(label, grid, false);
  }
  contents << rowFor(tr("Total"), risk.total, true);
  table->setTableContents(contents);
  table->setIncludeTableHeader(true);
  table->setWrapBehavior(QgsLayoutTable::WrapText);
  table->setHeaders(columns);
  table->setColumnWidths({50.0, 11.0, 11.0, 11.0, 11.0, 12.0});
  QgsTextFormat header, body;
  QFont font(kFont);
  font.setBold(true);
  header.setFont(font);
  header.setSize(8);
  font.setBold(false);
  body.setFont(font);
  body.setSize(8);
  table->setHeaderTextFormat(header);
  table->setContentTextFormat(body);
  table->setCellMargin(0.8);
  table->setGridStrokeWidth(0.15);
  layout.addMultiFrame(table);
  auto* frame = new QgsLayoutFrame(&layout, table);
  frame->attemptMove(QgsLayoutPoint(296, 146, QgsUnitTypes::LayoutMillimeters));
  frame->attemptResize(QgsLayoutSize(116, 120, QgsUnitTypes::LayoutMillimeters));
  table->addFrame(frame);

  addLabel(layout,
           tr("Colours: red major, orange considerable, yellow moderate, blue low (national four-colour grading). "
              "Score = red×4 + orange×3 + yellow×2 + blue×1 over key persons under attention, key places and open "
              "key matters. Key persons are shown only as counts per building."),
           296, 268, 116, 22, 7.5, false, QColor(80, 80, 80));

  const QString partial = pdf + QStringLiteral(".part");
  QgsLayoutExporter exporter(&layout);
  QgsLayoutExporter::PdfExportSettings settings;
  settings.dpi = 200;
  settings.rasterizeWholeImage = false;
  settings.forceVectorOutput = true;
  settings.textRenderFormat = Qgis::TextRenderFormat::AlwaysText;  // searchable, copyable text
  QFile::remove(partial);
  if (exporter.exportToPdf(partial, settings) != QgsLayoutExporter::Success) {
    QFile::remove(partial);
    return fail(tr("Could not write %1; check that the folder exists and is writable.").arg(pdf));
  }
  QFile::remove(pdf);
  if (!QFile::rename(partial, pdf)) return fail(tr("Could not move the panorama into %1.").arg(pdf));
  return true;
}

}  // namespace grid::app
