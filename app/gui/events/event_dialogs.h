// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDialog>
#include <QDockWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QHBoxLayout;
class QListWidget;

namespace grid::app {

/**
 * 上报事件: a new event at a grid (and a building or map point), its class and item from the duty list, grade,
 * source (patrol, hotline …) and text. Prefilled from where it was started: a map click, a building profile, a key
 * record. The state machine (libgrid/workflow) writes it; its refusals are shown here.
 */
class ReportEventDialog : public QDialog {
  Q_OBJECT

 public:
  ReportEventDialog(const QString& databasePath, long long gridId, long long buildingId, QWidget* parent = nullptr);
  //! Map coordinates (database CRS) of the event, when reported from a click.
  void setPoint(double x, double y);
  QString serial() const { return mSerial; }
  QComboBox* classCombo() const { return mClass; }
  QComboBox* receiverCombo() const { return mReceiver; }
  QComboBox* sourceCombo() const { return mSource; }
  QPlainTextEdit* textEdit() const { return mText; }
  void submit();

 private:
  void fillItems();
  void fillReceivers();

  QString mPath;
  long long mBuildingId = -1;
  bool mHasPoint = false;
  double mX = 0, mY = 0;
  QComboBox* mGrid = nullptr;
  QComboBox* mClass = nullptr;
  QComboBox* mItem = nullptr;
  QComboBox* mGrade = nullptr;
  QComboBox* mSource = nullptr;
  QComboBox* mReceiver = nullptr;  //!< who receives it first: the grid, or its community/street (hotline intake)
  QPlainTextEdit* mText = nullptr;
  QLineEdit* mReporter = nullptr;
  QLabel* mMessage = nullptr;
  QString mSerial;
};

/**
 * 事件详情: the event's header with its traffic light, the timeline (every step and action, also of events merged
 * into it), and the actions the holder may take now as buttons; each asks for what it needs (a note, a target, a
 * rating, working days) and runs through the state machine.
 */
class EventDialog : public QDialog {
  Q_OBJECT

 public:
  EventDialog(const QString& databasePath, const QString& serial, QWidget* parent = nullptr);
  void reload();
  QTableWidget* timeline() const { return mTimeline; }
  QLabel* header() const { return mHeader; }
  //! Runs \a action with \a note (and \a extra for targets/ratings/days) as the holder; false with the refusal shown.
  bool perform(const QString& action, const QString& note, const QString& extra = QString());
  /**
   * Adds the photo at \a file: re-encoded as JPEG, which drops its EXIF data (GPS position, device, time) unless
   * \a keepMetadata, then stored with a 160-pixel thumbnail. False with the reason shown.
   */
  bool addPhoto(const QString& file, bool keepMetadata);
  QListWidget* photos() const { return mPhotos; }

 signals:
  void changed();
  //! Show on Map: the event's point in the database CRS.
  void locate(double x, double y);

 private:
  void ask(const QString& action);

  QString mPath;
  QString mSerial;
  QLabel* mHeader = nullptr;
  QTableWidget* mTimeline = nullptr;
  QHBoxLayout* mActions = nullptr;
  QListWidget* mPhotos = nullptr;
  QLabel* mMessage = nullptr;
};

/**
 * 事件 inbox: the events of the signed-in user's scope by what they wait for (待受理, 办理中, 即将超期, 已超期, 待反馈,
 * 待评价, all open), each with its traffic light (green, yellow, red card) and holder; a double click opens the event.
 */
class EventDock : public QDockWidget {
  Q_OBJECT

 public:
  explicit EventDock(QWidget* parent = nullptr);
  void setDatabase(const QString& path);
  void reload();
  QTableWidget* table() const { return mTable; }
  QComboBox* inboxCombo() const { return mInbox; }
  QComboBox* classCombo() const { return mClass; }
  QComboBox* gridCombo() const { return mGrid; }
  //! The map's filter for the events layer that matches the dock's class and date (empty: all).
  QString mapFilter() const;

 signals:
  //! The class or date changed: the window filters the events layer with mapFilter().
  void mapFilterChanged(const QString& expression);
  void eventOpened(const QString& serial);
  void reportRequested();
  void changed();

 private:
  QString mPath;
  QComboBox* mInbox = nullptr;
  QComboBox* mClass = nullptr;
  QComboBox* mGrid = nullptr;
  QCheckBox* mSinceOn = nullptr;
  QDateEdit* mSince = nullptr;
  QTableWidget* mTable = nullptr;
  QLabel* mSummary = nullptr;
};

}  // namespace grid::app
