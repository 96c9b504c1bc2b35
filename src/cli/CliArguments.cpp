#include "CliArguments.h"

#include "WallTime.h"

#include <QRegularExpression>

bool CliArguments::length(const QString& text, int* hours, int* days)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,3})\\s*([hHdD])$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return false;
    const int n = match.captured(1).toInt();
    if (n <= 0)
        return false;
    const bool isDays = match.captured(2).toLower() == QLatin1String("d");
    *hours = isDays ? 0 : n;
    *days = isDays ? n : 0;
    return true;
}

bool CliArguments::issueMode(const QString& text, IssueMode* mode)
{
    const QString t = text.trimmed().toLower();
    static const QList<QPair<QString, IssueMode>> names = {
        {QStringLiteral("multi-use"), IssueMode::StandardMultiUse}, {QStringLiteral("standard"), IssueMode::StandardMultiUse},
        {QStringLiteral("single-use"), IssueMode::StandardSingleUse}, {QStringLiteral("rental"), IssueMode::MediumTermRental},
        {QStringLiteral("long-rental"), IssueMode::LongTermRental},   {QStringLiteral("end-date"), IssueMode::EndDate},
        {QStringLiteral("24-hour"), IssueMode::TwentyFourHour}};
    for (const auto& [name, value] : names) {
        if (name == t) {
            *mode = value;
            return true;
        }
    }
    return false;
}

bool CliArguments::configuredMode(const QString& text, NetCodeMode* mode)
{
    IssueMode issue = IssueMode::StandardMultiUse;
    if (!issueMode(text, &issue))
        return false;
    *mode = IssueModes::configurationOf(issue);
    return true;
}

bool CliArguments::wallTime(const QString& text, QDate* date, QTime* time)
{
    const QString t = text.trimmed();
    const QDateTime full = WallTime::parseReading(t, QStringLiteral("yyyy-MM-dd HH:mm"));
    if (full.isValid()) {
        *date = full.date();
        *time = full.time();
        return true;
    }
    const QDate day = QDate::fromString(t, QStringLiteral("yyyy-MM-dd"));
    if (!day.isValid())
        return false;
    *date = day;
    *time = QTime(0, 0);
    return true;
}

bool CliArguments::stayTime(const QString& text, QDate* date, QTime* time)
{
    const QDateTime full = WallTime::parseReading(text.trimmed(), QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!full.isValid())
        return false;
    *date = full.date();
    *time = full.time();
    return true;
}

bool CliArguments::date(const QString& text, QDate* date)
{
    *date = QDate::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd"));
    return date->isValid();
}
