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

CliOutput::File::~File() = default; // QSaveFile drops its temporary file unless committed

bool CliOutput::File::fail(const QString& reason)
{
    m_error = QCoreApplication::translate("Cli", "Cannot write %1: %2").arg(TerminalText::visible(m_path), reason);
    return false;
}

bool CliOutput::File::open(const QString& path)
{
    m_path = path;
    m_error.clear();
    const QFileInfo info(path);
    m_direct = info.exists() && !info.isFile() && !info.isDir();
    // Unbuffered: each write reaches the device at once, so its result is the write's result
    // and QSaveFile's own error tracking sees every failure before commit().
    if (m_direct)
        m_device = std::make_unique<QFile>(path);
    else
        m_device = std::make_unique<QSaveFile>(path);
    if (!m_device->open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(m_device->errorString());
    return true;
}

bool CliOutput::File::write(const QByteArray& data)
{
    if (!m_error.isEmpty() || !m_device)
        return false;
    if (m_device->write(data) != data.size())
        return fail(m_device->errorString());
    return true;
}

bool CliOutput::File::commit()
{
    if (!m_error.isEmpty() || !m_device)
        return false;
    if (!m_device->flush())
        return fail(m_device->errorString());
    if (m_direct) {
        m_device->close();
        if (m_device->error() != QFileDevice::NoError)
            return fail(m_device->errorString());
        return true;
    }
    auto* save = static_cast<QSaveFile*>(m_device.get());
    if (!save->commit())
        return fail(save->errorString());
    m_device.reset();
    return true;
}

bool CliOutput::writeFile(const QString& path, const QByteArray& data, QString* error)
{
    File file;
    const bool ok = file.open(path) && file.write(data) && file.commit();
    if (!ok && error)
        *error = file.errorText();
    return ok;
}
