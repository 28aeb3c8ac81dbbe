// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

static void initI18nResource() {
  Q_INIT_RESOURCE(i18n);
}  // the .qm files live in this static library

namespace grid::app {
namespace {
bool gChinese = false;
}

bool uiIsChinese() {
  return gChinese;
}

bool installTranslation(QCoreApplication& app, const QString& language) {
  gChinese = false;
  if (language.startsWith(QLatin1String("en"))) return true;  // source strings are English
  initI18nResource();
  auto* translator = new QTranslator(&app);
  if (!translator->load(QStringLiteral(":/i18n/gridstation_zh_CN.qm"))) {
    delete translator;
    return false;
  }
  app.installTranslator(translator);
  gChinese = true;
  auto* qtTranslator = new QTranslator(&app);
  if (qtTranslator->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::location(QLibraryInfo::TranslationsPath)))
    app.installTranslator(qtTranslator);
  else
    delete qtTranslator;
  return true;
}

namespace {
thread_local bool t_englishPrint = false;
}  // namespace

QString printText(const char* context, const char* source) {
  return t_englishPrint ? QString::fromUtf8(source) : QCoreApplication::translate(context, source);
}

EnglishPrint::EnglishPrint(bool english) : m_previous(t_englishPrint) {
  t_englishPrint = english;
}
EnglishPrint::~EnglishPrint() {
  t_englishPrint = m_previous;
}

}  // namespace grid::app
