// SPDX-License-Identifier: GPL-2.0-or-later
// The QGIS project of a work package, loaded back with the QGIS libraries as QGIS and QField load it: every layer
// valid (after the files moved together), forms from the list definitions, value relations and relations resolve.
#include "core/package_project.h"

#include <gtest/gtest.h>
#include <qgseditformconfig.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsproject.h>
#include <qgsrelationmanager.h>
#include <qgsvectorlayer.h>

#include <QDir>
#include <QFile>

#include "packages/work_package.h"
#include "support/test_support.h"

namespace grid::app {
namespace {

class PackageProjectTest : public ::testing::Test {
 protected:
  void SetUp() override {
    sample = test::createSampleDatabase(dir);
    ASSERT_TRUE(sample.db);
    auto code = sample.db->queryText("SELECT grid_code FROM grid ORDER BY grid_code LIMIT 1");
    ASSERT_TRUE(code.ok());
    const packages::PackageContext context{*sample.db, *sample.key, clock, Actor::system("test")};
    package = QString::fromStdString(dir.file("p.gpkg"));
    auto made = packages::createPackage(context, {{*code}, "wang", package.toStdString(), 90});
    ASSERT_TRUE(made.ok()) << made.error().describe();
    project = QString::fromStdString(dir.file("p.qgz"));
    ASSERT_EQ(writePackageProject(package, project, false), QString());
  }
  QgsVectorLayer* layer(QgsProject& loaded, const QString& source) {
    for (QgsMapLayer* candidate : loaded.mapLayers())
      if (candidate->source().endsWith(QStringLiteral("layername=") + source))
        return qobject_cast<QgsVectorLayer*>(candidate);
    return nullptr;
  }

  test::TempDir dir;
  test::SampleDatabase sample;
  FixedClock clock{"2026-12-01T09:00:00Z"};
  QString package, project;
};

TEST_F(PackageProjectTest, LoadsWithEveryLayerValidAfterTheFilesMove) {
  // The two files move together (a phone, another laptop): paths are relative.
  const QString moved = QString::fromStdString(dir.file("moved"));
  ASSERT_TRUE(QDir().mkpath(moved));
  ASSERT_TRUE(QFile::rename(package, moved + "/p.gpkg"));
  ASSERT_TRUE(QFile::rename(project, moved + "/p.qgz"));
  QgsProject loaded;
  ASSERT_TRUE(loaded.read(moved + "/p.qgz")) << loaded.error().toStdString();
  // code_value, grids, buildings, events and the lists.
  EXPECT_EQ(loaded.mapLayers().size(), 4 + static_cast<int>(packages::packageLayers().size()));
  for (QgsMapLayer* candidate : loaded.mapLayers())
    EXPECT_TRUE(candidate->isValid()) << candidate->name().toStdString();
  QgsVectorLayer* households = layer(loaded, QStringLiteral("households"));
  ASSERT_TRUE(households);
  EXPECT_GT(households->featureCount(), 250);
  EXPECT_EQ(households->name(), QStringLiteral("住户"));
  EXPECT_TRUE(loaded.crs().isValid());
}

TEST_F(PackageProjectTest, FormsComeFromTheListDefinitionsAndValueRelationsResolve) {
  QgsProject loaded;
  ASSERT_TRUE(loaded.read(project));
  QgsVectorLayer* persons = layer(loaded, QStringLiteral("persons"));
  ASSERT_TRUE(persons);
  const QgsFields fields = persons->fields();
  // A code column: a value relation into the package's code table, filtered to its domain, with values to pick.
  const int education = fields.indexOf(QStringLiteral("education"));
  ASSERT_GE(education, 0);
  EXPECT_EQ(fields.at(education).alias(), QStringLiteral("文化程度"));
  const QgsEditorWidgetSetup relation = persons->editorWidgetSetup(education);
  ASSERT_EQ(relation.type(), QStringLiteral("ValueRelation"));
  auto* codes =
      qobject_cast<QgsVectorLayer*>(loaded.mapLayer(relation.config().value(QStringLiteral("Layer")).toString()));
  ASSERT_TRUE(codes) << "the value relation's layer does not resolve";
  ASSERT_TRUE(codes->isValid());
  QgsFeatureRequest request;
  request.setFilterExpression(relation.config().value(QStringLiteral("FilterExpression")).toString());
  QgsFeatureIterator it = codes->getFeatures(request);
  QgsFeature feature;
  int values = 0;
  while (it.nextFeature(feature)) ++values;
  EXPECT_GT(values, 5);
  // Stored values of the persons are among their value relation's keys (relation to the head: every person has one).
  const int relationField = fields.indexOf(QStringLiteral("relation"));
  const QgsEditorWidgetSetup relationSetup = persons->editorWidgetSetup(relationField);
  ASSERT_EQ(relationSetup.type(), QStringLiteral("ValueRelation"));
  request.setFilterExpression(relationSetup.config().value(QStringLiteral("FilterExpression")).toString());
  QgsFeatureIterator people = persons->getFeatures();
  QSet<QString> keys;
  it = codes->getFeatures(request);
  while (it.nextFeature(feature)) keys.insert(feature.attribute(QStringLiteral("code")).toString());
  int checked = 0;
  while (people.nextFeature(feature) && checked < 50) {
    const QVariant value = feature.attribute(relationField);
    if (value.isNull()) continue;
    EXPECT_TRUE(keys.contains(value.toString())) << value.toString().toStdString();
    ++checked;
  }
  EXPECT_GT(checked, 0);
  // A fixed choice: a value map; a date: a date picker; shown-only columns read-only, editable ones not.
  EXPECT_EQ(persons->editorWidgetSetup(fields.indexOf(QStringLiteral("gender"))).type(), QStringLiteral("ValueMap"));
  EXPECT_EQ(persons->editorWidgetSetup(fields.indexOf(QStringLiteral("birth_date"))).type(),
            QStringLiteral("DateTime"));
  const QgsEditFormConfig form = persons->editFormConfig();
  EXPECT_TRUE(form.readOnly(fields.indexOf(QStringLiteral("building"))));
  EXPECT_FALSE(form.readOnly(fields.indexOf(QStringLiteral("work_unit"))));
  // References: a person's household and a household's building are relations that resolve.
  const QgsEditorWidgetSetup household = persons->editorWidgetSetup(fields.indexOf(QStringLiteral("household_id")));
  ASSERT_EQ(household.type(), QStringLiteral("RelationReference"));
  const QgsRelation link =
      loaded.relationManager()->relation(household.config().value(QStringLiteral("Relation")).toString());
  EXPECT_TRUE(link.isValid());
  EXPECT_EQ(link.referencedLayer(), layer(loaded, QStringLiteral("households")));
  for (const QgsRelation& each : loaded.relationManager()->relations())
    EXPECT_TRUE(each.isValid()) << each.id().toStdString();
  EXPECT_EQ(loaded.relationManager()->relations().size(), 5);
  // A new event's class is picked from the event classes.
  QgsVectorLayer* events = layer(loaded, QStringLiteral("events"));
  ASSERT_TRUE(events);
  EXPECT_EQ(events->editorWidgetSetup(events->fields().indexOf(QStringLiteral("domain"))).type(),
            QStringLiteral("ValueRelation"));
  EXPECT_TRUE(events->editFormConfig().readOnly(events->fields().indexOf(QStringLiteral("serial_number"))));
}

}  // namespace
}  // namespace grid::app
