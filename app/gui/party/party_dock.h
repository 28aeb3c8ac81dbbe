// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>

#include "gui/edit/community_dock.h"

class QComboBox;
class QLabel;
class QTableWidget;
class QTabWidget;
class QTreeWidget;
class QCheckBox;
class QUndoStack;

namespace grid::app {

/**
 * Party building (党建) for one community, in three tabs: the party organisations (committee → branches and groups
 * per grid, with secretary and member counts, grids without one flagged); in-service members registered with the
 * community (在职党员报到); and the 党员家庭 plaques on party households (挂牌亮户). Every edit is an audited libgrid
 * operation on the workstation's undo stack.
 */
class PartyDock : public CommunityDock {
  Q_OBJECT

 public:
  PartyDock(QUndoStack* undoStack, QWidget* parent = nullptr);

  // The operations behind the buttons (the dialogs call these; tests too).
  bool createOrg(const QString& kind, const QString& name, long long gridId, long long parentId, long long secretaryId,
                 QString* error = nullptr);
  bool editOrg(long long orgId, const QString& kind, const QString& name, long long gridId, long long parentId,
               long long secretaryId, QString* error = nullptr);
  bool moveMembersTo(const QList<long long>& members, long long orgId, QString* error = nullptr);
  bool registerInService(long long personId, const QString& workplace, const QString& date, long long orgId,
                         QString* error = nullptr);
  bool endInService(long long memberId, QString* error = nullptr);
  //! Puts up (\a on) or takes down the plaque on \a households.
  bool setPlaque(const QList<long long>& households, bool on, QString* error = nullptr);

  QTabWidget* tabs() const { return mTabs; }
  QTreeWidget* orgTree() const { return mOrgs; }
  QTableWidget* inServiceTable() const { return mInService; }
  QTableWidget* plaqueTable() const { return mPlaques; }
  QLabel* summary() const { return mSummary; }

 signals:
  //! Data changed (the coverage overlay's plaque rings, the tree) — the window refreshes.
  void edited();
  //! The user asked to see a building (a plaque row was double-clicked).
  void showBuilding(long long buildingId);

 private:
  void load() override;
  void loadOrgs();
  void loadInService();
  void loadPlaques();
  void orgDialog(long long orgId);
  void moveMembersDialog(long long orgId);
  void registerDialog();
  void afterEdit();
  QList<long long> selectedHouseholds() const;
  void warn(const QString& message);

  QUndoStack* mUndoStack = nullptr;
  QLabel* mSummary = nullptr;
  QTabWidget* mTabs = nullptr;
  QTreeWidget* mOrgs = nullptr;
  QLabel* mGridsWithout = nullptr;
  QTableWidget* mInService = nullptr;
  QTableWidget* mPlaques = nullptr;
  QCheckBox* mOnlyBare = nullptr;
  int mOrgCount = 0, mGridGaps = 0, mInServiceCount = 0, mPartyHouseholds = 0, mPlaqued = 0;
};

}  // namespace grid::app
