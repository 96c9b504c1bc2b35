#include "IssuePanel.h"

#include "Clock.h"
#include "TimeText.h"
#include "ui_IssuePanel.h"

#include <QKeyEvent>
#include <QPushButton>
#include <QTimer>

IssuePanel::IssuePanel(const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::IssuePanel>())
    , m_clock(clock)
    , m_minuteTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    // The editor holds a wall-clock reading for the desk zone; keep Qt from shifting it for the
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
    m_ui->issuePushButton->setMinimumHeight(m_ui->issuePushButton->sizeHint().height() * 3 / 2);

    connect(m_ui->modeComboBox, &QComboBox::currentIndexChanged, this, [this] {
        fillLengths();
        refresh();
    });
    connect(m_ui->lengthComboBox, &QComboBox::currentIndexChanged, this, &IssuePanel::refresh);
    connect(m_ui->startDateTimeEdit, &QDateTimeEdit::dateTimeChanged, this, &IssuePanel::refresh);
    connect(m_ui->thisHourPushButton, &QPushButton::clicked, this,
            [this] { setStartWall(StartTimeRules::thisHour(m_clock.nowUtc(), m_deskZone)); });
    connect(m_ui->nextHourPushButton, &QPushButton::clicked, this,
            [this] { setStartWall(StartTimeRules::nextHour(m_clock.nowUtc(), m_deskZone)); });
    connect(m_ui->tonightPushButton, &QPushButton::clicked, this,
            [this] { setStartWall(StartTimeRules::tonightMidnight(m_clock.nowUtc(), m_deskZone)); });
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
    m_deskZone = zone;
    setStartWall(StartTimeRules::thisHour(m_clock.nowUtc(), m_deskZone));
}

void IssuePanel::setStartWall(const QDateTime& wall)
{
    const QDateTime inZone = wall.toTimeZone(m_deskZone);
    m_ui->startDateTimeEdit->setDateTime(QDateTime(inZone.date(), inZone.time(), QTimeZone::utc()));
}

void IssuePanel::setLock(const std::optional<Lock>& lock)
{
    m_lock = lock;
    if (lock) {
        m_ui->lockTitleLabel->setText(QStringLiteral("%1 — %2").arg(lock->name, LockModelCatalogue::info(lock->model).displayName));
    } else {
        m_ui->lockTitleLabel->setText(tr("Choose a lock on the left"));
    }
    fillModes();
    refresh();
}

void IssuePanel::fillModes()
{
    const QSignalBlocker blocker(m_ui->modeComboBox);
    m_ui->modeComboBox->clear();
    if (m_lock) {
        // The mode guard: a lock takes only the mode it is configured for.
        const NetCodeMode mode = m_lock->configuredMode;
        if (NetCodeModes::availableWithoutCatalogue().contains(mode))
            m_ui->modeComboBox->addItem(NetCodeModes::displayName(mode), int(mode));
    }
    fillLengths();
}

void IssuePanel::fillLengths()
{
    const int previousId = m_ui->lengthComboBox->currentData().isValid() ? m_ui->lengthComboBox->currentData().toInt() : 2;
    const QSignalBlocker blocker(m_ui->lengthComboBox);
    m_ui->lengthComboBox->clear();
    if (m_ui->modeComboBox->count() == 0)
        return;
    const auto mode = NetCodeMode(m_ui->modeComboBox->currentData().toInt());
    for (const DurationOption& option : StandardDurations::all()) {
        if (option.mode == mode)
            m_ui->lengthComboBox->addItem(option.label(), option.id);
    }
    const int index = m_ui->lengthComboBox->findData(previousId);
    m_ui->lengthComboBox->setCurrentIndex(index >= 0 ? index : 0);
}

DurationOption IssuePanel::currentDuration() const
{
    if (m_ui->lengthComboBox->currentIndex() < 0)
        return {};
    const DurationOption* option = StandardDurations::byId(m_ui->lengthComboBox->currentData().toInt());
    return option ? *option : DurationOption{};
}

StartPlan IssuePanel::plan() const
{
    if (!m_lock)
        return {};
    const QDateTime wall = m_ui->startDateTimeEdit->dateTime();
    const StartRequest request{wall.date(), wall.time(), m_deskZone, m_lock->clockFrame(), currentDuration(),
                               m_clock.nowUtc()};
    return StartTimeRules::plan(request);
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
    order.duration = currentDuration();
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
    m_ui->issuePushButton->setText(busy ? tr("Issuing…") : tr("&Issue code"));
    refresh();
}

void IssuePanel::clearGuestFields()
{
    for (QLineEdit* edit : {m_ui->guestNameLineEdit, m_ui->roomLineEdit, m_ui->referenceLineEdit, m_ui->noteLineEdit})
        edit->clear();
}

void IssuePanel::focusForm()
{
    m_ui->lengthComboBox->setFocus(Qt::OtherFocusReason);
}

void IssuePanel::refresh()
{
    const bool hasLock = m_lock.has_value();
    for (QWidget* w : std::initializer_list<QWidget*>{m_ui->modeComboBox, m_ui->lengthComboBox, m_ui->startDateTimeEdit,
                                                       m_ui->thisHourPushButton, m_ui->nextHourPushButton,
                                                       m_ui->tonightPushButton, m_ui->guestNameLineEdit,
                                                       m_ui->roomLineEdit, m_ui->referenceLineEdit, m_ui->noteLineEdit})
        w->setEnabled(hasLock); // stays enabled while busy, so keyboard focus never jumps away

    const StartPlan current = plan();
    QStringList notes;
    if (!current.snapNote.isEmpty())
        notes << current.snapNote;
    if (!current.ambiguityNote.isEmpty())
        notes << current.ambiguityNote;
    m_ui->snapNoteLabel->setText(notes.join(QLatin1Char('\n')));
    m_ui->snapNoteLabel->setVisible(!notes.isEmpty());

    if (!hasLock) {
        m_ui->previewLabel->setText(tr("Choose a lock to see when its code will be valid."));
    } else if (m_ui->modeComboBox->count() == 0) {
        m_ui->previewLabel->setText(tr("This lock is set to %1, which this version cannot issue yet. Check the "
                                       "lock's NetCode mode in its settings.")
                                        .arg(NetCodeModes::displayName(m_lock->configuredMode)));
    } else if (!current.isOk()) {
        m_ui->previewLabel->setText(QStringLiteral("<span style=\"color:#b00020\">%1</span>")
                                        .arg(current.refusal.toHtmlEscaped()));
    } else {
        QString text = TimeText::validity(current.windowStartUtc, current.windowEndUtc, m_deskZone,
                                          m_lock->clockFrame())
                           .toHtmlEscaped();
        text.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
        m_ui->previewLabel->setText(QStringLiteral("<b>%1</b>").arg(text));
    }
    m_ui->previewLabel->setAccessibleName(tr("Validity preview"));
    m_ui->previewLabel->setAccessibleDescription(m_ui->previewLabel->text());
    m_ui->issuePushButton->setEnabled(canIssue());
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
