#pragma once

#include <QString>
#include <QtGlobal>

// Which NetCode Desk processes have a database open, across processes. Every process that opens a
// database holds a shared advisory lock on the sidecar file "<database>.lock" for as long as it has
// it open; putting another file in the database's place (a staged restore, a recovery from a
// backup) needs the exclusive lock, taken without waiting — so it only happens when no other
// process is using the database. The operating system drops the locks of a process that dies, so a
// crash never leaves the database "in use".
//
// Two one-byte ranges of the sidecar: the gate (byte 0) is held exclusively, briefly, by a process
// deciding whether it is alone and changing files; the open byte (byte 1) is the shared/exclusive
// "has it open" lock. Every change of the open byte happens with the gate held, so turning an
// exclusive hold into a shared one (or back) can never let another process slip in between.
class DatabaseLock final {
    Q_DISABLE_COPY_MOVE(DatabaseLock)

public:
    enum class Hold { None, Shared, Exclusive };

    DatabaseLock() = default;
    ~DatabaseLock();

    static QString sidecarPathFor(const QString& databasePath);

    // Opens (or creates) the sidecar; false with a reason when it cannot (read-only folder, …).
    bool open(const QString& databasePath, QString* error);
    void close(); // releases everything
    bool isOpen() const;

    // Waits up to `timeoutMs` for the gate; false if another process kept it that long.
    bool lockGate(int timeoutMs);
    void unlockGate();
    bool holdsGate() const { return m_gate; }

    // Changes the hold on the open byte without waiting. Callers hold the gate. Exclusive fails
    // while any other process holds the database open; the previous hold is then kept.
    bool setHold(Hold hold);
    Hold hold() const { return m_hold; }

    // False where the file system refuses advisory locks (some network shares): then nobody can
    // tell whether other processes use the database, the gate and shared holds are granted
    // without a lock, and the exclusive hold — replacing the file — never is.
    bool isSupported() const { return m_supported; }

private:
    enum class Range { Gate = 0, Open = 1 };
    enum class Mode { Unlock, Shared, Exclusive };
    enum class Result { Granted, Conflict, Unsupported };
    Result lockRange(Range range, Mode mode);

#ifdef Q_OS_WIN
    void* m_handle = nullptr;
#else
    int m_fd = -1;
#endif
    bool m_gate = false;
    bool m_supported = true;
    [[maybe_unused]] bool m_ofd = true; // Linux: open-file-description locks (kernels from 3.15)
    Hold m_hold = Hold::None;
};
