#include "CliOutput.h"

#include "ExitCode.h"
#include "TerminalText.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <cstdio>

CliOutput::CliOutput()
{
    // A QFile on the descriptor reports each failed write(2); stdio's FILE* would hide it until
    // fflush, and QTextStream(stdout) never looks.
    m_file.open(fileno(stdout), QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::DontCloseHandle);
    m_stream.setDevice(&m_file);
}

bool CliOutput::flush(QTextStream& stream, QString* error)
{
    stream.flush();
    auto* file = qobject_cast<QFileDevice*>(stream.device());
    const bool fileFailed = file && (!file->flush() || file->error() != QFileDevice::NoError);
    if (!fileFailed && stream.status() == QTextStream::Ok)
        return true;
    if (error)
        *error = file && file->error() != QFileDevice::NoError
                     ? file->errorString()
                     : QCoreApplication::translate("Cli", "the output could not be written");
    return false;
}

int CliOutput::finish(int exitCode, QTextStream& err)
{
    QString error;
    if (flush(m_stream, &error) || exitCode != ExitOk)
        return exitCode; // a failed command has said why already, and keeps its more telling code
    err << QCoreApplication::translate("Cli", "Standard output could not be written: %1").arg(error) << Qt::endl;
    return ExitLocalFailure;
}

bool CliOutput::writeFile(const QString& path, const QByteArray& data, QString* error)
{
    auto failed = [&](const QString& reason) {
        if (error)
            *error = QCoreApplication::translate("Cli", "Cannot write %1: %2").arg(TerminalText::visible(path), reason);
        return false;
    };
    const QFileInfo info(path);
    if (info.exists() && !info.isFile() && !info.isDir()) {
        // A device, FIFO or socket: there is nothing to replace atomically, and renaming a
        // temporary file over /dev/full or /dev/stdout would swap the device for a plain file.
        QFile device(path);
        if (!device.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return failed(device.errorString());
        if (device.write(data) != data.size() || !device.flush())
            return failed(device.errorString());
        device.close();
        if (device.error() != QFileDevice::NoError)
            return failed(device.errorString());
        return true;
    }
    QSaveFile file(path);
    // Unbuffered: each write reaches QSaveFile's own error tracking, so commit() refuses a
    // temporary file that lost any part of the data.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return failed(file.errorString());
    if (file.write(data) != data.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return failed(reason);
    }
    if (!file.commit())
        return failed(file.errorString());
    return true;
}
