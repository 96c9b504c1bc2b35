#pragma once

#include "DatabaseLock.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTimeZone>

class QSqlError;

// The desk's data: one SQLite file, or a shared PostgreSQL store named by a postgresql:// URL
// (StoreAddress), holding locks and history. Opening it applies any pending migrations; a file
// from a newer version of NetCode Desk is refused rather than damaged.
//
// While open, this process holds a shared lock on "<file>.lock" (DatabaseLock), so other processes
// can tell the database is in use. A staged restore or a recovery from a backup replaces the file
// only when no other process has it open, and a recovery starts only when SQLite itself says the
// file is corrupt or not a database — never because it is busy, read-only, full or unreadable.
class Database final {
    Q_DISABLE_COPY_MOVE(Database)

public:
    // Why the last open failed; each has its own message in errorText().
    enum class Failure {
        None,
        Folder,        // the folder for the database cannot be created
        ReadOnly,      // the file, its folder or the disk is read-only
        Busy,          // another program kept the database locked past the busy timeout
        DiskFull,
        NotADatabase,  // SQLite: "file is not a database" (26)
        Corrupt,       // SQLite: "database disk image is malformed" (11)
        Unreadable,    // an I/O or permission error: the disk, not the file's content
        NewerSchema,
        InUse,         // another NetCode Desk process is replacing the file (restore, recovery)
        // The shared store (PostgreSQL):
        BadAddress,     // not a URL NetCode Desk can use
        NoDriver,       // Qt's PostgreSQL driver is not installed
        Unreachable,    // no server answered (stopped, wrong host or port, network down, timeout)
        LoginRefused,   // wrong or missing password, or no such login
        NoSuchDatabase,
        NotSetUp,       // the database holds no NetCode Desk store yet
        NotOurs,        // it has a "netcode" schema that NetCode Desk did not make
        NeedsSetUp,     // an older store that this login may not update
        NotAMember,     // a store set up with NetCode Desk's groups, and this login is in none of them
        Other,
    };

    // What a desk process (the app, the command-line tool) does beyond opening the file.
    struct StartOptions {
        bool applyStagedRestore = false; // put a backup staged with DatabaseBackup::stageRestore in place
        bool recoverFromBackup = false;  // replace a corrupt file by its newest good backup
        QDateTime nowUtc;                // names of files kept aside
        QTimeZone zone;                  // times in messages
        // The shared store: the login's password when the URL has none (from the desk's keychain;
        // empty lets libpq look in PGPASSWORD and ~/.pgpass), and whether to create the store's
        // schema in an empty database (setting up, never a desk's ordinary start).
        QString password;
        bool createStore = false;
        // Setting up only (StoreSetup): connect and prepare the session, but neither create nor
        // migrate anything, so that the setup decides who owns what it creates.
        bool connectOnly = false;
    };

    // How long the busy timeout and the wait for another process's restore or recovery last.
    static constexpr int kBusyTimeoutMs = 5000;
    static constexpr int kGateTimeoutMs = 30000;

    Database();
    ~Database();

    bool open(const QString& path);
    bool open(const QString& path, const StartOptions& options);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; } // the file, or the store's URL without its password
    bool isShared() const { return m_shared; } // a PostgreSQL store that several desks use
    // The shared store after its server came back: closes and opens the same connection again and
    // re-applies the session settings. False (errorText() says why) while it still cannot be reached.
    bool reconnect();
    QString errorText() const { return m_error; } // translated, for the user
    Failure failure() const { return m_failure; }
    // The last open failed because SQLite found the file damaged or not a database (not, say, busy).
    bool failedAsDamaged() const { return m_failure == Failure::NotADatabase || m_failure == Failure::Corrupt; }
    // What happened while opening that the user must be told: a restore done or left waiting, a
    // recovery from a backup (which file was kept where, which backup was put in place, from when).
    QStringList notices() const { return m_notices; }
    int schemaVersion() const;
    QString identity() const; // store_identity: which database this is, whatever its file is called
    QSqlDatabase connection() const;
    // The shared store: signs this session's connection in as `user` (a manager's own login, or
    // back to the PC's). The same connection is closed and reopened, so every repository's handle
    // stays valid; the session's settings are applied again. Notification subscriptions do not
    // survive and must be made again by whoever made them. On failure the previous login is
    // reopened and `error` says why (errorText() too).
    bool switchLogin(const QString& user, const QString& password, QString* error);
    QString loginName() const; // the login the shared store's connection uses now

    // Where the database lives unless --database or NETCODE_DESK_DATABASE says otherwise.
    static QString defaultPath();

private:
    bool checkFiles();
    bool openConnection();
    bool setUpConnection();
    void closeConnection();
    void fail(Failure failure, const QString& detail);
    void failWith(const QSqlError& error, const QString& fallback);
    bool recover(const StartOptions& options);
    bool openShared(const QString& url, const StartOptions& options);
    bool setUpSharedConnection(const StartOptions& options);
    bool openSharedSession(); // open the connection and apply the session's bounds and search path
    void failShared(const QSqlError& error);

    QString m_connectionName;
    QString m_path;
    QString m_error;
    QStringList m_notices;
    Failure m_failure = Failure::None;
    bool m_shared = false;
    QElapsedTimer m_opening; // how long SQLite waited, for the "locked by another program" message
    DatabaseLock m_lock;
};
