#pragma once

#include <QSqlDatabase>
#include <QString>

// One SQLite file holding locks and history. Opening it applies any pending migrations; a file
// from a newer version of NetCode Desk is refused rather than damaged.
class Database final {
    Q_DISABLE_COPY_MOVE(Database)

public:
    Database();
    ~Database();

    bool open(const QString& path);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QString errorText() const { return m_error; } // translated, for the user
    // The last open failed because the file is damaged or not a database (not, say, a newer schema).
    bool failedAsDamaged() const { return m_damaged; }
    int schemaVersion() const;
    QSqlDatabase connection() const;

    // Where the database lives unless --database or NETCODE_DESK_DATABASE says otherwise.
    static QString defaultPath();

private:
    QString m_connectionName;
    QString m_path;
    QString m_error;
    bool m_damaged = false;
};
