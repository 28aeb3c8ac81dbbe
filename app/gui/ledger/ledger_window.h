// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDialog>
#include <QMainWindow>
#include <QMap>
#include <memory>
#include <vector>

#include "registry/list_spec.h"
#include "registry/list_table.h"
#include "registry/record_edit.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoStack;

namespace grid {
class Database;
class FieldCipher;
}  // namespace grid

namespace grid::app {

/**
 * A list of a ledger as a Qt table: rows are fetched in pages of 200 as the view scrolls (canFetchMore/fetchMore),
 * so a community's 30 000 persons open as fast as a grid's 700. Clicking a header sorts in the database.
 * Sensitive columns show their masked copies; codes show their names.
 */
class ListTableModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  explicit ListTableModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}

  void setSource(Database* database, const FieldCipher* key, const registry::CodeBook* codes,
                 const registry::ListQuery& query);
  void reload();
  const registry::ListQuery& query() const { return mQuery; }
  long long total() const { return mTotal; }
  const registry::ListRow* rowAt(int row) const;
  //! The model row showing record \a id among those fetched, or −1.
  int rowOf(long long id) const;
  QString errorText() const { return mError; }

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  int columnCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
  bool canFetchMore(const QModelIndex& parent) const override;
  void fetchMore(const QModelIndex& parent) override;
  void sort(int column, Qt::SortOrder order) override;

 private:
  Database* mDatabase = nullptr;
  const FieldCipher* mKey = nullptr;
  const registry::CodeBook* mCodes = nullptr;
  registry::ListQuery mQuery;
  std::unique_ptr<registry::ListTable> mTable;
  std::vector<registry::ListRow> mRows;
  long long mTotal = 0;
  QString mError;
};

/**
 * The form of one record of a list, built from the list's columns: drop-downs for code tables and fixed choices,
 * text fields for the rest (ID numbers and phones show their masked copies and stay unchanged unless retyped).
 * A problem is shown in red beside its field; the dialog stays open until the save succeeds.
 */
class RecordForm : public QDialog {
  Q_OBJECT

 public:
  RecordForm(registry::ListKind kind, const registry::CodeBook& codes, const registry::ListRow* row, QWidget* parent);
  //! Values of the editable fields: all of them for a new record, only the changed ones for an existing one.
  registry::RecordValues values() const;
  void setValue(const QString& key, const QString& text);
  void showIssues(const std::vector<registry::FieldIssue>& issues, const QString& other = QString());
  QWidget* editor(const QString& key) const { return mEditors.value(key); }
  QLabel* message(const QString& key) const { return mMessages.value(key); }

 private:
  QString current(const QString& key) const;
  const registry::ListSpec& mSpec;
  QMap<QString, QWidget*> mEditors;
  QMap<QString, QLabel*> mMessages;
  QMap<QString, QString> mInitial;
  QLabel* mGeneral = nullptr;
  bool mNew = true;
};

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

/**
 * 五本台账 · 三张清单: the ledgers of a community's levels (community, areas, grids, buildings, estates) with their
 * profile, entries and population, and the three lists. Every change goes through a libgrid operation — validated,
 * audited, and on the workstation's undo stack (Ctrl+Z / Ctrl+Y here and in the map window). Masked fields are
 * revealed one at a time with a reason, which is audited. Lists export to Excel; the three lists and entries import.
 */
class LedgerWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit LedgerWindow(QUndoStack* undoStack, QWidget* parent = nullptr);
  ~LedgerWindow() override;

  bool setDatabase(const QString& path, QString* error = nullptr);
  bool setCommunity(const QString& code, QString* error = nullptr);
  bool openLedger(const registry::LedgerTarget& target, QString* error = nullptr);
  registry::LedgerTarget target() const { return mTarget; }
  QString path() const { return mPath; }

  QTabWidget* tabs() const { return mTabs; }
  QTreeWidget* tree() const { return mTree; }
  QTextBrowser* profileView() const { return mProfile; }
  ListPanel* panel(registry::ListKind kind) const;
  const registry::CodeBook& codes() const { return mCodes; }
  Database* database() const { return mDatabase.get(); }
  const FieldCipher* key() const { return mKey.get(); }

  // The operations behind the buttons and dialogs (tests call them too). Each is undoable on the undo stack.
  bool saveRecord(registry::ListKind kind, long long id, const registry::RecordValues& values,
                  std::vector<registry::FieldIssue>* issues = nullptr, QString* error = nullptr);
  bool moveOut(registry::ListKind kind, long long id, const QString& reason, const QString& date, QString* error = nullptr);
  bool changeHead(long long householdId, long long personId, const QString& formerHeadRelation, QString* error = nullptr);
  bool moveHousehold(long long householdId, long long buildingId, int unit, const QString& room, QString* error = nullptr);
  //! The full value of a masked field; audited with \a reason. Empty with \a error set when refused.
  QString reveal(registry::ListKind kind, long long id, const QString& columnKey, const QString& reason,
                 QString* error = nullptr);
  bool exportList(registry::ListKind kind, const QString& file, bool revealAll, const QString& reason,
                  QString* error = nullptr);
  //! Sets a key place's point (the map click of 在地图上放置).
  bool placeKeyPlace(long long id, double x, double y, QString* error = nullptr);
  //! Reloads the profile and every list (after an edit, undo or redo).
  void refresh();

 signals:
  void edited();
  //! Show a record on the map: its point when known (x, y in the database CRS), else feature \a id of \a table.
  void showOnMap(const QString& table, long long id, double x, double y);
  //! The user wants to place key place \a id by clicking the map.
  //! 登记走访 for a record of the ledger (household, key_person, key_place, key_matter).
  void visitRequested(const QString& type, long long id);
  void placeOnMap(long long keyPlaceId);
  //! Report an event about a record: at \a gridId (and \a buildingId, -1 for none), class \a domain, text \a text.
  void reportEventRequested(long long gridId, long long buildingId, const QString& domain, const QString& text);

 private:
  void loadTree();
  void loadProfile();
  bool openReadConnection(QString* error);
  //! Runs \a operation as an undoable edit, with a SaveContext for the database it is given (key, code tables and
  //! the open ledger as they are now).
  bool push(const QString& text, std::function<Result<RecordChange>(const registry::SaveContext&)> operation,
            QString* error);

  QUndoStack* mUndoStack;
  QString mPath;
  std::unique_ptr<Database> mDatabase;  // read-only, for the tables; edits open their own writable connection
  std::unique_ptr<FieldCipher> mKey;
  registry::CodeBook mCodes;
  registry::LedgerTarget mTarget{registry::LedgerLevel::Community, -1};
  QComboBox* mCommunity;
  QTreeWidget* mTree;
  QLabel* mTitle;
  QTabWidget* mTabs;
  QTextBrowser* mProfile;
  std::vector<ListPanel*> mPanels;
};

}  // namespace grid::app
