#pragma once

#include <QDateTime>
#include <QTimeZone>
#include <QWidget>
#include <memory>

namespace Ui {
class StayEntry;
}

// The issue panel's stay entry: "arrives tonight 22:30, leaves Wednesday 11:00" instead of a start
// and a length. Holds wall-clock readings (the desk's clock); the issue panel plans from them.
class StayEntry final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StayEntry)

public:
    explicit StayEntry(QWidget* parent = nullptr);
    ~StayEntry() override;

    bool isActive() const;
    // Readings with a UTC time spec, as the editors hold them: date and time as typed.
    QDateTime arrivalReading() const;
    QDateTime departureReading() const;
    // Arrival now (to the minute) and departure the next day at 11:00, on the given clock.
    void resetTo(const QDateTime& nowUtc, const QTimeZone& zone);
    void setReadings(const QDateTime& arrival, const QDateTime& departure);
    // Turns the stay entry on and puts the keyboard on the arrival.
    void activate();

signals:
    void changed();

private:
    std::unique_ptr<Ui::StayEntry> m_ui;
};
