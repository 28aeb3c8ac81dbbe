// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui/party/link_overlay.h"

#include <qgscoordinatereferencesystem.h>
#include <qgsfeature.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsgeometry.h>
#include <qgsmapunitscale.h>
#include <qgsmarkersymbol.h>
#include <qgsmarkersymbollayer.h>
#include <qgsproperty.h>
#include <qgsrulebasedrenderer.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QCoreApplication>
#include <QHash>
#include <cmath>

#include "party/party_org.h"
#include "storage/database.h"

namespace grid::app {
namespace {

QString tr(const char* text) {
  return QCoreApplication::translate("grid::app::LinkOverlay", text);
}

const char* const kPalette[] = {"#1f77b4", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf",
                                "#bcbd22", "#ff7f0e", "#393b79", "#637939", "#a55194", "#7f7f7f"};

QgsMarkerSymbol* dotSymbol(const QString& fill) {
  auto* dot = new QgsSimpleMarkerSymbolLayer(QgsSimpleMarkerSymbolLayerBase::Circle, 1.0);
  dot->setSizeUnit(QgsUnitTypes::RenderMapUnits);
  QgsMapUnitScale scale;
  scale.minSizeMMEnabled = true;
  scale.minSizeMM = 0.7;
  scale.maxSizeMMEnabled = true;
  scale.maxSizeMM = 4.0;
  dot->setSizeMapUnitScale(scale);
  dot->setDataDefinedProperty(QgsSymbolLayer::PropertySize, QgsProperty::fromField(QStringLiteral("size")));
  dot->setDataDefinedProperty(QgsSymbolLayer::PropertyFillColor, QgsProperty::fromExpression(fill));
  // The plaque (挂牌亮户) as a gold ring.
  dot->setDataDefinedProperty(
      QgsSymbolLayer::PropertyStrokeColor,
      QgsProperty::fromExpression(QStringLiteral("CASE WHEN \"plaque\" = 1 THEN '#f5c400' ELSE '#ffffff' END")));
  dot->setDataDefinedProperty(
      QgsSymbolLayer::PropertyStrokeWidth,
      QgsProperty::fromExpression(QStringLiteral("CASE WHEN \"plaque\" = 1 THEN 0.5 ELSE 0.15 END")));
  dot->setStrokeWidthUnit(QgsUnitTypes::RenderMillimeters);
  return new QgsMarkerSymbol(QgsSymbolLayerList() << dot);
}

}  // namespace

QColor LinkOverlay::memberColour(int index) {
  return QColor(QString::fromLatin1(kPalette[((index % paletteSize()) + paletteSize()) % paletteSize()]));
}

QgsVectorLayer* LinkOverlay::createLayer(const QgsCoordinateReferenceSystem& crs) {
  auto* layer = new QgsVectorLayer(
      QStringLiteral("Point?crs=%1&field=household_id:long&field=member_id:long&field=member:string(40)"
                     "&field=colour:integer&field=plaque:integer&field=size:double")
          .arg(crs.authid()),
      tr("Linked households"), QStringLiteral("memory"));
  // QGIS expressions only know the searched CASE (CASE WHEN … THEN …), not CASE x WHEN value.
  QString fill = QStringLiteral("CASE");
  for (int i = 0; i < paletteSize(); ++i)
    fill += QStringLiteral(" WHEN \"colour\" = %1 THEN '%2'").arg(i).arg(QLatin1String(kPalette[i]));
  fill += QStringLiteral(" ELSE '#d7191c' END");
  auto* root = new QgsRuleBasedRenderer::Rule(nullptr);
  root->appendChild(new QgsRuleBasedRenderer::Rule(dotSymbol(QStringLiteral("'#d7191c'")), 0, 0,
                                                   QStringLiteral("\"colour\" < 0"), tr("No linked party member")));
  root->appendChild(new QgsRuleBasedRenderer::Rule(dotSymbol(fill), 0, 0, QStringLiteral("\"colour\" >= 0"),
                                                   tr("Linked (colour = party member)")));
  layer->setRenderer(new QgsRuleBasedRenderer(root));
  layer->setReadOnly(true);
  return layer;
}

bool LinkOverlay::fill(QgsVectorLayer* layer, const QString& path, const QString& communityCode,
                       QgsVectorLayer* buildings, QString* error) {
  auto database = Database::open(path.toStdString(), Database::readOnlyOptions());
  if (!database) {
    if (error) *error = QString::fromStdString(database.error().describe());
    return false;
  }
  auto colouring = party::loadLinkColouring(**database, communityCode.toStdString(), paletteSize());
  if (!colouring) {
    if (error) *error = QString::fromStdString(colouring.error().describe());
    return false;
  }
  // Households grouped by building, in the order loaded (building, unit, floor, room).
  QHash<long long, QVector<const party::HouseholdLink*>> byBuilding;
  QList<QgsFeatureId> ids;
  for (const party::HouseholdLink& household : colouring->households) {
    if (!byBuilding.contains(household.buildingId)) ids << household.buildingId;
    byBuilding[household.buildingId].push_back(&household);
  }
  QgsFeatureList features;
  if (buildings && !ids.isEmpty()) {
    QgsFeatureRequest request;
    request.setFilterFids(QgsFeatureIds(ids.begin(), ids.end()));
    request.setNoAttributes();
    QgsFeature building;
    QgsFeatureIterator it = buildings->getFeatures(request);
    while (it.nextFeature(building)) {
      const QgsGeometry footprint = building.geometry();
      const auto& households = byBuilding.value(building.id());
      if (footprint.isEmpty() || households.isEmpty()) continue;
      // A rows × columns lattice over the footprint's box, filled row by row from the top left; a dot outside an
      // irregular footprint falls back to a point inside it.
      const QgsRectangle box = footprint.boundingBox();
      const int n = households.size();
      const double aspect = box.height() > 0 ? box.width() / box.height() : 1.0;
      const int columns = std::max(1, static_cast<int>(std::ceil(std::sqrt(n * aspect))));
      const int rows = (n + columns - 1) / columns;
      const double dx = box.width() / columns, dy = box.height() / rows;
      const double size = 0.75 * std::min(dx, dy);
      const QgsGeometry inside = footprint.pointOnSurface();
      for (int i = 0; i < n; ++i) {
        const party::HouseholdLink* household = households[i];
        const QgsPointXY at(box.xMinimum() + (i % columns + 0.5) * dx, box.yMaximum() - (i / columns + 0.5) * dy);
        QgsGeometry point = QgsGeometry::fromPointXY(at);
        if (!footprint.contains(&at)) point = inside;
        QgsFeature dot(layer->fields());
        dot.setGeometry(point);
        const auto colour = colouring->memberColour.find(household->memberId);
        const auto name = colouring->memberName.find(household->memberId);
        dot.setAttributes(QgsAttributes(QVector<QVariant>{
            household->householdId, household->memberId,
            name != colouring->memberName.end() ? QString::fromStdString(name->second) : QString(),
            colour != colouring->memberColour.end() ? colour->second : -1, household->plaque ? 1 : 0, size}));
        features << dot;
      }
    }
  }
  layer->dataProvider()->truncate();
  layer->dataProvider()->addFeatures(features);
  layer->updateExtents();
  layer->triggerRepaint();
  return true;
}

}  // namespace grid::app
