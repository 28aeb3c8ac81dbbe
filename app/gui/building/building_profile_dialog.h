// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace grid {
struct BuildingProfile;
}

namespace grid::app {

/**
 * The building profile a grid worker opens from the map: floors (top first) × rooms per unit, each cell the
 * dwelling's household (head, size, type) with its residents in the tooltip, ID numbers masked; the grid and the
 * responsible staff above.
 */
class BuildingProfileDialog : public QDialog {
  Q_OBJECT

 public:
  explicit BuildingProfileDialog(QWidget* parent = nullptr);
  void setProfile(const BuildingProfile& profile);
  QTableWidget* table() const { return mTable; }
  long long buildingId() const { return mBuildingId; }

 private:
  QLabel* mHeader = nullptr;
  QLabel* mStaff = nullptr;
  QTableWidget* mTable = nullptr;
  long long mBuildingId = -1;
};

}  // namespace grid::app
