// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui/party/link_tool.h"

#include <qgsfeatureiterator.h>
#include <qgsgeometry.h>
#include <qgsmapcanvas.h>
#include <qgsmapmouseevent.h>
#include <qgsrubberband.h>
#include <qgsvectorlayer.h>

namespace grid::app {

LinkTool::LinkTool(QgsMapCanvas* canvas, QgsVectorLayer* buildings) : QgsMapTool(canvas), mBuildings(buildings) {
  setCursor(Qt::PointingHandCursor);
}

LinkTool::~LinkTool() {
  delete mLasso;
}

void LinkTool::canvasPressEvent(QgsMapMouseEvent* event) {
  if (event->button() != Qt::LeftButton || !(event->modifiers() & Qt::ControlModifier)) return;
  mLassoing = true;
  delete mLasso;
  mLasso = new QgsRubberBand(canvas(), QgsWkbTypes::PolygonGeometry);
  mLasso->setColor(QColor(200, 30, 30, 60));
  mLasso->setStrokeColor(QColor(200, 30, 30));
  mLasso->addPoint(event->mapPoint());
}

void LinkTool::canvasMoveEvent(QgsMapMouseEvent* event) {
  if (mLassoing && mLasso) mLasso->addPoint(event->mapPoint());
}

void LinkTool::canvasReleaseEvent(QgsMapMouseEvent* event) {
  if (event->button() != Qt::LeftButton || !mBuildings) return;
  const bool remove = event->modifiers() & Qt::ShiftModifier;
  QList<long long> picked;
  if (mLassoing && mLasso && mLasso->numberOfVertices() >= 3) {
    const QgsGeometry area = mLasso->asGeometry();
    QgsFeatureRequest request(area.boundingBox());
    request.setNoAttributes();
    QgsFeatureIterator it = mBuildings->getFeatures(request);
    QgsFeature feature;
    while (it.nextFeature(feature))
      if (feature.hasGeometry() && area.contains(feature.geometry().pointOnSurface())) picked << feature.id();
  } else {
    const double tolerance = canvas()->mapUnitsPerPixel() * 3;
    const QgsPointXY point = event->mapPoint();
    const QgsGeometry probe = QgsGeometry::fromPointXY(point);
    QgsFeatureRequest request(
        QgsRectangle(point.x() - tolerance, point.y() - tolerance, point.x() + tolerance, point.y() + tolerance));
    request.setNoAttributes();
    QgsFeatureIterator it = mBuildings->getFeatures(request);
    QgsFeature feature;
    double best = tolerance;
    long long bestId = -1;
    while (it.nextFeature(feature)) {
      const double d = feature.hasGeometry() ? feature.geometry().distance(probe) : tolerance * 2;
      if (d <= best) best = d, bestId = feature.id();
    }
    if (bestId >= 0) picked << bestId;
  }
  mLassoing = false;
  delete mLasso;
  mLasso = nullptr;
  if (!picked.isEmpty()) emit buildingsPicked(picked, remove);
}

void LinkTool::deactivate() {
  delete mLasso;
  mLasso = nullptr;
  mLassoing = false;
  QgsMapTool::deactivate();
}

}  // namespace grid::app
