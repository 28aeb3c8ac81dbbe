// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/choropleth_layer.h"

#include <qgsclassificationquantile.h>
#include <qgscolorramp.h>
#include <qgsfeatureiterator.h>
#include <qgsfillsymbol.h>
#include <qgsgraduatedsymbolrenderer.h>
#include <qgsstyle.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <algorithm>
#include <memory>

namespace grid::app {

QgsVectorLayer* createChoroplethLayer(QgsVectorLayer& grids, const QString& title,
                                      const QMap<long long, double>& values, bool highIsGood) {
  auto* layer = new QgsVectorLayer(
      QStringLiteral("MultiPolygon?crs=%1&field=grid_id:integer&field=name:string&field=value:double")
          .arg(grids.crs().authid()),
      title, QStringLiteral("memory"));
  QgsFeatureList features;
  QgsFeature grid;
  QgsFeatureIterator it = grids.getFeatures();
  while (it.nextFeature(grid)) {
    const long long id = grid.attribute(QStringLiteral("id")).toLongLong();
    if (!values.contains(id)) continue;
    QgsFeature feature(layer->fields());
    feature.setGeometry(grid.geometry());
    feature.setAttributes(QgsAttributes() << id << grid.attribute(QStringLiteral("name")) << values.value(id));
    features << feature;
  }
  layer->dataProvider()->addFeatures(features);
  layer->updateExtents();
  layer->setReadOnly(true);
  auto* renderer = new QgsGraduatedSymbolRenderer(QStringLiteral("value"));
  renderer->setSourceSymbol(
      QgsFillSymbol::createSimple({{QStringLiteral("color"), QStringLiteral("255,255,255,255")},
                                   {QStringLiteral("outline_color"), QStringLiteral("90,90,90,255")},
                                   {QStringLiteral("outline_width"), QStringLiteral("0.3")}}));
  std::unique_ptr<QgsColorRamp> ramp(QgsStyle::defaultStyle()->colorRamp(QStringLiteral("Reds")));
  if (ramp && highIsGood) ramp->invert();  // the worst grids stay the darkest
  if (ramp) renderer->setSourceColorRamp(ramp->clone());
  renderer->setClassificationMethod(new QgsClassificationQuantile());
  renderer->updateClasses(layer, std::min(5, std::max(1, static_cast<int>(features.size()))));
  if (ramp) renderer->updateColorRamp(ramp.release());
  for (const QgsRendererRange& range : renderer->ranges())
    if (range.symbol()) range.symbol()->setOpacity(0.75);
  layer->setRenderer(renderer);
  return layer;
}

}  // namespace grid::app
