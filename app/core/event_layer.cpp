// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/event_layer.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgsdatasourceuri.h>
#include <qgsmarkersymbol.h>
#include <qgsmarkersymbollayer.h>
#include <qgspointclusterrenderer.h>
#include <qgsvectorlayer.h>

#include <QCoreApplication>

#include "core/layer_factory.h"

namespace grid::app {

QgsVectorLayer* createEventLayer(const QString& path, QString* error) {
  QString provider;
  const QString source = tableLayerSource(path, QStringLiteral("event_map"), &provider);
  QgsVectorLayer::LayerOptions options;
  options.readExtentFromXml = false;
  auto* layer =
      new QgsVectorLayer(source, QCoreApplication::translate("grid::app::EventLayer", "Events"), provider, options);
  if (!layer->isValid()) {
    if (error) *error = layer->error().summary();
    delete layer;
    return nullptr;
  }
  layer->setReadOnly(true);
  layer->setSubsetString(scopeCondition(path, "event"));
  struct Light {
    const char* value;
    const char* colour;
    const char* label;
    double size;
  };
  const Light lights[] = {
      {"red", "#d7191c", QT_TRANSLATE_NOOP("grid::app::EventLayer", "Red card (overdue)"), 4.2},
      {"yellow", "#f5b800", QT_TRANSLATE_NOOP("grid::app::EventLayer", "Yellow card"), 3.8},
      {"open", "#1a9641", QT_TRANSLATE_NOOP("grid::app::EventLayer", "In time"), 3.4},
      {"resolved", "#2c7bb6", QT_TRANSLATE_NOOP("grid::app::EventLayer", "Resolved, awaiting verification"), 3.0},
      {"closed", "#9e9e9e", QT_TRANSLATE_NOOP("grid::app::EventLayer", "Closed"), 2.4},
  };
  QgsCategoryList categories;
  for (const Light& light : lights) {
    auto* symbol = new QgsMarkerSymbol();
    auto* marker = static_cast<QgsSimpleMarkerSymbolLayer*>(symbol->symbolLayer(0));
    marker->setShape(QgsSimpleMarkerSymbolLayerBase::Triangle);
    marker->setColor(QColor(QString::fromLatin1(light.colour)));
    marker->setStrokeColor(Qt::white);
    marker->setSize(light.size);
    categories << QgsRendererCategory(QString::fromLatin1(light.value), symbol,
                                      QCoreApplication::translate("grid::app::EventLayer", light.label));
  }
  auto* categorized = new QgsCategorizedSymbolRenderer(QStringLiteral("light"), categories);
  // Markers closer than 6 mm gather into one with their count (QGIS's point cluster renderer).
  auto* cluster = new QgsPointClusterRenderer();
  cluster->setEmbeddedRenderer(categorized);
  cluster->setTolerance(6);
  cluster->setToleranceUnit(QgsUnitTypes::RenderMillimeters);
  layer->setRenderer(cluster);
  return layer;
}

}  // namespace grid::app
