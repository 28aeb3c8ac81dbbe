// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>

class QgsProject;
class QgsVectorLayer;

namespace grid::app {

//! One map layer of the hierarchy, in drawing order (bottom first).
struct LayerSpec {
  QString table;  //!< table name in the database; its style is resources/styles/<table>.qml
  QString title;  //!< translated layer name shown in the layer tree
  //! Permission subject whose read scope filters the layer (empty: every feature, e.g. outlines of places).
  const char* scopeSubject = nullptr;
};

/**
 * The signed-in user's read scope of \a subject on the database at \a path as a QGIS subset condition on
 * \a column ("grid_id IN (3,4)", "0" for none); empty when the database has no accounts. The layers open their
 * own connections, so libgrid's scope views do not reach them: this is their filter.
 */
QString scopeCondition(const QString& path, const char* subject, const char* column = "grid_id");

/**
 * A read-only SpatiaLite layer on \a table of the database at \a path (geometry column geom); null when it cannot be
 * opened, with \a error (if given) naming the table and the provider's reason.
 */
QgsVectorLayer* openTableLayer(const QString& path, const QString& table, const QString& title,
                               QString* error = nullptr);

/**
 * The QGIS data source of \a table (its geometry column geom) in the database at \a path: SpatiaLite's for a file,
 * PostGIS's for a server address (postgresql://… or pg:SERVICE; the schema main, the key column id). Sets
 * \a provider to the QGIS provider key ("spatialite" or "postgres").
 */
QString tableLayerSource(const QString& path, const QString& table, QString* provider);

/**
 * Creates read-only QGIS layers on the GridStation tables (SpatiaLite provider). QGIS renders; libgrid writes
 * (DESIGN.md single-writer rule), so every layer is opened read-only.
 */
class LayerFactory {
 public:
  //! The hierarchy and base layers, bottom first.
  static QList<LayerSpec> hierarchySpecs();
  //! Thematic overlays the workstation adds hidden (the user turns them on): party-link coverage per building.
  static QList<LayerSpec> overlaySpecs();

  //! A styled, read-only layer for \a spec on the database at \a path; nullptr with \a error set when invalid.
  static QgsVectorLayer* createLayer(const QString& path, const LayerSpec& spec, QString* error);
  //! The layer of \a project drawn from database table \a table, or nullptr.
  static QgsVectorLayer* findLayer(const QgsProject* project, const QString& table);
};

}  // namespace grid::app
