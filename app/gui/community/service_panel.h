// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

#include "services/service_circle.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QTableWidget;
class QgsMapCanvas;
class QgsVectorLayer;

namespace grid::app {

/**
 * 15分钟生活圈 of a community: the share of households within each facility type's walking limit per grid (and the
 * community), the buildings beyond the limit of the chosen type (slowest first), and the map: buildings coloured by
 * their walking time to the nearest facility of that type, the service area and the facilities. 计算 recomputes
 * (with progress, cancellable); the result can be written as a GeoPackage for QGIS.
 */
class ServicePanel : public QWidget {
  Q_OBJECT

 public:
  explicit ServicePanel(const QString& databasePath, QWidget* parent = nullptr);
  void reload();
  bool setCommunity(const QString& code);
  bool setType(const QString& code);
  //! Recomputes the community's circle (the 计算 button); false with the message shown.
  bool compute();
  QTableWidget* coverage() const { return mCoverage; }
  QTableWidget* beyond() const { return mBeyond; }
  QLabel* message() const { return mMessage; }
  QgsMapCanvas* canvas() const { return mCanvas; }

 signals:
  void changed();

 private:
  void showType();
  void exportGeoPackage();

  QString mPath;
  long long mCommunityId = -1;
  bool mTypeChosen = false;  //!< the user picked a type (else the weakest is shown)
  QComboBox *mCommunity = nullptr, *mType = nullptr;
  QDoubleSpinBox* mSpeed = nullptr;
  QTableWidget *mCoverage = nullptr, *mBeyond = nullptr;
  QLabel* mMessage = nullptr;
  QgsMapCanvas* mCanvas = nullptr;
  QList<QgsVectorLayer*> mLayers;
};

}  // namespace grid::app
