#include "BoardLayout.h"

#include "DisplayText.h"
#include "TimeText.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
// The same code on the door: the same window and the same code (or, before the answer, the same
// request, which the service always answers with the same code).
bool sameCode(const HistoryEntry& a, const HistoryEntry& b)
{
    if (a.windowStartUtc != b.windowStartUtc || a.windowEndUtc != b.windowEndUtc)
        return false;
    if (!a.code.isEmpty() && a.code == b.code)
        return true;
    return !a.requestKey.isEmpty() && a.requestKey == b.requestKey;
}

QString labelFor(const HistoryEntry& row, const QTimeZone& zone)
{
    if (!row.guestName.trimmed().isEmpty())
        return DisplayText::visible(row.guestName.trimmed());
    if (!row.room.trimmed().isEmpty())
        return DisplayText::visible(row.room.trimmed());
    return TimeText::window(row.windowStartUtc, row.windowEndUtc, zone);
}
} // namespace

double BoardLayout::dayPosition(const QDateTime& instantUtc, const QDate& firstDay, const QTimeZone& zone)
{
    const QDate day = instantUtc.toTimeZone(zone).date();
    // startOfDay copes with zones whose clocks skip midnight itself.
    const QDateTime dayStart = day.startOfDay(zone);
    const QDateTime nextStart = day.addDays(1).startOfDay(zone);
    const double length = double(dayStart.secsTo(nextStart));
    const double into = length > 0 ? double(dayStart.secsTo(instantUtc)) / length : 0.0;
    return double(firstDay.daysTo(day)) + into;
}

QList<BoardBar> BoardLayout::bars(const QList<HistoryEntry>& rows, const QDate& firstDay, const QTimeZone& zone,
                                  const QDateTime& nowUtc)
{
    QList<const HistoryEntry*> kept;
    for (const HistoryEntry& row : rows) {
        if (row.status(nowUtc) == HistoryEntry::Status::Failed || !row.windowStartUtc.isValid() || !row.windowEndUtc.isValid())
            continue;
        kept << &row;
    }
    // Oldest row first, so a shared code's bar opens the first holder's row.
    std::stable_sort(kept.begin(), kept.end(), [](const HistoryEntry* a, const HistoryEntry* b) {
        if (a->windowStartUtc != b->windowStartUtc)
            return a->windowStartUtc < b->windowStartUtc;
        return a->id < b->id;
    });

    QList<BoardBar> result;
    QList<QList<const HistoryEntry*>> members;
    for (const HistoryEntry* row : kept) {
        qsizetype into = -1;
        for (qsizetype i = result.size() - 1; i >= 0 && result.at(i).startUtc == row->windowStartUtc; --i) {
            if (sameCode(*members.at(i).constFirst(), *row)) {
                into = i;
                break;
            }
        }
        if (into >= 0) {
            members[into] << row;
            result[into].rowIds << row->id;
            continue;
        }
        BoardBar bar;
        bar.historyId = row->id;
        bar.lockId = row->lockId;
        bar.rowIds = {row->id};
        bar.startUtc = row->windowStartUtc;
        bar.endUtc = row->windowEndUtc;
        bar.firstUseByUtc = row->firstUseByUtc;
        bar.startX = dayPosition(row->windowStartUtc, firstDay, zone);
        bar.endX = dayPosition(row->windowEndUtc, firstDay, zone);
        if (row->firstUseByUtc.isValid())
            bar.firstUseX = dayPosition(row->firstUseByUtc, firstDay, zone);
        const QDate today = nowUtc.toTimeZone(zone).date();
        bar.endsToday = row->windowEndUtc > nowUtc && row->windowEndUtc.toTimeZone(zone).date() == today;
        bar.label = labelFor(*row, zone);
        result << bar;
        members << QList<const HistoryEntry*>{row};
    }

    // A bar is in doubt or pending only while no row of it holds the code.
    for (qsizetype i = 0; i < result.size(); ++i) {
        bool known = false;
        bool doubt = false;
        bool pending = false;
        for (const HistoryEntry* row : members.at(i)) {
            const HistoryEntry::Status status = row->status(nowUtc);
            known = known || row->hasCode();
            doubt = doubt || status == HistoryEntry::Status::InDoubt;
            pending = pending || status == HistoryEntry::Status::Issuing;
        }
        result[i].inDoubt = !known && doubt;
        result[i].pending = !known && !doubt && pending;
    }

    // Lanes: each bar takes the first lane free by its start (ends are exclusive, so a code that
    // starts as another ends shares its lane).
    QList<QDateTime> laneEnds;
    for (BoardBar& bar : result) {
        qsizetype lane = 0;
        while (lane < laneEnds.size() && laneEnds.at(lane) > bar.startUtc)
            ++lane;
        if (lane == laneEnds.size())
            laneEnds << bar.endUtc;
        else
            laneEnds[lane] = bar.endUtc;
        bar.lane = int(lane);
    }
    for (qsizetype i = 0; i < result.size(); ++i) {
        for (qsizetype j = i + 1; j < result.size() && result.at(j).startUtc < result.at(i).endUtc; ++j) {
            if (result.at(i).startUtc < result.at(j).endUtc) {
                result[i].overlaps = true;
                result[j].overlaps = true;
            }
        }
    }
    return result;
}

int BoardLayout::laneCount(const QList<BoardBar>& bars)
{
    int lanes = 1;
    for (const BoardBar& bar : bars)
        lanes = std::max(lanes, bar.lane + 1);
    return lanes;
}

QStringList BoardLayout::details(const HistoryEntry& row, const QTimeZone& deskZone, const QDateTime& nowUtc)
{
    QStringList lines;
    const QString holder = HistoryEntry::holderText(row.guestName, row.room);
    lines << (holder.isEmpty() ? QCoreApplication::translate("BoardLayout", "No guest named") : holder);
    lines << QCoreApplication::translate("BoardLayout", "%1 · %2")
                 .arg(DisplayText::visible(row.lockName), IssueModes::shortName(row.issueMode()));
    // The window on the desk's clock, the lock's clock where it differs, the first-use deadline:
    // the same lines the result card and the slips use.
    lines << ValidityText::lines(row.validity(), deskZone, row.lockFrame(deskZone), nowUtc);
    lines << QCoreApplication::translate("BoardLayout", "Status: %1").arg(HistoryEntry::statusText(row.status(nowUtc)));
    return lines;
}
