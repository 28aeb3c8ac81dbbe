// SPDX-License-Identifier: GPL-2.0-or-later
#include "print/emergency_printer.h"

#include <QCoreApplication>
#include <QDate>

#include "print/pdf_pages.h"

namespace grid::app {

namespace {

QString tr(const char* text) {
  return QCoreApplication::translate("grid::app", text);
}

}  // namespace

bool printEmergencySheets(const std::vector<emergency::Unit>& units, const QString& community, const QString& pdf,
                          bool english, QString* error) {
  using namespace pdf;
  if (units.empty()) {
    if (error) *error = tr("%1 has no emergency units; assign them first.").arg(community);
    return false;
  }
  const QString generated = QDate::currentDate().toString(Qt::ISODate);
  const QString title = english ? QStringLiteral("Emergency units of %1").arg(community)
                                : QStringLiteral("%1最小应急单元联络点名表").arg(community);
  const QString footer =
      english ? QStringLiteral("GridStation · %1 · printed %2 · internal, do not post").arg(community, generated)
              : QStringLiteral("网格工作站 · %1 · 打印于 %2 · 内部资料，请勿张贴").arg(community, generated);
  return pdf::write(
      pdf, title, footer,
      [&](Pages& pages) {
        const QColor red(0xC6, 0x28, 0x28);
        for (std::size_t u = 0; u < units.size(); ++u) {
          const emergency::Unit& unit = units[u];
          if (u > 0) pages.newPage();
          pages.text(q(unit.name), font(18, true), 11, Qt::AlignHCenter | Qt::AlignVCenter, red);
          pages.text(english ? QStringLiteral("%1 · grid %2 %3 · %4 buildings, %5 households, %6 persons")
                                   .arg(community, q(unit.gridCode), q(unit.gridName))
                                   .arg(unit.buildings.size())
                                   .arg(unit.households)
                                   .arg(unit.persons)
                             : QStringLiteral("%1 · 网格 %2 %3 · %4 栋 %5 户 %6 人")
                                   .arg(community, q(unit.gridCode), q(unit.gridName))
                                   .arg(unit.buildings.size())
                                   .arg(unit.households)
                                   .arg(unit.persons),
                     font(9.5), 6, Qt::AlignHCenter | Qt::AlignVCenter, Qt::darkGray);
          pages.y += 2;
          // People.
          std::vector<QStringList> people;
          for (const emergency::UnitMember& m : unit.members)
            people.push_back({q(emergency::memberRoleName(m.role, english)), q(m.name), q(m.phone)});
          if (people.empty())
            people.push_back(
                {english ? QStringLiteral("(none: name a responsible person)") : QStringLiteral("（未设负责人）"),
                 QString(), QString()});
          pages.table({english ? QStringLiteral("Role") : QStringLiteral("职责"),
                       english ? QStringLiteral("Name") : QStringLiteral("姓名"),
                       english ? QStringLiteral("Phone") : QStringLiteral("电话")},
                      people, {36, 50});
          // Shelter and supplies.
          QString shelter =
              unit.shelter.empty() ? (english ? QStringLiteral("not set") : QStringLiteral("未设置")) : q(unit.shelter);
          if (unit.shelterCapacity >= 0)
            shelter += english ? QStringLiteral(" (%1 people)").arg(unit.shelterCapacity)
                               : QStringLiteral("（可容纳 %1 人）").arg(unit.shelterCapacity);
          pages.paragraph((english ? QStringLiteral("Shelter: ") : QStringLiteral("避难场所：")) + shelter, font(10));
          pages.paragraph((english ? QStringLiteral("Supplies: ") : QStringLiteral("应急物资：")) +
                              (unit.supplies.empty() ? (english ? QStringLiteral("not set") : QStringLiteral("未设置"))
                                                     : q(unit.supplies)),
                          font(10));
          QStringList buildings;
          for (const emergency::UnitBuilding& b : unit.buildings) buildings << q(b.name);
          pages.paragraph((english ? QStringLiteral("Buildings: ") : QStringLiteral("包含楼栋：")) +
                              buildings.join(english ? QStringLiteral(", ") : QStringLiteral("、")),
                          font(9), Qt::darkGray);
          pages.y += 2;
          // Roll call.
          pages.text(english ? QStringLiteral("Reach first (%1)").arg(unit.vulnerable.size())
                             : QStringLiteral("优先联系人员（%1 人）").arg(unit.vulnerable.size()),
                     font(12, true), 8, Qt::AlignLeft | Qt::AlignVCenter, red);
          std::vector<QStringList> rows;
          for (const emergency::VulnerablePerson& v : unit.vulnerable)
            rows.push_back({q(v.address), q(v.name), v.age >= 0 ? QString::number(v.age) : QString(), q(v.tags),
                            q(v.phone), QString()});
          if (rows.empty())
            pages.paragraph(english ? QStringLiteral("No one in the unit carries a priority tag.")
                                    : QStringLiteral("本单元暂无需优先联系的人员。"),
                            font(9.5), Qt::darkGray);
          else
            pages.table({english ? QStringLiteral("Address") : QStringLiteral("住址"),
                         english ? QStringLiteral("Name") : QStringLiteral("姓名"),
                         english ? QStringLiteral("Age") : QStringLiteral("年龄"),
                         english ? QStringLiteral("Why") : QStringLiteral("类别"),
                         english ? QStringLiteral("Phone") : QStringLiteral("电话"),
                         english ? QStringLiteral("Reached") : QStringLiteral("已联系")},
                        rows, {42, 24, 12, 40, 28}, {}, true);
        }
      },
      error);
}

}  // namespace grid::app
