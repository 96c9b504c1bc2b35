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
    m_supported = true;
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

DatabaseLock::Result DatabaseLock::lockRange(Range range, Mode mode)
{
    OVERLAPPED overlapped{};
    overlapped.Offset = DWORD(range);
    HANDLE handle = static_cast<HANDLE>(m_handle);
    if (mode == Mode::Unlock)
        return UnlockFileEx(handle, 0, 1, 0, &overlapped) ? Result::Granted : Result::Conflict;
    const DWORD flags = LOCKFILE_FAIL_IMMEDIATELY | (mode == Mode::Exclusive ? LOCKFILE_EXCLUSIVE_LOCK : 0);
    if (LockFileEx(handle, flags, 0, 1, 0, &overlapped))
        return Result::Granted;
    const DWORD error = GetLastError();
    return error == ERROR_LOCK_VIOLATION || error == ERROR_IO_PENDING ? Result::Conflict : Result::Unsupported;
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
    m_supported = true;
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

DatabaseLock::Result DatabaseLock::lockRange(Range range, Mode mode)
{
    struct flock request = {};
    request.l_type = mode == Mode::Unlock ? F_UNLCK : mode == Mode::Shared ? F_RDLCK : F_WRLCK;
    request.l_whence = SEEK_SET;
    request.l_start = off_t(range);
    request.l_len = 1;
    int result = -1;
#ifdef F_OFD_SETLK
    // Locks of the open file description: they conflict even between two opens in one process,
    // and closing some other descriptor of the file never drops them.
    if (m_ofd) {
        result = ::fcntl(m_fd, F_OFD_SETLK, &request);
        if (result != 0 && errno == EINVAL) // a kernel without them
            m_ofd = false;
    }
    if (!m_ofd)
#endif
    {
        // Classic record locks: correct between processes, which is what matters; one process
        // opens a database once.
        request.l_pid = 0;
        result = ::fcntl(m_fd, F_SETLK, &request);
    }
    if (result == 0)
        return Result::Granted;
    return errno == EAGAIN || errno == EACCES ? Result::Conflict : Result::Unsupported;
}

#endif

bool DatabaseLock::lockGate(int timeoutMs)
{
    Q_ASSERT(isOpen());
    if (m_gate)
        return true;
    // The gate is only ever held for file renames and checks, so a short poll is enough.
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const Result result = m_supported ? lockRange(Range::Gate, Mode::Exclusive) : Result::Unsupported;
        if (result == Result::Unsupported) {
            m_supported = false;
            break;
        }
        if (result == Result::Granted)
            break;
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
    if (m_supported)
        lockRange(Range::Gate, Mode::Unlock);
    m_gate = false;
}

bool DatabaseLock::setHold(Hold hold)
{
    Q_ASSERT(isOpen());
    if (hold == m_hold)
        return true;
    if (!m_supported) {
        // Without locks nobody can be known to be alone: never exclusive.
        if (hold == Hold::Exclusive)
            return false;
        m_hold = hold;
        return true;
    }
#ifdef Q_OS_WIN
    // Windows cannot change a lock's kind in place: let go, then take the new one. The gate keeps
    // everyone else out meanwhile, so taking the previous hold back cannot fail.
    if (m_hold != Hold::None)
        lockRange(Range::Open, Mode::Unlock);
    const Hold previous = m_hold;
    m_hold = Hold::None;
    if (hold == Hold::None)
        return true;
    const Result result = lockRange(Range::Open, hold == Hold::Shared ? Mode::Shared : Mode::Exclusive);
    if (result == Result::Granted) {
        m_hold = hold;
        return true;
    }
    if (result == Result::Unsupported) {
        m_supported = false;
        return setHold(hold);
    }
    if (previous != Hold::None
        && lockRange(Range::Open, previous == Hold::Shared ? Mode::Shared : Mode::Exclusive) == Result::Granted)
        m_hold = previous;
    return false;
#else
    // fcntl changes the lock's kind atomically, and keeps the old one when the new one is refused.
    const Mode mode = hold == Hold::None ? Mode::Unlock : hold == Hold::Shared ? Mode::Shared : Mode::Exclusive;
    const Result result = lockRange(Range::Open, mode);
    if (result == Result::Unsupported) {
        m_supported = false;
        return setHold(hold);
    }
    if (result != Result::Granted)
        return false;
    m_hold = hold;
    return true;
#endif
}
