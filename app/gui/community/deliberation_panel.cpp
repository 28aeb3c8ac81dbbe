// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui/community/deliberation_panel.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUndoStack>
#include <QVBoxLayout>

#include "core/translation.h"
#include "gui/community/community_text.h"
#include "gui/edit/database_command.h"
#include "gui/edit/form_footer.h"
#include "print/deliberation_printer.h"
#include "storage/database.h"

namespace grid::app {

namespace {

using community_text::q;
using community_text::s;

std::unique_ptr<Database> openReading(const QString& path) {
  auto db = Database::open(path.toStdString(), Database::readOnlyOptions());
  return db ? std::move(*db) : nullptr;
}

QString stepName(const std::string& step) {
  return q(workflow::deliberationStepName(step, !uiIsChinese()));
}
QString levelName(const std::string& level) {
  return q(workflow::deliberationLevelName(level, !uiIsChinese()));
}
QString statusName(const std::string& status) {
  if (status == "open") return QCoreApplication::translate("grid::app::DeliberationPanel", "in progress");
  if (status == "decided") return QCoreApplication::translate("grid::app::DeliberationPanel", "decided");
  if (status == "withdrawn") return QCoreApplication::translate("grid::app::DeliberationPanel", "withdrawn");
  return q(status);
}

}  // namespace

ParticipantsEditor::ParticipantsEditor(const QString& databasePath, QWidget* parent) : QWidget(parent) {
  if (auto db = openReading(databasePath)) {
    auto kinds = workflow::deliberationParties(*db, !uiIsChinese());
    if (kinds)
      for (const auto& [code, name] : *kinds) mKinds.append({q(code), q(name)});
  }
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  mTable = new QTableWidget(0, 2, this);
  mTable->setHorizontalHeaderLabels({tr("Who"), tr("Name")});
  mTable->horizontalHeader()->setStretchLastSection(true);
  mTable->verticalHeader()->hide();
  mTable->setMinimumHeight(110);
  layout->addWidget(mTable);
  auto* buttons = new QHBoxLayout;
  auto* add = new QPushButton(tr("Add Participant"), this);
  auto* remove = new QPushButton(tr("Remove"), this);
  buttons->addWidget(add);
  buttons->addWidget(remove);
  buttons->addStretch();
  layout->addLayout(buttons);
  connect(add, &QPushButton::clicked, this, [this] { this->add(QStringLiteral("resident_rep"), QString()); });
  connect(remove, &QPushButton::clicked, this, [this] {
    if (mTable->currentRow() >= 0) mTable->removeRow(mTable->currentRow());
  });
}

void ParticipantsEditor::add(const QString& kind, const QString& name) {
  const int row = mTable->rowCount();
  mTable->insertRow(row);
  auto* combo = new QComboBox(mTable);
  for (const auto& [code, title] : mKinds) combo->addItem(title, code);
  combo->setCurrentIndex(std::max(0, combo->findData(kind)));
  mTable->setCellWidget(row, 0, combo);
  mTable->setItem(row, 1, new QTableWidgetItem(name));
  mTable->setCurrentCell(row, 1);
}

std::vector<workflow::Participant> ParticipantsEditor::participants() const {
  std::vector<workflow::Participant> out;
  for (int row = 0; row < mTable->rowCount(); ++row) {
    auto* combo = qobject_cast<QComboBox*>(mTable->cellWidget(row, 0));
    const QString name = mTable->item(row, 1) ? mTable->item(row, 1)->text().trimmed() : QString();
    if (combo && !name.isEmpty()) out.push_back({s(combo->currentData().toString()), s(name)});
  }
  return out;
}

DeliberationDialog::DeliberationDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent), mPath(databasePath) {
  setWindowTitle(tr("New Matter for Deliberation"));
  auto* form = new QFormLayout;
  mLevel = new QComboBox(this);
  for (const char* level : {"community", "estate", "block", "district"})
    mLevel->addItem(levelName(level), QString::fromLatin1(level));
  mPlace = new QComboBox(this);
  mTopic = new QLineEdit(this);
  mContent = new QPlainTextEdit(this);
  mContent->setPlaceholderText(tr("What residents raised, and why"));
  mContent->setMaximumHeight(90);
  mInitiator = new QLineEdit(this);
  mDay = new QDateEdit(QDate::currentDate(), this);
  mDay->setCalendarPopup(true);
  mDay->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
  mParticipants = new ParticipantsEditor(databasePath, this);
  form->addRow(tr("Level"), mLevel);
  form->addRow(tr("Place"), mPlace);
  form->addRow(tr("Topic"), mTopic);
  form->addRow(tr("Content"), mContent);
  form->addRow(tr("Raised by"), mInitiator);
  form->addRow(tr("Day"), mDay);
  form->addRow(tr("Participants"), mParticipants);
  connect(addFormFooter(form, this).buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  connect(mLevel, &QComboBox::currentIndexChanged, this, [this](int) { fillPlaces(); });
  fillPlaces();
  resize(520, 560);
}

void DeliberationDialog::fillPlaces() {
  mPlace->clear();
  auto db = openReading(mPath);
  if (!db) return;
  auto places = workflow::deliberationPlaces(*db, s(mLevel->currentData().toString()));
  if (places)
    for (const auto& [id, name] : *places) mPlace->addItem(q(name), id);
}

workflow::DeliberationInput DeliberationDialog::input() const {
  workflow::DeliberationInput in;
  in.level = s(mLevel->currentData().toString());
  in.levelId = mPlace->currentData().toLongLong();
  in.topic = s(mTopic->text());
  in.content = s(mContent->toPlainText());
  in.initiator = s(mInitiator->text());
  in.heldOn = s(mDay->date().toString(Qt::ISODate));
  in.participants = mParticipants->participants();
  return in;
}

StepDialog::StepDialog(const QString& databasePath, const workflow::DeliberationView& item, QWidget* parent)
    : QDialog(parent) {
  const auto& steps = workflow::deliberationSteps();
  const auto at = std::find(steps.begin(), steps.end(), item.step);
  mNext = at != steps.end() && at + 1 != steps.end() ? q(*(at + 1)) : QString();
  setWindowTitle(tr("%1: %2").arg(q(item.serial), stepName(s(mNext))));
  auto* form = new QFormLayout;
  auto* rule = new QLabel(this);
  rule->setWordWrap(true);
  if (mNext == QLatin1String("propose"))
    rule->setText(tr("提议 is made by the party organisation: name it among the participants."));
  else if (mNext == QLatin1String("discuss"))
    rule->setText(tr("商议 brings together participants of at least two kinds and needs minutes."));
  else if (mNext == QLatin1String("review"))
    rule->setText(tr("审议 reviews legality and feasibility; record its minutes."));
  else if (mNext == QLatin1String("decide"))
    rule->setText(
        tr("决议 needs more than half of the eligible members present and more than half of those "
           "present for."));
  form->addRow(rule);
  mDay = new QDateEdit(QDate::currentDate(), this);
  mDay->setCalendarPopup(true);
  mDay->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
  form->addRow(tr("Day held"), mDay);
  mParticipants = new ParticipantsEditor(databasePath, this);
  // The participants of the last step as a start.
  if (!item.steps.empty())
    for (const auto& p : item.steps.back().participants) mParticipants->add(q(p.kind), q(p.name));
  if (mNext == QLatin1String("propose") && mParticipants->participants().empty())
    mParticipants->add(QStringLiteral("party_org"), QString());
  form->addRow(tr("Participants"), mParticipants);
  mMinutes = new QPlainTextEdit(this);
  mMinutes->setMaximumHeight(100);
  form->addRow(tr("Minutes"), mMinutes);
  auto spin = [this](int value) {
    auto* box = new QSpinBox(this);
    box->setRange(0, 100000);
    box->setValue(value);
    return box;
  };
  mPresent = spin(0), mEligible = spin(0), mFor = spin(0), mAgainst = spin(0), mAbstain = spin(0);
  mDecision = new QPlainTextEdit(this);
  mDecision->setMaximumHeight(80);
  if (mNext == QLatin1String("decide")) {
    auto* quorum = new QHBoxLayout;
    quorum->addWidget(mPresent);
    quorum->addWidget(new QLabel(tr("present of"), this));
    quorum->addWidget(mEligible);
    quorum->addWidget(new QLabel(tr("eligible"), this));
    form->addRow(tr("Quorum"), quorum);
    auto* votes = new QHBoxLayout;
    votes->addWidget(new QLabel(tr("for"), this));
    votes->addWidget(mFor);
    votes->addWidget(new QLabel(tr("against"), this));
    votes->addWidget(mAgainst);
    votes->addWidget(new QLabel(tr("abstaining"), this));
    votes->addWidget(mAbstain);
    form->addRow(tr("Votes"), votes);
    form->addRow(tr("Decision"), mDecision);
  } else {
    for (QWidget* w : std::initializer_list<QWidget*>{mPresent, mEligible, mFor, mAgainst, mAbstain, mDecision})
      w->hide();
  }
  connect(addFormFooter(form, this).buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  resize(540, 560);
}

workflow::StepInput StepDialog::input() const {
  workflow::StepInput in;
  in.heldOn = s(mDay->date().toString(Qt::ISODate));
  in.participants = mParticipants->participants();
  in.minutes = s(mMinutes->toPlainText());
  if (mNext == QLatin1String("decide")) {
    in.present = mPresent->value();
    in.eligible = mEligible->value();
    in.votesFor = mFor->value();
    in.votesAgainst = mAgainst->value();
    in.votesAbstain = mAbstain->value();
    in.decision = s(mDecision->toPlainText());
  }
  return in;
}

DeliberationPanel::DeliberationPanel(const QString& databasePath, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent), mPath(databasePath), mUndoStack(undoStack) {
  auto* layout = new QVBoxLayout(this);
  auto* filters = new QHBoxLayout;
  mLevel = new QComboBox(this);
  mLevel->addItem(tr("All levels"), QString());
  for (const char* level : {"estate", "community", "block", "district"})
    mLevel->addItem(levelName(level), QString::fromLatin1(level));
  mStep = new QComboBox(this);
  mStep->addItem(tr("All steps"), QString());
  for (const std::string& step : workflow::deliberationSteps()) mStep->addItem(stepName(step), q(step));
  mStatus = new QComboBox(this);
  mStatus->addItem(tr("Any state"), QString());
  for (const char* status : {"open", "decided", "withdrawn"})
    mStatus->addItem(statusName(status), QString::fromLatin1(status));
  mSearch = new QLineEdit(this);
  mSearch->setPlaceholderText(tr("Topic or serial number"));
  auto* create = new QPushButton(tr("New Matter…"), this);
  for (QWidget* w : std::initializer_list<QWidget*>{mLevel, mStep, mStatus, mSearch}) filters->addWidget(w);
  filters->addWidget(create);
  layout->addLayout(filters);

  auto* splitter = new QSplitter(Qt::Horizontal, this);
  mList = new QTableWidget(0, 6, splitter);
  mList->setHorizontalHeaderLabels({tr("Serial"), tr("Level"), tr("Place"), tr("Topic"), tr("Step"), tr("Last day")});
  mList->setSelectionBehavior(QAbstractItemView::SelectRows);
  mList->setSelectionMode(QAbstractItemView::SingleSelection);
  mList->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mList->verticalHeader()->hide();
  mList->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
  auto* right = new QWidget(splitter);
  auto* rightLayout = new QVBoxLayout(right);
  rightLayout->setContentsMargins(0, 0, 0, 0);
  mDetail = new QTextBrowser(right);
  rightLayout->addWidget(mDetail);
  auto* actions = new QHBoxLayout;
  mNext = new QPushButton(tr("Next Step…"), right);
  mReturn = new QPushButton(tr("Return…"), right);
  mWithdraw = new QPushButton(tr("Withdraw…"), right);
  mLink = new QPushButton(tr("Link…"), right);
  mPublish = new QPushButton(tr("Publish"), right);
  mPrint = new QPushButton(tr("Print Notice…"), right);
  for (QPushButton* b : {mNext, mReturn, mWithdraw, mLink, mPublish, mPrint}) actions->addWidget(b);
  rightLayout->addLayout(actions);
  splitter->setSizes({720, 540});
  layout->addWidget(splitter, 1);
  mMessage = new QLabel(this);
  mMessage->setWordWrap(true);
  layout->addWidget(mMessage);

  connect(mLevel, &QComboBox::currentIndexChanged, this, [this](int) { reload(); });
  connect(mStep, &QComboBox::currentIndexChanged, this, [this](int) { reload(); });
  connect(mStatus, &QComboBox::currentIndexChanged, this, [this](int) { reload(); });
  connect(mSearch, &QLineEdit::returnPressed, this, &DeliberationPanel::reload);
  connect(mList, &QTableWidget::itemSelectionChanged, this, &DeliberationPanel::showSelected);
  connect(create, &QPushButton::clicked, this, &DeliberationPanel::newMatter);
  connect(mNext, &QPushButton::clicked, this, &DeliberationPanel::nextStep);
  connect(mReturn, &QPushButton::clicked, this, [this] {
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Return"), tr("Why is it returned one step?"),
                                                 QLineEdit::Normal, QString(), &ok);
    if (!ok) return;
    const std::string serial = s(selectedSerial());
    run(tr("Return of %1").arg(q(serial)), [=](Database& db) {
      return workflow::returnDeliberation(db, SystemClock(), workstationActor(), serial, s(reason));
    });
  });
  connect(mWithdraw, &QPushButton::clicked, this, [this] {
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, tr("Withdraw"), tr("Why is it withdrawn?"), QLineEdit::Normal, QString(), &ok);
    if (!ok) return;
    const std::string serial = s(selectedSerial());
    run(tr("Withdrawal of %1").arg(q(serial)), [=](Database& db) {
      return workflow::withdrawDeliberation(db, SystemClock(), workstationActor(), serial, s(reason));
    });
  });
  connect(mLink, &QPushButton::clicked, this, [this] {
    bool ok = false;
    const QString target =
        QInputDialog::getText(this, tr("Link"), tr("Key matter number, or an event's serial number (SJ…):"),
                              QLineEdit::Normal, QString(), &ok);
    if (!ok || target.trimmed().isEmpty()) return;
    const bool event = target.trimmed().startsWith(QLatin1String("SJ"), Qt::CaseInsensitive);
    const std::string serial = s(selectedSerial()), object = s(target);
    run(tr("Link of %1").arg(q(serial)), [=](Database& db) {
      return workflow::linkDeliberation(db, SystemClock(), workstationActor(), serial, event ? "event" : "key_matter",
                                        object);
    });
  });
  connect(mPublish, &QPushButton::clicked, this, [this] {
    const std::string serial = s(selectedSerial());
    run(tr("Publication of %1").arg(q(serial)),
        [=](Database& db) { return workflow::publishDeliberation(db, SystemClock(), workstationActor(), serial); });
  });
  connect(mPrint, &QPushButton::clicked, this, &DeliberationPanel::printNotice);
  reload();
}

void DeliberationPanel::reload() {
  const QString keep = selectedSerial();
  mList->setRowCount(0);
  auto db = openReading(mPath);
  if (!db) return;
  workflow::DeliberationFilter filter;
  filter.level = s(mLevel->currentData().toString());
  filter.step = s(mStep->currentData().toString());
  filter.status = s(mStatus->currentData().toString());
  filter.search = s(mSearch->text());
  auto items = workflow::listDeliberations(*db, filter);
  if (!items) {
    mMessage->setText(q(items.error().describe()));
    return;
  }
  for (const auto& i : *items) {
    const int row = mList->rowCount();
    mList->insertRow(row);
    QString step = stepName(i.step);
    if (i.status == "withdrawn") step += QStringLiteral(" · ") + statusName(i.status);
    if (!i.publishedAt.empty()) step += tr(" · published");
    const QStringList cells = {q(i.serial), levelName(i.level), q(i.placeName), q(i.topic), step, q(i.lastDay)};
    for (int c = 0; c < cells.size(); ++c) mList->setItem(row, c, new QTableWidgetItem(cells[c]));
    if (i.status == "withdrawn")
      for (int c = 0; c < cells.size(); ++c) mList->item(row, c)->setForeground(Qt::gray);
  }
  for (int c : {0, 1, 2, 4, 5}) mList->resizeColumnToContents(c);
  if (!keep.isEmpty()) select(keep);
  if (mList->currentRow() < 0 && mList->rowCount() > 0) mList->selectRow(0);
  showSelected();
}

bool DeliberationPanel::select(const QString& serial) {
  for (int row = 0; row < mList->rowCount(); ++row)
    if (mList->item(row, 0)->text() == serial) {
      mList->selectRow(row);
      return true;
    }
  return false;
}

QString DeliberationPanel::selectedSerial() const {
  const int row = mList->currentRow();
  return row >= 0 && mList->item(row, 0) ? mList->item(row, 0)->text() : QString();
}

void DeliberationPanel::showSelected() {
  const QString serial = selectedSerial();
  mCurrent = {};
  for (QPushButton* b : {mNext, mReturn, mWithdraw, mLink, mPublish, mPrint}) b->setEnabled(false);
  if (serial.isEmpty()) {
    mDetail->setHtml(
        tr("<p>No matter selected. <b>New Matter…</b> raises one at a level: estate, community, block or "
           "city district.</p>"));
    return;
  }
  auto db = openReading(mPath);
  if (!db) return;
  auto view = workflow::loadDeliberation(*db, s(serial));
  if (!view) {
    mDetail->setText(q(view.error().describe()));
    return;
  }
  mCurrent = *view;
  auto allowed = [&](const char* action) {
    return std::find(view->allowed.begin(), view->allowed.end(), action) != view->allowed.end();
  };
  mNext->setEnabled(allowed("advance"));
  mReturn->setEnabled(allowed("return"));
  mWithdraw->setEnabled(allowed("withdraw"));
  mLink->setEnabled(allowed("link"));
  mPublish->setEnabled(allowed("publish") && view->publishedAt.empty());
  mPrint->setEnabled(!view->publishedAt.empty());
  // The five steps as a strip (done, current, to come), then the record.
  const auto& steps = workflow::deliberationSteps();
  const int at = static_cast<int>(std::find(steps.begin(), steps.end(), view->step) - steps.begin());
  QString strip;
  for (int i = 0; i < static_cast<int>(steps.size()); ++i) {
    const bool done = i < at || (i == at && view->status == "decided");
    const QString colour = done      ? QStringLiteral("#2e7d32")
                           : i == at ? QStringLiteral("#c62828")
                                     : QStringLiteral("#9e9e9e");
    strip += QStringLiteral("<span style='color:%1;font-weight:%2'>%3</span>")
                 .arg(colour, i == at ? QStringLiteral("bold") : QStringLiteral("normal"),
                      stepName(steps[static_cast<std::size_t>(i)]));
    if (i + 1 < static_cast<int>(steps.size())) strip += QStringLiteral(" → ");
  }
  QString html = QStringLiteral("<h3>%1</h3><p>%2 · %3 · %4</p><p>%5</p>")
                     .arg(q(view->topic).toHtmlEscaped(), q(view->serial), levelName(view->level),
                          q(view->placeName).toHtmlEscaped(), strip);
  if (!view->content.empty()) html += QStringLiteral("<p>%1</p>").arg(q(view->content).toHtmlEscaped());
  html += QStringLiteral("<table cellspacing='0' cellpadding='3' border='1' style='border-color:#ddd'>");
  html += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
              .arg(tr("Step"), tr("Day"), tr("Participants"), tr("Minutes / reason"));
  for (const auto& step : view->steps) {
    QStringList people;
    for (const auto& p : step.participants) people << q(p.name).toHtmlEscaped();
    QString what = stepName(step.step);
    if (step.action == "return") what = tr("returned to %1").arg(what);
    if (step.action == "withdraw") what = tr("withdrawn at %1").arg(what);
    QString note = q(step.action == "advance" || step.action == "open" ? step.minutes : step.reason).toHtmlEscaped();
    if (step.present >= 0)
      note += tr("<br>%1 of %2 present; %3 for, %4 against, %5 abstaining")
                  .arg(step.present)
                  .arg(step.eligible)
                  .arg(step.votesFor)
                  .arg(step.votesAgainst)
                  .arg(step.votesAbstain);
    html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                .arg(what, q(step.heldOn), people.join(QStringLiteral("、")), note);
  }
  html += QStringLiteral("</table>");
  if (!view->decision.empty())
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Decision:"), q(view->decision).toHtmlEscaped());
  if (!view->publishedAt.empty())
    html += QStringLiteral("<p>%1 %2<br><small>%3</small></p>")
                .arg(tr("Published"), q(view->publishedAt.substr(0, 10)), q(view->publicUrl).toHtmlEscaped());
  if (!view->links.empty()) {
    html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Linked"));
    for (const auto& l : view->links)
      html += QStringLiteral("<li>%1 %2</li>")
                  .arg(l.objectType == "event" ? tr("Event") : tr("Key matter"), q(l.label).toHtmlEscaped());
    html += QStringLiteral("</ul>");
  }
  mDetail->setHtml(html);
}

bool DeliberationPanel::run(const QString& text,
                            const std::function<Result<workflow::DeliberationResult>(Database&)>& action) {
  QString error;
  auto serial = std::make_shared<std::string>();  // outlives this call: redo runs the action again
  auto operation = [action, serial](Database& db) -> Result<RecordChange> {
    auto result = action(db);
    if (!result) return result.error();
    *serial = result->serial;
    return result->change;
  };
  const bool done = pushRecordEdit(
      mUndoStack, mPath, text, operation,
      [this] {
        reload();
        emit changed();
      },
      [this](const QString& message) { mMessage->setText(message); }, &error);
  mMessage->setText(done ? QString() : error);
  if (done && !serial->empty()) select(q(*serial));
  return done;
}

void DeliberationPanel::newMatter() {
  DeliberationDialog dialog(mPath, this);
  if (dialog.exec() != QDialog::Accepted) return;
  const workflow::DeliberationInput input = dialog.input();
  run(tr("New matter %1").arg(q(input.topic)),
      [input](Database& db) { return workflow::openDeliberation(db, SystemClock(), workstationActor(), input); });
}

void DeliberationPanel::nextStep() {
  if (mCurrent.serial.empty()) return;
  StepDialog dialog(mPath, mCurrent, this);
  if (dialog.exec() != QDialog::Accepted) return;
  const workflow::StepInput input = dialog.input();
  const std::string serial = mCurrent.serial;
  run(tr("%1 of %2").arg(stepName(s(dialog.next())), q(serial)), [input, serial](Database& db) {
    return workflow::advanceDeliberation(db, SystemClock(), workstationActor(), serial, input);
  });
}

void DeliberationPanel::printNotice() {
  if (mCurrent.serial.empty()) return;
  const QString file = QFileDialog::getSaveFileName(this, tr("Print Notice"),
                                                    q(mCurrent.serial) + QStringLiteral(".pdf"), tr("PDF (*.pdf)"));
  if (file.isEmpty()) return;
  QString error;
  if (!printDeliberationNotice(mCurrent, file, !uiIsChinese(), &error))
    QMessageBox::warning(this, tr("Print Notice"), error);
  else
    mMessage->setText(tr("Written %1").arg(file));
}

}  // namespace grid::app
