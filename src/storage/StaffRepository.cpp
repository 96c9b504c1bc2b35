#include "StaffRepository.h"

#include "SqlDialect.h"
#include "StorageErrorText.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
// A shared store keeps the hash from every login but its owner's (see StoreSetup's grants).
QString columns(const QSqlDatabase& db)
{
    return QStringLiteral("id, name, role, %1, failed_attempts, locked_until_utc, active, db_login, created_at_utc")
        .arg(SqlDialect::isPostgres(db) ? QStringLiteral("'' AS secret_hash") : QStringLiteral("secret_hash"));
}

QString utcText(const QDateTime& when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QStringLiteral("");
}

StaffMember fromQuery(const QSqlQuery& query)
{
    StaffMember member;
    member.id = query.value(0).toLongLong();
    member.name = query.value(1).toString();
    StaffRole::parseRole(query.value(2).toString(), &member.role);
    member.secretHash = query.value(3).toString();
    member.failedAttempts = query.value(4).toInt();
    member.lockedUntilUtc = QDateTime::fromString(query.value(5).toString(), Qt::ISODate);
    member.active = query.value(6).toInt() != 0;
    member.dbLogin = query.value(7).toString();
    member.createdAtUtc = QDateTime::fromString(query.value(8).toString(), Qt::ISODate);
    return member;
}
} // namespace

bool StaffRepository::exec(QSqlQuery& query, const char* what)
{
    if (query.exec())
        return true;
    m_error = QCoreApplication::translate("StaffRepository", "%1: %2")
                  .arg(QCoreApplication::translate("StaffRepository", what), StorageErrorText::describe(query.lastError()));
    return false;
}

QList<StaffMember> StaffRepository::all(bool includeInactive) const
{
    QList<StaffMember> members;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT %1 FROM staff %2 ORDER BY active DESC, %3")
                   .arg(columns(m_db), includeInactive ? QString() : QStringLiteral("WHERE active = 1"),
                        SqlDialect::caseless(m_db, QStringLiteral("name"))));
    while (query.next())
        members.append(fromQuery(query));
    return members;
}

bool StaffRepository::findByName(const QString& name, StaffMember* member) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM staff WHERE %2 = %3")
                      .arg(columns(m_db), SqlDialect::caseless(m_db, QStringLiteral("name")),
                           SqlDialect::isPostgres(m_db) ? QStringLiteral("lower(?)") : QStringLiteral("?")));
    query.addBindValue(name.trimmed());
    if (!query.exec() || !query.next())
        return false;
    *member = fromQuery(query);
    return true;
}

bool StaffRepository::find(qint64 id, StaffMember* member) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM staff WHERE id = ?").arg(columns(m_db)));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return false;
    *member = fromQuery(query);
    return true;
}

int StaffRepository::activeCount() const
{
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM staff WHERE active = 1")) && query.next()
               ? query.value(0).toInt()
               : 0;
}

int StaffRepository::activeManagerCount() const
{
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM staff WHERE active = 1 AND role = 'manager'")) && query.next()
               ? query.value(0).toInt()
               : 0;
}

bool StaffRepository::add(StaffMember* member)
{
    StaffMember existing;
    if (findByName(member->name, &existing)) {
        m_error = QCoreApplication::translate("StaffRepository", "Someone called \"%1\" is already on the staff list%2.")
                      .arg(existing.name, existing.active ? QString()
                                                          : QCoreApplication::translate("StaffRepository", " (deactivated)"));
        return false;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO staff (name, role, secret_hash, failed_attempts, locked_until_utc, active, "
                                 "db_login, created_at_utc) VALUES (?, ?, ?, 0, '', 1, ?, ?)")
                  + SqlDialect::returningId(m_db));
    query.addBindValue(member->name.trimmed());
    query.addBindValue(StaffRole::roleName(member->role));
    query.addBindValue(member->secretHash);
    query.addBindValue(member->dbLogin.trimmed().isNull() ? QStringLiteral("") : member->dbLogin.trimmed());
    query.addBindValue(utcText(member->createdAtUtc));
    if (!exec(query, QT_TRANSLATE_NOOP("StaffRepository", "The person could not be added")))
        return false;
    member->id = SqlDialect::insertedId(query);
    member->name = member->name.trimmed();
    member->active = true;
    return true;
}

bool StaffRepository::setRole(qint64 id, StaffRole::Role role)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE staff SET role = ? WHERE id = ?"));
    query.addBindValue(StaffRole::roleName(role));
    query.addBindValue(id);
    return exec(query, QT_TRANSLATE_NOOP("StaffRepository", "The role could not be changed"));
}

bool StaffRepository::setSecret(qint64 id, const QString& secretHash)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE staff SET secret_hash = ?, failed_attempts = 0, locked_until_utc = '' WHERE id = ?"));
    query.addBindValue(secretHash);
    query.addBindValue(id);
    return exec(query, QT_TRANSLATE_NOOP("StaffRepository", "The PIN or password could not be changed"));
}

bool StaffRepository::setActive(qint64 id, bool active)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE staff SET active = ? WHERE id = ?"));
    query.addBindValue(active ? 1 : 0);
    query.addBindValue(id);
    return exec(query, QT_TRANSLATE_NOOP("StaffRepository", "The person could not be deactivated"));
}

bool StaffRepository::setDbLogin(qint64 id, const QString& login)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE staff SET db_login = ? WHERE id = ?"));
    query.addBindValue(login.trimmed().isNull() ? QStringLiteral("") : login.trimmed());
    query.addBindValue(id);
    return exec(query, QT_TRANSLATE_NOOP("StaffRepository", "The database login could not be changed"));
}

bool StaffRepository::recordFailure(qint64 id, int maxAttempts, const QDateTime& lockUntilUtc, StaffMember* after)
{
    // One statement: two desks failing at once both count (both read the column in the update).
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE staff SET "
                                 "locked_until_utc = CASE WHEN failed_attempts + 1 >= ? THEN ? ELSE locked_until_utc END, "
                                 "failed_attempts = CASE WHEN failed_attempts + 1 >= ? THEN 0 ELSE failed_attempts + 1 END "
                                 "WHERE id = ?"));
    query.addBindValue(maxAttempts);
    query.addBindValue(utcText(lockUntilUtc));
    query.addBindValue(maxAttempts);
    query.addBindValue(id);
    if (!exec(query, QT_TRANSLATE_NOOP("StaffRepository", "The failed sign-in could not be recorded")))
        return false;
    return find(id, after);
}

bool StaffRepository::recordSuccess(qint64 id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE staff SET failed_attempts = 0, locked_until_utc = '' WHERE id = ? "
                                 "AND (failed_attempts <> 0 OR locked_until_utc <> '')"));
    query.addBindValue(id);
    return exec(query, QT_TRANSLATE_NOOP("StaffRepository", "The sign-in could not be recorded"));
}

bool StaffRepository::serverSalt(const QString& name, int* iterations, QString* saltBase64) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT out_iterations, out_salt FROM sign_in_salt(?)"));
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        return false;
    *iterations = query.value(0).toInt();
    *saltBase64 = query.value(1).toString();
    return true;
}

StaffRepository::ServerCheck StaffRepository::checkOnServer(const QString& name, const QString& keyBase64,
                                                            const QString& desk)
{
    using Result = ServerCheck::Result;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT out_result, out_locked_until FROM sign_in_check(?, ?, ?)"));
    query.addBindValue(name);
    query.addBindValue(keyBase64.isNull() ? QStringLiteral("") : keyBase64);
    query.addBindValue(desk.isNull() ? QStringLiteral("") : desk);
    if (!exec(query, QT_TRANSLATE_NOOP("StaffRepository", "The sign-in could not be checked")) || !query.next()) {
        if (m_error.isEmpty())
            m_error = QCoreApplication::translate("StaffRepository", "The sign-in could not be checked");
        return {};
    }
    static const QHash<QString, Result> results = {{QStringLiteral("signed_in"), Result::SignedIn},
                                                   {QStringLiteral("refused"), Result::Refused},
                                                   {QStringLiteral("locked"), Result::Locked},
                                                   {QStringLiteral("unknown"), Result::Unknown}};
    ServerCheck check;
    check.result = results.value(query.value(0).toString(), Result::StoreError);
    check.lockedUntilUtc = QDateTime::fromString(query.value(1).toString(), Qt::ISODate);
    return check;
}
