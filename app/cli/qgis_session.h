// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <qgsapplication.h>

#include <QCoreApplication>
#include <memory>
#include <string>

#include "core/translation.h"

namespace grid::cli {

//! An offscreen QGIS application with the board language's translation, for the lifetime of a print command.
class QgisSession {
 public:
  explicit QgisSession(const std::string& language) {
    if (qEnvironmentVariableIsEmpty("DISPLAY")) qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "gridctl";
    static char* argv[] = {name, nullptr};
    m_app = std::make_unique<QgsApplication>(argc, argv, true);
    QCoreApplication::setOrganizationName(QStringLiteral("GridStation"));
    QCoreApplication::setApplicationName(QStringLiteral("gridctl"));
    QgsApplication::setPrefixPath(QStringLiteral("/usr"), true);
    QgsApplication::initQgis();
    app::installTranslation(*m_app, QString::fromStdString(language));
  }
  ~QgisSession() { QgsApplication::exitQgis(); }

 private:
  std::unique_ptr<QgsApplication> m_app;
};

}  // namespace grid::cli
