// SPDX-License-Identifier: GPL-2.0-or-later
// Work packages in the workstation: a package opened in the package editor, edited through its QGIS form layer and
// saved into the file; the merge dialog's dry run writes nothing, its merge applies and keeps the conflict, and the
// conflict table's buttons resolve it.
#include <gtest/gtest.h>
#include <qgsattributetableview.h>
#include <qgsvectorlayer.h>

#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>

#include "../libgrid/support/test_support.h"
#include "gui/packages/package_editor.h"
#include "gui/packages/packages_window.h"
#include "packages/work_package.h"
#include "registry/list_spec.h"
#include "registry/record_edit.h"

namespace grid::app {
namespace {

class PackagesGui : public ::testing::Test {
 protected:
  void SetUp() override {
    sample = test::createSampleDatabase(dir);
    ASSERT_TRUE(sample.db);
    auto code = sample.db->queryText("SELECT grid_code FROM grid ORDER BY grid_code LIMIT 1");
    ASSERT_TRUE(code.ok());
    const packages::PackageContext context{*sample.db, *sample.key, clock, Actor::system("test")};
    package = dir.file("w.gpkg");
    auto made = packages::createPackage(context, {{*code}, "wang", package, 90});
    ASSERT_TRUE(made.ok()) << made.error().describe();
    person =
        test::count(*sample.db, "SELECT min(id) FROM person WHERE grid_id = (SELECT id FROM grid WHERE grid_code = '" +
                                    *code + "')");
    ASSERT_TRUE(sample.db->exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
    path = QString::fromStdString(sample.db->path());
  }
  std::string workUnit() {
    auto value =
        sample.db->queryText("SELECT coalesce(work_unit, '') FROM person WHERE id = " + std::to_string(person));
    return value.ok() ? *value : "?";
  }

  test::TempDir dir;
  test::SampleDatabase sample;
  FixedClock clock{"2026-12-01T09:00:00Z"};
  std::string package;
  QString path;
  long long person = -1;
};

TEST_F(PackagesGui, TheEditorSavesFormEditsIntoThePackage) {
  {
    PackageEditor editor(QString::fromStdString(package));
    ASSERT_TRUE(editor.error().isEmpty()) << editor.error().toStdString();
    ASSERT_TRUE(editor.showLayer(QStringLiteral("persons")));
    QgsVectorLayer* persons = editor.layer(QStringLiteral("persons"));
    ASSERT_TRUE(persons);
    EXPECT_GT(editor.table()->model()->rowCount(), 100);
    EXPECT_NE(editor.changesText().indexOf(QStringLiteral("0 records changed")), -1)
        << editor.changesText().toStdString();
    ASSERT_TRUE(persons->startEditing());
    const int field = persons->fields().indexOf(QStringLiteral("work_unit"));
    ASSERT_TRUE(persons->changeAttributeValue(person, field, QStringLiteral("网格站")));
    QString error;
    ASSERT_TRUE(editor.save(&error)) << error.toStdString();
    EXPECT_NE(editor.changesText().indexOf(QStringLiteral("1 records changed")), -1)
        << editor.changesText().toStdString();
  }
  auto changes = packages::packageChanges(package);
  ASSERT_TRUE(changes.ok());
  EXPECT_EQ(changes->at("persons").changedFields, 1);

  // The office merges the file: the edit arrives, and Ctrl+Z / Ctrl+Y undo and redo the whole merge.
  QUndoStack undo;
  MergeDialog dialog(path, QString::fromStdString(package), nullptr, &undo);
  EXPECT_NE(dialog.summary()->text().indexOf(QStringLiteral("1 updated")), -1)
      << dialog.summary()->text().toStdString();
  EXPECT_EQ(workUnit(), "");  // the dry run wrote nothing
  ASSERT_TRUE(dialog.merge());
  EXPECT_EQ(workUnit(), "网格站");
  ASSERT_EQ(undo.count(), 1);
  undo.undo();
  EXPECT_EQ(workUnit(), "");
  undo.redo();
  EXPECT_EQ(workUnit(), "网格站");
  undo.undo();
  EXPECT_EQ(workUnit(), "");
}

TEST_F(PackagesGui, TheMergeDialogKeepsAConflictAndItsButtonsResolveIt) {
  {
    PackageEditor editor(QString::fromStdString(package));
    QgsVectorLayer* persons = editor.layer(QStringLiteral("persons"));
    ASSERT_TRUE(persons && persons->startEditing());
    ASSERT_TRUE(persons->changeAttributeValue(person, persons->fields().indexOf(QStringLiteral("work_unit")),
                                              QStringLiteral("工作包的值")));
    ASSERT_TRUE(editor.save());
  }
  auto codes = registry::CodeBook::load(*sample.db);
  ASSERT_TRUE(codes.ok());
  const registry::SaveContext save{*sample.db, *sample.key, *codes, clock, Actor::system("secretary"), {}};
  ASSERT_TRUE(registry::saveRecord(save, registry::ListKind::Persons, person, {{"work_unit", "数据库的值"}}).ok());

  MergeDialog dialog(path, QString::fromStdString(package));
  ASSERT_EQ(dialog.conflicts()->rows(), 1);  // the preview
  ASSERT_TRUE(dialog.merge());
  ConflictTable* table = dialog.conflicts();
  ASSERT_EQ(table->rows(), 1);
  EXPECT_EQ(table->table()->item(0, 6)->text(), QStringLiteral("数据库的值"));
  EXPECT_EQ(table->table()->item(0, 7)->text(), QStringLiteral("工作包的值"));
  EXPECT_EQ(workUnit(), "数据库的值");
  table->table()->selectRow(0);
  QPushButton* theirs = nullptr;
  for (QPushButton* button : table->findChildren<QPushButton*>())
    if (button->text() == ConflictTable::tr("Take Theirs")) theirs = button;
  ASSERT_TRUE(theirs);
  theirs->click();
  EXPECT_EQ(workUnit(), "工作包的值");
  EXPECT_EQ(table->rows(), 0);

  PackagesWindow window(path);
  EXPECT_EQ(window.packagesTable()->rowCount(), 1);
  EXPECT_EQ(window.packagesTable()->item(0, 7)->text(), QStringLiteral("0"));  // no open conflict left
}

}  // namespace
}  // namespace grid::app
