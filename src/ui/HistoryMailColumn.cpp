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
    }
    if (!attempt.attemptedBy.isEmpty())
        line += QStringLiteral(" (%1)").arg(DisplayText::visible(attempt.attemptedBy));
    if (!attempt.delivered() && !attempt.detail.isEmpty())
        line += QStringLiteral("\n    ") + DisplayText::visible(attempt.detail);
    return line;
}
} // namespace

void HistoryMailColumn::load(const QList<HistoryEntry>& rows, bool replace)
{
    if (replace)
        m_latest.clear();
    if (!m_enabled || rows.isEmpty())
        return;
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const HistoryEntry& entry : rows)
        ids.append(entry.id);
    m_latest.insert(MailAttemptRepository(m_db).latestFor(ids));
}

const MailAttempt* HistoryMailColumn::latest(qint64 historyId) const
{
    const auto it = m_latest.constFind(historyId);
    return it == m_latest.constEnd() ? nullptr : &*it;
}

QVariant HistoryMailColumn::data(qint64 historyId, int role, const QTimeZone& deskZone, const QDate&) const
{
    const MailAttempt* attempt = latest(historyId);
    if (!attempt)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        // A word in the cell; to whom, when and why in the tooltip.
        if (attempt->delivered())
            //: History's Email column: the mail server took the code's email
            return tr("Sent");
        return attempt->outcome == MailAttempt::Outcome::Refused ? tr("Refused") : tr("Not sent");
    case Qt::DecorationRole:
        return QApplication::style()->standardIcon(attempt->delivered() ? QStyle::SP_DialogApplyButton
                                                                         : QStyle::SP_MessageBoxWarning);
    case Qt::ForegroundRole:
        if (!attempt->delivered())
            return QBrush(StatusColours::problem(QGuiApplication::palette()));
        return {};
    case Qt::ToolTipRole: {
        // Every attempt, oldest first: read only when someone points at the cell.
        QStringList lines;
        for (const MailAttempt& each : MailAttemptRepository(m_db).forHistory(historyId))
            lines << attemptLine(each, deskZone);
        if (lines.isEmpty())
            lines << attemptLine(*attempt, deskZone);
        if (!attempt->delivered())
            lines << tr("Email… on this row sends it again.");
        return lines.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}
