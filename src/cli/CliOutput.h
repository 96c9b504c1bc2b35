#pragma once

#include <QFile>
#include <QTextStream>
#include <memory>

class QByteArray;
class QString;

// Output that knows whether it arrived. A QTextStream on stdout drops write errors silently, so a
// full disk or /dev/full used to end in exit 0 with a truncated or empty export. CliMain writes
// standard output through one CliOutput and checks it before choosing the exit code; commands that
// write data (exports) check at the point they finish, to say what was lost.
class CliOutput {
public:
    CliOutput(); // standard output, unbuffered at the file level: QTextStream does the buffering
    Q_DISABLE_COPY_MOVE(CliOutput)

    QTextStream& stream() { return m_stream; }

    // Pushes what `stream` holds to its device. False, with the reason in *error, if any write to
    // that device has failed since it was opened (disk full, /dev/full, a device error).
    static bool flush(QTextStream& stream, QString* error);

    // For the end of the run: an otherwise successful command whose standard output was not
    // written exits with ExitLocalFailure and says why on `err`; a failed command keeps its code
    // and its own message.
    int finish(int exitCode, QTextStream& err);

    // A file the user keeps, written in pieces. A regular file (or a new path) goes through
    // QSaveFile, so the file at the path ends up either complete or as it was before; a device
    // or pipe (/dev/stdout, a FIFO) is written directly, since renaming a temporary file over
    // /dev/full would replace the device. Every write, the flush and the commit are checked.
    class File {
    public:
        File() = default;
        ~File(); // without commit(), a regular file is left as it was
        Q_DISABLE_COPY_MOVE(File)

        bool open(const QString& path);
        bool write(const QByteArray& data);
        bool commit();
        // "Cannot write PATH: reason", translated, once open, write or commit has failed.
        QString errorText() const { return m_error; }

    private:
        bool fail(const QString& reason);
        QString m_path;
        QString m_error;
        std::unique_ptr<QFileDevice> m_device;
        bool m_direct = false;
    };

    // The whole of `data` through File. False with File's message in *error.
    static bool writeFile(const QString& path, const QByteArray& data, QString* error);

private:
    QFile m_file;
    QTextStream m_stream;
};
