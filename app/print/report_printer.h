// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

#include "dashboard/dashboard.h"

namespace grid::app {

/**
 * The monthly report (月报) as an A4 PDF: title, the headline figures, the indicator table (this month, last month,
 * change), charts (Qt Charts) of the places below, their table, the visits overdue and the events under supervision.
 * Chinese by default, English with \a english; Noto Sans CJK embedded. Writes beside the target and moves the file in
 * place, so a failed run leaves nothing half-written. Needs a QApplication (gridctl's print session or the
 * workstation).
 */
bool printMonthlyReport(const dashboard::MonthlyReport& report, const QString& pdf, bool english,
                        QString* error = nullptr);

}  // namespace grid::app
