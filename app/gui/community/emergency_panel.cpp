// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui/community/emergency_panel.h"

#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include "core/translation.h"
#include "gui/community/community_map.h"
#include "gui/community/community_text.h"
#include "gui/edit/community_picker.h"
#include "gui/edit/database_command.h"
#include "gui/edit/form_footer.h"
#include "gui/map/pick_tool.h"
#include "print/emergency_printer.h"
#include "storage/database.h"
#include "storage/layer_filter.h"
#include "workflow/event_flow.h"

namespace grid::app {

namespace {

using community_text::q;
using community_text::s;

}  // namespace

UnitDetailsDialog::UnitDetailsDialog(const emergency::Unit& unit, QWidget* parent) : QDialog(parent) {
  setWindowTitle(tr("Emergency Unit"));
  auto* form = new QFormLayout;
  mName = new QLineEdit(q(unit.name), this);
  mShelter = new QLineEdit(q(unit.shelter), this);
  mShelter->setPlaceholderText(tr("e.g. the community square, the school's sports ground"));
  mCapacity = new QSpinBox(this);
  mCapacity->setRange(-1, 100000);
  mCapacity->setSpecialValueText(tr("not set"));
  mCapacity->setValue(static_cast<int>(unit.shelterCapacity));
  mSupplies = new QPlainTextEdit(q(unit.supplies), this);
  mSupplies->setMaximumHeight(80);
  mNotes = new QPlainTextEdit(q(unit.notes), this);
  mNotes->setMaximumHeight(80);
  form->addRow(tr("Name"), mName);
  form->addRow(tr("Shelter"), mShelter);
  form->addRow(tr("Shelter capacity"), mCapacity);
  form->addRow(tr("Supplies"), mSupplies);
  form->addRow(tr("Notes"), mNotes);
  connect(addFormFooter(form, this).buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
}

emergency::UnitDetails UnitDetailsDialog::details() const {
  return {s(mName->text()), s(mShelter->text()), s(mSupplies->toPlainText()), s(mNotes->toPlainText()),
          mCapacity->value()};
}

EmergencyPanel::EmergencyPanel(const QString& databasePath, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent), mPath(databasePath), mUndoStack(undoStack) {
  auto* layout = new QVBoxLayout(this);
  auto* top = new QHBoxLayout;
  mCommunity = new QComboBox(this);
  mMax = new QSpinBox(this);
  mMax->setRange(10, 1000);
  mMax->setValue(150);
  mMax->setSuffix(tr(" households"));
  mMax->setToolTip(tr("About how many households a unit made by the automatic assignment holds"));
  auto* assignButton = new QPushButton(tr("Assign Automatically"), this);
  auto* checkButton = new QPushButton(tr("Check"), this);
  auto* printButton = new QPushButton(tr("Print Roll-Call Sheets…"), this);
  top->addWidget(new QLabel(tr("Community"), this));
  top->addWidget(mCommunity, 1);
  top->addWidget(new QLabel(tr("Unit size"), this));
  top->addWidget(mMax);
  top->addWidget(assignButton);
  top->addWidget(checkButton);
  top->addWidget(printButton);
  layout->addLayout(top);

  auto* splitter = new QSplitter(Qt::Horizontal, this);
  auto* left = new QSplitter(Qt::Vertical, splitter);
  mUnits = new QTableWidget(0, 7, left);
  mUnits->setHorizontalHeaderLabels(
      {tr("Unit"), tr("Grid"), tr("Buildings"), tr("Households"), tr("Reach first"), tr("Responsible"), tr("Phone")});
  mUnits->setSelectionBehavior(QAbstractItemView::SelectRows);
  mUnits->setSelectionMode(QAbstractItemView::SingleSelection);
  mUnits->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mUnits->verticalHeader()->hide();
  auto* detail = new QWidget(left);
  auto* detailLayout = new QVBoxLayout(detail);
  detailLayout->setContentsMargins(0, 0, 0, 0);
  mDetails = new QLabel(detail);
  mDetails->setWordWrap(true);
  detailLayout->addWidget(mDetails);
  mPeople = new QTableWidget(0, 3, detail);
  mPeople->setHorizontalHeaderLabels({tr("Role"), tr("Name"), tr("Phone")});
  mPeople->verticalHeader()->hide();
  mPeople->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mPeople->setSelectionBehavior(QAbstractItemView::SelectRows);
  mPeople->horizontalHeader()->setStretchLastSection(true);
  mPeople->setMaximumHeight(150);
  detailLayout->addWidget(mPeople);
  auto* buttons = new QHBoxLayout;
  auto* editButton = new QPushButton(tr("Edit Unit…"), detail);
  auto* addButton = new QPushButton(tr("Add Person…"), detail);
  auto* removeButton = new QPushButton(tr("Remove Person"), detail);
  for (QPushButton* b : {editButton, addButton, removeButton}) buttons->addWidget(b);
  buttons->addStretch();
  detailLayout->addLayout(buttons);
  mVulnerable = new QTableWidget(0, 5, detail);
  mVulnerable->setHorizontalHeaderLabels({tr("Address"), tr("Name"), tr("Age"), tr("Why"), tr("Phone")});
  mVulnerable->verticalHeader()->hide();
  mVulnerable->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mVulnerable->horizontalHeader()->setStretchLastSection(true);
  detailLayout->addWidget(new QLabel(tr("Persons to reach first"), detail));
  detailLayout->addWidget(mVulnerable, 1);
  auto* mapSide = new QWidget(splitter);
  auto* mapLayout = new QVBoxLayout(mapSide);
  mapLayout->setContentsMargins(0, 0, 0, 0);
  mCanvas = createPanelCanvas(mapSide);
  mapLayout->addWidget(mCanvas, 1);
  auto* mapButtons = new QHBoxLayout;
  mChosen = new QLabel(mapSide);
  auto* newUnit = new QPushButton(tr("New Unit from Chosen…"), mapSide);
  auto* moveInto = new QPushButton(tr("Move Chosen into Unit"), mapSide);
  auto* clear = new QPushButton(tr("Clear"), mapSide);
  mapButtons->addWidget(mChosen, 1);
  for (QPushButton* b : {newUnit, moveInto, clear}) mapButtons->addWidget(b);
  mapLayout->addLayout(mapButtons);
  splitter->setSizes({600, 660});
  left->setSizes({260, 520});
  layout->addWidget(splitter, 1);
  mMessage = new QLabel(this);
  mMessage->setWordWrap(true);
  layout->addWidget(mMessage);

  connect(mCommunity, &QComboBox::currentIndexChanged, this, [this](int) { reload(); });
  connect(assignButton, &QPushButton::clicked, this, &EmergencyPanel::assign);
  connect(checkButton, &QPushButton::clicked, this, &EmergencyPanel::check);
  connect(printButton, &QPushButton::clicked, this, &EmergencyPanel::print);
  connect(mUnits, &QTableWidget::itemSelectionChanged, this, &EmergencyPanel::showSelected);
  connect(editButton, &QPushButton::clicked, this, [this] {
    const long long id = selectedUnit();
    for (const emergency::Unit& unit : mData)
      if (unit.id == id) {
        UnitDetailsDialog dialog(unit, this);
        if (dialog.exec() != QDialog::Accepted) return;
        const emergency::UnitDetails details = dialog.details();
        edit(tr("Details of %1").arg(q(unit.name)), [id, details](Database& db) {
          return emergency::setUnitDetails(db, SystemClock(), workstationActor(), id, details);
        });
        return;
      }
  });
  connect(addButton, &QPushButton::clicked, this, &EmergencyPanel::addMember);
  connect(removeButton, &QPushButton::clicked, this, [this] {
    const int row = mPeople->currentRow();
    if (row < 0) return;
    const long long member = mPeople->item(row, 0)->data(Qt::UserRole).toLongLong();
    edit(tr("Person removed from a unit"),
         [member](Database& db) { return emergency::removeMember(db, SystemClock(), workstationActor(), member); });
  });
  connect(newUnit, &QPushButton::clicked, this, [this] {
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("New Unit"), tr("Name of the new unit:"), QLineEdit::Normal, QString(), &ok);
    if (ok) unitFromChosen(name);
  });
  connect(moveInto, &QPushButton::clicked, this, &EmergencyPanel::moveChosenIntoSelected);
  connect(clear, &QPushButton::clicked, this, [this] { chooseBuildings({}); });

  QString code, error;
  refillCommunities(mCommunity, mPath, &code, &error);
  if (!error.isEmpty()) mMessage->setText(error);
}

bool EmergencyPanel::setCommunity(const QString& code) {
  return selectCommunity(mCommunity, code);
}

void EmergencyPanel::reload() {
  const long long keep = selectedUnit();
  mUnits->setRowCount(0);
  mData.clear();
  auto db = Database::open(mPath.toStdString(), Database::readOnlyOptions());
  if (!db) return;
  auto org = workflow::parseOrg(**db, "community:" + s(mCommunity->currentData().toString()));
  if (!org) return;
  mCommunityId = org->id;
  mCommunityName = mCommunity->currentText();
  auto units = emergency::loadUnits(**db, SystemClock(), mCommunityId, true, !uiIsChinese());
  if (!units) {
    mMessage->setText(q(units.error().describe()));
    return;
  }
  mData = std::move(*units);
  for (const emergency::Unit& unit : mData) {
    const int row = mUnits->rowCount();
    mUnits->insertRow(row);
    QString responsible, phone;
    for (const auto& m : unit.members)
      if (m.role == "responsible") responsible = q(m.name), phone = q(m.phone);
    const QStringList cells = {q(unit.name),
                               q(unit.gridName),
                               QString::number(unit.buildings.size()),
                               QString::number(unit.households),
                               QString::number(unit.vulnerable.size()),
                               responsible.isEmpty() ? tr("(none)") : responsible,
                               phone};
    for (int c = 0; c < cells.size(); ++c) {
      auto* item = new QTableWidgetItem(cells[c]);
      item->setData(Qt::UserRole, unit.id);
      if (c >= 2 && c <= 4) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
      if (c == 5 && responsible.isEmpty()) item->setForeground(QColor(0xC6, 0x28, 0x28));
      mUnits->setItem(row, c, item);
    }
    if (unit.id == keep) mUnits->selectRow(row);
  }
  mUnits->resizeColumnsToContents();
  if (mUnits->currentRow() < 0 && mUnits->rowCount() > 0) mUnits->selectRow(0);
  showSelected();
  refreshMap();
}

bool EmergencyPanel::selectUnit(long long unitId) {
  for (int row = 0; row < mUnits->rowCount(); ++row)
    if (mUnits->item(row, 0)->data(Qt::UserRole).toLongLong() == unitId) {
      mUnits->selectRow(row);
      mUnits->scrollToItem(mUnits->item(row, 0));
      return true;
    }
  return false;
}

long long EmergencyPanel::selectedUnit() const {
  const int row = mUnits->currentRow();
  return row >= 0 && mUnits->item(row, 0) ? mUnits->item(row, 0)->data(Qt::UserRole).toLongLong() : -1;
}

void EmergencyPanel::showSelected() {
  mPeople->setRowCount(0);
  mVulnerable->setRowCount(0);
  mDetails->clear();
  const long long id = selectedUnit();
  for (const emergency::Unit& unit : mData) {
    if (unit.id != id) continue;
    QStringList buildings;
    for (const auto& b : unit.buildings) buildings << q(b.name);
    mDetails->setText(tr("<b>%1</b> · %2 buildings, %3 households, %4 persons<br>Shelter: %5 · Supplies: %6<br>"
                         "<small>%7</small>")
                          .arg(q(unit.name).toHtmlEscaped())
                          .arg(unit.buildings.size())
                          .arg(unit.households)
                          .arg(unit.persons)
                          .arg(unit.shelter.empty() ? tr("not set") : q(unit.shelter).toHtmlEscaped())
                          .arg(unit.supplies.empty() ? tr("not set") : q(unit.supplies).toHtmlEscaped())
                          .arg(buildings.join(QStringLiteral("、")).toHtmlEscaped()));
    for (const auto& m : unit.members) {
      const int row = mPeople->rowCount();
      mPeople->insertRow(row);
      auto* role = new QTableWidgetItem(q(emergency::memberRoleName(m.role, !uiIsChinese())));
      role->setData(Qt::UserRole, m.id);
      mPeople->setItem(row, 0, role);
      mPeople->setItem(row, 1, new QTableWidgetItem(q(m.name)));
      mPeople->setItem(row, 2, new QTableWidgetItem(q(m.phone)));
    }
    for (const auto& v : unit.vulnerable) {
      const int row = mVulnerable->rowCount();
      mVulnerable->insertRow(row);
      const QStringList cells = {q(v.address), q(v.name), v.age >= 0 ? QString::number(v.age) : QString(), q(v.tags),
                                 q(v.phone)};
      for (int c = 0; c < cells.size(); ++c) mVulnerable->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    mVulnerable->resizeColumnsToContents();
    if (mUnitLayer) {
      QgsFeatureIds ids;
      ids.insert(id);
      mUnitLayer->selectByIds(ids);
    }
  }
}

void EmergencyPanel::refreshMap() {
  if (mCommunityId < 0) return;
  const QList<long long> chosen = chosenBuildings();
  QString error;
  delete mPick;
  mPick = nullptr;
  mCanvas->setLayers({});
  delete mBuildings;
  delete mUnitLayer;
  mBuildings = panelLayer(mPath, QStringLiteral("building"), tr("Buildings"),
                          q(buildingsOfCommunitySubset(mCommunityId, true)), &error);
  mUnitLayer = panelLayer(mPath, QStringLiteral("emergency_unit"), tr("Emergency units"),
                          QStringLiteral("community_id = %1").arg(mCommunityId), &error);
  if (!mBuildings || !mUnitLayer) {
    mMessage->setText(error);
    return;
  }
  styleSimple(mBuildings, QColor(0xBD, 0xBD, 0xBD), 1.0, QColor(0x75, 0x75, 0x75));
  styleSimple(mUnitLayer, QColor(0xEF, 0x6C, 0x00), 0.18, QColor(0xE6, 0x51, 0x00));
  styleLabels(mUnitLayer, QStringLiteral("\"name\""), 8);
  mCanvas->setDestinationCrs(mBuildings->crs());
  mCanvas->setLayers({mUnitLayer, mBuildings});
  showExtent(mCanvas, mBuildings->extent().buffered(40));
  mPick = new PickTool(mCanvas, {mBuildings});
  connect(mPick, &PickTool::picked, this, [this](QgsVectorLayer*, const QgsFeature& feature) {
    QList<long long> ids = chosenBuildings();
    if (ids.contains(feature.id()))
      ids.removeAll(feature.id());
    else
      ids << feature.id();
    chooseBuildings(ids);
  });
  mCanvas->setMapTool(mPick);
  chooseBuildings(chosen);
  showSelected();
}

QList<long long> EmergencyPanel::chosenBuildings() const {
  QList<long long> ids;
  if (mBuildings)
    for (QgsFeatureId id : mBuildings->selectedFeatureIds()) ids << id;
  std::sort(ids.begin(), ids.end());
  return ids;
}

void EmergencyPanel::chooseBuildings(const QList<long long>& ids) {
  if (!mBuildings) return;
  QgsFeatureIds set;
  for (long long id : ids) set.insert(id);
  mBuildings->selectByIds(set);
  mChosen->setText(ids.isEmpty() ? tr("Click buildings on the map to choose them.")
                                 : tr("%n building(s) chosen", nullptr, static_cast<int>(ids.size())));
}

bool EmergencyPanel::edit(const QString& text, const std::function<Result<RecordChange>(Database&)>& operation) {
  QString error;
  const bool done = pushRecordEdit(
      mUndoStack, mPath, text, operation,
      [this] {
        reload();
        emit changed();
      },
      [this](const QString& message) { mMessage->setText(message); }, &error);
  mMessage->setText(done ? QString() : error);
  return done;
}

bool EmergencyPanel::assign() {
  const long long community = mCommunityId;
  emergency::AssignOptions options;
  options.maxHouseholds = mMax->value();
  auto counts = std::make_shared<std::pair<int, int>>();  // outlives this call: redo assigns again
  const bool done = edit(tr("Emergency units of %1").arg(mCommunityName), [=](Database& db) -> Result<RecordChange> {
    auto report = emergency::assignUnits(db, SystemClock(), workstationActor(), community, options);
    if (!report) return report.error();
    *counts = {report->unitsCreated, report->buildingsAssigned};
    return report->change;
  });
  if (done)
    mMessage->setText(counts->second == 0
                          ? tr("Every building is already in a unit.")
                          : tr("%1 building(s) put into %2 new unit(s).").arg(counts->second).arg(counts->first));
  return done;
}

bool EmergencyPanel::check() {
  auto db = Database::open(mPath.toStdString(), Database::readOnlyOptions());
  if (!db) return false;
  auto result = emergency::checkUnits(**db, mCommunityId);
  if (!result) {
    mMessage->setText(q(result.error().describe()));
    return false;
  }
  if (result->ok()) {
    mMessage->setText(
        tr("✓ All %1 buildings are each in one unit, and every unit has a responsible person.").arg(result->buildings));
    return true;
  }
  QStringList problems;
  if (!result->withoutUnit.empty())
    problems << tr("%n building(s) in no unit", nullptr, static_cast<int>(result->withoutUnit.size()));
  if (!result->inOtherCommunity.empty())
    problems << tr("%n building(s) in a unit of another community", nullptr,
                   static_cast<int>(result->inOtherCommunity.size()));
  if (!result->withoutResponsible.empty())
    problems << tr("%n unit(s) without a responsible person", nullptr,
                   static_cast<int>(result->withoutResponsible.size()));
  mMessage->setText(QStringLiteral("<span style='color:#c62828'>%1</span>").arg(problems.join(QStringLiteral("; "))));
  QList<long long> loose;
  for (const auto& [id, name] : result->withoutUnit) loose << id;
  chooseBuildings(loose);  // the buildings in no unit, shown chosen on the map
  return false;
}

void EmergencyPanel::addMember() {
  const long long unit = selectedUnit();
  if (unit < 0) return;
  auto db = Database::open(mPath.toStdString(), Database::readOnlyOptions());
  if (!db) return;
  // Staff of the community's places, by name.
  QStringList names;
  QList<long long> ids;
  if (auto staff = emergency::staffChoices(**db, mCommunityId))
    for (const emergency::UnitMember& m : *staff) {
      ids << m.staffId;
      names << q(m.name + (m.phone.empty() ? std::string() : " " + m.phone));
    }
  QDialog dialog(this);
  dialog.setWindowTitle(tr("Add Person"));
  auto* form = new QFormLayout;
  auto* role = new QComboBox(&dialog);
  for (const char* r : {"responsible", "deputy", "volunteer"})
    role->addItem(q(emergency::memberRoleName(r, !uiIsChinese())), QString::fromLatin1(r));
  auto* who = new QComboBox(&dialog);
  who->addItem(tr("(a volunteer not on the staff register)"), -1);
  for (int i = 0; i < names.size(); ++i) who->addItem(names[i], ids[i]);
  auto* name = new QLineEdit(&dialog);
  auto* phone = new QLineEdit(&dialog);
  form->addRow(tr("Role"), role);
  form->addRow(tr("Staff"), who);
  form->addRow(tr("Volunteer's name"), name);
  form->addRow(tr("Volunteer's phone"), phone);
  connect(addFormFooter(form, &dialog).buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
  auto* layout = new QVBoxLayout(&dialog);
  layout->addLayout(form);
  if (dialog.exec() != QDialog::Accepted) return;
  const std::string memberRole = s(role->currentData().toString());
  const long long staffId = who->currentData().toLongLong();
  const std::string memberName = s(name->text()), memberPhone = s(phone->text());
  edit(tr("Person added to a unit"), [=](Database& db) {
    return emergency::addMember(db, SystemClock(), workstationActor(), unit, memberRole, staffId, memberName,
                                memberPhone);
  });
}

bool EmergencyPanel::unitFromChosen(const QString& name) {
  const QList<long long> chosen = chosenBuildings();
  const std::vector<long long> ids(chosen.begin(), chosen.end());
  const long long community = mCommunityId;
  const std::string unitName = s(name);
  return edit(tr("New unit %1").arg(name), [=](Database& db) -> Result<RecordChange> {
    auto made = emergency::createUnit(db, SystemClock(), workstationActor(), community, unitName, ids);
    if (!made) return made.error();
    return made->second;
  });
}

bool EmergencyPanel::moveChosenIntoSelected() {
  const long long unit = selectedUnit();
  const QList<long long> chosen = chosenBuildings();
  if (unit < 0 || chosen.isEmpty()) {
    mMessage->setText(tr("Choose buildings on the map and a unit in the list first."));
    return false;
  }
  const std::vector<long long> ids(chosen.begin(), chosen.end());
  return edit(tr("Buildings moved into a unit"),
              [=](Database& db) { return emergency::moveBuildings(db, SystemClock(), workstationActor(), unit, ids); });
}

void EmergencyPanel::print() {
  const QString file = QFileDialog::getSaveFileName(this, tr("Print Roll-Call Sheets"),
                                                    mCommunityName + tr("-emergency-units.pdf"), tr("PDF (*.pdf)"));
  if (file.isEmpty()) return;
  QString error;
  if (!printEmergencySheets(mData, mCommunityName, file, !uiIsChinese(), &error))
    QMessageBox::warning(this, tr("Print Roll-Call Sheets"), error);
  else
    mMessage->setText(tr("Written %1").arg(file));
}

}  // namespace grid::app
