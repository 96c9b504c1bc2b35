#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Keeping the history safe: online backups (VACUUM INTO) rotated to the newest few, an integrity
// check, and restoring — never by overwriting a file in use, never by throwing a damaged file away.
class DatabaseBackup {
public:
    static constexpr int kKeep = 7;

    // "<folder of the database>/backups"
    static QString folderFor(const QString& databasePath);
    // Newest first.
    static QStringList backups(const QString& folder);
    static QDateTime newestBackupTime(const QString& folder);
    // Writes a consistent copy while the database stays in use, then keeps only the newest `kKeep`.
    static bool backup(const QSqlDatabase& db, const QString& folder, const QDateTime& nowUtc, QString* written,
                       QString* error);
    static bool integrityOk(const QSqlDatabase& db, QString* detail);

    // Restoring happens before the database is opened: the chosen backup is staged now and put in
    // place at the next start, with the current file kept beside it.
    static bool stageRestore(const QString& databasePath, const QString& backupPath, QString* error);
    static bool applyStagedRestore(const QString& databasePath, const QDateTime& nowUtc, QString* note);
    // Moves a damaged database aside (kept for inspection) and puts the newest backup in its place.
    static bool recover(const QString& databasePath, const QDateTime& nowUtc, QString* note);

private:
    static bool moveAside(const QString& databasePath, const QString& tag, const QDateTime& nowUtc, QString* keptAs);
};
