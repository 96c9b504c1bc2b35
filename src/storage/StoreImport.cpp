#include "StoreImport.h"

#include "AuditLog.h"
#include "Database.h"
#include "LockRepository.h"
#include "Migrations.h"
#include "StoredText.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>
#include <QVariant>

namespace {
QString serverText(const QSqlError& error)
{
    const QString text = error.databaseText().trimmed();
    return text.isEmpty() ? error.text() : text;
}

QString notOursText(const QString& file)
{
    return QCoreApplication::translate("StoreImport", "%1 is not a NetCode Desk database; nothing was moved.").arg(file);
}

// The columns the store can take from the file: both have them, and the store fills in the rest
// (its identity column, generated search text, defaults of columns the file is too old for).
QStringList commonColumns(QSqlDatabase& source, QSqlDatabase& target, const QString& table, QSqlError* error)
{
    QStringList inTarget;
    QSqlQuery query(target);
    query.prepare(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = 'netcode' "
                                 "AND table_name = ? AND is_generated = 'NEVER' AND is_identity = 'NO' "
                                 "ORDER BY ordinal_position"));
    query.addBindValue(table);
    if (!query.exec()) {
        *error = query.lastError();
        return {};
    }
    while (query.next())
        inTarget << query.value(0).toString();
    const QSqlRecord inSource = source.record(table);
    QStringList both;
    for (const QString& column : std::as_const(inTarget)) {
        if (inSource.contains(column))
            both << column;
    }
    return both;
}

QString insertStatement(const QString& table, const QStringList& columns, const QString& tail = {})
{
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)%4").arg(table, columns.join(QLatin1String(", ")),
                                                                    marks.join(QLatin1String(", ")), tail);
}

// A value as the shared store keeps it: text without U+0000 (StoredText), anything else as it is.
QVariant kept(const QVariant& value)
{
    return value.typeId() == QMetaType::QString && !value.isNull() ? QVariant(StoredText::of(value.toString())) : value;
}

// What identifies a row when it is met again: the values of `columns`, as text.
QString keyOf(const QSqlQuery& query, const QStringList& columns)
{
    QStringList parts;
    for (const QString& column : columns)
        parts << StoredText::of(query.value(column).toString());
    return parts.join(QChar(0x1f));
}

// How often each key is in the store already; each match uses one up, so rows that the file
// holds twice come in twice, and a second run finds all of them.
bool countExisting(QSqlDatabase& target, const QString& table, const QStringList& keyColumns, const QString& where,
                   const QVariantList& values, QHash<QString, int>* counts, QSqlError* error)
{
    QSqlQuery query(target);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM %2 %3").arg(keyColumns.join(QLatin1String(", ")), table, where));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = query.lastError();
        return false;
    }
    while (query.next())
        ++(*counts)[keyOf(query, keyColumns)];
    return true;
}

bool takeMatch(QHash<QString, int>& counts, const QString& key)
{
    auto it = counts.find(key);
    if (it == counts.end() || *it == 0)
        return false;
    --*it;
    return true;
}

// Opens the file read-only and checks it is one of ours, at a version this build can read.
bool checkSource(const QString& file, const QString& connection, QString* error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(file);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        *error = QCoreApplication::translate("StoreImport", "%1 cannot be opened: %2").arg(file, db.lastError().text());
        return false;
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                   "AND name IN ('locks', 'history', 'request_log')"))
        || !query.next() || query.value(0).toInt() != 3) {
        *error = notOursText(file);
        return false;
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next() || query.value(0).toInt() < 1) {
        *error = notOursText(file);
        return false;
    }
    const int version = query.value(0).toInt();
    if (version > Migrations::latestVersion()) {
        *error = QCoreApplication::translate("StoreImport",
                                             "%1 was written by a newer version of NetCode Desk (schema %2; this version "
                                             "knows up to %3). Update NetCode Desk first; nothing was moved.")
                     .arg(file)
                     .arg(version)
                     .arg(Migrations::latestVersion());
        return false;
    }
    return true;
}

// A consistent copy of the file, journal included, without writing to the file itself.
bool copySource(const QString& connection, const QString& copy, QString* error)
{
    QSqlDatabase db = QSqlDatabase::database(connection, false);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(copy);
    if (!query.exec()) {
        *error = QCoreApplication::translate("StoreImport", "The file cannot be read: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

bool sameLock(const Lock& a, const Lock& b)
{
    return a.model == b.model && a.timecode == b.timecode && a.lockNumber == b.lockNumber
           && a.smartLockId.compare(b.smartLockId, Qt::CaseInsensitive) == 0;
}

class Mover {
public:
    Mover(QSqlDatabase& source, QSqlDatabase& target, const QString& file, const StoreImport::Options& options,
          StoreImport::Report* report)
        : m_source(source)
        , m_target(target)
        , m_file(file)
        , m_options(options)
        , m_report(report)
    {
    }

    bool run(QString* error);

private:
    bool findDemoLocks();
    bool audit();
    bool locks();
    bool history();
    bool requests();
    bool catalogues();
    bool failed(const QSqlError& error)
    {
        m_error = error;
        return false;
    }

    QSqlDatabase& m_source;
    QSqlDatabase& m_target;
    const QString m_file;
    const StoreImport::Options& m_options;
    StoreImport::Report* m_report;
    QHash<qint64, qint64> m_lockIds; // the file's lock id -> the store's
    QSet<qint64> m_demoLockIds;      // the file's sample locks that stay behind
    QSqlError m_error;
    QString m_auditError;
};

bool Mover::findDemoLocks()
{
    if (m_options.demoLocks.isEmpty())
        return true;
    // A sample lock that a real code was issued for is the site's now: it moves with that code.
    QSet<qint64> used;
    QSqlQuery query(m_source);
    if (!query.exec(QStringLiteral("SELECT DISTINCT lock_id FROM history WHERE demo = 0 AND lock_id IS NOT NULL")))
        return failed(query.lastError());
    while (query.next())
        used.insert(query.value(0).toLongLong());
    for (const Lock& lock : LockRepository(m_source).all()) {
        if (used.contains(lock.id))
            continue;
        for (const Lock& sample : m_options.demoLocks) {
            if (sameLock(lock, sample)) {
                m_demoLockIds.insert(lock.id);
                break;
            }
        }
    }
    return true;
}

bool Mover::audit()
{
    if (m_options.actor.isEmpty())
        return true;
    AuditEntry entry;
    entry.atUtc = QDateTime::currentDateTimeUtc();
    entry.staffName = m_options.actor;
    entry.action = QStringLiteral("store.imported-sqlite");
    entry.detail = QCoreApplication::translate("StoreImport",
                                               "Moved in %1: codes added %2 (already there %3, in doubt %4), locks added %5 "
                                               "(already there %6), request counts added %7; left behind from demo mode: "
                                               "locks %8, codes %9")
                       .arg(m_file)
                       .arg(m_report->codes)
                       .arg(m_report->codesAlready)
                       .arg(m_report->inDoubt)
                       .arg(m_report->locks)
                       .arg(m_report->locksAlready)
                       .arg(m_report->requests)
                       .arg(m_report->demoLocks)
                       .arg(m_report->demoCodes);
    AuditLog log(m_target);
    if (log.add(entry))
        return true;
    m_auditError = log.errorText();
    return false;
}

bool Mover::run(QString* error)
{
    QSqlQuery query(m_target);
    // One move at a time, all or nothing: two managers moving the same file in at once cannot
    // both find a row missing.
    const bool ok = query.exec(QStringLiteral("BEGIN"))
                    && query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('netcode-import-sqlite'))"))
                    && findDemoLocks() && locks() && history() && requests() && catalogues() && audit()
                    && query.exec(QStringLiteral("COMMIT"));
    if (ok)
        return true;
    if (!m_error.isValid())
        m_error = query.lastError();
    QSqlQuery(m_target).exec(QStringLiteral("ROLLBACK"));
    *m_report = StoreImport::Report{};
    m_report->notAllowed = m_error.nativeErrorCode() == QLatin1String("42501");
    if (!m_auditError.isEmpty()) {
        *error = QCoreApplication::translate("StoreImport", "Nothing was moved: %1").arg(m_auditError);
        return false;
    }
    *error = m_report->notAllowed
                 ? QCoreApplication::translate("StoreImport",
                                               "This login may not add locks or codes to the shared store. Moving a desk "
                                               "in needs a manager's login (netcode-desk-cli store grant LOGIN --role "
                                               "manager). Nothing was moved.")
                 : QCoreApplication::translate("StoreImport", "Nothing was moved: %1").arg(serverText(m_error));
    return false;
}

bool Mover::locks()
{
    QSqlError error;
    const QStringList columns = commonColumns(m_source, m_target, QStringLiteral("locks"), &error);
    if (columns.isEmpty())
        return failed(error);
    QSqlQuery read(m_source);
    if (!read.exec(QStringLiteral("SELECT id, %1 FROM locks ORDER BY id").arg(columns.join(QLatin1String(", ")))))
        return failed(read.lastError());
    while (read.next()) {
        if (m_demoLockIds.contains(read.value(0).toLongLong())) {
            ++m_report->demoLocks;
            continue;
        }
        QSqlQuery find(m_target);
        find.prepare(QStringLiteral("SELECT id FROM locks WHERE lower(name) = lower(?)"));
        find.addBindValue(StoredText::of(read.value(QStringLiteral("name")).toString()));
        if (!find.exec())
            return failed(find.lastError());
        if (find.next()) {
            m_lockIds.insert(read.value(0).toLongLong(), find.value(0).toLongLong());
            ++m_report->locksAlready;
            continue;
        }
        QSqlQuery insert(m_target);
        insert.prepare(insertStatement(QStringLiteral("locks"), columns, QStringLiteral(" RETURNING id")));
        for (const QString& column : columns)
            insert.addBindValue(kept(read.value(column)));
        if (!insert.exec() || !insert.next())
            return failed(insert.lastError());
        m_lockIds.insert(read.value(0).toLongLong(), insert.value(0).toLongLong());
        ++m_report->locks;
    }
    return true;
}

bool Mover::history()
{
    QSqlError error;
    const QStringList columns = commonColumns(m_source, m_target, QStringLiteral("history"), &error);
    if (columns.isEmpty())
        return failed(error);
    QStringList key = {QStringLiteral("issued_at_utc"), QStringLiteral("lock_name"), QStringLiteral("code"),
                       QStringLiteral("start_sent"),    QStringLiteral("duration_id"), QStringLiteral("window_end_utc")};
    if (columns.contains(QLatin1String("request_key")))
        key << QStringLiteral("request_key");
    QSqlQuery range(m_source);
    if (!range.exec(QStringLiteral("SELECT min(issued_at_utc), max(issued_at_utc), count(*) FROM history")) || !range.next())
        return failed(range.lastError());
    if (range.value(2).toLongLong() == 0)
        return true;
    QHash<QString, int> existing;
    if (!countExisting(m_target, QStringLiteral("history"), key, QStringLiteral("WHERE issued_at_utc BETWEEN ? AND ?"),
                       {range.value(0), range.value(1)}, &existing, &error))
        return failed(error);

    QSqlQuery read(m_source);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT id AS source_id, %1 FROM history ORDER BY id").arg(columns.join(QLatin1String(", ")))))
        return failed(read.lastError());
    QSqlQuery insert(m_target);
    insert.prepare(insertStatement(QStringLiteral("history"), columns, QStringLiteral(" RETURNING id")));
    // A row that shares another guest's code names that row by its id here, which differs in the
    // store: the rows moved so far, by their id in the file. Rows are read oldest first, so the
    // row shared is moved before the row sharing it.
    QHash<qint64, qint64> movedIds;
    const QString notAnswered = QCoreApplication::translate(
        "StoreImport", "Moved in from a desk's own file while it was being issued: whether the service answered is not known.");
    const bool hasDemo = columns.contains(QLatin1String("demo"));
    // Emails of a code to its guest move with the code (a file from before them has none).
    const bool hasAttempts = m_source.tables().contains(QStringLiteral("mail_attempts"));
    // A file from schema 12 on also has sends recorded before they went and their outcome rows,
    // which name the send they settle by its id in the file.
    const bool hasSends = hasAttempts && m_source.record(QStringLiteral("mail_attempts")).contains(QStringLiteral("settles"));
    QSqlQuery readAttempts(m_source);
    QSqlQuery insertAttempt(m_target);
    // The language an email was written in came later (schema 11): '' (not known) from older files.
    const bool hasLanguage = hasAttempts && m_source.record(QStringLiteral("mail_attempts")).contains(QStringLiteral("language"));
    if (hasAttempts) {
        readAttempts.prepare(QStringLiteral("SELECT recipient, attempted_at_utc, attempted_by, outcome, detail, %1, %2 "
                                            "FROM mail_attempts WHERE history_id = ? ORDER BY id")
                                 .arg(hasSends ? QStringLiteral("state, settles, sender, lease_until_utc, id")
                                               : QStringLiteral("'settled', NULL, '', '', id"))
                                 .arg(hasLanguage ? QStringLiteral("language") : QStringLiteral("''")));
        insertAttempt.prepare(QStringLiteral("INSERT INTO mail_attempts (history_id, recipient, attempted_at_utc, "
                                             "attempted_by, outcome, detail, state, settles, sender, lease_until_utc, language) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    }
    while (read.next()) {
        const QVariant lockId = read.value(QStringLiteral("lock_id"));
        if ((hasDemo && read.value(QStringLiteral("demo")).toInt() != 0)
            || (!lockId.isNull() && m_demoLockIds.contains(lockId.toLongLong()))) {
            ++m_report->demoCodes;
            continue;
        }
        if (takeMatch(existing, keyOf(read, key))) {
            ++m_report->codesAlready;
            continue;
        }
        const QString outcome = read.value(QStringLiteral("outcome")).toString();
        const bool live = outcome == QLatin1String("claimed") || outcome == QLatin1String("sent");
        for (const QString& column : columns) {
            QVariant value = read.value(column);
            if (column == QLatin1String("lock_id")) {
                // The store's own lock of that name; none when the lock was removed from the file.
                const auto it = m_lockIds.constFind(value.toLongLong());
                value = value.isNull() || it == m_lockIds.constEnd() ? QVariant(QMetaType::fromType<qlonglong>())
                                                                     : QVariant(*it);
            } else if (live && column == QLatin1String("outcome")) {
                value = QStringLiteral("in_doubt");
            } else if (live && column == QLatin1String("failure_text") && value.toString().isEmpty()) {
                value = notAnswered;
            } else if (live && column == QLatin1String("lease_until_utc")) {
                value = QStringLiteral("");
            } else if (column == QLatin1String("shares_code_with") && !value.isNull()) {
                // Not moved (already in the store, or a demo code): the link is left out.
                const auto it = movedIds.constFind(value.toLongLong());
                value = it == movedIds.constEnd() ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(*it);
            }
            insert.addBindValue(kept(value));
        }
        if (!insert.exec() || !insert.next())
            return failed(insert.lastError());
        movedIds.insert(read.value(QStringLiteral("source_id")).toLongLong(), insert.value(0).toLongLong());
        if (hasAttempts) {
            readAttempts.addBindValue(read.value(QStringLiteral("source_id")));
            if (!readAttempts.exec())
                return failed(readAttempts.lastError());
            QHash<qint64, qint64> movedAttempts; // id in the file -> id in the store
            while (readAttempts.next()) {
                insertAttempt.addBindValue(insert.value(0));
                for (int i = 0; i < 6; ++i) // recipient ... state
                    insertAttempt.addBindValue(readAttempts.value(i));
                const QVariant settles = readAttempts.value(6);
                insertAttempt.addBindValue(settles.isNull() ? QVariant(QMetaType::fromType<qlonglong>())
                                                            : QVariant(movedAttempts.value(settles.toLongLong())));
                insertAttempt.addBindValue(readAttempts.value(7));
                insertAttempt.addBindValue(readAttempts.value(8));
                insertAttempt.addBindValue(readAttempts.value(10)); // language ('' before schema 11)
                if (!insertAttempt.exec() || !insertAttempt.next())
                    return failed(insertAttempt.lastError());
                movedAttempts.insert(readAttempts.value(9).toLongLong(), insertAttempt.value(0).toLongLong());
                if (settles.isNull())
                    ++m_report->emails;
            }
        }
        ++m_report->codes;
        if (live)
            ++m_report->inDoubt;
    }
    return true;
}

bool Mover::requests()
{
    QSqlError error;
    const QStringList columns = commonColumns(m_source, m_target, QStringLiteral("request_log"), &error);
    if (columns.isEmpty())
        return failed(error);
    QSqlQuery range(m_source);
    if (!range.exec(QStringLiteral("SELECT min(sent_at_utc), max(sent_at_utc), count(*) FROM request_log")) || !range.next())
        return failed(range.lastError());
    if (range.value(2).toLongLong() == 0)
        return true;
    QHash<QString, int> existing;
    if (!countExisting(m_target, QStringLiteral("request_log"), columns, QStringLiteral("WHERE sent_at_utc BETWEEN ? AND ?"),
                       {range.value(0), range.value(1)}, &existing, &error))
        return failed(error);
    QSqlQuery read(m_source);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM request_log ORDER BY id").arg(columns.join(QLatin1String(", ")))))
        return failed(read.lastError());
    QSqlQuery insert(m_target);
    insert.prepare(insertStatement(QStringLiteral("request_log"), columns));
    const bool hasDemo = columns.contains(QLatin1String("demo"));
    while (read.next()) {
        if (hasDemo && read.value(QStringLiteral("demo")).toInt() != 0) {
            ++m_report->demoRequests;
            continue;
        }
        if (takeMatch(existing, keyOf(read, columns))) {
            ++m_report->requestsAlready;
            continue;
        }
        for (const QString& column : columns)
            insert.addBindValue(kept(read.value(column)));
        if (!insert.exec())
            return failed(insert.lastError());
        ++m_report->requests;
    }
    return true;
}

bool Mover::catalogues()
{
    QSqlError error;
    const QStringList columns = commonColumns(m_source, m_target, QStringLiteral("duration_catalogue"), &error);
    if (columns.isEmpty())
        return failed(error);
    QSqlQuery read(m_source);
    if (!read.exec(QStringLiteral("SELECT %1 FROM duration_catalogue").arg(columns.join(QLatin1String(", ")))))
        return failed(read.lastError());
    QSqlQuery insert(m_target);
    insert.prepare(insertStatement(QStringLiteral("duration_catalogue"), columns,
                                   QStringLiteral(" ON CONFLICT (catalogue_key) DO NOTHING")));
    while (read.next()) {
        for (const QString& column : columns)
            insert.addBindValue(kept(read.value(column)));
        if (!insert.exec())
            return failed(insert.lastError());
        m_report->catalogues += insert.numRowsAffected() > 0 ? 1 : 0;
    }
    return true;
}
} // namespace

bool StoreImport::importSqlite(const QString& file, QSqlDatabase& target, const Options& options, Report* report,
                               QString* error)
{
    *report = Report{};
    const QFileInfo info(file);
    if (!info.exists() || !info.isFile()) {
        *error = QCoreApplication::translate("StoreImport", "There is no file %1; nothing was moved.").arg(file);
        return false;
    }
    QTemporaryDir work;
    if (!work.isValid()) {
        *error = QCoreApplication::translate("StoreImport", "No room for a working copy: %1").arg(work.errorString());
        return false;
    }
    const QString copy = work.filePath(QStringLiteral("desk.sqlite"));
    const QString checking = QStringLiteral("import-check-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = checkSource(file, checking, error) && copySource(checking, copy, error);
    QSqlDatabase::removeDatabase(checking);
    if (!ok)
        return false;

    Database source;
    if (!source.open(copy)) {
        *error = QCoreApplication::translate("StoreImport", "The copy of %1 cannot be brought up to date: %2")
                     .arg(file, source.errorText());
        return false;
    }
    report->sourceIdentity = source.identity();
    QSqlDatabase sourceDb = source.connection();
    Mover mover(sourceDb, target, file, options, report);
    ok = mover.run(error);
    report->sourceIdentity = ok ? report->sourceIdentity : QString();
    return ok;
}
