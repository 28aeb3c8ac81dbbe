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

/**
 * Text of a print (board, door plate) in the print's language: the English source inside an EnglishPrint scope on
 * this thread, else the installed translation of \a source in \a context (mark it with QT_TRANSLATE_NOOP).
 */
QString printText(const char* context, const char* source);

//! While alive, printText on this thread gives English (a print asked for in English, whatever the UI language).
class EnglishPrint {
 public:
  explicit EnglishPrint(bool english);
  ~EnglishPrint();
  EnglishPrint(const EnglishPrint&) = delete;
  EnglishPrint& operator=(const EnglishPrint&) = delete;

 private:
  bool m_previous;
};

}  // namespace grid::app
