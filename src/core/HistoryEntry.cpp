#include "HistoryEntry.h"

#include "DisplayText.h"
#include "DurationOption.h"
#include "TimeText.h"

#include <QCoreApplication>
#include <QStringList>

HistoryEntry::Status HistoryEntry::status(const QDateTime& nowUtc) const
{
    switch (outcome) {
    case Outcome::Failed:
        return Status::Failed;
    case Outcome::InDoubt:
        return Status::InDoubt;
    case Outcome::Claimed:
    case Outcome::Sent:
        // A live claim is a request on its way; once its lease has run out nobody is waiting
        // for its answer any more, and it may have been billed.
        return leaseUntilUtc.isValid() && nowUtc < leaseUntilUtc ? Status::Issuing : Status::InDoubt;
    case Outcome::Issued:
        break;
    }
    if (nowUtc < windowStartUtc)
        return Status::Upcoming;
    if (nowUtc < windowEndUtc)
        return Status::Active;
    return Status::Expired;
}

IssueMode HistoryEntry::issueMode() const
{
    IssueMode result = IssueMode::StandardMultiUse;
    IssueModes::fromStorageName(mode, &result);
    return result;
}

ClockFrame HistoryEntry::lockFrame(const QTimeZone& fallback) const
{
    const QTimeZone zone(lockTimeZone.toUtf8());
    if (!zone.isValid())
        return {fallback, true};
    return {zone, lockFollowsDst};
}

QString HistoryEntry::sourceName(Source source)
{
    switch (source) {
    case Source::Api:
        return QStringLiteral("api");
    case Source::Reused:
        return QStringLiteral("reused");
    case Source::Demo:
        return QStringLiteral("demo");
    }
    return QStringLiteral("api");
}

HistoryEntry::Source HistoryEntry::sourceFromName(const QString& name)
{
    if (name == QLatin1String("reused"))
        return Source::Reused;
    if (name == QLatin1String("demo"))
        return Source::Demo;
    return Source::Api;
}

QString HistoryEntry::statusText(Status status)
{
    switch (status) {
    case Status::Upcoming:
        return QCoreApplication::translate("HistoryEntry", "Upcoming");
    case Status::Active:
        return QCoreApplication::translate("HistoryEntry", "Active");
    case Status::Expired:
        return QCoreApplication::translate("HistoryEntry", "Expired");
    case Status::Failed:
        return QCoreApplication::translate("HistoryEntry", "Failed");
    case Status::InDoubt:
        //: History status: the request may have been billed, and no code was received
        return QCoreApplication::translate("HistoryEntry", "In doubt");
    case Status::Issuing:
        return QCoreApplication::translate("HistoryEntry", "Being issued");
    }
    return {};
}

QString HistoryEntry::statusName(Status status)
{
    switch (status) {
    case Status::Upcoming: return QStringLiteral("upcoming");
    case Status::Active: return QStringLiteral("active");
    case Status::Expired: return QStringLiteral("expired");
    case Status::Failed: return QStringLiteral("failed");
    // A request still on its way has no answer recorded yet: for scripts it is in doubt.
    case Status::InDoubt:
    case Status::Issuing: return QStringLiteral("in_doubt");
    }
    return QStringLiteral("in_doubt");
}

QString HistoryEntry::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Issued: return QStringLiteral("issued");
    case Outcome::Failed: return QStringLiteral("failed");
    case Outcome::Claimed: return QStringLiteral("claimed");
    case Outcome::Sent: return QStringLiteral("sent");
    case Outcome::InDoubt: return QStringLiteral("in_doubt");
    }
    return QStringLiteral("issued");
}

HistoryEntry::Outcome HistoryEntry::outcomeFromName(const QString& name)
{
    for (Outcome o : {Outcome::Issued, Outcome::Failed, Outcome::Claimed, Outcome::Sent, Outcome::InDoubt}) {
        if (outcomeName(o) == name)
            return o;
    }
    // An unknown word from a newer version: never pretend it holds a usable code.
    return Outcome::InDoubt;
}

QString HistoryEntry::claimingDesk() const
{
    const qsizetype slash = claimedBy.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? claimedBy : claimedBy.left(slash);
}

QString HistoryEntry::sourceText(Source source)
{
    switch (source) {
    case Source::Api:
        return QCoreApplication::translate("HistoryEntry", "API");
    case Source::Reused:
        return QCoreApplication::translate("HistoryEntry", "Reissued from history");
    case Source::Demo:
        return QCoreApplication::translate("HistoryEntry", "Demo");
    }
    return {};
}

QString HistoryEntry::holderText(const QString& guestName, const QString& room)
{
    const QString guest = DisplayText::visible(guestName.trimmed());
    const QString where = DisplayText::visible(room.trimmed());
    if (guest.isEmpty() && where.isEmpty())
        return {};
    if (where.isEmpty())
        return guest;
    if (guest.isEmpty())
        return QCoreApplication::translate("HistoryEntry", "room %1").arg(where);
    return QCoreApplication::translate("HistoryEntry", "%1 (room %2)").arg(guest, where);
}

QString HistoryEntry::sharingText(const QTimeZone& deskZone) const
{
    QStringList lines;
    if (sharesCodeWith > 0) {
        const QString who = holderText(otherHolderGuest, otherHolderRoom);
        // The row it shares with may have gone with the retention policy; the link stays.
        lines << (otherHolderId == sharesCodeWith && !who.isEmpty()
                      ? QCoreApplication::translate("HistoryEntry", "Same code as %1, issued %2: both open the same "
                                                                    "door in the same window.")
                            .arg(who, TimeText::dateTime(otherHolderIssuedAtUtc.toTimeZone(deskZone)))
                      : QCoreApplication::translate("HistoryEntry", "Same code as history row %1 (another guest).")
                            .arg(sharesCodeWith));
    }
    if (alsoHeldBy > 0) {
        const QString who = holderText(otherHolderGuest, otherHolderRoom);
        const bool first = sharesCodeWith == 0 && !who.isEmpty();
        lines << (alsoHeldBy == 1 && first
                      ? QCoreApplication::translate("HistoryEntry", "Also held by %1 (given %2).")
                            .arg(who, TimeText::dateTime(otherHolderIssuedAtUtc.toTimeZone(deskZone)))
                      : QCoreApplication::translate("HistoryEntry", "Also held by %n other guest(s).", nullptr,
                                                    alsoHeldBy));
    }
    return lines.join(QLatin1Char('\n'));
}

bool HistoryEntry::namesOtherGuest(const HistoryEntry& row, const QString& guestName, const QString& room)
{
    const auto same = [](const QString& a, const QString& b) {
        return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
    };
    const bool rowGuest = !row.guestName.trimmed().isEmpty();
    const bool rowRoom = !row.room.trimmed().isEmpty();
    if (!rowGuest && !rowRoom)
        return false;
    const bool sameGuest = rowGuest && same(row.guestName, guestName);
    if (rowGuest && !sameGuest)
        return true;
    if (!rowRoom || same(row.room, room))
        return false;
    // Rooms differ: still the same guest when the guest is named alike and this order has no room.
    return !(sameGuest && room.trimmed().isEmpty());
}

QString HistoryEntry::commandLineIssuer(const QString& login)
{
    return QStringLiteral("(command line) %1").arg(login.isEmpty() ? QStringLiteral("?") : login);
}

bool HistoryEntry::issuedFromCommandLine() const
{
    return issuedBy.startsWith(QLatin1String("(command line) "));
}

namespace {
// The first whole number in a label ("3 Stunden", "first use within 6 hours"), whatever the
// language it was stored in; 0 without one.
int firstNumber(const QString& text)
{
    int value = 0;
    bool inNumber = false;
    for (const QChar c : text) {
        if (c.isDigit()) {
            inNumber = true;
            value = value * 10 + c.digitValue();
            if (value > 100000)
                return 0;
        } else if (inNumber) {
            break;
        }
    }
    return value;
}

// Seconds from `a` to `b` on the lock's wall clock: a day over a change of clocks is still a day.
qint64 wallSecs(const QDateTime& a, const QDateTime& b, const ClockFrame& frame)
{
    const QDateTime wallA = a.toTimeZone(frame.effectiveZone(a));
    const QDateTime wallB = b.toTimeZone(frame.effectiveZone(b));
    return QDateTime(wallA.date(), wallA.time(), QTimeZone::utc()).secsTo(QDateTime(wallB.date(), wallB.time(), QTimeZone::utc()));
}
} // namespace

QString HistoryEntry::lengthText(const QTimeZone& deskZone) const
{
    // The stored label says how many (its number), the window says of what (hours or days):
    // together they name the length without guessing, in any language it was stored in.
    const IssueMode mode = issueMode();
    const QDateTime end = mode == IssueMode::LongTermRental ? firstUseByUtc : windowEndUtc;
    const int count = firstNumber(durationLabel);
    if (mode == IssueMode::EndDate || count <= 0 || !windowStartUtc.isValid() || !end.isValid())
        return durationLabel;
    const qint64 wall = wallSecs(windowStartUtc, end, lockFrame(deskZone));
    const qint64 elapsed = windowStartUtc.secsTo(end);
    DurationOption option;
    option.mode = mode;
    if (wall == qint64(count) * 3600 || elapsed == qint64(count) * 3600)
        option.hours = count;
    else if (wall == qint64(count) * 86400 || elapsed == qint64(count) * 86400)
        option.days = count;
    else
        return durationLabel;
    return option.label();
}
