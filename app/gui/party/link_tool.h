// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <qgsmaptool.h>

#include <QList>

class QgsRubberBand;
class QgsVectorLayer;

namespace grid::app {

/**
 * The link editor's map tool: a click picks the building under the cursor, a Ctrl-drag lasso picks every building
 * whose centre it encloses. Shift with either asks to unlink instead.
 */
class LinkTool : public QgsMapTool {
  Q_OBJECT

 public:
  LinkTool(QgsMapCanvas* canvas, QgsVectorLayer* buildings);
  ~LinkTool() override;

  void canvasPressEvent(QgsMapMouseEvent* event) override;
  void canvasMoveEvent(QgsMapMouseEvent* event) override;
  void canvasReleaseEvent(QgsMapMouseEvent* event) override;
  void deactivate() override;

 signals:
  void buildingsPicked(const QList<long long>& buildings, bool remove);

 private:
  QgsVectorLayer* mBuildings = nullptr;
  QgsRubberBand* mLasso = nullptr;
  bool mLassoing = false;
};

}  // namespace grid::app
