#include "StayEntry.h"

#include "ui_StayEntry.h"

#include <QCheckBox>

StayEntry::StayEntry(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::StayEntry>())
{
    m_ui->setupUi(this);
    // Wall-clock readings: keep Qt from shifting them for the computer's own daylight saving.
    for (QDateTimeEdit* edit : {m_ui->arrivalDateTimeEdit, m_ui->departureDateTimeEdit}) {
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
        edit->setTimeZone(QTimeZone::UTC);
#else
        edit->setTimeSpec(Qt::UTC);
#endif
        edit->setEnabled(false);
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &StayEntry::changed);
    }
    connect(m_ui->stayCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->arrivalDateTimeEdit->setEnabled(on);
        m_ui->departureDateTimeEdit->setEnabled(on);
        emit changed();
    });
}

StayEntry::~StayEntry() = default;

bool StayEntry::isActive() const
{
    return m_ui->stayCheckBox->isChecked() && isEnabled();
}

QDateTime StayEntry::arrivalReading() const
{
    return m_ui->arrivalDateTimeEdit->dateTime();
}

QDateTime StayEntry::departureReading() const
{
    return m_ui->departureDateTimeEdit->dateTime();
}

void StayEntry::resetTo(const QDateTime& nowUtc, const QTimeZone& zone)
{
    const QDateTime now = nowUtc.toTimeZone(zone);
    setReadings(QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()), QTimeZone::utc()),
                QDateTime(now.date().addDays(1), QTime(11, 0), QTimeZone::utc()));
}

void StayEntry::setReadings(const QDateTime& arrival, const QDateTime& departure)
{
    {
        const QSignalBlocker blockArrival(m_ui->arrivalDateTimeEdit);
        const QSignalBlocker blockDeparture(m_ui->departureDateTimeEdit);
        m_ui->arrivalDateTimeEdit->setDateTime(arrival);
        m_ui->departureDateTimeEdit->setDateTime(departure);
    }
    emit changed();
}

void StayEntry::activate()
{
    m_ui->stayCheckBox->setChecked(true);
    m_ui->arrivalDateTimeEdit->setFocus(Qt::OtherFocusReason);
}
