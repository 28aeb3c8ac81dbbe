// SPDX-License-Identifier: GPL-2.0-or-later
#include "print/report_printer.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QPdfWriter>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QValueAxis>
#include <algorithm>
#include <functional>

#include "print/pdf_pages.h"

namespace grid::app {

namespace {

#if QT_VERSION_MAJOR < 6
using namespace QtCharts;
#endif

using namespace pdf;

QString tr(const char* text) {
  return QCoreApplication::translate("grid::app", text);
}  // the context lupdate gives it

QChart* barChart(const QString& title, const QStringList& categories,
                 const std::vector<std::pair<QString, std::vector<double>>>& sets, const std::vector<QColor>& colours,
                 bool percent) {
  auto* chart = new QChart();
  chart->setTitle(title);
  chart->setTitleFont(chartFont(22, true));
  chart->setAnimationOptions(QChart::NoAnimation);
  chart->setBackgroundVisible(false);
  auto* series = new QBarSeries();
  double top = 0;
  for (std::size_t i = 0; i < sets.size(); ++i) {
    auto* set = new QBarSet(sets[i].first);
    for (double v : sets[i].second) {
      *set << v;
      top = std::max(top, v);
    }
    if (i < colours.size()) set->setColor(colours[i]);
    set->setLabelFont(chartFont(14));
    series->append(set);
  }
  series->setLabelsVisible(true);
  series->setLabelsFormat(percent ? QStringLiteral("@value%") : QStringLiteral("@value"));
  series->setLabelsPrecision(percent ? 3 : 6);
  chart->addSeries(series);
  auto* axisX = new QBarCategoryAxis();
  axisX->append(categories);
  axisX->setLabelsFont(chartFont(14));
  if (categories.size() > 14) axisX->setLabelsAngle(-45);
  chart->addAxis(axisX, Qt::AlignBottom);
  series->attachAxis(axisX);
  auto* axisY = new QValueAxis();
  axisY->setRange(0, percent ? 100 : std::max(1.0, top * 1.15));
  if (!percent) {  // whole steps for counts: 0, 1, 2 … rather than 0, 0.6, 1.2 shown as 0, 1, 1
    axisY->applyNiceNumbers();
    if (axisY->max() <= 10) axisY->setTickCount(static_cast<int>(axisY->max()) + 1);
  }
  axisY->setLabelFormat(percent ? QStringLiteral("%d%%") : QStringLiteral("%d"));
  axisY->setLabelsFont(chartFont(14));
  chart->addAxis(axisY, Qt::AlignLeft);
  series->attachAxis(axisY);
  chart->legend()->setVisible(sets.size() > 1);
  chart->legend()->setFont(chartFont(16));
  chart->legend()->setAlignment(Qt::AlignTop);
  return chart;
}

QString monthTitle(const std::string& month, bool english) {
  const QDate date = QDate::fromString(q(month) + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
  if (english) return QLocale(QLocale::English).toString(date, QStringLiteral("MMMM yyyy"));
  return QStringLiteral("%1年%2月").arg(date.year()).arg(date.month());
}

}  // namespace

bool printMonthlyReport(const dashboard::MonthlyReport& report, const QString& pdf, bool english, QString* error) {
  const dashboard::Figures& now = report.current;
  const dashboard::Figures& before = report.previous;
  auto name = [&](const dashboard::Indicator& i) { return q(english ? i.en : i.zh); };
  auto value = [&](const dashboard::Indicator& i, double v) { return q(dashboard::formatValue(i, v)); };
  const QString place = q(now.placeName);
  const QString title = english
                            ? QStringLiteral("Monthly report %1 — %2").arg(place, monthTitle(report.month, true))
                            : QStringLiteral("%1网格化服务管理月报（%2）").arg(place, monthTitle(report.month, false));
  const QString generated = QDate::currentDate().toString(Qt::ISODate);
  const QString footer = english ? QStringLiteral("GridStation · %1 · generated %2").arg(place, generated)
                                 : QStringLiteral("网格工作站 · %1 · 生成于 %2").arg(place, generated);
  return pdf::write(
      pdf, title, footer,
      [&](Pages& pages) {
        QPainter& painter = pages.painter();
        // Title and period.
        pages.text(english ? QStringLiteral("Monthly Report of Grid Governance") : QStringLiteral("网格化服务管理月报"),
                   font(20, true), 11, Qt::AlignHCenter | Qt::AlignVCenter, QColor(0xC6, 0x28, 0x28));
        pages.text(QStringLiteral("%1 %2 · %3").arg(place, q(now.placeCode), monthTitle(report.month, english)),
                   font(12, true), 8, Qt::AlignHCenter | Qt::AlignVCenter);
        pages.text(english ? QStringLiteral("Period %1 to %2; stock figures as of %3; compared with %4.")
                                 .arg(q(now.period.from), q(now.period.to), q(now.asOf),
                                      monthTitle(before.period.from.substr(0, 7), true))
                           : QStringLiteral("统计期 %1 至 %2，存量指标截至 %3，与%4比较。")
                                 .arg(q(now.period.from), q(now.period.to), q(now.asOf),
                                      monthTitle(before.period.from.substr(0, 7), false)),
                   font(8.5), 6, Qt::AlignHCenter | Qt::AlignVCenter, Qt::darkGray);
        pages.y += 2;

        // Headline figures in boxes.
        const std::vector<std::string> headline = {"households",          "events_new",  "events_closure_rate",
                                                   "events_satisfaction", "visits_done", "visits_overdue"};
        const double boxWidth = (kPageWidth - 2 * kMargin - 5 * 3) / 6;
        pages.need(20);
        for (std::size_t k = 0; k < headline.size(); ++k) {
          const dashboard::Indicator* i = now.find(headline[k]);
          if (!i) continue;
          const QRectF box(kMargin + static_cast<double>(k) * (boxWidth + 3), pages.y, boxWidth, 18);
          painter.fillRect(box, QColor(0xFB, 0xEE, 0xEE));
          painter.setPen(QColor(0xC6, 0x28, 0x28));
          painter.setFont(font(13, true));
          painter.drawText(box.adjusted(0, 1, 0, -8), Qt::AlignCenter, value(*i, i->value));
          painter.setPen(Qt::black);
          painter.setFont(font(7));
          painter.drawText(box.adjusted(1, 10, -1, -1), Qt::AlignCenter | Qt::TextWordWrap, name(*i));
        }
        pages.y += 22;

        // The indicator table, by group.
        static const std::vector<std::pair<std::string, std::pair<const char*, const char*>>> kGroups = {
            {"population", {"人口与联户", "Population and party links"}},
            {"lists", {"三张清单", "The three lists"}},
            {"events", {"事件办理", "Events"}},
            {"visits", {"巡查走访", "Patrols and visits"}},
            {"staff", {"网格与队伍", "Grids and staff"}}};
        std::vector<QStringList> rows;
        std::vector<bool> groupRows;
        for (const auto& [group, names] : kGroups) {
          rows.push_back({english ? names.second : names.first});
          groupRows.push_back(true);
          for (const dashboard::Indicator& i : now.indicators) {
            if (i.group != group) continue;
            const double last = before.value(i.key), change = i.value - last;
            QString delta = value(i, change);
            if (change > 0) delta.prepend(QLatin1Char('+'));
            rows.push_back({name(i), value(i, i.value), value(i, last), delta});
            groupRows.push_back(false);
          }
        }
        pages.table(english ? QStringList{QStringLiteral("Indicator"), QStringLiteral("This month"),
                                          QStringLiteral("Last month"), QStringLiteral("Change")}
                            : QStringList{QStringLiteral("指标"), QStringLiteral("本月"), QStringLiteral("上月"),
                                          QStringLiteral("变化")},
                    rows, {90, 30, 30}, [&](std::size_t r) { return groupRows[r]; });

        // Charts of the places below.
        if (!report.children.empty()) {
          QStringList categories;
          std::vector<double> reported, closed, onTime, red, orange, yellow, blue;
          for (const dashboard::Figures& child : report.children) {
            // 和平社区第3网格 under 和平社区 is 第3网格 on the axis.
            QString shortName = q(child.placeName);
            if (shortName.startsWith(place) && shortName.size() > place.size()) shortName = shortName.mid(place.size());
            categories << shortName;
            reported.push_back(child.value("events_new"));
            closed.push_back(child.value("events_closed"));
            onTime.push_back(child.value("visits_on_time"));
            red.push_back(child.value("key_persons_red"));
            orange.push_back(child.value("key_persons_orange"));
            yellow.push_back(child.value("key_persons_yellow"));
            blue.push_back(child.value("key_persons_blue"));
          }
          const double height = 78;
          pages.need(height);
          pages.chart(
              barChart(english ? QStringLiteral("Events reported and closed") : QStringLiteral("事件受理与办结"),
                       categories,
                       {{english ? QStringLiteral("Reported") : QStringLiteral("新发"), reported},
                        {english ? QStringLiteral("Closed") : QStringLiteral("办结"), closed}},
                       {QColor(0x15, 0x65, 0xC0), QColor(0x2E, 0x7D, 0x32)}, false),
              height);
          pages.chart(barChart(english ? QStringLiteral("Visits on time") : QStringLiteral("按期走访率"), categories,
                               {{english ? QStringLiteral("On time") : QStringLiteral("按期"), onTime}},
                               {QColor(0xC6, 0x28, 0x28)}, true),
                      height);
          pages.chart(
              barChart(english ? QStringLiteral("Key persons by risk colour") : QStringLiteral("重点人员风险等级"),
                       categories,
                       {{english ? QStringLiteral("Red") : QStringLiteral("红"), red},
                        {english ? QStringLiteral("Orange") : QStringLiteral("橙"), orange},
                        {english ? QStringLiteral("Yellow") : QStringLiteral("黄"), yellow},
                        {english ? QStringLiteral("Blue") : QStringLiteral("蓝"), blue}},
                       {QColor(0xD3, 0x2F, 0x2F), QColor(0xF5, 0x7C, 0x00), QColor(0xFB, 0xC0, 0x2D),
                        QColor(0x19, 0x76, 0xD2)},
                       false),
              height);

          // The places below in a table.
          pages.text(english ? QStringLiteral("Places below") : QStringLiteral("下级单位"), font(11, true), 8);
          const std::vector<std::string> columns = {
              "households",          "persons",     "party_coverage", "events_new",
              "events_closure_rate", "visits_done", "visits_overdue"};
          QStringList header{english ? QStringLiteral("Place") : QStringLiteral("单位")};
          for (const std::string& key : columns)
            if (const dashboard::Indicator* i = now.find(key)) header << name(*i);
          std::vector<QStringList> childRows;
          for (const dashboard::Figures& child : report.children) {
            QStringList cells{q(child.placeName)};
            for (const std::string& key : columns)
              if (const dashboard::Indicator* i = child.find(key)) cells << value(*i, i->value);
            childRows.push_back(cells);
          }
          pages.table(header, childRows, {44, 19, 19, 21, 19, 21, 19});
        }

        // What needs attention.
        for (const auto& [list, zh, en] :
             {std::tuple{&report.overdueVisits, "逾期未走访对象", "Visits overdue"},
              std::tuple{&report.supervisedEvents, "督办事件", "Events under supervision"}}) {
          pages.text(
              QStringLiteral("%1（%2）").arg(english ? QString::fromUtf8(en) : QString::fromUtf8(zh)).arg(list->total),
              font(11, true), 8);
          if (list->rows.empty()) {
            pages.text(english ? QStringLiteral("None.") : QStringLiteral("无。"), font(8.5), 6);
            continue;
          }
          QStringList header;
          for (const std::string& h : english ? list->headerEn : list->headerZh) header << q(h);
          std::vector<QStringList> listRows;
          for (const std::vector<std::string>& r : list->rows) {
            QStringList cells;
            for (const std::string& c : r) cells << q(c);
            listRows.push_back(cells);
          }
          std::vector<double> widths(static_cast<std::size_t>(std::max(0, static_cast<int>(header.size()) - 1)),
                                     (kPageWidth - 2 * kMargin) / std::max(1, static_cast<int>(header.size())));
          pages.table(header, listRows, widths);
          if (list->total > static_cast<long long>(list->rows.size()))
            pages.text(english ? QStringLiteral("… and %1 more; see the dashboard.")
                                     .arg(list->total - static_cast<long long>(list->rows.size()))
                               : QStringLiteral("……另有 %1 条，见统计分析窗口。")
                                     .arg(list->total - static_cast<long long>(list->rows.size())),
                       font(8), 6);
        }
      },
      error);
}

}  // namespace grid::app
