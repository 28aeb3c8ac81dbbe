// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/package_project.h"

#include <qgsdefaultvalue.h>
#include <qgseditformconfig.h>
#include <qgseditorwidgetsetup.h>
#include <qgsfillsymbol.h>
#include <qgsmarkersymbol.h>
#include <qgsproject.h>
#include <qgsrelationcontext.h>
#include <qgsrelationmanager.h>
#include <qgssinglesymbolrenderer.h>
#include <qgsvectorlayer.h>

#include <QFileInfo>
#include <QVariantMap>
#include <tuple>

#include "packages/work_package.h"
#include "registry/list_spec.h"

namespace grid::app {

namespace {

using registry::ColumnKind;

QgsVectorLayer* addLayer(QgsProject& project, const QString& packagePath, const QString& name, const QString& title) {
  auto* layer = new QgsVectorLayer(packagePath + QStringLiteral("|layername=") + name, title, QStringLiteral("ogr"));
  if (!layer->isValid()) {
    delete layer;
    return nullptr;
  }
  project.addMapLayer(layer);
  return layer;
}

void styleFill(QgsVectorLayer* layer, const QString& fill, const QString& outline, const QString& width) {
  QVariantMap properties{{QStringLiteral("color"), fill},
                         {QStringLiteral("outline_color"), outline},
                         {QStringLiteral("outline_width"), width}};
  layer->setRenderer(new QgsSingleSymbolRenderer(QgsFillSymbol::createSimple(properties)));
}

QVariantMap choiceMap(const registry::ListColumn& column, bool english) {
  QVariantList entries;
  for (const registry::ChoiceValue& choice : registry::choiceValues(column))
    entries.append(
        QVariantMap{{QString::fromStdString(english ? choice.en : choice.zh), QString::fromStdString(choice.value)}});
  return QVariantMap{{QStringLiteral("map"), entries}};
}

//! Aliases, widgets and read-only flags of one list layer from its list definition.
void configureForm(QgsVectorLayer* layer, registry::ListKind kind, const QString& codeLayerId, bool english,
                   const std::function<bool(const std::string&)>& editable) {
  const registry::ListSpec& spec = registry::listSpec(kind);
  QgsEditFormConfig form = layer->editFormConfig();
  const QgsFields fields = layer->fields();
  for (int index = 0; index < fields.count(); ++index) {
    const std::string name = fields.at(index).name().toStdString();
    if (name == "fid") {
      form.setReadOnly(index, true);
      layer->setFieldAlias(index, english ? QStringLiteral("No.") : QStringLiteral("编号"));
      continue;
    }
    if (name == "building_id" && kind == registry::ListKind::Households)  // the package's extra: moves the household
      layer->setFieldAlias(index, english ? QStringLiteral("Building") : QStringLiteral("所在楼栋"));
    form.setReadOnly(index, !editable(name));
    const registry::ListColumn* column = spec.column(name);
    if (!column) continue;
    layer->setFieldAlias(index, QString::fromStdString(english ? column->en : column->zh));
    if (column->kind == ColumnKind::Code && !column->domain.empty()) {
      layer->setEditorWidgetSetup(
          index,
          QgsEditorWidgetSetup(
              QStringLiteral("ValueRelation"),
              QVariantMap{{QStringLiteral("Layer"), codeLayerId},
                          {QStringLiteral("LayerName"), QStringLiteral("code_value")},
                          {QStringLiteral("Key"), QStringLiteral("code")},
                          {QStringLiteral("Value"), english ? QStringLiteral("name_en") : QStringLiteral("name_zh")},
                          {QStringLiteral("FilterExpression"),
                           QStringLiteral("\"domain\" = '%1'").arg(QString::fromStdString(column->domain))},
                          {QStringLiteral("AllowNull"), !column->required},
                          {QStringLiteral("OrderByValue"), false},
                          {QStringLiteral("AllowMulti"), false}}));
    } else if (column->kind == ColumnKind::Choice) {
      layer->setEditorWidgetSetup(index, QgsEditorWidgetSetup(QStringLiteral("ValueMap"), choiceMap(*column, english)));
    } else if (column->kind == ColumnKind::Date) {
      layer->setEditorWidgetSetup(
          index,
          QgsEditorWidgetSetup(QStringLiteral("DateTime"), QVariantMap{{QStringLiteral("field_format"), "yyyy-MM-dd"},
                                                                       {QStringLiteral("display_format"), "yyyy-MM-dd"},
                                                                       {QStringLiteral("calendar_popup"), true},
                                                                       {QStringLiteral("allow_null"), true}}));
    }
    if (column->required) {
      layer->setFieldConstraint(index, QgsFieldConstraints::ConstraintNotNull,
                                QgsFieldConstraints::ConstraintStrengthSoft);
    }
  }
  layer->setEditFormConfig(form);
}

bool addReference(QgsProject& project, QgsVectorLayer* referencing, const QString& field, QgsVectorLayer* referenced,
                  const QString& id, const QString& display, const QString& name) {
  if (!referencing || !referenced) return false;
  QgsRelation relation{QgsRelationContext(&project)};  // resolves the layers in this project, not the global one
  relation.setId(id);
  relation.setName(name);  // the title of the children's panel in the parent's form
  relation.setReferencingLayer(referencing->id());
  relation.setReferencedLayer(referenced->id());
  relation.addFieldPair(field, QStringLiteral("fid"));
  if (!relation.isValid()) return false;
  project.relationManager()->addRelation(relation);
  referenced->setDisplayExpression(display);
  const int index = referencing->fields().indexOf(field);
  referencing->setEditorWidgetSetup(index,
                                    QgsEditorWidgetSetup(QStringLiteral("RelationReference"),
                                                         QVariantMap{{QStringLiteral("Relation"), id},
                                                                     {QStringLiteral("AllowNULL"), true},
                                                                     {QStringLiteral("ShowForm"), false},
                                                                     {QStringLiteral("MapIdentification"), false},
                                                                     {QStringLiteral("ReadOnly"), false}}));
  return true;
}

QString layerTitle(const std::string& name, bool english) {
  static const std::map<std::string, std::pair<const char*, const char*>> titles{
      {"households", {"住户", "Households"}},       {"persons", {"人员", "Persons"}},
      {"key_persons", {"重点人员", "Key persons"}}, {"key_places", {"重点场所", "Key places"}},
      {"key_matters", {"重点事项", "Key matters"}}, {"patrol_logs", {"巡查走访", "Patrols and visits"}}};
  auto found = titles.find(name);
  if (found == titles.end()) return QString::fromStdString(name);
  return QString::fromUtf8(english ? found->second.second : found->second.first);
}

}  // namespace

QString writePackageProject(const QString& packagePath, const QString& projectPath, bool english) {
  QgsProject project;
  const QString source = QFileInfo(packagePath).absoluteFilePath();
  project.setTitle(english ? QStringLiteral("GridStation work package") : QStringLiteral("网格工作站工作包"));
  QgsVectorLayer* codes = addLayer(project, source, QStringLiteral("code_value"),
                                   english ? QStringLiteral("Code tables") : QStringLiteral("代码表"));
  if (!codes) return QStringLiteral("cannot open %1 as a work package (no code_value layer)").arg(packagePath);
  QgsVectorLayer* grids =
      addLayer(project, source, QStringLiteral("grids"), english ? QStringLiteral("Grids") : QStringLiteral("网格"));
  QgsVectorLayer* buildings = addLayer(project, source, QStringLiteral("buildings"),
                                       english ? QStringLiteral("Buildings") : QStringLiteral("楼栋"));
  if (!grids || !buildings) return QStringLiteral("%1 has no grids or buildings layer").arg(packagePath);
  project.setCrs(buildings->crs());
  styleFill(grids, QStringLiteral("0,0,0,0"), QStringLiteral("200,30,30,255"), QStringLiteral("0.8"));
  styleFill(buildings, QStringLiteral("230,220,200,255"), QStringLiteral("120,110,100,255"), QStringLiteral("0.2"));
  buildings->setDisplayExpression(QStringLiteral("\"name\""));
  buildings->setReadOnly(true);
  grids->setReadOnly(true);
  codes->setReadOnly(true);

  std::map<std::string, QgsVectorLayer*> layers;
  for (const std::string& name : packages::packageLayers()) {
    const registry::ListKind kind = *registry::parseList(name);
    const QString title = layerTitle(name, english);
    QgsVectorLayer* layer = addLayer(project, source, QString::fromStdString(name), title);
    if (!layer) return QStringLiteral("%1 has no %2 layer").arg(packagePath, QString::fromStdString(name));
    layers[name] = layer;
    configureForm(layer, kind, codes->id(), english,
                  [&](const std::string& field) { return packages::packageFieldEditable(name, field); });
  }
  if (QgsVectorLayer* places = layers["key_places"]) {
    QVariantMap properties{{QStringLiteral("name"), QStringLiteral("diamond")},
                           {QStringLiteral("color"), QStringLiteral("220,40,40,255")},
                           {QStringLiteral("size"), QStringLiteral("3")}};
    places->setRenderer(new QgsSingleSymbolRenderer(QgsMarkerSymbol::createSimple(properties)));
  }
  // Events: the grids' open and recent events to see; a new point is a new report (the merge runs the workflow).
  QgsVectorLayer* events =
      addLayer(project, source, QStringLiteral("events"), english ? QStringLiteral("Events") : QStringLiteral("事件"));
  if (!events) return QStringLiteral("%1 has no events layer").arg(packagePath);
  {
    QgsEditFormConfig form = events->editFormConfig();
    const QgsFields fields = events->fields();
    const std::map<QString, std::pair<const char*, const char*>> titles{
        {QStringLiteral("serial_number"), {"事件编号", "Serial no."}},
        {QStringLiteral("subject"), {"标题", "Subject"}},
        {QStringLiteral("content"), {"内容", "Description"}},
        {QStringLiteral("domain"), {"事件大类", "Class"}},
        {QStringLiteral("grade"), {"等级", "Grade"}},
        {QStringLiteral("occur_date"), {"发生日期", "Date"}},
        {QStringLiteral("status"), {"状态", "Status"}},
        {QStringLiteral("building_id"), {"楼栋", "Building"}}};
    for (int index = 0; index < fields.count(); ++index) {
      const QString name = fields.at(index).name();
      form.setReadOnly(index, !packages::packageFieldEditable("events", name.toStdString()));
      if (auto title = titles.find(name); title != titles.end())
        events->setFieldAlias(index, QString::fromUtf8(english ? title->second.second : title->second.first));
    }
    events->setEditFormConfig(form);
    events->setEditorWidgetSetup(
        fields.indexOf(QStringLiteral("domain")),
        QgsEditorWidgetSetup(
            QStringLiteral("ValueRelation"),
            QVariantMap{{QStringLiteral("Layer"), codes->id()},
                        {QStringLiteral("LayerName"), QStringLiteral("code_value")},
                        {QStringLiteral("Key"), QStringLiteral("code")},
                        {QStringLiteral("Value"), english ? QStringLiteral("name_en") : QStringLiteral("name_zh")},
                        {QStringLiteral("FilterExpression"), QStringLiteral("\"domain\" = 'event_domain'")},
                        {QStringLiteral("AllowNull"), false},
                        {QStringLiteral("OrderByValue"), false},
                        {QStringLiteral("AllowMulti"), false}}));
    QVariantList grades;
    for (const auto& [code, zh, en] : {std::tuple{"normal", "一般", "Normal"}, std::tuple{"urgent", "紧急", "Urgent"},
                                       std::tuple{"critical", "特急", "Critical"}})
      grades.append(QVariantMap{{QString::fromUtf8(english ? en : zh), QString::fromLatin1(code)}});
    events->setEditorWidgetSetup(
        fields.indexOf(QStringLiteral("grade")),
        QgsEditorWidgetSetup(QStringLiteral("ValueMap"), QVariantMap{{QStringLiteral("map"), grades}}));
    events->setDefaultValueDefinition(fields.indexOf(QStringLiteral("grade")),
                                      QgsDefaultValue(QStringLiteral("'normal'")));
    QVariantMap properties{{QStringLiteral("name"), QStringLiteral("triangle")},
                           {QStringLiteral("color"), QStringLiteral("240,140,0,255")},
                           {QStringLiteral("size"), QStringLiteral("3.5")}};
    events->setRenderer(new QgsSingleSymbolRenderer(QgsMarkerSymbol::createSimple(properties)));
  }
  addReference(project, events, QStringLiteral("building_id"), buildings, QStringLiteral("event_building"),
               QStringLiteral("\"name\""), english ? QStringLiteral("Events here") : QStringLiteral("本楼事件"));
  addReference(project, layers["persons"], QStringLiteral("household_id"), layers["households"],
               QStringLiteral("person_household"),
               QStringLiteral("coalesce(\"building\", '') || ' ' || coalesce(\"room\", '')"),
               english ? QStringLiteral("Members") : QStringLiteral("家庭成员"));
  addReference(project, layers["key_persons"], QStringLiteral("person_id"), layers["persons"],
               QStringLiteral("key_person_person"), QStringLiteral("\"name\""),
               english ? QStringLiteral("Key-person entries") : QStringLiteral("重点人员登记"));
  addReference(project, layers["households"], QStringLiteral("building_id"), buildings,
               QStringLiteral("household_building"), QStringLiteral("\"name\""),
               english ? QStringLiteral("Households here") : QStringLiteral("本楼住户"));
  addReference(project, layers["key_places"], QStringLiteral("building_id"), buildings,
               QStringLiteral("key_place_building"), QStringLiteral("\"name\""),
               english ? QStringLiteral("Key places here") : QStringLiteral("本楼重点场所"));
  if (!project.write(projectPath)) return QStringLiteral("cannot write %1: %2").arg(projectPath, project.error());
  return {};
}

}  // namespace grid::app
