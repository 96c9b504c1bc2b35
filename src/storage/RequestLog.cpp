#include "RequestLog.h"

#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

bool RequestLog::add(const QDateTime& sentAtUtc, const QString& kind, int httpStatus, const QString& outcome, bool demo)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO request_log (sent_at_utc, kind, http_status, outcome, demo) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(sentAtUtc.toUTC().toString(Qt::ISODate));
    query.addBindValue(kind);
    query.addBindValue(httpStatus);
    query.addBindValue(outcome);
    query.addBindValue(demo ? 1 : 0);
    return query.exec();
}

int RequestLog::countThisMonth(const QString& kind, const QDateTime& nowUtc) const
{
    const QDate today = nowUtc.toUTC().date();
    const QDateTime monthStart(QDate(today.year(), today.month(), 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime nextMonth = monthStart.addMonths(1);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM request_log WHERE demo = 0 AND kind = ? AND sent_at_utc >= ? "
                                 "AND sent_at_utc < ?"));
    query.addBindValue(kind);
    query.addBindValue(monthStart.toString(Qt::ISODate));
    query.addBindValue(nextMonth.toString(Qt::ISODate));
    if (query.exec() && query.next())
        return query.value(0).toInt();
    return 0;
}
