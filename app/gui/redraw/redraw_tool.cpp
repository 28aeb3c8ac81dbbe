// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui/redraw/redraw_tool.h"

#include <qgsgeometry.h>
#include <qgsmapcanvas.h>
#include <qgsmapmouseevent.h>
#include <qgsrubberband.h>

#include <QMenu>
#include <QMessageBox>
#include <algorithm>

#include "gui/redraw/redraw_dock.h"

namespace grid::app {

RedrawTool::RedrawTool(QgsMapCanvas* canvas, RedrawDock* dock) : QgsMapTool(canvas), mDock(dock) {
  setCursor(Qt::CrossCursor);
}

RedrawTool::~RedrawTool() {
  clearRubberBand();
}

void RedrawTool::clearRubberBand() {
  delete mBand;
  mBand = nullptr;
}

void RedrawTool::addBrushAt(const QgsPointXY& point) {
  const double radius = mRadius * canvas()->mapUnitsPerPixel();
  const QgsGeometry brush = QgsGeometry::fromPointXY(point).buffer(radius, 8);
  for (int unit : mDock->unitsIn(brush))
    if (std::find(mStroke.begin(), mStroke.end(), unit) == mStroke.end()) mStroke.push_back(unit);
  if (!mBand) {
    mBand = new QgsRubberBand(canvas(), QgsWkbTypes::PolygonGeometry);
    mBand->setColor(QColor(30, 30, 30, 40));
    mBand->setStrokeColor(QColor(30, 30, 30, 160));
  }
  mBand->addGeometry(brush, nullptr);
}

void RedrawTool::canvasPressEvent(QgsMapMouseEvent* event) {
  if (event->button() == Qt::RightButton) {
    // Right-click a building: split it by 单元 (entrance) so its parts can go to different grids.
    const std::vector<int> under = mDock->unitsIn(QgsGeometry::fromPointXY(event->mapPoint()));
    if (under.empty()) return;
    QMenu menu;
    QAction* split = menu.addAction(tr("Split This Building by Entrance (单元)"));
    if (menu.exec(event->globalPos()) == split) {
      QString error;
      if (!mDock->splitUnit(under.front(), &error)) QMessageBox::warning(canvas(), tr("Redraw Grids"), error);
    }
    return;
  }
  if (event->button() != Qt::LeftButton) return;
  mDragging = true;
  mMoved = false;
  mRectangle = event->modifiers() & Qt::ShiftModifier;
  mLasso = !mRectangle && (event->modifiers() & Qt::ControlModifier);
  mPullGrid = -1;
  if (!mRectangle && !mLasso && (event->modifiers() & Qt::AltModifier)) {
    const std::vector<int> under = mDock->unitsIn(QgsGeometry::fromPointXY(event->mapPoint()));
    if (!under.empty()) mPullGrid = mDock->gridOf(under.front());
  }
  mStart = event->mapPoint();
  mLassoPath = {mStart};
  mStroke.clear();
  clearRubberBand();
}

void RedrawTool::canvasMoveEvent(QgsMapMouseEvent* event) {
  if (!mDragging) return;
  mMoved = true;
  if (mLasso) {
    mLassoPath << event->mapPoint();
    QgsPolylineXY ring = mLassoPath;
    ring << mLassoPath.front();
    const QgsGeometry lasso = QgsGeometry::fromPolygonXY({ring});
    mStroke = ring.size() >= 4 ? mDock->unitsIn(lasso) : std::vector<int>();
    if (!mBand) {
      mBand = new QgsRubberBand(canvas(), QgsWkbTypes::PolygonGeometry);
      mBand->setColor(QColor(30, 30, 30, 30));
      mBand->setStrokeColor(QColor(30, 30, 30, 180));
    }
    mBand->setToGeometry(lasso, nullptr);
  } else if (mRectangle) {
    const QgsGeometry rectangle = QgsGeometry::fromRect(QgsRectangle(mStart, event->mapPoint()));
    mStroke = mDock->unitsIn(rectangle);
    if (!mBand) {
      mBand = new QgsRubberBand(canvas(), QgsWkbTypes::PolygonGeometry);
      mBand->setColor(QColor(30, 30, 30, 30));
      mBand->setStrokeColor(QColor(30, 30, 30, 180));
    }
    mBand->setToGeometry(rectangle, nullptr);
  } else {
    addBrushAt(event->mapPoint());
  }
  mDock->previewStroke(mStroke, mPullGrid);
}

void RedrawTool::canvasReleaseEvent(QgsMapMouseEvent* event) {
  if (!mDragging || event->button() != Qt::LeftButton) return;
  mDragging = false;
  QString label;
  if (!mMoved) {  // a click: the building under the cursor (a few pixels of slack)
    mStroke = mDock->unitsIn(QgsGeometry::fromPointXY(event->mapPoint()));
    if (mStroke.empty()) {  // just outside a footprint: a few pixels of slack
      const double slack = 3 * canvas()->mapUnitsPerPixel();
      mStroke = mDock->unitsIn(QgsGeometry::fromPointXY(event->mapPoint()).buffer(slack, 4));
    }
    if (mStroke.size() > 1) mStroke.resize(1);
    label = tr("Assign building");
  } else {
    if (!mRectangle && !mLasso) addBrushAt(event->mapPoint());
    label = mLasso ? tr("Lasso") : mRectangle ? tr("Rectangle") : mPullGrid >= 0 ? tr("Pull boundary") : tr("Brush");
  }
  clearRubberBand();
  mDock->finishStroke(mStroke, label, mMoved ? mPullGrid : -1);
  mStroke.clear();
}

void RedrawTool::deactivate() {
  clearRubberBand();
  mDragging = false;
  QgsMapTool::deactivate();
}

}  // namespace grid::app
