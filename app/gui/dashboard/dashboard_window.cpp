// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui/dashboard/dashboard_window.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QValueAxis>

#include "core/translation.h"
#include "gui/tree/place_box.h"
#include "print/report_printer.h"
#include "storage/database.h"
#include "storage/hierarchy_query.h"

namespace grid::app {

namespace {

#if QT_VERSION_MAJOR < 6
using namespace QtCharts;
#endif

QString q(const std::string& text) {
  return QString::fromStdString(text);
}

// The columns of the places-below table.
const char* const kChildColumns[] = {"households",           "persons",
                                     "party_coverage",       "key_persons_red",
                                     "events_new",           "events_closure_rate",
                                     "events_satisfaction",  "visits_done",
                                     "visits_overdue",       "visits_on_time",
                                     "grids_without_worker", "households_per_worker"};

QString levelName(const std::string& level) {
  if (level == "street") return DashboardWindow::tr("Street");
  if (level == "community") return DashboardWindow::tr("Community");
  if (level == "grid") return DashboardWindow::tr("Grid");
  if (level == "worker") return DashboardWindow::tr("Grid worker");
  return DashboardWindow::tr("All");
}

}  // namespace

DashboardWindow::DashboardWindow(QWidget* parent) : QDialog(parent) {
  setWindowTitle(tr("Statistics"));
  setWindowFlag(Qt::WindowMaximizeButtonHint);
  resize(1280, 820);
  auto* layout = new QVBoxLayout(this);
  auto* bar = new QHBoxLayout;
  mPlace = new QComboBox(this);
  mPlace->setMinimumWidth(260);
  auto* up = new QPushButton(tr("Up"), this);
  mMonth = new QDateEdit(QDate::currentDate(), this);
  mMonth->setDisplayFormat(QStringLiteral("yyyy-MM"));
  mMonth->setCalendarPopup(true);
  auto* map = new QPushButton(tr("Colour Grids on Map"), this);
  auto* report = new QPushButton(tr("Monthly Report…"), this);
  bar->addWidget(new QLabel(tr("Place"), this));
  bar->addWidget(mPlace, 1);
  bar->addWidget(up);
  bar->addWidget(new QLabel(tr("Month"), this));
  bar->addWidget(mMonth);
  bar->addStretch();
  bar->addWidget(map);
  bar->addWidget(report);
  layout->addLayout(bar);
  mTitle = new QLabel(this);
  mTitle->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: bold; color: #c62828"));
  layout->addWidget(mTitle);

  auto* split = new QSplitter(Qt::Horizontal, this);
  mIndicators = new QTableWidget(0, 4, split);
  mIndicators->setHorizontalHeaderLabels({tr("Indicator"), tr("This month"), tr("Last month"), tr("Change")});
  mIndicators->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mIndicators->setSelectionBehavior(QAbstractItemView::SelectRows);
  mIndicators->setSelectionMode(QAbstractItemView::SingleSelection);
  mIndicators->verticalHeader()->hide();
  mIndicators->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
  mIndicators->setToolTip(tr("Double-click a figure for the records behind it"));
  auto* right = new QSplitter(Qt::Vertical, split);
  mChildren = new QTableWidget(0, 1, right);
  mChildren->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mChildren->verticalHeader()->hide();
  mChildren->setToolTip(tr("Double-click a name to drill down, a figure for the records behind it"));
  auto* view = new QChartView(right);
  view->setRenderHint(QPainter::Antialiasing);
  view->setMinimumHeight(240);
  mChart = view;
  split->setStretchFactor(0, 2);
  split->setStretchFactor(1, 3);
  layout->addWidget(split, 1);
  auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(close);

  connect(mPlace, qOverload<int>(&QComboBox::currentIndexChanged), this, &DashboardWindow::reload);
  connect(mMonth, &QDateEdit::dateChanged, this, &DashboardWindow::reload);
  connect(up, &QPushButton::clicked, this, [this] {
    // The place above: the nearest earlier entry of a higher level in the place list.
    static const QStringList order{QStringLiteral("grid"), QStringLiteral("community"), QStringLiteral("street"),
                                   QStringLiteral("district")};
    const int rank = order.indexOf(mPlace->currentData().toString().section(QLatin1Char(':'), 0, 0));
    for (int i = mPlace->currentIndex() - 1; i >= 0; --i)
      if (order.indexOf(mPlace->itemData(i).toString().section(QLatin1Char(':'), 0, 0)) > rank)
        return mPlace->setCurrentIndex(i);
  });
  connect(mIndicators, &QTableWidget::itemSelectionChanged, this, &DashboardWindow::fillChart);
  connect(mIndicators, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
    if (row >= 0 && row < static_cast<int>(mRowKeys.size()) && !mRowKeys[static_cast<std::size_t>(row)].empty())
      showRecords(q(mRowKeys[static_cast<std::size_t>(row)]));
  });
  connect(mChildren, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
    if (row < 0 || row >= static_cast<int>(mChildFigures.size())) return;
    const dashboard::Figures& child = mChildFigures[static_cast<std::size_t>(row)];
    if (column > 0) return showRecords(QString::fromLatin1(kChildColumns[column - 1]), row);
    if (child.place.level == "worker") return;
    QString error;
    if (!showPlace(QStringLiteral("%1:%2").arg(q(child.place.level)).arg(child.place.id), QString(), &error))
      QMessageBox::warning(this, windowTitle(), error);
  });
  connect(map, &QPushButton::clicked, this, [this] { colourMap(currentKey()); });
  connect(report, &QPushButton::clicked, this, [this] {
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Monthly Report"),
        QStringLiteral("%1-%2.pdf").arg(q(mNow.placeName), mMonth->date().toString(QStringLiteral("yyyy-MM"))),
        tr("PDF (*.pdf);;Excel workbook (*.xlsx)"));
    if (file.isEmpty()) return;
    QString error;
    if (!writeReport(file, &error)) QMessageBox::warning(this, tr("Monthly Report"), error);
  });
}

void DashboardWindow::setDatabase(const QString& path) {
  mPath = path;
  fillPlaceBox(mPlace, path, HierarchyLevel::Street);
}

bool DashboardWindow::showPlace(const QString& place, const QString& month, QString* error) {
  if (!month.isEmpty()) {
    const QSignalBlocker blocker(mMonth);
    mMonth->setDate(QDate::fromString(month + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd")));
  }
  int index = mPlace->findData(place);
  if (index < 0 && place.startsWith(QLatin1String("worker:"))) {  // workers are not in the list: add the one asked for
    mPlace->addItem(tr("Grid worker %1").arg(place.mid(7)), place);
    index = mPlace->count() - 1;
  }
  if (index < 0) {
    if (error) *error = tr("%1 is not a place of this database (or not in your scope).").arg(place);
    return false;
  }
  if (index == mPlace->currentIndex())
    reload();
  else
    mPlace->setCurrentIndex(index);
  return true;
}

QString DashboardWindow::indicatorName(const dashboard::Indicator& indicator) const {
  return q(uiIsChinese() ? indicator.zh : indicator.en);
}

void DashboardWindow::colourMap(const QString& key) {
  QString error;
  const auto values = gridValues(key, &error);
  if (!error.isEmpty()) return (void)QMessageBox::warning(this, windowTitle(), error);
  const dashboard::Indicator* indicator = mNow.find(key.toStdString());
  emit choroplethRequested(QStringLiteral("%1 · %2 %3")
                               .arg(indicator ? indicatorName(*indicator) : key, q(mNow.placeName),
                                    mMonth->date().toString(QStringLiteral("yyyy-MM"))),
                           values, indicator && indicator->better > 0);
}

void DashboardWindow::selectIndicator(const QString& key) {
  for (int row = 0; row < static_cast<int>(mRowKeys.size()); ++row)
    if (q(mRowKeys[static_cast<std::size_t>(row)]) == key) mIndicators->selectRow(row);
}

QString DashboardWindow::currentKey() const {
  const int row = mIndicators->currentRow();
  if (row >= 0 && row < static_cast<int>(mRowKeys.size()) && !mRowKeys[static_cast<std::size_t>(row)].empty())
    return q(mRowKeys[static_cast<std::size_t>(row)]);
  return QStringLiteral("households");
}

void DashboardWindow::reload() {
  if (mPath.isEmpty() || mPlace->currentIndex() < 0) return;
  QApplication::setOverrideCursor(Qt::WaitCursor);
  const QString selected = currentKey();
  const QStringList place = mPlace->currentData().toString().split(QLatin1Char(':'));
  const workflow::Org org{place.value(0).toStdString(), place.value(1).toLongLong()};
  const std::string month = mMonth->date().toString(QStringLiteral("yyyy-MM")).toStdString();
  auto db = Database::open(mPath.toStdString(), Database::readOnlyOptions());
  SystemClock clock;
  QString problem;
  if (!db) {
    problem = q(db.error().describe());
  } else {
    auto now = dashboard::computeFigures(**db, clock, org, *dashboard::monthPeriod(month));
    auto before = dashboard::computeFigures(**db, clock, org, *dashboard::monthPeriod(dashboard::previousMonth(month)));
    auto children = dashboard::childFigures(**db, clock, org, *dashboard::monthPeriod(month));
    if (!now)
      problem = q(now.error().describe());
    else if (!before)
      problem = q(before.error().describe());
    else if (!children)
      problem = q(children.error().describe());
    else {
      mNow = std::move(*now);
      mBefore = std::move(*before);
      mChildFigures = std::move(*children);
    }
  }
  QApplication::restoreOverrideCursor();
  if (!problem.isEmpty()) {
    mTitle->setText(problem);
    return;
  }
  mTitle->setText(
      tr("%1 %2 · %3 to %4 · stock as of %5")
          .arg(levelName(mNow.place.level), q(mNow.placeName), q(mNow.period.from), q(mNow.period.to), q(mNow.asOf)));
  // Indicators by group.
  static const std::vector<std::pair<std::string, const char*>> kGroups = {
      {"population", QT_TR_NOOP("Population and party links")},
      {"lists", QT_TR_NOOP("The three lists")},
      {"events", QT_TR_NOOP("Events")},
      {"visits", QT_TR_NOOP("Patrols and visits")},
      {"staff", QT_TR_NOOP("Grids and staff")}};
  mRowKeys.clear();
  mIndicators->setRowCount(0);
  int selectRow = -1;
  for (const auto& [group, title] : kGroups) {
    const int header = mIndicators->rowCount();
    mIndicators->insertRow(header);
    auto* item = new QTableWidgetItem(tr(title));
    QFont bold = item->font();
    bold.setBold(true);
    item->setFont(bold);
    item->setBackground(QColor(0xF3, 0xE5, 0xE5));
    mIndicators->setItem(header, 0, item);
    mIndicators->setSpan(header, 0, 1, 4);
    mRowKeys.emplace_back();
    for (const dashboard::Indicator& i : mNow.indicators) {
      if (i.group != group) continue;
      const int row = mIndicators->rowCount();
      mIndicators->insertRow(row);
      const double last = mBefore.value(i.key), change = i.value - last;
      QString delta = q(dashboard::formatValue(i, change));
      if (change > 0) delta.prepend(QLatin1Char('+'));
      const QStringList cells{indicatorName(i), q(dashboard::formatValue(i, i.value)),
                              q(dashboard::formatValue(i, last)), delta};
      for (int c = 0; c < 4; ++c) {
        auto* cell = new QTableWidgetItem(cells[c]);
        if (c > 0) cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        // The change is green when it is good news, red when bad, plain when neither (households, colours …).
        if (c == 3 && change != 0 && i.better != 0)
          cell->setForeground((change > 0) == (i.better > 0) ? QColor(0x2E, 0x7D, 0x32) : QColor(0xC6, 0x28, 0x28));
        mIndicators->setItem(row, c, cell);
      }
      mRowKeys.push_back(i.key);
      if (q(i.key) == selected) selectRow = row;
    }
  }
  mIndicators->resizeColumnsToContents();
  mIndicators->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
  // Places below.
  const int columns = static_cast<int>(std::size(kChildColumns)) + 1;
  mChildren->clear();
  mChildren->setColumnCount(columns);
  QStringList header{mChildFigures.empty() ? tr("Place") : levelName(mChildFigures.front().place.level)};
  for (const char* key : kChildColumns)
    if (const dashboard::Indicator* i = mNow.find(key)) header << indicatorName(*i);
  mChildren->setHorizontalHeaderLabels(header);
  mChildren->setRowCount(static_cast<int>(mChildFigures.size()));
  for (int r = 0; r < static_cast<int>(mChildFigures.size()); ++r) {
    const dashboard::Figures& child = mChildFigures[static_cast<std::size_t>(r)];
    mChildren->setItem(r, 0, new QTableWidgetItem(q(child.placeName)));
    for (int c = 1; c < columns; ++c) {
      const dashboard::Indicator* i = child.find(kChildColumns[c - 1]);
      auto* cell = new QTableWidgetItem(i ? q(dashboard::formatValue(*i, i->value)) : QString());
      cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
      if (i && i->key == "visits_overdue" && i->value > 0) cell->setForeground(QColor(0xC6, 0x28, 0x28));
      mChildren->setItem(r, c, cell);
    }
  }
  mChildren->resizeColumnsToContents();
  if (selectRow >= 0) mIndicators->selectRow(selectRow);
  fillChart();
}

void DashboardWindow::fillChart() {
  auto* view = static_cast<QChartView*>(mChart);
  const std::string key = currentKey().toStdString();
  const dashboard::Indicator* indicator = mNow.find(key);
  auto* chart = new QChart();
  chart->setAnimationOptions(QChart::NoAnimation);
  chart->setTitle(indicator ? QStringLiteral("%1 · %2").arg(indicatorName(*indicator), q(mNow.placeName)) : QString());
  auto* set = new QBarSet(indicator ? indicatorName(*indicator) : QString());
  set->setColor(QColor(0xC6, 0x28, 0x28));
  QStringList categories;
  double top = 0;
  for (const dashboard::Figures& child : mChildFigures) {
    // 和平社区第3网格 under 和平社区 is 第3网格 on the axis.
    QString name = q(child.placeName);
    if (name.startsWith(q(mNow.placeName)) && name.size() > static_cast<int>(q(mNow.placeName).size()))
      name = name.mid(q(mNow.placeName).size());
    categories << name;
    *set << child.value(key);
    top = std::max(top, child.value(key));
  }
  auto* series = new QBarSeries();
  series->append(set);
  series->setLabelsVisible(categories.size() <= 8);  // more bars are too narrow; the table has the values
  const bool percent = indicator && indicator->unit == dashboard::Unit::Percent;
  series->setLabelsFormat(percent ? QStringLiteral("@value%") : QStringLiteral("@value"));
  series->setLabelsPrecision(indicator && indicator->unit != dashboard::Unit::Count ? 3 : 9);
  series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
  chart->addSeries(series);
  auto* axisX = new QBarCategoryAxis();
  axisX->append(categories);
  QFont small = axisX->labelsFont();
  small.setPointSizeF(categories.size() > 8 ? 7.5 : 9);
  axisX->setLabelsFont(small);
  chart->addAxis(axisX, Qt::AlignBottom);
  series->attachAxis(axisX);
  auto* axisY = new QValueAxis();
  axisY->setRange(0, indicator && indicator->unit == dashboard::Unit::Percent ? 100 : std::max(1.0, top * 1.15));
  axisY->setLabelFormat(QStringLiteral("%.0f"));
  axisY->applyNiceNumbers();
  chart->addAxis(axisY, Qt::AlignLeft);
  series->attachAxis(axisY);
  chart->legend()->hide();
  QChart* old = view->chart();
  view->setChart(chart);
  delete old;
}

void DashboardWindow::showRecords(const QString& key, int child) {
  const dashboard::Figures& figures = child >= 0 ? mChildFigures[static_cast<std::size_t>(child)] : mNow;
  auto db = Database::open(mPath.toStdString(), Database::readOnlyOptions());
  if (!db) return (void)QMessageBox::warning(this, windowTitle(), q(db.error().describe()));
  SystemClock clock;
  auto records =
      dashboard::indicatorRecords(**db, clock, figures.place, figures.period, key.toStdString(), 2000, !uiIsChinese());
  if (!records) return (void)QMessageBox::warning(this, windowTitle(), q(records.error().describe()));
  const dashboard::Indicator* indicator = figures.find(key.toStdString());
  QDialog dialog(this);
  dialog.setWindowTitle(QStringLiteral("%1 · %2 (%3)")
                            .arg(indicator ? indicatorName(*indicator) : key, q(figures.placeName))
                            .arg(records->total));
  dialog.resize(900, 560);
  auto* layout = new QVBoxLayout(&dialog);
  auto* table = new QTableWidget(static_cast<int>(records->rows.size()), 0, &dialog);
  QStringList header{tr("No.")};
  for (const std::string& h : uiIsChinese() ? records->headerZh : records->headerEn) header << q(h);
  table->setColumnCount(header.size());
  table->setHorizontalHeaderLabels(header);
  table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table->setSelectionBehavior(QAbstractItemView::SelectRows);
  table->verticalHeader()->hide();
  for (int r = 0; r < static_cast<int>(records->rows.size()); ++r) {
    table->setItem(r, 0, new QTableWidgetItem(QString::number(records->ids[static_cast<std::size_t>(r)])));
    const auto& cells = records->rows[static_cast<std::size_t>(r)];
    for (int c = 0; c < static_cast<int>(cells.size()); ++c)
      table->setItem(r, c + 1, new QTableWidgetItem(q(cells[static_cast<std::size_t>(c)])));
  }
  table->resizeColumnsToContents();
  table->horizontalHeader()->setStretchLastSection(true);
  const std::string kind = records->table;
  connect(table, &QTableWidget::cellDoubleClicked, &dialog, [this, table, kind](int r, int) {
    if (kind == "event")
      emit eventOpened(table->item(r, 1)->text());
    else if (kind == "grid")
      emit gridOpened(table->item(r, 0)->text().toLongLong());
  });
  layout->addWidget(table);
  if (records->total > static_cast<long long>(records->rows.size()))
    layout->addWidget(
        new QLabel(tr("The first %1 of %2 are shown.").arg(records->rows.size()).arg(records->total), &dialog));
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
  connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
  layout->addWidget(buttons);
  dialog.exec();
}

QMap<long long, double> DashboardWindow::gridValues(const QString& key, QString* error) {
  QMap<long long, double> values;
  auto db = Database::open(mPath.toStdString(), Database::readOnlyOptions());
  if (!db) {
    if (error) *error = q(db.error().describe());
    return values;
  }
  SystemClock clock;
  // The grids under the place: its children until grid level (a grid itself; a worker's grids through theirs).
  std::vector<workflow::Org> pending{mNow.place}, grids;
  while (!pending.empty()) {
    const workflow::Org place = pending.back();
    pending.pop_back();
    if (place.level == "grid") {
      grids.push_back(place);
      continue;
    }
    if (place.level == "worker") continue;
    auto children = dashboard::childFigures(**db, clock, place, mNow.period);
    if (!children) {
      if (error) *error = q(children.error().describe());
      return values;
    }
    // Only the places are needed here; their figures are recomputed per grid below.
    for (const dashboard::Figures& child : *children) pending.push_back(child.place);
  }
  QApplication::setOverrideCursor(Qt::WaitCursor);
  for (const workflow::Org& grid : grids) {
    auto figures = dashboard::computeFigures(**db, clock, grid, mNow.period);
    if (!figures) {
      QApplication::restoreOverrideCursor();
      if (error) *error = q(figures.error().describe());
      return values;
    }
    values.insert(grid.id, figures->value(key.toStdString()));
  }
  QApplication::restoreOverrideCursor();
  return values;
}

bool DashboardWindow::writeReport(const QString& file, QString* error) {
  if (mNow.place.level != "community" && mNow.place.level != "street") {
    if (error) *error = tr("The monthly report is made for a community or a street; choose one in Place.");
    return false;
  }
  auto db = Database::open(mPath.toStdString(), Database::readOnlyOptions());
  if (!db) {
    if (error) *error = q(db.error().describe());
    return false;
  }
  SystemClock clock;
  const std::string month = mMonth->date().toString(QStringLiteral("yyyy-MM")).toStdString();
  auto report = dashboard::buildMonthlyReport(**db, clock, mNow.place, month, 200, !uiIsChinese());
  if (!report) {
    if (error) *error = q(report.error().describe());
    return false;
  }
  if (file.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
    if (auto s = dashboard::writeReportWorkbook(*report, file.toStdString(), !uiIsChinese()); !s) {
      if (error) *error = q(s.error().describe());
      return false;
    }
    return true;
  }
  return printMonthlyReport(*report, file, !uiIsChinese(), error);
}

}  // namespace grid::app
