#include "IssueMode.h"

#include <QCoreApplication>

QList<IssueMode> IssueModes::all()
{
    return {IssueMode::StandardMultiUse, IssueMode::StandardSingleUse, IssueMode::MediumTermRental,
            IssueMode::LongTermRental,   IssueMode::EndDate,           IssueMode::TwentyFourHour};
}

QString IssueModes::storageName(IssueMode mode)
{
    switch (mode) {
    case IssueMode::StandardMultiUse:
        return QStringLiteral("standard");
    case IssueMode::StandardSingleUse:
        return QStringLiteral("standard-single");
    case IssueMode::MediumTermRental:
        return QStringLiteral("rental");
    case IssueMode::LongTermRental:
        return QStringLiteral("long-rental");
    case IssueMode::EndDate:
        return QStringLiteral("end-date");
    case IssueMode::TwentyFourHour:
        return QStringLiteral("24-hour");
    }
    return QStringLiteral("standard");
}

bool IssueModes::fromStorageName(const QString& name, IssueMode* mode)
{
    for (IssueMode candidate : all()) {
        if (storageName(candidate) == name) {
            *mode = candidate;
            return true;
        }
    }
    return false;
}

QString IssueModes::displayName(IssueMode mode)
{
    switch (mode) {
    case IssueMode::StandardMultiUse:
        return QCoreApplication::translate("IssueModes", "Standard, multi-use");
    case IssueMode::StandardSingleUse:
        return QCoreApplication::translate("IssueModes", "Standard, single-use");
    case IssueMode::MediumTermRental:
        return QCoreApplication::translate("IssueModes", "Medium-term rental (1–21 days)");
    case IssueMode::LongTermRental:
        return QCoreApplication::translate("IssueModes", "Long-term rental (up to a year)");
    case IssueMode::EndDate:
        return QCoreApplication::translate("IssueModes", "End date");
    case IssueMode::TwentyFourHour:
        return QCoreApplication::translate("IssueModes", "24 hours");
    }
    return {};
}

QString IssueModes::shortName(IssueMode mode)
{
    switch (mode) {
    case IssueMode::StandardMultiUse:
        return QCoreApplication::translate("IssueModes", "Standard");
    case IssueMode::StandardSingleUse:
        return QCoreApplication::translate("IssueModes", "Single-use");
    case IssueMode::MediumTermRental:
        return QCoreApplication::translate("IssueModes", "Rental");
    case IssueMode::LongTermRental:
        return QCoreApplication::translate("IssueModes", "Long rental");
    case IssueMode::EndDate:
        return QCoreApplication::translate("IssueModes", "End date");
    case IssueMode::TwentyFourHour:
        return QCoreApplication::translate("IssueModes", "24 hours");
    }
    return {};
}

QList<IssueMode> IssueModes::allowedFor(NetCodeMode configured)
{
    switch (configured) {
    case NetCodeMode::Standard:
        return {IssueMode::StandardMultiUse, IssueMode::StandardSingleUse};
    case NetCodeMode::MediumTermRental:
        return {IssueMode::MediumTermRental};
    case NetCodeMode::LongTermRental:
        return {IssueMode::LongTermRental};
    case NetCodeMode::EndDate:
        return {IssueMode::EndDate};
    case NetCodeMode::TwentyFourHour:
        return {IssueMode::TwentyFourHour};
    }
    return {};
}

NetCodeMode IssueModes::configurationOf(IssueMode mode)
{
    switch (mode) {
    case IssueMode::StandardMultiUse:
    case IssueMode::StandardSingleUse:
        return NetCodeMode::Standard;
    case IssueMode::MediumTermRental:
        return NetCodeMode::MediumTermRental;
    case IssueMode::LongTermRental:
        return NetCodeMode::LongTermRental;
    case IssueMode::EndDate:
        return NetCodeMode::EndDate;
    case IssueMode::TwentyFourHour:
        return NetCodeMode::TwentyFourHour;
    }
    return NetCodeMode::Standard;
}

bool IssueModes::hasFirstUseDeadline(IssueMode mode)
{
    return mode == IssueMode::MediumTermRental || mode == IssueMode::LongTermRental;
}

namespace {
QString normalised(const QString& text)
{
    QString out;
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}
} // namespace

bool IssueModes::fromCatalogue(const QString& mode, const QString& subMode, IssueMode* result)
{
    const QString m = normalised(mode);
    if (m == QLatin1String("standard")) {
        *result = normalised(subMode).contains(QLatin1String("single")) ? IssueMode::StandardSingleUse
                                                                         : IssueMode::StandardMultiUse;
        return true;
    }
    static const QList<QPair<QStringList, IssueMode>> aliases = {
        {{QStringLiteral("acc"), QStringLiteral("rental"), QStringLiteral("mediumterm"),
          QStringLiteral("mediumtermrental"), QStringLiteral("mediumrental")},
         IssueMode::MediumTermRental},
        {{QStringLiteral("urm"), QStringLiteral("longterm"), QStringLiteral("longtermrental"),
          QStringLiteral("longrental")},
         IssueMode::LongTermRental},
        {{QStringLiteral("enddate"), QStringLiteral("end")}, IssueMode::EndDate},
        {{QStringLiteral("24hour"), QStringLiteral("24hours"), QStringLiteral("24h"), QStringLiteral("twentyfourhour"),
          QStringLiteral("twentyfourhours")},
         IssueMode::TwentyFourHour},
    };
    for (const auto& [names, issueMode] : aliases) {
        if (names.contains(m)) {
            *result = issueMode;
            return true;
        }
    }
    return false;
}
