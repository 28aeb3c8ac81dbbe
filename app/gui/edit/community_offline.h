// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace grid {
class Progress;
struct CommunityCopyReport;
}  // namespace grid

namespace grid::app {

/**
 * One community of a district server on a laptop and back (storage/database_copy: pullCommunity, pushCommunity),
 * for File ▸ Take a Community Offline… and File ▸ Send Offline Edits to the Server….
 */

//! What a file made by a community pull says about itself.
struct PulledFile {
  QString community;  //!< the community's 12-digit code
  QString name;       //!< and its name
  QString server;     //!< where it was pulled from, as shown (no password)
  QString pushed;     //!< when and where it was pushed back; empty while its edits are still to send
};

//! The pull marks of the database at \a path; nothing when it is not a pulled community (or cannot be read).
std::optional<PulledFile> pulledFileOf(const QString& path);

/**
 * Copies community \a code of the database at \a server into the new file \a file (built as FILE.partial and renamed
 * once complete, so a failed or cancelled pull leaves no file). The process's signed-in user must administer the
 * server's accounts. Returns the error message, empty on success; \a report gets what was copied.
 */
QString takeCommunityOffline(const QString& server, const QString& code, const QString& file, Progress& progress,
                             CommunityCopyReport* report);

/**
 * Sends what the pulled file \a file changed since the pull to the server database at \a server, signed in there as
 * \a login with \a password (the server's accounts decide, not the file's copy of them). Nothing is written when a
 * record changed on both sides or the file changed something outside its community. Returns the error message,
 * empty on success; \a report gets what was written.
 */
QString sendOfflineEdits(const QString& file, const QString& server, const QString& login, const QString& password,
                         Progress& progress, CommunityCopyReport* report);

}  // namespace grid::app
