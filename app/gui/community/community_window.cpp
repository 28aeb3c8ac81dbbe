// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui/community/community_window.h"

#include <QTabWidget>
#include <QVBoxLayout>

#include "gui/community/deliberation_panel.h"
#include "gui/community/emergency_panel.h"
#include "gui/community/service_panel.h"

namespace grid::app {

CommunityWindow::CommunityWindow(const QString& databasePath, QUndoStack* undoStack, QWidget* parent)
    : QDialog(parent) {
  setWindowTitle(tr("Community Governance"));
  mTabs = new QTabWidget(this);
  mDeliberations = new DeliberationPanel(databasePath, undoStack, mTabs);
  mEmergency = new EmergencyPanel(databasePath, undoStack, mTabs);
  mServices = new ServicePanel(databasePath, mTabs);
  mTabs->addTab(mDeliberations, tr("Deliberations (四事五议)"));
  mTabs->addTab(mEmergency, tr("Emergency Units"));
  mTabs->addTab(mServices, tr("15-Minute Service Circle"));
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(mTabs);
  for (QObject* panel : std::initializer_list<QObject*>{mDeliberations, mEmergency, mServices})
    connect(panel, SIGNAL(changed()), this, SIGNAL(databaseChanged()));
  resize(1280, 800);
}

void CommunityWindow::show(Tab tab) {
  mTabs->setCurrentIndex(static_cast<int>(tab));
}

}  // namespace grid::app
