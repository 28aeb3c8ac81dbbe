// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace grid {
struct BuildingProfile;
}

namespace grid::app {

/**
 * The building profile a grid worker opens from the map: floors (top first) × rooms per unit, each cell the
 * dwelling's household (head, size, type) with its residents in the tooltip, ID numbers masked; the grid and the
 * responsible staff above. Each household shows its linked party member (联户) and, for party households, the
 * 党员家庭 plaque; with a database and undo stack set, the bar below links or unlinks the selected households to a
 * member and puts up or takes down plaques (audited, undoable).
 */
class BuildingProfileDialog : public QDialog {
  Q_OBJECT

 public:
  explicit BuildingProfileDialog(QWidget* parent = nullptr);
  void setProfile(const BuildingProfile& profile);
  //! Enables link and plaque editing on the database at \a path, pushing edits on \a undoStack.
  void setEditing(const QString& path, QUndoStack* undoStack);
  QTableWidget* table() const { return mTable; }
  QComboBox* memberCombo() const { return mMember; }
  long long buildingId() const { return mBuildingId; }
  //! Reloads the profile from the database (after an edit, undo or redo).
  void reloadProfile();

  //! Households of the selected cells.
  QList<long long> selectedHouseholds() const;
  //! Links the selected households to the member chosen in the combo; false with \a error when refused.
  bool linkSelected(QString* error = nullptr);
  //! Ends the current links of the selected households, whoever their member is.
  bool unlinkSelected(QString* error = nullptr);
  bool plaqueSelected(bool on, QString* error = nullptr);

 signals:
  //! Links or plaques changed: the coverage overlay and the tree need a refresh.
  void edited();
  //! 登记走访: a visit to the selected household, or to the building when none is selected.
  void visitRequested(const QString& type, long long id, const QString& label);

 private:
  void loadMembers(const QString& communityCode);
  void afterEdit();

  QLabel* mHeader = nullptr;
  QLabel* mStaff = nullptr;
  QTableWidget* mTable = nullptr;
  QComboBox* mMember = nullptr;
  QWidget* mEditBar = nullptr;
  QString mPath;
  QString mCommunityCode;
  QUndoStack* mUndoStack = nullptr;
  long long mBuildingId = -1;
};

}  // namespace grid::app
