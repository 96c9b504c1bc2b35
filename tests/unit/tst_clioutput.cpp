#include "CliOutput.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

// Files the CLI writes for the user are complete or untouched, and output that does not arrive
// is reported, never taken for success.
class TestCliOutput final : public QObject {
    Q_OBJECT

private:
    static QByteArray contents(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
    }

private slots:
    void writesAndReplacesWholeFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("locks.csv"));
        QString error;
        QVERIFY2(CliOutput::writeFile(path, "first\n", &error), qPrintable(error));
        QCOMPARE(contents(path), QByteArray("first\n"));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QVERIFY2(CliOutput::writeFile(path, "second\n", &error), qPrintable(error));
        QCOMPARE(contents(path), QByteArray("second\n"));
        QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("locks.csv")});
    }

    void anUnfinishedFileLeavesTheOldOne()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("codes.csv"));
        QVERIFY(CliOutput::writeFile(path, "kept\n", nullptr));
        {
            CliOutput::File file;
            QVERIFY(file.open(path));
            QVERIFY(file.write("half of a new export"));
            // No commit: the export stopped (a database error, a signal handler's exit).
        }
        QCOMPARE(contents(path), QByteArray("kept\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("codes.csv")});
    }

    void pathsThatCannotBeWritten()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!CliOutput::writeFile(dir.path(), "x", &error));
        QVERIFY2(error.startsWith(QLatin1String("Cannot write ")), qPrintable(error));
        QVERIFY(!CliOutput::writeFile(dir.filePath(QStringLiteral("missing/codes.csv")), "x", &error));
        QVERIFY2(error.contains(QLatin1String("missing/codes.csv")), qPrintable(error));
        // The path is quoted as text the terminal cannot act on.
        QVERIFY(!CliOutput::writeFile(dir.filePath(QStringLiteral("missing\x1b[2J/x")), "x", &error));
        QVERIFY2(error.contains(QLatin1String("missing\\x1b[2J/x")), qPrintable(error));
        QVERIFY(!error.contains(QChar(0x1b)));
    }

    void devicesAreWrittenInPlace()
    {
        if (!QFileInfo::exists(QStringLiteral("/dev/full")) || !QFileInfo::exists(QStringLiteral("/dev/null")))
            QSKIP("This system has no /dev/full or /dev/null.");
        QString error;
        QVERIFY2(CliOutput::writeFile(QStringLiteral("/dev/null"), "discarded", &error), qPrintable(error));
        QVERIFY(!CliOutput::writeFile(QStringLiteral("/dev/full"), "lost", &error));
        QVERIFY2(error.contains(QLatin1String("/dev/full")), qPrintable(error));
        // Still the devices: no temporary file was renamed over them.
        QVERIFY(!QFileInfo(QStringLiteral("/dev/full")).isFile());
        QVERIFY(!QFileInfo(QStringLiteral("/dev/null")).isFile());
    }

    void aStreamThatDoesNotArriveIsReported()
    {
        if (!QFileInfo::exists(QStringLiteral("/dev/full")))
            QSKIP("This system has no /dev/full.");
        QFile full(QStringLiteral("/dev/full"));
        QVERIFY(full.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        QTextStream stream(&full);
        stream << "a line" << Qt::endl << "and more";
        QString error;
        QVERIFY(!CliOutput::flush(stream, &error));
        QVERIFY(!error.isEmpty());

        QFile null(QStringLiteral("/dev/null"));
        QVERIFY(null.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        QTextStream fine(&null);
        fine << "a line" << Qt::endl;
        QVERIFY(CliOutput::flush(fine, &error));
    }
};

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_clioutput.moc"
