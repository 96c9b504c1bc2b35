#include "DatabaseBackup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QTimeZone>
#include <QSqlQuery>
#include <QVariant>

namespace {
const QString kPrefix = QStringLiteral("netcode-desk-backup-");

QString stamp(const QDateTime& nowUtc)
{
    return nowUtc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}
} // namespace

QString DatabaseBackup::folderFor(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QStringList DatabaseBackup::backups(const QString& folder)
{
    QDir dir(folder);
    QStringList names = dir.entryList({kPrefix + QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (QString& name : names)
        name = dir.filePath(name);
    return names; // the names carry the time, so name order is time order
}

QDateTime DatabaseBackup::newestBackupTime(const QString& folder)
{
    const QStringList all = backups(folder);
    if (all.isEmpty())
        return {};
    const QString name = QFileInfo(all.first()).completeBaseName().mid(kPrefix.size());
    QDateTime when = QDateTime::fromString(name, QStringLiteral("yyyyMMdd-HHmmss"));
    when.setTimeZone(QTimeZone::utc());
    return when;
}

bool DatabaseBackup::backup(const QSqlDatabase& db, const QString& folder, const QDateTime& nowUtc, QString* written,
                            QString* error)
{
    if (!QDir().mkpath(folder)) {
        *error = QCoreApplication::translate("DatabaseBackup", "The backup folder %1 cannot be created.").arg(folder);
        return false;
    }
    const QString target = QDir(folder).filePath(kPrefix + stamp(nowUtc) + QStringLiteral(".sqlite"));
    QFile::remove(target);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (!query.exec()) {
        *error = QCoreApplication::translate("DatabaseBackup", "The backup could not be written (%1). Check the free space in %2.")
                     .arg(query.lastError().text(), folder);
        QFile::remove(target);
        return false;
    }
    *written = target;
    const QStringList all = backups(folder);
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

bool DatabaseBackup::moveAside(const QString& databasePath, const QString& tag, const QDateTime& nowUtc, QString* keptAs)
{
    *keptAs = databasePath + QLatin1Char('.') + tag + QLatin1Char('-') + stamp(nowUtc);
    if (QFile::exists(databasePath) && !QFile::rename(databasePath, *keptAs))
        return false;
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(databasePath + suffix))
            QFile::rename(databasePath + suffix, *keptAs + suffix);
    }
    return true;
}

bool DatabaseBackup::stageRestore(const QString& databasePath, const QString& backupPath, QString* error)
{
    const QString staged = databasePath + QStringLiteral(".restore-pending");
    QFile::remove(staged);
    if (!QFile::copy(backupPath, staged)) {
        *error = QCoreApplication::translate("DatabaseBackup", "The backup %1 could not be copied next to the database.").arg(backupPath);
        return false;
    }
    return true;
}

bool DatabaseBackup::applyStagedRestore(const QString& databasePath, const QDateTime& nowUtc, QString* note)
{
    const QString staged = databasePath + QStringLiteral(".restore-pending");
    if (!QFile::exists(staged))
        return false;
    QString keptAs;
    if (!moveAside(databasePath, QStringLiteral("before-restore"), nowUtc, &keptAs) || !QFile::rename(staged, databasePath)) {
        *note = QCoreApplication::translate("DatabaseBackup", "The backup chosen for restoring could not be put in place; the database was not changed.");
        return false;
    }
    *note = QCoreApplication::translate("DatabaseBackup", "The database was restored from the chosen backup. The database as it was before is kept as %1.").arg(keptAs);
    return true;
}

bool DatabaseBackup::recover(const QString& databasePath, const QDateTime& nowUtc, QString* note)
{
    const QStringList all = backups(folderFor(databasePath));
    if (all.isEmpty())
        return false;
    QString keptAs;
    if (!moveAside(databasePath, QStringLiteral("damaged"), nowUtc, &keptAs) || !QFile::copy(all.first(), databasePath))
        return false;
    *note = QCoreApplication::translate("DatabaseBackup", "The database was damaged, so NetCode Desk restored the backup %1. The damaged file is kept as %2; "
               "codes issued after that backup may be found in it.")
                .arg(QFileInfo(all.first()).fileName(), keptAs);
    return true;
}
