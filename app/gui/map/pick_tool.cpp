// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui/map/pick_tool.h"

#include <qgsmapcanvas.h>
#include <qgsmapmouseevent.h>
#include <qgsvectorlayer.h>

namespace grid::app {

PickTool::PickTool(QgsMapCanvas* canvas, const QList<QgsVectorLayer*>& layers)
    : QgsMapToolIdentify(canvas), mLayers(layers) {}

void PickTool::canvasReleaseEvent(QgsMapMouseEvent* event) {
  for (QgsVectorLayer* layer : std::as_const(mLayers)) {
    if (!layer->isInScaleRange(canvas()->mapSettings().scale())) continue;
    const QList<IdentifyResult> results =
        identify(event->x(), event->y(), {layer}, QgsMapToolIdentify::TopDownStopAtFirst);
    if (!results.isEmpty()) {
      emit picked(layer, results.first().mFeature);
      return;
    }
  }
}

}  // namespace grid::app
