#pragma once

// A PostgreSQL cluster of the test's own, for tests that stop and start the server (the suite's
// shared cluster must keep running for everyone else). Started with scripts/pg-test-cluster.sh
// (path in PG_TEST_CLUSTER_SCRIPT, a compile definition) in a temporary folder and stopped with it.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class OwnTestCluster {
public:
    OwnTestCluster() = default;
    OwnTestCluster(const OwnTestCluster&) = delete;
    OwnTestCluster& operator=(const OwnTestCluster&) = delete;
    ~OwnTestCluster()
    {
        if (m_started)
            run(QStringLiteral("stop"));
    }

    // Empty on success, else what went wrong.
    QString start()
    {
        // /tmp, not the build folder: a Unix socket path must stay short.
        m_folder = m_parent.filePath(QStringLiteral("c"));
        // As root the server runs as `postgres`, which must reach the folder inside.
        QFile::setPermissions(m_parent.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                   | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                                                   | QFileDevice::ReadOther | QFileDevice::ExeOther);
        const QString error = run(QStringLiteral("start"));
        m_started = error.isEmpty();
        return error;
    }
    QString halt() { return run(QStringLiteral("halt")); }
    QString resume() { return run(QStringLiteral("resume")); }
    // The file holding the superuser's URL (what NETCODE_TEST_PG names).
    QString urlFile() const { return QDir(m_folder).filePath(QStringLiteral("url")); }

private:
    QString run(const QString& action)
    {
        QProcess script;
        script.setProcessChannelMode(QProcess::MergedChannels);
        script.start(QStringLiteral("bash"), {QStringLiteral(PG_TEST_CLUSTER_SCRIPT), action, m_folder});
        if (!script.waitForFinished(60000) || script.exitStatus() != QProcess::NormalExit || script.exitCode() != 0)
            return action + QStringLiteral(": ") + QString::fromLocal8Bit(script.readAll());
        return {};
    }

    QTemporaryDir m_parent{QDir::tempPath() + QStringLiteral("/pgown-XXXXXX")};
    QString m_folder;
    bool m_started = false;
};
