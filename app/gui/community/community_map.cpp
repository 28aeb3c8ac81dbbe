// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui/community/community_map.h"

#include <qgsfillsymbol.h>
#include <qgslinesymbol.h>
#include <qgsmapcanvas.h>
#include <qgsmarkersymbol.h>
#include <qgspallabeling.h>
#include <qgssinglesymbolrenderer.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

#include <QEvent>
#include <QFont>
#include <QTimer>

#include "core/layer_factory.h"

namespace grid::app {

QgsMapCanvas* createPanelCanvas(QWidget* parent) {
  auto* canvas = new QgsMapCanvas(parent);
  canvas->setCanvasColor(Qt::white);
  canvas->setMinimumSize(360, 300);
  return canvas;
}

namespace {

//! Re-applies the panel's extent when its canvas is resized.
class ExtentKeeper : public QObject {
 public:
  static constexpr const char* kName = "gs_extent_keeper";
  ExtentKeeper(QgsMapCanvas* canvas, const QgsRectangle& extent) : QObject(canvas), mCanvas(canvas), mExtent(extent) {
    setObjectName(QString::fromLatin1(kName));
  }
  void set(const QgsRectangle& extent) { mExtent = extent; }
  bool eventFilter(QObject* watched, QEvent* event) override {
    if (watched == mCanvas && event->type() == QEvent::Resize && !mExtent.isEmpty())
      QTimer::singleShot(0, mCanvas, [canvas = mCanvas, extent = mExtent] {
        canvas->setExtent(extent);
        canvas->refresh();
      });
    return false;
  }

 private:
  QgsMapCanvas* mCanvas;
  QgsRectangle mExtent;
};

}  // namespace

void showExtent(QgsMapCanvas* canvas, const QgsRectangle& extent) {
  // Found by name: without Q_OBJECT a qobject_cast to the keeper would match any child.
  auto* keeper = static_cast<ExtentKeeper*>(
      canvas->findChild<QObject*>(QString::fromLatin1(ExtentKeeper::kName), Qt::FindDirectChildrenOnly));
  if (!keeper) {
    keeper = new ExtentKeeper(canvas, extent);
    canvas->installEventFilter(keeper);
  }
  keeper->set(extent);
  if (!extent.isEmpty()) canvas->setExtent(extent);
  canvas->refresh();
}

QgsVectorLayer* panelLayer(const QString& path, const QString& table, const QString& title, const QString& subset,
                           QString* error) {
  QgsVectorLayer* layer = openTableLayer(path, table, title, error);
  if (layer && !subset.isEmpty()) layer->setSubsetString(subset);
  return layer;
}

void styleSimple(QgsVectorLayer* layer, const QColor& colour, double opacity, const QColor& outline) {
  if (!layer) return;
  if (layer->geometryType() == QgsWkbTypes::PointGeometry) {
    QgsMarkerSymbol* marker = QgsMarkerSymbol::createSimple({{QStringLiteral("name"), QStringLiteral("circle")},
                                                             {QStringLiteral("color"), colour.name()},
                                                             {QStringLiteral("outline_color"), QStringLiteral("white")},
                                                             {QStringLiteral("size"), QStringLiteral("3.2")}});
    layer->setRenderer(new QgsSingleSymbolRenderer(marker));
    return;
  }
  if (layer->geometryType() == QgsWkbTypes::LineGeometry) {
    QgsLineSymbol* line = QgsLineSymbol::createSimple(
        {{QStringLiteral("line_color"), colour.name()}, {QStringLiteral("line_width"), QStringLiteral("0.5")}});
    layer->setRenderer(new QgsSingleSymbolRenderer(line));
    return;
  }
  QColor fill = colour;
  fill.setAlphaF(opacity);
  QgsFillSymbol* symbol = QgsFillSymbol::createSimple(
      {{QStringLiteral("color"),
        QStringLiteral("%1,%2,%3,%4").arg(fill.red()).arg(fill.green()).arg(fill.blue()).arg(fill.alpha())},
       {QStringLiteral("outline_color"), outline.name()},
       {QStringLiteral("outline_width"), QStringLiteral("0.3")}});
  layer->setRenderer(new QgsSingleSymbolRenderer(symbol));
}

void styleLabels(QgsVectorLayer* layer, const QString& expression, double size) {
  if (!layer) return;
  QgsPalLayerSettings settings;
  settings.fieldName = expression;
  settings.isExpression = true;
  QgsTextFormat format;
  QFont font(QStringLiteral("Noto Sans CJK SC"));
  format.setFont(font);
  format.setSize(size);
  QgsTextBufferSettings buffer;
  buffer.setEnabled(true);
  buffer.setSize(0.8);
  format.setBuffer(buffer);
  settings.setFormat(format);
  layer->setLabeling(new QgsVectorLayerSimpleLabeling(settings));
  layer->setLabelsEnabled(true);
}

}  // namespace grid::app
