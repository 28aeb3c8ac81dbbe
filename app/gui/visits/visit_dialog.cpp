// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui/visits/visit_dialog.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "access/session.h"
#include "core/translation.h"
#include "gui/edit/database_command.h"
#include "registry/record_edit.h"
#include "storage/hierarchy_query.h"
#include "visits/visits.h"

namespace grid::app {

namespace {
QString q(const std::string& text) {
  return QString::fromStdString(text);
}
std::string s(const QString& text) {
  return text.toStdString();
}
}  // namespace

VisitDialog::VisitDialog(QString databasePath, QUndoStack* stack, QWidget* parent)
    : QDialog(parent), mPath(std::move(databasePath)), mStack(stack) {
  setWindowTitle(tr("Log a Patrol or Visit"));
  auto* layout = new QVBoxLayout(this);
  auto* form = new QFormLayout;
  mType = new QComboBox(this);
  for (const char* type : {"grid", "building", "household", "key_person", "key_place", "key_matter"})
    mType->addItem(q(visits::objectTypeName(type, !uiIsChinese())), QString::fromLatin1(type));
  mObject = new QSpinBox(this);
  mObject->setRange(0, 999999999);
  mObject->setSpecialValueText(tr("(choose)"));
  mObjectLabel = new QLabel(this);
  auto* objectRow = new QHBoxLayout;
  objectRow->addWidget(mType);
  objectRow->addWidget(mObject);
  objectRow->addWidget(mObjectLabel, 1);
  form->addRow(tr("Visited"), objectRow);
  mTime = new QDateTimeEdit(QDateTime::currentDateTime(), this);
  mTime->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
  mTime->setCalendarPopup(true);
  mTime->setMaximumDateTime(QDateTime::currentDateTime().addSecs(3600));
  form->addRow(tr("Time"), mTime);
  mKind = new QComboBox(this);
  mKind->addItem(tr("(as the object calls for)"), QString());
  for (const auto& [code, zh, en] :
       {std::tuple{"patrol", "巡查", "Patrol"}, std::tuple{"routine_visit", "日常走访", "Routine visit"},
        std::tuple{"key_person_visit", "重点人员走访", "Key-person visit"},
        std::tuple{"hidden_danger", "隐患排查", "Hidden danger"}, std::tuple{"work_record", "工作记录", "Work record"}})
    mKind->addItem(uiIsChinese() ? QString::fromUtf8(zh) : QString::fromUtf8(en), QString::fromLatin1(code));
  form->addRow(tr("Kind"), mKind);
  mMet = new QLineEdit(this);
  mMet->setPlaceholderText(tr("本人, 户主, neighbour …"));
  form->addRow(tr("Met"), mMet);
  mFindings = new QPlainTextEdit(this);
  mFindings->setPlaceholderText(tr("What you saw and did"));
  mFindings->setMaximumHeight(90);
  form->addRow(tr("Findings"), mFindings);
  mException = new QCheckBox(tr("Exception found"), this);
  mExceptionType = new QComboBox(this);
  mExceptionType->setEnabled(false);
  if (auto db = Database::open(s(mPath), Database::readOnlyOptions()))
    if (auto codes = codeNames(**db, "exception_type", uiIsChinese()))
      for (const auto& [code, name] : *codes) mExceptionType->addItem(q(name), q(code));
  connect(mException, &QCheckBox::toggled, mExceptionType, &QWidget::setEnabled);
  auto* exceptionRow = new QHBoxLayout;
  exceptionRow->addWidget(mException);
  exceptionRow->addWidget(mExceptionType, 1);
  form->addRow(QString(), exceptionRow);
  mNextDueOn = new QCheckBox(tr("Next visit on"), this);
  mNextDue = new QDateEdit(QDate::currentDate().addDays(7), this);
  mNextDue->setCalendarPopup(true);
  mNextDue->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
  mNextDue->setEnabled(false);
  connect(mNextDueOn, &QCheckBox::toggled, mNextDue, &QWidget::setEnabled);
  auto* dueRow = new QHBoxLayout;
  dueRow->addWidget(mNextDueOn);
  dueRow->addWidget(mNextDue);
  dueRow->addWidget(new QLabel(tr("(otherwise the frequency rule's)"), this), 1);
  form->addRow(QString(), dueRow);
  auto* photo = new QPushButton(tr("Photo…"), this);
  mPhotoLabel = new QLabel(tr("none"), this);
  connect(photo, &QPushButton::clicked, this, [this] {
    const QString file = QFileDialog::getOpenFileName(this, tr("Photo"), QString(), tr("Images (*.jpg *.jpeg *.png)"));
    if (!file.isEmpty()) setPhoto(file);
  });
  auto* photoRow = new QHBoxLayout;
  photoRow->addWidget(photo);
  photoRow->addWidget(mPhotoLabel, 1);
  form->addRow(tr("Photo"), photoRow);
  mReport = new QCheckBox(tr("Report the findings as an event (上报事件)"), this);
  form->addRow(QString(), mReport);
  layout->addLayout(form);
  mMessage = new QLabel(this);
  mMessage->setWordWrap(true);
  mMessage->setStyleSheet(QStringLiteral("color: #b71c1c"));
  layout->addWidget(mMessage);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  connect(buttons, &QDialogButtonBox::accepted, this, [this] {
    if (save()) accept();
  });
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);
  connect(mType, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] { mObjectLabel->clear(); });
}

void VisitDialog::setObject(const QString& type, long long id, const QString& label) {
  mType->setCurrentIndex(std::max(0, mType->findData(type)));
  if (type == QLatin1String("grid")) mGridId = id;
  mObject->setValue(static_cast<int>(id));
  mObject->setEnabled(type != QLatin1String("grid"));
  mObjectLabel->setText(label);
}

bool VisitDialog::setPhoto(const QString& file) {
  QFile in(file);
  QImage image;
  if (!in.open(QIODevice::ReadOnly) || !image.loadFromData(in.readAll())) {
    mMessage->setText(tr("%1 is not an image GridStation can read.").arg(file));
    return false;
  }
  // Re-encoding drops the EXIF block: GPS position, device and time stay out of the database.
  mPhoto.clear();
  QBuffer buffer(&mPhoto);
  buffer.open(QIODevice::WriteOnly);
  image.scaled(image.size().boundedTo(QSize(2048, 2048)), Qt::KeepAspectRatio, Qt::SmoothTransformation)
      .save(&buffer, "JPEG", 85);
  mPhotoName = QFileInfo(file).completeBaseName() + QStringLiteral(".jpg");
  mPhotoLabel->setText(QStringLiteral("%1 (%2 KB)").arg(mPhotoName).arg(mPhoto.size() / 1024));
  return true;
}

bool VisitDialog::save() {
  const QString type = mType->currentData().toString();
  registry::RecordValues values;
  values["object_type"] = s(type);
  if (type == QLatin1String("grid")) {
    auto db = Database::open(s(mPath), Database::readOnlyOptions());
    if (!db) return mMessage->setText(q(db.error().describe())), false;
    auto hierarchy = loadHierarchy(**db);
    if (!hierarchy) return mMessage->setText(q(hierarchy.error().describe())), false;
    for (const HierarchyNode& node : *hierarchy)
      if (node.level == HierarchyLevel::Grid && node.id == (mGridId >= 0 ? mGridId : mObject->value()))
        values["grid"] = node.code;
  } else if (mObject->value() > 0) {
    values["object_id"] = std::to_string(mObject->value());
  }
  values["work_time"] = s(mTime->dateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
  if (!mKind->currentData().toString().isEmpty()) values["log_type"] = s(mKind->currentData().toString());
  values["met_person"] = s(mMet->text());
  values["content"] = s(mFindings->toPlainText());
  if (mException->isChecked()) {
    values["has_exception"] = "1";
    values["exception"] = s(mExceptionType->currentData().toString());
    values["exception_info"] = s(mFindings->toPlainText());
  }
  if (mNextDueOn->isChecked()) values["next_due"] = s(mNextDue->date().toString(Qt::ISODate));
  const QByteArray photo = mPhoto;
  const QString photoName = mPhotoName;
  auto issues = std::make_shared<std::vector<registry::FieldIssue>>();
  auto logId = std::make_shared<long long>(-1);  // the command runs again on redo, after this function returned
  QString error;
  const bool ok = pushRecordEdit(
      mStack, mPath, tr("Log visit"),
      [values, issues, photo, photoName, logId](Database& db) -> Result<RecordChange> {
        auto key = access::fieldKey(db);
        if (!key) return key.error();
        auto codes = registry::CodeBook::load(db);
        if (!codes) return codes.error();
        SystemClock clock;
        const registry::SaveContext context{db, *key, *codes, clock, workstationActor(), {}};
        auto saved = registry::logVisit(context, values, Blob(photo.begin(), photo.end()), photoName.toStdString(),
                                        issues.get());
        if (saved)
          for (const auto& [table, id] : saved->created)
            if (table == "patrol_log") *logId = id;
        return saved;
      },
      {}, {}, &error);
  if (!ok) {
    QString text = error;
    if (!issues->empty()) {
      text.clear();
      for (const registry::FieldIssue& issue : *issues)
        text += q(issue.key) + QStringLiteral(": ") + q(issue.message) + QLatin1Char('\n');
    }
    mMessage->setText(text.trimmed());
    return false;
  }
  mSavedLog = *logId;
  if (mReport->isChecked()) {
    auto db = Database::open(s(mPath));
    if (!db) return mMessage->setText(q(db.error().describe())), false;
    auto key = access::fieldKey(**db);
    SystemClock clock;
    workflow::ReportInput input;
    if (mException->isChecked()) input.domainCode = "SAFETY";
    auto reported = visits::reportFinding(**db, key ? &*key : nullptr, clock, workstationActor(), mSavedLog, input);
    if (!reported) {
      mMessage->setText(tr("The visit is saved, but the event was not reported: %1").arg(q(reported.error().message)));
      emit saved(mSavedLog, QString());
      return false;
    }
    mSerial = q(reported->serial);
  }
  emit saved(mSavedLog, mSerial);
  return true;
}

}  // namespace grid::app
