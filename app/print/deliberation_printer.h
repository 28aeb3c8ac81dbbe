// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

#include "workflow/deliberation.h"

namespace grid::app {

/**
 * The public notice of a 四事五议 decision (决议公示) as one A4 PDF: the matter, its place and level, the five
 * steps with their days and participants, the decision with its quorum record and votes, and a QR code to the
 * public page (its token; no personal data in it). The initiator and minutes are not printed (the notice hangs in
 * public). Only a published decision is printed.
 */
bool printDeliberationNotice(const workflow::DeliberationView& item, const QString& pdf, bool english,
                             QString* error = nullptr);

}  // namespace grid::app
