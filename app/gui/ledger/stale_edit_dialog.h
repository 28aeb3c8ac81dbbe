// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDialog>
#include <vector>

#include "registry/record_access.h"
#include "registry/record_edit.h"

class QTableWidget;

namespace grid::app {

/**
 * Someone saved the record after this form was opened (on a server database, another workstation): the fields they
 * changed, with what this form would save ("ours") and what is saved now ("theirs"), who and when. Each field keeps
 * ours unless its box is cleared; merged() is what to save then, against the record as it is now.
 */
class StaleEditDialog : public QDialog {
  Q_OBJECT

 public:
  StaleEditDialog(const registry::RecordValues& ours, const std::vector<registry::StaleField>& theirs,
                  QWidget* parent = nullptr);
  //! Ours, with theirs in every field whose "keep mine" box is cleared.
  registry::RecordValues merged() const;
  QTableWidget* table() const { return mTable; }

 private:
  registry::RecordValues mOurs;
  std::vector<registry::StaleField> mTheirs;
  QTableWidget* mTable = nullptr;
};

}  // namespace grid::app
