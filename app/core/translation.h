// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

namespace grid::app {

//! Installs the UI translation for \a language: zh_CN (default) loads the Chinese catalogue, "en…" keeps the
//! English source strings. Returns false if the requested catalogue could not be loaded.
bool installTranslation(QCoreApplication& app, const QString& language);

//! True when the Chinese catalogue is installed: code tables then show name_zh, otherwise name_en.
bool uiIsChinese();

}  // namespace grid::app
