// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui/edit/community_offline.h"

#include <QFile>

#include "access/session.h"
#include "common/clock.h"
#include "storage/database.h"
#include "storage/database_copy.h"
#include "storage/server_admin.h"

namespace grid::app {

std::optional<PulledFile> pulledFileOf(const QString& path) {
  if (path.isEmpty() || Database::isServerAddress(path.toStdString())) return std::nullopt;
  auto db = Database::open(path.toStdString(), Database::readOnlyOptions());
  if (!db) return std::nullopt;
  auto marks = pulledCommunityOf(**db);
  if (!marks || !*marks) return std::nullopt;
  PulledFile pulled;
  pulled.community = QString::fromStdString((*marks)->code);
  pulled.name = QString::fromStdString((*marks)->name);
  pulled.server = QString::fromStdString((*marks)->from);
  pulled.pushed = QString::fromStdString((*marks)->pushed);
  return pulled;
}

QString takeCommunityOffline(const QString& server, const QString& code, const QString& file, Progress& progress,
                             CommunityCopyReport* report) {
  if (QFile::exists(file)) return QObject::tr("%1 exists already; choose a new name.").arg(file);
  const QString partial = file + QStringLiteral(".partial");
  auto discard = [&] {
    for (const char* suffix : {"", "-wal", "-shm"}) QFile::remove(partial + QString::fromLatin1(suffix));
  };
  discard();
  auto source = Database::open(server.toStdString());
  if (!source) return QString::fromStdString(source.error().describe());
  std::string message;
  {
    Database::Options create;
    create.create = true;
    create.srid = (*source)->srid();
    auto target = Database::open(partial.toStdString(), create);
    if (!target) return QString::fromStdString(target.error().describe());
    const SystemClock clock;
    const Actor actor = (*source)->auditActor(Actor::system("gridstation offline"));
    auto pulled = pullCommunity(**source, **target, code.toStdString(), clock, actor,
                                serverAddressForDisplay(server.toStdString()), &progress);
    if (!pulled)
      message = pulled.error().describe();
    else if (auto s = (*target)->checkpoint(); !s)
      message = s.error().describe();
    else if (report)
      *report = *pulled;
  }
  if (message.empty() && !QFile::rename(partial, file))
    message = QObject::tr("Could not rename %1 to %2.").arg(partial, file).toStdString();
  if (!message.empty()) discard();
  for (const char* suffix : {"-wal", "-shm"}) QFile::remove(partial + QString::fromLatin1(suffix));
  return QString::fromStdString(message);
}

QString sendOfflineEdits(const QString& file, const QString& server, const QString& login, const QString& password,
                         Progress& progress, CommunityCopyReport* report) {
  const auto pulled = pulledFileOf(file);
  if (!pulled)
    return QObject::tr("%1 was not taken offline from a server (File ▸ Take a Community Offline… makes such files).")
        .arg(file);
  auto source = Database::open(file.toStdString());
  if (!source) return QString::fromStdString(source.error().describe());
  auto destination = Database::open(server.toStdString());
  if (!destination) return QString::fromStdString(destination.error().describe());
  const SystemClock clock;
  auto session = access::signIn(**destination, clock, login.toStdString(), password.toStdString());
  if (!session) return QString::fromStdString(session.error().describe());
  if (auto s = access::bindSession(**destination, *session); !s) return QString::fromStdString(s.error().describe());
  const Actor actor = (*destination)->auditActor(Actor::system("gridstation offline"));
  auto pushed = pushCommunity(**source, **destination, pulled->community.toStdString(), clock, actor,
                              file.toStdString(), &progress);
  if (!pushed) return QString::fromStdString(pushed.error().describe());
  if (report) *report = *pushed;
  return QString();
}

}  // namespace grid::app
