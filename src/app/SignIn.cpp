#include "SignIn.h"

#include "Database.h"
#include "PasswordHasher.h"
#include "TimeText.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace {
const QString kSettingKey = QStringLiteral("staff_sign_in");
} // namespace

SignIn::SignIn(StaffRepository& staff, AuditLog& audit, const Clock& clock, Database* database, QObject* parent)
    : QObject(parent)
    , m_staff(staff)
    , m_audit(audit)
    , m_clock(clock)
    , m_database(database)
    , m_zone(QTimeZone::utc())
{
    if (m_database && m_database->isShared()) {
        m_homeUser = m_database->connection().userName();
        m_homePassword = m_database->connection().password();
    }
}

bool SignIn::isEnabledSetting() const
{
    if (!m_database)
        return false;
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT value FROM site_settings WHERE key = ?"));
    query.addBindValue(kSettingKey);
    return query.exec() && query.next() && query.value(0).toString() == QLatin1String("on");
}

bool SignIn::isRequired() const
{
    return !m_administrator.isEmpty() ? false : (m_database && m_database->isShared()) || isEnabledSetting();
}

bool SignIn::setEnabledSetting(bool on, QString* error)
{
    if (!check(StaffRole::Action::EditSettings, error))
        return false;
    if (on && m_staff.activeManagerCount() == 0) {
        *error = tr("Add a manager first: with sign-in on, only a manager can change the settings.");
        return false;
    }
    QSqlDatabase db = m_database->connection();
    db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO site_settings (key, value, updated_at_utc, updated_by) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                                 "updated_at_utc = excluded.updated_at_utc, updated_by = excluded.updated_by"));
    query.addBindValue(kSettingKey);
    query.addBindValue(on ? QStringLiteral("on") : QStringLiteral("off"));
    query.addBindValue(m_clock.nowUtc().toString(Qt::ISODate));
    query.addBindValue(actorName().isNull() ? QStringLiteral("") : actorName());
    if (!query.exec() || !audit(on ? QStringLiteral("settings.sign-in-on") : QStringLiteral("settings.sign-in-off"),
                                on ? tr("Staff sign-in turned on") : tr("Staff sign-in turned off"))) {
        *error = m_error.isEmpty() ? tr("The setting could not be saved.") : m_error;
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = tr("The setting could not be saved.");
        db.rollback();
        return false;
    }
    return true;
}

QString SignIn::lockedMessage(const QDateTime& untilUtc) const
{
    const QDateTime local = untilUtc.toTimeZone(m_zone);
    const QDateTime now = m_clock.nowUtc().toTimeZone(m_zone);
    const QString when = local.date() == now.date() ? TimeText::time(local) : TimeText::dateTime(local);
    return tr("Too many wrong PINs or passwords for this name: it is locked until %1. Try again then, or ask a "
              "manager to reset the PIN.")
        .arg(when);
}

SignIn::Attempt SignIn::refuse(const QString& name, const StaffMember* member)
{
    const QDateTime now = m_clock.nowUtc();
    const QDateTime until = now.addSecs(kLockMinutes * 60);
    QDateTime lockedUntil;
    if (member) {
        StaffMember after;
        if (!m_staff.recordFailure(member->id, kMaxAttempts, until, &after))
            return {Result::StoreError, m_staff.errorText()};
        if (after.lockedUntilUtc.isValid() && after.lockedUntilUtc > now)
            lockedUntil = after.lockedUntilUtc;
    } else {
        Unknown& unknown = m_unknown[name.trimmed().toLower()];
        if (++unknown.attempts >= kMaxAttempts) {
            unknown.attempts = 0;
            unknown.lockedUntilUtc = until;
            lockedUntil = until;
        }
    }
    // A shared store writes its own lock-out rows (a desk login may not write the audit log); a
    // name nobody has is locked at this desk only and is not the store's news.
    if (lockedUntil.isValid() && m_database && m_database->isShared())
        return {Result::Locked, lockedMessage(lockedUntil)};
    if (lockedUntil.isValid()) {
        AuditEntry entry;
        entry.atUtc = now;
        entry.staffName = name.trimmed();
        entry.desk = AuditLog::deskName();
        entry.action = QStringLiteral("sign-in.locked");
        entry.detail = tr("%1 wrong PINs or passwords in a row; locked for %2 minutes").arg(kMaxAttempts).arg(kLockMinutes);
        m_audit.add(entry);
        return {Result::Locked, lockedMessage(lockedUntil)};
    }
    return {Result::Refused, refusedMessage()};
}

SignIn::Attempt SignIn::signIn(const QString& name, const QString& secret)
{
    if (m_database && m_database->isShared())
        return signInOnServer(name, secret);
    const QDateTime now = m_clock.nowUtc();
    StaffMember member;
    const bool known = m_staff.findByName(name, &member) && member.active && !member.secretHash.isEmpty();
    if (!known) {
        PasswordHasher::spendEquivalentTime(secret);
        return refuseUnknown(name);
    }
    // Locked: refused even with the right secret, at the same cost.
    if (member.lockedUntilUtc.isValid() && member.lockedUntilUtc > now) {
        PasswordHasher::verify(secret, member.secretHash);
        return {Result::Locked, lockedMessage(member.lockedUntilUtc)};
    }
    if (!PasswordHasher::verify(secret, member.secretHash))
        return refuse(name, &member);
    m_staff.recordSuccess(member.id);
    member.failedAttempts = 0;
    member.lockedUntilUtc = QDateTime();
    member.secretHash.clear(); // not kept in memory longer than needed
    return signedIn(member, secret);
}

SignIn::Attempt SignIn::signInOnServer(const QString& name, const QString& secret)
{
    using Server = StaffRepository::ServerCheck::Result;
    int iterations = 0;
    QString salt;
    if (!m_staff.serverSalt(name, &iterations, &salt)) {
        PasswordHasher::spendEquivalentTime(secret);
        return refuseUnknown(name);
    }
    const auto check = m_staff.checkOnServer(name, PasswordHasher::derivedKey(secret, salt, iterations),
                                             AuditLog::deskName());
    switch (check.result) {
    case Server::SignedIn:
        break;
    case Server::Refused:
        return {Result::Refused, refusedMessage()};
    case Server::Locked:
        return {Result::Locked, lockedMessage(check.lockedUntilUtc)};
    case Server::Unknown: // deactivated between the two questions
        return refuseUnknown(name);
    case Server::StoreError:
        return {Result::StoreError, m_staff.errorText()};
    }
    StaffMember member;
    if (!m_staff.findByName(name, &member))
        return {Result::StoreError, m_staff.errorText()};
    return signedIn(member, secret);
}

SignIn::Attempt SignIn::refuseUnknown(const QString& name)
{
    const auto unknown = m_unknown.constFind(name.trimmed().toLower());
    if (unknown != m_unknown.cend() && unknown->lockedUntilUtc.isValid() && unknown->lockedUntilUtc > m_clock.nowUtc())
        return {Result::Locked, lockedMessage(unknown->lockedUntilUtc)};
    return refuse(name, nullptr);
}

QString SignIn::refusedMessage()
{
    return tr("That name and PIN or password do not match. Check both and try again.");
}

SignIn::Attempt SignIn::signedIn(const StaffMember& member, const QString& secret)
{
    Attempt attempt{Result::SignedIn, QString()};
    m_current = member;
    m_managerConnected = true;
    attempt.message = switchDatabaseLogin(member, secret);
    emit signedInChanged();
    return attempt;
}

QString SignIn::switchDatabaseLogin(const StaffMember& member, const QString& secret)
{
    if (!m_database || !m_database->isShared())
        return QString();
    QString error;
    if (member.role == StaffRole::Role::Manager && !member.dbLogin.isEmpty()) {
        if (m_database->loginName() == member.dbLogin)
            return QString();
        // A manager's sign-in password is also their own login's password on the store.
        if (m_database->switchLogin(member.dbLogin, secret, &error))
            return QString();
        m_managerConnected = false;
        return tr("Signed in with the desk role only: the store did not accept the manager login %1 (%2). Manager "
                  "actions stay unavailable until that works.")
            .arg(member.dbLogin, error);
    }
    if (member.role == StaffRole::Role::Manager && member.dbLogin.isEmpty()) {
        m_managerConnected = false;
        return tr("Signed in with the desk role only: on a shared store a manager needs their own database login "
                  "(ask whoever set up the store to add it to your staff entry).");
    }
    if (m_database->loginName() != m_homeUser && !m_database->switchLogin(m_homeUser, m_homePassword, &error))
        return error;
    return QString();
}

void SignIn::signOut()
{
    if (!m_current)
        return;
    m_current.reset();
    m_managerConnected = true;
    if (m_database && m_database->isShared() && m_database->loginName() != m_homeUser) {
        QString error;
        m_database->switchLogin(m_homeUser, m_homePassword, &error);
    }
    emit signedInChanged();
}

void SignIn::refreshCurrent()
{
    if (!m_current)
        return;
    StaffMember now;
    if (!m_staff.find(m_current->id, &now) || !now.active) {
        signOut();
        return;
    }
    if (now.role == m_current->role && now.name == m_current->name)
        return;
    m_current->role = now.role;
    m_current->name = now.name;
    m_current->dbLogin = now.dbLogin;
    const bool shared = m_database && m_database->isShared();
    if (now.role == StaffRole::Role::Desk) {
        m_managerConnected = true;
        if (shared)
            switchDatabaseLogin(now, QString()); // back to the PC's own login
    } else {
        // Made manager while signed in: on a shared store the manager login needs their password,
        // so manager actions wait for the next sign-in.
        m_managerConnected = !shared || (!now.dbLogin.isEmpty() && m_database->loginName() == now.dbLogin);
    }
    emit signedInChanged();
}

StaffRole::Role SignIn::effectiveRole() const
{
    if (!m_administrator.isEmpty())
        return StaffRole::Role::Manager;
    if (!m_current)
        return isRequired() ? StaffRole::Role::Desk : StaffRole::Role::Manager;
    return m_managerConnected ? m_current->role : StaffRole::Role::Desk;
}

bool SignIn::allows(StaffRole::Action action) const
{
    if (!m_current && m_administrator.isEmpty() && isRequired())
        return false; // nobody signed in at a desk that needs it
    return StaffRole::allows(effectiveRole(), action);
}

bool SignIn::check(StaffRole::Action action, QString* error) const
{
    if (allows(action))
        return true;
    if (!m_current && m_administrator.isEmpty() && isRequired()) {
        *error = tr("Nobody is signed in at this desk. Sign in first.");
        return false;
    }
    *error = StaffRole::refusal(action);
    return false;
}

void SignIn::actAsAdministrator(const QString& actor)
{
    m_administrator = actor;
}

QString SignIn::actorName() const
{
    if (!m_administrator.isEmpty())
        return m_administrator;
    return m_current ? m_current->name : QString();
}

bool SignIn::audit(const QString& action, const QString& detail)
{
    AuditEntry entry;
    entry.atUtc = m_clock.nowUtc();
    entry.staffName = actorName();
    entry.desk = AuditLog::deskName();
    entry.action = action;
    entry.detail = detail;
    if (m_audit.add(entry))
        return true;
    m_error = m_audit.errorText();
    return false;
}
