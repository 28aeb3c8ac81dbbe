// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <vector>

#include "gui/edit/community_dock.h"
#include "party/link_suggestion.h"

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTreeWidget;
class QUndoStack;
class QgsMapCanvas;
class QgsProject;

namespace grid::app {

class LinkTool;

/**
 * Party-member household links (党员联户): the community's members with their load, a map tool that links the
 * chosen member to the unlinked households of a clicked or lassoed building (Shift: unlink), and suggestions from
 * the min-cost-flow solver, previewed per member and accepted or rejected member by member. Every change is an
 * audited libgrid operation on the workstation's undo stack.
 */
class LinkDock : public CommunityDock {
  Q_OBJECT

 public:
  LinkDock(QgsMapCanvas* canvas, QgsProject* project, QUndoStack* undoStack, QWidget* parent = nullptr);
  ~LinkDock() override;

  //! Makes member \a memberId the one the map tool links; false when not listed.
  bool selectMember(long long memberId);
  long long currentMember() const;
  //! Links (or, with \a remove, unlinks) the current member and the households of \a buildings — the map tool's path.
  bool editBuildings(const QList<long long>& buildings, bool remove, QString* error = nullptr);

  //! Runs the solver for the community's unlinked households; the preview lists one checkable row per member.
  bool suggest(QString* error = nullptr);
  //! Accepts the suggested links of the checked members as one undoable step; returns how many links were written.
  int acceptChecked(QString* error = nullptr);

  QTableWidget* memberTable() const { return mMembers; }
  QTreeWidget* suggestionTree() const { return mSuggestions; }
  QSpinBox* limitSpin() const { return mLimit; }
  LinkTool* tool() const { return mTool; }
  //! "linked / linkable" of the community, as shown in the summary line.
  QPair<long long, long long> coverage() const { return mCoverage; }

 signals:
  //! Links changed: the coverage overlay and the tree's coverage column need a reload.
  void edited();
  //! Another community was chosen.
  void communityChanged(const QString& code);

 private:
  void load() override;
  void communityLeft(bool databaseChanged) override;
  void communityShown(const QString& code) override;
  void loadMembers();
  void showMemberOnMap();

  QgsMapCanvas* mCanvas = nullptr;
  QgsProject* mProject = nullptr;
  QUndoStack* mUndoStack = nullptr;
  QSpinBox* mLimit = nullptr;
  QLabel* mSummary = nullptr;
  QTableWidget* mMembers = nullptr;
  QPushButton* mMapButton = nullptr;
  QTreeWidget* mSuggestions = nullptr;
  QPushButton* mAccept = nullptr;
  LinkTool* mTool = nullptr;
  std::vector<party::SuggestedLink> mSuggested;
  QPair<long long, long long> mCoverage{0, 0};
};

}  // namespace grid::app
