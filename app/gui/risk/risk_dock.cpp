// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui/risk/risk_dock.h"

#include <qgsvectorlayer.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/translation.h"
#include "storage/database.h"
#include "storage/hierarchy_query.h"

namespace grid::app {

RiskDock::RiskDock(QWidget* parent) : QDockWidget(tr("Risk Panorama"), parent) {
  setObjectName(QStringLiteral("RiskDock"));
  auto* body = new QWidget(this);
  auto* layout = new QVBoxLayout(body);
  auto* form = new QFormLayout;
  mCommunity = new QComboBox(body);
  form->addRow(tr("Community:"), mCommunity);
  auto* colours = new QHBoxLayout;
  const char* codes[] = {"red", "orange", "yellow", "blue"};
  const QString names[] = {tr("Red"), tr("Orange"), tr("Yellow"), tr("Blue")};
  for (int i = 0; i < 4; ++i) {
    mColours[i] = new QCheckBox(names[i], body);
    mColours[i]->setChecked(true);
    mColours[i]->setProperty("colour", QString::fromLatin1(codes[i]));
    mColours[i]->setStyleSheet(QStringLiteral("QCheckBox { color: %1; font-weight: bold; }")
                                   .arg(RiskLayers::colourHex(QString::fromLatin1(codes[i]))));
    colours->addWidget(mColours[i]);
  }
  form->addRow(tr("Colours:"), colours);
  mCategory = new QComboBox(body);
  form->addRow(tr("Key places:"), mCategory);
  auto* since = new QHBoxLayout;
  mSinceOn = new QCheckBox(tr("registered since"), body);
  mSince = new QDateEdit(QDate::currentDate().addYears(-1), body);
  mSince->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
  mSince->setCalendarPopup(true);
  mSince->setEnabled(false);
  since->addWidget(mSinceOn);
  since->addWidget(mSince, 1);
  form->addRow(tr("Date:"), since);
  layout->addLayout(form);
  mChoropleth = new QCheckBox(tr("Grid risk score (choropleth)"), body);
  mChoropleth->setChecked(true);
  mHeat = new QCheckBox(tr("Heat map of key places"), body);
  layout->addWidget(mChoropleth);
  layout->addWidget(mHeat);
  mSummary = new QLabel(body);
  mSummary->setWordWrap(true);
  layout->addWidget(mSummary);
  auto* note = new QLabel(tr("Key persons appear only as counts per building. Score = red×4 + orange×3 + yellow×2 + "
                             "blue×1 over key persons, key places and open key matters."),
                          body);
  note->setWordWrap(true);
  note->setStyleSheet(QStringLiteral("color: #666;"));
  layout->addWidget(note);
  auto* print = new QPushButton(tr("Print A3 Panorama…"), body);
  layout->addWidget(print);
  layout->addStretch();
  setWidget(body);

  for (QCheckBox* box : mColours) connect(box, &QCheckBox::toggled, this, &RiskDock::apply);
  connect(mSinceOn, &QCheckBox::toggled, mSince, &QWidget::setEnabled);
  connect(mSinceOn, &QCheckBox::toggled, this, &RiskDock::apply);
  connect(mSince, &QDateEdit::dateChanged, this, &RiskDock::apply);
  connect(mCategory, qOverload<int>(&QComboBox::currentIndexChanged), this, &RiskDock::apply);
  connect(mCommunity, qOverload<int>(&QComboBox::currentIndexChanged), this, &RiskDock::apply);
  connect(mHeat, &QCheckBox::toggled, this, [this](bool on) { emit layerVisibilityRequested(mLayers.heat, on); });
  connect(mChoropleth, &QCheckBox::toggled, this,
          [this](bool on) { emit layerVisibilityRequested(mLayers.grids, on); });
  connect(print, &QPushButton::clicked, this,
          [this] { emit printRequested(mCommunity->currentData(Qt::UserRole + 1).toString()); });
}

void RiskDock::setLayers(const RiskLayers& layers, const QString& path) {
  mLayers = layers;
  mPath = path;
  const QSignalBlocker a(mCommunity), b(mCategory);
  mCommunity->clear();
  mCategory->clear();
  mCommunity->addItem(tr("All communities"), -1);
  mCategory->addItem(tr("All categories"), QString());
  if (auto db = Database::open(path.toStdString(), Database::readOnlyOptions())) {
    if (auto communities = listCommunities(**db))
      for (const CommunityRef& community : *communities) {
        mCommunity->addItem(QString::fromStdString(community.name), community.id);
        mCommunity->setItemData(mCommunity->count() - 1, QString::fromStdString(community.code), Qt::UserRole + 1);
      }
    if (auto codes = codeNames(**db, "key_place_class", uiIsChinese()))
      for (const auto& [code, name] : *codes)
        mCategory->addItem(QString::fromStdString(name), QString::fromStdString(code));
  }
  apply();
}

RiskFilter RiskDock::filter() const {
  RiskFilter filter;
  filter.colours.clear();
  for (QCheckBox* box : mColours)
    if (box->isChecked()) filter.colours << box->property("colour").toString();
  filter.category = mCategory->currentData().toString();
  if (mSinceOn->isChecked()) filter.since = mSince->date().toString(Qt::ISODate);
  filter.communityId = mCommunity->currentData().isValid() ? mCommunity->currentData().toLongLong() : -1;
  return filter;
}

void RiskDock::apply() {
  if (!mLayers.places) return;
  mLayers.applyFilter(filter());
  for (QgsVectorLayer* layer : mLayers.all()) layer->triggerRepaint();
  mSummary->setText(tr("Showing %1 key places, %2 open key matters and %3 buildings with key persons or places.")
                        .arg(mLayers.places->featureCount())
                        .arg(mLayers.matters ? mLayers.matters->featureCount() : 0)
                        .arg(mLayers.buildings->featureCount()));
}

}  // namespace grid::app
