// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui/packages/package_editor.h"

#include <qgsattributeeditorcontext.h>
#include <qgsattributeform.h>
#include <qgsattributetablefiltermodel.h>
#include <qgsattributetablemodel.h>
#include <qgsattributetableview.h>
#include <qgseditorwidgetregistry.h>
#include <qgsfeaturerequest.h>
#include <qgsgui.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayercache.h>

#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolBar>

#include "core/package_project.h"
#include "core/translation.h"
#include "packages/work_package.h"

namespace grid::app {

namespace {

QString listTitle(const QString& name) {
  static const QMap<QString, const char*> titles{
      {QStringLiteral("households"), QT_TRANSLATE_NOOP("grid::app::PackageEditor", "Households")},
      {QStringLiteral("persons"), QT_TRANSLATE_NOOP("grid::app::PackageEditor", "Persons")},
      {QStringLiteral("key_persons"), QT_TRANSLATE_NOOP("grid::app::PackageEditor", "Key Persons")},
      {QStringLiteral("key_places"), QT_TRANSLATE_NOOP("grid::app::PackageEditor", "Key Places")},
      {QStringLiteral("key_matters"), QT_TRANSLATE_NOOP("grid::app::PackageEditor", "Key Matters")},
      {QStringLiteral("patrol_logs"), QT_TRANSLATE_NOOP("grid::app::PackageEditor", "Patrols and Visits")},
      {QStringLiteral("events"), QT_TRANSLATE_NOOP("grid::app::PackageEditor", "Events")}};
  return titles.contains(name) ? PackageEditor::tr(titles.value(name)) : name;
}

}  // namespace

PackageEditor::PackageEditor(const QString& packagePath, QWidget* parent)
    : QMainWindow(parent), mPath(QFileInfo(packagePath).absoluteFilePath()) {
  setWindowTitle(tr("Work Package — %1").arg(QFileInfo(packagePath).fileName()));
  static bool editorsReady = false;
  if (!editorsReady) {
    QgsGui::editorWidgetRegistry()->initEditors();
    editorsReady = true;
  }
  // The package's project (forms, value relations, relations); written beside it when it is missing.
  QString project = mPath;
  project.replace(QRegularExpression(QStringLiteral("\\.gpkg$"), QRegularExpression::CaseInsensitiveOption),
                  QStringLiteral(".qgz"));
  if (!QFileInfo::exists(project)) {
    const QString problem = writePackageProject(mPath, project, !uiIsChinese());
    if (!problem.isEmpty()) mError = problem;
  }
  QgsProject* qgis = QgsProject::instance();
  if (mError.isEmpty() && !qgis->read(project)) mError = tr("Cannot open %1: %2").arg(project, qgis->error());
  if (mError.isEmpty() && !layer(QStringLiteral("households")))
    mError = tr("%1 is not a GridStation work package.").arg(QFileInfo(mPath).fileName());

  auto* splitter = new QSplitter(Qt::Horizontal, this);
  auto* left = new QSplitter(Qt::Vertical, splitter);
  mLayers = new QListWidget(left);
  mCanvas = new QgsMapCanvas(left);
  mCanvas->setCanvasColor(Qt::white);
  mRight = new QSplitter(Qt::Vertical, splitter);
  mTable = new QgsAttributeTableView(mRight);
  // The form in a scroll area: a long form (with its children's panels) must not stretch the window.
  mScroll = new QScrollArea(mRight);
  mScroll->setWidgetResizable(true);
  mRight->setSizes({320, 480});  // rows to choose from above, the chosen one's form below
  splitter->addWidget(left);
  splitter->addWidget(mRight);
  splitter->setStretchFactor(1, 3);
  setCentralWidget(splitter);
  mChanges = new QLabel(this);
  statusBar()->addWidget(mChanges, 1);

  QToolBar* tools = addToolBar(tr("Package"));
  tools->setObjectName(QStringLiteral("PackageToolbar"));
  QAction* edit = tools->addAction(tr("Edit"));
  edit->setCheckable(true);
  connect(edit, &QAction::toggled, this, [this](bool on) {
    if (!mCurrent) return;
    if (on)
      mCurrent->startEditing();
    else if (mCurrent->isEditable())
      save();
  });
  tools->addAction(tr("Save"), this, [this] {
    QString error;
    if (!save(&error)) QMessageBox::warning(this, tr("Save"), error);
  });
  tools->addAction(tr("Add Row"), this, [this] {
    if (!mCurrent) return;
    if (!mCurrent->isEditable()) mCurrent->startEditing();
    QgsFeature feature(mCurrent->fields());
    if (mCurrent->addFeature(feature)) showFeature(feature.id());
  });
  connect(tools, &QToolBar::actionTriggered, this, [edit, this](QAction*) {
    edit->blockSignals(true);
    edit->setChecked(mCurrent && mCurrent->isEditable());
    edit->blockSignals(false);
  });

  if (!mError.isEmpty()) {
    mChanges->setText(mError);
    return;
  }
  QList<QgsMapLayer*> mapLayers;
  for (const char* name : {"events", "key_places", "buildings", "grids"})
    if (QgsVectorLayer* l = layer(QString::fromLatin1(name))) mapLayers << l;
  mCanvas->setDestinationCrs(qgis->crs());
  mCanvas->setLayers(mapLayers);
  if (QgsVectorLayer* grids = layer(QStringLiteral("grids"))) mCanvas->setExtent(grids->extent().buffered(50));
  mCanvas->refresh();
  const std::vector<std::string>& lists = packages::editableLayers();
  for (const std::string& name : lists) {
    QgsVectorLayer* l = layer(QString::fromStdString(name));
    if (!l) continue;
    auto* item = new QListWidgetItem(
        QStringLiteral("%1 (%2)").arg(listTitle(QString::fromStdString(name))).arg(l->featureCount()), mLayers);
    item->setData(Qt::UserRole, QString::fromStdString(name));
  }
  connect(mLayers, &QListWidget::currentRowChanged, this, [this](int row) {
    if (row >= 0) showLayer(mLayers->item(row)->data(Qt::UserRole).toString());
  });
  mLayers->setCurrentRow(0);
  left->setSizes({200, 500});
  splitter->setSizes({420, 980});
  updateChanges();
  resize(1400, 860);
}

PackageEditor::~PackageEditor() {
  delete mForm;  // the form, table and cache hold the layers: they go before the project's layers
  delete mTable;
  delete mFilter;
  delete mModel;
  delete mCache;
  QgsProject::instance()->clear();
}

QgsVectorLayer* PackageEditor::layer(const QString& name) const {
  for (QgsMapLayer* candidate : QgsProject::instance()->mapLayers())
    if (candidate->source().endsWith(QStringLiteral("|layername=") + name))
      return qobject_cast<QgsVectorLayer*>(candidate);
  return nullptr;
}

bool PackageEditor::showLayer(const QString& name) {
  QgsVectorLayer* next = layer(name);
  if (!next) return false;
  if (next == mCurrent) return true;
  for (int row = 0; row < mLayers->count(); ++row)
    if (mLayers->item(row)->data(Qt::UserRole).toString() == name && mLayers->currentRow() != row) {
      mLayers->setCurrentRow(row);  // shows the layer through currentRowChanged
      return true;
    }
  if (mCurrent && mCurrent->isModified()) save();
  mCurrent = next;
  if (mForm) delete mScroll->takeWidget();  // the form of another layer
  mForm = nullptr;
  mTable->setModel(nullptr);
  delete mFilter;
  delete mModel;
  delete mCache;
  mCache = new QgsVectorLayerCache(next, 10000, this);
  mModel = new QgsAttributeTableModel(mCache, this);
  mModel->loadLayer();
  mFilter = new QgsAttributeTableFilterModel(mCanvas, mModel, this);
  mTable->setModel(mFilter);
  connect(mTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
    if (current.isValid()) showFeature(mFilter->rowToId(current));
  });
  if (mFilter->rowCount() > 0) showFeature(mFilter->rowToId(mFilter->index(0, 0)));
  return true;
}

void PackageEditor::showFeature(long long fid) {
  if (!mCurrent) return;
  const QgsFeature feature = mCurrent->getFeature(fid);
  if (!mForm) {
    QgsAttributeEditorContext context;
    context.setMapCanvas(mCanvas);
    mForm = new QgsAttributeForm(mCurrent, feature, context, mScroll);
    mScroll->setWidget(mForm);
  } else {
    mForm->setFeature(feature);
  }
}

bool PackageEditor::save(QString* error) {
  if (mForm && mCurrent && mCurrent->isEditable()) mForm->save();
  // Every list layer with edits, not only the one shown: edits never stay behind in a buffer.
  QStringList problems;
  const std::vector<std::string>& lists = packages::editableLayers();
  for (const std::string& name : lists) {
    QgsVectorLayer* each = layer(QString::fromStdString(name));
    if (!each || !each->isEditable()) continue;
    if (!each->commitChanges()) problems << each->commitErrors();
  }
  if (!problems.isEmpty()) {
    if (error) *error = problems.join(QLatin1Char('\n'));
    mChanges->setText(problems.join(QLatin1Char(' ')));
    return false;
  }
  updateChanges();
  return true;
}

QString PackageEditor::changesText() const {
  return mChanges->text();
}

void PackageEditor::updateChanges() {
  auto changes = packages::packageChanges(mPath.toStdString());
  if (!changes) return mChanges->setText(QString::fromStdString(changes.error().describe()));
  int changed = 0, fields = 0, added = 0, deleted = 0;
  for (const auto& [layer, counts] : *changes) {
    changed += counts.changedRows;
    fields += counts.changedFields;
    added += counts.newRows;
    deleted += counts.deletedRows;
  }
  mChanges->setText(tr("Since the package was made: %1 records changed (%2 fields), %3 added, %4 deleted. Hand the "
                       "file in to the community office to merge.")
                        .arg(changed)
                        .arg(fields)
                        .arg(added)
                        .arg(deleted));
}

void PackageEditor::closeEvent(QCloseEvent* event) {
  bool modified = false;
  const std::vector<std::string>& lists = packages::editableLayers();
  for (const std::string& name : lists)
    if (QgsVectorLayer* each = layer(QString::fromStdString(name)); each && each->isModified()) modified = true;
  if (modified) {
    const auto answer =
        QMessageBox::question(this, tr("Unsaved Edits"), tr("Save the edits into the package before closing?"),
                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Cancel) return event->ignore();
    if (answer == QMessageBox::Save && !save()) return event->ignore();
    if (answer == QMessageBox::Discard)
      for (const std::string& name : lists)
        if (QgsVectorLayer* each = layer(QString::fromStdString(name)); each && each->isEditable()) each->rollBack();
  }
  event->accept();
}

}  // namespace grid::app
