// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui/events/event_dialogs.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include "common/clock.h"
#include "core/translation.h"
#include "storage/database.h"
#include "storage/hierarchy_query.h"
#include "workflow/event_flow.h"

namespace grid::app {
namespace {

bool chinese() {
  return uiIsChinese();
}
QString q(const std::string& text) {
  return QString::fromStdString(text);
}

QString statusText(int status) {
  switch (status) {
    case 1:
      return QObject::tr("being handled");
    case 150:
      return QObject::tr("resolved, awaiting verification");
    case 250:
      return QObject::tr("closed");
    case 300:
      return QObject::tr("verified and closed");
  }
  return QString::number(status);
}

QString lightText(int supervision) {
  return supervision == 200   ? QObject::tr("red card")
         : supervision == 100 ? QObject::tr("yellow card")
                              : QObject::tr("in time");
}

QColor lightColour(int supervision) {
  return supervision == 200   ? QColor(QStringLiteral("#d7191c"))
         : supervision == 100 ? QColor(QStringLiteral("#f5b800"))
                              : QColor(QStringLiteral("#1a9641"));
}

QString operationText(int code) {
  switch (code) {
    case 10:
      return QObject::tr("reported");
    case 2:
      return QObject::tr("classified");
    case 3:
      return QObject::tr("extension asked");
    case 4:
      return QObject::tr("extension granted");
    case 5:
      return QObject::tr("extension refused");
    case 6:
      return QObject::tr("rated");
    case 7:
      return QObject::tr("reopened");
    case 8:
      return QObject::tr("merged");
    case 21:
      return QObject::tr("assigned");
    case 30:
      return QObject::tr("verified");
    case 31:
      return QObject::tr("resolved");
    case 32:
      return QObject::tr("handled on the spot");
    case 41:
      return QObject::tr("escalated");
    case 42:
      return QObject::tr("reported back");
    case 61:
      return QObject::tr("accepted");
    case 111:
      return QObject::tr("closed");
    case 200:
      return QObject::tr("returned");
  }
  return QString::number(code);
}

QString actionText(const QString& action) {
  static const QMap<QString, const char*> names = {
      {QStringLiteral("accept"), QT_TRANSLATE_NOOP("QObject", "Accept")},
      {QStringLiteral("classify"), QT_TRANSLATE_NOOP("QObject", "Classify…")},
      {QStringLiteral("handle"), QT_TRANSLATE_NOOP("QObject", "Handle on the Spot…")},
      {QStringLiteral("escalate"), QT_TRANSLATE_NOOP("QObject", "Escalate…")},
      {QStringLiteral("assign"), QT_TRANSLATE_NOOP("QObject", "Assign…")},
      {QStringLiteral("extend"), QT_TRANSLATE_NOOP("QObject", "Ask for Extension…")},
      {QStringLiteral("return"), QT_TRANSLATE_NOOP("QObject", "Return…")},
      {QStringLiteral("resolve"), QT_TRANSLATE_NOOP("QObject", "Resolve…")},
      {QStringLiteral("feedback"), QT_TRANSLATE_NOOP("QObject", "Report Back…")},
      {QStringLiteral("evaluate"), QT_TRANSLATE_NOOP("QObject", "Record Rating…")},
      {QStringLiteral("verify"), QT_TRANSLATE_NOOP("QObject", "Verify and Close")},
      {QStringLiteral("close"), QT_TRANSLATE_NOOP("QObject", "Close…")},
      {QStringLiteral("reopen"), QT_TRANSLATE_NOOP("QObject", "Reopen…")},
      {QStringLiteral("merge"), QT_TRANSLATE_NOOP("QObject", "Merge into…")}};
  return names.contains(action) ? QObject::tr(names.value(action)) : action;
}

}  // namespace

// ---- ReportEventDialog ----------------------------------------------------------------------------------------------

ReportEventDialog::ReportEventDialog(const QString& databasePath, long long gridId, long long buildingId,
                                     QWidget* parent)
    : QDialog(parent), mPath(databasePath), mBuildingId(buildingId) {
  setWindowTitle(tr("Report Event"));
  auto* form = new QFormLayout(this);
  mGrid = new QComboBox(this);
  mClass = new QComboBox(this);
  mItem = new QComboBox(this);
  mGrade = new QComboBox(this);
  mSource = new QComboBox(this);
  mReceiver = new QComboBox(this);
  mText = new QPlainTextEdit(this);
  mText->setPlaceholderText(tr("What happened, where, who is affected"));
  mReporter = new QLineEdit(this);
  auto db = Database::open(databasePath.toStdString(), Database::readOnlyOptions());
  if (db) {
    if (auto grids = listGrids(**db))
      for (const GridRef& grid : *grids)
        mGrid->addItem(QStringLiteral("%1 %2").arg(q(grid.code), q(grid.name)), QVariant::fromValue(grid.id));
    for (const auto& [combo, domain] :
         {std::pair{mClass, "event_domain"}, {mGrade, "event_grade"}, {mSource, "event_source"}})
      if (auto codes = codeNames(**db, domain, chinese()))
        for (const auto& [code, name] : *codes) combo->addItem(q(name), q(code));
  }
  if (int at = mGrid->findData(QVariant::fromValue(gridId)); at >= 0) mGrid->setCurrentIndex(at);
  if (int at = mSource->findData(QStringLiteral("visit")); at >= 0) mSource->setCurrentIndex(at);
  connect(mClass, qOverload<int>(&QComboBox::currentIndexChanged), this, &ReportEventDialog::fillItems);
  fillItems();
  connect(mGrid, qOverload<int>(&QComboBox::currentIndexChanged), this, &ReportEventDialog::fillReceivers);
  fillReceivers();
  // A hotline call is received where the hotline is answered: the community, unless chosen otherwise.
  connect(mSource, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
    const bool hotline = mSource->currentData().toString() == QLatin1String("hotline") ||
                         mSource->currentData().toString() == QLatin1String("call_centre");
    mReceiver->setCurrentIndex(hotline && mReceiver->count() > 1 ? 1 : 0);
  });
  form->addRow(tr("Grid"), mGrid);
  if (buildingId > 0 && db) {
    auto name = buildingName(**db, buildingId);
    form->addRow(tr("Building"), new QLabel(name ? q(*name) : QStringLiteral("#%1").arg(buildingId), this));
  }
  form->addRow(tr("Class"), mClass);
  form->addRow(tr("Item"), mItem);
  form->addRow(tr("Grade"), mGrade);
  form->addRow(tr("Source"), mSource);
  form->addRow(tr("Received by"), mReceiver);
  form->addRow(tr("Description"), mText);
  form->addRow(tr("Reported by (resident)"), mReporter);
  mMessage = new QLabel(this);
  mMessage->setWordWrap(true);
  mMessage->setStyleSheet(QStringLiteral("color: #b00020"));
  form->addRow(mMessage);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Report"));
  connect(buttons, &QDialogButtonBox::accepted, this, &ReportEventDialog::submit);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  form->addRow(buttons);
  setMinimumWidth(520);
}

void ReportEventDialog::setPoint(double x, double y) {
  mHasPoint = true;
  mX = x;
  mY = y;
}

void ReportEventDialog::fillItems() {
  mItem->clear();
  mItem->addItem(tr("(classify later)"), QString());
  auto db = Database::open(mPath.toStdString(), Database::readOnlyOptions());
  if (!db) return;
  const std::string domain = mClass->currentData().toString().toStdString();
  if (auto codes = codeNames(**db, "event_type", chinese()))
    for (const auto& [code, name] : *codes)
      if (code.rfind(domain + "_", 0) == 0) mItem->addItem(q(name), q(code));
}

void ReportEventDialog::fillReceivers() {
  mReceiver->clear();
  auto db = Database::open(mPath.toStdString(), Database::readOnlyOptions());
  if (!db) return;
  auto place = gridPlace(**db, mGrid->currentData().toLongLong());
  if (!place) return;
  mReceiver->addItem(tr("This grid (%1)").arg(q(place->gridName)),
                     QStringLiteral("grid:%1").arg(mGrid->currentData().toLongLong()));
  mReceiver->addItem(tr("Community (%1)").arg(q(place->communityName)),
                     QStringLiteral("community:%1").arg(place->communityId));
  mReceiver->addItem(tr("Street (%1)").arg(q(place->streetName)), QStringLiteral("street:%1").arg(place->streetId));
}

void ReportEventDialog::submit() {
  auto db = Database::open(mPath.toStdString());
  if (!db) return mMessage->setText(q(db.error().describe()));
  workflow::ReportInput input;
  input.gridId = mGrid->currentData().toLongLong();
  input.buildingId = mBuildingId;
  if (mHasPoint) input.point = std::make_pair(mX, mY);
  input.domainCode = mClass->currentData().toString().toStdString();
  input.typeCode = mItem->currentData().toString().toStdString();
  input.grade = mGrade->currentData().toString().toStdString();
  input.source = mSource->currentData().toString().toStdString();
  input.content = mText->toPlainText().toStdString();
  input.reporterName = mReporter->text().trimmed().toStdString();
  const QStringList receiver = mReceiver->currentData().toString().split(QLatin1Char(':'));
  if (receiver.size() == 2 && receiver[0] != QLatin1String("grid"))
    input.receiver = workflow::Org{receiver[0].toStdString(), receiver[1].toLongLong()};
  SystemClock clock;
  auto result = workflow::reportEvent(**db, nullptr, clock, Actor::system("GridStation"), input);
  if (!result) return mMessage->setText(q(result.error().message));
  mSerial = q(result->serial);
  accept();
}

// ---- EventDialog --------------------------------------------------------------------------------------------------

EventDialog::EventDialog(const QString& databasePath, const QString& serial, QWidget* parent)
    : QDialog(parent), mPath(databasePath), mSerial(serial) {
  setWindowTitle(tr("Event %1").arg(serial));
  auto* layout = new QVBoxLayout(this);
  mHeader = new QLabel(this);
  mHeader->setWordWrap(true);
  mHeader->setTextFormat(Qt::RichText);
  layout->addWidget(mHeader);
  mTimeline = new QTableWidget(0, 5, this);
  mTimeline->setHorizontalHeaderLabels({tr("Time"), tr("Action"), tr("By"), tr("To"), tr("Note")});
  mTimeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mTimeline->horizontalHeader()->setStretchLastSection(true);
  mTimeline->verticalHeader()->hide();
  layout->addWidget(mTimeline);
  mPhotos = new QListWidget(this);
  mPhotos->setViewMode(QListView::IconMode);
  mPhotos->setIconSize(QSize(96, 96));
  mPhotos->setMaximumHeight(130);
  mPhotos->setResizeMode(QListView::Adjust);
  layout->addWidget(mPhotos);
  mActions = new QHBoxLayout;
  layout->addLayout(mActions);
  mMessage = new QLabel(this);
  mMessage->setWordWrap(true);
  mMessage->setStyleSheet(QStringLiteral("color: #b00020"));
  layout->addWidget(mMessage);
  resize(900, 560);
  reload();
}

void EventDialog::reload() {
  auto db = Database::open(mPath.toStdString(), Database::readOnlyOptions());
  if (!db) return mMessage->setText(q(db.error().describe()));
  SystemClock clock;
  auto view = workflow::loadEvent(**db, clock, mSerial.toStdString());
  if (!view) return mMessage->setText(q(view.error().describe()));
  QString className = q(view->domainCode), itemName = q(view->typeCode);
  if (auto codes = codeNames(**db, "event_domain", chinese()))
    for (const auto& [code, name] : *codes)
      if (code == view->domainCode) className = q(name);
  if (auto codes = codeNames(**db, "event_type", chinese()))
    for (const auto& [code, name] : *codes)
      if (code == view->typeCode) itemName = q(name);
  const QColor light = lightColour(view->supervision);
  QString redDate;
  for (const auto& step : view->steps)
    if (step.role == "lead" && (step.state == 110 || step.state == 120 || step.state == 800)) redDate = q(step.redDate);
  mHeader->setText(
      QStringLiteral("<h3>%1 %2</h3><p>%3</p><p>%4 · %5 · %6 · <span style='color:%7'>■ %8</span>%9%10</p>")
          .arg(q(view->serial).toHtmlEscaped(), q(view->subject).toHtmlEscaped(), q(view->content).toHtmlEscaped(),
               className.toHtmlEscaped(), itemName.toHtmlEscaped(), statusText(view->status), light.name(),
               lightText(view->supervision),
               view->holder.empty() ? QString() : tr(" · held by %1").arg(q(workflow::orgText(**db, view->holder))),
               redDate.isEmpty() ? QString() : tr(" · red card after %1").arg(redDate)));
  mTimeline->setRowCount(static_cast<int>(view->timeline.size()));
  QMap<QString, QString> sources;  // a report's note is its source code: shown by name
  if (auto codes = codeNames(**db, "event_source", chinese()))
    for (const auto& [code, name] : *codes) sources.insert(q(code), q(name));
  int r = 0;
  for (auto log : view->timeline) {
    if (log.operation == 10 && sources.contains(q(log.description)))
      log.description = sources.value(q(log.description)).toStdString();
    if (log.description.rfind("skip-level: ", 0) == 0)
      log.description = tr("skip-level: %1").arg(q(log.description.substr(12))).toStdString();
    const std::size_t days = log.description.find(" working days");
    if ((log.operation == 3 || log.operation == 4 || log.operation == 5) && days != std::string::npos)
      log.description = tr("%1 working days").arg(q(log.description.substr(0, days))).toStdString() +
                        log.description.substr(days + 13);
    const QStringList cells = {
        q(log.time).left(16).replace(QLatin1Char('T'), QLatin1Char(' ')), operationText(log.operation),
        log.dealOrg.empty() ? QString() : q(workflow::orgText(**db, log.dealOrg)),
        log.targetOrg.empty() || log.targetOrg == log.dealOrg ? QString() : q(workflow::orgText(**db, log.targetOrg)),
        q(log.description) + (log.serial == view->serial ? QString() : QStringLiteral(" [%1]").arg(q(log.serial)))};
    for (int c = 0; c < cells.size(); ++c) mTimeline->setItem(r, c, new QTableWidgetItem(cells[c]));
    ++r;
  }
  mTimeline->resizeColumnsToContents();
  mPhotos->clear();
  if (auto attachments = workflow::loadAttachments(**db, mSerial.toStdString()))
    for (const auto& a : *attachments) {
      QPixmap thumb;
      thumb.loadFromData(a.thumbnail.data(), static_cast<uint>(a.thumbnail.size()));
      auto* item = new QListWidgetItem(QIcon(thumb), q(a.fileName), mPhotos);
      item->setToolTip(tr("%1, added by %2 at %3%4")
                           .arg(q(a.fileName), q(a.addedBy), q(a.addedAt),
                                a.metadataKept ? tr("; location metadata kept on purpose") : QString()));
    }
  mPhotos->setVisible(mPhotos->count() > 0);
  while (QLayoutItem* item = mActions->takeAt(0)) {
    delete item->widget();
    delete item;
  }
  for (const std::string& action : view->allowed) {
    auto* button = new QPushButton(actionText(q(action)), this);
    button->setObjectName(q(action));
    connect(button, &QPushButton::clicked, this, [this, action] { ask(q(action)); });
    mActions->addWidget(button);
  }
  if (view->point) {
    const double x = view->point->first, y = view->point->second;
    auto* locate = new QPushButton(tr("Show on Map"), this);
    locate->setObjectName(QStringLiteral("locate"));
    connect(locate, &QPushButton::clicked, this, [this, x, y] { emit this->locate(x, y); });
    mActions->addWidget(locate);
  }
  if (view->status == 1 || view->status == 150) {
    auto* photo = new QPushButton(tr("Add Photo…"), this);
    photo->setObjectName(QStringLiteral("addPhoto"));
    connect(photo, &QPushButton::clicked, this, [this] {
      const QString file =
          QFileDialog::getOpenFileName(this, tr("Add Photo"), QString(), tr("Images (*.jpg *.jpeg *.png)"));
      if (file.isEmpty()) return;
      const bool keep =
          QMessageBox::question(this, tr("Add Photo"),
                                tr("Keep the photo's location and camera data? Usually not: it can locate "
                                   "a resident's home."),
                                QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
      addPhoto(file, keep);
    });
    mActions->addWidget(photo);
  }
  mActions->addStretch();
}

bool EventDialog::addPhoto(const QString& file, bool keepMetadata) {
  QFile in(file);
  if (!in.open(QIODevice::ReadOnly)) return mMessage->setText(tr("Cannot read %1.").arg(file)), false;
  const QByteArray original = in.readAll();
  QImage image;
  if (!image.loadFromData(original))
    return mMessage->setText(tr("%1 is not an image GridStation can read.").arg(file)), false;
  QByteArray stored = original;
  if (!keepMetadata) {  // QImage keeps no EXIF: writing it again drops GPS position, device and time
    QBuffer buffer(&stored);
    stored.clear();
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "JPEG", 85)) return mMessage->setText(tr("Cannot re-encode %1.").arg(file)), false;
  }
  QByteArray thumbnail;
  {
    QBuffer buffer(&thumbnail);
    buffer.open(QIODevice::WriteOnly);
    image.scaled(160, 160, Qt::KeepAspectRatio, Qt::SmoothTransformation).save(&buffer, "JPEG", 80);
  }
  workflow::Attachment attachment;
  attachment.fileName = QFileInfo(file).completeBaseName().toStdString() +
                        (keepMetadata ? "." + QFileInfo(file).suffix().toStdString() : ".jpg");
  attachment.mimeType = keepMetadata
                            ? (file.endsWith(QLatin1String(".png"), Qt::CaseInsensitive) ? "image/png" : "image/jpeg")
                            : "image/jpeg";
  attachment.content.assign(stored.begin(), stored.end());
  attachment.thumbnail.assign(thumbnail.begin(), thumbnail.end());
  attachment.metadataKept = keepMetadata;
  auto db = Database::open(mPath.toStdString());
  if (!db) return mMessage->setText(q(db.error().describe())), false;
  SystemClock clock;
  auto added = workflow::addAttachment(**db, clock, Actor::system("GridStation"), mSerial.toStdString(), attachment);
  if (!added) return mMessage->setText(q(added.error().message)), false;
  db.value().reset();
  reload();
  emit changed();
  return true;
}

void EventDialog::ask(const QString& action) {
  bool ok = true;
  QString note, extra;
  if (action == QLatin1String("evaluate")) {
    extra = QInputDialog::getItem(
        this, actionText(action), tr("The resident's rating:"),
        {QStringLiteral("satisfied"), QStringLiteral("basically_satisfied"), QStringLiteral("dissatisfied")}, 0, false,
        &ok);
  } else if (action == QLatin1String("escalate") || action == QLatin1String("assign")) {
    extra = QInputDialog::getText(this, actionText(action),
                                  action == QLatin1String("assign") ? tr("Assign to (grid:CODE, department:ID):")
                                                                    : tr("To (empty: the level above):"),
                                  QLineEdit::Normal, QString(), &ok);
  } else if (action == QLatin1String("extend")) {
    extra = QString::number(QInputDialog::getInt(this, actionText(action), tr("Working days:"), 3, 1, 60, 1, &ok));
  } else if (action == QLatin1String("merge")) {
    extra = QInputDialog::getText(this, actionText(action), tr("Serial number of the event that stays:"),
                                  QLineEdit::Normal, QString(), &ok);
  }
  if (!ok) return;
  if (action != QLatin1String("accept") && action != QLatin1String("verify")) {
    note = QInputDialog::getMultiLineText(this, actionText(action), tr("Note:"), QString(), &ok);
    if (!ok) return;
  }
  perform(action, note, extra);
}

bool EventDialog::perform(const QString& action, const QString& note, const QString& extra) {
  auto db = Database::open(mPath.toStdString());
  if (!db) return mMessage->setText(q(db.error().describe())), false;
  workflow::ActionInput input;
  auto parsed = workflow::parseAction(action.toStdString());
  if (!parsed) return false;
  input.action = *parsed;
  input.note = note.toStdString();
  if (action == QLatin1String("evaluate")) input.rating = extra.toStdString();
  if (action == QLatin1String("extend")) input.days = extra.toInt();
  if (action == QLatin1String("merge")) input.mergeInto = extra.trimmed().toStdString();
  if ((action == QLatin1String("escalate") || action == QLatin1String("assign")) && !extra.trimmed().isEmpty()) {
    auto to = workflow::parseOrg(**db, extra.trimmed().toStdString());
    if (!to) return mMessage->setText(q(to.error().message)), false;
    input.to = *to;
  }
  SystemClock clock;
  auto result = workflow::act(**db, clock, Actor::system("GridStation"), mSerial.toStdString(), input);
  if (!result) return mMessage->setText(q(result.error().message)), false;
  mMessage->setText(QString::fromStdString(result->warnings.empty() ? std::string() : result->warnings.front()));
  db.value().reset();
  reload();
  emit changed();
  return true;
}

// ---- EventDock ----------------------------------------------------------------------------------------------------

EventDock::EventDock(QWidget* parent) : QDockWidget(tr("Events"), parent) {
  setObjectName(QStringLiteral("eventDock"));
  auto* body = new QWidget(this);
  auto* layout = new QVBoxLayout(body);
  auto* row = new QHBoxLayout;
  mInbox = new QComboBox(body);
  const QList<QPair<QString, QString>> inboxes = {{QStringLiteral("unaccepted"), tr("Awaiting acceptance")},
                                                  {QStringLiteral("handling"), tr("Being handled")},
                                                  {QStringLiteral("due_soon"), tr("Due soon (yellow)")},
                                                  {QStringLiteral("overdue"), tr("Overdue (red)")},
                                                  {QStringLiteral("awaiting_feedback"), tr("Awaiting feedback")},
                                                  {QStringLiteral("awaiting_rating"), tr("Awaiting rating")},
                                                  {QStringLiteral("dealing"), tr("All open")},
                                                  {QString(), tr("All")}};
  for (const auto& [code, text] : inboxes) mInbox->addItem(text, code);
  connect(mInbox, qOverload<int>(&QComboBox::currentIndexChanged), this, &EventDock::reload);
  auto* report = new QPushButton(tr("Report Event…"), body);
  connect(report, &QPushButton::clicked, this, &EventDock::reportRequested);
  row->addWidget(mInbox, 1);
  row->addWidget(report);
  layout->addLayout(row);
  auto* filters = new QHBoxLayout;
  mClass = new QComboBox(body);
  mClass->addItem(tr("All classes"), QString());
  mGrid = new QComboBox(body);
  mGrid->addItem(tr("All grids"), QVariant::fromValue(-1LL));
  mSinceOn = new QCheckBox(tr("Since"), body);
  mSince = new QDateEdit(QDate::currentDate().addMonths(-3), body);
  mSince->setCalendarPopup(true);
  mSince->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
  mSince->setEnabled(false);
  connect(mSinceOn, &QCheckBox::toggled, mSince, &QWidget::setEnabled);
  auto changed = [this] {
    reload();
    emit mapFilterChanged(mapFilter());
  };
  connect(mClass, qOverload<int>(&QComboBox::currentIndexChanged), this, changed);
  connect(mGrid, qOverload<int>(&QComboBox::currentIndexChanged), this, changed);
  connect(mInbox, qOverload<int>(&QComboBox::currentIndexChanged), this,
          [this] { emit mapFilterChanged(mapFilter()); });
  connect(mSinceOn, &QCheckBox::toggled, this, changed);
  connect(mSince, &QDateEdit::dateChanged, this, changed);
  filters->addWidget(mClass, 1);
  filters->addWidget(mGrid, 1);
  filters->addWidget(mSinceOn);
  filters->addWidget(mSince);
  layout->addLayout(filters);
  mTable = new QTableWidget(0, 4, body);
  mTable->setHorizontalHeaderLabels({tr("Card"), tr("Event"), tr("Held by"), tr("Subject")});
  mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
  mTable->horizontalHeader()->setStretchLastSection(true);
  mTable->verticalHeader()->hide();
  connect(mTable, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
    if (QTableWidgetItem* item = mTable->item(row, 1)) emit eventOpened(item->text());
  });
  layout->addWidget(mTable);
  mSummary = new QLabel(body);
  layout->addWidget(mSummary);
  setWidget(body);
}

void EventDock::setDatabase(const QString& path) {
  mPath = path;
  {
    const QSignalBlocker blocker(mClass);
    mClass->clear();
    mClass->addItem(tr("All classes"), QString());
    if (auto db = Database::open(path.toStdString(), Database::readOnlyOptions()))
      if (auto codes = codeNames(**db, "event_domain", chinese()))
        for (const auto& [code, name] : *codes) mClass->addItem(q(name), q(code));
  }
  {
    const QSignalBlocker blocker(mGrid);
    mGrid->clear();
    mGrid->addItem(tr("All grids"), QVariant::fromValue(-1LL));
    if (auto db = Database::open(path.toStdString(), Database::readOnlyOptions()))
      if (auto grids = listGrids(**db))
        for (const GridRef& grid : *grids) mGrid->addItem(q(grid.name), QVariant::fromValue(grid.id));
  }
  reload();
}

QString EventDock::mapFilter() const {
  QStringList parts;
  const QString domain = mClass->currentData().toString();
  if (!domain.isEmpty())
    parts << QStringLiteral("class = '%1'").arg(QString(domain).replace(QLatin1Char('\''), QStringLiteral("''")));
  if (const long long grid = mGrid->currentData().toLongLong(); grid > 0)
    parts << QStringLiteral("grid_id = %1").arg(grid);
  // The inbox's state, as the layer can tell it.
  const QString state = mInbox->currentData().toString();
  if (state == QLatin1String("unaccepted"))
    parts << QStringLiteral("step_state = 110");
  else if (state == QLatin1String("handling"))
    parts << QStringLiteral("step_state = 120");
  else if (state == QLatin1String("due_soon"))
    parts << QStringLiteral("light = 'yellow'");
  else if (state == QLatin1String("overdue"))
    parts << QStringLiteral("light = 'red'");
  else if (state == QLatin1String("awaiting_feedback") || state == QLatin1String("awaiting_rating"))
    parts << QStringLiteral("status = 150");
  else if (state == QLatin1String("dealing"))
    parts << QStringLiteral("status = 1");
  if (mSinceOn->isChecked())  // the serial number carries the day it was reported: SJyyyymmdd-…
    parts << QStringLiteral("substr(serial, 3, 8) >= '%1'").arg(mSince->date().toString(QStringLiteral("yyyyMMdd")));
  return parts.join(QStringLiteral(" AND "));
}

void EventDock::reload() {
  mTable->setRowCount(0);
  if (mPath.isEmpty()) return;
  auto db = Database::open(mPath.toStdString(), Database::readOnlyOptions());
  if (!db) return mSummary->setText(q(db.error().describe()));
  SystemClock clock;
  workflow::EventFilter filter;
  filter.state = mInbox->currentData().toString().toStdString();
  filter.domainCode = mClass->currentData().toString().toStdString();
  filter.gridId = mGrid->currentData().toLongLong();
  if (mSinceOn->isChecked()) filter.since = mSince->date().toString(QStringLiteral("yyyy-MM-dd")).toStdString();
  filter.limit = 2000;
  auto events = workflow::listEvents(**db, clock, filter);
  if (!events) return mSummary->setText(q(events.error().describe()));
  mTable->setRowCount(static_cast<int>(events->size()));
  int r = 0, red = 0, yellow = 0;
  for (const auto& e : *events) {
    auto* card = new QTableWidgetItem(QStringLiteral("●"));
    card->setForeground(lightColour(e.supervision));
    card->setToolTip(lightText(e.supervision));
    mTable->setItem(r, 0, card);
    mTable->setItem(r, 1, new QTableWidgetItem(q(e.serial)));
    mTable->setItem(r, 2, new QTableWidgetItem(e.holder.empty() ? QString() : q(workflow::orgText(**db, e.holder))));
    mTable->setItem(r, 3, new QTableWidgetItem(q(e.subject)));
    red += e.supervision == 200;
    yellow += e.supervision == 100;
    ++r;
  }
  mTable->resizeColumnsToContents();
  mSummary->setText(tr("%1 event(s): %2 red card(s), %3 yellow").arg(events->size()).arg(red).arg(yellow));
}

}  // namespace grid::app
