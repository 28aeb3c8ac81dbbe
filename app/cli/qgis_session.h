// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <qgsapplication.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <memory>
#include <string>

#include "core/translation.h"

namespace grid::cli {

//! An offscreen QGIS application with the board language's translation, for the lifetime of a print command.
class QgisSession {
 public:
  explicit QgisSession(const std::string& language) {
    if (qEnvironmentVariableIsEmpty("DISPLAY")) qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt warns on standard error when a session has no runtime folder (a shell over ssh, CI); give it the one it
    // would fall back to, made private as Qt wants it.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
      const QString runtime = QDir::tempPath() + QStringLiteral("/runtime-gridctl-") + QString::number(getuid());
      QDir().mkpath(runtime);
      QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
      qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
    }
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
