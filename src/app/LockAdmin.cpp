#include "LockAdmin.h"

#include "LockRepository.h"
#include "SignIn.h"

LockAdmin::LockAdmin(LockRepository& locks, SignIn& signIn, QSqlDatabase db)
    : m_locks(locks)
    , m_signIn(signIn)
    , m_db(std::move(db))
{
}

template <typename Change>
bool LockAdmin::apply(const QString& action, const QString& detail, Change change)
{
    m_error.clear();
    if (!m_signIn.check(StaffRole::Action::EditLocks, &m_error)) {
        if (action == QLatin1String("lock.removed"))
            m_error = tr("Only a manager can remove locks. Ask a manager to sign in.");
        return false;
    }
    if (!m_db.transaction()) {
        m_error = tr("The locks could not be changed: the database is busy. Try again.");
        return false;
    }
    if (!change()) {
        if (m_error.isEmpty())
            m_error = m_locks.errorText();
        m_db.rollback();
        return false;
    }
    if (!m_signIn.audit(action, detail)) {
        m_error = m_signIn.errorText();
        m_db.rollback();
        return false;
    }
    if (!m_db.commit()) {
        m_error = tr("The locks could not be changed: the change could not be saved.");
        m_db.rollback();
        return false;
    }
    return true;
}

bool LockAdmin::add(Lock* lock)
{
    return apply(QStringLiteral("lock.added"), lock->name.trimmed(), [&] { return m_locks.insert(lock); });
}

bool LockAdmin::update(const Lock& lock)
{
    return apply(QStringLiteral("lock.changed"), lock.name.trimmed(), [&] { return m_locks.update(lock); });
}

bool LockAdmin::remove(const Lock& lock)
{
    return apply(QStringLiteral("lock.removed"), lock.name, [&] { return m_locks.remove(lock.id); });
}

bool LockAdmin::addAll(QList<Lock>* locks, const QString& source)
{
    if (locks->isEmpty())
        return m_signIn.check(StaffRole::Action::EditLocks, &m_error);
    const QList<Lock> before = *locks;
    const bool ok = apply(QStringLiteral("lock.imported"), tr("%n lock(s) imported from %1", nullptr, int(locks->size())).arg(source),
                          [&] {
                              for (Lock& lock : *locks) {
                                  if (!m_locks.insert(&lock)) {
                                      // The repository's message, with the lock it stopped at.
                                      m_error = tr("%1 (the lock \"%2\")").arg(m_locks.errorText(), lock.name.trimmed());
                                      return false;
                                  }
                              }
                              return true;
                          });
    if (!ok)
        *locks = before; // no ids: nothing of them is in the database
    return ok;
}
