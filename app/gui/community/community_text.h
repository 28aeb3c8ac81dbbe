// SPDX-License-Identifier: GPL-2.0-or-later
// Text conversions shared by the community governance panels (internal to app/gui/community).
#pragma once

#include <QString>
#include <string>

namespace grid::app::community_text {

inline QString q(const std::string& text) {
  return QString::fromStdString(text);
}
//! A field's text as libgrid takes it: trimmed, UTF-8.
inline std::string s(const QString& text) {
  return text.trimmed().toStdString();
}

}  // namespace grid::app::community_text
