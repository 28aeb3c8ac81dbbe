// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

class QDialog;
class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace grid::app {

//! The end of an edit form: a red, word-wrapped line where a refusal is shown, then OK and Cancel (Cancel rejects
//! \a dialog; the caller connects accepted to its save and keeps the dialog open on a refusal).
struct FormFooter {
  QLabel* message = nullptr;
  QDialogButtonBox* buttons = nullptr;
};
FormFooter addFormFooter(QFormLayout* form, QDialog* dialog);

}  // namespace grid::app
