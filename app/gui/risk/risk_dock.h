// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDockWidget>

#include "core/risk_layers.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;

namespace grid::app {

/**
 * Risk overlays (社区风险全景图): turns the risk layers on, filters them by colour, key-place category and date,
 * limits them to one community, and prints the community's A3 panorama.
 */
class RiskDock : public QDockWidget {
  Q_OBJECT

 public:
  explicit RiskDock(QWidget* parent = nullptr);

  //! The layers to drive (owned by the project) and the database they read; lists communities and categories.
  void setLayers(const RiskLayers& layers, const QString& path);
  const RiskLayers& layers() const { return mLayers; }
  //! The filter the controls describe.
  RiskFilter filter() const;
  //! Applies the controls to the layers and updates the counts line.
  void apply();

  QComboBox* communityCombo() const { return mCommunity; }
  QComboBox* categoryCombo() const { return mCategory; }
  QCheckBox* colourCheck(int index) const { return mColours[index]; }
  QCheckBox* heatCheck() const { return mHeat; }
  QDateEdit* sinceEdit() const { return mSince; }
  QCheckBox* sinceCheck() const { return mSinceOn; }
  QLabel* summaryLabel() const { return mSummary; }

 signals:
  //! The heat map or the choropleth was switched (the window toggles the layer's visibility).
  void layerVisibilityRequested(QgsVectorLayer* layer, bool visible);
  void printRequested(const QString& communityCode);

 private:
  RiskLayers mLayers;
  QString mPath;
  QComboBox* mCommunity = nullptr;
  QComboBox* mCategory = nullptr;
  QCheckBox* mColours[4] = {};
  QCheckBox* mHeat = nullptr;
  QCheckBox* mChoropleth = nullptr;
  QCheckBox* mSinceOn = nullptr;
  QDateEdit* mSince = nullptr;
  QLabel* mSummary = nullptr;
};

}  // namespace grid::app
