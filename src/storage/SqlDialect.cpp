#include "SqlDialect.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QSqlField>
#include <QVariant>

namespace {
// Null as QtSql sends it: no value, or a null text, bytes or time (a null QString is NULL).
bool isSqlNull(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return true;
    switch (value.metaType().id()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    case QMetaType::QDate:
        return value.toDate().isNull();
    case QMetaType::QTime:
        return value.toTime().isNull();
    case QMetaType::QDateTime:
        return value.toDateTime().isNull();
    default:
        return false;
    }
}

// `statement` with each `?` outside quotes replaced by the next value as the driver writes a
// literal. False (nothing written) when the markers and the values do not pair up, or the text
// has quoting this scanner does not follow (dollar quotes, comments): the caller then prepares.
bool withLiterals(const QSqlDatabase& db, const QString& statement, const QVariantList& values, QString* out)
{
    if (statement.contains(QLatin1Char('$')) || statement.contains(QLatin1String("--"))
        || statement.contains(QLatin1String("/*")))
        return false;
    const QSqlDriver* driver = db.driver();
    QString text;
    text.reserve(statement.size() + 32 * values.size());
    qsizetype next = 0;
    QChar quote;
    for (const QChar c : statement) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar(); // a doubled quote closes and opens again: the same text
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char('?')) {
            if (next >= values.size())
                return false;
            const QVariant& value = values.at(next++);
            QSqlField field(QString(), value.metaType());
            if (isSqlNull(value))
                field.clear();
            else
                field.setValue(value);
            const QString literal = driver->formatValue(field);
            // A negative number in parentheses: "10 -?" must not become the comment "10 --5",
            // nor "?::text" the operator "-5::text".
            text += literal.startsWith(QLatin1Char('-')) ? QLatin1Char('(') + literal + QLatin1Char(')') : literal;
            continue;
        }
        text += c;
    }
    if (next != values.size() || !quote.isNull())
        return false;
    *out = text;
    return true;
}
} // namespace

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

bool run(const QSqlDatabase& db, QSqlQuery& query, const QString& statement, const QVariantList& values)
{
    QString text;
    if (isPostgres(db) && withLiterals(db, statement, values, &text))
        return query.exec(text);
    if (!query.prepare(statement))
        return false;
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query.exec();
}

} // namespace SqlDialect
