#pragma once

#include "HistoryEntry.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QTimeZone>

// One code on one lock as the board draws it. Positions are in days from the first shown day's
// midnight on the desk's clock: every day is one unit wide whether it lasts 23, 24 or 25 hours, so
// midnights line up with the day columns and a bar never jumps backwards at a clock change.
struct BoardBar {
    qint64 historyId = 0;  // the row a click opens: the first holder's row for a shared code
    qint64 lockId = 0;
    QList<qint64> rowIds;  // every history row this bar stands for (the same code held twice)
    QDateTime startUtc;
    QDateTime endUtc;
    QDateTime firstUseByUtc; // rental modes: the first-use deadline; invalid otherwise
    double startX = 0;
    double endX = 0;
    double firstUseX = -1;   // negative: no deadline
    int lane = 0;            // overlapping codes on one lock stack in lanes
    bool overlaps = false;   // another code on this lock works at the same time (two guests, one door)
    bool inDoubt = false;    // may have been billed, no answer recorded: needs a look
    bool pending = false;    // being asked for now, here or at another desk
    bool endsToday = false;  // still working and expires before the desk's midnight
    QString label;           // guest, else room, else the code's window
};

// Bars for the board, computed from history rows alone (no widgets, no store): tested as a model.
class BoardLayout {
public:
    // Days from `firstDay`'s start on `zone` to `instantUtc` (may be negative or beyond the range).
    static double dayPosition(const QDateTime& instantUtc, const QDate& firstDay, const QTimeZone& zone);

    // The bars of one lock's rows. Failed rows are left out. Rows that hold the same code (the same
    // code given to a second guest, or reissued from history: same window and the same code or
    // request) are one bar, because the door has one code to know, not two; the overlap mark is for
    // two different codes that work on the door at the same time. A bar touching another (one ends
    // as the next starts) does not overlap it. Bars are ordered by start.
    static QList<BoardBar> bars(const QList<HistoryEntry>& rows, const QDate& firstDay, const QTimeZone& zone,
                                const QDateTime& nowUtc);
    // How many lanes `bars` need (at least 1).
    static int laneCount(const QList<BoardBar>& bars);

    // What hovering a bar says: guest and room, the window on the desk's clock and the lock's own
    // clock where it reads differently, the first-use deadline, the status, and the second holder.
    static QStringList details(const HistoryEntry& row, const QTimeZone& deskZone, const QDateTime& nowUtc);
};
