// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QUndoCommand>
#include <QUndoStack>
#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

#include "common/clock.h"
#include "storage/database.h"
#include "storage/record_change.h"

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

//! The actor the workstation's edits are recorded under.
inline const Actor& workstationActor() {
  static const Actor actor = Actor::system("GridStation");
  return actor;
}

/**
 * Runs \a operation — a libgrid edit returning Result<Change> — on the database at \a path and, when it succeeds,
 * pushes it on \a stack as \a text: undo runs \a revert(database, change) on what the last run recorded, redo runs
 * \a operation again. \a after runs after the edit and after each undo or redo; \a failed reports an undo or redo
 * the database refused. False with \a error set (nothing pushed) when the edit is refused.
 */
template <typename Operation, typename Revert>
bool pushEdit(QUndoStack* stack, const QString& path, const QString& text, Operation operation, Revert revert,
              std::function<void()> after, std::function<void(const QString&)> failed, QString* error) {
  using Change = std::decay_t<decltype(*operation(std::declval<Database&>()))>;
  auto change = std::make_shared<Change>();
  auto apply = databaseStep(path, [operation, change](Database& db) {
    auto made = operation(db);
    if (made) *change = *made;
    return made;
  });
  auto undo = databaseStep(path, [revert, change](Database& db) { return revert(db, *change); });
  if (!apply(error)) return false;
  stack->push(new DatabaseCommand(text, apply, undo, after, std::move(failed)));
  if (after) after();
  return true;
}

//! pushEdit for the libgrid edits that return a RecordChange, undone by revertRecordChange.
template <typename Operation>
bool pushRecordEdit(QUndoStack* stack, const QString& path, const QString& text, Operation operation,
                    std::function<void()> after, std::function<void(const QString&)> failed, QString* error) {
  return pushEdit(
      stack, path, text, operation,
      [](Database& db, const RecordChange& change) {
        return revertRecordChange(db, SystemClock(), workstationActor(), change);
      },
      std::move(after), std::move(failed), error);
}

}  // namespace grid::app
