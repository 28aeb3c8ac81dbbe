// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

#include "gui/ledger/list_table_model.h"
#include "registry/list_spec.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace grid::app {

class LedgerWindow;

//! One tab of the ledger window: a list with search, moved-out toggle, the record actions and a paged table.
class ListPanel : public QWidget {
  Q_OBJECT

 public:
  ListPanel(LedgerWindow* window, registry::ListKind kind);
  registry::ListKind kind() const { return mKind; }
  ListTableModel* model() const { return mModel; }
  QTableView* view() const { return mView; }
  QLineEdit* searchBox() const { return mSearch; }
  QCheckBox* movedOutBox() const { return mMovedOut; }
  void reload();
  //! The record of the current row, or −1.
  long long currentId() const;
  bool selectRecord(long long id);

  // The toolbar's actions (dialogs; tests drive them too).
  void addRecord();
  void editRecord();
  void moveOutRecord();
  void showHistory();
  void revealRecord();
  void exportSheet();
  void importSheet();
  void changeHead();
  void moveDwelling();
  void showOnMap();
  //! 上报事件 about the current record (a key person, place or matter, a patrol log, a household): its grid and
  //! building, a class that fits the list, and the record's own words.
  void reportEvent();

 private:
  LedgerWindow* mWindow;
  registry::ListKind mKind;
  ListTableModel* mModel;
  QTableView* mView;
  QLineEdit* mSearch;
  QCheckBox* mMovedOut;
  QLabel* mCount;
};

}  // namespace grid::app
