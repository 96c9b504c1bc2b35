#include "HistoryMailColumn.h"

#include "DisplayText.h"
#include "MailAttemptRepository.h"
#include "StatusColours.h"
#include "TimeText.h"

#include <QApplication>
#include <QBrush>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPalette>
#include <QStyle>

namespace {
QString attemptLine(const MailAttempt& attempt, const QTimeZone& zone)
{
    const QString when = TimeText::dateTime(attempt.attemptedAtUtc.toTimeZone(zone));
    const QString to = DisplayText::visible(attempt.recipient);
    QString line;
    switch (attempt.outcome) {
    case MailAttempt::Outcome::Delivered:
        line = HistoryMailColumn::tr("%1: emailed to %2").arg(when, to);
        break;
    case MailAttempt::Outcome::Refused:
        line = HistoryMailColumn::tr("%1: refused by the mail server for %2").arg(when, to);
        break;
    case MailAttempt::Outcome::Failed:
        line = HistoryMailColumn::tr("%1: not sent to %2").arg(when, to);
        break;
    case MailAttempt::Outcome::Unknown:
        line = HistoryMailColumn::tr("%1: may have been sent to %2 — check with the guest").arg(when, to);
        break;
    case MailAttempt::Outcome::Sending:
        line = HistoryMailColumn::tr("%1: sending to %2…").arg(when, to);
        break;
    }
    if (!attempt.attemptedBy.isEmpty())
        line += QStringLiteral(" (%1)").arg(DisplayText::visible(attempt.attemptedBy));
    if (!attempt.delivered() && !attempt.detail.isEmpty())
        line += QStringLiteral("\n    ") + DisplayText::visible(attempt.detail);
    return line;
}

// Whether the row needs the desk: no email reached the guest, and none is on its way.
bool isProblem(const MailRowState& state)
{
    return !state.anyDelivered() && !state.latest.sending();
}
} // namespace

void HistoryMailColumn::load(const QList<HistoryEntry>& rows, bool replace, const QDateTime& nowUtc)
{
    if (replace)
        m_states.clear();
    m_nowUtc = nowUtc;
    if (!m_enabled || rows.isEmpty())
        return;
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const HistoryEntry& entry : rows)
        ids.append(entry.id);
    m_states.insert(MailAttemptRepository(m_db).statesFor(ids, nowUtc));
}

const MailRowState* HistoryMailColumn::state(qint64 historyId) const
{
    const auto it = m_states.constFind(historyId);
    return it == m_states.constEnd() ? nullptr : &*it;
}

const MailAttempt* HistoryMailColumn::latest(qint64 historyId) const
{
    const MailRowState* found = state(historyId);
    return found ? &found->latest : nullptr;
}

QString HistoryMailColumn::word(const MailRowState& state)
{
    // A word in the cell; to whom, when and why in the tooltip.
    switch (state.latest.outcome) {
    case MailAttempt::Outcome::Sending:
        //: History's Email column: an email with the code is on its way to the mail server now
        return tr("Sending…");
    case MailAttempt::Outcome::Delivered:
        //: History's Email column: the mail server took the code's email
        return tr("Sent");
    default:
        break;
    }
    if (state.anyDelivered())
        //: History's Email column: an earlier email was taken by the mail server; the guest has the code
        return tr("Sent (a later attempt failed)");
    switch (state.latest.outcome) {
    case MailAttempt::Outcome::Unknown:
        //: History's Email column: the email went to the mail server but its answer never came
        return tr("May have been sent");
    case MailAttempt::Outcome::Refused:
        return tr("Refused");
    default:
        break;
    }
    return tr("Not sent");
}

QVariant HistoryMailColumn::data(qint64 historyId, int role, const QTimeZone& deskZone) const
{
    const MailRowState* row = state(historyId);
    if (!row)
        return {};
    const MailAttempt& attempt = row->latest;
    switch (role) {
    case Qt::DisplayRole:
        return word(*row);
    case Qt::DecorationRole:
        if (attempt.sending())
            return QApplication::style()->standardIcon(QStyle::SP_BrowserReload);
        if (row->anyDelivered())
            return QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton);
        return QApplication::style()->standardIcon(attempt.outcome == MailAttempt::Outcome::Unknown
                                                       ? QStyle::SP_MessageBoxQuestion
                                                       : QStyle::SP_MessageBoxWarning);
    case Qt::ForegroundRole:
        if (isProblem(*row))
            return QBrush(StatusColours::problem(QGuiApplication::palette()));
        return {};
    case Qt::ToolTipRole: {
        // Every attempt, oldest first: read only when someone points at the cell.
        QStringList lines;
        for (const MailAttempt& each : MailAttemptRepository(m_db).forHistory(historyId, m_nowUtc))
            lines << attemptLine(each, deskZone);
        if (lines.isEmpty())
            lines << attemptLine(attempt, deskZone);
        if (attempt.outcome == MailAttempt::Outcome::Unknown && !row->anyDelivered())
            lines << tr("The mail server may have the email: check with the guest before sending it again.");
        else if (isProblem(*row))
            lines << tr("Email… on this row sends it again.");
        return lines.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}
