// SPDX-License-Identifier: GPL-2.0-or-later
#include "print/deliberation_printer.h"

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QPainter>

#include "boards/qr_code.h"
#include "print/pdf_pages.h"

namespace grid::app {

namespace {

QString tr(const char* text) {
  return QCoreApplication::translate("grid::app", text);
}

QImage qrImage(const std::string& text) {
  auto matrix = encodeQr(text);
  if (!matrix) return {};
  const int quiet = 2, size = matrix->size + 2 * quiet;
  QImage image(size, size, QImage::Format_Mono);
  image.fill(1);
  for (int y = 0; y < matrix->size; ++y)
    for (int x = 0; x < matrix->size; ++x)
      if (matrix->at(x, y)) image.setPixel(x + quiet, y + quiet, 0);
  return image;
}

}  // namespace

bool printDeliberationNotice(const workflow::DeliberationView& item, const QString& pdf, bool english, QString* error) {
  using namespace pdf;
  if (item.publishedAt.empty()) {
    if (error) *error = tr("%1 is not published; publish the decision first.").arg(QString::fromStdString(item.serial));
    return false;
  }
  const QString place = q(item.placeName);
  const QString title = english ? QStringLiteral("Decision notice %1").arg(q(item.serial))
                                : QStringLiteral("四事五议决议公示 %1").arg(q(item.serial));
  const QString footer =
      english ? QStringLiteral("GridStation · %1 · published %2").arg(place, q(item.publishedAt.substr(0, 10)))
              : QStringLiteral("网格工作站 · %1 · 公示于 %2").arg(place, q(item.publishedAt.substr(0, 10)));
  auto participants = [&](const workflow::DeliberationStepView& step) {
    QStringList names;
    for (const workflow::Participant& p : step.participants) names << q(p.name);
    return names.join(english ? QStringLiteral(", ") : QStringLiteral("、"));
  };
  return pdf::write(
      pdf, title, footer,
      [&](Pages& pages) {
        const QColor red(0xC6, 0x28, 0x28);
        pages.text(
            english ? QStringLiteral("Public Notice of a Deliberation Decision") : QStringLiteral("四事五议决议公示"),
            font(22, true), 13, Qt::AlignHCenter | Qt::AlignVCenter, red);
        pages.text(QStringLiteral("%1 · %2 · %3")
                       .arg(place, q(workflow::deliberationLevelName(item.level, english)), q(item.serial)),
                   font(10), 7, Qt::AlignHCenter | Qt::AlignVCenter, Qt::darkGray);
        pages.y += 3;
        // The matter, with the QR code to its public page at the right.
        const double top = pages.y;
        const double qrSize = 32;
        pages.painter().setFont(font(9));
        pages.paragraph((english ? QStringLiteral("Matter: ") : QStringLiteral("议题：")) + q(item.topic),
                        font(13, true), Qt::black, kMargin, kPageWidth - 2 * kMargin - qrSize - 6);
        if (!item.content.empty())
          pages.paragraph(q(item.content), font(10), Qt::black, kMargin, kPageWidth - 2 * kMargin - qrSize - 6);
        const QImage qr = qrImage(item.publicUrl);
        if (!qr.isNull()) {
          pages.image(qr, kPageWidth - kMargin - qrSize, top, qrSize);
          pages.painter().setFont(font(7.5));
          pages.painter().setPen(Qt::darkGray);
          pages.painter().drawText(
              QRectF(kPageWidth - kMargin - qrSize - 4, top + qrSize, qrSize + 8, 5),
              Qt::AlignHCenter | Qt::AlignVCenter,
              english ? QStringLiteral("Scan for the public page") : QStringLiteral("扫码查看公示"));
        }
        pages.y = std::max(pages.y, top + qrSize + 8);

        // The decision.
        pages.text(english ? QStringLiteral("Decision") : QStringLiteral("决议内容"), font(12, true), 8,
                   Qt::AlignLeft | Qt::AlignVCenter, red);
        pages.paragraph(q(item.decision), font(11));
        for (const auto& step : item.steps)
          if (step.step == "decide" && step.action == "advance")
            pages.paragraph(
                english ? QStringLiteral("Decided on %1: %2 of %3 members present; %4 for, %5 against, %6 "
                                         "abstaining.")
                              .arg(q(step.heldOn))
                              .arg(step.present)
                              .arg(step.eligible)
                              .arg(step.votesFor)
                              .arg(step.votesAgainst)
                              .arg(step.votesAbstain)
                        : QStringLiteral("%1 决议：应到 %3 人，实到 %2 人；赞成 %4 票，反对 %5 票，弃权 %6 票。")
                              .arg(q(step.heldOn))
                              .arg(step.present)
                              .arg(step.eligible)
                              .arg(step.votesFor)
                              .arg(step.votesAgainst)
                              .arg(step.votesAbstain),
                font(9.5), Qt::darkGray);
        pages.y += 3;

        // The five steps as taken (returns included, so the record is complete).
        pages.text(english ? QStringLiteral("How it was decided") : QStringLiteral("议事过程"), font(12, true), 8,
                   Qt::AlignLeft | Qt::AlignVCenter, red);
        std::vector<QStringList> rows;
        for (const auto& step : item.steps) {
          QString what = q(workflow::deliberationStepName(step.step, english));
          if (step.action == "return")
            what = english ? QStringLiteral("Returned to %1").arg(what) : QStringLiteral("退回%1").arg(what);
          rows.push_back({what, q(step.heldOn), step.action == "return" ? q(step.reason) : participants(step)});
        }
        pages.table({english ? QStringLiteral("Step") : QStringLiteral("环节"),
                     english ? QStringLiteral("Date") : QStringLiteral("日期"),
                     english ? QStringLiteral("Participants") : QStringLiteral("参与方")},
                    rows, {30, 28});
        pages.paragraph(english
                            ? QStringLiteral("Residents with objections may contact the residents' committee within "
                                             "seven days of this notice.")
                            : QStringLiteral("居民如有异议，请于公示之日起七日内向社区居民委员会反映。"),
                        font(9), Qt::darkGray);
      },
      error);
}

}  // namespace grid::app
