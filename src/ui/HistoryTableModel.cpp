#include "HistoryTableModel.h"
#include "StatusColours.h"

#include "Clock.h"
#include "CodeFormat.h"
#include "DisplayText.h"
#include "HistoryRepository.h"
#include "TimeText.h"
#include "ValidityText.h"

#include <QBrush>
#include <QFont>
#include <QApplication>
#include <QGuiApplication>
#include <QStyle>
#include <QPalette>

HistoryTableModel::HistoryTableModel(HistoryRepository& history, const Clock& clock, QObject* parent, FirstRead firstRead)
    : QAbstractTableModel(parent)
    , m_history(history)
    , m_clock(clock)
    , m_waitingForFirstRead(firstRead == FirstRead::WhenAsked)
{
    if (!m_waitingForFirstRead)
        reload();
}

void HistoryTableModel::readAgain()
{
    if (!m_waitingForFirstRead)
        reload();
}

void HistoryTableModel::setDeskZone(const QTimeZone& zone)
{
    m_deskZone = zone;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void HistoryTableModel::setMailAttempts(QSqlDatabase db)
{
    m_mail.setDatabase(std::move(db));
    readAgain();
}

const MailAttempt* HistoryTableModel::latestMail(int row) const
{
    const HistoryEntry* entry = entryAt(row);
    return entry ? m_mail.latest(entry->id) : nullptr;
}

void HistoryTableModel::setSearch(const QString& text)
{
    if (text == m_query.search)
        return;
    m_query.search = text;
    readAgain();
}

void HistoryTableModel::setFilter(HistoryQuery::Status status, qint64 lockId, const QDate& from, const QDate& to)
{
    m_query.status = status;
    m_query.lockId = lockId;
    m_query.issuedFrom = from;
    m_query.issuedTo = to;
    readAgain();
}

void HistoryTableModel::sort(int column, Qt::SortOrder order)
{
    static const HistoryQuery::SortKey keys[] = {
        HistoryQuery::SortKey::Issued, HistoryQuery::SortKey::Lock,      HistoryQuery::SortKey::Mode,
        HistoryQuery::SortKey::Length, HistoryQuery::SortKey::Window,    HistoryQuery::SortKey::FirstUseBy,
        HistoryQuery::SortKey::Code,   HistoryQuery::SortKey::Guest,     HistoryQuery::SortKey::Room,
        HistoryQuery::SortKey::Reference, HistoryQuery::SortKey::Status, HistoryQuery::SortKey::Source,
        HistoryQuery::SortKey::IssuedBy};
    if (column < 0 || column >= Email) // the Email column is not a store's sort key
        return;
    m_query.sortKey = keys[column];
    m_query.descending = order == Qt::DescendingOrder;
    readAgain();
}

void HistoryTableModel::reload()
{
    m_waitingForFirstRead = false;
    m_query.nowUtc = m_clock.nowUtc();
    m_query.zone = m_deskZone;
    bool ok = false;
    QList<HistoryEntry> rows = m_history.page(m_query, 0, kPageSize, &ok);
    if (!ok) {
        // The store could not be read (a shared store gone away): what is on screen stays, and the
        // next change, reconnection or scroll reads again, with the query as it is by then.
        m_reloadPending = true;
        return;
    }
    m_reloadPending = false;
    // Listeners of modelReset (views, the model tester) may ask for more rows from inside the
    // signal; that must wait until the reset is over.
    m_resetting = true;
    beginResetModel();
    m_rows = std::move(rows);
    m_exhausted = m_rows.size() < kPageSize;
    m_mail.load(m_rows, true, m_query.nowUtc);
    endResetModel();
    m_resetting = false;
}

const HistoryEntry* HistoryTableModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int HistoryTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool HistoryTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_resetting && (!m_exhausted || m_reloadPending);
}

void HistoryTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    if (m_reloadPending) { // the rows shown are from before a failed read: not to be extended
        reload();
        return;
    }
    // The rows after the last one shown (keyset paging): a deep page costs what the first does,
    // where an offset would make the store walk past every row above it.
    const qint64 lastId = m_rows.isEmpty() ? 0 : m_rows.constLast().id;
    bool ok = false;
    QList<HistoryEntry> more = lastId > 0 ? m_history.pageAfter(m_query, lastId, kPageSize, &ok)
                                          : m_history.page(m_query, int(m_rows.size()), kPageSize, &ok);
    HistoryEntry stillThere;
    if (ok && more.isEmpty() && lastId > 0 && !m_history.find(lastId, &stillThere)) {
        // The last row shown was removed meanwhile (retention): count from the top instead.
        more = m_history.page(m_query, int(m_rows.size()), kPageSize, &ok);
    }
    if (!ok) // a failed read is not the end of the history: a later scroll asks again
        return;
    m_exhausted = more.size() < kPageSize;
    if (more.isEmpty())
        return;
    m_mail.load(more, false, m_clock.nowUtc());
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Issued: return tr("Issued");
    case Lock:
        //: A door or locker keypad lock (noun), not the verb 'to lock'.
        return tr("Lock");
    case Mode:
        //: The kind of NetCode: standard, rental or end-date; not a display or operating mode.
        return tr("Mode");
    case Length:
        //: How long the code stays valid (a duration in hours or days), not a length in metres.
        return tr("Length");
    case Window: return tr("Valid");
    case FirstUseBy: return tr("First use by");
    case Code:
        //: The keypad code a guest types on the lock (a NetCode), not program code.
        return tr("Code");
    case Guest: return tr("Guest");
    case Room: return tr("Room/unit");
    case Reference: return tr("Reference");
    case Status: return tr("Status");
    case Source: return tr("Source");
    case IssuedBy: return tr("Issued by");
    //: History's column for emailing the code to its guest
    case Email: return tr("Email");
    default: return {};
    }
}

QVariant HistoryTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry& e = m_rows.at(index.row());
    if (index.column() == Email)
        return m_mail.data(e.id, role, m_deskZone);
    // A view asks each cell for a dozen roles as it sizes and paints it: the roles this model
    // leaves to the view cost nothing, and the clock and the desk's calendar are read only by
    // the cells that show them.
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::ForegroundRole && role != Qt::FontRole
        && role != Qt::DecorationRole)
        return {};
    const auto status = e.status(m_clock.nowUtc());
    if (role == Qt::DisplayRole) {
        // Dates in another year than today's say which year.
        const auto today = [this] { return m_clock.nowUtc().toTimeZone(m_deskZone).date(); };
        switch (index.column()) {
        case Issued: return TimeText::dateTime(e.issuedAtUtc.toTimeZone(m_deskZone), today());
        case Lock: return DisplayText::visible(e.lockName);
        case Mode: return IssueModes::shortName(e.issueMode());
        case Length:
            if (e.durationLabel.isEmpty() && e.issueMode() == IssueMode::EndDate && e.windowEndUtc.isValid()) {
                // Its length is its last day, on the lock's calendar (it expires at the lock's midnight).
                const ClockFrame frame = e.lockFrame(m_deskZone);
                const QDate lastDay = e.windowEndUtc.toTimeZone(frame.effectiveZone(e.windowEndUtc)).addSecs(-1).date();
                //: History's Length column for an End Date code: the last day it works ("until Tue 5 Jan")
                return tr("until %1").arg(TimeText::date(lastDay, today()));
            }
            return e.lengthText(m_deskZone); // in the desk's language, whoever issued it
        case Window: return TimeText::window(e.windowStartUtc, e.windowEndUtc, m_deskZone, today());
        case FirstUseBy:
            return e.firstUseByUtc.isValid() ? TimeText::dateTime(e.firstUseByUtc.toTimeZone(m_deskZone), today()) : QString();
        case Code:
            switch (status) {
            case HistoryEntry::Status::Failed: return tr("— not issued —");
            //: No code was received for a request that may still have been billed by the service
            case HistoryEntry::Status::InDoubt: return tr("— may have been billed, no code received —");
            case HistoryEntry::Status::Issuing: return tr("— being issued at %1 —").arg(DisplayText::visible(e.claimingDesk()));
            default:
                // Two guests hold this code: seen at a glance, whose in the tooltip.
                //: History's Code column for a code that two guests hold ("316 5133 · shared")
                return e.codeShared() ? tr("%1 · shared").arg(CodeFormat::grouped(e.code)) : CodeFormat::grouped(e.code);
            }
        case Guest: return DisplayText::visible(e.guestName);
        case Room: return DisplayText::visible(e.room);
        case Reference: return DisplayText::visible(e.reference);
        case Status: return HistoryEntry::statusText(status);
        case Source: return HistoryEntry::sourceText(e.source);
        case IssuedBy: return DisplayText::visible(e.issuedBy);
        default: return {};
        }
    }
    const bool sharedColumn = index.column() == Code || index.column() == Guest || index.column() == Room
                              || index.column() == Status;
    if (role == Qt::ToolTipRole && sharedColumn && e.hasCode() && e.codeShared()) {
        QString tip = e.sharingText(m_deskZone);
        if (index.column() == Code && e.printCount > 0)
            tip += QLatin1Char('\n') + tr("Slip printed %n time(s), last on %1.", "", e.printCount)
                                          .arg(TimeText::dateTime(e.lastPrintedUtc.toTimeZone(m_deskZone)));
        return tip;
    }
    if (role == Qt::DecorationRole && index.column() == Code && e.hasCode() && e.codeShared())
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    if (role == Qt::ToolTipRole && index.column() == Mode)
        return IssueModes::displayName(e.issueMode());
    if (role == Qt::ToolTipRole && index.column() == Code && e.printCount > 0)
        return tr("Slip printed %n time(s), last on %1.", "", e.printCount)
            .arg(TimeText::dateTime(e.lastPrintedUtc.toTimeZone(m_deskZone)));
    if (role == Qt::ToolTipRole && status == HistoryEntry::Status::Issuing)
        return tr("The request is on its way from %1; its answer appears here.").arg(DisplayText::visible(e.claimingDesk()));
    if (role == Qt::ToolTipRole && status == HistoryEntry::Status::InDoubt)
        return (e.failureText.isEmpty() ? QString() : DisplayText::visible(e.failureText) + QLatin1Char('\n'))
               + tr("Ask again from History (billed again) or check with the guest before issuing another code.");
    if (role == Qt::ToolTipRole && e.outcome == HistoryEntry::Outcome::Failed)
        return DisplayText::visible(e.failureText);
    if (role == Qt::ToolTipRole && (index.column() == Window || index.column() == FirstUseBy)) {
        // The full story, including the lock's own clock and zone where they differ from the desk's.
        return ValidityText::lines(e.validity(), m_deskZone, e.lockFrame(m_deskZone), m_clock.nowUtc()).join(QLatin1Char('\n'))
               + QLatin1Char('\n') + tr("Start sent to the service: %1 (lock's clock)").arg(e.startSent);
    }
    if (role == Qt::ForegroundRole && index.column() == Status) {
        const QPalette palette = QGuiApplication::palette();
        if (status == HistoryEntry::Status::Expired)
            return palette.brush(QPalette::Disabled, QPalette::Text);
        if (status == HistoryEntry::Status::Failed || status == HistoryEntry::Status::InDoubt)
            return QBrush(StatusColours::problem(palette));
    }
    if (role == Qt::FontRole && index.column() == Code) {
        QFont font = QGuiApplication::font();
        font.setFamily(QStringLiteral("monospace"));
        font.setStyleHint(QFont::Monospace);
        return font;
    }
    return {};
}
