// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDialog>
#include <QWidget>

#include "emergency/emergency_units.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QUndoStack;
class QgsMapCanvas;
class QgsVectorLayer;

namespace grid::app {

class PickTool;

//! 编辑应急单元: name, shelter and its capacity, supplies, notes.
class UnitDetailsDialog : public QDialog {
  Q_OBJECT

 public:
  UnitDetailsDialog(const emergency::Unit& unit, QWidget* parent = nullptr);
  emergency::UnitDetails details() const;

 private:
  QLineEdit *mName = nullptr, *mShelter = nullptr;
  QSpinBox* mCapacity = nullptr;
  QPlainTextEdit *mSupplies = nullptr, *mNotes = nullptr;
};

/**
 * 最小应急单元 of a community: the units (buildings, households, persons to reach first, responsible person), the
 * selected unit's people, shelter, supplies and its roll-call list, and the map of units over the buildings, where
 * clicking buildings selects them for a new unit or to move into the selected one. Automatic assignment, the check
 * that every building is in one unit, and the printed sheets. Every edit is undoable.
 */
class EmergencyPanel : public QWidget {
  Q_OBJECT

 public:
  EmergencyPanel(const QString& databasePath, QUndoStack* undoStack, QWidget* parent = nullptr);
  void reload();
  bool setCommunity(const QString& code);
  //! Selects unit \a unitId in the list (false when the community has no such unit).
  bool selectUnit(long long unitId);
  //! Assigns every building in no unit (the 自动划分 button); false with the refusal shown.
  bool assign();
  //! Runs the check and shows its result in the message line; true when it passes.
  bool check();
  QTableWidget* units() const { return mUnits; }
  QTableWidget* people() const { return mPeople; }
  QTableWidget* vulnerable() const { return mVulnerable; }
  QLabel* message() const { return mMessage; }
  QgsMapCanvas* canvas() const { return mCanvas; }
  //! Buildings chosen on the map (their ids).
  QList<long long> chosenBuildings() const;
  void chooseBuildings(const QList<long long>& ids);
  bool unitFromChosen(const QString& name);
  bool moveChosenIntoSelected();

 signals:
  void changed();

 private:
  bool edit(const QString& text, const std::function<Result<RecordChange>(Database&)>& operation);
  void showSelected();
  void refreshMap();
  void addMember();
  void print();
  long long selectedUnit() const;

  QString mPath;
  QUndoStack* mUndoStack = nullptr;
  long long mCommunityId = -1;
  QString mCommunityName;
  std::vector<emergency::Unit> mData;
  QComboBox* mCommunity = nullptr;
  QSpinBox* mMax = nullptr;
  QTableWidget *mUnits = nullptr, *mPeople = nullptr, *mVulnerable = nullptr;
  QLabel *mDetails = nullptr, *mMessage = nullptr, *mChosen = nullptr;
  QgsMapCanvas* mCanvas = nullptr;
  QgsVectorLayer *mBuildings = nullptr, *mUnitLayer = nullptr;
  PickTool* mPick = nullptr;
};

}  // namespace grid::app
