#pragma once

#include "AuditLog.h"
#include "Clock.h"
#include "StaffRepository.h"
#include "StaffRole.h"

#include <QHash>
#include <QObject>
#include <optional>

class Database;

// Who is at the desk. Checks a name and PIN/password against the staff table (on a shared store
// the server compares and counts, see StaffRepository::checkOnServer), counts wrong secrets in the
// row (a lock-out holds across every desk of the store), decides what the person
// may do (StaffRole) and writes manager actions to the audit log with their name.
//
// While sign-in is off (one PC with SQLite, the default) nobody is signed in and every action is
// allowed, as before people existed; "issued by" is then the name typed in Settings.
//
// On a shared store a manager's staff row names their own PostgreSQL login; signing in switches
// the session's connection to it (the database enforces the manager role), and a desk user's
// sign-in switches back to the PC's own login.
class SignIn final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignIn)

public:
    static constexpr int kMaxAttempts = 5;
    static constexpr int kLockMinutes = 15;

    enum class Result { SignedIn, Refused, Locked, StoreError };
    struct Attempt {
        Result result = Result::Refused;
        QString message; // translated: why not, or (signed in) what the person must know
    };

    SignIn(StaffRepository& staff, AuditLog& audit, const Clock& clock, Database* database, QObject* parent = nullptr);

    // Whether the desk must sign someone in: always on a shared store, else the site's setting.
    bool isRequired() const;
    bool isEnabledSetting() const;
    // Turns the setting on (needs at least one active manager) or off. Manager action, audited.
    bool setEnabledSetting(bool on, QString* error);

    Attempt signIn(const QString& name, const QString& secret);
    void signOut();
    // The staff list changed (here, or at another desk on a shared store): the person signed in is
    // read again; someone deactivated meanwhile is signed out, a changed role takes effect now.
    void refreshCurrent();
    bool isSignedIn() const { return m_current.has_value(); }
    std::optional<StaffMember> current() const { return m_current; }
    QString currentName() const { return m_current ? m_current->name : QString(); }
    // What the signed-in person may do (a manager whose database login failed acts as desk).
    StaffRole::Role effectiveRole() const;
    bool allows(StaffRole::Action action) const;
    // False with the translated reason when the person at the desk may not do `action`.
    bool check(StaffRole::Action action, QString* error) const;

    // The administration tool: acts as a manager named `actor` without a secret.
    void actAsAdministrator(const QString& actor);
    // Who the audit log names for actions from here.
    QString actorName() const;
    // Writes one audit row (action key, detail in words). False with errorText() on failure.
    bool audit(const QString& action, const QString& detail);
    QString errorText() const { return m_error; }
    const Clock& clock() const { return m_clock; }

    // The deskZone, for "locked until 14:35" (desk time).
    void setDeskZone(const QTimeZone& zone) { m_zone = zone; }

signals:
    void signedInChanged();

private:
    Attempt refuse(const QString& name, const StaffMember* member);
    Attempt refuseUnknown(const QString& name);
    Attempt signInOnServer(const QString& name, const QString& secret);
    Attempt signedIn(const StaffMember& member, const QString& secret);
    static QString refusedMessage();
    QString lockedMessage(const QDateTime& untilUtc) const;
    QString switchDatabaseLogin(const StaffMember& member, const QString& secret);

    StaffRepository& m_staff;
    AuditLog& m_audit;
    const Clock& m_clock;
    Database* m_database;
    QTimeZone m_zone;
    std::optional<StaffMember> m_current;
    bool m_managerConnected = true; // a manager's own database login is in use (or none is needed)
    QString m_administrator;        // set by the command line
    QString m_homeUser;             // the PC's own login on a shared store
    QString m_homePassword;
    QString m_error;
    // Names nobody has: counted here alike, so that "locked" cannot tell which names exist.
    struct Unknown {
        int attempts = 0;
        QDateTime lockedUntilUtc;
    };
    QHash<QString, Unknown> m_unknown;
};
