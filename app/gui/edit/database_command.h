// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QUndoCommand>
#include <functional>
#include <utility>

#include "storage/database.h"

namespace grid::app {

/**
 * One data edit on the workstation's undo stack (Ctrl+Z / Ctrl+Y). The edit has already been applied through a
 * libgrid operation when the command is pushed, so the first redo() does nothing; undo() runs the operation's
 * inverse and redo() runs the operation again. Each is its own audited write (DESIGN.md: undo is a stack of inverse
 * operations). \a after refreshes what shows the data; \a failed reports an undo or redo the database refused.
 */
class DatabaseCommand : public QUndoCommand {
 public:
  using Step = std::function<bool(QString* error)>;

  DatabaseCommand(const QString& text, Step apply, Step revert, std::function<void()> after,
                  std::function<void(const QString&)> failed)
      : QUndoCommand(text),
        mApply(std::move(apply)),
        mRevert(std::move(revert)),
        mAfter(std::move(after)),
        mFailed(std::move(failed)) {}

  void redo() override {
    if (mApplied) return;
    run(mApply);
    mApplied = true;
  }
  void undo() override {
    run(mRevert);
    mApplied = false;
  }

 private:
  void run(const Step& step) {
    QString error;
    if (!step(&error) && mFailed) mFailed(error);
    if (mAfter) mAfter();
  }

  Step mApply, mRevert;
  std::function<void()> mAfter;
  std::function<void(const QString&)> mFailed;
  bool mApplied = true;  //!< pushed after the edit was made
};

/**
 * A DatabaseCommand step that opens the database at \a path writable and runs \a operation on it — a libgrid
 * operation returning Status or Result. The error of the open or of the operation becomes the step's message.
 */
template <typename Operation>
DatabaseCommand::Step databaseStep(const QString& path, Operation operation) {
  return [path, operation](QString* error) {
    auto database = Database::open(path.toStdString());
    if (!database) {
      if (error) *error = QString::fromStdString(database.error().describe());
      return false;
    }
    auto outcome = operation(**database);
    if (!outcome) {
      if (error) *error = QString::fromStdString(outcome.error().describe());
      return false;
    }
    return true;
  };
}

}  // namespace grid::app
