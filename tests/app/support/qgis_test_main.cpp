// SPDX-License-Identifier: GPL-2.0-or-later
// main() of the workstation's test binaries: QGIS started once per process, offscreen, settings in a test location.
// GRIDSTATION_TEST_LANGUAGE (set per binary) installs a UI translation first: boards print Chinese by default.
#include <gtest/gtest.h>
#include <qgsapplication.h>

#include <QStandardPaths>

#include "core/translation.h"

int main(int argc, char** argv) {
  qputenv("QT_QPA_PLATFORM", "offscreen");
  QStandardPaths::setTestModeEnabled(true);  // QSettings (remembered views) go to a test location, not the user's
  QgsApplication app(argc, argv, true);
  QgsApplication::setPrefixPath(QStringLiteral("/usr"), true);
  QgsApplication::initQgis();
#ifdef GRIDSTATION_TEST_LANGUAGE
  grid::app::installTranslation(app, QStringLiteral(GRIDSTATION_TEST_LANGUAGE));
#endif
  ::testing::InitGoogleTest(&argc, argv);
  const int status = RUN_ALL_TESTS();
  QgsApplication::exitQgis();
  return status;
}
