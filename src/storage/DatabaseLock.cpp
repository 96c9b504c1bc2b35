#include "DatabaseLock.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#endif

DatabaseLock::~DatabaseLock()
{
    close();
}

QString DatabaseLock::sidecarPathFor(const QString& databasePath)
{
    return databasePath + QStringLiteral(".lock");
}

#ifdef Q_OS_WIN

bool DatabaseLock::open(const QString& databasePath, QString* error)
{
    close();
    const QString path = QDir::toNativeSeparators(sidecarPathFor(databasePath));
    HANDLE handle = CreateFileW(reinterpret_cast<const wchar_t*>(path.utf16()), GENERIC_READ | GENERIC_WRITE,
                                FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_ALWAYS,
                                FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE) {
        *error = QCoreApplication::translate("Database", "The lock file %1 cannot be opened (Windows error %2).")
                     .arg(path)
                     .arg(GetLastError());
        return false;
    }
    m_handle = handle;
    return true;
}

void DatabaseLock::close()
{
    if (!m_handle)
        return;
    // Closing the handle releases its locks.
    CloseHandle(static_cast<HANDLE>(m_handle));
    m_handle = nullptr;
    m_gate = false;
    m_hold = Hold::None;
}

bool DatabaseLock::isOpen() const
{
    return m_handle != nullptr;
}

bool DatabaseLock::lockRange(Range range, Mode mode)
{
    OVERLAPPED overlapped{};
    overlapped.Offset = DWORD(range);
    HANDLE handle = static_cast<HANDLE>(m_handle);
    if (mode == Mode::Unlock)
        return UnlockFileEx(handle, 0, 1, 0, &overlapped);
    const DWORD flags = LOCKFILE_FAIL_IMMEDIATELY | (mode == Mode::Exclusive ? LOCKFILE_EXCLUSIVE_LOCK : 0);
    return LockFileEx(handle, flags, 0, 1, 0, &overlapped);
}

#else

bool DatabaseLock::open(const QString& databasePath, QString* error)
{
    close();
    const QString path = sidecarPathFor(databasePath);
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        const int code = errno;
        *error = QCoreApplication::translate("Database", "The lock file %1 cannot be opened: %2")
                     .arg(path, QString::fromLocal8Bit(std::strerror(code)));
        return false;
    }
    m_fd = fd;
    return true;
}

void DatabaseLock::close()
{
    if (m_fd < 0)
        return;
    // Closing the descriptor releases its locks.
    ::close(m_fd);
    m_fd = -1;
    m_gate = false;
    m_hold = Hold::None;
}

bool DatabaseLock::isOpen() const
{
    return m_fd >= 0;
}

bool DatabaseLock::lockRange(Range range, Mode mode)
{
    struct flock request = {};
    request.l_type = mode == Mode::Unlock ? F_UNLCK : mode == Mode::Shared ? F_RDLCK : F_WRLCK;
    request.l_whence = SEEK_SET;
    request.l_start = off_t(range);
    request.l_len = 1;
#ifdef F_OFD_SETLK
    // Locks of the open file description: they conflict even between two opens in one process,
    // and closing some other descriptor of the file never drops them.
    return ::fcntl(m_fd, F_OFD_SETLK, &request) == 0;
#else
    // Classic record locks (no OFD locks on this system): correct between processes, which is what
    // matters; one process opens a database once.
    return ::fcntl(m_fd, F_SETLK, &request) == 0;
#endif
}

#endif

bool DatabaseLock::lockGate(int timeoutMs)
{
    Q_ASSERT(isOpen());
    if (m_gate)
        return true;
    // The gate is only ever held for file renames and checks, so a short poll is enough.
    const QDeadlineTimer deadline(timeoutMs);
    while (!lockRange(Range::Gate, Mode::Exclusive)) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(20);
    }
    m_gate = true;
    return true;
}

void DatabaseLock::unlockGate()
{
    if (!m_gate)
        return;
    lockRange(Range::Gate, Mode::Unlock);
    m_gate = false;
}

bool DatabaseLock::setHold(Hold hold)
{
    Q_ASSERT(isOpen());
    if (hold == m_hold)
        return true;
#ifdef Q_OS_WIN
    // Windows cannot change a lock's kind in place: let go, then take the new one. The gate keeps
    // everyone else out meanwhile, so taking the previous hold back cannot fail.
    if (m_hold != Hold::None)
        lockRange(Range::Open, Mode::Unlock);
    const Hold previous = m_hold;
    m_hold = Hold::None;
    if (hold == Hold::None)
        return true;
    if (lockRange(Range::Open, hold == Hold::Shared ? Mode::Shared : Mode::Exclusive)) {
        m_hold = hold;
        return true;
    }
    if (previous != Hold::None && lockRange(Range::Open, previous == Hold::Shared ? Mode::Shared : Mode::Exclusive))
        m_hold = previous;
    return false;
#else
    // fcntl changes the lock's kind atomically, and keeps the old one when the new one is refused.
    const Mode mode = hold == Hold::None ? Mode::Unlock : hold == Hold::Shared ? Mode::Shared : Mode::Exclusive;
    if (!lockRange(Range::Open, mode))
        return false;
    m_hold = hold;
    return true;
#endif
}
