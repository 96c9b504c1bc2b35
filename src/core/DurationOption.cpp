#include "DurationOption.h"

#include <QCoreApplication>

namespace {
QString lengthText(int hours, int days)
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
} // namespace

bool DurationOption::startsAtMidnight() const
{
    switch (mode) {
    case IssueMode::StandardMultiUse:
    case IssueMode::StandardSingleUse:
        return days > 0;
    case IssueMode::MediumTermRental:
        return true;
    case IssueMode::LongTermRental:
    case IssueMode::EndDate:
    case IssueMode::TwentyFourHour:
        return false;
    }
    return false;
}

qint64 DurationOption::firstUseWindowSecs() const
{
    if (mode == IssueMode::MediumTermRental)
        return 24 * 3600;
    if (mode == IssueMode::LongTermRental)
        return days > 0 ? qint64(days) * 86400 : qint64(hours) * 3600;
    return 0;
}

QString DurationOption::label() const
{
    if (mode == IssueMode::LongTermRental)
        return QCoreApplication::translate("DurationOption", "first use within %1").arg(lengthText(hours, days));
    return lengthText(hours, days);
}

const QList<DurationOption>& StandardDurations::all()
{
    static const QList<DurationOption> table = [] {
        QList<DurationOption> options;
        for (int hours = 1; hours <= 12; ++hours)
            options.append({hours - 1, IssueMode::StandardMultiUse, hours, 0});
        for (int days = 1; days <= 7; ++days)
            options.append({11 + days, IssueMode::StandardMultiUse, 0, days});
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
