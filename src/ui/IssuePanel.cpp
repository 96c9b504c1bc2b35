#include "IssuePanel.h"
#include "DialogSeams.h"
#include "LateStartBar.h"
#include "StatusColours.h"
#include "StayEntry.h"

#include "Clock.h"
#include "DisplayText.h"
#include "DurationCatalogueService.h"
#include "TimeText.h"
#include "ValidityText.h"
#include "ui_IssuePanel.h"

#include <QKeyEvent>
#include <QPushButton>
#include <QTimer>

IssuePanel::IssuePanel(const Clock& clock, DurationCatalogueService& durations, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::IssuePanel>())
    , m_clock(clock)
    , m_durations(durations)
    , m_minuteTimer(new QTimer(this))
    , m_stay(new StayEntry(this))
    , m_lateBar(new LateStartBar(this))
{
    m_ui->setupUi(this);
    // The stay entry sits above the form: with it on, the length and start are chosen for the stay.
    // Made before the form's fields, it comes before them in the tab order too.
    m_ui->verticalLayout->insertWidget(1, m_stay);
    connect(m_stay, &StayEntry::changed, this, &IssuePanel::refresh);
    // A start late in the day is pointed out just above the preview, with what would serve better.
    // (Beside the preview, outside the form's scrolling part: always in sight.)
    m_ui->panelLayout->insertWidget(m_ui->panelLayout->indexOf(m_ui->previewLabel), m_lateBar);
    connect(m_lateBar, &LateStartBar::betterStartChosen, this, [this](const QDateTime& wall) {
        setStartWall(wall);
        m_ui->issuePushButton->setFocus(Qt::OtherFocusReason);
    });
    connect(m_lateBar, &LateStartBar::stayChosen, m_stay, &StayEntry::activate);
    // The editors hold wall-clock readings for the desk zone; keep Qt from shifting them for the
    // computer's own daylight saving.
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
    m_ui->startDateTimeEdit->setTimeZone(QTimeZone::UTC);
#else
    m_ui->startDateTimeEdit->setTimeSpec(Qt::UTC);
#endif
    QFont title = m_ui->lockTitleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->lockTitleLabel->setFont(title);
    m_ui->lockTitleLabel->setTextFormat(Qt::PlainText); // a lock's name is never read as markup
    m_ui->issuePushButton->setMinimumHeight(m_ui->issuePushButton->sizeHint().height() * 3 / 2);
    QFont small = m_ui->catalogueNoteLabel->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_ui->catalogueNoteLabel->setFont(small);

    connect(m_ui->modeComboBox, &QComboBox::currentIndexChanged, this, [this] {
        fillLengths();
        refresh();
    });
    connect(m_ui->lengthComboBox, &QComboBox::currentIndexChanged, this, &IssuePanel::refresh);
    // Only the desk's own picks count as its choice; lists refilled for another lock do not.
    connect(m_ui->modeComboBox, &QComboBox::activated, this, [this] {
        m_wantedMode = currentMode();
        refresh();
    });
    connect(m_ui->lengthComboBox, &QComboBox::activated, this, [this] {
        if (const auto mode = currentMode()) {
            m_wantedLength.insert(int(*mode), m_ui->lengthComboBox->currentText());
            m_lastWantedMode = int(*mode);
        }
        refresh();
    });
    connect(m_ui->endDateEdit, &QDateEdit::dateChanged, this, &IssuePanel::refresh);
    connect(m_ui->startDateTimeEdit, &QDateTimeEdit::dateTimeChanged, this, &IssuePanel::refresh);
    connect(m_ui->keepPaidTimeCheckBox, &QCheckBox::toggled, this, &IssuePanel::refresh);
    connect(m_ui->thisHourPushButton, &QPushButton::clicked, this,
            [this] { setStartWall(StartTimeRules::thisHour(m_clock.nowUtc(), m_deskZone)); });
    connect(m_ui->nextHourPushButton, &QPushButton::clicked, this,
            [this] { setStartWall(StartTimeRules::nextHour(m_clock.nowUtc(), m_deskZone)); });
    connect(m_ui->tonightPushButton, &QPushButton::clicked, this, [this] {
        if (m_lock)
            setStartWall(StartTimeRules::nextLockMidnight(m_clock.nowUtc(), m_lock->clockFrame(), m_deskZone));
    });
    connect(m_ui->refreshLengthsPushButton, &QPushButton::clicked, this, [this] {
        if (m_lock) {
            m_durations.refresh(LockModelCatalogue::info(m_lock->model).wireValue);
            updateCatalogueNote();
        }
    });
    connect(&m_durations, &DurationCatalogueService::catalogueChanged, this, [this](const QString& model) {
        if (m_lock && LockModelCatalogue::info(m_lock->model).wireValue == model)
            reloadCatalogue();
    });
    connect(m_ui->issuePushButton, &QPushButton::clicked, this, [this] {
        if (canIssue())
            emit issueRequested();
    });
    // Re-check every half minute: the current hour moves on while the form stays open.
    connect(m_minuteTimer, &QTimer::timeout, this, &IssuePanel::refresh);
    m_minuteTimer->start(30 * 1000);

    setStartWall(StartTimeRules::thisHour(m_clock.nowUtc(), m_deskZone));
    setLock(std::nullopt);
}

IssuePanel::~IssuePanel() = default;

void IssuePanel::setDeskZone(const QTimeZone& zone)
{
    if (m_deskZoneSet && zone == m_deskZone)
        return; // settings saved without a new clock keep the desk's start and stay
    m_deskZoneSet = true;
    m_deskZone = zone;
    setStartWall(StartTimeRules::thisHour(m_clock.nowUtc(), m_deskZone));
    m_stay->resetTo(m_clock.nowUtc(), m_deskZone);
}

void IssuePanel::setStartWall(const QDateTime& wall)
{
    const QDateTime inZone = wall.toTimeZone(m_deskZone);
    m_ui->startDateTimeEdit->setDateTime(QDateTime(inZone.date(), inZone.time(), QTimeZone::utc()));
}

void IssuePanel::setLock(const std::optional<Lock>& lock)
{
    const bool sameLock = lock && m_lock && lock->id == m_lock->id && lock->model == m_lock->model;
    m_lock = lock;
    if (lock) {
        m_ui->lockTitleLabel->setText(
            QStringLiteral("%1 — %2").arg(DisplayText::visible(lock->name), LockModelCatalogue::info(lock->model).displayName));
        if (!sameLock)
            m_durations.ensureFresh(LockModelCatalogue::info(lock->model).wireValue);
    } else {
        m_ui->lockTitleLabel->setText(tr("Choose a lock on the left"));
    }
    reloadCatalogue();
}

void IssuePanel::reloadCatalogue()
{
    m_catalogue = m_lock ? m_durations.catalogue(LockModelCatalogue::info(m_lock->model).wireValue) : DurationCatalogue();
    fillModes();
    updateCatalogueNote();
    refresh();
}

void IssuePanel::updateCatalogueNote()
{
    if (!m_lock) {
        m_ui->catalogueNoteLabel->clear();
        m_ui->refreshLengthsPushButton->setEnabled(false);
        return;
    }
    const QString model = LockModelCatalogue::info(m_lock->model).wireValue;
    QString note;
    if (m_durations.isFetching(model))
        note = tr("Fetching the lengths this model offers from the service…");
    else if (!m_catalogue.isBuiltIn())
        note = tr("Lengths from the Codelocks service, fetched %1.")
                   .arg(TimeText::dateTime(m_catalogue.fetchedAtUtc().toTimeZone(m_deskZone)));
    else if (!m_durations.problem(model).isEmpty())
        note = tr("Only the built-in standard lengths are available: the service's list could not be fetched. %1")
                   .arg(m_durations.problem(model));
    else
        note = tr("Built-in standard lengths.");
    m_ui->catalogueNoteLabel->setText(note);
    m_ui->refreshLengthsPushButton->setEnabled(!m_durations.isFetching(model));
}

void IssuePanel::fillModes()
{
    const auto previous = m_wantedMode ? m_wantedMode : currentMode();
    const QSignalBlocker blocker(m_ui->modeComboBox);
    m_ui->modeComboBox->clear();
    if (m_lock) {
        // The mode guard: only the kinds of code the lock is configured for, as the model offers them.
        for (IssueMode mode : m_catalogue.modesFor(m_lock->configuredMode))
            m_ui->modeComboBox->addItem(IssueModes::displayName(mode), int(mode));
    }
    if (previous) {
        const int index = m_ui->modeComboBox->findData(int(*previous));
        if (index >= 0)
            m_ui->modeComboBox->setCurrentIndex(index);
    }
    fillLengths();
}

std::optional<IssueMode> IssuePanel::currentMode() const
{
    if (m_ui->modeComboBox->currentIndex() < 0)
        return std::nullopt;
    return IssueMode(m_ui->modeComboBox->currentData().toInt());
}

void IssuePanel::fillLengths()
{
    const auto previous = m_ui->lengthComboBox->currentData();
    const QString previousLabel = m_ui->lengthComboBox->currentText();
    const QSignalBlocker blocker(m_ui->lengthComboBox);
    m_ui->lengthComboBox->clear();
    const auto mode = currentMode();
    const bool endDate = mode == IssueMode::EndDate;
    m_ui->lengthComboBox->setVisible(!endDate);
    m_ui->endDateEdit->setVisible(endDate);
    m_ui->lengthLabel->setBuddy(endDate ? static_cast<QWidget*>(m_ui->endDateEdit) : m_ui->lengthComboBox);
    m_ui->lengthLabel->setText(endDate                                ? tr("Last &day:")
                               : mode == IssueMode::LongTermRental ? tr("First use &within:")
                                                                      //: How long the code stays valid (a duration in hours or days), not a length in metres.
                                                                      : tr("Len&gth:"));
    const bool standard = mode == IssueMode::StandardMultiUse || mode == IssueMode::StandardSingleUse;
    m_ui->keepPaidTimeCheckBox->setVisible(standard);
    if (endDate) {
        const QDate today = m_clock.nowUtc().toTimeZone(m_deskZone).date();
        m_ui->endDateEdit->setMinimumDate(today);
        m_ui->endDateEdit->setMaximumDate(today.addDays(StartTimeRules::kMaxDaysAhead - 1));
        if (m_ui->endDateEdit->date() <= today)
            m_ui->endDateEdit->setDate(today.addDays(1));
    }
    const bool sameMode = mode && m_lengthsMode == mode;
    m_lengthsMode = mode;
    if (!mode || endDate)
        return;
    for (const DurationOption& option : m_catalogue.options(*mode))
        m_ui->lengthComboBox->addItem(option.label(), option.id);
    // Keep the receptionist's choice across reloads and lock switches: the length they picked for
    // this mode, else (same mode) the same id or wording, else 3 hours. A length of another mode
    // never carries over by its wording ("1 day" of a rental is not a standard day).
    int index = -1;
    if (const auto wanted = m_wantedLength.constFind(int(*mode)); wanted != m_wantedLength.constEnd())
        index = m_ui->lengthComboBox->findText(wanted.value());
    else if (*mode == IssueMode::StandardMultiUse || *mode == IssueMode::StandardSingleUse)
        index = m_ui->lengthComboBox->findText(wantedStandardLength()); // the two standard modes share their lengths
    if (index < 0 && sameMode && previous.isValid())
        index = m_ui->lengthComboBox->findData(previous);
    if (index < 0 && sameMode)
        index = m_ui->lengthComboBox->findText(previousLabel);
    if (index < 0)
        index = m_ui->lengthComboBox->findText(DurationOption{0, *mode, 3, 0}.label());
    m_ui->lengthComboBox->setCurrentIndex(index >= 0 ? index : 0);
}

DurationOption IssuePanel::currentDuration() const
{
    if (m_ui->lengthComboBox->currentIndex() < 0)
        return {};
    const DurationOption* option = m_catalogue.byId(m_ui->lengthComboBox->currentData().toInt());
    return option ? *option : DurationOption{};
}

StartPlan IssuePanel::plan() const
{
    const auto mode = currentMode();
    if (!m_lock || !mode)
        return {};
    if (m_stay->isActive()) {
        const StayPlan stay = stayPlan();
        if (stay.isOk())
            return stay.start;
        StartPlan refused;
        refused.refusal = stay.reason;
        return refused;
    }
    const QDateTime wall = m_ui->startDateTimeEdit->dateTime();
    StartRequest request;
    request.wallDate = wall.date();
    request.wallTime = wall.time();
    request.deskZone = m_deskZone;
    request.frame = m_lock->clockFrame();
    request.mode = *mode;
    request.duration = currentDuration();
    request.endDate = m_ui->endDateEdit->date();
    request.keepPaidTime = m_ui->keepPaidTimeCheckBox->isVisible() && m_ui->keepPaidTimeCheckBox->isChecked();
    request.catalogue = &m_catalogue;
    request.nowUtc = m_clock.nowUtc();
    return StartTimeRules::plan(request);
}

StayPlan IssuePanel::stayPlan() const
{
    const auto mode = currentMode();
    if (!m_lock || !mode || !m_stay->isActive())
        return {};
    const QDateTime arrival = m_stay->arrivalReading();
    const QDateTime departure = m_stay->departureReading();
    StayRequest request;
    request.arrivalDate = arrival.date();
    request.arrivalTime = arrival.time();
    request.departureDate = departure.date();
    request.departureTime = departure.time();
    request.frame = m_lock->clockFrame();
    request.wallZone = m_deskZone;
    request.modes = {*mode};
    request.catalogue = &m_catalogue;
    request.nowUtc = m_clock.nowUtc();
    return StayPlanner::plan(request);
}

bool IssuePanel::canIssue() const
{
    return !m_busy && m_lock.has_value() && plan().isOk();
}

IssueOrder IssuePanel::currentOrder() const
{
    IssueOrder order;
    if (m_lock)
        order.lock = *m_lock;
    order.plan = plan();
    order.guestName = m_ui->guestNameLineEdit->text().trimmed();
    order.room = m_ui->roomLineEdit->text().trimmed();
    order.reference = m_ui->referenceLineEdit->text().trimmed();
    order.note = m_ui->noteLineEdit->text().trimmed();
    return order;
}

void IssuePanel::setBusy(bool busy)
{
    m_busy = busy;
    refresh();
}

void IssuePanel::setBlocked(const QString& buttonText, const QString& explanation)
{
    m_blockedText = buttonText;
    m_ui->issuePushButton->setToolTip(explanation);
    m_ui->issuePushButton->setAccessibleDescription(explanation);
    refresh();
}

void IssuePanel::updateIssueButton()
{
    m_ui->issuePushButton->setText(m_busy ? tr("Issuing…") : !m_blockedText.isEmpty() ? m_blockedText : tr("&Issue code"));
    m_ui->issuePushButton->setEnabled(canIssue() && m_blockedText.isEmpty());
}

void IssuePanel::clearGuestFields()
{
    for (QLineEdit* edit : {m_ui->guestNameLineEdit, m_ui->roomLineEdit, m_ui->referenceLineEdit, m_ui->noteLineEdit})
        edit->clear();
}

void IssuePanel::prefillGuest(const HistoryEntry& entry)
{
    m_ui->guestNameLineEdit->setText(entry.guestName);
    m_ui->roomLineEdit->setText(entry.room);
    m_ui->referenceLineEdit->setText(entry.reference);
    m_ui->noteLineEdit->setText(entry.note);
    IssueMode mode = IssueMode::StandardMultiUse;
    if (IssueModes::fromStorageName(entry.mode, &mode)) {
        const int index = m_ui->modeComboBox->findData(int(mode));
        if (index >= 0) {
            m_ui->modeComboBox->setCurrentIndex(index);
            m_wantedMode = mode; // "issue again" is the desk's choice too
        }
    }
    const int length = m_ui->lengthComboBox->findData(entry.durationId);
    if (length >= 0) {
        m_ui->lengthComboBox->setCurrentIndex(length);
        if (const auto current = currentMode()) {
            m_wantedLength.insert(int(*current), m_ui->lengthComboBox->currentText());
            m_lastWantedMode = int(*current);
        }
    }
}

QString IssuePanel::wantedStandardLength() const
{
    const bool standard = m_lastWantedMode == int(IssueMode::StandardMultiUse) || m_lastWantedMode == int(IssueMode::StandardSingleUse);
    return standard ? m_wantedLength.value(m_lastWantedMode) : QString();
}

QStringList IssuePanel::choiceNotes() const
{
    QStringList notes;
    const auto mode = currentMode();
    if (!m_lock || !mode)
        return notes;
    if (m_wantedMode && *m_wantedMode != *mode)
        notes << tr("%1 does not take %2 codes: %3 is chosen.")
                     .arg(DisplayText::visible(m_lock->name), IssueModes::displayName(*m_wantedMode), IssueModes::displayName(*mode));
    const auto wanted = m_wantedLength.constFind(int(*mode));
    if (*mode != IssueMode::EndDate && wanted != m_wantedLength.constEnd() && m_ui->lengthComboBox->count() > 0
        && m_ui->lengthComboBox->currentText() != wanted.value())
        notes << tr("%1 is not offered for this lock: %2 is chosen.").arg(wanted.value(), m_ui->lengthComboBox->currentText());
    return notes;
}

bool IssuePanel::confirmStart()
{
    const StartPlan current = plan();
    if (m_stay->isActive() || !current.isOk() || current.lateNote.isEmpty())
        return true;
    QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::Cancel;
    QHash<QMessageBox::StandardButton, QString> texts{{QMessageBox::Yes, tr("Issue as shown")}};
    if (current.betterStartUtc.isValid()) {
        buttons |= QMessageBox::Apply;
        texts.insert(QMessageBox::Apply,
                     tr("Start at %1 instead").arg(TimeText::dateTime(current.betterStartUtc.toTimeZone(m_deskZone))));
    }
    const auto answer = MessageBox::question(
        this, tr("Issue code"), current.lateNote + QStringLiteral("\n\n") + tr("Issue the code as shown? It is charged now."),
        buttons, current.betterStartUtc.isValid() ? QMessageBox::Apply : QMessageBox::Cancel, texts);
    if (answer == QMessageBox::Apply) {
        // The desk sees the new window in the preview and issues from there.
        setStartWall(current.betterStartUtc);
        m_ui->issuePushButton->setFocus(Qt::OtherFocusReason);
    }
    return answer == QMessageBox::Yes;
}

void IssuePanel::focusStart()
{
    m_ui->startDateTimeEdit->setFocus(Qt::OtherFocusReason);
}

void IssuePanel::focusForm()
{
    QWidget* first = m_ui->lengthComboBox->isVisible() ? static_cast<QWidget*>(m_ui->lengthComboBox) : m_ui->endDateEdit;
    first->setFocus(Qt::OtherFocusReason);
}

void IssuePanel::refresh()
{
    const bool hasLock = m_lock.has_value();
    for (QWidget* w : std::initializer_list<QWidget*>{m_ui->modeComboBox, m_ui->lengthComboBox, m_ui->endDateEdit,
                                                       m_ui->startDateTimeEdit, m_ui->thisHourPushButton,
                                                       m_ui->nextHourPushButton, m_ui->tonightPushButton,
                                                       m_ui->keepPaidTimeCheckBox, m_ui->guestNameLineEdit,
                                                       m_ui->roomLineEdit, m_ui->referenceLineEdit, m_ui->noteLineEdit})
        w->setEnabled(hasLock); // stays enabled while busy, so keyboard focus never jumps away
    m_ui->keepPaidTimeCheckBox->setEnabled(hasLock && currentDuration().hours > 0);
    m_stay->setEnabled(hasLock);
    const bool byStay = m_stay->isActive();
    if (byStay) {
        for (QWidget* w : std::initializer_list<QWidget*>{m_ui->lengthComboBox, m_ui->endDateEdit, m_ui->startDateTimeEdit,
                                                           m_ui->thisHourPushButton, m_ui->nextHourPushButton,
                                                           m_ui->tonightPushButton, m_ui->keepPaidTimeCheckBox})
            w->setEnabled(false);
    }
    if (hasLock) {
        const QDateTime midnight = StartTimeRules::nextLockMidnight(m_clock.nowUtc(), m_lock->clockFrame(), m_deskZone);
        m_ui->tonightPushButton->setText(tr("Tonight &%1").arg(TimeText::time(midnight)));
        m_ui->tonightPushButton->setToolTip(tr("The lock's next midnight, %1 on this clock").arg(TimeText::dateTime(midnight)));
    }

    const StartPlan current = plan();
    const StayPlan stay = byStay ? stayPlan() : StayPlan();
    if (stay.isOk()) {
        // The greyed fields show the code the stay chose, not what was there before.
        const QSignalBlocker blockLength(m_ui->lengthComboBox);
        const QSignalBlocker blockEnd(m_ui->endDateEdit);
        const QSignalBlocker blockStart(m_ui->startDateTimeEdit);
        if (const int index = m_ui->lengthComboBox->findData(stay.start.duration.id); index >= 0)
            m_ui->lengthComboBox->setCurrentIndex(index);
        if (stay.start.duration.mode == IssueMode::EndDate)
            m_ui->endDateEdit->setDate(stay.start.windowEndUtc.addSecs(-1).toTimeZone(m_lock->clockFrame().effectiveZone(stay.start.windowEndUtc)).date());
        setStartWall(stay.start.windowStartUtc);
    }
    QStringList notes;
    if (!byStay)
        notes << choiceNotes();
    for (const QString& note : {current.snapNote, current.ambiguityNote, current.lengthNote})
        if (!note.isEmpty() && !byStay)
            notes << note;
    m_lateBar->setNote(byStay || !current.isOk() ? QString() : current.lateNote, current.betterStartUtc, m_deskZone);
    // Never silent: how long before arrival, a close first-use deadline (the clock change is
    // already the preview's last line).
    for (const QString& note : stay.notes())
        if (note != stay.dstNote)
            notes << note;
    m_ui->snapNoteLabel->setText(notes.join(QLatin1Char('\n')));
    m_ui->snapNoteLabel->setVisible(!notes.isEmpty());

    if (!hasLock) {
        m_ui->previewLabel->setText(tr("Choose a lock to see when its code will be valid."));
    } else if (m_ui->modeComboBox->count() == 0) {
        m_ui->previewLabel->setText(
            tr("This lock is set to %1, which the lengths known for %2 do not include. Refresh the lengths, or check "
               "the lock's model and NetCode mode in its settings.")
                .arg(NetCodeModes::displayName(m_lock->configuredMode), LockModelCatalogue::info(m_lock->model).wireValue)
                .toHtmlEscaped());
    } else if (!current.isOk()) {
        m_ui->previewLabel->setText(
            QStringLiteral("<span style=\"color:%1\">%2</span>").arg(StatusColours::problem(palette()).name(), current.refusal.toHtmlEscaped()));
    } else {
        // The lines end with the clock-change note (current.dstNote), as on the card and the slip.
        QStringList lines = ValidityText::lines({current.duration.mode, current.windowStartUtc, current.windowEndUtc,
                                                 current.firstUseByUtc},
                                                m_deskZone, m_lock->clockFrame(), m_clock.nowUtc());
        QString html = QStringLiteral("<b>%1</b>").arg(lines.takeFirst().toHtmlEscaped());
        for (const QString& line : lines)
            html += QStringLiteral("<br/>") + (line == current.dstNote ? QStringLiteral("<i>%1</i>").arg(line.toHtmlEscaped())
                                                                       : line.toHtmlEscaped());
        if (stay.isOk())
            html += QStringLiteral("<br/>") + StayPlanner::coverText(stay, m_deskZone).toHtmlEscaped();
        m_ui->previewLabel->setText(html);
    }
    m_ui->previewLabel->setAccessibleName(tr("Validity preview"));
    m_ui->previewLabel->setAccessibleDescription(m_ui->previewLabel->text());
    updateIssueButton();
}

void IssuePanel::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (auto* button = qobject_cast<QPushButton*>(focusWidget())) {
            button->click();
        } else if (canIssue()) {
            emit issueRequested();
        }
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}
