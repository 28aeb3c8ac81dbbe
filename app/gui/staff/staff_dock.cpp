// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui/staff/staff_dock.h"

#include <qgsfeatureiterator.h>
#include <qgsfillsymbol.h>
#include <qgsgeometry.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsrendercontext.h>
#include <qgsrulebasedrenderer.h>
#include <qgssymbollayerutils.h>
#include <qgsvectorlayer.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <cmath>
#include <map>

#include "checks/staff_rules.h"
#include "core/layer_factory.h"
#include "core/translation.h"
#include "gui/edit/database_command.h"
#include "gui/edit/form_footer.h"
#include "gui/tree/hierarchy_dock.h"
#include "staff/staff_register.h"
#include "storage/database.h"
#include "storage/hierarchy_query.h"

namespace grid::app {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr double kTarget = 300.0;
constexpr double kOverload = 1.2;

//! The register: rows drag out as kStaffMimeType carrying the staff id.
class StaffTable : public QTableWidget {
 public:
  using QTableWidget::QTableWidget;

 protected:
  QStringList mimeTypes() const override { return {QString::fromLatin1(kStaffMimeType)}; }
#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
  QMimeData* mimeData(const QList<QTableWidgetItem*> items) const override{// Qt 5 takes the list by value
#else
  QMimeData* mimeData(const QList<QTableWidgetItem*>& items) const override {
#endif
                                                                           if (items.isEmpty()) return nullptr;
  auto* data = new QMimeData;
  const QTableWidgetItem* first = item(items.first()->row(), 0);
  data->setData(QString::fromLatin1(kStaffMimeType), QByteArray::number(first->data(kIdRole).toLongLong()));
  data->setText(first->text());
  return data;
}
};  // namespace

Status undoAssignment(Database& database, const staff::AssignmentChange& change) {
  return staff::revertAssignment(database, SystemClock(), workstationActor(), change);
}

QString today() {
  return QDate::currentDate().toString(Qt::ISODate);
}

std::map<std::string, QString> roleNames(Database& db) {
  std::map<std::string, QString> names;
  if (auto codes = codeNames(db, "staff_role", uiIsChinese()))
    for (const auto& [code, name] : *codes) names[code] = QString::fromStdString(name);
  return names;
}

}  // namespace grid::app

StaffDock::StaffDock(QgsMapCanvas* canvas, QgsProject* project, QUndoStack* undoStack, QWidget* parent)
    : CommunityDock(tr("Staff"), parent), mCanvas(canvas), mProject(project), mUndoStack(undoStack) {
  setObjectName(QStringLiteral("StaffDock"));
  setMinimumWidth(420);
  auto* body = new QWidget(this);
  auto* layout = new QVBoxLayout(body);

  auto* top = new QHBoxLayout;
  top->addWidget(new QLabel(tr("Community:"), body));
  QComboBox* community = communityPicker(body);
  community->setObjectName(QStringLiteral("StaffCommunity"));
  top->addWidget(community, 1);
  layout->addLayout(top);

  auto* roleRow = new QHBoxLayout;
  roleRow->addWidget(new QLabel(tr("Drop assigns as:"), body));
  mRole = new QComboBox(body);
  mRole->setObjectName(QStringLiteral("StaffRole"));
  mRole->addItem(tr("The target's usual post"), QString());
  mRole->addItem(tr("Grid worker (full-time)"), QStringLiteral("GRID_WORKER:full_time"));
  mRole->addItem(tr("Grid worker (part-time)"), QStringLiteral("GRID_WORKER:part_time"));
  mRole->addItem(tr("Grid chief"), QStringLiteral("GRID_LEADER"));
  mRole->addItem(tr("Grid instructor"), QStringLiteral("GRID_INSTRUCTOR"));
  mRole->addItem(tr("Area chief"), QStringLiteral("AREA_LEADER"));
  mRole->addItem(tr("Community chief"), QStringLiteral("COMMUNITY_LEADER"));
  mRole->addItem(tr("Police beat officer"), QStringLiteral("POLICE_OFFICER"));
  mRole->addItem(tr("Building chief"), QStringLiteral("BUILDING_LEADER"));
  mRole->addItem(tr("Property chief"), QStringLiteral("PROPERTY_LEADER"));
  mRole->setToolTip(tr("Drag a person from the register onto a grid, area or building in the tree or on the map"));
  roleRow->addWidget(mRole, 1);
  layout->addLayout(roleRow);
  mKeepPosts = new QCheckBox(tr("A grid worker keeps their current grid too"), body);
  layout->addWidget(mKeepPosts);

  mRegister = new StaffTable(0, 4, body);
  mRegister->setObjectName(QStringLiteral("StaffRegister"));
  mRegister->setHorizontalHeaderLabels({tr("Name"), tr("Posts"), tr("Households served"), tr("Work phone")});
  mRegister->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mRegister->setSelectionBehavior(QAbstractItemView::SelectRows);
  mRegister->setSelectionMode(QAbstractItemView::SingleSelection);
  mRegister->setDragEnabled(true);
  mRegister->setDragDropMode(QAbstractItemView::DragOnly);
  mRegister->verticalHeader()->hide();
  mRegister->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
  mRegister->setWordWrap(false);
  mRegister->setContextMenuPolicy(Qt::CustomContextMenu);
  layout->addWidget(mRegister, 3);
  auto* registerButtons = new QHBoxLayout;
  auto* addButton = new QPushButton(tr("New Staff Member…"), body);
  addButton->setToolTip(tr("Add a person to the register; then drag them onto a grid or building to give a post"));
  registerButtons->addWidget(addButton);
  registerButtons->addStretch();
  layout->addLayout(registerButtons);
  connect(addButton, &QPushButton::clicked, this, [this] { addStaffDialog(); });

  mSummary = new QLabel(body);
  mSummary->setWordWrap(true);
  layout->addWidget(mSummary);
  mRules = new QTreeWidget(body);
  mRules->setObjectName(QStringLiteral("StaffRules"));
  mRules->setHeaderLabels({tr("Staffing rule"), tr("Households")});
  mRules->setRootIsDecorated(true);
  layout->addWidget(mRules, 2);
  setWidget(body);

  connect(mRules, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
    if (!item || !item->data(0, kIdRole).isValid()) return;
    const int index = item->data(0, kIdRole).toInt();
    if (index < 0 || index >= mFindings.size()) return;
    const Finding& finding = mFindings[index];
    if (finding.table == QLatin1String("grid_map") || finding.table == QLatin1String("building"))
      emit featureRequested(finding.table, finding.id);
  });
  connect(mRegister, &QTableWidget::currentCellChanged, this, [this](int row) {
    if (row < 0 || !mRegister->item(row, 1)) return;
    const QVariant grid = mRegister->item(row, 1)->data(kIdRole);
    if (grid.isValid()) emit featureRequested(QStringLiteral("grid_map"), grid.toLongLong());
  });
  // Right-click on a person: end one of their posts (undoable).
  connect(mRegister, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
    QTableWidgetItem* item = mRegister->itemAt(pos);
    if (!item) return;
    const QVariantList posts = mRegister->item(item->row(), 0)->data(kIdRole + 1).toList();
    const long long staffId = mRegister->item(item->row(), 0)->data(kIdRole).toLongLong();
    const QString name = mRegister->item(item->row(), 0)->text();
    QMenu menu(this);
    menu.addAction(tr("New Staff Member…"), this, [this] { addStaffDialog(); });
    menu.addAction(tr("%1 leaves (离职)…").arg(name), this, [this, staffId, name, posts] {
      if (QMessageBox::question(this, tr("Staff"),
                                tr("%1 leaves: %n current post(s) end yesterday and they leave the register. "
                                   "History keeps every post.",
                                   nullptr, posts.size())
                                    .arg(name)) != QMessageBox::Yes)
        return;
      QString error;
      if (!deactivate(staffId, &error)) QMessageBox::warning(this, tr("Staff"), error);
    });
    menu.addSeparator();
    for (const QVariant& post : posts) {
      const QVariantList p = post.toList();
      const long long assignment = p.value(0).toLongLong();
      const QString text = p.value(1).toString();
      menu.addAction(tr("End post: %1").arg(text), this, [this, assignment, text] {
        QString error;
        if (!pushEdit(
                mUndoStack, path(), tr("End post %1").arg(text),
                [assignment](Database& db) {
                  return staff::endPost(db, SystemClock(), workstationActor(), assignment);
                },
                undoAssignment, [this] { reload(); },
                [this](const QString& e) { QMessageBox::warning(this, tr("Staff"), e); }, &error))
          QMessageBox::warning(this, tr("Staff"), error);
      });
    }
    menu.exec(mRegister->viewport()->mapToGlobal(pos));
  });
}

StaffDock::~StaffDock() = default;

bool StaffDock::addStaff(const QString& name, const QString& gender, const QString& phone, const QString& remark,
                         QString* error) {
  const staff::NewStaffMember member{name.toStdString(), gender.toStdString(), phone.trimmed().toStdString(),
                                     remark.trimmed().toStdString()};
  return pushRecordEdit(
      mUndoStack, path(), tr("New staff member %1").arg(name),
      [member](Database& db) { return staff::addStaffMember(db, SystemClock(), workstationActor(), member); },
      [this] { reload(); }, [this](const QString& e) { QMessageBox::warning(this, tr("Staff"), e); }, error);
}

bool StaffDock::deactivate(long long staffId, QString* error) {
  return pushRecordEdit(
      mUndoStack, path(), tr("Staff member leaves"),
      [staffId](Database& db) { return staff::deactivateStaff(db, SystemClock(), workstationActor(), staffId); },
      [this] { reload(); }, [this](const QString& e) { QMessageBox::warning(this, tr("Staff"), e); }, error);
}

void StaffDock::addStaffDialog() {
  QDialog dialog(this);
  dialog.setWindowTitle(tr("New Staff Member"));
  auto* form = new QFormLayout(&dialog);
  auto* name = new QLineEdit(&dialog);
  auto* gender = new QComboBox(&dialog);
  gender->addItem(tr("(not recorded)"), QString());
  gender->addItem(tr("Male"), QStringLiteral("M"));
  gender->addItem(tr("Female"), QStringLiteral("F"));
  auto* phone = new QLineEdit(&dialog);
  phone->setPlaceholderText(tr("Mobile or landline, e.g. 13800138000 or 0755-83001234"));
  auto* remark = new QLineEdit(&dialog);
  form->addRow(tr("Name:"), name);
  form->addRow(tr("Gender:"), gender);
  form->addRow(tr("Work phone:"), phone);
  form->addRow(tr("Remark:"), remark);
  const FormFooter footer = addFormFooter(form, &dialog);
  QLabel* message = footer.message;
  QDialogButtonBox* buttons = footer.buttons;
  connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
    QString error;
    if (addStaff(name->text(), gender->currentData().toString(), phone->text(), remark->text(), &error))
      dialog.accept();
    else
      message->setText(error);  // stays open: fix the field named
  });
  dialog.exec();
}

QgsVectorLayer* StaffDock::highlightLayer() const {
  return mHighlight;
}

void StaffDock::load() {
  loadRegister();
  loadRules();
  rebuildHighlight();
}

void StaffDock::loadRegister() {
  auto db = Database::open(path().toStdString(), Database::readOnlyOptions());
  if (!db) return;
  const auto names = roleNames(**db);
  auto members = staff::loadStaffRegister(**db, communityCode().toStdString(), today().toStdString());
  const int current = mRegister->currentRow();
  mRegister->setRowCount(0);
  if (!members) return;
  mRegister->setRowCount(static_cast<int>(members->size()));
  int row = 0;
  for (const staff::StaffMember& member : *members) {
    auto* name = new QTableWidgetItem(QString::fromStdString(member.name));
    name->setData(kIdRole, member.id);
    QStringList posts;
    QVariantList postData;
    QVariant firstGrid;
    for (const staff::Post& post : member.posts) {
      auto found = names.find(post.roleCode);
      QString role = found != names.end() ? found->second : QString::fromStdString(post.roleCode);
      if (post.positionType == "part_time") role += tr(" (part-time)");
      const QString text = QStringLiteral("%1 · %2").arg(role, QString::fromStdString(post.targetName));
      posts << text;
      postData << QVariant(QVariantList{post.assignmentId, text});
      if (post.level == "grid" && !firstGrid.isValid()) firstGrid = post.targetId;
    }
    name->setData(kIdRole + 1, postData);
    auto* postItem = new QTableWidgetItem(posts.isEmpty() ? tr("(no post)") : posts.join(QStringLiteral("; ")));
    postItem->setToolTip(posts.join(QLatin1Char('\n')));
    if (firstGrid.isValid()) postItem->setData(kIdRole, firstGrid);
    auto* load = new QTableWidgetItem(
        member.householdsServed > 0 ? QString::number(std::lround(member.householdsServed)) : QString());
    load->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (member.householdsServed > kOverload * kTarget) {
      load->setForeground(QColor(200, 30, 30));
      load->setToolTip(tr("More than %1 households: share the grid or add a worker").arg(kOverload * kTarget));
    }
    auto* phone = new QTableWidgetItem(QString::fromStdString(member.workPhone));
    if (posts.isEmpty())
      for (QTableWidgetItem* item : {name, postItem}) item->setForeground(QColor(120, 120, 120));
    mRegister->setItem(row, 0, name);
    mRegister->setItem(row, 1, postItem);
    mRegister->setItem(row, 2, load);
    mRegister->setItem(row, 3, phone);
    ++row;
  }
  mRegister->resizeColumnToContents(0);
  mRegister->resizeColumnToContents(2);
  if (current >= 0 && current < mRegister->rowCount()) {
    const QSignalBlocker blocker(mRegister);
    mRegister->setCurrentCell(current, 0);
  }
}

void StaffDock::loadRules() {
  mRules->clear();
  mFindings.clear();
  mCounts = {0, 0, 0, 0};
  auto db = Database::open(path().toStdString(), Database::readOnlyOptions());
  if (!db) return;
  StaffRuleOptions options;
  options.today = today().toStdString();
  options.communityCode = communityCode().toStdString();
  options.householdTarget = kTarget;
  options.overload = kOverload;
  auto gaps = checkStaffRules(**db, options);
  if (!gaps) {
    mSummary->setText(QString::fromStdString(gaps.error().describe()));
    return;
  }
  const QString titles[] = {tr("Grids without a full-time grid worker"),
                            tr("Workers serving more than %1 households").arg(kOverload * kTarget),
                            tr("Buildings without a building chief"), tr("Estates without a property chief")};
  QTreeWidgetItem* groups[4];
  for (int i = 0; i < 4; ++i) {
    groups[i] = new QTreeWidgetItem(mRules, {titles[i]});
    groups[i]->setFlags(Qt::ItemIsEnabled);
  }
  for (const StaffGap& gap : *gaps) {
    const int kind = static_cast<int>(gap.kind);
    ++mCounts[kind];
    QString table = QString::fromStdString(gap.table);
    if (table == QLatin1String("grid")) table = QStringLiteral("grid_map");
    mFindings.push_back({table, gap.recordId, kind});
    auto* item = new QTreeWidgetItem(
        groups[kind], {QString::fromStdString(gap.label), gap.value > 0 ? QString::number(gap.value) : QString()});
    item->setData(0, kIdRole, mFindings.size() - 1);
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
  }
  for (int i = 0; i < 4; ++i) {
    groups[i]->setText(0, QStringLiteral("%1 (%2)").arg(titles[i]).arg(mCounts[i]));
    groups[i]->setForeground(0, mCounts[i] ? QColor(200, 30, 30) : QColor(40, 140, 60));
  }
  groups[0]->setExpanded(true);
  groups[1]->setExpanded(true);
  mRules->resizeColumnToContents(0);
  const int total = mCounts[0] + mCounts[1] + mCounts[2] + mCounts[3];
  mSummary->setText(total ? tr("%n staffing gap(s), marked on the map.", nullptr, total)
                          : tr("Every grid, building and estate is staffed."));
}

void StaffDock::rebuildHighlight() {
  if (!mProject) return;
  QgsVectorLayer* grids = LayerFactory::findLayer(mProject, QStringLiteral("grid_map"));
  QgsVectorLayer* buildings = LayerFactory::findLayer(mProject, QStringLiteral("building"));
  if (!grids || !buildings) return;
  if (!mHighlight) {
    mHighlight = new QgsVectorLayer(
        QStringLiteral("MultiPolygon?crs=%1&field=kind:integer&field=label:string(80)").arg(grids->crs().authid()),
        tr("Staffing gaps"), QStringLiteral("memory"));
    const QColor colours[] = {QColor(220, 30, 30), QColor(230, 120, 0), QColor(240, 140, 0), QColor(150, 60, 200)};
    const QString labels[] = {tr("Grid without a full-time worker"), tr("Overloaded worker's grid"),
                              tr("Building without a chief"), tr("Estate without a property chief")};
    auto* root = new QgsRuleBasedRenderer::Rule(nullptr);
    for (int kind = 0; kind < 4; ++kind) {
      QColor fill = colours[kind];
      fill.setAlpha(kind == 2 ? 170 : 45);
      QgsFillSymbol* symbol = QgsFillSymbol::createSimple(
          {{QStringLiteral("color"), QgsSymbolLayerUtils::encodeColor(fill)},
           {QStringLiteral("outline_color"), QgsSymbolLayerUtils::encodeColor(colours[kind])},
           {QStringLiteral("outline_style"), QStringLiteral("dash")},
           {QStringLiteral("outline_width"), kind == 2 ? QStringLiteral("0.4") : QStringLiteral("0.9")}});
      root->appendChild(
          new QgsRuleBasedRenderer::Rule(symbol, 0, 0, QStringLiteral("\"kind\" = %1").arg(kind), labels[kind]));
    }
    auto* renderer = new QgsRuleBasedRenderer(root);
    mHighlight->setRenderer(renderer);
    mProject->addMapLayer(mHighlight);
  }
  QgsFeatureList features;
  auto addFrom = [&](QgsVectorLayer* layer, const QgsFeatureRequest& request, int kind, const QString& label) {
    QgsFeature source;
    QgsFeatureIterator it = layer->getFeatures(request);
    QVector<QgsGeometry> parts;
    while (it.nextFeature(source))
      if (source.hasGeometry()) parts << source.geometry();
    if (parts.isEmpty()) return;
    QgsFeature feature(mHighlight->fields());
    QgsGeometry geometry = parts.size() == 1 ? parts.first() : QgsGeometry::unaryUnion(parts);
    geometry.convertToMultiType();
    feature.setGeometry(geometry);
    feature.setAttributes(QgsAttributes(QVector<QVariant>{kind, label}));  // not {kind, label}: that is (size, value)
    features << feature;
  };
  for (const Finding& finding : std::as_const(mFindings)) {
    if (finding.table == QLatin1String("grid_map"))
      addFrom(grids, QgsFeatureRequest(finding.id), finding.kind, QString());
    else if (finding.table == QLatin1String("building"))
      addFrom(buildings, QgsFeatureRequest(finding.id), finding.kind, QString());
    else if (finding.table == QLatin1String("estate"))
      addFrom(buildings, QgsFeatureRequest(QgsExpression(QStringLiteral("\"estate_id\" = %1").arg(finding.id))),
              finding.kind, QString());
  }
  // Overloaded workers: mark the grids they work in.
  if (mCounts.value(1) > 0)
    for (const Finding& finding : std::as_const(mFindings))
      if (finding.kind == 1)
        for (int row = 0; row < mRegister->rowCount(); ++row)
          if (mRegister->item(row, 0)->data(kIdRole).toLongLong() == finding.id)
            if (QVariant grid = mRegister->item(row, 1)->data(kIdRole); grid.isValid())
              addFrom(grids, QgsFeatureRequest(grid.toLongLong()), 1, QString());
  mHighlight->dataProvider()->truncate();
  mHighlight->dataProvider()->addFeatures(features);
  mHighlight->updateExtents();
  mHighlight->triggerRepaint();
}

bool StaffDock::assign(long long staffId, const QString& level, long long targetId, QString* error) {
  QString role = mRole->currentData().toString();
  QString position = QStringLiteral("full_time");
  if (role.contains(QLatin1Char(':'))) {
    position = role.section(QLatin1Char(':'), 1);
    role = role.section(QLatin1Char(':'), 0, 0);
  }
  if (role.isEmpty()) role = QString::fromStdString(staff::defaultRoleForLevel(level.toStdString()));
  if (role.isEmpty()) {
    if (error) *error = tr("Drop the person on a community, area, grid or building.");
    return false;
  }
  // A grid post dropped on a building goes to the building's grid.
  QString targetLevel = level;
  long long target = targetId;
  const QString wanted = QString::fromStdString(staff::levelForRole(role.toStdString()));
  if (wanted == QLatin1String("grid") && level == QLatin1String("building")) {
    if (QgsVectorLayer* buildings = LayerFactory::findLayer(mProject, QStringLiteral("building"))) {
      QgsFeature feature;
      if (buildings->getFeatures(QgsFeatureRequest(targetId)).nextFeature(feature)) {
        targetLevel = QStringLiteral("grid");
        target = feature.attribute(QStringLiteral("grid_id")).toLongLong();
      }
    }
  }
  staff::AssignmentRequest request{staffId, role.toStdString(),     targetLevel.toStdString(),
                                   target,  position.toStdString(), mKeepPosts->isChecked()};
  QString who;
  for (int row = 0; row < mRegister->rowCount(); ++row)
    if (mRegister->item(row, 0)->data(kIdRole).toLongLong() == staffId) who = mRegister->item(row, 0)->text();
  return pushEdit(
      mUndoStack, path(), tr("Assign %1").arg(who),
      [request](Database& db) { return staff::assignStaff(db, SystemClock(), workstationActor(), request); },
      undoAssignment,
      [this] {
        reload();
        emit edited();
      },
      [this](const QString& e) { QMessageBox::warning(this, tr("Staff"), e); }, error);
}

void StaffDock::installDropTargets(HierarchyDock* tree) {
  mTree = tree;
  if (tree) {
    tree->view()->viewport()->setAcceptDrops(true);
    tree->view()->viewport()->installEventFilter(this);
  }
  mCanvas->setAcceptDrops(true);
  mCanvas->viewport()->setAcceptDrops(true);
  mCanvas->viewport()->installEventFilter(this);
}

QPair<QString, long long> StaffDock::targetInTree(const QPoint& pos) const {
  if (!mTree) return {};
  const QModelIndex index = mTree->view()->indexAt(pos).siblingAtColumn(0);
  if (!index.isValid()) return {};
  const QString table = mTree->tableAt(index);
  const long long id = mTree->idAt(index);
  if (table == QLatin1String("grid_map")) return {QStringLiteral("grid"), id};
  if (table == QLatin1String("community") || table == QLatin1String("area") || table == QLatin1String("building"))
    return {table, id};
  return {};
}

QPair<QString, long long> StaffDock::targetOnMap(const QPoint& pos) const {
  const QgsPointXY point = mCanvas->getCoordinateTransform()->toMapCoordinates(pos);
  const double tolerance = mCanvas->mapUnitsPerPixel() * 3;
  const QgsRectangle box(point.x() - tolerance, point.y() - tolerance, point.x() + tolerance, point.y() + tolerance);
  const QgsGeometry probe = QgsGeometry::fromPointXY(point);
  // A building (when drawn at this scale) is more specific than the grid it stands in.
  for (const QString& table : {QStringLiteral("building"), QStringLiteral("grid_map")}) {
    QgsVectorLayer* layer = LayerFactory::findLayer(mProject, table);
    if (!layer) continue;
    if (table == QLatin1String("building") && layer->hasScaleBasedVisibility() &&
        !layer->isInScaleRange(mCanvas->scale()))
      continue;
    QgsFeatureRequest request(box);
    request.setNoAttributes();
    QgsFeature feature;
    QgsFeatureIterator it = layer->getFeatures(request);
    while (it.nextFeature(feature))
      if (feature.hasGeometry() && feature.geometry().distance(probe) <= tolerance)
        return {table == QLatin1String("grid_map") ? QStringLiteral("grid") : table, feature.id()};
  }
  return {};
}

bool StaffDock::eventFilter(QObject* watched, QEvent* event) {
  const bool onCanvas = watched == mCanvas->viewport();
  const bool onTree = mTree && watched == mTree->view()->viewport();
  if (!onCanvas && !onTree) return QDockWidget::eventFilter(watched, event);
  switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
      auto* drag = static_cast<QDragMoveEvent*>(event);
      if (!drag->mimeData()->hasFormat(QString::fromLatin1(kStaffMimeType))) return false;
      const auto target = onCanvas ? targetOnMap(drag->pos()) : targetInTree(drag->pos());
      if (target.first.isEmpty() && event->type() == QEvent::DragMove)
        drag->ignore();
      else
        drag->acceptProposedAction();
      return true;
    }
    case QEvent::Drop: {
      auto* drop = static_cast<QDropEvent*>(event);
      if (!drop->mimeData()->hasFormat(QString::fromLatin1(kStaffMimeType))) return false;
      const long long staffId = drop->mimeData()->data(QString::fromLatin1(kStaffMimeType)).toLongLong();
      const auto target = onCanvas ? targetOnMap(drop->pos()) : targetInTree(drop->pos());
      if (target.first.isEmpty()) return true;
      drop->acceptProposedAction();
      QString error;
      if (!assign(staffId, target.first, target.second, &error)) QMessageBox::warning(this, tr("Staff"), error);
      return true;
    }
    default:
      return false;
  }
}

}  // namespace grid::app
