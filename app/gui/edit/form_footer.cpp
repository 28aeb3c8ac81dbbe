// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui/edit/form_footer.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>

namespace grid::app {

FormFooter addFormFooter(QFormLayout* form, QDialog* dialog) {
  FormFooter footer;
  footer.message = new QLabel(dialog);
  footer.message->setWordWrap(true);
  footer.message->setStyleSheet(QStringLiteral("color: #b01c1c"));
  form->addRow(footer.message);
  footer.buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
  form->addRow(footer.buttons);
  QObject::connect(footer.buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
  return footer;
}

}  // namespace grid::app
