// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <qgsgeometry.h>
#include <qgsmaptool.h>

#include <vector>

class QgsRubberBand;

namespace grid::app {

class RedrawDock;

/**
 * The redraw map tool: a click gives the building under the cursor to the active grid; dragging paints with a
 * round brush (every building the brush touches), Shift-dragging draws a rectangle and Ctrl-dragging a freehand
 * lasso (the buildings inside). Alt-dragging pulls a boundary: it starts on a building and every building the
 * brush then crosses joins that building's grid, whichever grid is active. Totals update live while the stroke is in
 * progress; releasing records the stroke as one undoable step.
 */
class RedrawTool : public QgsMapTool {
  Q_OBJECT
 public:
  RedrawTool(QgsMapCanvas* canvas, RedrawDock* dock);
  ~RedrawTool() override;

  void canvasPressEvent(QgsMapMouseEvent* event) override;
  void canvasMoveEvent(QgsMapMouseEvent* event) override;
  void canvasReleaseEvent(QgsMapMouseEvent* event) override;
  void deactivate() override;

  //! Brush radius in screen pixels.
  void setBrushRadius(int pixels) { mRadius = pixels; }
  int brushRadius() const { return mRadius; }

 private:
  void addBrushAt(const QgsPointXY& point);
  void clearRubberBand();

  RedrawDock* mDock;
  QgsRubberBand* mBand = nullptr;
  bool mDragging = false;
  bool mRectangle = false;
  bool mLasso = false;
  int mPullGrid = -1;  // Alt-drag: the grid being pulled
  QgsPolylineXY mLassoPath;
  bool mMoved = false;
  QgsPointXY mStart;
  std::vector<int> mStroke;
  int mRadius = 14;
};

}  // namespace grid::app
