// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/layer_factory.h"

#include <qgsdatasourceuri.h>
#include <qgsexpressioncontextutils.h>
#include <qgsproject.h>
#include <qgsrulebasedrenderer.h>
#include <qgsvectorlayer.h>

#include <QCoreApplication>
#include <QDomDocument>
#include <QFile>
#include <QUrl>

#include "access/session.h"
#include "storage/database.h"

// The styles live in this static library; Q_INIT_RESOURCE must be used outside any namespace.
static void initStyleResources() {
  Q_INIT_RESOURCE(styles);
}

namespace grid::app {
namespace {

//! Free functions here translate in the class's context, the one lupdate records for them.
QString tr(const char* text) {
  return QCoreApplication::translate("grid::app::LayerFactory", text);
}

//! Applies resources/styles/<table>.qml (embedded): symbology, labels and scale visibility live in QGIS style files
//! that can be edited in QGIS and saved back, not in code.
bool applyStyle(QgsVectorLayer* layer, const QString& table, QString* error) {
  initStyleResources();
  QFile file(QStringLiteral(":/styles/%1.qml").arg(table));
  QDomDocument document;
  if (!file.open(QIODevice::ReadOnly) || !document.setContent(&file)) {
    if (error)
      *error =
          QCoreApplication::translate("grid::app::LayerFactory", "The style of layer %1 is missing from the build.")
              .arg(table);
    return false;
  }
  QString message;
  if (!layer->importNamedStyle(document, message)) {
    if (error)
      *error = QCoreApplication::translate("grid::app::LayerFactory", "The style of layer %1 cannot be read: %2")
                   .arg(table, message);
    return false;
  }
  // Words inside label expressions follow the UI language.
  QgsExpressionContextUtils::setLayerVariable(layer, QStringLiteral("gs_households_word"),
                                              QCoreApplication::translate("grid::app::LayerFactory", "households"));
  // Grids planned on imported buildings show the plan's estimate until households are registered.
  QgsExpressionContextUtils::setLayerVariable(layer, QStringLiteral("gs_estimate_word"),
                                              QCoreApplication::translate("grid::app::LayerFactory", "estimated"));
  return true;
}

}  // namespace

QList<LayerSpec> LayerFactory::hierarchySpecs() {
  return {
      {QStringLiteral("street"), tr("Streets")},        {QStringLiteral("base_water"), tr("Water")},
      {QStringLiteral("grid_map"), tr("Grids")},        {QStringLiteral("base_road"), tr("Roads")},
      {QStringLiteral("building"), tr("Buildings")},    {QStringLiteral("area"), tr("Areas")},
      {QStringLiteral("community"), tr("Communities")},
  };
}

QString scopeCondition(const QString& path, const char* subject, const char* column) {
  auto db = Database::open(path.toStdString(), Database::readOnlyOptions());
  if (!db) return QStringLiteral("FALSE");  // cannot tell: show nothing rather than everything
  auto condition = access::readableGridsCondition(**db, subject, column);
  return condition ? QString::fromStdString(*condition) : QStringLiteral("FALSE");
}

QList<LayerSpec> LayerFactory::overlaySpecs() {
  return {{QStringLiteral("building_links"), tr("Party link coverage"), "party"}};
}

QString tableLayerSource(const QString& path, const QString& table, QString* provider) {
  QgsDataSourceUri uri;
  if (!Database::isServerAddress(path.toStdString())) {
    *provider = QStringLiteral("spatialite");
    uri.setDatabase(path);
    uri.setDataSource(QString(), table, QStringLiteral("geom"));
    return uri.uri(false);
  }
  *provider = QStringLiteral("postgres");
  if (path.startsWith(QLatin1String("pg:"))) {
    uri.setConnection(path.mid(3), QString(), QString(), QString());
  } else {
    const QUrl url(path);
    const QString database = url.path().mid(1);
    uri.setConnection(url.host(), url.port(5432) > 0 ? QString::number(url.port(5432)) : QString(),
                      database.isEmpty() ? QStringLiteral("postgres") : database, url.userName(), url.password());
  }
  uri.setDataSource(QStringLiteral("main"), table, QStringLiteral("geom"), QString(), QStringLiteral("id"));
  return uri.uri(false);
}

QgsVectorLayer* openTableLayer(const QString& path, const QString& table, const QString& title, QString* error) {
  QString provider;
  const QString source = tableLayerSource(path, table, &provider);
  QgsVectorLayer::LayerOptions options;
  options.readExtentFromXml = false;
  auto* layer = new QgsVectorLayer(source, title, provider, options);
  if (!layer->isValid()) {
    if (error)
      *error = QCoreApplication::translate("grid::app::LayerFactory", "Cannot open layer %1 in %2: %3")
                   .arg(table, path, layer->error().summary());
    delete layer;
    return nullptr;
  }
  layer->setReadOnly(true);
  return layer;
}

QgsVectorLayer* LayerFactory::createLayer(const QString& path, const LayerSpec& spec, QString* error) {
  auto* layer = openTableLayer(path, spec.table, spec.title, error);
  if (!layer) return nullptr;
  if (spec.scopeSubject) layer->setSubsetString(scopeCondition(path, spec.scopeSubject));
  if (!applyStyle(layer, spec.table, error)) {
    delete layer;
    return nullptr;
  }
  if (auto* rules = dynamic_cast<QgsRuleBasedRenderer*>(layer->renderer());
      rules && spec.table == QLatin1String("building_links")) {
    const auto children = rules->rootRule()->children();  // legend words follow the UI language
    if (children.size() == 2) {
      children[0]->setLabel(tr("Households without a linked party member"));
      children[1]->setLabel(tr("Every household linked"));
    }
  }
  return layer;
}

QgsVectorLayer* LayerFactory::findLayer(const QgsProject* project, const QString& table) {
  if (!project) return nullptr;
  for (QgsMapLayer* layer : project->mapLayers()) {
    auto* vector = qobject_cast<QgsVectorLayer*>(layer);
    if (vector &&
        (vector->providerType() == QLatin1String("spatialite") ||
         vector->providerType() == QLatin1String("postgres")) &&
        vector->dataProvider() && vector->dataProvider()->uri().table() == table)
      return vector;
  }
  return nullptr;
}

}  // namespace grid::app
