// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QUndoStack;

namespace grid::app {

/**
 * 登记走访: logs a patrol of a grid or a visit to a building, household, key person, key place or key matter — time,
 * kind, who was met, findings, an exception, an optional photo (re-encoded: location data dropped) and the next due
 * date (empty: the rule's). Saved through the ledger's record path as one undoable, audited edit on \a stack; with
 * "report as event" ticked the findings are also reported (an event is never deleted, so that part is not undone).
 */
class VisitDialog : public QDialog {
  Q_OBJECT

 public:
  VisitDialog(QString databasePath, QUndoStack* stack, QWidget* parent = nullptr);

  //! Presets what was visited: "grid" with the grid's id, or building/household/key_person/key_place/key_matter.
  void setObject(const QString& type, long long id, const QString& label = QString());
  QComboBox* typeCombo() const { return mType; }
  QSpinBox* objectEdit() const { return mObject; }
  QPlainTextEdit* findingsEdit() const { return mFindings; }
  QCheckBox* reportCheck() const { return mReport; }
  QLabel* messageLabel() const { return mMessage; }
  //! Attaches a photo (JPEG/PNG, re-encoded); false with the message shown when it cannot be read.
  bool setPhoto(const QString& file);
  //! Saves (as the OK button does); false with the message shown, nothing written, when a value is refused.
  bool save();
  long long savedLog() const { return mSavedLog; }
  QString reportedSerial() const { return mSerial; }

 signals:
  void saved(long long logId, const QString& eventSerial);

 private:
  QString mPath;
  QUndoStack* mStack;
  QComboBox* mType = nullptr;
  QSpinBox* mObject = nullptr;
  QLabel* mObjectLabel = nullptr;
  QDateTimeEdit* mTime = nullptr;
  QComboBox* mKind = nullptr;
  QLineEdit* mMet = nullptr;
  QPlainTextEdit* mFindings = nullptr;
  QCheckBox* mException = nullptr;
  QComboBox* mExceptionType = nullptr;
  QCheckBox* mNextDueOn = nullptr;
  QDateEdit* mNextDue = nullptr;
  QLabel* mPhotoLabel = nullptr;
  QCheckBox* mReport = nullptr;
  QLabel* mMessage = nullptr;
  QByteArray mPhoto;
  QString mPhotoName;
  long long mGridId = -1;
  long long mSavedLog = -1;
  QString mSerial;
};

}  // namespace grid::app
