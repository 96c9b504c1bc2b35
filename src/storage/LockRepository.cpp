#include "LockRepository.h"

#include "SqlDialect.h"
#include "StatementCache.h"
#include "StoredText.h"
#include "StoredTime.h"
#include "StorageErrorText.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>
#include <algorithm>

namespace {
const QString kColumns = QStringLiteral(
    "id, name, group_name, model, timecode, lock_number, smart_lock_id, access_key_ref, mode, time_zone, "
    "clock_follows_dst, favourite, last_used_utc");

Lock lockFromQuery(const QSqlQuery& query)
{
    Lock lock;
    lock.id = query.value(0).toLongLong();
    lock.name = query.value(1).toString();
    lock.group = query.value(2).toString();
    if (const auto* model = LockModelCatalogue::fromWire(query.value(3).toString()))
        lock.model = model->id;
    lock.timecode = query.value(4).toString();
    lock.lockNumber = query.value(5).toString();
    lock.smartLockId = query.value(6).toString();
    lock.accessKeyRef = query.value(7).toString();
    NetCodeModes::fromStorageName(query.value(8).toString(), &lock.configuredMode);
    lock.timeZoneId = query.value(9).toString();
    lock.clockFollowsDst = query.value(10).toBool();
    lock.favourite = query.value(11).toBool();
    lock.lastUsedUtc = QDateTime::fromString(query.value(12).toString(), Qt::ISODate);
    return lock;
}

const QString kInsert = QStringLiteral(
    "INSERT INTO locks (name, group_name, model, timecode, lock_number, smart_lock_id, access_key_ref, mode, "
    "time_zone, clock_follows_dst, favourite) VALUES (:name, :group_name, :model, :timecode, :lock_number, "
    ":smart_lock_id, :access_key_ref, :mode, :time_zone, :clock_follows_dst, :favourite)");

void bindLock(QSqlQuery& query, const Lock& lock)
{
    query.bindValue(QStringLiteral(":name"), StoredText::trimmed(lock.name));
    query.bindValue(QStringLiteral(":group_name"), StoredText::trimmed(lock.group));
    query.bindValue(QStringLiteral(":model"), LockModelCatalogue::info(lock.model).wireValue);
    query.bindValue(QStringLiteral(":timecode"), StoredText::of(lock.isSmartLock() ? QString() : lock.timecode.trimmed()));
    query.bindValue(QStringLiteral(":lock_number"), StoredText::of(lock.isSmartLock() ? QString() : lock.lockNumber.trimmed()));
    query.bindValue(QStringLiteral(":smart_lock_id"),
                    StoredText::of(lock.isSmartLock() ? lock.smartLockId.trimmed().toLower() : QString()));
    query.bindValue(QStringLiteral(":access_key_ref"), StoredText::of(lock.isSmartLock() ? lock.accessKeyRef : QString()));
    query.bindValue(QStringLiteral(":mode"), NetCodeModes::storageName(lock.configuredMode));
    query.bindValue(QStringLiteral(":time_zone"), StoredText::of(lock.timeZoneId));
    query.bindValue(QStringLiteral(":clock_follows_dst"), lock.clockFollowsDst ? 1 : 0);
    query.bindValue(QStringLiteral(":favourite"), lock.favourite ? 1 : 0);
}
} // namespace

QString LockRepository::orderBy() const
{
    // The id last: pages taken one after another never skip or repeat a lock that ties.
    return QStringLiteral(" ORDER BY favourite DESC, last_used_utc IS NULL, last_used_utc DESC, %1, %2, id")
        .arg(SqlDialect::caseless(m_db, QStringLiteral("group_name")), SqlDialect::caseless(m_db, QStringLiteral("name")));
}

LockRepository::LockRepository(QSqlDatabase db)
    : m_db(std::move(db))
    , m_statements(std::make_shared<StatementCache>(m_db))
{
}

QList<Lock> LockRepository::all(bool* ok) const
{
    QList<Lock> locks;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const bool read = query.exec(QStringLiteral("SELECT %1 FROM locks").arg(kColumns) + orderBy());
    while (read && query.next())
        locks.append(lockFromQuery(query));
    if (ok)
        *ok = read && !query.lastError().isValid();
    return locks;
}

QString LockRepository::searchText(const Lock& lock)
{
    const LockModelInfo& model = LockModelCatalogue::info(lock.model);
    return QStringList{lock.name, lock.group, model.wireValue, model.displayName}.join(QLatin1Char(' '));
}

QList<Lock> LockRepository::page(const QString& search, int offset, int limit, bool* ok) const
{
    QList<Lock> locks;
    if (ok)
        *ok = false;
    const bool ascii = std::all_of(search.cbegin(), search.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (!ascii) {
        // Rare (a search typed with accents): every lock is read, and matched as the list shows it.
        int skipped = 0;
        for (const Lock& lock : all(ok)) {
            if (!searchText(lock).contains(search, Qt::CaseInsensitive))
                continue;
            if (skipped++ < offset)
                continue;
            locks.append(lock);
            if (locks.size() >= limit)
                break;
        }
        return locks;
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QString where;
    QVariantList values;
    if (!search.isEmpty()) {
        // The same text searchText() makes, written in SQL; LIKE ignores ASCII case in SQLite.
        QString shown = QStringLiteral("CASE model");
        for (const LockModelInfo& model : LockModelCatalogue::all()) {
            shown += QStringLiteral(" WHEN ? THEN ?");
            values << model.wireValue << model.displayName;
        }
        shown += QStringLiteral(" ELSE '' END");
        QString escaped = search;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        where = QStringLiteral(" WHERE (name || ' ' || group_name || ' ' || model || ' ' || %1) %2 ? ESCAPE '\\'")
                    .arg(shown, SqlDialect::isPostgres(m_db) ? QStringLiteral("ILIKE") : QStringLiteral("LIKE"));
        values << QStringLiteral("%") + escaped + QStringLiteral("%");
    }
    query.prepare(QStringLiteral("SELECT %1 FROM locks").arg(kColumns) + where + orderBy()
                  + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant& value : values)
        query.addBindValue(value);
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!query.exec())
        return locks;
    while (query.next())
        locks.append(lockFromQuery(query));
    if (query.lastError().isValid())
        return {};
    if (ok)
        *ok = true;
    return locks;
}

QList<QPair<qint64, QString>> LockRepository::names() const
{
    QList<QPair<qint64, QString>> names;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name FROM locks")))
        return names;
    while (query.next())
        names.append({query.value(0).toLongLong(), query.value(1).toString()});
    std::sort(names.begin(), names.end(), [](const auto& a, const auto& b) { return a.second.localeAwareCompare(b.second) < 0; });
    return names;
}

bool LockRepository::isEmpty() const
{
    QSqlQuery query(m_db);
    return !(query.exec(QStringLiteral("SELECT 1 FROM locks LIMIT 1")) && query.next());
}

bool LockRepository::find(qint64 id, Lock* lock) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM locks WHERE id = ?").arg(kColumns));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return false;
    *lock = lockFromQuery(query);
    return true;
}

bool LockRepository::findByName(const QString& name, Lock* lock) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM locks WHERE %2 = %3")
                      .arg(kColumns, SqlDialect::caseless(m_db, QStringLiteral("name")),
                           SqlDialect::isPostgres(m_db) ? QStringLiteral("lower(?)") : QStringLiteral("?")));
    query.addBindValue(StoredText::trimmed(name));
    if (!query.exec() || !query.next())
        return false;
    *lock = lockFromQuery(query);
    return true;
}

bool LockRepository::findBySmartLockId(const QString& smartLockId, Lock* lock) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM locks WHERE smart_lock_id = ? AND smart_lock_id <> ''").arg(kColumns));
    query.addBindValue(StoredText::of(smartLockId).trimmed().toLower());
    if (!query.exec() || !query.next())
        return false;
    *lock = lockFromQuery(query);
    return true;
}

QStringList LockRepository::namesExcept(qint64 id) const
{
    QStringList names;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT name FROM locks WHERE id <> ?"));
    query.addBindValue(id);
    query.exec();
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

int LockRepository::count() const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM locks")) && query.next())
        return query.value(0).toInt();
    return 0;
}

bool LockRepository::insert(Lock* lock)
{
    QSqlQuery query(m_db);
    query.prepare(kInsert + SqlDialect::returningId(m_db));
    bindLock(query, *lock);
    if (!query.exec()) {
        m_error = QCoreApplication::translate("LockRepository", "The lock could not be saved: %1")
                      .arg(StorageErrorText::describe(query.lastError()));
        return false;
    }
    lock->id = SqlDialect::insertedId(query);
    return true;
}

bool LockRepository::insertAll(QList<Lock>* locks)
{
    m_error.clear();
    if (locks->isEmpty())
        return true;
    if (!m_db.transaction()) {
        m_error = QCoreApplication::translate("LockRepository", "The locks could not be saved: %1")
                      .arg(m_db.lastError().text());
        return false;
    }
    QList<qint64> ids;
    ids.reserve(locks->size());
    bool ok = true;
    {
        // Scoped so the statement is finished before the commit or rollback.
        QSqlQuery query(m_db);
        ok = query.prepare(kInsert + SqlDialect::returningId(m_db));
        if (!ok)
            m_error = QCoreApplication::translate("LockRepository", "The locks could not be saved: %1")
                          .arg(StorageErrorText::describe(query.lastError()));
        for (qsizetype i = 0; ok && i < locks->size(); ++i) {
            bindLock(query, locks->at(i));
            if (!query.exec()) {
                m_error = QCoreApplication::translate("LockRepository", "The lock \"%1\" could not be saved: %2")
                              .arg(locks->at(i).name.trimmed(), StorageErrorText::describe(query.lastError()));
                ok = false;
                break;
            }
            ids.append(SqlDialect::insertedId(query));
        }
    }
    if (ok && !m_db.commit()) {
        m_error = QCoreApplication::translate("LockRepository", "The locks could not be saved: %1")
                      .arg(m_db.lastError().text());
        ok = false;
    }
    if (!ok) {
        m_db.rollback();
        return false;
    }
    for (qsizetype i = 0; i < locks->size(); ++i)
        (*locks)[i].id = ids.at(i);
    return true;
}

bool LockRepository::update(const Lock& lock)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE locks SET name = :name, group_name = :group_name, model = :model, timecode = :timecode, "
        "lock_number = :lock_number, smart_lock_id = :smart_lock_id, access_key_ref = :access_key_ref, "
        "mode = :mode, time_zone = :time_zone, clock_follows_dst = :clock_follows_dst, favourite = :favourite "
        "WHERE id = :id"));
    bindLock(query, lock);
    query.bindValue(QStringLiteral(":id"), lock.id);
    if (!query.exec() || query.numRowsAffected() != 1) {
        m_error = QCoreApplication::translate("LockRepository", "The lock could not be saved: %1")
                      .arg(StorageErrorText::describe(query.lastError()));
        return false;
    }
    return true;
}

bool LockRepository::remove(qint64 id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM locks WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        m_error = QCoreApplication::translate("LockRepository", "The lock could not be removed: %1")
                      .arg(StorageErrorText::describe(query.lastError()));
        return false;
    }
    return true;
}

bool LockRepository::markUsed(qint64 id, const QDateTime& whenUtc)
{
    // Which lock was used last only orders the list, and it is written right after the code was
    // committed durably: it need not wait for the disk a second time (a power cut may forget it,
    // never the code). The next durable commit carries it to the disk anyway.
    const QString update = QStringLiteral("UPDATE locks SET last_used_utc = ? WHERE id = ?");
    const QVariantList values{StoredTime::text(whenUtc), id};
    if (SqlDialect::isPostgres(m_db)) {
        if (!m_db.transaction())
            return false;
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("SET LOCAL synchronous_commit TO OFF"));
        const bool ok = SqlDialect::run(m_db, query, update, values);
        return ok ? m_db.commit() : (m_db.rollback(), false);
    }
    // SQLite, on every issue: the statements are kept prepared.
    const int synchronous = m_statements->settingAsOpened(QStringLiteral("synchronous"));
    m_statements->run(QStringLiteral("PRAGMA synchronous = NORMAL"), {});
    const bool ok = m_statements->run(update, values).ok();
    // Back to how the connection was opened: a committed code must survive a power cut.
    m_statements->run(QStringLiteral("PRAGMA synchronous = %1").arg(synchronous >= 0 ? synchronous : 2), {});
    return ok;
}
