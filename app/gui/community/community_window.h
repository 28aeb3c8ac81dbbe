// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDialog>

class QTabWidget;
class QUndoStack;

namespace grid::app {

class DeliberationPanel;
class EmergencyPanel;
class ServicePanel;

/**
 * 社区治理: 四事五议 (deliberations), 最小应急单元 (emergency units) and 15分钟生活圈 (the service circle) of the
 * database, one tab each; edits go on the workstation's undo stack.
 */
class CommunityWindow : public QDialog {
  Q_OBJECT

 public:
  enum class Tab { Deliberations, EmergencyUnits, ServiceCircle };
  CommunityWindow(const QString& databasePath, QUndoStack* undoStack, QWidget* parent = nullptr);
  void show(Tab tab);
  DeliberationPanel* deliberations() const { return mDeliberations; }
  EmergencyPanel* emergency() const { return mEmergency; }
  ServicePanel* services() const { return mServices; }
  QTabWidget* tabs() const { return mTabs; }

 signals:
  void databaseChanged();

 private:
  QTabWidget* mTabs = nullptr;
  DeliberationPanel* mDeliberations = nullptr;
  EmergencyPanel* mEmergency = nullptr;
  ServicePanel* mServices = nullptr;
};

}  // namespace grid::app
