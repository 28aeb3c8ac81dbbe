// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QMainWindow>
#include <QMap>
#include <memory>
#include <optional>
#include <vector>

#include "gui/ledger/list_panel.h"
#include "gui/ledger/list_table_model.h"
#include "gui/ledger/record_form.h"
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
  //! \a version: the record's version when its form was opened; a save over a newer one is refused.
  bool saveRecord(registry::ListKind kind, long long id, const registry::RecordValues& values,
                  std::vector<registry::FieldIssue>* issues = nullptr, QString* error = nullptr,
                  std::optional<long long> version = std::nullopt);
  bool moveOut(registry::ListKind kind, long long id, const QString& reason, const QString& date,
               QString* error = nullptr);
  bool changeHead(long long householdId, long long personId, const QString& formerHeadRelation,
                  QString* error = nullptr);
  bool moveHousehold(long long householdId, long long buildingId, int unit, const QString& room,
                     QString* error = nullptr);
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
