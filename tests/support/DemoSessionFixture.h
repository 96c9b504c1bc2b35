#pragma once

#include "AppSession.h"
#include "TestSignIn.h"
#include "SecretStore.h"
#include "TestStore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <memory>

// A real AppSession in demo mode for tests: fresh database and settings in a temporary folder, the
// desk pinned to Europe/London, the clock pinned to a summer afternoon, secrets in memory.
class DemoSessionFixture {
public:
    static QDateTime defaultNow() { return QDateTime(QDate(2027, 7, 14), QTime(13, 20), QTimeZone::utc()); }

    // Returns an empty string on success, else why the session did not start.
    QString start(const QMap<QString, QVariant>& extraSettings = {})
    {
        ++m_runs;
        clock = std::make_unique<FixedClock>(defaultNow());
        secrets = std::make_unique<MemorySecretStore>();
        settingsPath = m_dir.filePath(QStringLiteral("settings%1.ini").arg(m_runs));
        databasePath = m_dir.filePath(QStringLiteral("db%1.sqlite").arg(m_runs));
        if (qEnvironmentVariable("NETCODE_TEST_STORE") == QLatin1String("postgres")) {
            // The suite's PostgreSQL run (tests/support/TestStore.h): a fresh shared store instead.
            QString error;
            databasePath = TestStore::fresh(m_dir, databasePath, &error);
            if (databasePath.isEmpty())
                return error;
        }
        {
            QSettings settings(settingsPath, QSettings::IniFormat);
            settings.setValue(QStringLiteral("desk/timeZone"), QStringLiteral("Europe/London"));
            settings.setValue(QStringLiteral("desk/firstRunDone"), true); // the welcome has its own test
            for (auto it = extraSettings.cbegin(); it != extraSettings.cend(); ++it)
                settings.setValue(it.key(), it.value());
        }
        AppSession::Options options;
        options.databasePath = databasePath;
        options.settingsPath = settingsPath;
        options.secrets = secrets.get();
        options.clock = clock.get();
        session = std::make_unique<AppSession>();
        QString error;
        if (!session->start(options, &error))
            return error.isEmpty() ? QStringLiteral("session did not start") : error;
        return TestSignIn::asManager(*session);
    }

    void stop() { session.reset(); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

    std::unique_ptr<FixedClock> clock;
    std::unique_ptr<MemorySecretStore> secrets;
    std::unique_ptr<AppSession> session;
    QString settingsPath;
    QString databasePath;

private:
    QTemporaryDir m_dir;
    int m_runs = 0;
};
