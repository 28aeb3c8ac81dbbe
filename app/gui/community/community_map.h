// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QColor>
#include <QString>

class QgsMapCanvas;
class QgsRectangle;
class QgsVectorLayer;
class QWidget;

namespace grid::app {

/**
 * The map beside the emergency-unit and service-circle panels: a canvas in the database's CRS, read-only layers on
 * the database's tables (SpatiaLite provider, a subset for the community), styled in code.
 */
QgsMapCanvas* createPanelCanvas(QWidget* parent);
//! Shows \a extent on \a canvas now and again whenever the canvas is resized (before a panel is laid out its canvas
//! has no size, and the extent set then would drift), until \a extent is replaced by another call.
void showExtent(QgsMapCanvas* canvas, const QgsRectangle& extent);
//! A read-only layer of \a table restricted by \a subset (SQL on the table), or nullptr with \a error set.
QgsVectorLayer* panelLayer(const QString& path, const QString& table, const QString& title, const QString& subset,
                           QString* error);
//! A fill (polygons) or marker (points) in \a colour with an outline; \a opacity for the fill.
void styleSimple(QgsVectorLayer* layer, const QColor& colour, double opacity = 1.0, const QColor& outline = Qt::gray);
//! Labels from \a expression in Noto Sans CJK SC, \a size points, with a white buffer.
void styleLabels(QgsVectorLayer* layer, const QString& expression, double size = 9);

}  // namespace grid::app
