// SPDX-License-Identifier: GPL-2.0-or-later
#include "boards/qr_code.h"

#include <qrencode.h>

#include <memory>

namespace grid {

Result<QrMatrix> encodeQr(const std::string& text) {
  if (text.empty()) return makeError(ErrorCode::InvalidInput, "nothing to encode in a QR code");
  std::unique_ptr<QRcode, decltype(&QRcode_free)> code(QRcode_encodeString8bit(text.c_str(), 0, QR_ECLEVEL_M),
                                                       &QRcode_free);
  if (!code)
    return makeError(ErrorCode::InvalidInput,
                     "text too long for a QR code (" + std::to_string(text.size()) + " bytes)");
  QrMatrix matrix;
  matrix.size = code->width;
  matrix.dark.resize(static_cast<std::size_t>(code->width) * static_cast<std::size_t>(code->width));
  for (std::size_t i = 0; i < matrix.dark.size(); ++i) matrix.dark[i] = code->data[i] & 1;
  return matrix;
}

std::string qrSvg(const QrMatrix& matrix, int quietZone) {
  const int total = matrix.size + 2 * quietZone;
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + std::to_string(total) + " " +
                    std::to_string(total) + "\" width=\"" + std::to_string(total * 10) + "\" height=\"" +
                    std::to_string(total * 10) + "\" shape-rendering=\"crispEdges\"><rect width=\"" +
                    std::to_string(total) + "\" height=\"" + std::to_string(total) +
                    "\" fill=\"#fff\"/><path fill=\"#000\" d=\"";
  for (int y = 0; y < matrix.size; ++y) {
    for (int x = 0; x < matrix.size;) {
      if (!matrix.at(x, y)) {
        ++x;
        continue;
      }
      int run = 1;  // horizontal runs keep the path short
      while (x + run < matrix.size && matrix.at(x + run, y)) ++run;
      svg += "M" + std::to_string(x + quietZone) + " " + std::to_string(y + quietZone) + "h" + std::to_string(run) +
             "v1h-" + std::to_string(run) + "z";
      x += run;
    }
  }
  svg += "\"/></svg>\n";
  return svg;
}

}  // namespace grid
