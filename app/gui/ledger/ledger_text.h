// SPDX-License-Identifier: GPL-2.0-or-later
// Text helpers shared by the ledger window's classes (internal to app/gui/ledger).
#pragma once

#include <QString>
#include <string>

#include "core/translation.h"
#include "gui/ledger/ledger_window.h"
#include "registry/list_spec.h"

namespace grid::app::ledger_text {

using namespace grid::registry;

inline QString q(const std::string& text) {
  return QString::fromStdString(text);
}
inline std::string s(const QString& text) {
  return text.trimmed().toStdString();
}

inline QString header(const ListColumn& column) {
  return uiIsChinese() ? q(column.zh) : q(column.en);
}

inline QString listTitle(ListKind kind) {
  switch (kind) {
    case ListKind::Households:
      return LedgerWindow::tr("Households");
    case ListKind::Persons:
      return LedgerWindow::tr("Persons");
    case ListKind::KeyPersons:
      return LedgerWindow::tr("Key Persons");
    case ListKind::KeyPlaces:
      return LedgerWindow::tr("Key Places");
    case ListKind::KeyMatters:
      return LedgerWindow::tr("Key Matters");
    case ListKind::Entries:
      return LedgerWindow::tr("Ledger Entries");
    case ListKind::PatrolLogs:
      return LedgerWindow::tr("Patrols and Visits");
  }
  return {};
}

inline QString levelTitle(LedgerLevel level) {
  switch (level) {
    case LedgerLevel::Community:
      return LedgerWindow::tr("Community ledger");
    case LedgerLevel::Area:
      return LedgerWindow::tr("Area ledger");
    case LedgerLevel::Grid:
      return LedgerWindow::tr("Grid ledger");
    case LedgerLevel::Building:
      return LedgerWindow::tr("Building ledger");
    case LedgerLevel::Property:
      return LedgerWindow::tr("Property ledger");
  }
  return {};
}

}  // namespace grid::app::ledger_text
