// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui/print/print_dialog.h"

#include <qgsfeedback.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>

#include "boards/notice_board.h"
#include "print/board_printer.h"
#include "print/plate_printer.h"
#include "storage/database.h"
#include "storage/hierarchy_query.h"

namespace grid::app {

PrintDialog::PrintDialog(const QString& databasePath, Kind kind, QWidget* parent)
    : QDialog(parent), mDatabasePath(databasePath), mKind(kind) {
  setWindowTitle(kind == Kind::Boards ? tr("Print grid notice boards") : tr("Print QR door plates"));
  auto* form = new QFormLayout;
  mScope = new QComboBox(this);
  if (auto db = Database::open(databasePath.toStdString(), Database::readOnlyOptions())) {
    if (auto places = printablePlaces(**db))
      for (const PrintablePlace& place : *places) {
        const bool street = place.level == "street";
        const QString label = (street ? tr("Street %1 (%2 grids)") : tr("    Community %1 (%2 grids)"))
                                  .arg(QString::fromStdString(place.name))
                                  .arg(place.grids);
        mScope->addItem(label, QStringList{QString::fromStdString(place.level), QString::fromStdString(place.code)});
      }
    if (mScope->count() > 1) mScope->setCurrentIndex(1);  // the first community
  }
  form->addRow(tr("Grids of"), mScope);
  if (kind == Kind::Boards) {
    mPaper = new QComboBox(this);
    mPaper->addItem(tr("A3 portrait"), QStringLiteral("A3"));
    mPaper->addItem(tr("A4 portrait"), QStringLiteral("A4"));
    form->addRow(tr("Paper"), mPaper);
    mPerGrid = new QCheckBox(tr("One PDF per grid (in a folder)"), this);
    form->addRow(QString(), mPerGrid);
  }
  mOutput = new QLineEdit(this);
  const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
  mOutput->setText(documents + (kind == Kind::Boards ? tr("/notice_boards.pdf") : tr("/door_plates.pdf")));
  auto* browse = new QPushButton(tr("Browse…"), this);
  connect(browse, &QPushButton::clicked, this, &PrintDialog::chooseOutput);
  auto* outputRow = new QHBoxLayout;
  outputRow->addWidget(mOutput);
  outputRow->addWidget(browse);
  form->addRow(tr("Save to"), outputRow);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Print"));
  connect(buttons, &QDialogButtonBox::accepted, this, [this] {
    if (print()) accept();
  });
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(buttons);
}

void PrintDialog::chooseOutput() {
  const QString path = mPerGrid && mPerGrid->isChecked()
                           ? QFileDialog::getExistingDirectory(this, tr("Folder for the boards"), mOutput->text())
                           : QFileDialog::getSaveFileName(this, tr("Save PDF"), mOutput->text(), tr("PDF (*.pdf)"));
  if (!path.isEmpty()) mOutput->setText(path);
}

bool PrintDialog::print() {
  const QStringList scope = mScope->currentData().toStringList();
  if (scope.size() != 2 || mOutput->text().trimmed().isEmpty()) {
    QMessageBox::warning(this, windowTitle(), tr("Choose a street or community and where to save."));
    return false;
  }
  auto db = Database::open(mDatabasePath.toStdString());
  if (!db) {
    QMessageBox::warning(this, windowTitle(), QString::fromStdString(db.error().describe()));
    return false;
  }
  BoardScope boardScope;
  (scope[0] == QLatin1String("street") ? boardScope.streetCode : boardScope.communityCode) = scope[1].toStdString();
  auto grids = boardGrids(**db, boardScope);
  if (!grids) {
    QMessageBox::warning(this, windowTitle(), QString::fromStdString(grids.error().describe()));
    return false;
  }
  QProgressDialog progress(tr("Printing…"), tr("Cancel"), 0, 100, this);
  progress.setWindowModality(Qt::WindowModal);
  progress.setMinimumDuration(0);
  SystemClock clock;
  const Actor actor = Actor::system("GridStation");
  const QString output = mOutput->text().trimmed();
  QString done;
  Status status;
  if (mKind == Kind::Boards) {
    QgsFeedback feedback;
    connect(&feedback, &QgsFeedback::progressChanged, &progress,
            [&](double percent) { progress.setValue(static_cast<int>(percent)); });
    connect(&progress, &QProgressDialog::canceled, &feedback, &QgsFeedback::cancel);
    BoardPrintOptions options;
    options.paper = mPaper->currentData().toString() == QLatin1String("A4") ? Paper::A4 : Paper::A3;
    options.onePdfPerGrid = mPerGrid->isChecked();
    // Boards follow the UI language: English captions when no Chinese catalogue is installed.
    options.english = QCoreApplication::translate("BoardPrinter", "Grid chief") == QLatin1String("Grid chief");
    BoardPrinter printer(**db, mDatabasePath, actor, clock);
    auto result = printer.print(*grids, output, options, &feedback);
    if (result)
      done = tr("Printed %n notice board(s) to %1.", nullptr, result->pages).arg(output);
    else
      status = result.error();
  } else {
    auto result = printDoorPlates(**db, *grids, output, {}, actor, clock, [&](int count, int total) {
      progress.setMaximum(total);
      progress.setValue(count);
      return !progress.wasCanceled();
    });
    if (result)
      done =
          tr("Printed %n door plate(s) on %1 sheet(s) to %2.", nullptr, result->plates).arg(result->pages).arg(output);
    else
      status = result.error();
  }
  progress.close();
  if (!status) {
    if (status.error().code != ErrorCode::Cancelled)
      QMessageBox::warning(this, windowTitle(), QString::fromStdString(status.error().describe()));
    return false;
  }
  QMessageBox::information(this, windowTitle(), done);
  return true;
}

}  // namespace grid::app
