// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/layer_factory.h"

#include <qgsdatasourceuri.h>
#include <qgsfillsymbol.h>
#include <qgslinesymbol.h>
#include <qgspallabeling.h>
#include <qgssinglesymbolrenderer.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

#include <QCoreApplication>
#include <QFont>

namespace grid::app {
namespace {

//! Free functions here translate in the class's context, the one lupdate records for them.
QString tr(const char* text) { return QCoreApplication::translate("grid::app::LayerFactory", text); }

void setSymbol(QgsVectorLayer* layer, QgsSymbol* symbol) { layer->setRenderer(new QgsSingleSymbolRenderer(symbol)); }

//! Labels shown between 1:maxScale (most zoomed in, 0 = no limit) and 1:minScale (most zoomed out, 0 = no limit).
void setLabels(QgsVectorLayer* layer, const QString& expression, double size, const QColor& colour, double minScale = 0,
               double maxScale = 0) {
  QgsPalLayerSettings settings;
  settings.fieldName = expression;
  settings.isExpression = true;
  settings.placement = QgsPalLayerSettings::OverPoint;
  QgsTextFormat format;
  QFont font(QStringLiteral("Noto Sans CJK SC"));
  format.setFont(font);
  format.setSize(size);
  format.setColor(colour);
  QgsTextBufferSettings buffer;
  buffer.setEnabled(true);
  buffer.setSize(0.8);
  buffer.setColor(QColor(255, 255, 255, 220));
  format.setBuffer(buffer);
  settings.setFormat(format);
  if (minScale > 0 || maxScale > 0) {
    settings.scaleVisibility = true;
    settings.maximumScale = maxScale;
    settings.minimumScale = minScale;
  }
  layer->setLabeling(new QgsVectorLayerSimpleLabeling(settings));
  layer->setLabelsEnabled(true);
}

void applyStyle(QgsVectorLayer* layer, const QString& table) {
  using Props = QVariantMap;
  if (table == QLatin1String("base_water")) {
    setSymbol(layer, QgsFillSymbol::createSimple(Props{{QStringLiteral("color"), QStringLiteral("170,211,223")},
                                                       {QStringLiteral("outline_style"), QStringLiteral("no")}}));
  } else if (table == QLatin1String("base_road")) {
    setSymbol(layer, QgsLineSymbol::createSimple(Props{{QStringLiteral("line_color"), QStringLiteral("255,255,255")},
                                                       {QStringLiteral("line_width"), QStringLiteral("2.2")},
                                                       {QStringLiteral("capstyle"), QStringLiteral("round")}}));
    setLabels(layer, QStringLiteral("\"name\""), 8, QColor(90, 90, 90), 20000);
  } else if (table == QLatin1String("street")) {
    setSymbol(layer, QgsFillSymbol::createSimple(Props{{QStringLiteral("color"), QStringLiteral("242,239,233")},
                                                       {QStringLiteral("outline_color"), QStringLiteral("90,60,120")},
                                                       {QStringLiteral("outline_width"), QStringLiteral("1.2")},
                                                       {QStringLiteral("outline_style"), QStringLiteral("dash")}}));
  } else if (table == QLatin1String("community")) {
    setSymbol(layer, QgsFillSymbol::createSimple(Props{{QStringLiteral("style"), QStringLiteral("no")},
                                                       {QStringLiteral("outline_color"), QStringLiteral("200,60,40")},
                                                       {QStringLiteral("outline_width"), QStringLiteral("1.0")}}));
    // Community names when zoomed out; grid labels take over when zoomed in.
    setLabels(layer, QStringLiteral("\"name\""), 12, QColor(160, 40, 30), 0, 12000);
  } else if (table == QLatin1String("area")) {
    setSymbol(layer, QgsFillSymbol::createSimple(Props{{QStringLiteral("style"), QStringLiteral("no")},
                                                       {QStringLiteral("outline_color"), QStringLiteral("230,140,40")},
                                                       {QStringLiteral("outline_width"), QStringLiteral("0.6")},
                                                       {QStringLiteral("outline_style"), QStringLiteral("dot")}}));
  } else if (table == QLatin1String("grid_map")) {
    setSymbol(layer, QgsFillSymbol::createSimple(Props{{QStringLiteral("color"), QStringLiteral("80,140,220,40")},
                                                       {QStringLiteral("outline_color"), QStringLiteral("40,90,180")},
                                                       {QStringLiteral("outline_width"), QStringLiteral("0.5")}}));
    // Name, code and live household count of each grid.
    setLabels(layer,
              QStringLiteral("\"name\" || '\\n' || substr(\"grid_code\", 1, 12) || '-' || substr(\"grid_code\", 13, 3) || "
                             "'\\n' || \"households\" || ' %1'")
                  .arg(QCoreApplication::translate("grid::app::LayerFactory", "households")),
              10, QColor(20, 50, 120), 12000);
  } else if (table == QLatin1String("building")) {
    setSymbol(layer, QgsFillSymbol::createSimple(Props{{QStringLiteral("color"), QStringLiteral("217,208,201")},
                                                       {QStringLiteral("outline_color"), QStringLiteral("150,140,130")},
                                                       {QStringLiteral("outline_width"), QStringLiteral("0.2")}}));
  }
}

}  // namespace

QList<LayerSpec> LayerFactory::hierarchySpecs() {
  return {
      {QStringLiteral("street"), tr("Streets"), 0},
      {QStringLiteral("base_water"), tr("Water"), 0},
      {QStringLiteral("grid_map"), tr("Grids"), 0},
      {QStringLiteral("base_road"), tr("Roads"), 0},
      {QStringLiteral("building"), tr("Buildings"), 25000},
      {QStringLiteral("area"), tr("Areas"), 0},
      {QStringLiteral("community"), tr("Communities"), 0},
  };
}

QgsVectorLayer* LayerFactory::createLayer(const QString& path, const LayerSpec& spec, QString* error) {
  QgsDataSourceUri uri;
  uri.setDatabase(path);
  uri.setDataSource(QString(), spec.table, QStringLiteral("geom"));
  QgsVectorLayer::LayerOptions options;
  options.readExtentFromXml = false;
  auto* layer = new QgsVectorLayer(uri.uri(), spec.title, QStringLiteral("spatialite"), options);
  if (!layer->isValid()) {
    if (error) *error = tr("Cannot open layer %1 in %2: %3").arg(spec.table, path, layer->error().summary());
    delete layer;
    return nullptr;
  }
  layer->setReadOnly(true);
  if (spec.maxScale > 0) {
    layer->setScaleBasedVisibility(true);
    layer->setMinimumScale(spec.maxScale);
    layer->setMaximumScale(0);
  }
  applyStyle(layer, spec.table);
  return layer;
}

}  // namespace grid::app
