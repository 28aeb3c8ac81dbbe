// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/risk_layers.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgsdatasourceuri.h>
#include <qgsfillsymbol.h>
#include <qgsgraduatedsymbolrenderer.h>
#include <qgsheatmaprenderer.h>
#include <qgsmarkersymbol.h>
#include <qgsmarkersymbollayer.h>
#include <qgspallabeling.h>
#include <qgsproperty.h>
#include <qgsrulebasedrenderer.h>
#include <qgssinglesymbolrenderer.h>
#include <qgsstyle.h>
#include <qgssymbollayerutils.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

#include <QCoreApplication>
#include <QFont>
#include <QMap>
#include <memory>

#include "core/layer_factory.h"
#include "core/translation.h"
#include "storage/database.h"
#include "storage/hierarchy_query.h"
#include "storage/layer_filter.h"

namespace grid::app {
namespace {

//! "CASE WHEN \"colour\" = 'red' THEN '#d7191c' …" for data-defined fills.
QString colourExpression(const QString& field) {
  // QGIS expressions only know the searched CASE (CASE WHEN … THEN …), not CASE x WHEN value.
  QString out = QStringLiteral("CASE");
  for (const char* colour : {"red", "orange", "yellow", "blue"})
    out += QStringLiteral(" WHEN \"%1\" = '%2' THEN '%3'")
               .arg(field, QLatin1String(colour), RiskLayers::colourHex(QLatin1String(colour)));
  return out + QStringLiteral(" ELSE '#2c7bb6' END");
}

//! 7.5 pt Noto Sans CJK labels with a halo, shown from 1:\a scale inward; the caller sets the text and placement.
QgsPalLayerSettings closeUpLabel(double scale) {
  QgsPalLayerSettings label;
  QgsTextFormat format;
  format.setFont(QFont(QStringLiteral("Noto Sans CJK SC")));
  format.setSize(7.5);
  QgsTextBufferSettings buffer;
  buffer.setEnabled(true);
  buffer.setSize(0.8);
  format.setBuffer(buffer);
  label.setFormat(format);
  label.maximumScale = 0;
  label.minimumScale = scale;
  label.scaleVisibility = true;
  return label;
}

void styleGrids(QgsVectorLayer* layer) {
  // Choropleth of the score in four classes (natural breaks), from pale yellow to deep red; grid outlines stay thin.
  auto* renderer = new QgsGraduatedSymbolRenderer(QStringLiteral("score"));
  QgsFillSymbol* base = QgsFillSymbol::createSimple({{QStringLiteral("color"), QStringLiteral("255,255,255,255")},
                                                     {QStringLiteral("outline_color"), QStringLiteral("120,60,40,255")},
                                                     {QStringLiteral("outline_width"), QStringLiteral("0.3")}});
  renderer->setSourceSymbol(base);
  std::unique_ptr<QgsColorRamp> ramp(QgsStyle::defaultStyle()->colorRamp(QStringLiteral("YlOrRd")));
  if (ramp) renderer->setSourceColorRamp(ramp->clone());
  renderer->updateClasses(layer, QgsGraduatedSymbolRenderer::Jenks, 4);
  if (ramp) renderer->updateColorRamp(ramp.release());
  for (const QgsRendererRange& range : renderer->ranges())
    if (range.symbol()) range.symbol()->setOpacity(0.55);
  layer->setRenderer(renderer);
}

void styleHeat(QgsVectorLayer* layer) {
  auto* renderer = new QgsHeatmapRenderer();
  renderer->setRadius(14);
  renderer->setRadiusUnit(QgsUnitTypes::RenderMillimeters);
  renderer->setWeightExpression(QStringLiteral("\"level\""));
  std::unique_ptr<QgsColorRamp> ramp(QgsStyle::defaultStyle()->colorRamp(QStringLiteral("Reds")));
  if (ramp) renderer->setColorRamp(ramp.release());
  layer->setRenderer(renderer);
  layer->setOpacity(0.7);
}

void styleBuildings(QgsVectorLayer* layer) {
  auto* root = new QgsRuleBasedRenderer::Rule(nullptr);
  const QString names[] = {QCoreApplication::translate("grid::app::RiskLayers", "Major risk (red)"),
                           QCoreApplication::translate("grid::app::RiskLayers", "Considerable risk (orange)"),
                           QCoreApplication::translate("grid::app::RiskLayers", "Moderate risk (yellow)"),
                           QCoreApplication::translate("grid::app::RiskLayers", "Low risk (blue)")};
  const char* colours[] = {"red", "orange", "yellow", "blue"};
  for (int i = 0; i < 4; ++i) {
    QgsFillSymbol* symbol =
        QgsFillSymbol::createSimple({{QStringLiteral("color"), RiskLayers::colourHex(QLatin1String(colours[i]))},
                                     {QStringLiteral("outline_color"), QStringLiteral("60,60,60,255")},
                                     {QStringLiteral("outline_width"), QStringLiteral("0.15")}});
    root->appendChild(
        new QgsRuleBasedRenderer::Rule(symbol, 0, 0, QStringLiteral("\"level\" = %1").arg(4 - i), names[i]));
  }
  layer->setRenderer(new QgsRuleBasedRenderer(root));
  // Key persons only as a count per building.
  QgsPalLayerSettings label = closeUpLabel(6000);
  label.fieldName = QStringLiteral("CASE WHEN \"key_persons\" > 0 THEN '%1' || \"key_persons\" END")
                        .arg(QCoreApplication::translate("grid::app::RiskLayers", "Key persons: "));
  label.isExpression = true;
  label.placement = QgsPalLayerSettings::OverPoint;
  layer->setLabeling(new QgsVectorLayerSimpleLabeling(label));
  layer->setLabelsEnabled(true);
}

void stylePlaces(QgsVectorLayer* layer, const QMap<QString, QString>& names) {
  // A shape per category group, the fill per risk colour.
  struct Shape {
    const char* category;
    QgsSimpleMarkerSymbolLayerBase::Shape shape;
  };
  const Shape shapes[] = {{"ENTERTAINMENT", QgsSimpleMarkerSymbolLayerBase::Star},
                          {"INTERNET_CAFE", QgsSimpleMarkerSymbolLayerBase::Star},
                          {"HAZCHEM", QgsSimpleMarkerSymbolLayerBase::Diamond},
                          {"SCHOOL", QgsSimpleMarkerSymbolLayerBase::Triangle},
                          {"HOSPITAL", QgsSimpleMarkerSymbolLayerBase::Cross2},
                          {"LODGING", QgsSimpleMarkerSymbolLayerBase::Square},
                          {"CATERING", QgsSimpleMarkerSymbolLayerBase::Circle},
                          {"CONSTRUCTION", QgsSimpleMarkerSymbolLayerBase::Hexagon},
                          {"PARTY_GOV", QgsSimpleMarkerSymbolLayerBase::Pentagon},
                          {"PUBLIC_ACTIVITY", QgsSimpleMarkerSymbolLayerBase::Octagon}};
  auto makeSymbol = [](QgsSimpleMarkerSymbolLayerBase::Shape shape) {
    auto* marker = new QgsSimpleMarkerSymbolLayer(shape, 3.6);
    marker->setStrokeColor(QColor(40, 40, 40));
    marker->setStrokeWidth(0.25);
    marker->setDataDefinedProperty(QgsSymbolLayer::PropertyFillColor,
                                   QgsProperty::fromExpression(colourExpression(QStringLiteral("colour"))));
    return new QgsMarkerSymbol(QgsSymbolLayerList() << marker);
  };
  QgsCategoryList categories;
  for (const Shape& shape : shapes)
    categories << QgsRendererCategory(
        QString::fromLatin1(shape.category), makeSymbol(shape.shape),
        names.value(QString::fromLatin1(shape.category), QString::fromLatin1(shape.category)));
  auto* renderer = new QgsCategorizedSymbolRenderer(QStringLiteral("category"), categories);
  renderer->setSourceSymbol(makeSymbol(QgsSimpleMarkerSymbolLayerBase::Circle));
  // Everything else (other organisations, other places) as circles: the default category.
  renderer->addCategory(QgsRendererCategory(QVariant(), makeSymbol(QgsSimpleMarkerSymbolLayerBase::Circle),
                                            QCoreApplication::translate("grid::app::RiskLayers", "Other")));
  layer->setRenderer(renderer);
}

void styleMatters(QgsVectorLayer* layer) {
  // A warning disc in the matter's colour with a white "!", larger than key places; the subject as label up close.
  auto* disc = new QgsSimpleMarkerSymbolLayer(QgsSimpleMarkerSymbolLayerBase::Circle, 5.0);
  disc->setStrokeColor(QColor(30, 30, 30));
  disc->setStrokeWidth(0.5);
  disc->setDataDefinedProperty(QgsSymbolLayer::PropertyFillColor,
                               QgsProperty::fromExpression(colourExpression(QStringLiteral("colour"))));
  auto* mark = new QgsFontMarkerSymbolLayer(QStringLiteral("Noto Sans CJK SC"), QChar('!'), 4.2, QColor(Qt::white));
  mark->setFontStyle(QStringLiteral("Bold"));
  mark->setStrokeColor(QColor(30, 30, 30));
  mark->setStrokeWidth(0.2);
  layer->setRenderer(new QgsSingleSymbolRenderer(new QgsMarkerSymbol(QgsSymbolLayerList() << disc << mark)));
  QgsPalLayerSettings label = closeUpLabel(8000);
  label.fieldName = QStringLiteral("name");
  label.placement = QgsPalLayerSettings::OrderedPositionsAroundPoint;
  label.dist = 2.5;
  layer->setLabeling(new QgsVectorLayerSimpleLabeling(label));
  layer->setLabelsEnabled(true);
}

}  // namespace

QString RiskLayers::colourHex(const QString& colour) {
  if (colour == QLatin1String("red")) return QStringLiteral("#d7191c");
  if (colour == QLatin1String("orange")) return QStringLiteral("#f28c28");
  if (colour == QLatin1String("yellow")) return QStringLiteral("#f5d000");
  return QStringLiteral("#2c7bb6");
}

bool RiskLayers::create(const QString& path, RiskLayers* out, QString* error) {
  RiskLayers layers;
  layers.grids = openTableLayer(path, QStringLiteral("risk_grid"),
                                QCoreApplication::translate("grid::app::RiskLayers", "Grid risk score"), error);
  layers.heat = layers.grids
                    ? openTableLayer(path, QStringLiteral("risk_place"),
                                     QCoreApplication::translate("grid::app::RiskLayers", "Risk heat map"), error)
                    : nullptr;
  layers.buildings =
      layers.heat ? openTableLayer(path, QStringLiteral("risk_building"),
                                   QCoreApplication::translate("grid::app::RiskLayers", "Buildings by risk"), error)
                  : nullptr;
  layers.places = layers.buildings
                      ? openTableLayer(path, QStringLiteral("risk_place"),
                                       QCoreApplication::translate("grid::app::RiskLayers", "Key places"), error)
                      : nullptr;
  layers.matters = layers.places
                       ? openTableLayer(path, QStringLiteral("risk_matter"),
                                        QCoreApplication::translate("grid::app::RiskLayers", "Key matters"), error)
                       : nullptr;
  if (!layers.matters) {
    for (QgsVectorLayer* layer : layers.all()) delete layer;
    return false;
  }
  layers.gridsScope = scopeCondition(path, "statistics", "id");
  layers.placesScope = scopeCondition(path, "key_place");
  layers.buildingsScope = scopeCondition(path, "key_person");
  layers.mattersScope = scopeCondition(path, "key_matter");
  styleGrids(layers.grids);
  styleHeat(layers.heat);
  styleBuildings(layers.buildings);
  // Category names from the code table, in the UI language.
  QMap<QString, QString> names;
  if (auto db = Database::open(path.toStdString(), Database::readOnlyOptions()))
    if (auto codes = codeNames(**db, "key_place_class", uiIsChinese()))
      for (const auto& [code, text] : *codes) names.insert(QString::fromStdString(code), QString::fromStdString(text));
  stylePlaces(layers.places, names);
  styleMatters(layers.matters);
  *out = layers;
  out->applyFilter(RiskFilter{});
  return true;
}

void RiskLayers::applyFilter(const RiskFilter& filter) const {
  RiskLayerFilter spec;
  spec.colours.clear();
  for (const QString& colour : filter.colours) spec.colours.push_back(colour.toStdString());
  spec.category = filter.category.toStdString();
  spec.since = filter.since.toStdString();
  spec.communityId = filter.communityId;
  const RiskLayerSubsets subsets = riskLayerSubsets(spec);
  auto scoped = [](const std::string& subset, const QString& scope) {
    return QString::fromStdString(andScope(subset, scope.toStdString()));
  };
  places->setSubsetString(scoped(subsets.places, placesScope));
  heat->setSubsetString(scoped(subsets.places, placesScope));
  buildings->setSubsetString(scoped(subsets.buildings, buildingsScope));
  matters->setSubsetString(scoped(subsets.matters, mattersScope));
  grids->setSubsetString(scoped(subsets.grids, gridsScope));
}

}  // namespace grid::app
