// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <vector>

#include "common/actor.h"
#include "common/clock.h"
#include "common/result.h"
#include "print/board_layout.h"

class QgsFeedback;
class QgsProject;
class QgsPrintLayout;

namespace grid {
class Database;
}

namespace grid::app {

struct BoardPrintOptions {
  Paper paper = Paper::A3;
  QString templatePath;           //!< a restyled .qpt; empty: the shipped template for the paper
  bool onePdfPerGrid = false;     //!< false: one multi-page PDF; true: a folder of 网格公示牌_<code>.pdf files
  bool english = false;           //!< captions in English (names and addresses stay as recorded)
  bool recordPublication = true;  //!< store a notice_board version per printed grid (off for benchmarks)
};

struct BoardPrintResult {
  int pages = 0;
  QStringList files;
  QStringList tokens;  //!< the grid tokens printed, in page order
};

/**
 * Prints grid notice boards (网格公示牌) with QgsLayout: the board template, an atlas over the grids (the map
 * follows each grid, neighbours faded), staff cards with photos or a neutral placeholder, the grid's QR code.
 * All database writes (tokens issued, board versions) happen in one transaction that is committed only when the
 * PDF was written; a cancelled or failed print leaves neither the database nor a half-written file changed.
 */
class BoardPrinter {
 public:
  BoardPrinter(Database& database, QString databasePath, Actor actor, const Clock& clock);
  ~BoardPrinter();

  //! Prints \a gridIds into \a outPath (a .pdf, or a folder with onePdfPerGrid). \a feedback: progress and cancel.
  Result<BoardPrintResult> print(const std::vector<long long>& gridIds, const QString& outPath,
                                 const BoardPrintOptions& options, QgsFeedback* feedback = nullptr);

  /**
   * The board layout with its layers and atlas over \a gridIds, in \a project (for the benchmark's peer run and
   * for tests). Captions and cards are not filled; board variables stay unset.
   */
  Result<QgsPrintLayout*> prepareLayout(QgsProject& project, const std::vector<long long>& gridIds,
                                        const BoardPrintOptions& options);

 private:
  Database& m_database;
  QString m_path;
  Actor m_actor;
  const Clock& m_clock;
};

//! Translated role name for a staff role code (GRID_LEADER → 网格长 …), with the position type for grid workers.
QString boardRoleName(const QString& roleCode, const QString& positionType);

}  // namespace grid::app
