#include "NetCodeMode.h"

#include <QCoreApplication>

QString NetCodeModes::storageName(NetCodeMode mode)
{
    switch (mode) {
    case NetCodeMode::Standard:
        return QStringLiteral("standard");
    case NetCodeMode::MediumTermRental:
        return QStringLiteral("rental");
    case NetCodeMode::LongTermRental:
        return QStringLiteral("long-rental");
    case NetCodeMode::EndDate:
        return QStringLiteral("end-date");
    case NetCodeMode::TwentyFourHour:
        return QStringLiteral("24-hour");
    }
    return QStringLiteral("standard");
}

bool NetCodeModes::fromStorageName(const QString& name, NetCodeMode* mode)
{
    for (auto candidate : all()) {
        if (storageName(candidate) == name) {
            *mode = candidate;
            return true;
        }
    }
    return false;
}

QString NetCodeModes::displayName(NetCodeMode mode)
{
    switch (mode) {
    case NetCodeMode::Standard:
        return QCoreApplication::translate("NetCodeModes", "Standard (single-use or multi-use)");
    case NetCodeMode::MediumTermRental:
        return QCoreApplication::translate("NetCodeModes", "Medium-term rental (1–21 days, one code at a time)");
    case NetCodeMode::LongTermRental:
        return QCoreApplication::translate("NetCodeModes", "Long-term rental (up to a year)");
    case NetCodeMode::EndDate:
        return QCoreApplication::translate("NetCodeModes", "End date (expires at midnight on a set date)");
    case NetCodeMode::TwentyFourHour:
        return QCoreApplication::translate("NetCodeModes", "24 hour (starts on any hour)");
    }
    return {};
}

QString NetCodeModes::shortName(NetCodeMode mode)
{
    switch (mode) {
    case NetCodeMode::Standard:
        return QCoreApplication::translate("NetCodeModes", "Standard");
    case NetCodeMode::MediumTermRental:
        return QCoreApplication::translate("NetCodeModes", "Rental");
    case NetCodeMode::LongTermRental:
        return QCoreApplication::translate("NetCodeModes", "Long rental");
    case NetCodeMode::EndDate:
        return QCoreApplication::translate("NetCodeModes", "End date");
    case NetCodeMode::TwentyFourHour:
        return QCoreApplication::translate("NetCodeModes", "24 hour");
    }
    return {};
}

QList<NetCodeMode> NetCodeModes::all()
{
    return {NetCodeMode::Standard, NetCodeMode::MediumTermRental, NetCodeMode::LongTermRental, NetCodeMode::EndDate,
            NetCodeMode::TwentyFourHour};
}
