#include "DurationOption.h"

#include <QCoreApplication>

QString DurationOption::label() const
{
    // The singular has its own string so English reads right without a catalogue loaded; the
    // plural goes through %n so each language's plural rules apply.
    if (days == 1)
        return QCoreApplication::translate("DurationOption", "1 day");
    if (days > 1)
        return QCoreApplication::translate("DurationOption", "%n days", nullptr, days);
    if (hours == 1)
        return QCoreApplication::translate("DurationOption", "1 hour");
    return QCoreApplication::translate("DurationOption", "%n hours", nullptr, hours);
}

const QList<DurationOption>& StandardDurations::all()
{
    static const QList<DurationOption> table = [] {
        QList<DurationOption> options;
        for (int hours = 1; hours <= 12; ++hours)
            options.append({hours - 1, NetCodeMode::Standard, hours, 0});
        for (int days = 1; days <= 7; ++days)
            options.append({11 + days, NetCodeMode::Standard, 0, days});
        return options;
    }();
    return table;
}

const DurationOption* StandardDurations::byId(int id)
{
    for (const auto& option : all()) {
        if (option.id == id)
            return &option;
    }
    return nullptr;
}
