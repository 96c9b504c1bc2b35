#include "StaffAdmin.h"

#include "PasswordHasher.h"
#include "SignIn.h"

StaffAdmin::StaffAdmin(StaffRepository& staff, SignIn& signIn, QSqlDatabase db)
    : m_staff(staff)
    , m_signIn(signIn)
    , m_db(std::move(db))
{
}

template <typename Change>
bool StaffAdmin::apply(const QString& action, const QString& detail, Change change)
{
    if (!m_signIn.check(StaffRole::Action::ManageStaff, &m_error))
        return false;
    if (!m_db.transaction()) {
        m_error = tr("The staff list could not be changed: the database is busy. Try again.");
        return false;
    }
    if (!change()) {
        m_error = m_staff.errorText();
        m_db.rollback();
        return false;
    }
    if (!m_signIn.audit(action, detail)) {
        m_error = m_signIn.errorText();
        m_db.rollback();
        return false;
    }
    if (!m_db.commit()) {
        m_error = tr("The staff list could not be changed: the change could not be saved.");
        m_db.rollback();
        return false;
    }
    return true;
}

bool StaffAdmin::load(qint64 id, StaffMember* member)
{
    if (m_staff.find(id, member))
        return true;
    m_error = tr("That person is no longer on the staff list.");
    return false;
}

bool StaffAdmin::leavesNoManager(const StaffMember& member) const
{
    // With sign-in on, the last manager going would lock everyone out of the settings and staff.
    return member.active && member.role == StaffRole::Role::Manager && m_staff.activeManagerCount() <= 1
           && m_signIn.isRequired();
}

bool StaffAdmin::add(const QString& name, StaffRole::Role role, const QString& secret, const QString& dbLogin,
                     StaffMember* added)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        m_error = tr("Enter the person's name.");
        return false;
    }
    for (const QChar c : trimmed) {
        // Control and formatting characters (tabs, escapes, bidi overrides) have no place in a
        // name that is shown on screens, slips, exports and terminals.
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            m_error = tr("The name holds a control character. Type it again with letters, digits and spaces.");
            return false;
        }
    }
    if (trimmed.size() > 80) {
        m_error = tr("The name is too long (at most 80 characters).");
        return false;
    }
    const bool opensLogin = role == StaffRole::Role::Manager && !dbLogin.trimmed().isEmpty();
    if (const QString weak = opensLogin ? PasswordHasher::loginPasswordWeakness(secret) : PasswordHasher::weakness(secret);
        !weak.isEmpty()) {
        m_error = weak;
        return false;
    }
    if (!m_signIn.check(StaffRole::Action::ManageStaff, &m_error))
        return false;
    StaffMember member;
    member.name = trimmed;
    member.role = role;
    member.secretHash = PasswordHasher::hash(secret);
    member.dbLogin = role == StaffRole::Role::Manager ? dbLogin.trimmed() : QString();
    member.createdAtUtc = m_signIn.clock().nowUtc();
    const QString detail = tr("%1 added as %2").arg(trimmed, StaffRole::roleName(role))
                           + (member.dbLogin.isEmpty() ? QString() : tr(" (database login %1)").arg(member.dbLogin));
    if (!apply(QStringLiteral("staff.added"), detail, [&] { return m_staff.add(&member); }))
        return false;
    if (added)
        *added = member;
    return true;
}

bool StaffAdmin::changeRole(qint64 id, StaffRole::Role role)
{
    StaffMember member;
    if (!load(id, &member))
        return false;
    if (member.role == role)
        return true;
    if (role == StaffRole::Role::Desk && leavesNoManager(member)) {
        m_error = tr("%1 is the only manager. Make someone else a manager first.").arg(member.name);
        return false;
    }
    return apply(QStringLiteral("staff.role-changed"),
                 tr("%1: %2 → %3").arg(member.name, StaffRole::roleName(member.role), StaffRole::roleName(role)),
                 [&] { return m_staff.setRole(id, role); });
}

bool StaffAdmin::resetSecret(qint64 id, const QString& secret)
{
    StaffMember member;
    if (!load(id, &member))
        return false;
    const bool opensLogin = member.role == StaffRole::Role::Manager && !member.dbLogin.isEmpty();
    if (const QString weak = opensLogin ? PasswordHasher::loginPasswordWeakness(secret) : PasswordHasher::weakness(secret);
        !weak.isEmpty()) {
        m_error = weak;
        return false;
    }
    if (!m_signIn.check(StaffRole::Action::ManageStaff, &m_error))
        return false;
    const QString hash = PasswordHasher::hash(secret);
    return apply(QStringLiteral("staff.secret-reset"), tr("New PIN or password for %1").arg(member.name),
                 [&] { return m_staff.setSecret(id, hash); });
}

bool StaffAdmin::setDbLogin(qint64 id, const QString& login)
{
    StaffMember member;
    if (!load(id, &member))
        return false;
    return apply(QStringLiteral("staff.login-changed"), tr("%1: database login %2").arg(member.name, login.trimmed()),
                 [&] { return m_staff.setDbLogin(id, login); });
}

bool StaffAdmin::deactivate(qint64 id)
{
    StaffMember member;
    if (!load(id, &member))
        return false;
    if (!member.active)
        return true;
    if (leavesNoManager(member)) {
        m_error = tr("%1 is the only manager. Make someone else a manager first.").arg(member.name);
        return false;
    }
    if (m_signIn.current() && m_signIn.current()->id == id) {
        m_error = tr("You cannot deactivate yourself while signed in. Ask another manager.");
        return false;
    }
    return apply(QStringLiteral("staff.deactivated"), tr("%1 deactivated").arg(member.name),
                 [&] { return m_staff.setActive(id, false); });
}

bool StaffAdmin::reactivate(qint64 id)
{
    StaffMember member;
    if (!load(id, &member))
        return false;
    if (member.active)
        return true;
    return apply(QStringLiteral("staff.reactivated"), tr("%1 reactivated").arg(member.name),
                 [&] { return m_staff.setActive(id, true); });
}
