// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDialog>
#include <QWidget>

#include "workflow/deliberation.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTextBrowser;
class QUndoStack;

namespace grid::app {

//! Participants as rows of kind (a combo of the code table deliberation_party) and name; add and remove.
class ParticipantsEditor : public QWidget {
  Q_OBJECT

 public:
  ParticipantsEditor(const QString& databasePath, QWidget* parent = nullptr);
  void add(const QString& kind, const QString& name);
  std::vector<workflow::Participant> participants() const;
  QTableWidget* table() const { return mTable; }

 private:
  QList<QPair<QString, QString>> mKinds;  //!< code, name
  QTableWidget* mTable = nullptr;
};

//! 新建议题: level and place, topic, content, who raised it, the day, participants.
class DeliberationDialog : public QDialog {
  Q_OBJECT

 public:
  DeliberationDialog(const QString& databasePath, QWidget* parent = nullptr);
  workflow::DeliberationInput input() const;
  QComboBox* level() const { return mLevel; }
  QComboBox* place() const { return mPlace; }
  QLineEdit* topic() const { return mTopic; }
  ParticipantsEditor* participants() const { return mParticipants; }

 private:
  void fillPlaces();
  QString mPath;
  QComboBox* mLevel = nullptr;
  QComboBox* mPlace = nullptr;
  QLineEdit* mTopic = nullptr;
  QPlainTextEdit* mContent = nullptr;
  QLineEdit* mInitiator = nullptr;
  QDateEdit* mDay = nullptr;
  ParticipantsEditor* mParticipants = nullptr;
};

//! The next step of a matter: its day, participants and minutes; for 决议 the quorum record, votes and decision.
class StepDialog : public QDialog {
  Q_OBJECT

 public:
  StepDialog(const QString& databasePath, const workflow::DeliberationView& item, QWidget* parent = nullptr);
  workflow::StepInput input() const;
  QString next() const { return mNext; }
  ParticipantsEditor* participants() const { return mParticipants; }
  QPlainTextEdit* minutes() const { return mMinutes; }
  QSpinBox* present() const { return mPresent; }
  QSpinBox* eligible() const { return mEligible; }
  QSpinBox* votesFor() const { return mFor; }
  QPlainTextEdit* decision() const { return mDecision; }

 private:
  QString mNext;
  QDateEdit* mDay = nullptr;
  ParticipantsEditor* mParticipants = nullptr;
  QPlainTextEdit* mMinutes = nullptr;
  QSpinBox *mPresent = nullptr, *mEligible = nullptr, *mFor = nullptr, *mAgainst = nullptr, *mAbstain = nullptr;
  QPlainTextEdit* mDecision = nullptr;
};

/**
 * 四事五议: the matters of the database (filter by level, step, state or words), the selected one's record (every
 * step with its day, participants and minutes, returns with their reasons, the decision, links), and its actions:
 * new, next step, return, withdraw, link, publish and print the notice. Each action is one undoable edit.
 */
class DeliberationPanel : public QWidget {
  Q_OBJECT

 public:
  DeliberationPanel(const QString& databasePath, QUndoStack* undoStack, QWidget* parent = nullptr);
  void reload();
  //! Selects the matter \a serial in the list (false when it is not listed).
  bool select(const QString& serial);
  QTableWidget* list() const { return mList; }
  QTextBrowser* detail() const { return mDetail; }
  QLabel* message() const { return mMessage; }
  //! Runs an action on the selected matter as an undoable edit; false with the refusal shown.
  bool run(const QString& text, const std::function<Result<workflow::DeliberationResult>(Database&)>& action);

 signals:
  void changed();

 private:
  void showSelected();
  void newMatter();
  void nextStep();
  void printNotice();
  QString selectedSerial() const;

  QString mPath;
  QUndoStack* mUndoStack = nullptr;
  QComboBox *mLevel = nullptr, *mStep = nullptr, *mStatus = nullptr;
  QLineEdit* mSearch = nullptr;
  QTableWidget* mList = nullptr;
  QTextBrowser* mDetail = nullptr;
  QLabel* mMessage = nullptr;
  QPushButton *mNext = nullptr, *mReturn = nullptr, *mWithdraw = nullptr, *mLink = nullptr, *mPublish = nullptr,
              *mPrint = nullptr;
  workflow::DeliberationView mCurrent;
};

}  // namespace grid::app
