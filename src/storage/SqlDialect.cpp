#include "SqlDialect.h"

#include <QVariant>

namespace SqlDialect {

bool isPostgres(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

QString caseless(const QSqlDatabase& db, const QString& column)
{
    return isPostgres(db) ? QStringLiteral("lower(%1)").arg(column) : column + QStringLiteral(" COLLATE NOCASE");
}

QString greatest(const QSqlDatabase& db, const QString& a, const QString& b)
{
    return QStringLiteral("%1(%2, %3)").arg(isPostgres(db) ? QStringLiteral("GREATEST") : QStringLiteral("max"), a, b);
}

QString returningId(const QSqlDatabase& db)
{
    return isPostgres(db) ? QStringLiteral(" RETURNING id") : QString();
}

qint64 insertedId(QSqlQuery& query)
{
    if (query.isSelect()) // INSERT ... RETURNING id
        return query.next() ? query.value(0).toLongLong() : 0;
    return query.lastInsertId().toLongLong();
}

} // namespace SqlDialect
