// SPDX-License-Identifier: GPL-2.0-or-later
#include "support/render_check.h"

#include <QDir>
#include <QFileInfo>
#include <cstdlib>

#ifndef GRIDSTATION_CONTROL_DIR
#error "GRIDSTATION_CONTROL_DIR must name tests/data/control"
#endif

namespace grid::test {

bool matchesControl(const QImage& actual, const QString& name, QString* message, int channelTolerance,
                    double maxDifferentShare) {
  const QString controlPath = QStringLiteral(GRIDSTATION_CONTROL_DIR "/%1.png").arg(name);
  const QImage image = actual.convertToFormat(QImage::Format_ARGB32);
  if (qEnvironmentVariableIntValue("GRIDSTATION_UPDATE_CONTROLS") == 1) {
    QDir().mkpath(QFileInfo(controlPath).path());
    image.save(controlPath);
    *message = QStringLiteral("control image written: %1 (review it before committing)").arg(controlPath);
    return true;
  }
  const QImage control = QImage(controlPath).convertToFormat(QImage::Format_ARGB32);
  const QString outDir = QDir::tempPath() + QStringLiteral("/gridstation-render-check");
  QDir().mkpath(outDir);
  if (control.isNull()) {
    image.save(outDir + QStringLiteral("/%1-actual.png").arg(name));
    *message =
        QStringLiteral("no control image %1; run with GRIDSTATION_UPDATE_CONTROLS=1 to create it").arg(controlPath);
    return false;
  }
  if (control.size() != image.size()) {
    *message = QStringLiteral("size %1x%2 differs from the control's %3x%4")
                   .arg(image.width())
                   .arg(image.height())
                   .arg(control.width())
                   .arg(control.height());
    return false;
  }
  QImage diff(image.size(), QImage::Format_ARGB32);
  diff.fill(Qt::white);
  long long different = 0;
  for (int y = 0; y < image.height(); ++y) {
    const QRgb* a = reinterpret_cast<const QRgb*>(image.constScanLine(y));
    const QRgb* c = reinterpret_cast<const QRgb*>(control.constScanLine(y));
    for (int x = 0; x < image.width(); ++x) {
      const int delta = std::max({std::abs(qRed(a[x]) - qRed(c[x])), std::abs(qGreen(a[x]) - qGreen(c[x])),
                                  std::abs(qBlue(a[x]) - qBlue(c[x])), std::abs(qAlpha(a[x]) - qAlpha(c[x]))});
      if (delta > channelTolerance) {
        ++different;
        diff.setPixel(x, y, qRgb(255, 0, 0));
      }
    }
  }
  const double share = static_cast<double>(different) / (static_cast<double>(image.width()) * image.height());
  if (share <= maxDifferentShare) return true;
  const QString actualPath = outDir + QStringLiteral("/%1-actual.png").arg(name);
  const QString diffPath = outDir + QStringLiteral("/%1-diff.png").arg(name);
  image.save(actualPath);
  diff.save(diffPath);
  *message = QStringLiteral("%1 % of pixels differ from %2 (allowed %3 %); actual: %4, diff: %5")
                 .arg(100 * share, 0, 'f', 2)
                 .arg(controlPath)
                 .arg(100 * maxDifferentShare, 0, 'f', 2)
                 .arg(actualPath, diffPath);
  return false;
}

}  // namespace grid::test
