#include "DatabaseBackup.h"

#include "DurableFiles.h"
#include "Migrations.h"
#include "TimeText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QVariant>

namespace {
const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss");
const QString kSuffix = QStringLiteral(".sqlite");

QString stamp(const QDateTime& nowUtc)
{
    return nowUtc.toUTC().toString(kStampFormat);
}

// "site-a.sqlite" → "site-a"; any other name is kept whole ("site.db" → "site.db").
QString backupBaseName(const QString& databasePath)
{
    QString name = QFileInfo(databasePath).fileName();
    if (name.endsWith(kSuffix, Qt::CaseInsensitive) && name.size() > kSuffix.size())
        name.chop(kSuffix.size());
    return name;
}

// Anchored at both ends, so "site" never takes "site-a-…" or "site-20270101-…-….sqlite" as its own.
QRegularExpression backupNamePattern(const QString& baseName)
{
    return QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(baseName)
                              + QStringLiteral("-(\\d{8}-\\d{6})\\.sqlite$"));
}

QStringList backupsIn(const QString& folder, const QString& baseName)
{
    const QDir dir(folder);
    const QRegularExpression pattern = backupNamePattern(baseName);
    QStringList found;
    // The names carry the time and share their prefix, so name order is time order.
    for (const QString& name : dir.entryList({baseName + QStringLiteral("-*.sqlite")}, QDir::Files,
                                             QDir::Name | QDir::Reversed)) {
        if (pattern.match(name).hasMatch())
            found << dir.filePath(name);
    }
    return found;
}

// Temporary files of a backup that a killed process never finished; an hour is far longer than any
// backup takes, so a younger one may still be being written by another process.
void removeAbandonedPartials(const QString& folder, const QString& baseName)
{
    const QDir dir(folder);
    const QDateTime hourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
    for (const QFileInfo& info : dir.entryInfoList({baseName + QStringLiteral("-*.sqlite.partial-*")}, QDir::Files)) {
        if (info.lastModified().toUTC() < hourAgo)
            QFile::remove(info.absoluteFilePath());
    }
}

// A QSQLITE connection of its own for looking into a file without changing it. `Frozen` is for a
// file no process is writing (a backup, a staged copy, a database this process holds the exclusive
// lock of): SQLite then reads the main file alone and creates no -wal or -shm file next to it.
class ReadOnlyConnection {
public:
    enum class Mode { Live, Frozen };
    ReadOnlyConnection(const QString& path, Mode mode)
        : m_name(QStringLiteral("netcode-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        if (mode == Mode::Frozen) {
            db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                               + QStringLiteral("?mode=ro&immutable=1"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
        } else {
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        }
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~ReadOnlyConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(ReadOnlyConnection)

    bool isOpen() const { return m_open; }
    QString errorText() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    QString m_error;
    bool m_open = false;
};

QString identityFrom(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT id FROM store_identity LIMIT 1")) || !query.next())
        return {};
    return query.value(0).toString();
}

QString when(const QString& backupPath, const QTimeZone& zone)
{
    const QDateTime time = DatabaseBackup::backupTime(backupPath);
    if (!time.isValid())
        return QFileInfo(backupPath).lastModified().toString(Qt::ISODate);
    const QDateTime local = zone.isValid() ? time.toTimeZone(zone) : time.toLocalTime();
    return TimeText::date(local.date()) + QLatin1Char(' ') + TimeText::time(local) + QLatin1Char(' ')
           + TimeText::zoneAbbreviation(local);
}

// A path as the user should read it in a message: whole, with the system's separators.
QString shown(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

bool removeQuietly(const QString& path)
{
    return !QFile::exists(path) || QFile::remove(path);
}
} // namespace

QString DatabaseBackup::folderFor(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QStringList DatabaseBackup::backupsOf(const QString& databasePath)
{
    return backupsIn(folderFor(databasePath), backupBaseName(databasePath));
}

QDateTime DatabaseBackup::backupTime(const QString& backupPath)
{
    static const QRegularExpression pattern(QStringLiteral("-(\\d{8}-\\d{6})\\.sqlite$"));
    const QRegularExpressionMatch match = pattern.match(QFileInfo(backupPath).fileName());
    if (!match.hasMatch())
        return {};
    QDateTime time = QDateTime::fromString(match.captured(1), kStampFormat);
    time.setTimeZone(QTimeZone::utc());
    return time;
}

QDateTime DatabaseBackup::newestBackupTime(const QString& databasePath)
{
    const QStringList all = backupsOf(databasePath);
    return all.isEmpty() ? QDateTime() : backupTime(all.first());
}

bool DatabaseBackup::backup(const QSqlDatabase& db, const QString& folder, const QDateTime& nowUtc, QString* written,
                            QString* error)
{
    if (!QDir().mkpath(folder)) {
        *error = QCoreApplication::translate("DatabaseBackup", "The backup folder %1 cannot be created.").arg(folder);
        return false;
    }
    const QString baseName = backupBaseName(db.databaseName());
    removeAbandonedPartials(folder, baseName);
    const QString target = QDir(folder).filePath(baseName + QLatin1Char('-') + stamp(nowUtc) + kSuffix);
    const QString partial = DurableFiles::temporaryNameFor(target, QStringLiteral("partial"));
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(partial);
    if (!query.exec()) {
        *error = QCoreApplication::translate("DatabaseBackup", "The backup could not be written (%1). Check the free space in %2.")
                     .arg(query.lastError().text(), folder);
        QFile::remove(partial);
        return false;
    }
    // Only a copy that SQLite itself finds whole, of this very database, ever gets a backup's name.
    const FileCheck check = checkFile(partial);
    const QString identity = identityFrom(db);
    QString problem = check.problem;
    if (check.ok && check.identity != identity)
        problem = QCoreApplication::translate("DatabaseBackup", "the copy does not carry the database's identity");
    QString renameError;
    if (problem.isEmpty() && !DurableFiles::flushFile(partial))
        problem = QCoreApplication::translate("DatabaseBackup", "it could not be flushed to the disk");
    if (problem.isEmpty() && !DurableFiles::replace(partial, target, &renameError))
        problem = renameError;
    if (!problem.isEmpty()) {
        QFile::remove(partial);
        *error = QCoreApplication::translate("DatabaseBackup", "The backup %1 was not kept: %2").arg(target, problem);
        return false;
    }
    DurableFiles::flushFolder(folder);
    *written = target;
    const QStringList all = backupsIn(folder, baseName);
    for (qsizetype i = kKeep; i < all.size(); ++i)
        QFile::remove(all.at(i));
    return true;
}

bool DatabaseBackup::integrityOk(const QSqlDatabase& db, QString* detail)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
        *detail = query.lastError().text();
        return false;
    }
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    *detail = problems.mid(0, 5).join(QStringLiteral("; "));
    return problems.isEmpty();
}

DatabaseBackup::FileCheck DatabaseBackup::checkFile(const QString& path)
{
    FileCheck result;
    const QFileInfo info(path);
    if (!info.isFile() || info.size() == 0) {
        result.problem = QCoreApplication::translate("DatabaseBackup", "the file is missing or empty");
        return result;
    }
    const ReadOnlyConnection connection(path, ReadOnlyConnection::Mode::Frozen);
    if (!connection.isOpen()) {
        result.problem = connection.errorText();
        return result;
    }
    QSqlQuery query(connection.db());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        result.problem = query.lastError().text();
        return result;
    }
    result.schema = query.value(0).toInt();
    if (result.schema < 1) {
        result.problem = QCoreApplication::translate("DatabaseBackup", "it is not a NetCode Desk database");
        return result;
    }
    if (result.schema > Migrations::latestVersion()) {
        result.problem = QCoreApplication::translate("DatabaseBackup", "it was written by a newer version of NetCode Desk");
        return result;
    }
    // The full check, not the quick one: a torn copy must never pass.
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        result.problem = query.lastError().text();
        return result;
    }
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (!problems.isEmpty()) {
        result.problem = QCoreApplication::translate("DatabaseBackup", "the integrity check failed: %1")
                             .arg(problems.mid(0, 3).join(QStringLiteral("; ")));
        return result;
    }
    query.finish();
    result.identity = identityFrom(connection.db());
    result.ok = true;
    return result;
}

QString DatabaseBackup::identityOf(const QString& databasePath, bool inUse)
{
    if (!QFileInfo(databasePath).isFile())
        return {};
    const ReadOnlyConnection connection(databasePath, inUse ? ReadOnlyConnection::Mode::Live : ReadOnlyConnection::Mode::Frozen);
    return connection.isOpen() ? identityFrom(connection.db()) : QString();
}

bool DatabaseBackup::moveAside(const QString& databasePath, const QString& tag, const QDateTime& nowUtc, QString* keptAs)
{
    // Never over an earlier file kept aside, even within the same second.
    QString name = databasePath + QLatin1Char('.') + tag + QLatin1Char('-') + stamp(nowUtc);
    for (int n = 2; QFile::exists(name); ++n)
        name = databasePath + QLatin1Char('.') + tag + QLatin1Char('-') + stamp(nowUtc) + QLatin1Char('-') + QString::number(n);
    *keptAs = name;
    if (QFile::exists(databasePath) && !QFile::rename(databasePath, name))
        return false;
    // The journal files go with it: left behind, SQLite would replay them into the file put in its place.
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-journal"), QStringLiteral("-shm")}) {
        if (QFile::exists(databasePath + suffix) && !QFile::rename(databasePath + suffix, name + suffix)) {
            moveBack(name, databasePath);
            return false;
        }
    }
    return true;
}

bool DatabaseBackup::moveBack(const QString& keptAs, const QString& databasePath)
{
    bool ok = true;
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-journal"), QStringLiteral("-shm")}) {
        if (QFile::exists(keptAs + suffix))
            ok = QFile::rename(keptAs + suffix, databasePath + suffix) && ok;
    }
    if (QFile::exists(keptAs))
        ok = QFile::rename(keptAs, databasePath) && ok;
    return ok;
}

QString DatabaseBackup::stagedRestorePath(const QString& databasePath)
{
    return databasePath + QStringLiteral(".restore-pending");
}

bool DatabaseBackup::hasStagedRestore(const QString& databasePath)
{
    return QFile::exists(stagedRestorePath(databasePath));
}

bool DatabaseBackup::stageRestore(const QString& databasePath, const QString& backupPath, QString* error)
{
    const FileCheck check = checkFile(backupPath);
    if (!check.ok) {
        *error = QCoreApplication::translate("DatabaseBackup", "%1 cannot be restored: %2.").arg(backupPath, check.problem);
        return false;
    }
    const QString current = identityOf(databasePath, true);
    if (!current.isEmpty() && !check.identity.isEmpty() && current != check.identity) {
        *error = QCoreApplication::translate("DatabaseBackup", "%1 is a backup of another database, not of this one (%2), "
                                                               "so it cannot be restored here.")
                     .arg(backupPath, databasePath);
        return false;
    }
    const QString staged = stagedRestorePath(databasePath);
    const QString partial = DurableFiles::temporaryNameFor(staged, QStringLiteral("partial"));
    QString why;
    if (!QFile::copy(backupPath, partial) || !DurableFiles::flushFile(partial)
        || !DurableFiles::replace(partial, staged, &why)) {
        QFile::remove(partial);
        *error = QCoreApplication::translate("DatabaseBackup", "The backup %1 could not be copied next to the database.").arg(backupPath);
        return false;
    }
    DurableFiles::flushFolder(QFileInfo(staged).absolutePath());
    return true;
}

bool DatabaseBackup::applyStagedRestore(const QString& databasePath, const QDateTime& nowUtc, QString* note)
{
    note->clear();
    const QString staged = stagedRestorePath(databasePath);
    if (!QFile::exists(staged))
        return false;
    // Checked again: the file may have been damaged or swapped since it was chosen.
    const FileCheck check = checkFile(staged);
    const QString current = identityOf(databasePath, false);
    QString problem = check.problem;
    if (check.ok && !current.isEmpty() && !check.identity.isEmpty() && current != check.identity)
        problem = QCoreApplication::translate("DatabaseBackup", "it is a backup of another database");
    if (!problem.isEmpty()) {
        // Set aside, so it is not tried again at every start.
        const QString rejected = databasePath + QStringLiteral(".restore-rejected-") + stamp(nowUtc);
        QFile::rename(staged, rejected);
        *note = QCoreApplication::translate("DatabaseBackup", "The backup chosen for restoring was not put in place (%1); "
                                                              "the database was not changed. The chosen copy is kept as %2.")
                    .arg(problem, shown(rejected));
        return false;
    }
    QString keptAs;
    QString why;
    if (!moveAside(databasePath, QStringLiteral("before-restore"), nowUtc, &keptAs)) {
        *note = QCoreApplication::translate("DatabaseBackup", "The backup chosen for restoring could not be put in place; the database was not changed.");
        return false;
    }
    if (!DurableFiles::replace(staged, databasePath, &why)) {
        moveBack(keptAs, databasePath);
        *note = QCoreApplication::translate("DatabaseBackup", "The backup chosen for restoring could not be put in place; the database was not changed.");
        return false;
    }
    DurableFiles::flushFolder(QFileInfo(databasePath).absolutePath());
    *note = QCoreApplication::translate("DatabaseBackup", "The database was restored from the chosen backup. The database as it was before is kept as %1.").arg(shown(keptAs));
    return true;
}

bool DatabaseBackup::recover(const QString& databasePath, const QDateTime& nowUtc, const QTimeZone& zone, QString* note)
{
    // Which database this was, if the damaged file still says so: a backup of another one never
    // takes its place. The file names already leave out other databases' backups.
    const QString identity = identityOf(databasePath, false);
    QString chosen;
    QStringList passedOver;
    for (const QString& candidate : backupsOf(databasePath)) {
        const FileCheck check = checkFile(candidate);
        QString problem = check.problem;
        if (check.ok && check.identity.isEmpty())
            problem = QCoreApplication::translate("DatabaseBackup", "it does not say which database it belongs to");
        else if (check.ok && !identity.isEmpty() && check.identity != identity)
            problem = QCoreApplication::translate("DatabaseBackup", "it is a backup of another database");
        if (problem.isEmpty()) {
            chosen = candidate;
            break;
        }
        passedOver << QStringLiteral("%1 (%2)").arg(QFileInfo(candidate).fileName(), problem);
    }
    if (chosen.isEmpty()) {
        *note = passedOver.isEmpty()
                    ? QCoreApplication::translate("DatabaseBackup", "The file has been left as it is: there is no backup of this "
                                                                      "database to restore yet.")
                    : QCoreApplication::translate("DatabaseBackup", "The file has been left as it is: no backup of this "
                                                                    "database passed its check (%1).")
                          .arg(passedOver.join(QStringLiteral("; ")));
        return false;
    }
    // A complete, flushed copy first; only then does the damaged file make way for it.
    const QString incoming = DurableFiles::temporaryNameFor(databasePath, QStringLiteral("incoming"));
    QString why;
    if (!QFile::copy(chosen, incoming) || !DurableFiles::flushFile(incoming)) {
        QFile::remove(incoming);
        *note = QCoreApplication::translate("DatabaseBackup", "The backup %1 could not be copied next to the database "
                                                              "(is the disk full?); the damaged file was left as it is.")
                    .arg(chosen);
        return false;
    }
    QString keptAs;
    if (!moveAside(databasePath, QStringLiteral("damaged"), nowUtc, &keptAs)) {
        removeQuietly(incoming);
        *note = QCoreApplication::translate("DatabaseBackup", "The damaged database could not be moved aside; it was left as it is.");
        return false;
    }
    if (!DurableFiles::replace(incoming, databasePath, &why)) {
        moveBack(keptAs, databasePath);
        removeQuietly(incoming);
        *note = QCoreApplication::translate("DatabaseBackup", "The backup could not be put in place (%1); the damaged file was "
                                                              "left as it is.")
                    .arg(why);
        return false;
    }
    DurableFiles::flushFolder(QFileInfo(databasePath).absolutePath());
    *note = QCoreApplication::translate("DatabaseBackup", "The database was damaged, so NetCode Desk put the newest good backup of it "
                                                          "in its place: %1, written %2. The damaged file is kept as %3; codes "
                                                          "issued after that backup may be found in it.")
                .arg(shown(chosen), when(chosen, zone), shown(keptAs));
    if (!passedOver.isEmpty())
        *note += QLatin1Char(' ')
                 + QCoreApplication::translate("DatabaseBackup", "Newer backups that failed their check were left alone: %1.")
                       .arg(passedOver.join(QStringLiteral("; ")));
    return true;
}
