// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <qgsmaptoolidentify.h>

#include <QList>

class QgsVectorLayer;

namespace grid::app {

//! Click on the map: picks the topmost feature of the given layers (first match in list order, only layers visible at
//! the current scale) and emits picked().
class PickTool : public QgsMapToolIdentify {
  Q_OBJECT

 public:
  PickTool(QgsMapCanvas* canvas, const QList<QgsVectorLayer*>& layers);
  void canvasReleaseEvent(QgsMapMouseEvent* event) override;

 signals:
  void picked(QgsVectorLayer* layer, const QgsFeature& feature);

 private:
  QList<QgsVectorLayer*> mLayers;
};

}  // namespace grid::app
