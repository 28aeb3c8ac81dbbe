// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace grid::app {

/**
 * Prints the notice boards (网格公示牌) or the QR door plates (一户一码) of a community or street: choose the
 * scope, the paper and where to save; a progress dialog shows the pages and can cancel (nothing is kept then).
 */
class PrintDialog : public QDialog {
  Q_OBJECT
 public:
  enum class Kind { Boards, Plates };
  PrintDialog(const QString& databasePath, Kind kind, QWidget* parent = nullptr);

  //! Runs the print for the current choices; returns false (and says why in a message box) on error or cancel.
  bool print();

 private:
  void chooseOutput();

  QString mDatabasePath;
  Kind mKind;
  QComboBox* mScope = nullptr;
  QComboBox* mPaper = nullptr;
  QCheckBox* mPerGrid = nullptr;
  QLineEdit* mOutput = nullptr;
};

}  // namespace grid::app
