// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDockWidget>
#include <QString>

class QComboBox;

namespace grid::app {

/**
 * A dock that shows one community of the open database (the staff, link and party docks): its community picker,
 * the database path, and loading that waits until the dock is shown, so opening a database stays fast. Subclasses
 * create the picker in their layout (communityPicker()), load in load(), and may forget per-community state in
 * communityLeft().
 */
class CommunityDock : public QDockWidget {
 public:
  explicit CommunityDock(const QString& title, QWidget* parent = nullptr);

  //! Lists the communities of the database at \a path and shows the first (or the one shown before).
  bool setDatabase(const QString& path, QString* error = nullptr);
  //! Shows community \a code; false with \a error set when the database does not list it.
  bool setCommunity(const QString& code, QString* error = nullptr);
  QString communityCode() const;
  //! Loads the community again (after an edit, an undo, or another window's change).
  void reload();

 protected:
  //! The picker, parented to \a parent; the user's choice calls setCommunity() and reports failures.
  QComboBox* communityPicker(QWidget* parent);
  //! Loads the shown community from path().
  virtual void load() = 0;
  //! Called when another database or community is about to be shown (\a databaseChanged: another database).
  virtual void communityLeft(bool databaseChanged) { (void)databaseChanged; }
  //! Called after community \a code was selected.
  virtual void communityShown(const QString& code) { (void)code; }
  const QString& path() const { return mPath; }

 private:
  QString mPath;
  QComboBox* mCommunity = nullptr;
  bool mStale = false;  //!< the community changed while the dock was hidden
};

}  // namespace grid::app
