#include "AuditLog.h"

#include "SqlDialect.h"
#include "StorageErrorText.h"
#include "StoredText.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QVariant>

bool AuditLog::add(const AuditEntry& entry)
{
    QSqlQuery query(m_db);
    // On a shared store the server fills db_login from the session (DEFAULT session_user): a desk
    // cannot claim to be someone else there.
    if (SqlDialect::isPostgres(m_db)) {
        query.prepare(QStringLiteral("INSERT INTO audit_log (at_utc, staff_name, desk, action, detail) VALUES (?, ?, ?, ?, ?)"));
    } else {
        query.prepare(QStringLiteral("INSERT INTO audit_log (at_utc, staff_name, db_login, desk, action, detail) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"));
    }
    query.addBindValue(entry.atUtc.toUTC().toString(Qt::ISODate));
    query.addBindValue(StoredText::of(entry.staffName));
    if (!SqlDialect::isPostgres(m_db))
        query.addBindValue(StoredText::of(entry.dbLogin));
    query.addBindValue(StoredText::of(entry.desk.isEmpty() ? deskName() : entry.desk));
    query.addBindValue(entry.action);
    query.addBindValue(StoredText::of(entry.detail));
    if (!query.exec()) {
        m_error = QCoreApplication::translate("AuditLog", "The audit log could not be written: %1")
                      .arg(StorageErrorText::describe(query.lastError()));
        return false;
    }
    return true;
}

QList<AuditEntry> AuditLog::recent(int limit) const
{
    QList<AuditEntry> entries;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, at_utc, staff_name, db_login, desk, action, detail FROM audit_log "
                                 "ORDER BY at_utc DESC, id DESC LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return entries;
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.atUtc = QDateTime::fromString(query.value(1).toString(), Qt::ISODate);
        entry.staffName = query.value(2).toString();
        entry.dbLogin = query.value(3).toString();
        entry.desk = query.value(4).toString();
        entry.action = query.value(5).toString();
        entry.detail = query.value(6).toString();
        entries.append(entry);
    }
    return entries;
}

QString AuditLog::deskName()
{
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? QStringLiteral("this PC") : host;
}
