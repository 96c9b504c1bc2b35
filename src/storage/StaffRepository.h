#pragma once

#include "StaffRole.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// One person who signs in at the desks. Never deleted (history names them), only deactivated.
struct StaffMember {
    qint64 id = 0;
    QString name;
    StaffRole::Role role = StaffRole::Role::Desk;
    QString secretHash;        // PasswordHasher text; never the PIN or password itself; empty as
                               // read from a shared store (no login may read it there)
    int failedAttempts = 0;    // wrong secrets in a row since the last success or lock-out
    QDateTime lockedUntilUtc;  // invalid when not locked
    bool active = true;
    QString dbLogin;           // a manager's own PostgreSQL login on a shared store
    QDateTime createdAtUtc;
};

// The staff table, on either store. Failed attempts are counted in the row with one statement, so
// a lock-out holds across every desk sharing the store, however they race.
class StaffRepository {
public:
    explicit StaffRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QList<StaffMember> all(bool includeInactive = true) const;
    // Caseless: "anna" finds "Anna".
    bool findByName(const QString& name, StaffMember* member) const;
    bool find(qint64 id, StaffMember* member) const;
    int activeCount() const;
    int activeManagerCount() const;

    bool add(StaffMember* member); // sets id; refuses a name already taken (any case)
    bool setRole(qint64 id, StaffRole::Role role);
    bool setSecret(qint64 id, const QString& secretHash); // also clears failures and a lock-out
    bool setActive(qint64 id, bool active);
    bool setDbLogin(qint64 id, const QString& login);

    // On a shared store the server checks a sign-in, and no login reads a secret's hash: the desk
    // asks for the salt and iteration count (false for a name nobody active has), derives the key
    // and sends it; the server compares, counts wrong attempts and locks the name out by its own
    // clock, so no desk can read, reset or outrun the count.
    struct ServerCheck {
        enum class Result { SignedIn, Refused, Locked, Unknown, StoreError };
        Result result = Result::StoreError;
        QDateTime lockedUntilUtc;
    };
    bool serverSalt(const QString& name, int* iterations, QString* saltBase64) const;
    ServerCheck checkOnServer(const QString& name, const QString& keyBase64, const QString& desk);

    // One store file (SQLite): the desk itself counts. One more wrong secret: at `maxAttempts` in a
    // row the row is locked until `lockUntilUtc` and the count starts again. Returns the row as it
    // is afterwards.
    bool recordFailure(qint64 id, int maxAttempts, const QDateTime& lockUntilUtc, StaffMember* after);
    bool recordSuccess(qint64 id);

    QString errorText() const { return m_error; }

private:
    bool exec(QSqlQuery& query, const char* what);

    QSqlDatabase m_db;
    QString m_error;
};
