// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui/edit/community_dock.h"

#include <QComboBox>
#include <QMessageBox>

#include "gui/edit/community_picker.h"

namespace grid::app {

CommunityDock::CommunityDock(const QString& title, QWidget* parent) : QDockWidget(title, parent) {
  connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
    if (visible && mStale) reload();
  });
}

QComboBox* CommunityDock::communityPicker(QWidget* parent) {
  mCommunity = new QComboBox(parent);
  connect(mCommunity, qOverload<int>(&QComboBox::activated), this, [this] {
    QString error;
    if (!setCommunity(communityCode(), &error)) QMessageBox::warning(this, windowTitle(), error);
  });
  return mCommunity;
}

bool CommunityDock::setDatabase(const QString& path, QString* error) {
  mPath = path;
  communityLeft(true);
  QString code;
  if (!refillCommunities(mCommunity, path, &code, error)) return false;
  return code.isEmpty() || setCommunity(code, error);
}

QString CommunityDock::communityCode() const {
  return mCommunity->currentData().toString();
}

bool CommunityDock::setCommunity(const QString& code, QString* error) {
  if (!selectCommunity(mCommunity, code, error)) return false;
  communityLeft(false);
  // A hidden dock loads when it is shown: opening a database stays fast.
  if (!isHidden())
    reload();
  else
    mStale = true;
  communityShown(code);
  return true;
}

void CommunityDock::reload() {
  if (mPath.isEmpty()) return;
  mStale = false;
  load();
}

}  // namespace grid::app
