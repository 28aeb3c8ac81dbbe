// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <vector>

#include "gui/edit/database_command.h"
#include "party/link_store.h"
#include "party/party_org.h"

namespace grid::app {

//! The undo of a link edit made from the workstation (link dock, building profile).
inline Status undoLinkChange(Database& database, const party::LinkChange& change) {
  return party::revertLinkChange(database, SystemClock(), workstationActor(), change);
}

//! Puts up (\a on) or takes down the 党员家庭 plaque on \a households as one undoable step (party dock, profile).
inline bool pushPlaqueEdit(QUndoStack* stack, const QString& path, const QList<long long>& households, bool on,
                           std::function<void()> after, std::function<void(const QString&)> failed, QString* error) {
  const std::vector<long long> ids(households.begin(), households.end());
  const int n = static_cast<int>(households.size());
  return pushRecordEdit(
      stack, path,
      on ? QCoreApplication::translate("grid::app::PartyEdits", "Put up %n plaque(s)", nullptr, n)
         : QCoreApplication::translate("grid::app::PartyEdits", "Take down %n plaque(s)", nullptr, n),
      [ids, on](Database& db) { return party::setPartyPlaque(db, SystemClock(), workstationActor(), ids, on); },
      std::move(after), std::move(failed), error);
}

}  // namespace grid::app
