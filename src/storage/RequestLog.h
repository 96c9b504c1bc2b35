#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

// Every request that left this computer for the service, for the monthly count against the plan's
// quota (the service bills each one, repeats included). Demo requests are kept apart.
class RequestLog {
public:
    explicit RequestLog(QSqlDatabase db) : m_db(std::move(db)) {}

    bool add(const QDateTime& sentAtUtc, const QString& kind, int httpStatus, const QString& outcome, bool demo);
    // Requests of `kind` ("netcode" or "utility") sent to the real service in the UTC calendar
    // month of `nowUtc`.
    int countThisMonth(const QString& kind, const QDateTime& nowUtc) const;

private:
    QSqlDatabase m_db;
};
