// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui/ledger/list_table_model.h"

#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include "access/session.h"
#include "core/translation.h"
#include "gui/edit/community_picker.h"
#include "gui/edit/database_command.h"
#include "gui/ledger/ledger_text.h"
#include "gui/ledger/ledger_window.h"
#include "registry/ledger_profile.h"
#include "registry/list_sheet.h"
#include "registry/record_access.h"
#include "security/crypto.h"
#include "storage/database.h"
#include "storage/database_key.h"
#include "storage/hierarchy_query.h"

namespace grid::app {

using namespace grid::registry;
using namespace grid::app::ledger_text;

// ---------------------------------------------------------------------------------------------------------------
// ListTableModel

void ListTableModel::setSource(Database* database, const FieldCipher* key, const CodeBook* codes,
                               const ListQuery& query) {
  mDatabase = database;
  mKey = key;
  mCodes = codes;
  mQuery = query;
  reload();
}

void ListTableModel::reload() {
  beginResetModel();
  mRows.clear();
  mTotal = 0;
  mError.clear();
  mTable.reset();
  if (mDatabase && mQuery.target.id >= 0) {
    mTable = std::make_unique<ListTable>(*mDatabase, mKey, mQuery);
    auto total = mTable->count();
    if (total) {
      mTotal = *total;
      auto first = mTable->rows(0, 200);
      if (first)
        mRows = std::move(*first);
      else
        mError = q(first.error().describe());
    } else {
      mError = q(total.error().describe());
    }
  }
  endResetModel();
}

const ListRow* ListTableModel::rowAt(int row) const {
  return row >= 0 && row < static_cast<int>(mRows.size()) ? &mRows[static_cast<std::size_t>(row)] : nullptr;
}

int ListTableModel::rowOf(long long id) const {
  for (std::size_t i = 0; i < mRows.size(); ++i)
    if (mRows[i].id == id) return static_cast<int>(i);
  return -1;
}

int ListTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(mRows.size());
}

int ListTableModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(listSpec(mQuery.kind).columns.size());
}

QVariant ListTableModel::data(const QModelIndex& index, int role) const {
  const ListRow* row = rowAt(index.row());
  if (!row || !mCodes) return {};
  const ListSpec& spec = listSpec(mQuery.kind);
  const std::size_t column = static_cast<std::size_t>(index.column());
  if (column >= spec.columns.size()) return {};
  if (role == Qt::DisplayRole) return q(displayValue(spec.columns[column], row->raw[column], *mCodes, !uiIsChinese()));
  if (role == Qt::ForegroundRole && row->movedOut) return QBrush(Qt::gray);
  if (role == Qt::ToolTipRole && row->movedOut) return tr("Moved out or closed; kept in history");
  if (role == Qt::TextAlignmentRole && (spec.columns[column].kind == ColumnKind::Integer))
    return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
  return {};
}

QVariant ListTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  const ListSpec& spec = listSpec(mQuery.kind);
  if (orientation != Qt::Horizontal || section < 0 || section >= static_cast<int>(spec.columns.size())) return {};
  const ListColumn& column = spec.columns[static_cast<std::size_t>(section)];
  if (role == Qt::DisplayRole) return header(column);
  if (role == Qt::ToolTipRole && column.sensitive) return tr("Masked; use Show Full to reveal one value (audited)");
  return {};
}

bool ListTableModel::canFetchMore(const QModelIndex& parent) const {
  return !parent.isValid() && mTable && static_cast<long long>(mRows.size()) < mTotal;
}

void ListTableModel::fetchMore(const QModelIndex& parent) {
  if (!canFetchMore(parent)) return;
  auto more = mTable->rows(static_cast<long long>(mRows.size()), 200);
  if (!more || more->empty()) {
    mTotal = static_cast<long long>(mRows.size());
    return;
  }
  beginInsertRows(QModelIndex(), static_cast<int>(mRows.size()), static_cast<int>(mRows.size() + more->size()) - 1);
  for (ListRow& row : *more) mRows.push_back(std::move(row));
  endInsertRows();
}

void ListTableModel::sort(int column, Qt::SortOrder order) {
  mQuery.sortColumn = column;
  mQuery.descending = order == Qt::DescendingOrder;
  reload();
}

}  // namespace grid::app
