// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QString>
#include <memory>
#include <vector>

#include "registry/list_spec.h"
#include "registry/list_table.h"

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

}  // namespace grid::app
