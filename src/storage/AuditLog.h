#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// One manager action as the audit log keeps it.
struct AuditEntry {
    qint64 id = 0;
    QDateTime atUtc;
    QString staffName; // who was signed in ("(command line)" for the administration tool)
    QString dbLogin;   // on a shared store, the login the server knew the writer as (set by the server)
    QString desk;      // the PC's host name
    QString action;    // a stable key, e.g. "lock.removed", "staff.added", "sign-in.locked"
    QString detail;    // what, in words: the lock's name, the person's name and role...
};

// The audit log: written in the caller's transaction where there is one, never edited.
class AuditLog {
public:
    explicit AuditLog(QSqlDatabase db) : m_db(std::move(db)) {}

    bool add(const AuditEntry& entry);
    // Newest first.
    QList<AuditEntry> recent(int limit = 500) const;
    QString errorText() const { return m_error; }

    // This PC, as the audit log names it.
    static QString deskName();

private:
    QSqlDatabase m_db;
    QString m_error;
};
