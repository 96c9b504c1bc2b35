#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTimeZone>

// Keeping the history safe: online backups (VACUUM INTO) named after their database and rotated to
// its newest few, integrity checks, and restoring — never by overwriting a file in use, never by
// throwing a damaged file away, never with a backup that fails its check or belongs to another
// database (store_identity).
//
// Files are never written under their final name: a backup, a staged restore or a recovered
// database is written to a temporary name in the same folder, checked, flushed to disk and only
// then renamed, so a process killed half-way leaves nothing that looks finished.
class DatabaseBackup {
public:
    static constexpr int kKeep = 7;

    // "<folder of the database>/backups" — shared by every database in that folder; the file names
    // say which database a backup is of: "<database name>-YYYYMMDD-HHMMSS.sqlite" (UTC), where the
    // name drops a ".sqlite" ending ("site-a.sqlite" → "site-a-20270114-030000.sqlite").
    static QString folderFor(const QString& databasePath);
    // This database's backups, newest first.
    static QStringList backupsOf(const QString& databasePath);
    // When a backup was written, from its name (UTC); invalid for other names.
    static QDateTime backupTime(const QString& backupPath);
    static QDateTime newestBackupTime(const QString& databasePath);
    // Writes a consistent copy of `db` (its database name says which file) while it stays in use,
    // checks it, then keeps only that database's newest `kKeep`.
    static bool backup(const QSqlDatabase& db, const QString& folder, const QDateTime& nowUtc, QString* written,
                       QString* error);
    static bool integrityOk(const QSqlDatabase& db, QString* detail);

    // What a file holds, read without changing it.
    struct FileCheck {
        bool ok = false;  // PRAGMA integrity_check said ok and the schema is one this version knows
        int schema = -1;
        QString identity; // store_identity (schema 5 on); empty when the file does not say
        QString problem;  // why not ok, for the user
    };
    static FileCheck checkFile(const QString& path);
    // The store identity of a database file, or empty when it cannot be read. `inUse`: other
    // connections may be writing it; otherwise it is read without creating any file next to it.
    static QString identityOf(const QString& databasePath, bool inUse);

    // Restoring happens before the database is opened: the chosen backup is checked and staged now
    // and put in place when a process opens the database while no other has it open.
    static QString stagedRestorePath(const QString& databasePath);
    static bool hasStagedRestore(const QString& databasePath);
    static bool stageRestore(const QString& databasePath, const QString& backupPath, QString* error);
    // The callers below must hold the database's exclusive lock (DatabaseLock): no other process
    // has the database open. `zone` is the one times are written in for the user.
    // True when the staged backup is now the database; `note` tells the user what happened either
    // way (empty when nothing was staged).
    static bool applyStagedRestore(const QString& databasePath, const QDateTime& nowUtc, QString* note);
    // Moves a damaged database aside (kept for inspection) and puts the newest backup of this
    // database that passes its check in its place. `note` says what was done, or why not.
    static bool recover(const QString& databasePath, const QDateTime& nowUtc, const QTimeZone& zone, QString* note);

private:
    static bool moveAside(const QString& databasePath, const QString& tag, const QDateTime& nowUtc, QString* keptAs);
    static bool moveBack(const QString& keptAs, const QString& databasePath);
};
